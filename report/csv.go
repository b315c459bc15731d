package report

import (
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/report/sheet"
	"github.com/inclusion-tools/scorecard/scoring"
)

// Tables for spreadsheets: the score table (one row per file) and the
// comparison table (one row per score), as sheet.Tables, which are
// written as CSV or as an xlsx workbook. Cells are typed (text, number,
// true/false, nil for nothing), so that a workbook gets real numbers.

// ScoreHeader returns the columns of the score table for a framework:
// file, the practice's name, organisation and date, the checklist score,
// each key area, the quick scan, the quality score, each dimension,
// good_practice, complete, provisional (the key areas whose verdict is
// provisional, space-separated), unknown_items (the items answered "don't
// know", space-separated) and error.
func ScoreHeader(fw *checklist.Framework) []string {
	h := []string{"file", "name", "organisation", "assessed_on", "checklist"}
	for _, a := range fw.KeyAreas {
		h = append(h, a.ID)
	}
	h = append(h, "quick_scan", "quality")
	for _, d := range fw.Dimensions {
		h = append(h, d.ID)
	}
	return append(h, "good_practice", "complete", "provisional", "unknown_items", "error")
}

// ScoreRow returns the cells of a scored file: scores rounded to one
// decimal as shown everywhere else, nil when not assessed.
func ScoreRow(file string, af *checklist.AnswerFile, r *scoring.Result) []any {
	p := af.Practice
	row := []any{file, p.Name, p.Organisation, p.AssessedOn, scoreCell(r.Checklist.Score)}
	for _, g := range r.Checklist.Areas {
		row = append(row, scoreCell(g.Score))
	}
	var qs any
	if r.QuickScan != nil {
		qs = scoreCell(r.QuickScan.Score)
	}
	row = append(row, qs, scoreCell(r.Quality.Score))
	for _, g := range r.Quality.Dimensions {
		row = append(row, scoreCell(g.Score))
	}
	// The key areas whose verdict is provisional (unanswered applicable
	// items), space-separated.
	var provisional []string
	for _, g := range r.Checklist.Areas {
		if g.Provisional() {
			provisional = append(provisional, g.ID)
		}
	}
	var unknown []string
	for _, g := range r.Groups() {
		unknown = append(unknown, g.UnknownIDs()...)
	}
	return append(row, r.Quality.GoodPractice, r.Complete, strings.Join(provisional, " "), strings.Join(unknown, " "), "")
}

// ScoreErrorRow returns the row of a file that could not be loaded: its
// name and the error, as many cells as the header.
func ScoreErrorRow(fw *checklist.Framework, file, msg string) []any {
	row := make([]any, len(ScoreHeader(fw)))
	row[0], row[len(row)-1] = file, msg
	return row
}

func scoreCell(s scoring.Score) any {
	if !s.Valid() {
		return nil
	}
	return s.Rounded()
}

// CompareTable lays out a comparison for a spreadsheet: one row per
// measure with its id and title, the score in each column, then the
// change of each later column against the first.
func (c *Comparison) CompareTable() sheet.Table {
	t := sheet.Table{Sheet: "compare", Header: []string{"id", "measure"}}
	for _, col := range c.Columns {
		t.Header = append(t.Header, col.Label)
	}
	for _, col := range c.Columns[1:] {
		t.Header = append(t.Header, "change "+col.Label)
	}
	for _, r := range c.Rows {
		row := []any{r.ID, r.Title}
		for i := range c.Columns {
			switch {
			case r.GoodPractice != nil:
				row = append(row, r.GoodPractice[i])
			case r.Counts != nil:
				row = append(row, r.Counts[i])
			default:
				row = append(row, scoreCell(r.Scores[i]))
			}
		}
		for i := 1; i < len(c.Columns); i++ {
			if d, ok := r.Delta(i); ok {
				row = append(row, scoring.Round1(d))
			} else {
				row = append(row, nil)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// WriteCSV writes the comparison as CSV (see CompareTable).
func (c *Comparison) WriteCSV(w io.Writer, bom bool) error {
	return c.CompareTable().WriteCSV(w, bom)
}
