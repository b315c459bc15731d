package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// example is a command of a README section and, for a "$ scorecard …"
// transcript, the lines the README shows it printing.
type example struct {
	command string
	shows   []string // nil for a command of a sh block
}

// examples returns the commands of a README section in order: those of
// its sh blocks (without their comments) and its transcripts.
func examples(t *testing.T, readme, section string) []example {
	t.Helper()
	start := strings.Index(readme, "\n## "+section)
	if start < 0 {
		t.Fatalf("the README has no section %q", section)
	}
	body := readme[start+4:]
	if end := strings.Index(body, "\n## "); end >= 0 {
		body = body[:end]
	}
	var out []example
	var block []string
	inFence, sh := false, false
	for _, l := range strings.Split(body, "\n") {
		if fence := strings.TrimSpace(l); strings.HasPrefix(fence, "```") {
			switch {
			case !inFence:
				sh = fence == "```sh"
			case sh:
				for _, c := range block {
					if c, _, _ = strings.Cut(c, "#"); strings.HasPrefix(c, "scorecard ") {
						out = append(out, example{command: strings.TrimSpace(c)})
					}
				}
			case len(block) > 0 && strings.HasPrefix(block[0], "$ scorecard "):
				out = append(out, example{command: strings.TrimPrefix(block[0], "$ "), shows: block[1:]})
			}
			inFence, block = !inFence, nil
			continue
		}
		if inFence {
			block = append(block, strings.TrimPrefix(l, "   "))
		}
	}
	return out
}

// shows reports whether got prints the lines want shows, in order, where
// a line standing for lines left out ("…", or a table row of "…") may
// stand for any number of lines.
func shows(got string, want []string) (missing string, ok bool) {
	lines := strings.Split(got, "\n")
	i := 0
	for _, w := range want {
		if strings.Trim(w, "│ …") == "" {
			continue // lines left out
		}
		for i < len(lines) && strings.TrimRight(lines[i], " ") != strings.TrimRight(w, " ") {
			i++
		}
		if i == len(lines) {
			return w, false
		}
		i++
	}
	return "", true
}

// runPasted runs a README command in the current directory, its globs
// expanded as a shell would, and returns what a terminal shows: standard
// output, then standard error.
func runPasted(t *testing.T, f *Factory, command string) (string, int) {
	t.Helper()
	var args []string
	for _, a := range strings.Fields(strings.TrimPrefix(command, "scorecard ")) {
		if strings.ContainsAny(a, "*?") {
			m, err := filepath.Glob(a)
			if err != nil || len(m) == 0 {
				t.Fatalf("%s: %q matches no file", command, a)
			}
			args = append(args, m...)
			continue
		}
		args = append(args, a)
	}
	out, stderr, code := run(t, f, args...)
	if code != 0 {
		t.Errorf("%s: exit %d: %s", command, code, stderr)
	}
	return out + stderr, code
}

// The README's workshop walk-through works when pasted, command after
// command: the seven raters' files of testdata/answers/perspectives, kept
// apart by perspective as step 2 says, are checked, merged, reported on,
// compared with last year's assessment and question by question, turned
// into a plan, and a year later (the same files, dated a year on) merged
// again and checked against the plan; every transcript prints what the
// README shows. So do the action plans' transcripts: the plan written
// from the merged file, and the repository's example plan (testdata/plans)
// checked at the next round on the day the README shows.
func TestREADMEWorkshopWalkthrough(t *testing.T) {
	b, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	root, err := filepath.Abs("../../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(root, "answers", "perspectives", "*.yaml"))
	if err != nil || len(files) != 7 {
		t.Fatalf("want the 7 raters' files, got %v (%v)", files, err)
	}
	write := func(dst string, data []byte) {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	groups := map[string]string{"refugee": "refugees", "staff": "staff", "partner": "partners"}
	for _, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := regexp.MustCompile(`(?m)^perspective: (\w+)`).FindSubmatch(data)
		if p == nil || groups[string(p[1])] == "" {
			t.Fatalf("%s: no perspective of the walk-through", src)
		}
		group := groups[string(p[1])]
		write(filepath.Join(dir, "workshop", group, filepath.Base(src)), data)
		if group != "partners" {
			// The next round: the same answers, a year on.
			next := regexp.MustCompile(`(?m)^  assessed_on: .*$`).ReplaceAll(data, []byte(`  assessed_on: "2027-11-19"`))
			write(filepath.Join(dir, "workshop-2027", group, filepath.Base(src)), next)
		}
	}
	lastYear, err := os.ReadFile(filepath.Join(root, "answers", "rounds", "welcome-bureau-2025.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	write(filepath.Join(dir, "welcome-bureau-2025.yaml"), lastYear)

	check := func(ex example, f *Factory) {
		t.Helper()
		out, _ := runPasted(t, f, ex.command)
		if missing, ok := shows(out, ex.shows); !ok {
			t.Errorf("%s: the README shows %q, which it does not print:\n%s", ex.command, missing, out)
		}
	}
	t.Chdir(dir)
	walk := examples(t, readme, "Workshops")
	transcripts := 0
	for _, ex := range walk {
		f, _ := testFactory(t, "", nil)
		check(ex, f)
		if ex.shows != nil {
			transcripts++
		}
	}
	if len(walk) < 11 || transcripts != 3 {
		t.Errorf("ran %d commands, %d of them transcripts; the walk-through has 11, 3 of them transcripts", len(walk), transcripts)
	}

	// The action plans, on their own: a plan from the merged file, then
	// the example plan at the next round.
	plans := examples(t, readme, "Action plans")
	if len(plans) != 2 {
		t.Fatalf("the action plans have %d examples, want 2", len(plans))
	}
	own := filepath.Join(t.TempDir(), "welcome-bureau-2026.yaml")
	merged, err := os.ReadFile(filepath.Join(dir, "welcome-bureau-2026.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	write(own, merged)
	t.Chdir(filepath.Dir(own))
	f, _ := testFactory(t, "", nil)
	check(plans[0], f)

	today := regexp.MustCompile(`today is (\d{4}-\d\d-\d\d)`).FindStringSubmatch(strings.Join(plans[1].shows, "\n"))
	if today == nil {
		t.Fatalf("%s: the README does not say which day it is", plans[1].command)
	}
	day, err := time.Parse(time.DateOnly, today[1])
	if err != nil {
		t.Fatal(err)
	}
	io, _, _ := ui.Test("", nil)
	t.Chdir(filepath.Join(root, "plans"))
	check(plans[1], NewFactory(io, func() time.Time { return day.Add(12 * time.Hour) }))
}
