package cli

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func run(t *testing.T, f *Factory, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	out, errOut := f.IO.Out.(*bytes.Buffer), f.IO.ErrOut.(*bytes.Buffer)
	out.Reset()
	errOut.Reset()
	code = Run(context.Background(), f, args)
	return out.String(), errOut.String(), code
}

// A template filled in by hand, as a practitioner would, validates and
// scores.
func TestTemplateFilledInValidatesAndScores(t *testing.T) {
	f, _ := testFactory(t, "", nil)
	dir := t.TempDir()
	blank := filepath.Join(dir, "ngo.yaml")
	if _, stderr, code := run(t, f, "template", "--type", "civil-society", "--areas", "KA1,KA4", "-o", blank); code != 0 {
		t.Fatalf("template exited %d: %s", code, stderr)
	}
	b, err := os.ReadFile(blank)
	if err != nil {
		t.Fatal(err)
	}
	filled := strings.Replace(string(b), `name: ""`, `name: "Community kitchen"`, 1)
	// Answer every entry: yes for KA1, partly for KA4.
	filled = regexp.MustCompile(`(?m)^  (KA1-\d\d):$`).ReplaceAllString(filled, "  $1: yes")
	filled = regexp.MustCompile(`(?m)^  (KA4-(LA)?\d+):$`).ReplaceAllString(filled, "  $1: partly")
	if err := os.WriteFile(blank, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	if stdout, stderr, code := run(t, f, "validate", blank); code != 0 || stderr != "" {
		t.Fatalf("validate exited %d:\n%s%s", code, stdout, stderr)
	}
	stdout, stderr, code := run(t, f, "score", "--format", "csv", "--require-complete", blank)
	if code != 0 { // the template records its scope, KA1 and KA4: complete
		t.Errorf("score exited %d, want 0 (complete in its scope):\n%s", code, stderr)
	}
	// KA1: 10 × yes = 100; KA4: 15 × partly = 50 (of the local-authority
	// checklist only KA4-LA4, social orientation, concerns an NGO);
	// checklist = mean(100, 50) = 75; no provisional verdict.
	want := blank + ",Community kitchen,,2026-11-20,75.0,100.0,,,50.0,,,,,,,,,,false,true,,,\n"
	if got := strings.SplitN(stdout, "\n", 2)[1]; got != want {
		t.Errorf("csv row = %q, want %q", got, want)
	}
}

// Terminal control characters in names, notes and file names never reach
// standard output or standard error, in any format.
func TestControlCharactersNeverReachTheTerminal(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b[2J.yaml")
	content := "scorecard: 1\nframework: effective-inclusion\npractice:\n  name: \"Welcome\\e]0;owned\\a Bureau\\e[31m\"\n  organisation: \"\\e[2JSDA\"\n" +
		"checklist:\n  KA1-01: {answer: yes, note: \"\\e[1A\\e[Kfine\"}\n  KA1-11: yes\n"
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.yaml")
	if err := os.WriteFile(good, []byte(strings.Replace(content, "  KA1-11: yes\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _ := testFactory(t, "", nil)
	for _, args := range [][]string{
		{"score", name, good},
		{"score", "--format", "json", name, good},
		{"score", "--format", "csv", name, good},
		{"validate", name, good},
		{"score", filepath.Join(dir, "missing\x1b[31m.yaml")},
	} {
		stdout, stderr, _ := run(t, f, args...)
		for _, s := range []string{stdout, stderr} {
			if strings.ContainsAny(s, "\x1b\x07\u009b") {
				t.Errorf("scorecard %v printed a control character:\n%q", args[0:2], s)
			}
		}
	}
	stdout, _, _ := run(t, f, "score", good)
	if !strings.Contains(stdout, "Welcome Bureau") {
		t.Errorf("the cleaned name is missing from the output:\n%s", stdout)
	}
}

// runOrdered hands results over in input order whatever order the
// workers finish in.
func TestRunOrderedKeepsInputOrder(t *testing.T) {
	inputs := make([]string, 500)
	for i := range inputs {
		inputs[i] = strings.Repeat("x", i)
	}
	var got []int
	err := runOrdered(context.Background(), inputs, 8, func(s string) int {
		time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
		return len(s)
	}, func(i, n int) {
		if i != n {
			t.Errorf("result %d handed over as %d", n, i)
		}
		got = append(got, n)
	})
	if err != nil {
		t.Fatal(err)
	}
	want := make([]int, len(inputs))
	for i := range want {
		want[i] = i
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestRunOrderedStopsWhenInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	inputs := make([]string, 1000)
	n := 0
	err := runOrdered(ctx, inputs, 2, func(string) int { return 0 }, func(int, int) {
		n++
		if n == 10 {
			cancel()
		}
	})
	if err != ErrInterrupted {
		t.Errorf("err = %v, want ErrInterrupted", err)
	}
	if n >= len(inputs) {
		t.Errorf("all %d inputs were processed after the interrupt", n)
	}
}

// Progress is shown on standard error only when it is a terminal, and is
// cleared before anything else is printed.
func TestProgressOnlyOnATerminal(t *testing.T) {
	for _, tty := range []bool{false, true} {
		f, io := testFactory(t, "", nil)
		io.SetTTY(false, false, tty)
		_, stderr, code := run(t, f, "score", "../../../testdata/answers/complete-business.yaml", "../../../testdata/answers/complete-education.yaml")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if got := strings.Contains(stderr, "scoring 1/2 files…"); got != tty {
			t.Errorf("stderr a terminal: %v; progress shown: %v\n%q", tty, got, stderr)
		}
		if tty && !strings.Contains(stderr, "\r\x1b[K") {
			t.Errorf("progress line not cleared: %q", stderr)
		}
	}
}

// The custom (translated) framework in testdata, end to end: its
// template, filled in by hand in its own language, validates, scores and
// makes a report.
func TestCustomFrameworkEndToEnd(t *testing.T) {
	f, _ := testFactory(t, "", nil)
	fw := "../../../testdata/frameworks/mini.yaml"
	dir := t.TempDir()
	blank := filepath.Join(dir, "gdansk.yaml")
	if _, stderr, code := run(t, f, "template", "--framework", fw, "--type", "city", "-o", blank); code != 0 {
		t.Fatalf("template exited %d: %s", code, stderr)
	}
	b, err := os.ReadFile(blank)
	if err != nil {
		t.Fatal(err)
	}
	filled := strings.Replace(string(b), `name: ""`, `name: "Punkt Informacyjny"`, 1)
	filled = regexp.MustCompile(`(?m)^  ([A-Z]+-[A-Z0-9]+):$`).ReplaceAllString(filled, "  $1: tak")
	if err := os.WriteFile(blank, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, f, "validate", "--framework", fw, blank); code != 0 {
		t.Fatalf("validate exited %d:\n%s", code, stderr)
	}
	// Every item "tak" (score 1): every score 100, a good practice, complete.
	stdout, stderr, code := run(t, f, "score", "--framework", fw, "--format", "csv", "--require-good-practice", "--require-complete", blank)
	if code != 0 {
		t.Fatalf("score exited %d:\n%s%s", code, stdout, stderr)
	}
	if want := blank + ",Punkt Informacyjny,,2026-11-20,100.0,100.0,100.0,100.0,100.0,100.0,true,true,,,\n"; strings.SplitN(stdout, "\n", 2)[1] != want {
		t.Errorf("csv = %q, want %q", stdout, want)
	}
	stdout, stderr, code = run(t, f, "report", "--framework", fw, blank)
	if code != 0 || !strings.Contains(stdout, "### B Praca z ludźmi: 100.0, comprehensive") {
		t.Errorf("report exited %d:\n%s%s", code, stdout, stderr)
	}
}
