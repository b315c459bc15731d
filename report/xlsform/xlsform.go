// Package xlsform writes a framework's field form for the tools that
// humanitarian teams already use: an XLSForm (the spreadsheet form
// definition that KoboToolbox and ODK Central read), the XForm it
// compiles to (for ODK Collect, Enketo and ODK Web Forms), and a
// spreadsheet worksheet to fill in without any of them. The forms are
// described by checklist/form; checklist/importer reads the answers back.
package xlsform

import (
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/xuri/excelize/v2"
)

// The sheets of an XLSForm.
const (
	SheetSurvey   = "survey"
	SheetChoices  = "choices"
	SheetSettings = "settings"
)

// TypeName is the XLSForm type of a field: "select_one scale",
// "begin_group", "text"…
func TypeName(fd *form.Field) string {
	switch fd.Kind {
	case form.Group:
		return "begin_group"
	case form.Text:
		return "text"
	case form.Date:
		return "date"
	case form.SelectOne:
		return "select_one " + fd.List
	case form.Note:
		return "note"
	case form.Calculate:
		return "calculate"
	}
	return ""
}

// SurveyColumns lists the columns of the survey sheet: one label and one
// hint column per language.
func SurveyColumns(f *form.Form) []string {
	cols := []string{"type", "name"}
	for _, l := range f.Languages {
		cols = append(cols, "label::"+l.Column())
	}
	for _, l := range f.Languages {
		cols = append(cols, "hint::"+l.Column())
	}
	return append(cols, "required", "relevant", "appearance", "calculation", "default")
}

// SurveyRows lists the rows of the survey sheet, in the order of
// SurveyColumns: begin_group and end_group rows around each group's
// fields.
func SurveyRows(f *form.Form) [][]string {
	n := len(f.Languages)
	var rows [][]string
	var add func(fd *form.Field)
	add = func(fd *form.Field) {
		row := []string{TypeName(fd), fd.Name}
		row = append(row, texts(fd.Label, n)...)
		row = append(row, texts(fd.Hint, n)...)
		required := ""
		if fd.Required {
			required = "yes"
		}
		row = append(row, required, fd.Relevant, fd.Appearance, fd.Calculation, fd.Default)
		rows = append(rows, row)
		if fd.Kind != form.Group {
			return
		}
		for _, c := range fd.Fields {
			add(c)
		}
		end := make([]string, len(row))
		end[0], end[1] = "end_group", fd.Name
		rows = append(rows, end)
	}
	for _, fd := range f.Fields {
		add(fd)
	}
	return rows
}

// ChoiceColumns lists the columns of the choices sheet.
func ChoiceColumns(f *form.Form) []string {
	cols := []string{"list_name", "name"}
	for _, l := range f.Languages {
		cols = append(cols, "label::"+l.Column())
	}
	return cols
}

// ChoiceRows lists the rows of the choices sheet.
func ChoiceRows(f *form.Form) [][]string {
	var rows [][]string
	for _, l := range f.Lists {
		for _, c := range l.Choices {
			rows = append(rows, append([]string{l.Name, c.Name}, texts(c.Label, len(f.Languages))...))
		}
	}
	return rows
}

// SettingsColumns and SettingsRow make the settings sheet. "pages" shows
// each field-list group as a page in Enketo.
func SettingsColumns() []string {
	return []string{"form_title", "form_id", "version", "default_language", "style"}
}

// SettingsRow is the one row of the settings sheet.
func SettingsRow(f *form.Form) []string {
	return []string{f.Title[0], f.ID, f.Version, f.Languages[0].Column(), "pages"}
}

func texts(t []string, n int) []string {
	out := make([]string, n)
	copy(out, t)
	return out
}

// WriteXLSForm writes the form as an XLSForm workbook.
func WriteXLSForm(w io.Writer, f *form.Form) error {
	x := excelize.NewFile()
	defer x.Close()
	if err := x.SetSheetName("Sheet1", SheetSurvey); err != nil {
		return err
	}
	for _, s := range []string{SheetChoices, SheetSettings} {
		if _, err := x.NewSheet(s); err != nil {
			return err
		}
	}
	sheets := []struct {
		name   string
		header []string
		rows   [][]string
	}{
		{SheetSurvey, SurveyColumns(f), SurveyRows(f)},
		{SheetChoices, ChoiceColumns(f), ChoiceRows(f)},
		{SheetSettings, SettingsColumns(), [][]string{SettingsRow(f)}},
	}
	bold, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for _, s := range sheets {
		if err := writeTable(x, s.name, s.header, s.rows); err != nil {
			return fmt.Errorf("writing the %s sheet: %w", s.name, err)
		}
		last, _ := excelize.CoordinatesToCellName(len(s.header), 1)
		if err := x.SetCellStyle(s.name, "A1", last, bold); err != nil {
			return err
		}
		if err := x.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	for col, width := range map[string]float64{"A": 30, "B": 22, "C": 60, "D": 40} {
		if err := x.SetColWidth(SheetSurvey, col, col, width); err != nil {
			return err
		}
	}
	_, err = x.WriteTo(w)
	return err
}

// writeTable writes a header and rows as text cells. Every cell is
// written as a string, so that a label such as "=1" or "0.5" stays text.
func writeTable(x *excelize.File, sheet string, header []string, rows [][]string) error {
	write := func(r int, values []string) error {
		cells := make([]any, len(values))
		for i, v := range values {
			cells[i] = strings.ToValidUTF8(v, "?")
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		return x.SetSheetRow(sheet, cell, &cells)
	}
	if err := write(1, header); err != nil {
		return err
	}
	for i, row := range rows {
		if err := write(i+2, row); err != nil {
			return err
		}
	}
	return nil
}
