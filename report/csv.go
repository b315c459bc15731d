package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

// Tables for spreadsheets: the score table (one row per file) and the
// comparison table (one row per score), written as CSV or as an xlsx
// workbook. Cells are typed (text, number, true/false, nil for nothing),
// so that a workbook gets real numbers; CSV writes them as text with "."
// as the decimal point, whatever the language, as a machine format does.

// Table is a header row and rows of cells: string, float64, bool, or nil
// for an empty cell.
type Table struct {
	Sheet  string // the worksheet's name in a workbook
	Header []string
	Rows   [][]any
}

// ScoreHeader returns the columns of the score table for a framework:
// file, the practice's name, organisation and date, the checklist score,
// each key area, the quick scan, the quality score, each dimension,
// good_practice, complete and error.
func ScoreHeader(fw *checklist.Framework) []string {
	h := []string{"file", "name", "organisation", "assessed_on", "checklist"}
	for _, a := range fw.KeyAreas {
		h = append(h, a.ID)
	}
	h = append(h, "quick_scan", "quality")
	for _, d := range fw.Dimensions {
		h = append(h, d.ID)
	}
	return append(h, "good_practice", "complete", "error")
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
	return append(row, r.Quality.GoodPractice, r.Complete, "")
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
func (c *Comparison) CompareTable() Table {
	t := Table{Sheet: "compare", Header: []string{"id", "measure"}}
	for _, col := range c.Columns {
		t.Header = append(t.Header, col.Label)
	}
	for _, col := range c.Columns[1:] {
		t.Header = append(t.Header, "change "+col.Label)
	}
	for _, r := range c.Rows {
		row := []any{r.ID, r.Title}
		for i := range c.Columns {
			if r.GoodPractice != nil {
				row = append(row, r.GoodPractice[i])
			} else {
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

// WriteCSV writes the table as CSV, every cell through CSVCell; with bom,
// after a UTF-8 byte-order mark.
func (t Table) WriteCSV(w io.Writer, bom bool) error {
	var b bytes.Buffer
	if bom {
		b.WriteString(BOM)
	}
	b.Write(EncodeCSVRow(headerCells(t.Header)))
	for _, r := range t.Rows {
		b.Write(EncodeCSVRow(r))
	}
	_, err := w.Write(b.Bytes())
	return err
}

func headerCells(h []string) []any {
	cells := make([]any, len(h))
	for i, s := range h {
		cells[i] = s
	}
	return cells
}

// BOM is the UTF-8 byte-order mark. Excel opens a CSV file by
// double-click in the machine's legacy code page unless the file starts
// with it, and garbles "Gdańsk".
const BOM = "\ufeff"

// EncodeCSVRow encodes one row of cells as a CSV line: the one place
// where scorecard's CSV cells are made (see CSVCell).
func EncodeCSVRow(cells []any) []byte {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = CSVCell(c)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(row) // writing to a bytes.Buffer cannot fail
	w.Flush()
	return b.Bytes()
}

// CSVCell writes a cell for CSV: numbers with "." and as few digits as
// they need (scores have one decimal), booleans as true or false, nil as
// an empty cell, text defused (see DefuseFormula).
func CSVCell(c any) string {
	switch v := c.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case bool:
		return strconv.FormatBool(v)
	case string:
		return DefuseFormula(v)
	}
	return DefuseFormula(fmt.Sprint(c))
}

// DefuseFormula keeps a spreadsheet from running a text cell as a
// formula, as OWASP recommends for CSV files
// (https://owasp.org/www-community/attacks/CSV_Injection): a cell that
// starts with =, +, -, @, a tab or a carriage return gets a single quote
// in front, which spreadsheets show as text. A plain number such as -2.5
// is left alone: it is read as a number, never run.
func DefuseFormula(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) || isPlainNumber(s) {
		return s
	}
	return "'" + s
}

// isPlainNumber reports whether s is a decimal number with an optional
// sign: digits, and at most one point between digits.
func isPlainNumber(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	digits := func(d string) bool { return d != "" && strings.Trim(d, "0123456789") == "" }
	return digits(whole) && (!hasPoint || digits(frac))
}
