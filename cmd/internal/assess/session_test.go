package assess

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

func framework(t *testing.T) *checklist.Framework {
	t.Helper()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	return fw
}

// saved collects what the session saves, as the file's text.
type saved struct{ versions []string }

func (s *saved) save(af *checklist.AnswerFile) error {
	var b bytes.Buffer
	if err := checklist.WriteAnswers(&b, af); err != nil {
		return err
	}
	s.versions = append(s.versions, b.String())
	return nil
}

func (s *saved) last() string {
	if len(s.versions) == 0 {
		return ""
	}
	return s.versions[len(s.versions)-1]
}

// body drops the two comment lines WriteAnswers puts at the top.
func body(file string) string {
	lines := strings.SplitN(file, "\n", 3)
	if len(lines) < 3 {
		return file
	}
	return lines[2]
}

// probe runs a huh form as a Bubble Tea model and reports, after every
// update and from the program's own goroutine, which field has the focus:
// the test waits for each screen before it types, never firing keys blind.
type probe struct {
	form  *huh.Form
	focus chan string
}

const formDone = "<done>"

func (p *probe) Init() tea.Cmd { return p.form.Init() }

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.form.Update(msg)
	key := formDone
	if p.form.State == huh.StateNormal {
		key = p.form.GetFocusedField().GetKey()
	}
	select { // keep only the latest
	case <-p.focus:
	default:
	}
	p.focus <- key
	return p, cmd
}

func (p *probe) View() tea.View { return tea.NewView(p.form.View()) }

// screen is one step of a scripted terminal session: wait until the field
// with key has the focus ("" is a note), then press keys.
type screen struct {
	key  string
	keys []tea.Msg
}

func keys(names ...string) []tea.Msg {
	var msgs []tea.Msg
	for _, n := range names {
		switch n {
		case "enter":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyEnter})
		case "down":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyDown})
		case "up":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyUp})
		case "ctrl+c":
			msgs = append(msgs, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
		default:
			for _, r := range n {
				msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	return msgs
}

// answer picks the n-th option below the cursor's start ("Skip for now"
// heads the list in the terminal) and confirms it.
func answer(n int) []tea.Msg {
	var names []string
	for range n {
		names = append(names, "down")
	}
	return keys(append(names, "enter")...)
}

// scriptedTUI is the terminal asker with its form run by teatest, page by
// page, following a script.
func scriptedTUI(t *testing.T, pages [][]screen) *TUI {
	page := 0
	return &TUI{
		Theme: ui.HuhTheme(false),
		run: func(ctx context.Context, form *huh.Form) error {
			if page >= len(pages) {
				t.Fatalf("page %d was asked, but the script has %d", page+1, len(pages))
			}
			script := pages[page]
			page++
			form.SubmitCmd = tea.Quit
			form.CancelCmd = tea.Quit
			p := &probe{form: form, focus: make(chan string, 1)}
			tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(100, 40))
			for _, s := range script {
				waitFocus(t, p, s.key)
				for _, k := range s.keys {
					tm.Send(k)
				}
			}
			tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
			if form.State != huh.StateCompleted {
				return huh.ErrUserAborted
			}
			return nil
		},
	}
}

func waitFocus(t *testing.T, p *probe, key string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case got := <-p.focus:
			if got == key {
				return
			}
		case <-deadline:
			t.Fatalf("the field %q never got the focus", key)
		}
	}
}

// A new user in a terminal fills in the profile, then answers a whole key
// area, item by item, and writes a note; the file saved holds exactly
// those answers.
func TestTerminalAssessmentOfOneKeyArea(t *testing.T) {
	fw := framework(t)
	af := &checklist.AnswerFile{Framework: fw}
	scope := checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}

	// Options in the terminal: Skip for now, Yes, Partly, No, Not applicable.
	const yes, partly, no, na = 1, 2, 3, 4
	profile := []screen{
		{"name", keys("Gdańsk Welcome Point", "enter")},
		{"organisation", keys("City of Gdańsk", "enter")},
		// "Not specified" is last; local authority is eight up.
		{"organisation_type", keys("up", "up", "up", "up", "up", "up", "up", "up", "enter")},
		{"country", keys("PL", "enter")},
		{"assessed_on", keys("enter")}, // keeps today
		{"assessors", keys("Ana, Olena", "enter")},
		{"refugees_involved", keys("up", "up", "enter")}, // from "Prefer not to say" up to "Yes"
	}
	ka1 := []screen{{"", keys("enter")}} // the area's intro screen: Start
	for i, v := range []int{yes, partly, yes, no, yes, partly, yes, yes, na, partly} {
		ka1 = append(ka1, screen{seqID("KA1-", i+1), answer(v)})
	}
	ka1 = append(ka1, screen{"note:KA1", keys("We rely on the annual city survey.", "enter")})

	var s saved
	session := &Session{
		Framework: fw, File: af, Scope: &scope, Today: "2026-11-20", SkipFirst: true,
		Asker: scriptedTUI(t, [][]screen{profile, ka1}),
		Save:  s.save, Log: io.Discard,
	}
	if err := session.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := `scorecard: 1
framework: effective-inclusion
practice:
  name: Gdańsk Welcome Point
  organisation: City of Gdańsk
  organisation_type: local-authority
  country: PL
  assessed_on: "2026-11-20"
  assessors: [Ana, Olena]
  refugees_involved: true
checklist:
  KA1-01: "yes"
  KA1-02: "partly"
  KA1-03: "yes"
  KA1-04: "no"
  KA1-05: "yes"
  KA1-06: "partly"
  KA1-07: "yes"
  KA1-08: "yes"
  KA1-09: "na"
  KA1-10: "partly"
notes:
  KA1: We rely on the annual city survey.
`
	if diff := cmp.Diff(want, body(s.last())); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
	if len(s.versions) != 3 { // after the profile, after the scope, after KA1
		t.Errorf("saved %d times, want 3 (after every page)", len(s.versions))
	}
}

// Ctrl-C half-way through a page keeps every answer confirmed before it,
// and nothing the user only moved the cursor to.
func TestTerminalInterruptKeepsConfirmedAnswers(t *testing.T) {
	fw := framework(t)
	af := &checklist.AnswerFile{Framework: fw, Practice: checklist.Practice{Name: "Welcome Bureau"}}
	scope := checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA2"}}
	page := []screen{
		{"", keys("enter")},
		{"KA2-01", answer(1)},
		{"KA2-02", answer(3)},
		{"KA2-03", answer(2)},
		{"KA2-04", keys("down", "down", "ctrl+c")}, // moved to Partly, not confirmed
	}
	var s saved
	session := &Session{
		Framework: fw, File: af, Scope: &scope, Today: "2026-11-20", SkipFirst: true,
		Asker: scriptedTUI(t, [][]screen{page}),
		Save:  s.save, Log: io.Discard,
	}
	err := session.Run(context.Background())
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err = %v, want ErrInterrupted", err)
	}
	want := "checklist:\n  KA2-01: \"yes\"\n  KA2-02: \"no\"\n  KA2-03: \"partly\"\n"
	if got := body(s.last()); !strings.HasSuffix(got, want) {
		t.Errorf("saved file ends:\n%s\nwant it to end with:\n%s", got, want)
	}
}

// A form that ends without being completed (on SIGTERM the program can
// stop with no error) is never taken as answered.
func TestTerminalFormStoppedByContextIsNotAnswered(t *testing.T) {
	fw := framework(t)
	af := &checklist.AnswerFile{Framework: fw, Practice: checklist.Practice{Name: "x"}}
	page, _ := itemPages(fw, checklist.Scope{Areas: []string{"KA1"}, Sections: []checklist.Section{checklist.SectionChecklist}})[0], 0
	pf := itemsForm(fw, af, page, true)
	tui := &TUI{Theme: ui.HuhTheme(false), run: func(ctx context.Context, form *huh.Form) error {
		return nil // returned early, State still StateNormal
	}}
	if err := tui.Ask(context.Background(), pf); !errors.Is(err, ErrInterrupted) {
		t.Errorf("err = %v, want ErrInterrupted", err)
	}
	if len(af.Answers) != 0 {
		t.Errorf("an unfinished form left answers: %v", af.Answers)
	}
}

func seqID(prefix string, n int) string {
	return prefix + string(rune('0'+n/10)) + string(rune('0'+n%10))
}
