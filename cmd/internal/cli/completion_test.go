package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// complete asks for completions as the shells do, through cobra's hidden
// __complete command, and returns the lines it prints: the completions,
// then ":" and the directive.
func complete(t *testing.T, args ...string) []string {
	t.Helper()
	f, _ := testFactory(t, "", nil)
	stdout, stderr, code := run(t, f, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %q: exit %d: %s", args, code, stderr)
	}
	return strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
}

// The values each flag and argument completes to. Each want is a line
// that must be there (a prefix up to the tab, or the whole line); each
// unwanted one a prefix that must not. The directive is the last line:
// 4 no file completion, 32 keep the order, 2 no space, 8 files with these
// extensions.
func TestCompletions(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "frameworks"), 0o755)
	os.WriteFile(filepath.Join(dir, "frameworks", "mine.yaml"), []byte("id: mine\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "frameworks", "notes.txt"), []byte("notes\n"), 0o644)
	for _, tc := range []struct {
		args         []string
		want, unwant []string
	}{
		{[]string{"score", "--format", ""}, []string{"text\t", "json\t", "csv\t", "xlsx\t", ":36"}, nil},
		{[]string{"compare", "--format", ""}, []string{"md\t", "xlsx\t"}, nil},
		{[]string{"template", "--format", ""}, []string{"yaml\t", "xlsx\t"}, nil},
		{[]string{"framework", "export", "--format", ""}, []string{"yaml\t", "json\t", "md\t", "xlsform\t", "xform\t", ":36"}, nil},
		{[]string{"plan", "show", "x.yaml", "--format", ""}, []string{"text\t", "md\t", "csv\t", "json\t"}, nil},
		{[]string{"report", "--format", ""}, []string{"md\t", "html\t", "pdf\t", ":36"}, nil},
		{[]string{"compare", "--items", "--format", ""}, []string{"text\t", "csv\t", "xlsx\t"}, nil},
		// framework export --lang: the built-in translations' languages
		// and the interface's; any other code may be typed
		{[]string{"framework", "export", "--lang", ""}, []string{"lt\tbuilt-in translation of effective-inclusion", ":4"}, []string{"en"}},
		{[]string{"framework", "export", "--framework", "involvement", "--lang", "l"}, []string{"lt\tbuilt-in translation of involvement"}, []string{"en"}},
		{[]string{"framework", "export", "--framework", "../../../testdata/frameworks/mini.yaml", "--lang", ""}, []string{"en\tEnglish"}, []string{"pl"}},
		// --translation (every command), plan files, and the files import reads
		{[]string{"--translation", ""}, []string{"yaml", "yml", ":8"}, nil},
		{[]string{"report", "--translation", ""}, []string{"yaml", ":8"}, nil},
		{[]string{"plan", ""}, []string{"show\t", "yaml", ":8"}, nil},
		{[]string{"plan", "show", ""}, []string{"yaml", ":8"}, nil},
		{[]string{"plan", "show", "x.yaml", ""}, []string{":4"}, nil},
		{[]string{"plan", "show", "--round", ""}, []string{"yaml", ":8"}, nil},
		{[]string{"import", ""}, []string{"csv", "xlsx", ":8"}, []string{"yaml"}},
		// numbers: no values, and no file names
		{[]string{"score", "--min-checklist", ""}, []string{":4"}, nil},
		{[]string{"score", "--overall-threshold", ""}, []string{":4"}, nil},
		// the glossary and its terms
		{[]string{"framework", "show", "gl"}, []string{"glossary\t"}, nil},
		{[]string{"framework", "show", "asylum"}, []string{"asylum-seeker\tAsylum-seeker"}, nil},
		// ids in the case typed, and every kind of id
		{[]string{"framework", "show", "ka4-la"}, []string{"ka4-la1\t"}, []string{"KA4"}},
		{[]string{"framework", "show", "D1-Q"}, []string{"D1-Q1\t"}, nil},
		{[]string{"framework", "show", "O"}, []string{"OC\t", "OC-13\t"}, nil},
		{[]string{"framework", "show", "--framework", "involvement", "r"}, []string{"route\t"}, nil},
		{[]string{"framework", "show", "KA1", ""}, []string{":4"}, []string{"KA"}},
		// organisation types, key areas (a list: no space after), sections
		{[]string{"template", "--type", ""}, []string{"local-authority\tLocal authority: ", "business\t"}, nil},
		{[]string{"template", "--framework", "involvement", "--areas", ""}, []string{"IN1\t"}, []string{"KA1"}},
		{[]string{"assess", "--areas", ""}, []string{"KA1\tHave clarity", ":38"}, nil},
		// After a comma, no descriptions: cobra's bash script escapes the
		// comma with printf %q and would then match none of them.
		{[]string{"assess", "--areas", "KA1,K"}, []string{"KA1,KA2", ":38"}, []string{"KA1,KA1", "KA1,KA2\t"}},
		{[]string{"template", "--sections", "checklist,q"}, []string{"checklist,quick_scan"}, nil},
		// frameworks: built-in ids, framework files and folders
		{[]string{"score", "--framework", ""}, []string{"effective-inclusion\tbuilt-in framework ", "involvement\t"}, nil},
		{[]string{"score", "--framework", filepath.Join(dir, "frameworks") + "/"}, []string{filepath.Join(dir, "frameworks", "mine.yaml")}, []string{filepath.Join(dir, "frameworks", "notes.txt")}},
		{[]string{"--lang", ""}, []string{"en\tEnglish", ":4"}, nil},
		// files: the shell completes those with these extensions
		{[]string{"score", ""}, []string{"yaml", "yml", ":8"}, nil},
		{[]string{"schema", ""}, []string{":4"}, nil},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			t.Parallel()
			got := complete(t, tc.args...)
			// A line is wanted as it is, or as a value with any
			// description, or up to the start of its description.
			has := func(want string) bool {
				for _, line := range got {
					if line == want || strings.HasPrefix(line, want+"\t") || strings.Contains(want, "\t") && strings.HasPrefix(line, want) {
						return true
					}
				}
				return false
			}
			for _, w := range tc.want {
				if !has(w) {
					t.Errorf("lacks %q:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, u := range tc.unwant {
				for _, line := range got {
					if strings.HasPrefix(line, u) {
						t.Errorf("offers %q:\n%s", line, strings.Join(got, "\n"))
						break
					}
				}
			}
		})
	}
}

// The help topics are there, and the root's help lists them.
func TestHelpTopics(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	for topic, want := range map[string]string{"exit-codes": "130  interrupted", "environment": "NO_COLOR", "formats": "xlsx"} {
		if stdout, _, code := run(t, f, "help", topic); code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("help %s: exit %d, lacks %q:\n%s", topic, code, want, stdout)
		}
	}
	if stdout, _, _ := run(t, f, "--help"); !strings.Contains(stdout, "Additional help topics:") {
		t.Errorf("the help does not list the topics:\n%s", stdout)
	}
}
