package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// lines joins answers as they would be typed, one per line.
func lines(answers ...string) string { return strings.Join(answers, "\n") + "\n" }

// profileAnswers fill in the profile page in accessible mode: name,
// organisation, type (2 = local authority, after "not specified"),
// country, date (empty keeps the default, the test clock's 2026-11-20),
// assessors, refugees took part (yes, as a word).
var profileAnswers = []string{"Welcome Bureau", "Sofia Development Association", "2", "BG", "", "Ana, Boris", "yes", "staff"}

func assessFactory(t *testing.T, stdin io.Reader, env map[string]string) (*Factory, *syncBuffer, *syncBuffer) {
	t.Helper()
	io, _, _ := ui.Test("", env)
	io.In = stdin
	out, errOut := &syncBuffer{}, &syncBuffer{}
	io.Out, io.ErrOut = out, errOut
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
perspective: staff
`

// A whole key area answered through a pipe in accessible mode, in words
// and numbers: every answer and the note land on their own item.
func TestAccessibleAssessmentFromAPipe(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	// KA2 has 15 items.
	ka2 := []string{"yes", "Partly", "N", "n/a", "skip", "1", "Y", "2", "", "no", "YES", "partly", "not applicable", "1", "p"}
	// The page note, then 2 = a Markdown report.
	input := lines(append(append(profileAnswers, ka2...), "Mobile team visits twice a week.", "2")...)
	f, out, errOut := assessFactory(t, strings.NewReader(input), nil)

	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA2", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	want := profileYAML + `scope:
  sections: [checklist]
  key_areas: [KA2]
checklist:
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
	for _, s := range []string{
		"Page 2 of 2. Key area 1 of 1: KA2 Ensure support caters to the needs of all.",
		"Key area 1 of 1, question 15 of 15: KA2-15.",
		"Answers: 1 Yes, 2 Partly, 3 No, 4 Not applicable, 5 Don't know, 6 Skip for now.",
		"KA2-02: Partly.", "KA2-05: skipped for now.", "KA2-04: Not applicable.",
		"You answered 13 of the 15 questions you chose.",
	} {
		if !strings.Contains(prompts, s) {
			t.Errorf("the prompts lack %q", s)
		}
	}
	if strings.ContainsRune(prompts, '\x1b') {
		t.Error("accessible prompts contain escape codes")
	}
	if !strings.Contains(out.String(), "Key area KA2, Ensure support caters to the needs of all: 63.6 out of 100, can improve so far, 13 of 15 questions answered.") {
		t.Errorf("no spoken summary of the scores on standard output:\n%s", out)
	}
	report, err := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".md")
	if err != nil {
		t.Fatalf("the report offered at the end was not written: %v", err)
	}
	if !bytes.Contains(report, []byte("# Self-assessment: Welcome Bureau")) || !bytes.Contains(report, []byte("Mobile team visits twice a week.")) {
		t.Errorf("the report does not describe this assessment:\n%.300s", report)
	}
}

// "Don't know" in accessible mode: by its number (5), its key (d), its
// label, its value and its aliases, in any case. It is saved as unknown,
// counts as an answer, and the spoken summary lists what to find out.
func TestAccessibleDontKnow(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	// KA1 has 10 items: 6 ways to say "don't know", then yes, no, yes, no.
	ka1 := []string{"5", "d", "Don't know", "UNKNOWN", "dk", "don't know", "yes", "no", "yes", "no"}
	// No page note, then 3 = no report.
	input := lines(append(append(profileAnswers, ka1...), "", "3")...)
	f, out, errOut := assessFactory(t, strings.NewReader(input), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1", path}); code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	want := profileYAML + `scope:
  sections: [checklist]
  key_areas: [KA1]
checklist:
  KA1-01: "unknown"
  KA1-02: "unknown"
  KA1-03: "unknown"
  KA1-04: "unknown"
  KA1-05: "unknown"
  KA1-06: "unknown"
  KA1-07: "yes"
  KA1-08: "no"
  KA1-09: "yes"
  KA1-10: "no"
`
	if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	prompts := errOut.String()
	for _, s := range []string{"KA1-01: Don't know.", "KA1-06: Don't know.", "You answered 10 of the 10 questions you chose."} {
		if !strings.Contains(prompts, s) {
			t.Errorf("the prompts lack %q", s)
		}
	}
	// KA1: 2 yes of 4 scored = 50.0; the six unknowns are left out, and
	// keep the verdict provisional.
	for _, s := range []string{
		`Key area KA1, Have clarity about the support refugees need: 50.0 out of 100, can improve so far, 10 of 10 questions answered, 6 of them "Don't know".`,
		`You answered "Don't know" to 6 questions; find out: KA1-01, KA1-02, KA1-03, KA1-04, KA1-05, KA1-06.`,
	} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("the spoken summary lacks %q:\n%s", s, out)
		}
	}
}

// Piped input is all or nothing per line: the first line that is not an
// answer stops the run, names the line, and nothing after it is taken.
func TestAccessibleInvalidLineStops(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	input := lines(append(profileAnswers, "yes", "yes please", "no", "no")...)
	f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA2", path})
	if code != 2 {
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	want := profileYAML + "scope:\n  sections: [checklist]\n  key_areas: [KA2]\nchecklist:\n  KA2-01: \"yes\"\n"
	if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	msg := errOut.String()
	for _, s := range []string{
		`scorecard: line 10 of the input, "yes please", is not an answer to KA2-02; expected a number from 1 to 6, or a word: yes, partly, no, not applicable, don't know, skip for now`,
		"The answers before it are saved in " + path + ". To continue: scorecard assess --accessible --areas KA2 " + path,
	} {
		if !strings.Contains(msg, s) {
			t.Errorf("the message lacks %q:\n%s", s, msg)
		}
	}
}

// When the pipe runs dry, the answers so far are saved and the command
// exits 2: the end of input is never taken as an answer.
func TestAccessibleEndOfInputSavesAndExits2(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	input := lines(append(profileAnswers, "1", "3", "2")...)
	f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA2", path})
	if code != 2 {
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	want := profileYAML + "scope:\n  sections: [checklist]\n  key_areas: [KA2]\nchecklist:\n  KA2-01: \"yes\"\n  KA2-02: \"no\"\n  KA2-03: \"partly\"\n"
	if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	if msg := errOut.String(); !strings.Contains(msg, "scorecard: input ended before the answer to KA2-04\n") ||
		!strings.Contains(msg, "To continue: scorecard assess --accessible --areas KA2 "+path) {
		t.Errorf("the message does not say where input ended and how to continue:\n%s", msg)
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
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &interruptAtEnd{r: strings.NewReader(lines(append(profileAnswers, "1", "2")...)), cancel: cancel}
	f, _, errOut := assessFactory(t, in, nil)
	code := Run(ctx, f, []string{"assess", "--accessible", "--areas", "KA3", path})
	if code != 130 {
		t.Fatalf("exit %d, want 130:\n%s", code, errOut)
	}
	want := profileYAML + "scope:\n  sections: [checklist]\n  key_areas: [KA3]\nchecklist:\n  KA3-01: \"yes\"\n  KA3-02: \"partly\"\n"
	if diff := cmp.Diff(want, readFile(t, path)); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	if !strings.Contains(errOut.String(), "Stopped.\nYour answers are saved in "+path+". To continue: scorecard assess --accessible --areas KA3 "+path) {
		t.Errorf("no word on where the answers are:\n%s", errOut)
	}
}

func earlierFile(t *testing.T, path string) string {
	t.Helper()
	var ka1 strings.Builder
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&ka1, "  KA1-%02d: \"yes\"\n", i)
	}
	earlier := profileYAML + "checklist:\n" + ka1.String() + "  KA2-01: \"no\"\n  KA2-02: {answer: \"partly\", note: \"kept\"}\n  KA2-04: \"yes\"\nnotes:\n  KA1: A note.\n"
	if err := os.WriteFile(path, []byte(earlier), 0o644); err != nil {
		t.Fatal(err)
	}
	return earlier
}

// Run again on a file, the questionnaire reads out the contents and goes
// on with the first unanswered question of the first unfinished page.
func TestResumeAtTheFirstUnansweredQuestion(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	earlierFile(t, path)
	// Enter at the contents; KA2-03 no; keep KA2-04; then 11 yes, no
	// note, no report.
	answers := []string{"", "3", ""}
	for range 11 {
		answers = append(answers, "1")
	}
	answers = append(answers, "", "3")
	f, _, errOut := assessFactory(t, strings.NewReader(lines(answers...)), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1,KA2", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	prompts := errOut.String()
	for _, s := range []string{
		"Welcome back. Welcome Bureau: 13 of 25 questions answered.",
		"Contents. 13 of 25 questions answered.",
		"Page 1, The practice: done.",
		"Page 2, KA1 Have clarity about the support refugees need: all 10 answered.",
		"Page 3, KA2 Ensure support caters to the needs of all: 3 of 15 answered.",
		"press Enter alone to go on with page 3, KA2 Ensure support caters to the needs of all.",
		"15 questions, 12 left to answer.",
		"KA2-04: Yes, kept.",
	} {
		if !strings.Contains(prompts, s) {
			t.Errorf("the prompts lack %q:\n%s", s, prompts)
		}
	}
	if strings.Contains(prompts, "KA1-01") || strings.Contains(prompts, "question 1 of 15") || strings.Contains(prompts, "Name of the practice") {
		t.Errorf("answered questions were asked again:\n%s", prompts)
	}
	got := readFile(t, path)
	for _, s := range []string{"  KA1-10: \"yes\"\n", "  KA2-01: \"no\"\n", "  KA2-02: {answer: \"partly\", note: \"kept\"}\n", "  KA2-03: \"no\"\n", "  KA2-04: \"yes\"\n", "  KA2-15: \"yes\"\n"} {
		if !strings.Contains(got, s) {
			t.Errorf("saved file lacks %q:\n%s", s, got)
		}
	}
}

// --review piped with empty lines goes through every question and keeps
// every earlier answer as it was.
func TestReviewWithEmptyLinesKeepsEveryAnswer(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	before := earlierFile(t, path)
	// 8 profile questions, 10 of KA1 and its note, 15 of KA2 and its note,
	// then no report.
	var empty []string
	for range 8 + 11 + 16 {
		empty = append(empty, "")
	}
	f, _, errOut := assessFactory(t, strings.NewReader(lines(append(empty, "3")...)), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--review", "--areas", "KA1,KA2", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	got := readFile(t, path)
	want := strings.Replace(before, "checklist:\n", "scope:\n  sections: [checklist]\n  key_areas: [KA1, KA2]\nchecklist:\n", 1)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a review with empty lines changed the file (-want +got):\n%s", diff)
	}
	prompts := errOut.String()
	for _, s := range []string{"Current answer: Welcome Bureau. Press Enter to keep it, or type another.", "Current answer: Local authority. Press Enter to keep it.",
		"Current answer: Partly. Press Enter to keep it.", "Current text: A note.\nPress Enter to keep it, or type a new one.\nNote on key area KA1 kept.", "KA2-02: Partly, kept."} {
		if !strings.Contains(prompts, s) {
			t.Errorf("the prompts lack %q", s)
		}
	}
}

// With no flags, the scope page comes after the profile: Enter alone
// accepts each choice as it is read out; a number adds or removes one.
func TestScopeMultiSelectAcceptsEnter(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	// Sections: remove 3 (quality indicators) and 1 (checklists), then
	// accept; the quick scan's 13 questions; its note; no report.
	input := append(append([]string{}, profileAnswers...), "3", "1", "")
	for range 13 {
		input = append(input, "2")
	}
	input = append(input, "", "3")
	f, _, errOut := assessFactory(t, strings.NewReader(lines(input...)), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	prompts := errOut.String()
	// The choice is read out once; each change says only what changed.
	want := "Chosen: Key-area checklists, Quick scan and Quality indicators. Type a number to add or remove a choice; press Enter alone to accept.\n" +
		"Removed: Quality indicators.\nPress Enter alone to accept, or type another number.\n" +
		"Removed: Key-area checklists.\nPress Enter alone to accept, or type another number.\n" +
		"What do you want to assess? Quick scan.\n"
	if !strings.Contains(prompts, want) {
		t.Errorf("the prompts lack %q:\n%s", want, prompts)
	}
	got := readFile(t, path)
	if !strings.Contains(got, "scope:\n  sections: [quick_scan]\n") || !strings.Contains(got, "  OC-13: \"partly\"\n") {
		t.Errorf("saved file:\n%s", got)
	}
}

// A note line of 5,000 characters is taken whole, and the answers after
// it stay where they belong.
func TestAccessibleLongNoteLine(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	long := strings.Repeat("Long note. ", 500)[:5000]
	input := append(append([]string{}, profileAnswers...), "1", "note", long, "evidence.pdf", "2", "3")
	for range 6 {
		input = append(input, "1")
	}
	input = append(input, "", "3")
	f, _, errOut := assessFactory(t, strings.NewReader(lines(input...)), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA5", path})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	got := readFile(t, path)
	for _, s := range []string{"  KA5-01: \"yes\"\n", "  KA5-02: {answer: \"partly\", note: \"" + strings.TrimSpace(long) + "\", evidence: \"evidence.pdf\"}\n", "  KA5-03: \"no\"\n", "  KA5-06: \"yes\"\n"} {
		if !strings.Contains(got, s) {
			t.Errorf("saved file lacks %.80q", s)
		}
	}
}

// A line longer than the largest answer file stops the run, naming the
// line.
func TestAccessibleTooLongLine(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	input := lines(profileAnswers...) + "1\nnote\n" + strings.Repeat("x", 10<<20+10) + "\n"
	f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA5", path})
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if msg := errOut.String(); !strings.Contains(msg, "line 11 of the input") || !strings.Contains(msg, "a line of at most 10 MiB") {
		t.Errorf("the message does not name the line:\n%.2000s", msg)
	}
	if got := readFile(t, path); !strings.Contains(got, "KA5-01: \"yes\"") {
		t.Errorf("the answers before were not saved:\n%s", got)
	}
}

// An answer file that is a symbolic link is written through: the link
// stays, the file it points to gets the answers, and assess says so.
func TestAssessThroughALink(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	target := filepath.Join(dir, "answers", "bureau.yaml")
	os.Mkdir(filepath.Dir(target), 0o755)
	earlierFile(t, target)
	link := filepath.Join(dir, "bureau.yaml")
	if err := os.Symlink(filepath.Join("answers", "bureau.yaml"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	// Enter at the contents, KA2-03 no, then the input ends.
	f, _, errOut := assessFactory(t, strings.NewReader(lines("", "3")), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1,KA2", link}); code != 2 {
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	if !strings.Contains(errOut.String(), link+" is a link: writing to the file it points to, "+target+"\n") {
		t.Errorf("no word on the link:\n%s", errOut)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if got := readFile(t, target); !strings.Contains(got, "  KA2-03: \"no\"\n") {
		t.Errorf("the file it points to:\n%s", got)
	}

	// An assess on the file holds it for an assess through the link too.
	unlock, err := lockFile(target)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	f, _, errOut = assessFactory(t, strings.NewReader(lines("", "1")), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", link}); code != 2 || !strings.Contains(errOut.String(), link+" is open in another 'scorecard assess'") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
}

// A second assess on a file in use refuses, and says why.
func TestSecondAssessOnAFileInUseRefuses(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	earlierFile(t, path)
	unlock, err := lockFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	f, _, errOut := assessFactory(t, strings.NewReader(lines("", "1")), nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", path})
	if code != 2 {
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	if msg := errOut.String(); !strings.Contains(msg, "scorecard: "+path+" is open in another 'scorecard assess' (pid ") ||
		!strings.Contains(msg, "finish or stop that one first") {
		t.Errorf("message:\n%s", msg)
	}
	unlock()
	f, _, errOut = assessFactory(t, strings.NewReader(lines("", "1", "", "3")), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1", path}); code != 0 {
		t.Errorf("after the lock is released: exit %d:\n%s", code, errOut)
	}
}

// changeAfter hands out its lines; after line n it changes the answer
// file, as another program would.
type changeAfter struct {
	lines []string
	n     int
	path  string
	buf   []byte
}

func (c *changeAfter) Read(p []byte) (int, error) {
	if len(c.buf) == 0 {
		if len(c.lines) == 0 {
			return 0, io.EOF
		}
		if c.n == 0 {
			os.WriteFile(c.path, []byte(profileYAML+"checklist:\n  KA1-01: no\n"), 0o644)
		}
		c.n--
		c.buf = []byte(c.lines[0] + "\n")
		c.lines = c.lines[1:]
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

// When the file changes underneath, it is left as it is and the answers
// go to a new file next to it; the message says where both are.
func TestFileChangedUnderneathIsKept(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "bureau.yaml")
	earlierFile(t, path)
	// Line 4 is read ahead while line 3 is answered: the change comes
	// after the answer to KA2-03 was saved, before the answer to KA2-05.
	in := &changeAfter{lines: []string{"", "3", "1", "1"}, n: 3, path: path}
	f, _, errOut := assessFactory(t, in, nil)
	code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1,KA2", path})
	if code != 2 { // the input ends before the page does
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	if got, _ := os.ReadFile(path); string(got) != profileYAML+"checklist:\n  KA1-01: no\n" {
		t.Errorf("the changed file was overwritten:\n%s", got)
	}
	other := filepath.Join(dir, "bureau-2.yaml")
	got := readFile(t, other)
	for _, s := range []string{"  KA1-10: \"yes\"\n", "  KA2-03: \"no\"\n", "  KA2-04: \"yes\"\n", "  KA2-05: \"yes\"\n"} {
		if !strings.Contains(got, s) {
			t.Errorf("%s lacks %q:\n%s", other, s, got)
		}
	}
	if msg := errOut.String(); !strings.Contains(msg, path+" was changed by another program while you answered. It is left as it is; your answers are saved in "+other) {
		t.Errorf("message:\n%s", msg)
	}
}

// Started through make run, the message after stopping names make run.
func TestContinueHintThroughMake(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	f, _, errOut := assessFactory(t, strings.NewReader(lines(append(profileAnswers, "1")...)), map[string]string{"SCORECARD_MAKE_RUN": "1"})
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA2", path}); code != 2 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errOut.String(), "To continue: make run FILE="+path+"\n") {
		t.Errorf("message:\n%s", errOut)
	}
}

// After make run (which puts nothing on PATH), the command that writes
// the report later is the program as it was started.
func TestReportLaterNamesTheProgramAsStarted(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	input := append(append([]string{}, profileAnswers...), "1", "1", "1", "1", "1", "1", "1", "1", "1", "", "3")
	f, _, errOut := assessFactory(t, strings.NewReader(lines(input...)), map[string]string{"SCORECARD_MAKE_RUN": "1"})
	f.Argv0 = "./bin/scorecard"
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA5", path}); code != 0 {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	if want := "Write a report later with: ./bin/scorecard report " + path + " -o report.pdf\n"; !strings.Contains(errOut.String(), want) {
		t.Errorf("the prompts lack %q:\n%s", want, errOut)
	}
}

// At the report question, too, a piped line that is not an answer names
// its line; the assessment is saved, no report is written.
func TestAccessibleInvalidLineAtTheReportQuestion(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	input := append(append([]string{}, profileAnswers...), "1", "1", "1", "1", "1", "1", "1", "1", "1", "", "pdf please")
	f, _, errOut := assessFactory(t, strings.NewReader(lines(input...)), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA5", path}); code != 2 {
		t.Fatalf("exit %d, want 2:\n%s", code, errOut)
	}
	want := "scorecard: line 19 of the input, \"pdf please\", is not an answer to \"Write a report now?\"; expected a number from 1 to 3\n" +
		"The assessment is saved in " + path + ". Write a report later with: scorecard report " + path + " -o report.pdf\n"
	if !strings.Contains(errOut.String(), want) {
		t.Errorf("the message lacks %q:\n%s", want, errOut)
	}
	if got := readFile(t, path); !strings.Contains(got, "  KA5-09: \"yes\"\n") {
		t.Errorf("saved file:\n%s", got)
	}
	if _, err := os.Stat(strings.TrimSuffix(path, ".yaml") + ".pdf"); err == nil {
		t.Error("a report was written")
	}
}

func TestAssessNeedsATerminalOrAccessibleMode(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
	if !strings.Contains(errOut.String(), "Do you regularly consult people of all ethnic and cultural backgrounds") {
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

// The scope page offers the key areas of the route chosen just before,
// and with one section only (involvement has no quick scan and no
// indicators) it does not ask which sections.
func TestAssessScopeFollowsTheRoute(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "tartu.yaml")
	// Profile, route 2 (citizens only: not IN4 and IN5), then remove
	// the fourth area offered (IN6) and accept.
	input := lines(append(append([]string{}, profileAnswers...), "2", "4", "")...)
	f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--framework", "involvement", path}); code != 2 {
		t.Fatalf("exit %d, want 2 (the input ends at IN1-01):\n%s", code, errOut)
	}
	prompts := errOut.String()
	if strings.Contains(prompts, "What do you want to assess?") || strings.Contains(prompts, "All three") {
		t.Errorf("the one section was offered as a choice:\n%s", prompts)
	}
	for _, want := range []string{"What to assess, question 1 of 1: Which key areas?", "3. IN3 Use practical methods of involvement\n4. IN6 Consider", "Removed: IN6.", "Which key areas? IN1, IN2, IN3, IN7, IN8 and IN9."} {
		if !strings.Contains(prompts, want) {
			t.Errorf("the prompts lack %q:\n%s", want, prompts)
		}
	}
	if strings.Contains(prompts, "IN4 Set up an Intercultural Council") {
		t.Errorf("an area off the route was offered:\n%s", prompts)
	}
	if got := readFile(t, path); !strings.Contains(got, "route: nationals-only\nscope:\n  sections: [checklist]\n  key_areas: [IN1, IN2, IN3, IN7, IN8, IN9]\n") {
		t.Errorf("saved file:\n%s", got)
	}
}

// The transcript of accessible mode is what a screen reader speaks: a new
// assessment of one key area with typed answers, then the same file in
// --review with Enter alone everywhere. Both are kept under
// testdata/golden, reviewed line by line; they say every current answer
// and default in words, and hold no symbol a screen reader spells out and
// no internal key.
func TestAccessibleTranscript(t *testing.T) {
	t.Parallel()
	dir := t.TempDir() + string(filepath.Separator)
	transcript := func(input []string, args ...string) string {
		t.Helper()
		io, _, _ := ui.Test("", nil)
		io.In = strings.NewReader(lines(input...))
		var all syncBuffer
		io.Out, io.ErrOut = &all, &all
		f, _ := testFactory(t, "", nil)
		f.IO = io
		if code := Run(context.Background(), f, append([]string{"assess", "--accessible"}, args...)); code != 0 {
			t.Fatalf("exit %d:\n%s", code, all.String())
		}
		// The file's folder differs from run to run.
		return strings.ReplaceAll(all.String(), dir, "")
	}
	newInput := []string{
		"Welcome Bureau", "", "local authority", "bulgaria", "", "Ana, Boris", "not recorded", "staff",
		"yes", "partly", "No", "n/a", "", "note", "We ask at every visit.", "visit-log.xlsx", "1",
		"back", "", "3", "y", "2", "1", "Needs are reviewed each spring.",
		"3",
	}
	first := transcript(newInput, "--areas", "KA1", dir+"bureau.yaml")
	golden(t, "accessible-new.txt", []byte(first))

	var review []string
	for range 8 + 2 + 10 + 1 {
		review = append(review, "")
	}
	second := transcript(append(review, "3"), "--review", dir+"bureau.yaml")
	golden(t, "accessible-review.txt", []byte(second))

	for name, text := range map[string]string{"new": first, "review": second} {
		for _, bad := range []string{"–", "·", "…", "•", "✓", "note:", "organisation_type", "refugees_involved", "assessed_on", "key_areas", "quick_scan", "sections", "\x1b"} {
			if strings.Contains(text, bad) {
				t.Errorf("the %s transcript holds %q", name, bad)
			}
		}
	}
	for _, want := range []string{
		"Current answer: 2026-11-20. Press Enter to keep it, or type another.",
		"Current answer: Not specified. Press Enter to keep it.",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("the new transcript lacks the default %q", want)
		}
	}
	for _, want := range []string{
		"Current answer: Welcome Bureau. Press Enter to keep it, or type another.",
		"Current answer: Local authority. Press Enter to keep it.",
		"Current answer: Bulgaria. Press Enter to keep it.",
		"Chosen: Key-area checklists. Type a number to add or remove a choice; press Enter alone to accept.",
		"Current answer: Partly. Press Enter to keep it.",
		"Current answer: Not applicable. Press Enter to keep it.",
		"No answer yet. Press Enter to skip it for now.",
	} {
		if !strings.Contains(second, want) {
			t.Errorf("the review transcript lacks %q", want)
		}
	}
}

// BenchmarkAssessSave measures one save of a complete assessment (every
// question of the built-in framework answered), as assess does after each
// answer: encoding, writing a temporary file, syncing it to disk, renaming.
func BenchmarkAssessSave(b *testing.B) {
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		b.Fatal(err)
	}
	af := &checklist.AnswerFile{Framework: fw, Practice: checklist.Practice{Name: "Welcome Bureau"}, Answers: map[string]checklist.Answer{}, Sections: checklist.Sections}
	for _, it := range fw.Items() {
		af.Answers[it.ID] = checklist.Answer{Value: "partly"}
	}
	s := &assessmentSaver{path: filepath.Join(b.TempDir(), "bureau.yaml")}
	for b.Loop() {
		if err := s.save(af); err != nil {
			b.Fatal(err)
		}
	}
}

// A resumed file's warnings are said in the interface language, as every
// other command says them.
func TestAssessWarnsInTheInterfaceLanguage(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bureau.yaml")
	src := "scorecard: 1\nframework: effective-inclusion\npractice:\n  name: \"Bureau \u202eevil\"\nchecklist:\n  KA1-01: \"yes\"\n"
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	f, _, errOut := assessFactory(t, strings.NewReader(""), nil)
	Run(context.Background(), f, []string{"--lang", "lt", "assess", "--accessible", path})
	if !strings.Contains(errOut.String(), "pašalinti nematomi formatavimo simboliai") {
		t.Errorf("the warning is not in Lithuanian:\n%s", errOut)
	}
}
