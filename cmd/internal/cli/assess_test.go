package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// lines joins answers as they would be typed, one per line.
func lines(answers ...string) string { return strings.Join(answers, "\n") + "\n" }

// profileAnswers fill in the profile page in accessible mode: name,
// organisation, type (1 = local authority), country, date (empty keeps
// the default, the test clock's 2026-11-20), assessors, refugees took part
// (1 = yes).
var profileAnswers = []string{"Welcome Bureau", "Sofia Development Association", "1", "BG", "", "Ana, Boris", "1"}

func assessFactory(t *testing.T, stdin io.Reader, env map[string]string) (*Factory, *bytes.Buffer, *syncBuffer) {
	t.Helper()
	io, out, _ := ui.Test("", env)
	io.In = stdin
	errOut := &syncBuffer{}
	io.ErrOut = errOut
	f, _ := testFactory(t, "", nil)
	f.IO = io
	return f, out, errOut
}

// syncBuffer is a bytes.Buffer safe for the prompts' goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Drop the two comment lines at the top.
	return strings.SplitN(string(b), "\n", 3)[2]
}

const profileYAML = `scorecard: 1
framework: effective-inclusion
practice:
  name: Welcome Bureau
  organisation: Sofia Development Association
  organisation_type: local-authority
  country: BG
  assessed_on: "2026-11-20"
  assessors: [Ana, Boris]
  refugees_involved: true
`

// A whole key area answered through a pipe in accessible mode: every
// answer and the note land on their own item.
func TestAccessibleAssessmentFromAPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	// KA2 has 15 items. 1 yes, 2 partly, 3 no, 4 not applicable, 5 skip.
	ka2 := []string{"1", "2", "3", "4", "5", "1", "1", "2", "", "3", "1", "2", "4", "1", "2"}
	// After the summary: 1 = write a Markdown report.
	input := lines(append(append(profileAnswers, ka2...), "Mobile team visits twice a week.", "1")...)
	f, out, errOut := assessFactory(t, strings.NewReader(input), nil)

	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA2", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	want := profileYAML + `checklist:
  KA2-01: "yes"
  KA2-02: "partly"
  KA2-03: "no"
  KA2-04: "na"
  KA2-06: "yes"
  KA2-07: "yes"
  KA2-08: "partly"
  KA2-10: "no"
  KA2-11: "yes"
  KA2-12: "partly"
  KA2-13: "na"
  KA2-14: "yes"
  KA2-15: "partly"
notes:
  KA2: Mobile team visits twice a week.
`
	if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	prompts := errOut.String()
	for _, s := range []string{"Key area 1 of 1 · KA2 Ensure support caters to the needs of all", "KA2-15 (15 of 15)", "1. Yes", "5. Skip for now", "Saved KA2: 13 of 15 answered."} {
		if !strings.Contains(prompts, s) {
			t.Errorf("the prompts lack %q", s)
		}
	}
	if strings.ContainsRune(prompts, '\x1b') {
		t.Error("accessible prompts contain escape codes")
	}
	if !strings.Contains(out.String(), "KA2  Ensure support caters to the needs of all") {
		t.Errorf("no summary of the scores on standard output:\n%s", out)
	}
	report, err := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".md")
	if err != nil {
		t.Fatalf("the report offered at the end was not written: %v", err)
	}
	if !bytes.Contains(report, []byte("# Self-assessment: Welcome Bureau")) || !bytes.Contains(report, []byte("Mobile team visits twice a week.")) {
		t.Errorf("the report does not describe this assessment:\n%.300s", report)
	}
}

// When the pipe runs dry, the answers so far are saved and the command
// exits 2: the end of input is never taken as an answer, even right after
// a line that was not a valid answer.
func TestAccessibleEndOfInputSavesAndExits2(t *testing.T) {
	for _, tt := range []struct {
		name, last string
	}{
		{"after an answer", "2"},
		{"after an invalid line", "9"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bureau.yaml")
			input := lines(append(profileAnswers, "1", "3", tt.last)...)
			f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
			code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA2", path})
			if code != 2 {
				t.Fatalf("exit %d, want 2:\n%s", code, errOut)
			}
			want := profileYAML + "checklist:\n  KA2-01: \"yes\"\n  KA2-02: \"no\"\n"
			if tt.last == "2" {
				want += "  KA2-03: \"partly\"\n"
			}
			if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
				t.Errorf("saved file (-want +got):\n%s", diff)
			}
			wantMsg := "input ended before KA2-04 was answered"
			if tt.last == "9" {
				wantMsg = "input ended before KA2-03 was answered"
			}
			if !strings.Contains(errOut.String(), wantMsg) || !strings.Contains(errOut.String(), "scorecard assess "+path) {
				t.Errorf("message does not say where input ended and how to continue:\n%s", errOut)
			}
		})
	}
}

// interruptAtEnd hands out its lines, then interrupts the command (as
// Ctrl-C would) while the next prompt waits for input.
type interruptAtEnd struct {
	r      *strings.Reader
	cancel context.CancelFunc
}

func (i *interruptAtEnd) Read(p []byte) (int, error) {
	if i.r.Len() == 0 {
		i.cancel()
		select {} // the user never types again
	}
	return i.r.Read(p)
}

func TestAccessibleInterruptKeepsEveryAnswer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &interruptAtEnd{r: strings.NewReader(lines(append(profileAnswers, "1", "2")...)), cancel: cancel}
	f, _, errOut := assessFactory(t, in, nil)
	code := Run(ctx, f, []string{"assess", "--accessible", "--areas", "KA3", path})
	if code != 130 {
		t.Fatalf("exit %d, want 130:\n%s", code, errOut)
	}
	want := profileYAML + "checklist:\n  KA3-01: \"yes\"\n  KA3-02: \"partly\"\n"
	if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	if !strings.Contains(errOut.String(), "Stopped. Your answers so far are saved in "+path) {
		t.Errorf("no word on where the answers are:\n%s", errOut)
	}
}

// Run again on a file, the questionnaire skips what is finished and
// resumes at the first unanswered page, with the earlier answers as
// defaults (an empty line keeps them).
func TestResumeAtTheFirstUnansweredPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	var ka1 strings.Builder
	for i := 1; i <= 10; i++ {
		ka1.WriteString("  KA1-" + twoDigits(i) + ": yes\n")
	}
	earlier := profileYAML + "checklist:\n" + ka1.String() + "  KA2-01: no\n  KA2-02: {answer: partly, note: \"kept\"}\n"
	if err := os.WriteFile(path, []byte(earlier), 0o644); err != nil {
		t.Fatal(err)
	}
	// KA2: keep the first two, then answer the remaining 13 with yes.
	answers := []string{"", ""}
	for range 13 {
		answers = append(answers, "1")
	}
	answers = append(answers, "", "3") // no note; no report now
	f, _, errOut := assessFactory(t, strings.NewReader(lines(answers...)), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1,KA2", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	prompts := errOut.String()
	if strings.Contains(prompts, "KA1-01") || strings.Contains(prompts, "Name of the practice") {
		t.Errorf("finished pages were asked again:\n%s", prompts)
	}
	if !strings.Contains(prompts, "Resuming Welcome Bureau: 1 of 2 pages are finished.") {
		t.Errorf("no resume message:\n%s", prompts)
	}
	got := readFile(t, path)
	for _, s := range []string{"  KA1-10: \"yes\"\n", "  KA2-01: \"no\"\n", "  KA2-02: {answer: \"partly\", note: \"kept\"}\n", "  KA2-15: \"yes\"\n"} {
		if !strings.Contains(got, s) {
			t.Errorf("saved file lacks %q:\n%s", s, got)
		}
	}
}

func twoDigits(i int) string { return string(rune('0'+i/10)) + string(rune('0'+i%10)) }

func TestAssessNeedsATerminalOrAccessibleMode(t *testing.T) {
	f, _, errOut := assessFactory(t, strings.NewReader(""), nil)
	code := Run(context.Background(), f, []string{"assess", filepath.Join(t.TempDir(), "x.yaml")})
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, s := range []string{"needs a terminal", "--accessible", "scorecard template", "scorecard score"} {
		if !strings.Contains(errOut.String(), s) {
			t.Errorf("message lacks %q:\n%s", s, errOut)
		}
	}
}

// ACCESSIBLE=1 and TERM=dumb switch to the plain prompts, as --accessible.
func TestAccessibleModeFromTheEnvironment(t *testing.T) {
	for _, env := range []map[string]string{{"ACCESSIBLE": "1"}, {"TERM": "dumb"}} {
		path := filepath.Join(t.TempDir(), "quick.yaml")
		var scan []string
		for range 13 {
			scan = append(scan, "2")
		}
		f, _, errOut := assessFactory(t, strings.NewReader(lines(append(append(profileAnswers, scan...), "", "3")...)), env)
		if code := Run(context.Background(), f, []string{"assess", "--quick", path}); code != 0 {
			t.Fatalf("%v: exit %d:\n%s", env, code, errOut)
		}
		if got := readFile(t, path); !strings.Contains(got, "quick_scan:\n  OC-01: \"partly\"\n") || !strings.Contains(got, "  OC-13: \"partly\"\n") {
			t.Errorf("%v: saved file:\n%s", env, got)
		}
	}
}

func TestFreeFileNameNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if got := slug("Gdańsk Welcome Point: Łódź & Україна!"); got != "gdansk-welcome-point-lodz-україна" {
		t.Errorf("slug = %q", got)
	}
	if got := freeFileName("Welcome Bureau"); got != "welcome-bureau.yaml" {
		t.Errorf("first name = %q", got)
	}
	os.WriteFile("welcome-bureau.yaml", nil, 0o644)
	os.WriteFile("welcome-bureau-2.yaml", nil, 0o644)
	if got := freeFileName("Welcome Bureau"); got != "welcome-bureau-3.yaml" {
		t.Errorf("name next to two taken ones = %q, want welcome-bureau-3.yaml", got)
	}
	if got := freeFileName("!!!"); got != "assessment.yaml" {
		t.Errorf("name of a practice without letters = %q", got)
	}
}

// With the involvement framework, the routing question comes after the
// profile; its answer is saved, and only key areas on the route are
// asked.
func TestAssessFollowsTheRoute(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tartu.yaml")
	// Profile, then route 1 (all groups: the advanced part), then the five
	// factors of IN6, no note, no report.
	input := lines(append(append([]string{}, profileAnswers...), "1", "1", "2", "3", "1", "1", "", "3")...)
	f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--framework", "involvement", "--areas", "IN6", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	got := readFile(t, path)
	for _, want := range []string{"framework: involvement\n", "route: all-groups\n", "  IN6-01: \"yes\"\n", "  IN6-03: \"no\"\n", "  IN6-05: \"yes\"\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("saved file lacks %q:\n%s", want, got)
		}
	}
	if !strings.Contains(errOut.String(), "Does your city already consult people of every ethnic and cultural background") {
		t.Errorf("the routing question was not asked:\n%s", errOut)
	}

	// An area off the route is not asked even when named.
	path2 := filepath.Join(t.TempDir(), "riga.yaml")
	f, _, errOut = assessFactory(t, strings.NewReader(lines(append(append([]string{}, profileAnswers...), "1", "3")...)), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--framework", "involvement", "--areas", "IN1", path2}); code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	if strings.Contains(errOut.String(), "IN1-01") {
		t.Errorf("an area off the route was asked:\n%s", errOut)
	}
}
