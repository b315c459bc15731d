package report

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/report/actionplan"
)

// needTool returns the path of an external test tool. Without it the test
// is skipped on a developer's machine and fails in CI, which installs it
// (.ci/run).
func needTool(t *testing.T, what string, paths ...string) string {
	t.Helper()
	for _, p := range paths {
		if filepath.IsAbs(p) || filepath.Dir(p) != "." {
			if _, err := os.Stat(p); err == nil {
				return p
			}
			continue
		}
		if full, err := exec.LookPath(p); err == nil {
			return full
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing; .ci/run installs it", what)
	}
	t.Skipf("%s is missing (.ci/run installs it; in CI this test fails instead)", what)
	return ""
}

// The HTML report is the accessible form of the report: axe-core, run in
// headless Chromium, finds no violation of the WCAG 2.1 A and AA rules on
// a complete, a partial, a baseline and a hostile-text report (and on
// names in four scripts, a merged file with points to discuss, one with
// perspectives, a round with its action plan, and the short report).
func TestHTMLHasNoAccessibilityViolations(t *testing.T) {
	chromium := needTool(t, "chromium", "chromium", "chromium-browser")
	axe := needTool(t, "the axe-core npm package", filepath.Join("..", ".cache", "node", "node_modules", "axe-core", "axe.min.js"))
	axeJS, err := os.ReadFile(axe)
	if err != nil {
		t.Fatal(err)
	}
	hostile := load(t, "markdown-injection.yaml")
	rtl := load(t, "complete-rtl-names.yaml")
	hostile.Practice.Assessors = append(hostile.Practice.Assessors, rtl.Practice.Assessors...)
	hostile.Notes["KA2"] = rtl.Notes["KA1"] + "\n\u202Eevil.exe 🌍 <b>x</b>"
	plan, round := planView(t, true)
	cases := []struct {
		name           string
		file, baseline *checklist.AnswerFile
		plan           *actionplan.View
		summary        bool
	}{
		{"complete", load(t, "complete-local-authority.yaml"), nil, nil, false},
		{"partial", load(t, "partial-two-areas.yaml"), nil, nil, false},
		{"baseline", load(t, "rounds/welcome-bureau-2026.yaml"), load(t, "rounds/welcome-bureau-2025.yaml"), nil, false},
		{"hostile text", hostile, nil, nil, false},
		{"names in four scripts", rtl, nil, nil, false},
		{"merged, with points to discuss", load(t, "merged-workshop.yaml"), nil, nil, false},
		{"merged, with perspectives", load(t, "merged-perspectives.yaml"), nil, nil, false},
		{"with an action plan", round, nil, plan, false},
		{"don't know, to find out", load(t, "dont-know.yaml"), nil, nil, false},
		{"short report with a baseline and a plan", round, load(t, "rounds/welcome-bureau-2026.yaml"), plan, true},
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "axe.min.js"), axeJS, 0o644); err != nil {
		t.Fatal(err)
	}
	attr := regexp.MustCompile(`data-axe="([^"]*)"`)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // each case is its own Chromium
			rep, err := Build(c.file, "x.yaml", c.baseline, Options{Plan: c.plan, Summary: c.summary})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := rep.WriteHTML(context.Background(), &b); err != nil {
				t.Fatal(err)
			}
			page := bytes.Replace(b.Bytes(), []byte("</body>"), []byte(axeRunner+"</body>"), 1)
			path := filepath.Join(dir, c.name+".html")
			if err := os.WriteFile(path, page, 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			out, err := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--virtual-time-budget=30000", "--dump-dom", "file://"+path).Output()
			if err != nil {
				t.Fatalf("chromium: %v", err)
			}
			m := attr.FindSubmatch(out)
			if m == nil {
				t.Fatalf("axe-core did not report (no data-axe attribute in the page Chromium rendered)")
			}
			var violations []struct {
				ID    string   `json:"id"`
				Help  string   `json:"help"`
				Nodes []string `json:"nodes"`
			}
			if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &violations); err != nil {
				t.Fatalf("axe-core's report: %v", err)
			}
			for _, v := range violations {
				t.Errorf("%s (%s): %v", v.ID, v.Help, v.Nodes)
			}
		})
	}
}

// axeRunner runs axe-core with the WCAG 2.0 and 2.1 A and AA rules and
// writes the violations into an attribute of the page, which Chromium's
// --dump-dom then prints.
const axeRunner = `<script src="axe.min.js"></script>
<script>
axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(function (r) {
  document.documentElement.setAttribute("data-axe", JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(" "); })};
  })));
}, function (e) { document.documentElement.setAttribute("data-axe", JSON.stringify([{id: "axe-error", help: String(e), nodes: []}])); });
</script>
`
