package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bidirectional controls and other invisible formatting characters in
// names, notes and file names reach no output, in any command or format:
// "Bureau <RLO>exe.txt" would display as "Bureau txt.exe".
func TestInvisibleFormattingNeverReachesAnOutput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	content := "scorecard: 1\nframework: effective-inclusion\npractice:\n" +
		"  name: \"Name Bureau \\u202Eexe.txt\"\n  organisation: \"\\u2066SDA\\u2069\\u200B\"\n" +
		"checklist:\n  KA1-01: {answer: yes, note: \"\\u202Bfine\\u202C\\uFEFF\"}\n"
	// Raters without names are named after their files.
	evil := filepath.Join(dir, "ana\u202Eyaml.gnp.yaml")
	good := filepath.Join(dir, "boris\u200F.yaml")
	for _, path := range []string{evil, good} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	merged := filepath.Join(dir, "merged.yaml")
	f, _ := testFactory(t, "", nil)
	for _, args := range [][]string{
		{"score", evil, good},
		{"score", "--format", "json", evil, good},
		{"score", "--format", "csv", evil, good},
		{"validate", evil, good},
		{"report", evil},
		{"compare", evil, good},
		{"compare", "--format", "md", evil, good},
		{"compare", "--format", "csv", evil, good},
		{"compare", "--format", "json", evil, good},
		{"merge", evil, good, "-o", "-"},
		{"merge", evil, good, "-o", merged},
		{"score", filepath.Join(dir, "missing\u2067.yaml")},
	} {
		stdout, stderr, _ := run(t, f, args...)
		for _, s := range []string{stdout, stderr} {
			if i := strings.IndexAny(s, "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200E\u200F\uFEFF"); i >= 0 {
				t.Errorf("scorecard %v printed an invisible formatting character:\n%q", args[:2], s)
			}
		}
	}
	b, err := os.ReadFile(merged)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(string(b), "\u202A\u202B\u202C\u202D\u202E\u2066\u2069\u200B\u200F\uFEFF") {
		t.Errorf("the merged file holds an invisible formatting character:\n%s", b)
	}
	if !strings.Contains(string(b), "Name Bureau exe.txt") || !strings.Contains(string(b), "anayaml.gnp") {
		t.Errorf("the merged file lacks the cleaned practice or rater name:\n%s", b)
	}
}
