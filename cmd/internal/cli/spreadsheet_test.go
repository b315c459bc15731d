package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// score and compare write workbooks: one row per file (an invalid file
// included, with its error) or per score, numbers as numbers.
func TestScoreAndCompareWriteWorkbooks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "=bad.yaml")
	os.WriteFile(bad, []byte("scorecard: 1\nframework: effective-inclusion\npractice: {name: x}\nchecklist: {KA1-01: maybe}\n"), 0o644)
	good := "../../../testdata/answers/complete-local-authority.yaml"
	f, _ := testFactory(t, "", nil)
	scores := filepath.Join(dir, "scores.xlsx")
	if _, stderr, code := run(t, f, "score", "--format", "xlsx", "-o", scores, good, bad); code != 2 {
		t.Fatalf("score exited %d, want 2 (one file is invalid): %s", code, stderr)
	}
	wb, err := excelize.OpenFile(scores)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	rows, err := wb.GetRows("scores")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1][1] != "Welcome Bureau for third-country nationals" || rows[1][4] != "81.5" {
		t.Errorf("rows %q", rows)
	}
	if last := rows[2][len(rows[2])-1]; rows[2][0] != bad || !strings.Contains(last, `invalid answer "maybe"`) {
		t.Errorf("the invalid file's row is %q", rows[2])
	}

	progress := filepath.Join(dir, "progress.xlsx")
	if _, stderr, code := run(t, f, "compare", "--format", "xlsx", "-o", progress, "../../../testdata/answers/rounds/welcome-bureau-2025.yaml", "../../../testdata/answers/rounds/welcome-bureau-2026.yaml"); code != 0 {
		t.Fatalf("compare: %s", stderr)
	}
	wb2, err := excelize.OpenFile(progress)
	if err != nil {
		t.Fatal(err)
	}
	defer wb2.Close()
	rows, _ = wb2.GetRows("compare")
	if len(rows) < 2 || rows[0][0] != "id" || rows[1][0] != "checklist" || len(rows[0]) != 5 {
		t.Errorf("compare rows %q", rows)
	}
}

// A workbook is not sent to a terminal; to a pipe or a file it is.
func TestWorkbookNotToATerminal(t *testing.T) {
	t.Parallel()
	f, io := testFactory(t, "", nil)
	io.SetTTY(false, true, false)
	_, stderr, code := run(t, f, "score", "--format", "xlsx", "../../../testdata/answers/spec-example.yaml")
	if code != 2 || !strings.Contains(stderr, "add -o scores.xlsx, or redirect the output to a file") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// hostileFile writes an answer file whose practice, organisation and file
// name are formulas.
func hostileFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "=1+1.yaml")
	body := "scorecard: 1\nframework: effective-inclusion\npractice:\n  name: \"=cmd|'/C calc'!A0\"\n  organisation: \"@SUM(1+1)\"\n  assessed_on: \"2026-11-20\"\nchecklist:\n  KA1-01: \"yes\"\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// CSV from score and compare (--items too), with hostile names: every
// such cell starts with a ', --bom puts the mark first, -o writes the
// file and never over another without --force.
func TestCSVDefusedInEveryCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := hostileFile(t, dir)
	good := "../../../testdata/answers/spec-example.yaml"
	// An action plan whose owner and note a spreadsheet would run.
	plan := filepath.Join(dir, "plan.yaml")
	body := "plan: 1\nframework: effective-inclusion\npractice: \"=cmd|'/C calc'!A0\"\nassessment: \"=1+1.yaml\"\nactions:\n  - items: [KA1-02]\n    action: \"-1+1 Look out for new problems\"\n    owner: \"=cmd|'/C calc'!A0\"\n    note: \"@SUM(1+1)\"\n"
	if err := os.WriteFile(plan, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _ := testFactory(t, "", nil)
	for _, args := range [][]string{
		{"score", "--format", "csv", good, bad},
		{"compare", "--format", "csv", good, bad},
		{"compare", "--items", "--format", "csv", good, bad},
		{"plan", "show", "--format", "csv", plan},
	} {
		stdout, stderr, code := run(t, f, args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		for _, hostile := range []string{"=cmd", "=1+1", "@SUM", "-1+1"} {
			if strings.Contains(stdout, ","+hostile) || strings.HasPrefix(stdout, hostile) || strings.Contains(stdout, "\n"+hostile) {
				t.Errorf("%q: a cell starts with %q:\n%s", args, hostile, stdout)
			}
		}
		if !strings.Contains(stdout, "'=cmd|'/C calc'!A0") {
			t.Errorf("%q: the practice's name is missing:\n%s", args, stdout)
		}
	}
	out := filepath.Join(dir, "scores.csv")
	if _, stderr, code := run(t, f, "score", "--format", "csv", "--bom", "-o", out, good); code != 0 {
		t.Fatalf("score -o: %s", stderr)
	}
	if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "\ufefffile,name,") {
		t.Errorf("no byte-order mark before the header: %q", b[:min(len(b), 20)])
	}
	for _, args := range [][]string{
		{"compare", "--format", "csv", "--bom", good, bad},
		{"compare", "--items", "--format", "csv", "--bom", good, bad},
		{"plan", "show", "--format", "csv", "--bom", plan},
	} {
		if stdout, stderr, code := run(t, f, args...); code != 0 || !strings.HasPrefix(stdout, "\ufeff") || strings.Count(stdout, "\ufeff") != 1 {
			t.Errorf("%q: exit %d, output starts %q: %s", args, code, stdout[:min(len(stdout), 20)], stderr)
		}
	}
	if _, stderr, code := run(t, f, "plan", "show", "--bom", plan); code != 2 || !strings.Contains(stderr, "--bom is for --format csv") {
		t.Errorf("plan show --bom with text: exit %d: %s", code, stderr)
	}

	// In a workbook, text cells are text: the hostile name is kept as it
	// is (no ' needed), and no cell is a formula.
	for _, args := range [][]string{
		{"score", "--format", "xlsx", good, bad},
		{"compare", "--format", "xlsx", good, bad},
		{"compare", "--items", "--format", "xlsx", good, bad},
	} {
		out := filepath.Join(t.TempDir(), "out.xlsx")
		if _, stderr, code := run(t, f, append(args, "-o", out)...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		wb, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		sheetName := wb.GetSheetList()[0]
		rows, _ := wb.GetRows(sheetName)
		found := false
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := wb.GetCellFormula(sheetName, cell); formula != "" {
					t.Errorf("%q: %s is a formula: %s", args, cell, formula)
				}
				found = found || v == "=cmd|'/C calc'!A0"
			}
		}
		if !found {
			t.Errorf("%q: the practice's name is missing: %q", args, rows)
		}
		wb.Close()
	}
	if _, stderr, code := run(t, f, "score", "--format", "csv", "-o", out, good); code != 2 || !strings.Contains(stderr, "already exists; use --force") {
		t.Errorf("an existing file: exit %d: %s", code, stderr)
	}
	if _, stderr, code := run(t, f, "score", "--format", "json", "--bom", good); code != 2 || !strings.Contains(stderr, "--bom is for --format csv") {
		t.Errorf("--bom with json: exit %d: %s", code, stderr)
	}
}
