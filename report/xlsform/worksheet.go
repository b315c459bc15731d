package xlsform

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/xuri/excelize/v2"
)

// WorksheetOptions says what a worksheet covers.
type WorksheetOptions struct {
	Scope checklist.Scope
	Today string // the date proposed for the assessment, YYYY-MM-DD
}

// WriteWorksheet writes a spreadsheet to fill in instead of a phone form:
// the profile on top, then one row per item with a drop-down of the
// scale's labels and room for a note and the evidence. The structure is
// locked (only the answer cells can be changed), and hidden keys let
// checklist/importer read it back whatever language it is in. It uses the
// form's first language.
func WriteWorksheet(w io.Writer, f *form.Form, opts WorksheetOptions) error {
	ws, err := newWorksheet(f, opts)
	if err != nil {
		return err
	}
	defer ws.x.Close()
	if err := ws.build(); err != nil {
		return err
	}
	_, err = ws.x.WriteTo(w)
	return err
}

type worksheet struct {
	f      *form.Form
	opts   WorksheetOptions
	p      *locale.Printer
	x      *excelize.File
	sheet  string
	row    int
	styles struct{ title, wrap, heading, header, input, inputWrap int }
	// answers collects the answer cells of items, for one drop-down.
	answers []string
	lists   map[string]string // list name → its range on the lists sheet
}

func newWorksheet(f *form.Form, opts WorksheetOptions) (*worksheet, error) {
	p := f.Languages[0].Printer
	if p == nil {
		p = locale.English()
	}
	ws := &worksheet{f: f, opts: opts, p: p, x: excelize.NewFile(), lists: map[string]string{}}
	ws.sheet = sheetName(wordAnswerSheet(p))
	if err := ws.x.SetSheetName("Sheet1", ws.sheet); err != nil {
		return nil, err
	}
	return ws, ws.newStyles()
}

// sheetName makes a valid sheet name: at most 31 characters, none of
// []:*?/\.
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

func (ws *worksheet) newStyles() error {
	unlocked := &excelize.Protection{Locked: false}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	border := []excelize.Border{{Type: "bottom", Color: "BFBFBF", Style: 1}}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&ws.styles.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&ws.styles.wrap, &excelize.Style{Alignment: top, Border: border}},
		{&ws.styles.heading, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("DDEBF7"), Alignment: top}},
		{&ws.styles.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("D9D9D9")}},
		{&ws.styles.input, &excelize.Style{Protection: unlocked, Fill: fill("FFF2CC"), Alignment: &excelize.Alignment{Vertical: "top"}, Border: border}},
		{&ws.styles.inputWrap, &excelize.Style{Protection: unlocked, Fill: fill("FFF2CC"), Alignment: top, Border: border}},
	} {
		id, err := ws.x.NewStyle(s.style)
		if err != nil {
			return err
		}
		*s.id = id
	}
	return nil
}

func cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// set writes text (never a formula, whatever it starts with) with a style.
func (ws *worksheet) set(col, row int, text string, style int) error {
	if err := ws.x.SetCellStr(ws.sheet, cell(col, row), text); err != nil {
		return err
	}
	return ws.x.SetCellStyle(ws.sheet, cell(col, row), cell(col, row), style)
}

// merge joins cells of a row and styles them.
func (ws *worksheet) merge(from, to, row int, style int) error {
	if err := ws.x.MergeCell(ws.sheet, cell(from, row), cell(to, row)); err != nil {
		return err
	}
	return ws.x.SetCellStyle(ws.sheet, cell(from, row), cell(to, row), style)
}

func (ws *worksheet) build() error {
	steps := []func() error{ws.writeLists, ws.writeMeta, ws.writeTitle, ws.writeProfile, ws.writeItems, ws.finish}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("writing the worksheet: %w", err)
		}
	}
	return nil
}

// writeLists puts the choice lists' labels on a hidden sheet, for the
// drop-downs (a list written into the validation itself breaks at commas).
func (ws *worksheet) writeLists() error {
	if _, err := ws.x.NewSheet(form.WorksheetLists); err != nil {
		return err
	}
	for i, l := range ws.f.Lists {
		for j, c := range l.Choices {
			if err := ws.x.SetCellStr(form.WorksheetLists, cell(i+1, j+1), c.Label[0]); err != nil {
				return err
			}
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		ws.lists[l.Name] = fmt.Sprintf("%s!$%s$1:$%s$%d", form.WorksheetLists, col, col, len(l.Choices))
	}
	return ws.x.SetSheetVisible(form.WorksheetLists, false)
}

func (ws *worksheet) writeMeta() error {
	if _, err := ws.x.NewSheet(form.WorksheetMeta); err != nil {
		return err
	}
	sc := ws.opts.Scope
	rows := [][2]string{
		{form.MetaFormat, form.WorksheetFormat},
		{form.MetaFramework, ws.f.ID},
		{form.MetaVersion, ws.f.Version},
		{form.MetaSheet, ws.sheet},
	}
	if sc.Sections != nil {
		names := make([]string, len(sc.Sections))
		for i, s := range sc.Sections {
			names[i] = string(s)
		}
		rows = append(rows, [2]string{form.MetaSections, strings.Join(names, ",")})
	}
	if sc.Areas != nil {
		rows = append(rows, [2]string{form.MetaAreas, strings.Join(sc.Areas, ",")})
	}
	for i, kv := range rows {
		if err := ws.x.SetCellStr(form.WorksheetMeta, cell(1, i+1), kv[0]); err != nil {
			return err
		}
		if err := ws.x.SetCellStr(form.WorksheetMeta, cell(2, i+1), kv[1]); err != nil {
			return err
		}
	}
	return ws.x.SetSheetVisible(form.WorksheetMeta, false, true)
}

func (ws *worksheet) writeTitle() error {
	if err := ws.set(form.ColID, 1, ws.f.Title[0], ws.styles.title); err != nil {
		return err
	}
	if err := ws.set(form.ColID, 2, wordWorksheetHelp(ws.p), ws.styles.wrap); err != nil {
		return err
	}
	if err := ws.merge(form.ColID, form.ColEvidence, 2, ws.styles.wrap); err != nil {
		return err
	}
	ws.row = 4
	return ws.x.SetRowHeight(ws.sheet, 2, 45)
}

// writeProfile writes the profile's fields and the routing question: a
// label, and a cell to fill in across the answer, note and evidence
// columns.
func (ws *worksheet) writeProfile() error {
	var fields []*form.Field
	ws.f.Walk(func(fd *form.Field) {
		if fd.Role != form.RoleNone && fd.Role != form.RoleFramework && fd.Role != form.RoleAnswer && fd.Role != form.RoleNote {
			fields = append(fields, fd)
		}
	})
	for _, fd := range fields {
		r := ws.row
		if err := ws.x.SetCellStr(ws.sheet, cell(form.ColKey, r), fd.Name); err != nil {
			return err
		}
		if err := ws.set(form.ColID, r, fd.Label[0], ws.styles.wrap); err != nil {
			return err
		}
		if err := ws.merge(form.ColID, form.ColQuestion, r, ws.styles.wrap); err != nil {
			return err
		}
		if err := ws.set(form.ColAnswer, r, ws.prefill(fd), ws.styles.inputWrap); err != nil {
			return err
		}
		if err := ws.merge(form.ColAnswer, form.ColEvidence, r, ws.styles.inputWrap); err != nil {
			return err
		}
		if fd.Kind == form.SelectOne {
			if err := ws.dropDown(ws.lists[fd.List], cell(form.ColAnswer, r)); err != nil {
				return err
			}
		}
		if fd.Role == form.RoleRoute {
			if err := ws.x.SetRowHeight(ws.sheet, r, 45); err != nil {
				return err
			}
		}
		ws.row++
	}
	ws.row++
	return nil
}

// prefill is what a profile cell starts with: the date, and the
// organisation type the worksheet was made for.
func (ws *worksheet) prefill(fd *form.Field) string {
	switch fd.Role {
	case form.RoleAssessedOn:
		return ws.opts.Today
	case form.RoleOrganisationType:
		if t := ws.opts.Scope.OrganisationType; t != "" {
			for _, c := range ws.f.List(form.ListOrgTypes).Choices {
				if c.Name == t {
					return c.Label[0]
				}
			}
		}
	}
	return ""
}

func (ws *worksheet) dropDown(list string, sqref string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	dv.SetSqrefDropList(list)
	dv.SetError(excelize.DataValidationErrorStyleStop, wordInvalidTitle(ws.p), wordInvalidAnswer(ws.p))
	return ws.x.AddDataValidation(ws.sheet, dv)
}

// writeItems writes a header, then each group of the form that the scope
// covers: a heading, its items, and a row for notes on the group.
func (ws *worksheet) writeItems() error {
	header := []string{wordID(ws.p), wordQuestion(ws.p), wordAnswer(ws.p), wordNote(ws.p), wordEvidence(ws.p)}
	for i, h := range header {
		if err := ws.set(form.ColID+i, ws.row, h, ws.styles.header); err != nil {
			return err
		}
	}
	ws.row++
	covered := map[*checklist.Item]bool{}
	for _, s := range checklist.Sections {
		for _, it := range ws.opts.Scope.Items(ws.f.Framework, s) {
			covered[it] = true
		}
	}
	for _, g := range ws.f.Fields {
		var items []*form.Field
		for _, fd := range g.Fields {
			if fd.Role == form.RoleAnswer && covered[fd.Item] {
				items = append(items, fd)
			}
		}
		if len(items) == 0 {
			continue
		}
		if err := ws.writeGroup(g, items); err != nil {
			return err
		}
	}
	return nil
}

func (ws *worksheet) writeGroup(g *form.Field, items []*form.Field) error {
	id, title, _ := strings.Cut(g.Label[0], " ")
	if g.Name == checklist.NotesKeyQuickScan {
		id, title = "", g.Label[0]
	}
	for col := form.ColID; col <= form.ColEvidence; col++ {
		if err := ws.set(col, ws.row, "", ws.styles.heading); err != nil {
			return err
		}
	}
	if err := ws.set(form.ColID, ws.row, id, ws.styles.heading); err != nil {
		return err
	}
	if err := ws.set(form.ColQuestion, ws.row, title, ws.styles.heading); err != nil {
		return err
	}
	ws.row++
	for _, fd := range items {
		if err := ws.writeItem(fd); err != nil {
			return err
		}
	}
	r := ws.row
	key := items[0].Item.NotesKey()
	if err := ws.x.SetCellStr(ws.sheet, cell(form.ColKey, r), form.NotesKeyPrefix+key); err != nil {
		return err
	}
	if err := ws.set(form.ColQuestion, r, wordNotesOn(ws.p, g.Label[0]), ws.styles.wrap); err != nil {
		return err
	}
	if err := ws.set(form.ColAnswer, r, "", ws.styles.inputWrap); err != nil {
		return err
	}
	if err := ws.merge(form.ColAnswer, form.ColEvidence, r, ws.styles.inputWrap); err != nil {
		return err
	}
	if err := ws.x.SetRowHeight(ws.sheet, r, 45); err != nil {
		return err
	}
	ws.row += 2
	return nil
}

func (ws *worksheet) writeItem(fd *form.Field) error {
	r := ws.row
	it := fd.Item
	question := strings.TrimPrefix(fd.Label[0], it.ID+" ")
	runs := []excelize.RichTextRun{{Text: question}}
	if len(fd.Hint) > 0 && fd.Hint[0] != "" {
		runs = append(runs, excelize.RichTextRun{Text: "\n" + fd.Hint[0], Font: &excelize.Font{Italic: true, Color: "595959"}})
		question += "\n" + fd.Hint[0]
	}
	if err := ws.x.SetCellStr(ws.sheet, cell(form.ColKey, r), fd.Name); err != nil {
		return err
	}
	if err := ws.set(form.ColID, r, it.ID, ws.styles.wrap); err != nil {
		return err
	}
	if err := ws.x.SetCellRichText(ws.sheet, cell(form.ColQuestion, r), runs); err != nil {
		return err
	}
	if err := ws.x.SetCellStyle(ws.sheet, cell(form.ColQuestion, r), cell(form.ColQuestion, r), ws.styles.wrap); err != nil {
		return err
	}
	if err := ws.set(form.ColAnswer, r, "", ws.styles.input); err != nil {
		return err
	}
	for _, col := range []int{form.ColNote, form.ColEvidence} {
		if err := ws.set(col, r, "", ws.styles.inputWrap); err != nil {
			return err
		}
	}
	// A row tall enough for the question's lines at the column's width.
	lines := 0
	for _, para := range strings.Split(question, "\n") {
		lines += 1 + len([]rune(para))/80
	}
	if err := ws.x.SetRowHeight(ws.sheet, r, float64(max(2, lines))*15); err != nil {
		return err
	}
	ws.answers = append(ws.answers, cell(form.ColAnswer, r))
	ws.row++
	return nil
}

// finish adds the answers' drop-down, sets the columns, and locks the
// structure: only the cells to fill in can be changed.
func (ws *worksheet) finish() error {
	if len(ws.answers) > 0 {
		if err := ws.dropDown(ws.lists[form.ListScale], strings.Join(compactRanges(ws.answers), " ")); err != nil {
			return err
		}
	}
	widths := map[int]float64{form.ColKey: 12, form.ColID: 10, form.ColQuestion: 80, form.ColAnswer: 18, form.ColNote: 40, form.ColEvidence: 24}
	for col, width := range widths {
		name, _ := excelize.ColumnNumberToName(col)
		if err := ws.x.SetColWidth(ws.sheet, name, name, width); err != nil {
			return err
		}
	}
	// Printed: landscape A4, the columns on one page's width.
	a4, landscape, one, any, yes := 9, "landscape", 1, 0, true
	if err := ws.x.SetPageLayout(ws.sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	if err := ws.x.SetSheetProps(ws.sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	key, _ := excelize.ColumnNumberToName(form.ColKey)
	if err := ws.x.SetColVisible(ws.sheet, key, false); err != nil {
		return err
	}
	if err := ws.x.ProtectSheet(ws.sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
	}); err != nil {
		return err
	}
	return ws.x.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true})
}

// compactRanges joins cells of consecutive rows of one column into
// ranges: D12 D13 D14 → D12:D14.
func compactRanges(cells []string) []string {
	var out []string
	type span struct {
		col        string
		start, end int
	}
	var cur *span
	flush := func() {
		if cur == nil {
			return
		}
		if cur.start == cur.end {
			out = append(out, fmt.Sprintf("%s%d", cur.col, cur.start))
		} else {
			out = append(out, fmt.Sprintf("%s%d:%s%d", cur.col, cur.start, cur.col, cur.end))
		}
	}
	for _, c := range cells {
		col, row, err := excelize.SplitCellName(c)
		if err != nil {
			continue
		}
		if cur != nil && cur.col == col && row == cur.end+1 {
			cur.end = row
			continue
		}
		flush()
		cur = &span{col, row, row}
	}
	flush()
	return slices.Clip(out)
}
