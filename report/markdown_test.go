package report

import (
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

func TestMarkdownEscaping(t *testing.T) {
	tests := []struct {
		name, in, want string
		f              func(string) string
	}{
		{"plain", "Welcome Bureau, Gdańsk", "Welcome Bureau, Gdańsk", mdText},
		{"heading", "# Not a heading", `\# Not a heading`, mdPara},
		{"list", "- not a list", `\- not a list`, mdPara},
		{"ordered list", "1. not a list", `1\. not a list`, mdPara},
		{"version is not a list", "1.0.0 is out", `1.0.0 is out`, mdPara},
		{"inline marker", "# mid-line", `# mid-line`, mdText},
		{"emphasis", "*bold* and _it_", `\*bold\* and \_it\_`, mdText},
		{"code", "`rm -rf`", "\\`rm -rf\\`", mdText},
		{"link", "[click](http://x)", `\[click\](http://x)`, mdText},
		{"image", "![x](y)", `!\[x\](y)`, mdText},
		{"html", "<script>alert(1)</script>", `\<script\>alert(1)\</script\>`, mdText},
		{"entity", "A &amp; B &#169; C & D", `A \&amp; B \&#169; C & D`, mdText},
		{"pipe", "a | b", `a \| b`, mdCell},
		{"newline inline", "one\ntwo", "one two", mdText},
		{"block keeps lines", "first\n# second\n\n> third", "first\\\n\\# second\\\n\\> third", mdBlock},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A practice name that starts with "#" stays text in the comparison's
// legend: every place user text enters Markdown goes through the escaper.
func TestCompareLegendEscapesNames(t *testing.T) {
	a, b := load(t, "spec-example.yaml"), load(t, "complete-civil-society.yaml")
	b.Practice.Name = "# Heading 1. - list"
	c, err := Compare([]*checklist.AnswerFile{a, b}, []string{"a.yaml", "b.yaml"}, scoring.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := c.WriteMarkdown(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\n- \\# Heading 1. - list: b.yaml") {
		t.Errorf("legend:\n%s", out.String())
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "- #") || strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "# Practices compared") {
			t.Errorf("a heading from a name: %q", l)
		}
	}
}
