package sheet

import (
	"io"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// WriteXLSX writes the table as an Excel workbook of one worksheet: a
// bold header row that stays in view (frozen panes, with the first column
// too), numbers as numbers (one decimal shown), true and false as
// booleans, empty cells for nothing, and text as text, which a
// spreadsheet never runs as a formula, whatever it starts with.
func (t Table) WriteXLSX(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.Sheet
	if sheet == "" {
		sheet = "scores"
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	oneDecimal := "0.0"
	number, err := f.NewStyle(&excelize.Style{CustomNumFmt: &oneDecimal})
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	widths := make([]int, len(t.Header))
	header := make([]any, len(t.Header))
	for i, h := range t.Header {
		header[i] = excelize.Cell{Value: h, StyleID: bold}
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if s, ok := c.(string); ok && i < len(widths) {
				widths[i] = max(widths[i], utf8.RuneCountInString(s))
			}
		}
	}
	for i, wd := range widths {
		// Room for scores (and a filter arrow), at most a screenful for text.
		if err := sw.SetColWidth(i+1, i+1, float64(min(max(wd, 6), 60)+2)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for i, r := range t.Rows {
		cells := make([]any, len(r))
		for j, c := range r {
			switch v := c.(type) {
			case float64:
				cells[j] = excelize.Cell{Value: v, StyleID: number}
			case string:
				// Text cells are stored as strings: never a formula.
				cells[j] = excelize.Cell{Value: v}
			default:
				cells[j] = c // nil (empty) or bool
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return locale.Errorf("writing the workbook: %v", err)
	}
	return nil
}
