package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/report/sheet"
	"github.com/inclusion-tools/scorecard/scoring"
	"github.com/xuri/excelize/v2"
)

// hostile loads an answer file whose practice and organisation are
// formulas, as a file named like a formula.
func hostile(t *testing.T) (*checklist.AnswerFile, *scoring.Result) {
	t.Helper()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	body := `scorecard: 1
framework: effective-inclusion
practice:
  name: "=cmd|'/C calc'!A0"
  organisation: "@SUM(1+1)*cmd|'/C calc'!A0"
  assessed_on: "2026-11-20"
checklist:
  KA1-01: "yes"
  KA1-02: "partly"
`
	af, err := checklist.LoadAnswers("=1+1.yaml", []byte(body), func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af, scoring.Evaluate(af, scoring.Options{})
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, b)
	}
	return rows
}

// A file name and names that are formulas come out as text; the scores
// as numbers with a decimal point.
func TestScoreCSVDefusesHostileCells(t *testing.T) {
	t.Parallel()
	af, r := hostile(t)
	rows := readCSV(t, append(sheet.EncodeCSVRow(anyCells(ScoreHeader(af.Framework))), sheet.EncodeCSVRow(ScoreRow("=1+1.yaml", af, r))...))
	header, row := rows[0], rows[1]
	got := map[string]string{}
	for i, h := range header {
		got[h] = row[i]
	}
	want := map[string]string{
		"file":          "'=1+1.yaml",
		"name":          "'=cmd|'/C calc'!A0",
		"organisation":  "'@SUM(1+1)*cmd|'/C calc'!A0",
		"assessed_on":   "2026-11-20",
		"checklist":     "75.0",
		"KA1":           "75.0",
		"KA2":           "",
		"good_practice": "false",
		"complete":      "false",
		"error":         "",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	errRow := readCSV(t, sheet.EncodeCSVRow(ScoreErrorRow(af.Framework, "-x.yaml", "-x.yaml:1:1: =bad")))[0]
	if errRow[0] != "'-x.yaml" || errRow[len(errRow)-1] != "'-x.yaml:1:1: =bad" || len(errRow) != len(header) {
		t.Errorf("error row %q", errRow)
	}
}

func anyCells(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Compare's CSV: practices named like formulas become column headers as
// text; changes stay numbers, negative ones too; --bom puts the mark
// first.
func TestCompareCSVDefusesHostileCells(t *testing.T) {
	t.Parallel()
	a, _ := hostile(t)
	b, _ := hostile(t)
	b.Practice.Name = "+cmd|' /C notepad'!'B1'"
	b.Answers["KA1-01"] = checklist.Answer{Value: "no"}
	c, err := Compare([]*checklist.AnswerFile{a, b}, []string{"=1+1.yaml", "@2.yaml"}, scoring.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := c.WriteCSV(&out, true); err != nil {
		t.Fatal(err)
	}
	s, ok := strings.CutPrefix(out.String(), "\ufeff")
	if !ok {
		t.Fatalf("no byte-order mark: %q", out.String()[:10])
	}
	rows := readCSV(t, []byte(s))
	if diff := cmp.Diff([]string{"id", "measure", "'=cmd|'/C calc'!A0", "'+cmd|' /C notepad'!'B1'", "change +cmd|' /C notepad'!'B1'"}, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	for _, r := range rows[1:] {
		if r[0] == "KA1" && (r[2] != "75.0" || r[3] != "25.0" || r[4] != "-50.0") {
			t.Errorf("KA1 row %q, want 75.0, 25.0, -50.0", r)
		}
	}
	if rows[1][0] != "checklist" {
		t.Errorf("first row %q, want the checklist score", rows[1])
	}
}

// The workbook: a bold header row, frozen panes, scores as numbers,
// booleans as booleans, nothing as empty cells, and names that look like
// formulas as plain text.
func TestScoreXLSX(t *testing.T) {
	t.Parallel()
	af, r := hostile(t)
	table := sheet.Table{Sheet: "scores", Header: ScoreHeader(af.Framework), Rows: [][]any{ScoreRow("=1+1.yaml", af, r)}}
	var b bytes.Buffer
	if err := table.WriteXLSX(&b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	defer f.Close()
	cell := func(name string) (string, excelize.CellType, string) {
		t.Helper()
		v, err := f.GetCellValue("scores", name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		typ, _ := f.GetCellType("scores", name)
		formula, _ := f.GetCellFormula("scores", name)
		return v, typ, formula
	}
	for name, want := range map[string]struct {
		value string
		typ   excelize.CellType
	}{
		"A1": {"file", excelize.CellTypeInlineString},
		"A2": {"=1+1.yaml", excelize.CellTypeInlineString},
		"B2": {"=cmd|'/C calc'!A0", excelize.CellTypeInlineString},
		"C2": {"@SUM(1+1)*cmd|'/C calc'!A0", excelize.CellTypeInlineString},
		"E2": {"75", excelize.CellTypeUnset}, // a number: no type attribute
		"G2": {"", excelize.CellTypeUnset},
		"S2": {"0", excelize.CellTypeBool},
	} {
		v, typ, formula := cell(name)
		if formula != "" {
			t.Errorf("%s holds a formula: %q", name, formula)
		}
		if v != want.value || typ != want.typ {
			t.Errorf("%s = %q (type %v), want %q (type %v)", name, v, typ, want.value, want.typ)
		}
	}
	if h, _ := f.GetCellValue("scores", "S1"); h != "good_practice" {
		t.Errorf("S1 = %q, want the good_practice column", h)
	}
	panes, err := f.GetPanes("scores")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v (%v): want the header row frozen", panes, err)
	}
	style, _ := f.GetCellStyle("scores", "A1")
	if s, _ := f.GetStyle(style); s == nil || s.Font == nil || !s.Font.Bold {
		t.Error("the header row is not bold")
	}
}
