package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
)

// yamlLanguageServer finds node and yaml-language-server (installed by
// .ci/run into the repository's .cache/node). Without them the test is
// skipped, except in CI, where it fails.
func yamlLanguageServer(t *testing.T) (node, server string) {
	t.Helper()
	server, _ = filepath.Abs("../../../.cache/node/node_modules/yaml-language-server/bin/yaml-language-server")
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(server)
	}
	if err != nil {
		msg := "needs node and yaml-language-server: npm install --no-save --prefix .cache/node yaml-language-server@2.0.0 (" + err.Error() + ")"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return node, server
}

type probeResult struct {
	Diagnostics []struct {
		Line    int
		Message string
	}
	Hovers      []*string
	Completions [][]struct{ Label, InsertText, Documentation string }
}

// The schema as an editor shows it: yaml-language-server, the engine of
// VS Code's YAML extension and of other editors, opens an answer file
// with the modeline that 'template --schema' writes; hover, completion
// and the problems it flags are what a person sees.
func TestSchemaInAnEditor(t *testing.T) {
	t.Parallel()
	node, server := yamlLanguageServer(t)
	dir := t.TempDir()
	f, _ := testFactory(t, "", nil)
	if _, stderr, code := run(t, f, "schema", "-o", filepath.Join(dir, "scorecard.schema.json")); code != 0 {
		t.Fatalf("schema: %s", stderr)
	}
	lines := []string{
		"# yaml-language-server: $schema=./scorecard.schema.json", // 0
		"scorecard: 1",
		"framework: effective-inclusion",
		"practice:",
		"  name: Welcome Bureau",
		"  assessed_on: 2026-02-30", // 5: no such date
		"  refugees_involved: true",
		"checklist:",
		`  KA1-01: "yes"`,                     // 8
		"  KA1-02: maybe",                     // 9: invalid
		"  KA1-03: yEs",                       // 10: any case
		"  KA1-04: N/A",                       // 11
		"  KA1-05: {answer: partly, note: x}", // 12
		"  KA1-06: {note: forgot the answer}", // 13: invalid
		"  KA1-07: ",                          // 14: to complete
		"  KA1-08: true",                      // 15: invalid
		"perspective: ",                       // 16: to complete
		"scope:",
		"  key_areas: [KA1, KA9]", // 18: no KA9
		"source:",
		"  submission: 0b5f1ad6-0001",
		"disagreements:",
		"  KA1-01:",
		`    - {rater: Ana, answer: "yes"}`,
		"    - {rater: Boris, answer: maybe}", // 24: invalid
		"",
	}
	file := filepath.Join(dir, "welcome-bureau.yaml")
	in, _ := json.Marshal(map[string]any{
		"server":      server,
		"file":        file,
		"text":        strings.Join(lines, "\n"),
		"hovers":      [][2]int{{8, 4}, {8, 11}, {12, 21}, {16, 3}, {22, 4}},
		"completions": [][2]int{{14, 10}, {16, 13}},
	})
	cmd := exec.Command(node, "../../../testdata/yamlls/probe.mjs")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("probe: %v\n%s", err, stderr.String())
	}
	var got probeResult
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("probe printed %s: %v", out, err)
	}

	// Problems: exactly on the invalid lines, saying what is allowed.
	flagged := map[int]string{}
	for _, d := range got.Diagnostics {
		flagged[d.Line] = d.Message
	}
	for line, want := range map[int]string{
		5:  "Write a date that exists, as YYYY-MM-DD",
		9:  "Answer yes, partly, no, na or unknown (in any case)",
		13: `Missing property "answer"`,
		15: "Answer yes, partly, no, na or unknown (in any case)",
		18: `Valid values: "KA1", "KA2"`,
		24: "Answer yes, partly, no, na or unknown (in any case)",
	} {
		if !strings.Contains(flagged[line], want) {
			t.Errorf("line %d (%s): flagged %q, want %q", line+1, strings.TrimSpace(lines[line]), flagged[line], want)
		}
		delete(flagged, line)
	}
	for line, msg := range flagged {
		t.Errorf("line %d (%s) is valid but flagged: %s", line+1, strings.TrimSpace(lines[line]), msg)
	}

	// Hover over an item's id or its answer: the question and its help.
	fw, _ := f.Framework("")
	item := fw.Item("KA1-01")
	for i, h := range got.Hovers[:2] {
		if h == nil || !strings.HasPrefix(*h, "#### KA1-01\n") || !strings.Contains(*h, item.Question) || !strings.Contains(*h, item.Help) {
			t.Errorf("hover %d on KA1-01 shows %v, want its id, question and help", i, deref(h))
		}
	}
	if h := got.Hovers[2]; h == nil || !strings.HasPrefix(*h, "#### Answer") {
		t.Errorf("hover on an answer inside a mapping shows %v", deref(h))
	}
	if h := got.Hovers[3]; h == nil || !strings.HasPrefix(*h, "#### Perspective\n") || !strings.Contains(*h, "refugee (a refugee") {
		t.Errorf("hover on perspective shows %v, want its values and their meanings", deref(h))
	}
	if h := got.Hovers[4]; h == nil || !strings.HasPrefix(*h, "#### KA1-01\n") || !strings.Contains(*h, item.Question) {
		t.Errorf("hover on an item id under disagreements shows %v, want its question", deref(h))
	}

	// Completing an answer offers the four values, each with its meaning,
	// written quoted.
	var labels []string
	for _, c := range got.Completions[0] {
		labels = append(labels, c.Label)
		i := slices.IndexFunc(fw.Scale, func(s *checklist.ScaleValue) bool { return s.Value == c.Label })
		if i < 0 {
			continue
		}
		if !strings.Contains(c.Documentation, fw.Scale[i].Meaning) || c.InsertText != `"`+c.Label+`"` {
			t.Errorf("completion %s: documentation %q, inserts %q", c.Label, c.Documentation, c.InsertText)
		}
	}
	if want := []string{"yes", "partly", "no", "na", "unknown"}; !slices.Equal(labels, want) {
		t.Errorf("completing an answer offers %q, want %q", labels, want)
	}

	// Completing a perspective offers the six points of view, each with
	// its meaning, and not "null".
	labels = nil
	for _, c := range got.Completions[1] {
		labels = append(labels, c.Label)
		if c.Documentation == "" {
			t.Errorf("perspective %s has no meaning", c.Label)
		}
	}
	if want := checklist.PerspectiveValues(); !slices.Equal(labels, want) {
		t.Errorf("completing a perspective offers %q, want %q", labels, want)
	}
}

func deref(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}
