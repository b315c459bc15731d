package cli

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
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

// Every command with a --format flag has its formats in the table that
// completion and 'scorecard help formats' read, and the formats its
// usage line names ("[--format {md|html|pdf}]") are exactly those.
func TestFormatTableIsComplete(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		for _, c := range cmd.Commands() {
			walk(c)
		}
		if cmd.LocalNonPersistentFlags().Lookup("format") == nil {
			return
		}
		path := cmd.CommandPath()
		listed := formatNames(path)
		if len(listed) == 0 {
			t.Errorf("%s has --format, but no formats in outputFormats", path)
			return
		}
		if _, rest, ok := strings.Cut(cmd.Use, "--format {"); ok {
			named, _, _ := strings.Cut(rest, "}")
			if got := strings.Split(named, "|"); !slices.Equal(sorted(got), sorted(listed)) {
				t.Errorf("%s: its usage names the formats %q, outputFormats %q", path, got, listed)
			}
		}
		if topic := formatsHelp(locale.English()); !strings.Contains(topic, "  "+path+"\n") {
			t.Errorf("'scorecard help formats' does not list %s", path)
		}
	}
	walk(NewCmdRoot(f))
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

// Each command's --format help names every format it writes: the usages
// are constants (keys of the message catalogs), so a format added to
// outputFormats must be added to its flag's help too.
func TestFormatFlagsNameEveryFormat(t *testing.T) {
	t.Parallel()
	io, _, _ := ui.Test("", nil)
	root := NewCmdRoot(NewFactory(io, time.Now))
	for path, formats := range outputFormats {
		cmd, _, err := root.Find(strings.Fields(path)[1:])
		if err != nil {
			t.Fatal(err)
		}
		fl := cmd.Flags().Lookup("format")
		if fl == nil {
			t.Errorf("%s has no --format", path)
			continue
		}
		for _, ft := range formats {
			if !strings.Contains(fl.Usage, " "+ft.Name+",") && !strings.Contains(fl.Usage, " "+ft.Name+" ") && !strings.HasSuffix(fl.Usage, " "+ft.Name) {
				t.Errorf("%s --format's help %q does not name %s", path, fl.Usage, ft.Name)
			}
		}
	}
}
