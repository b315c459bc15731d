package report

import (
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

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
