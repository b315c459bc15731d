package importer

import (
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/xuri/excelize/v2"
)

// importWorksheet reads a filled worksheet of 'scorecard template
// --format xlsx': one answer file. Rows are found by their hidden keys
// (see checklist/form's worksheet layout).
func importWorksheet(name string, x *excelize.File, formulas bool, opts Options) (*Result, error) {
	p := opts.Printer
	fail := func(msg string) error { return checklist.Problems{{File: name, Message: msg}} }
	meta := map[string]string{}
	rows, err := x.GetRows(metaSheet)
	if err != nil {
		return nil, fail(msgNotXLSX(p, err))
	}
	for _, r := range rows {
		if len(r) >= 2 {
			meta[r[0]] = r[1]
		}
	}
	if meta[form.MetaFormat] != form.WorksheetFormat {
		return nil, fail(msgWorksheetFormat(p, meta[form.MetaFormat]))
	}
	fw, err := pickFramework(meta[form.MetaFramework], opts)
	if err != nil {
		return nil, fail(err.Error())
	}
	f, err := buildForm(fw, opts)
	if err != nil {
		return nil, fail(err.Error())
	}
	sheet := meta[form.MetaSheet]
	cells, err := x.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fail(msgNoSheet(p, sheet))
	}
	t := &table{rows: cells, serialDates: true, formula: formulaOf(x, sheet, formulas)}
	b := newFileBuilder(name, f, p)
	b.serialDates = true
	b.af.Scope = scopeFromMeta(fw, meta)
	if sc := b.af.Scope; sc != nil && sc.Sections != nil {
		b.af.Sections = sc.Sections
	}
	values, evidence := worksheetValues(name, t, f, b)
	b.setAll(values)
	for _, v := range evidence {
		b.evidence(v.field.Item, b.cleanAt(v.text, v.row, v.col))
	}
	af, yaml := b.finish()
	if af == nil {
		b.errs.Sort()
		// A problem with no cell to point at (the row for the practice's
		// name missing altogether) is the file's, not a row's.
		if slices.ContainsFunc(b.errs, func(p checklist.Problem) bool { return p.Line == 0 }) {
			return nil, b.errs
		}
		return &Result{Kind: KindWorksheet, Framework: fw, Problems: b.errs}, nil
	}
	return &Result{Kind: KindWorksheet, Framework: fw, Submissions: []*Submission{{Row: 0, File: af, YAML: yaml, Warnings: b.warns}}}, nil
}

// worksheetValues reads the keyed rows: values for the profile, answers
// and notes, and the evidence given for items. Notes on groups go
// straight into the answer file.
func worksheetValues(name string, t *table, f *form.Form, b *fileBuilder) (values, evidence []cellValue) {
	p := b.p
	read := func(r, c int) (string, bool) {
		if fm := t.formula(r, c-1); fm != "" {
			b.errorAt(r+1, c, msgFormula(p, fm))
			return "", false
		}
		return t.cell(r, c-1), true
	}
	for r := range t.rows {
		key := strings.TrimSpace(t.cell(r, form.ColKey-1))
		if key == "" {
			continue
		}
		if k, ok := strings.CutPrefix(key, form.NotesKeyPrefix); ok {
			if text, ok := read(r, form.ColAnswer); ok {
				if text = b.cleanAt(text, r+1, form.ColAnswer); text != "" {
					b.addNote(k, text)
				}
			}
			continue
		}
		fd := f.Field(key)
		if fd == nil || !readable(fd) {
			b.errorAt(r+1, form.ColKey, msgUnknownKey(p, key))
			continue
		}
		if text, ok := read(r, form.ColAnswer); ok {
			values = append(values, cellValue{field: fd, text: text, row: r + 1, col: form.ColAnswer})
		}
		if fd.Role != form.RoleAnswer {
			continue
		}
		if note := f.Field(fd.Name + form.NoteSuffix); note != nil {
			if text, ok := read(r, form.ColNote); ok {
				values = append(values, cellValue{field: note, text: text, row: r + 1, col: form.ColNote})
			}
		}
		if text, ok := read(r, form.ColEvidence); ok {
			evidence = append(evidence, cellValue{field: fd, text: text, row: r + 1, col: form.ColEvidence})
		}
	}
	return values, evidence
}

// scopeFromMeta reads the scope the worksheet was made for.
func scopeFromMeta(fw *checklist.Framework, meta map[string]string) *checklist.Scope {
	secs, hasSecs := meta[form.MetaSections]
	areas, hasAreas := meta[form.MetaAreas]
	if !hasSecs && !hasAreas {
		return nil
	}
	sc := &checklist.Scope{}
	if hasSecs {
		sc.Sections = []checklist.Section{}
		for _, s := range strings.Split(secs, ",") {
			sec := checklist.Section(strings.TrimSpace(s))
			if len(fw.ItemsIn(sec)) > 0 {
				sc.Sections = append(sc.Sections, sec)
			}
		}
	}
	if hasAreas {
		sc.Areas = []string{}
		for _, a := range strings.Split(areas, ",") {
			if fw.KeyArea(strings.TrimSpace(a)) != nil {
				sc.Areas = append(sc.Areas, strings.TrimSpace(a))
			}
		}
	}
	return sc
}
