package cli

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// Every command's --help in Lithuanian: its description, headings and
// flags in Lithuanian (none of the English help left), the flags' usages
// in one column however their values are named, and English help as
// cobra writes it.
func TestHelpInLithuanian(t *testing.T) {
	t.Parallel()
	lt, err := locale.New("lt")
	if err != nil {
		t.Fatal(err)
	}
	io, _, _ := ui.Test("", nil)
	root := NewCmdRoot(NewFactory(io, time.Now))
	var paths [][]string
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		// cobra's own completion scripts keep its English instructions.
		if c.Name() == "completion" || c.IsAdditionalHelpTopicCommand() || c.Hidden {
			return
		}
		paths = append(paths, strings.Fields(c.CommandPath())[1:])
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if len(paths) < 15 {
		t.Fatalf("only %d commands found", len(paths))
	}
	for _, path := range paths {
		name := strings.Join(append([]string{"scorecard"}, path...), " ")
		f, out, errOut := assessFactory(t, strings.NewReader(""), map[string]string{"NO_COLOR": "1", "LANG": "lt_LT.UTF-8"})
		if code := Run(context.Background(), f, append(path, "--help")); code != 0 {
			t.Errorf("%s --help: exit %d\n%s", name, code, errOut)
			continue
		}
		help := out.String()
		cmd, _, err := root.Find(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, english := range []string{cmd.Short, firstLine(cmd.Long), "Usage:", "Flags:", "Global Flags:", "help for "} {
			if english != "" && strings.Contains(help, english) && lt.Text(english) != english {
				t.Errorf("%s --help in Lithuanian still says %q:\n%s", name, english, help)
			}
		}
		if !strings.Contains(help, "\n\n"+lt.Sprintf("Usage:")+"\n  scorecard") {
			t.Errorf("%s --help: no %q heading:\n%s", name, lt.Sprintf("Usage:"), help)
		}
		// The usages of each flag list start in one column.
		for _, block := range strings.Split(help, "\n\n") {
			lines := strings.Split(block, "\n")
			if len(lines) < 3 || (lines[0] != lt.Sprintf("Flags:") && lines[0] != lt.Sprintf("Global Flags:")) {
				continue
			}
			col := -1
			for _, l := range lines[1:] {
				if strings.TrimSpace(l) == "" {
					continue
				}
				at := usageColumn(l)
				if col < 0 {
					col = at
				}
				if at != col {
					t.Errorf("%s --help: the flags' usages do not line up:\n%s", name, block)
					break
				}
			}
		}
	}

	// English stays cobra's help, word for word.
	f, out, _ := assessFactory(t, strings.NewReader(""), map[string]string{"NO_COLOR": "1", "LANG": "C.UTF-8"})
	if code := Run(context.Background(), f, []string{"score", "--help"}); code != 0 {
		t.Fatalf("score --help: exit %d", code)
	}
	score, _, _ := root.Find([]string{"score"})
	if !strings.HasPrefix(out.String(), strings.TrimSpace(score.Long)) || !strings.Contains(out.String(), "\nUsage:\n  scorecard score") || !strings.Contains(out.String(), "\nFlags:\n") {
		t.Errorf("English help is not cobra's:\n%s", out)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// usageColumn is the display column where a flag's usage starts: after
// the flag and its value's name, and the run of spaces that aligns it.
func usageColumn(line string) int {
	rest := strings.TrimLeft(line, " ")
	// -o, --output path   usage…
	gap := strings.Index(rest, "   ")
	if gap < 0 {
		return -1
	}
	head := line[:len(line)-len(rest)+gap]
	tail := strings.TrimLeft(line[len(head):], " ")
	return ansi.StringWidth(line) - ansi.StringWidth(tail)
}
