package importer

import (
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
)

const metaSheet = form.WorksheetMeta

// idHeaders are the columns that hold a submission's id, best first:
// KoboToolbox's _uuid and meta/instanceID, ODK Central's meta-instanceID
// and KEY.
var idHeaders = []string{"meta/instanceid", "meta-instanceid", "instanceid", "_uuid", "key"}

// column is a column of the table that scorecard reads.
type column struct {
	index int
	field *form.Field
}

// headers maps the header row onto the form's fields.
type headers struct {
	fields    map[*form.Field]column
	framework int // the scorecard_framework column, or -1
	id        int // the submission id column, or -1
}

// importTable imports a table of submissions: one per row under a header
// row.
func importTable(name string, t *table, opts Options) (*Result, error) {
	p := opts.Printer
	fail := func(row, col int, msg string) error {
		return checklist.Problems{{File: name, Line: row, Column: col, Message: msg}}
	}
	if len(t.rows) == 0 || allEmpty(t.rows[0]) {
		return nil, fail(1, 1, msgEmpty(p))
	}
	header := t.rows[0]
	fwCol := frameworkColumn(header)
	id := ""
	if fwCol >= 0 {
		for r := 1; r < len(t.rows) && id == ""; r++ {
			id = strings.TrimSpace(t.cell(r, fwCol))
		}
	}
	fw, err := pickFramework(id, opts)
	if err != nil {
		col := fwCol + 1
		return nil, fail(2, max(col, 1), err.Error())
	}
	f, err := buildForm(fw, opts)
	if err != nil {
		return nil, fail(0, 0, err.Error())
	}
	h, probs := mapHeaders(name, f, header, opts)
	if len(probs) > 0 {
		return nil, probs
	}
	h.framework = fwCol
	rows := 0
	for r := 1; r < len(t.rows); r++ {
		if !allEmpty(t.rows[r]) {
			rows++
		}
		if rows > MaxSubmissions {
			return nil, fail(r+1, 1, msgTooManyRows(p, MaxSubmissions))
		}
	}
	if rows == 0 {
		return nil, fail(2, 1, msgNoRows(p))
	}
	res := &Result{Kind: KindSubmissions, Framework: fw}
	for r := 1; r < len(t.rows); r++ {
		if allEmpty(t.rows[r]) {
			continue
		}
		rr := &rowReader{name: name, t: t, r: r, f: f, h: h, opts: opts}
		sub := rr.read()
		if len(rr.probs) > 0 {
			res.Problems = append(res.Problems, rr.probs...)
			continue
		}
		res.Submissions = append(res.Submissions, sub)
	}
	return res, nil
}

func allEmpty(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// normal makes a header or a label comparable: trimmed, spaces folded,
// lower-case.
func normal(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.TrimPrefix(s, "\ufeff")), " "))
}

func frameworkColumn(header []string) int {
	for i, hd := range header {
		hd = normal(hd)
		if hd == form.FieldFramework || strings.HasSuffix(hd, "/"+form.FieldFramework) || strings.HasSuffix(hd, "-"+form.FieldFramework) {
			return i
		}
	}
	return -1
}

// names lists every header under which a field may be exported: its name
// alone, with its groups joined by "/" (KoboToolbox) or "-" (ODK
// Central), and its label in each language, alone or after its groups'
// labels joined by "/" (KoboToolbox's label headers).
func names(f *form.Form, fd *form.Field) []string {
	path := f.Path(fd)
	out := []string{fd.Name, strings.Join(path, "/"), strings.Join(path, "-")}
	var groups []*form.Field
	for g := f.Parent(fd); g != nil; g = f.Parent(g) {
		groups = append([]*form.Field{g}, groups...)
	}
	for i := range f.Languages {
		if i >= len(fd.Label) || fd.Label[i] == "" {
			continue
		}
		out = append(out, fd.Label[i])
		var parts []string
		for _, g := range groups {
			if i < len(g.Label) {
				parts = append(parts, g.Label[i])
			}
		}
		out = append(out, strings.Join(append(parts, fd.Label[i]), "/"))
	}
	return out
}

// readable reports whether import reads a field's column.
func readable(fd *form.Field) bool {
	return fd.Role != form.RoleNone && fd.Role != form.RoleFramework
}

// afterGroups finds a field's name after groups the form does not know
// of (a Kobo project that nests the form): the longest name that follows
// a "/" or "-", looked up whole, so that "x-KA1-01" is KA1-01 and never
// split into "x-KA1" and "01".
func afterGroups(hd string, byName map[string]*form.Field) *form.Field {
	for i := 0; i < len(hd); i++ {
		if hd[i] == '/' || hd[i] == '-' {
			if fd, ok := byName[hd[i+1:]]; ok {
				return fd
			}
		}
	}
	return nil
}

// mapHeaders finds the column of each field the import reads, and the
// submission id's. It reports a header row without the practice's name
// or without any answer.
func mapHeaders(name string, f *form.Form, header []string, opts Options) (*headers, checklist.Problems) {
	p := opts.Printer
	known := map[string][]*form.Field{}
	byName := map[string]*form.Field{}
	f.Walk(func(fd *form.Field) {
		if !readable(fd) {
			return
		}
		byName[strings.ToLower(fd.Name)] = fd
		for _, n := range names(f, fd) {
			n = normal(n)
			if !slices.Contains(known[n], fd) {
				known[n] = append(known[n], fd)
			}
		}
	})

	h := &headers{fields: map[*form.Field]column{}, framework: -1, id: -1}
	var probs checklist.Problems
	idRank := len(idHeaders)
	for i, raw := range header {
		hd := normal(raw)
		if hd == "" {
			continue
		}
		if k := slices.Index(idHeaders, hd); k >= 0 && k < idRank {
			h.id, idRank = i, k
			continue
		}
		fields := known[hd]
		if len(fields) == 0 {
			if fd := afterGroups(hd, byName); fd != nil {
				fields = []*form.Field{fd}
			}
		}
		switch {
		case len(fields) == 0:
			continue // Kobo's and ODK's own columns: start, _id, SubmissionDate…
		case len(fields) > 1:
			probs = append(probs, checklist.Problem{File: name, Line: 1, Column: i + 1, Message: msgAmbiguous(p, raw, fields[0].Name, fields[1].Name)})
			continue
		}
		fd := fields[0]
		if first, dup := h.fields[fd]; dup {
			probs = append(probs, checklist.Problem{File: name, Line: 1, Column: i + 1, Message: msgDuplicateColumn(p, raw, fd.Name, first.index+1)})
			continue
		}
		h.fields[fd] = column{index: i, field: fd}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	hasName, answers := false, 0
	for fd := range h.fields {
		switch fd.Role {
		case form.RoleName:
			hasName = true
		case form.RoleAnswer:
			answers++
		}
	}
	if !hasName {
		probs = append(probs, checklist.Problem{File: name, Line: 1, Column: 1, Message: msgNoNameColumn(p, f.ID)})
	}
	if answers == 0 {
		probs = append(probs, checklist.Problem{File: name, Line: 1, Column: 1, Message: msgNoAnswerColumns(p, f.ID)})
	}
	return h, probs
}

// rowReader reads one row of submissions.
type rowReader struct {
	name string
	t    *table
	r    int // counted from 0
	f    *form.Form
	h    *headers
	opts Options

	probs checklist.Problems
}

func (rr *rowReader) read() *Submission {
	p := rr.opts.Printer
	row := rr.r + 1
	b := newFileBuilder(rr.name, rr.f, p)
	b.row, b.serialDates = row, rr.t.serialDates
	if c := rr.h.framework; c >= 0 {
		if id := strings.TrimSpace(rr.t.cell(rr.r, c)); id != "" && id != rr.f.ID {
			rr.probs = append(rr.probs, checklist.Problem{File: rr.name, Line: row, Column: c + 1, Message: msgRowOtherFramework(p, id, rr.f.ID)})
			return nil
		}
	}
	var values []cellValue
	for fd, col := range rr.h.fields {
		text := rr.t.cell(rr.r, col.index)
		if f := rr.t.formula(rr.r, col.index); f != "" {
			b.errorAt(row, col.index+1, msgFormula(p, f))
			continue
		}
		values = append(values, cellValue{field: fd, text: text, row: row, col: col.index + 1})
	}
	// Map iteration order is random: read in column order, so that
	// problems come out in order.
	slices.SortFunc(values, func(a, c cellValue) int { return a.col - c.col })
	b.setAll(values)
	if rr.h.id >= 0 {
		if id := submissionID(rr.t.cell(rr.r, rr.h.id)); id != "" {
			b.af.Source = &checklist.Source{Submission: id}
		}
	}
	af, yaml := b.finish()
	if af == nil {
		b.errs.Sort()
		rr.probs = append(rr.probs, b.errs...)
		return nil
	}
	return &Submission{Row: row, File: af, YAML: yaml, Warnings: b.warns}
}

// submissionID is a submission's id without ODK's "uuid:" prefix, so that
// the same submission has the same id in Kobo's and ODK's exports.
func submissionID(s string) string {
	s = clean(s)
	return strings.TrimSpace(strings.TrimPrefix(s, "uuid:"))
}
