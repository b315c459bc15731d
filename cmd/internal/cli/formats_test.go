package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// Every format that completion and 'scorecard help formats' offer is one
// the command accepts; an unknown one is refused, naming the formats.
func TestFormatsAreAccepted(t *testing.T) {
	t.Parallel()
	answers := "../../../testdata/answers/"
	args := map[string][]string{
		"scorecard score":            {"score", answers + "complete-business.yaml"},
		"scorecard compare":          {"compare", answers + "rounds/welcome-bureau-2025.yaml", answers + "rounds/welcome-bureau-2026.yaml"},
		"scorecard report":           {"report", answers + "complete-business.yaml"},
		"scorecard template":         {"template"},
		"scorecard framework export": {"framework", "export"},
		"scorecard plan show":        {"plan", "show", "../../../testdata/plans/plan.yaml"},
	}
	for path, formats := range outputFormats {
		base, ok := args[path]
		if !ok {
			t.Errorf("no test arguments for %s", path)
			continue
		}
		for _, ft := range formats {
			t.Run(strings.TrimPrefix(path, "scorecard ")+"/"+ft.Name, func(t *testing.T) {
				t.Parallel()
				f, _ := testFactory(t, "", nil)
				out := filepath.Join(t.TempDir(), "out."+ft.Name)
				_, stderr, code := run(t, f, append(base, "--format", ft.Name, "-o", out)...)
				if code != 0 {
					t.Errorf("exit %d: %s", code, stderr)
				}
			})
		}
		t.Run(strings.TrimPrefix(path, "scorecard ")+"/unknown", func(t *testing.T) {
			t.Parallel()
			f, _ := testFactory(t, "", nil)
			_, stderr, code := run(t, f, append(base, "--format", "docx")...)
			if code != 2 || !strings.Contains(stderr, `"docx"`) {
				t.Errorf("exit %d: %s", code, stderr)
			}
		})
	}
}
