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
