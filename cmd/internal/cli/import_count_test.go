package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// import counts what could not be imported by rows (and worksheets), not
// by problems: a row with three mistakes is one row not imported, and
// each mistake is said.
func TestImportCountsFailedRows(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	csv := filepath.Join(dir, "kobo.csv")
	body := "practice/practice_name;practice/assessed_on;KA1/KA1-01;KA1/KA1-02\nWelcome Bureau;20/11/2026;maybe;perhaps\nWelcome Bureau;2026-11-20;yes;no\n"
	if err := os.WriteFile(csv, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _ := testFactory(t, "", nil)
	stdout, stderr, code := run(t, f, "import", csv, "-o", filepath.Join(dir, "out"))
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if n := strings.Count(stderr, "kobo.csv:2:"); n != 3 {
		t.Errorf("%d problems said for row 2, want 3:\n%s", n, stderr)
	}
	if !strings.Contains(stdout, "Imported 1 submission into ") || !strings.Contains(stdout, " 1 row or file could not be imported") {
		t.Errorf("summary:\n%s", stdout)
	}
}
