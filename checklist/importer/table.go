package importer

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/xuri/excelize/v2"
)

// table is a grid of text cells: a CSV file, or a workbook's sheet.
type table struct {
	rows [][]string
	// formula returns the formula of a cell (counted from 0), or "".
	formula func(r, c int) string
	// serialDates says that date cells may hold spreadsheet day numbers.
	serialDates bool
}

func (t *table) cell(r, c int) string {
	if r < len(t.rows) && c < len(t.rows[r]) {
		return t.rows[r][c]
	}
	return ""
}

// csvTable reads a CSV export: UTF-8, with or without a byte-order mark,
// separated by semicolons (KoboToolbox's default), commas (ODK Central's)
// or tabs.
func csvTable(name string, b []byte, p *locale.Printer) (*table, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, checklist.Problems{{File: name, Line: 1, Column: 1, Message: msgEmpty(p)}}
	}
	if !utf8.Valid(b) {
		line, col := firstInvalid(b)
		if bytes.IndexByte(b, 0) >= 0 {
			return nil, checklist.Problems{{File: name, Line: line, Column: col, Message: msgBinary(p)}}
		}
		return nil, checklist.Problems{{File: name, Line: line, Column: col, Message: msgNotUTF8(p)}}
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = separator(b)
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, checklist.Problems{{File: name, Line: pe.Line, Column: max(pe.Column, 1), Message: msgBadCSV(p, pe.Err.Error())}}
			}
			return nil, checklist.Problems{{File: name, Message: msgBadCSV(p, err.Error())}}
		}
		rows = append(rows, rec)
	}
	t := &table{rows: rows}
	t.formula = func(r, c int) string {
		if s := t.cell(r, c); strings.HasPrefix(s, "=") {
			return s
		}
		return ""
	}
	return t, nil
}

// separator guesses the separator from the header line: the one of ;
// , and tab that it holds most often outside quotes.
func separator(b []byte) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range string(b) {
		if r == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if r == '\n' {
			break
		}
		counts[r]++
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// firstInvalid finds the line and column of the first byte that is not
// UTF-8.
func firstInvalid(b []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}

// openXLSX opens a workbook with a bound on what its zip may unpack to, so
// that a small file cannot expand to gigabytes. Both limits are equal so
// that excelize keeps every sheet in memory rather than in a temporary
// file.
func openXLSX(b []byte) (*excelize.File, error) {
	const limit = 128 << 20
	return excelize.OpenReader(bytes.NewReader(b), excelize.Options{
		UnzipSizeLimit:    limit,
		UnzipXMLSizeLimit: limit,
	})
}

// maxCells is the most cells the sheets of a workbook may hold, each row
// counted to its last filled cell: 10,000 submissions of 400 fields. A
// spreadsheet library makes every cell of a row up to the last one, so a
// file of a few kilobytes with one value in column XFD (16,384) of each
// row would cost gigabytes.
const maxCells = 4_000_000

// checkSheets reads the XML of every sheet in the workbook once, before
// the spreadsheet library does, and returns a message when a sheet is
// too large (see maxCells) or is not well-formed XML (the library would
// drop the rest of the row, or of the sheet, without a word); else "".
// It costs one pass over the sheets' text.
func checkSheets(x *excelize.File, p *locale.Printer) (msg string, formulas bool) {
	total := 0
	x.Pkg.Range(func(k, v any) bool {
		part, _ := k.(string)
		b, ok := v.([]byte)
		// A sheet may be stored under any name the workbook's
		// relationships give it: every part that holds sheet data.
		if !ok || !(strings.HasPrefix(part, "xl/worksheets/") && path.Ext(part) == ".xml" || bytes.Contains(b, []byte("sheetData"))) {
			return true
		}
		n, f, err := countCells(b, maxCells-total, x.CharsetReader)
		formulas = formulas || f
		switch {
		case errors.Is(err, errTooManyCells):
			msg = msgTooManyCells(p, strconv.Itoa(maxCells))
		case err != nil:
			msg = msgBadSheet(p, path.Base(part), err.Error())
		}
		total += n
		return msg == ""
	})
	return msg, formulas
}

var errTooManyCells = errors.New("too many cells")

// countCells counts the cells of a sheet's XML, each row to its last
// cell (as the spreadsheet library will make them), failing with
// errTooManyCells past limit, or with the XML's own error. formulas says
// whether any cell holds a formula.
func countCells(b []byte, limit int, charset func(string, io.Reader) (io.Reader, error)) (total int, formulas bool, err error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.CharsetReader = charset // as the spreadsheet library reads it
	col, last := 0, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return total, formulas, nil
		}
		if err != nil {
			return total, formulas, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				col, last = 0, 0
			case "f":
				formulas = true
			case "c":
				col++
				for _, a := range t.Attr {
					if a.Name.Local == "r" {
						if c, _, err := excelize.CellNameToCoordinates(a.Value); err == nil {
							col = c
						}
					}
				}
				last = max(last, col)
			}
		case xml.EndElement:
			if t.Name.Local == "row" {
				if total += last; total > limit {
					return total, formulas, errTooManyCells
				}
			}
		}
	}
}

func isWorksheet(x *excelize.File) bool {
	idx, err := x.GetSheetIndex(metaSheet)
	return err == nil && idx >= 0
}

// formulaOf returns the formula of a sheet's cell (counted from 0) with
// its "=", or "". formulas says whether the workbook holds any: when it
// holds none, as exports never do, the cells are not looked up (the
// first lookup reads the whole sheet again).
func formulaOf(x *excelize.File, sheet string, formulas bool) func(r, c int) string {
	return func(r, c int) string {
		if !formulas {
			return ""
		}
		name, err := excelize.CoordinatesToCellName(c+1, r+1)
		if err != nil {
			return ""
		}
		f, err := x.GetCellFormula(sheet, name)
		if err != nil || f == "" {
			return ""
		}
		return "=" + strings.TrimPrefix(f, "=")
	}
}

// xlsxTable reads the first sheet of an exported workbook: KoboToolbox
// puts the submissions there (and repeat groups, which scorecard's form
// has none of, on the following sheets).
func xlsxTable(x *excelize.File, formulas bool) (*table, error) {
	sheets := x.GetSheetList()
	if len(sheets) == 0 {
		return &table{}, nil
	}
	sheet := sheets[0]
	rows, err := x.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	t := &table{rows: rows, serialDates: true, formula: formulaOf(x, sheet, formulas)}
	return t, nil
}
