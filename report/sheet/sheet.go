// Package sheet writes tables for spreadsheets, as CSV or as an xlsx
// workbook: the one place where scorecard makes a CSV cell, so that every
// CSV it writes (score, compare, action plans) is defused against
// formulas the same way.
package sheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Table is a header row and rows of cells: string, float64, bool, or nil
// for an empty cell.
type Table struct {
	Sheet  string // the worksheet's name in a workbook
	Header []string
	Rows   [][]any
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

// CSVCell writes a cell for CSV: numbers with "." and one decimal (as
// scores have), booleans as true or false, nil as an empty cell, text
// defused (see DefuseFormula).
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
