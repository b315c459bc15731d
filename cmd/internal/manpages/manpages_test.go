package manpages

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Every command gets a page in section 1 and every help topic one in
// section 7, with the help text intact: placeholders such as <file> and
// globs such as *.yaml survive the trip through Markdown.
func TestWrite(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	n, err := Write(dir, "v9.9.9", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if n < 17 {
		t.Errorf("wrote %d pages, want at least 17", n)
	}
	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		// Compare text, whatever roff escapes the generator uses.
		return strings.NewReplacer(`\-`, "-", `\&`, "").Replace(string(b))
	}
	for name, want := range map[string][]string{
		"man1/scorecard.1":                {`.TH "SCORECARD" "1" "Nov 2026" "scorecard v9.9.9" "scorecard manual"`, `scorecard-exit-codes(7)`},
		"man1/scorecard-score.1":          {`scorecard score {<file>|<dir>|-}... [flags]`, `*.yaml and *.yml`, `--min-checklist`},
		"man1/scorecard-framework-show.1": {`scorecard framework show <id> [flags]`},
		"man1/scorecard-import.1":         {`scorecard import <file>... -o <dir>`, `KoboToolbox`},
		"man1/scorecard-plan.1":           {`scorecard plan <file>`},
		"man1/scorecard-plan-show.1":      {`scorecard plan show <plan.yaml>`, `--round`, `--bom`},
		"man1/scorecard-report.1":         {`--summary`, `html`},
		"man7/scorecard-exit-codes.7":     {`\fBscorecard help exit-codes\fP`, `129  `, `130  interrupted`, `scorecard(1)`},
		"man7/scorecard-environment.7":    {`NO_COLOR`, `SCORECARD_MAKE_RUN`},
		"man7/scorecard-formats.7":        {`xlsx`, `html`, `xlsform`, `xform`, `plan show`},
	} {
		page := read(name)
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
		if strings.Contains(page, "[flags] [flags]") {
			t.Errorf("%s repeats [flags]", name)
		}
	}
}
