package importer

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/xuri/excelize/v2"
)

// cellValue is one value read for a field, and where it was.
type cellValue struct {
	field    *form.Field
	text     string
	row, col int // counted from 1
}

// fileBuilder turns the values of one submission into an answer file,
// collecting a problem for each value it cannot map.
type fileBuilder struct {
	name string
	p    *locale.Printer
	f    *form.Form
	fw   *checklist.Framework
	af   *checklist.AnswerFile

	errs, warns checklist.Problems
	// serialDates: a date may come as a spreadsheet day number.
	serialDates bool
	// row is the submission's row, for problems of the whole row.
	row int
}

func newFileBuilder(name string, f *form.Form, p *locale.Printer) *fileBuilder {
	fw := f.Framework
	af := &checklist.AnswerFile{Path: name, Framework: fw, Answers: map[string]checklist.Answer{}, Notes: map[string]string{}}
	for _, s := range checklist.Sections {
		if len(fw.ItemsIn(s)) > 0 {
			af.Sections = append(af.Sections, s)
		}
	}
	return &fileBuilder{name: name, p: p, f: f, fw: fw, af: af}
}

func (b *fileBuilder) errorAt(row, col int, msg string) {
	if row == 0 && b.row > 0 {
		row, col = b.row, 1
	}
	b.errs = append(b.errs, checklist.Problem{File: b.name, Line: row, Column: col, Message: msg})
}

func (b *fileBuilder) warnAt(row, col int, msg string) {
	b.warns = append(b.warns, checklist.Problem{File: b.name, Line: row, Column: col, Warning: true, Message: msg})
}

// clean prepares text from a cell: control characters removed, line
// breaks kept, space trimmed.
func clean(s string) string {
	return strings.TrimSpace(checklist.CleanText(strings.ReplaceAll(s, "\r\n", "\n")))
}

// setAll maps a submission's values: the profile and route first, since
// they decide which items apply, then answers, then notes.
func (b *fileBuilder) setAll(values []cellValue) {
	order := func(v cellValue) int {
		switch v.field.Role {
		case form.RoleAnswer:
			return 1
		case form.RoleNote:
			return 2
		}
		return 0
	}
	slices.SortStableFunc(values, func(a, c cellValue) int { return order(a) - order(c) })
	named := false
	for _, v := range values {
		if v.field.Role == form.RoleName {
			named = true
		}
		b.set(v)
	}
	if !named && len(b.errs) == 0 {
		b.errorAt(0, 0, msgNoName(b.p))
	}
}

// cleanAt is clean for the cell at row and col (counted from 1), with a
// warning there when control or invisible formatting characters were
// removed: an answer file warns about them when it is loaded, and so
// does an import.
func (b *fileBuilder) cleanAt(s string, row, col int) string {
	text, control, format := checklist.CleanTextReport(strings.ReplaceAll(s, "\r\n", "\n"))
	if control || format {
		b.warnAt(row, col, msgRemovedCharacters(b.p))
	}
	return strings.TrimSpace(text)
}

func (b *fileBuilder) set(v cellValue) {
	p := b.p
	text := b.cleanAt(v.text, v.row, v.col)
	pr := &b.af.Practice
	switch v.field.Role {
	case form.RoleName:
		if text == "" {
			b.errorAt(v.row, v.col, msgNoName(p))
		}
		pr.Name = text
	case form.RoleOrganisation:
		pr.Organisation = text
	case form.RoleCountry:
		pr.Country = text
	case form.RoleAssessors:
		pr.Assessors = splitNames(text)
	case form.RoleOrganisationType:
		if text == "" {
			return
		}
		if c, ok := b.choice(form.ListOrgTypes, text); ok {
			pr.OrganisationType = c
		} else {
			b.errorAt(v.row, v.col, msgUnknownChoice(p, text, v.field.Label[0], b.choiceWords(form.ListOrgTypes)))
		}
	case form.RoleRefugeesInvolved:
		if text == "" {
			return
		}
		yes, ok := b.yesNo(text)
		if !ok {
			b.errorAt(v.row, v.col, msgUnknownChoice(p, text, v.field.Label[0], b.choiceWords(form.ListYesNo)))
			return
		}
		pr.RefugeesInvolved = &yes
	case form.RolePerspective:
		if text == "" {
			return
		}
		if pv, ok := b.perspective(text); ok {
			b.af.Perspective = pv
		} else {
			b.errorAt(v.row, v.col, msgUnknownChoice(p, text, v.field.Label[0], b.perspectiveWords()))
		}
	case form.RoleAssessedOn:
		if text == "" {
			return
		}
		d, ok := date(text, b.serialDates)
		if !ok {
			b.errorAt(v.row, v.col, msgBadDate(p, text))
			return
		}
		pr.AssessedOn = d
	case form.RoleRoute:
		if text == "" {
			return
		}
		if c, ok := b.choice(form.ListRoutes, text); ok {
			b.af.Route = c
		} else {
			b.errorAt(v.row, v.col, msgUnknownChoice(p, text, v.field.Label[0], b.choiceWords(form.ListRoutes)))
		}
	case form.RoleAnswer:
		b.answer(v, text)
	case form.RoleNote:
		b.note(v, text)
	}
}

func (b *fileBuilder) answer(v cellValue, text string) {
	if text == "" {
		return
	}
	it := v.field.Item
	value, ok := b.scaleValue(text)
	if !ok {
		b.errorAt(v.row, v.col, msgUnknownAnswer(b.p, text, it.ID, b.choiceWords(form.ListScale)))
		return
	}
	if !b.af.Applies(it) {
		b.warnAt(v.row, v.col, msgNotApplicable(b.p, it.ID))
		return
	}
	a := b.af.Answers[it.ID]
	a.Value = value
	b.af.Answers[it.ID] = a
}

// note keeps a note with its item's answer; a note on an item left
// unanswered goes to the notes of the item's key area, quick scan or
// dimension, so that nothing written is lost.
func (b *fileBuilder) note(v cellValue, text string) {
	if text == "" {
		return
	}
	it := v.field.Item
	if !b.af.Applies(it) {
		b.warnAt(v.row, v.col, msgNotApplicableNote(b.p, it.ID))
		return
	}
	if a, ok := b.af.Answers[it.ID]; ok {
		a.Note = text
		b.af.Answers[it.ID] = a
		return
	}
	b.addNote(it.NotesKey(), it.ID+": "+text)
}

func (b *fileBuilder) addNote(key, text string) {
	if old := b.af.Notes[key]; old != "" {
		text = old + "\n" + text
	}
	b.af.Notes[key] = text
}

// evidence keeps the evidence given for an item's answer; without an
// answer it goes with the group's notes.
func (b *fileBuilder) evidence(it *checklist.Item, text string) {
	if text == "" {
		return
	}
	if a, ok := b.af.Answers[it.ID]; ok {
		a.Evidence = text
		b.af.Answers[it.ID] = a
		return
	}
	b.addNote(it.NotesKey(), it.ID+": "+text)
}

// scaleValue maps an answer: a scale value or alias, or a label in any
// language of the form.
func (b *fileBuilder) scaleValue(text string) (string, bool) {
	if v, ok := b.fw.ParseAnswer(text); ok {
		return v.Value, true
	}
	return b.choice(form.ListScale, text)
}

// choice finds the choice a value or label names, ignoring case and
// spacing.
func (b *fileBuilder) choice(list, text string) (string, bool) {
	l := b.f.List(list)
	if l == nil {
		return "", false
	}
	n := normal(text)
	for _, c := range l.Choices {
		if normal(c.Name) == n {
			return c.Name, true
		}
		for _, label := range c.Label {
			if normal(label) == n {
				return c.Name, true
			}
		}
	}
	return "", false
}

// perspective maps a rater's point of view: a value ("refugee"), the
// label of a choice in any language of the form, or a perspective's
// short name in any of them ("Refugee"). Not recorded is the empty
// perspective.
func (b *fileBuilder) perspective(text string) (checklist.Perspective, bool) {
	if v, ok := checklist.ParsePerspective(text); ok {
		return v, true
	}
	if c, ok := b.choice(form.ListPerspectives, text); ok {
		if c == form.NotRecorded {
			return "", true
		}
		return checklist.Perspective(c), true
	}
	n := normal(text)
	for _, l := range b.f.Languages {
		p := l.Printer
		if p == nil {
			p = locale.English()
		}
		for _, v := range checklist.Perspectives() {
			if normal(v.Label(p)) == n {
				return v, true
			}
		}
	}
	return "", false
}

func (b *fileBuilder) yesNo(text string) (bool, bool) {
	switch normal(text) {
	case "true", "1":
		return true, true
	case "false", "0":
		return false, true
	}
	c, ok := b.choice(form.ListYesNo, text)
	return c == "yes", ok
}

// choiceWords lists the labels of a choice list, for messages.
func (b *fileBuilder) choiceWords(list string) string {
	l := b.f.List(list)
	if l == nil {
		return ""
	}
	var words []string
	for _, c := range l.Choices {
		words = append(words, strconv.Quote(c.Label[0]))
	}
	return locale.Or(words...).Localize(b.p)
}

// perspectiveWords lists the perspectives by their short names, for
// messages: the choices' labels add a line of description to each.
func (b *fileBuilder) perspectiveWords() string {
	var words []string
	for _, v := range checklist.Perspectives() {
		words = append(words, strconv.Quote(v.Label(b.p)))
	}
	words = append(words, strconv.Quote(wordNotRecorded(b.p)))
	return locale.Or(words...).Localize(b.p)
}

// splitNames reads "Ana, Boris; Farid" as three names.
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// date reads a date as exports write it: 2026-11-20, or with a time after
// it; from a workbook also a day number (46346).
func date(s string, serial bool) (string, bool) {
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return t.Format(time.DateOnly), true
		}
	}
	if serial {
		if n, err := strconv.ParseFloat(s, 64); err == nil && n > 0 && n < 2958466 {
			if t, err := excelize.ExcelDateToTime(n, false); err == nil {
				return t.Format(time.DateOnly), true
			}
		}
	}
	return "", false
}

// finish writes the answer file and checks it by reading it back, as
// 'scorecard validate' would read it once written: the file as read, and
// the bytes to write.
func (b *fileBuilder) finish() (*checklist.AnswerFile, []byte) {
	if len(b.errs) > 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := checklist.WriteAnswers(&buf, b.af); err != nil {
		b.errorAt(0, 0, err.Error())
		return nil, nil
	}
	fw := b.fw
	back, err := checklist.LoadAnswers(b.name, buf.Bytes(), func(id string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		b.errorAt(0, 0, msgInvalidResult(b.p, err.Error()))
		return nil, nil
	}
	return back, buf.Bytes()
}
