package assess

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

func framework(t testing.TB) *checklist.Framework {
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
	return body(s.versions[len(s.versions)-1])
}

// body drops the two comment lines WriteAnswers puts at the top.
func body(file string) string {
	lines := strings.SplitN(file, "\n", 3)
	if len(lines) < 3 {
		return file
	}
	return lines[2]
}

// where says what the model shows, for tests to wait on: "overview",
// "end", "form:profile:0", "items:KA1:-1" (the intro), "note:KA1-03".
func (m *model) where() string {
	switch m.screen {
	case overviewScreen:
		return "overview"
	case endScreen:
		return "end"
	case noteScreen:
		return "note:" + m.noteItem
	case formScreen:
		return fmt.Sprintf("form:%s:%d", m.pageID, m.q)
	}
	return fmt.Sprintf("items:%s:%d", m.pageID, m.q)
}

// probe runs the model and reports, after every update and from the
// program's own goroutine, where it is: a test waits for each screen
// before it types, never firing keys blind.
type probe struct {
	mu     sync.Mutex // the test reads the model between updates
	m      *model
	places chan string
}

func (p *probe) Init() tea.Cmd { return p.m.Init() }

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, cmd := p.m.Update(msg)
	select { // keep only the latest
	case <-p.places:
	default:
	}
	p.places <- p.m.where()
	return p, cmd
}

func (p *probe) View() tea.View {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m.View()
}

// view draws the screen as it is now, and its one line of news.
func (d *drive) view() (screen, status string) {
	d.p.mu.Lock()
	defer d.p.mu.Unlock()
	return d.p.m.render(), d.p.m.status
}

// drive runs a session's terminal model under teatest.
type drive struct {
	t  *testing.T
	tm *teatest.TestModel
	p  *probe
	s  *Session
}

func start(t *testing.T, s *Session, w, h int) *drive {
	t.Helper()
	m := s.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	p := &probe{m: m, places: make(chan string, 1)}
	p.places <- m.where()
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(w, h))
	return &drive{t: t, tm: tm, p: p, s: s}
}

// at waits until the model shows place, then presses keys.
func (d *drive) at(place string, keys ...tea.Msg) {
	d.t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case got := <-d.p.places:
			if got == place {
				for _, k := range keys {
					d.tm.Send(k)
				}
				return
			}
		case <-deadline:
			d.t.Fatalf("the questionnaire never showed %s (last: %s)", place, d.p.m.where())
		}
	}
}

// end waits for the program to end and saves, as RunTerminal does.
func (d *drive) end() error {
	d.t.Helper()
	d.tm.WaitFinished(d.t, teatest.WithFinalTimeout(5*time.Second))
	return d.s.endTerminal(d.p.m, nil)
}

func press(names ...string) []tea.Msg {
	var msgs []tea.Msg
	for _, n := range names {
		switch n {
		case "enter":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyEnter})
		case "esc":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyEscape})
		case "tab":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyTab})
		case "down":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyDown})
		case "up":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyUp})
		case "left":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyLeft})
		case "right":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyRight})
		case "pgdown":
			msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyPgDown})
		case "ctrl+c":
			msgs = append(msgs, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
		case "ctrl+n":
			msgs = append(msgs, tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
		default:
			for _, r := range n {
				msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	return msgs
}

const bureauProfile = `scorecard: 1
framework: effective-inclusion
practice:
  name: Welcome Bureau
  organisation: Sofia Development Association
  organisation_type: local-authority
  country: BG
  assessed_on: "2026-11-20"
`

func bureau(t testing.TB, fw *checklist.Framework, extra string) *checklist.AnswerFile {
	t.Helper()
	af, err := checklist.LoadAnswers("bureau.yaml", []byte(bureauProfile+extra), func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af
}

// A 10-question key area answered with one letter each, counting every
// key from the contents a resumed assessment opens on: enter to open the
// key area, enter on its introduction, ten y: twelve keystrokes, and
// every answer is in the file.
func TestTenYesKeysAnswerAKeyArea(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	d := start(t, session, 80, 24)
	keys := 0
	at := func(place string, key string) {
		t.Helper()
		keys++
		d.at(place, press(key)...)
	}
	at("overview", "enter") // welcome back: the cursor is on KA1
	at("items:KA1:-1", "enter")
	for i := range 10 {
		at(fmt.Sprintf("items:KA1:%d", i), "y")
	}
	d.at("items:KA1:10")
	var want strings.Builder
	want.WriteString("checklist:\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&want, "  KA1-%02d: \"yes\"\n", i)
	}
	if got := s.last(); !strings.HasSuffix(got, want.String()) {
		t.Errorf("after %d keys the file ends:\n%s\nwant:\n%s", keys, got, want.String())
	}
	if keys > 12 {
		t.Errorf("%d keystrokes, want at most 12", keys)
	}
	d.tm.Send(press("ctrl+c")[0])
	d.end()
}

// The overview, a jump to the quick scan, two answers, back to KA1, an
// answer changed, a note and evidence on a question, then Ctrl-C in the
// middle of a second note: everything is in the file, the half-typed note
// too, and the questionnaire opened again starts on the overview with the
// right counts.
func TestOverviewJumpNoteInterruptResume(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	scope := &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist, checklist.SectionQuickScan}, Areas: []string{"KA1"}}
	af := bureau(t, fw, "checklist:\n  KA1-01: yes\n  KA1-02: no\n")
	session := &Session{Framework: fw, File: af, Today: "2026-11-20", Save: s.save, Scope: scope}
	d := start(t, session, 120, 40)
	// Rows: the practice, KA1, the quick scan, finish; the cursor starts
	// on KA1, the first page not finished.
	d.at("overview", press("down", "enter")...)
	d.at("items:OC:-1", press("enter")...)
	d.at("items:OC:0", press("p")...)
	d.at("items:OC:1", press("n")...)
	d.at("items:OC:2", press("esc")...)
	d.at("overview", press("up", "enter")...)
	d.at("items:KA1:-1", press("right")...)
	d.at("items:KA1:0", press("right")...)
	d.at("items:KA1:1", press("p")...) // KA1-02: no → partly
	d.at("items:KA1:2", press("y")...)
	d.at("items:KA1:3", press("left")...)
	d.at("items:KA1:2", press("ctrl+n")...)
	d.at("note:KA1-03", press("Annual survey, 2025 edition")...)
	for _, k := range press("tab", "survey-2025.pdf", "enter") {
		d.tm.Send(k)
	}
	d.at("items:KA1:2", press("right")...)
	d.at("items:KA1:3", press("n", "ctrl+n")...) // KA1-04: no, then KA1-05's note
	d.at("note:KA1-05", press("Half-typed about the ")...)
	d.tm.Send(press("ctrl+c")[0])
	if err := d.end(); err != ErrInterrupted {
		t.Fatalf("err = %v, want ErrInterrupted", err)
	}
	got := s.last()
	for _, want := range []string{
		"  KA1-01: \"yes\"\n",
		"  KA1-02: \"partly\"\n",
		"  KA1-03: {answer: \"yes\", note: \"Annual survey, 2025 edition\", evidence: \"survey-2025.pdf\"}\n",
		"  KA1-04: \"no\"\n",
		"  OC-01: \"partly\"\n",
		"  OC-02: \"no\"\n",
		// KA1-05 has no answer: its note waits in the page's note.
		"  KA1: 'KA1-05 (not answered yet): Half-typed about the'\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the file lacks %q:\n%s", want, got)
		}
	}

	// Open it again: the overview, with the counts of the file.
	again := bureau(t, fw, strings.TrimPrefix(got, bureauProfile))
	if again.Answers["KA1-03"].Evidence != "survey-2025.pdf" {
		t.Errorf("evidence not read back: %+v", again.Answers["KA1-03"])
	}
	var s2 saved
	d2 := start(t, &Session{Framework: fw, File: again, Today: "2026-11-20", Save: s2.save, Scope: scope}, 120, 40)
	d2.at("overview")
	view, _ := d2.view()
	for _, want := range []string{"Welcome back. Welcome Bureau: 6 of 23 questions answered.", "4 of 10", "2 of 13", "6 of 23 answered"} {
		if !strings.Contains(view, want) {
			t.Errorf("the overview lacks %q:\n%s", want, view)
		}
	}
	if !strings.Contains(view, "> ◐ KA1") {
		t.Errorf("the cursor is not on the first unfinished page:\n%s", view)
	}
	d2.tm.Send(press("ctrl+c")[0])
	d2.end()
}

// A new assessment without flags (what make run starts): the profile,
// the scope page, then the first key area.
func TestNewAssessmentWithoutFlags(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: &checklist.AnswerFile{Framework: fw}, Today: "2026-11-20", Save: s.save}
	d := start(t, session, 80, 24)
	d.at("form:profile:0", press("Gdańsk Welcome Point", "enter")...)
	d.at("form:profile:1", press("City of Gdańsk", "enter")...)
	d.at("form:profile:2", press("down", "enter")...) // local authority, right under "not specified"
	d.at("form:profile:3", press("pol", "enter")...)  // Poland
	d.at("form:profile:4", press("enter")...)         // today
	d.at("form:profile:5", press("Ana, Olena", "enter")...)
	d.at("form:profile:6", press("up", "up", "enter")...)                   // from "not recorded" up to "yes"
	d.at("form:profile:7", press("up", "up", "up", "up", "up", "enter")...) // from "not recorded" up to "staff"
	// The scope: untick the quality indicators, then only KA2.
	d.at("form:scope:0", press("down", "down", "x", "enter")...)
	d.at("form:scope:1", press("down", "x", "down", "x", "down", "x", "down", "x", "down", "x", "enter")...)
	d.at("items:KA1:-1")
	if got := d.p.m.s.pages[len(d.p.m.s.pages)-1].ID; got != "OC" {
		t.Errorf("the last page is %s, want the quick scan", got)
	}
	d.tm.Send(press("ctrl+c")[0])
	d.end()
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
perspective: staff
scope:
  sections: [checklist, quick_scan]
  key_areas: [KA1]
checklist: {}
quick_scan: {}
`
	if diff := cmp.Diff(want, s.last()); diff != "" {
		t.Errorf("saved file (-want +got):\n%s", diff)
	}
}

// Leaving a page with skipped questions says how many, and tab, as the
// next key, goes to the first of them; at the end of a page, tab goes to
// the first question it left without an answer. Otherwise tab goes to the
// next question without an answer, on any page.
func TestSkippedQuestionsAreOfferedOnLeaving(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1", "KA2"}}}
	d := start(t, session, 100, 30)
	d.at("form:profile:0", press("pgdown")...)
	d.at("items:KA1:-1", press("enter")...)
	d.at("items:KA1:0", press("y", "s", "y")...)
	d.at("items:KA1:3", press("pgdown")...)
	d.at("items:KA2:-1")
	if _, status := d.view(); status != "KA1: 8 questions without an answer (KA1-02, KA1-04, KA1-05, KA1-06, …). Tab goes to KA1-02." {
		t.Errorf("no word on the skipped questions: %s", status)
	}
	d.tm.Send(press("tab")[0])
	d.at("items:KA1:1", press("pgdown")...)
	// The offer holds for one key: after another, tab goes on as usual.
	d.at("items:KA2:-1", press("down", "tab")...)
	d.at("items:KA2:0", press("left", "left")...)
	d.at("items:KA1:10")
	if screen, _ := d.view(); !strings.Contains(screen, "KA1: 2 of 10 answered. Without an answer: KA1-02, KA1-04") || !strings.Contains(screen, "Tab goes to KA1-02.") {
		t.Errorf("the end of the page does not say where tab goes:\n%s", screen)
	}
	d.tm.Send(press("tab")[0])
	// Back at the end of KA1 from KA2, which has questions left too: tab
	// goes to KA1's, as the page's end says, not to KA2's.
	d.at("items:KA1:1", press("pgdown")...)
	d.at("items:KA2:-1", press("enter")...)
	d.at("items:KA2:0", press("y", "left", "left", "left")...)
	d.at("items:KA1:10")
	if _, status := d.view(); strings.Contains(status, "Tab") {
		t.Errorf("the status offers tab for another page: %s", status)
	}
	d.tm.Send(press("tab")[0])
	d.at("items:KA1:1", press("esc")...)
	d.at("overview", press("tab")...)
	d.at("items:KA1:1", press("ctrl+c")...)
	d.end()
}

// A window too small for the answers says what it needs; made larger
// again, the question and its answers come back.
func TestResizing(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA4"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.open("KA4", 0)
	for _, size := range [][2]int{{40, 8}, {60, 16}, {80, 24}, {120, 40}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		view := m.render()
		lines := strings.Split(view, "\n")
		small := strings.Contains(view, "needs at least")
		switch {
		case size[1] <= 12 && !small:
			t.Errorf("%v: no word on the size needed:\n%s", size, view)
		case size[1] >= 24 && (small || !strings.Contains(view, "s  Skip for now") || !strings.Contains(view, "ctrl+c")):
			t.Errorf("%v: the answers or keys are not all in view:\n%s", size, view)
		case !small && len(lines) > size[1]:
			t.Errorf("%v: %d lines drawn", size, len(lines))
		}
		for _, l := range lines {
			if w := lipglossWidth(l); w > size[0] {
				t.Errorf("%v: a line of %d columns: %q", size, w, l)
			}
		}
	}

	// The note's editor stays in view down to 40 × 12: the question and
	// the other field give way.
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	m.openNote("KA4-01")
	m.noteField.Update(tea.PasteMsg{Content: "Weekly talks"})
	if view := m.render(); !strings.Contains(view, "Note on KA4-01") || !strings.Contains(view, "Weekly talks") || strings.Contains(view, "needs at least") {
		t.Errorf("40 × 12: the note is not in view:\n%s", view)
	}
	m.Update(press("tab")[0])
	if view := m.render(); !strings.Contains(view, "Evidence") || strings.Contains(view, "needs at least") {
		t.Errorf("40 × 12: the evidence is not in view:\n%s", view)
	}
	m.Update(tea.WindowSizeMsg{Width: 45, Height: 12})
	m.Update(press("tab")[0])
	m.Update(press("esc")[0])
	if view := m.render(); !strings.Contains(oneLine(view), "This window is 45 × 12. The questionnaire needs at least 45 × 17") {
		t.Errorf("45 × 12: the size needed is not said at this width:\n%s", view)
	}
	// and that size is enough, one line less is not.
	m.Update(tea.WindowSizeMsg{Width: 45, Height: 17})
	if view := m.render(); strings.Contains(view, "needs at least") || !strings.Contains(view, "s  Skip for now") {
		t.Errorf("45 × 17 is not enough:\n%s", view)
	}
	m.Update(tea.WindowSizeMsg{Width: 45, Height: 16})
	if view := m.render(); !strings.Contains(view, "needs at least") {
		t.Errorf("45 × 16 hides something:\n%s", view)
	}
	// Below the smallest size of all, the size asked for is still the one
	// this question needs (it once asked for 40 × 12 at 40 × 8, then for
	// more once the window was made 40 × 12).
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 8})
	var w, h int
	if _, err := fmt.Sscanf(strings.SplitN(oneLine(m.render()), "needs at least ", 2)[1], "%d × %d", &w, &h); err != nil || w != 40 || h <= 12 {
		t.Fatalf("40 × 8 asks for %d × %d (%v):\n%s", w, h, err, m.render())
	}
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	if view := m.render(); strings.Contains(view, "needs at least") {
		t.Errorf("%d × %d, the size asked for, is not enough:\n%s", w, h, view)
	}
	m.Update(tea.WindowSizeMsg{Width: w, Height: h - 1})
	if view := m.render(); !strings.Contains(view, "needs at least") {
		t.Errorf("%d × %d hides something:\n%s", w, h-1, view)
	}
}

// Every screen shows its keys, at 80×24.
func TestKeysAreAlwaysShown(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save, Review: true}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	check := func(what string, want ...string) {
		t.Helper()
		view := m.render()
		if n := len(strings.Split(view, "\n")); n != 24 {
			t.Errorf("%s: %d lines, want 24", what, n)
		}
		for _, k := range want {
			if !strings.Contains(view, k) {
				t.Errorf("%s: the keys lack %q:\n%s", what, k, view)
			}
		}
	}
	check("profile", "enter next", "esc contents", "ctrl+c stop")
	m.open("scope", 0)
	check("scope", "x tick or untick", "pgup/pgdn page")
	m.open("KA4", -1)
	check("intro", "enter start", "tab unanswered", "ctrl+n page note")
	for q := range 19 {
		m.open("KA4", q)
		check("KA4 question", "y/p/n/a/d/s answer", "←→ question", "pgup/pgdn page", "tab unanswered", "ctrl+n note", "esc contents", "ctrl+c stop")
	}
	m.open("KA4", 19)
	check("page end", "enter continue")
	m.openNote("KA4-01")
	check("note", "enter done", "ctrl+j new line")
	m.openOverview()
	check("overview", "enter open", "tab next unanswered")
	m.openEnd()
	check("end", "enter finish")
}

// A search never picks "not specified", and finds by name or code.
func TestSearch(t *testing.T) {
	t.Parallel()
	opts := countryOptions(locale.English(), "")
	for _, tt := range []struct{ query, first string }{
		{"no", "NO"}, {"bg", "BG"}, {"bulg", "BG"}, {"aland", "AX"}, {"Türk", "TR"}, {"united k", "GB"},
	} {
		got := search(opts, tt.query)
		if len(got) == 0 || got[0].Value != tt.first {
			t.Errorf("search %q: first %v, want %s", tt.query, got[:min(len(got), 3)], tt.first)
		}
		for _, o := range got {
			if o.Value == "" {
				t.Errorf("search %q offers %q", tt.query, o.Label)
			}
		}
	}
}

// Countries are listed in the alphabet of the reader's language:
// in Lithuanian Čadas (Chad) comes after Centrinės Afrikos Respublika and
// Šveicarija after Sudanas, Žaliasis Kyšulys (Cape Verde) after Zimbabvė,
// where an English sort that ignores accents
// would mix them.
func TestCountriesInTheReadersAlphabet(t *testing.T) {
	t.Parallel()
	lt, err := locale.New("lt")
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, o := range countryOptions(lt, "") {
		at[o.Value] = i
	}
	for _, pair := range [][2]string{{"CF", "TD"}, {"SD", "CH"}, {"ZW", "CV"}} {
		before, after := pair[0], pair[1]
		if at[before] > at[after] {
			t.Errorf("in Lithuanian, %s is listed after %s", before, after)
		}
	}
	if at[""] != 0 {
		t.Errorf("\"not specified\" is not first")
	}
}

// The answer keys come from the scale's labels: y p n a d s for the
// built-in scale (d for "Don't know"), letters of their own words for a translated one, never
// the same letter twice.
func TestAnswerKeys(t *testing.T) {
	t.Parallel()
	keysOf := func(as []answer) string {
		var ks []string
		for _, a := range as {
			ks = append(ks, a.Key)
		}
		return strings.Join(ks, " ")
	}
	if got := keysOf(answers(locale.English(), framework(t))); got != "y p n a d s" {
		t.Errorf("built-in keys = %q, want y p n a d s", got)
	}
	lt := &checklist.Framework{Scale: []*checklist.ScaleValue{
		{Value: "yes", Label: "Taip"}, {Value: "partly", Label: "Iš dalies"}, {Value: "no", Label: "Ne"}, {Value: "na", Label: "Netaikoma", NA: true},
	}}
	if got := keysOf(answers(locale.English(), lt)); got != "t i n e s" {
		t.Errorf("Lithuanian keys = %q, want t i n e s", got)
	}
	// "Nežinau": n and e are taken, so its next letter, ž, without its
	// accent (keys never need a dead key; ž typed on a Lithuanian keyboard
	// works too).
	lt.Scale = append(lt.Scale, &checklist.ScaleValue{Value: "unknown", Label: "Nežinau", Unknown: true})
	if got := keysOf(answers(locale.English(), lt)); got != "t i n e z s" {
		t.Errorf("Lithuanian keys with don't know = %q, want t i n e z s", got)
	}
	ru := &checklist.Framework{Scale: []*checklist.ScaleValue{
		{Value: "yes", Label: "Да"}, {Value: "partly", Label: "Частично"}, {Value: "no", Label: "Нет"}, {Value: "na", Label: "Не применимо", NA: true},
	}}
	if got := keysOf(answers(locale.English(), ru)); got != "д ч н п s" {
		t.Errorf("Russian keys = %q, want д ч н п s", got)
	}
	// Accents are dropped, so that a key needs no dead key: the
	// pseudo-locale's labels get y and a, not ý and å.
	qps := &checklist.Framework{Scale: []*checklist.ScaleValue{
		{Value: "yes", Label: "[Ýéš]"}, {Value: "partly", Label: "[Þåŕţļý]"}, {Value: "no", Label: "[Ñö]"}, {Value: "na", Label: "[Ñöţ åþþļîçåƀļé]", NA: true},
	}}
	if got := keysOf(answers(locale.English(), qps)); got != "y þ n a s" {
		t.Errorf("accented keys = %q, want y þ n a s", got)
	}
}

// A letter that is no answer's key answers nothing, and the screen says
// which keys do; a key typed with its accent works as the plain letter.
func TestOtherLettersSayWhichKeysAnswer(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open("KA1", 0)
	m.Update(press("x")[0])
	if _, ok := session.File.Answers["KA1-01"]; ok || m.q != 0 {
		t.Errorf("x answered KA1-01: %+v, question %d", session.File.Answers["KA1-01"], m.q)
	}
	if view := m.render(); !strings.Contains(view, "x is not an answer here: press y, p, n, a, d, s, or a number from 1 to 6.") {
		t.Errorf("no word on the keys:\n%s", view)
	}
	m.Update(press("ý")[0])
	if got := session.File.Answers["KA1-01"].Value; got != "yes" {
		t.Errorf("ý answered %q, want yes", got)
	}
}

// '/' no longer filters the answers (it used to pick "Skip for now" for
// "/no"): it does nothing, and n answers No.
func TestNoFilterOnAnswers(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.open("KA1", 0)
	for _, k := range press("/", "n") {
		m.Update(k)
	}
	if got := session.File.Answers["KA1-01"].Value; got != "no" {
		t.Errorf("KA1-01 = %q, want no", got)
	}
}

// d answers "Don't know": the answer file records unknown, the strip
// shows d, and the question counts as answered.
func TestDontKnowKey(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: s.save, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.open("KA1", 0)
	for _, k := range press("d") {
		m.Update(k)
	}
	if got := session.File.Answers["KA1-01"].Value; got != "unknown" {
		t.Errorf("KA1-01 = %q, want unknown", got)
	}
	m.open("KA1", 0)
	view := stripANSI(m.render())
	if !strings.Contains(view, "[d]") || !strings.Contains(view, "d  Don't know  ✓") {
		t.Errorf("the answer does not show as d, Don't know:\n%s", view)
	}
	if a, _ := session.counts(); a != 1 {
		t.Errorf("%d answered, want 1", a)
	}
}

func lipglossWidth(s string) int { return len([]rune(stripANSI(s))) }

func stripANSI(s string) string {
	var b strings.Builder
	esc := false
	for _, r := range s {
		switch {
		case r == '\x1b':
			esc = true
		case esc && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			esc = false
		case !esc:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The name alone is enough to save: Ctrl-C right after it keeps it.
func TestStopRightAfterTheName(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	session := &Session{Framework: fw, File: &checklist.AnswerFile{Framework: fw}, Today: "2026-11-20", Save: s.save}
	d := start(t, session, 80, 24)
	d.at("form:profile:0", press("Welcome Bureau", "enter")...)
	d.at("form:profile:1", press("Sofia Dev", "ctrl+c")...) // typed, not confirmed: kept too
	if err := d.end(); err != ErrInterrupted {
		t.Fatalf("err = %v", err)
	}
	if got := s.last(); !strings.Contains(got, "  name: Welcome Bureau\n  organisation: Sofia Dev\n") {
		t.Errorf("saved:\n%s", got)
	}
}

func TestSpokenDashes(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"The Action plan 2021–2027 adds":     "The Action plan 2021 to 2027 adds",
		"two groups – refugees and migrants": "two groups, refugees and migrants",
		"no dash here":                       "no dash here",
	} {
		if got := spokenDashes("to", in); got != want {
			t.Errorf("spokenDashes(%q) = %q, want %q", in, got, want)
		}
	}
}

// The scope page offers the key areas of the route: chosen again, the
// route changes them.
func TestRouteChangesTheAreasOffered(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadBuiltin("involvement")
	if err != nil {
		t.Fatal(err)
	}
	session := &Session{Framework: fw, File: &checklist.AnswerFile{Framework: fw}, Today: "2026-11-20", Save: func(*checklist.AnswerFile) error { return nil }}
	session.start()
	route, scope := session.pages[session.pageIndex("route")], session.pages[session.pageIndex("scope")]
	offered := func() string {
		var ids []string
		for _, f := range shownFields(scope) {
			for _, o := range f.Options {
				ids = append(ids, o.Value)
			}
		}
		return strings.Join(ids, " ")
	}
	for _, tt := range []struct{ route, want string }{
		{"nationals-only", "IN1 IN2 IN3 IN6 IN7 IN8 IN9"},
		{"all-groups", "IN4 IN5 IN6 IN7 IN8 IN9"},
	} {
		f := route.Fields[0]
		f.Value = tt.route
		if err := f.confirm(); err != nil {
			t.Fatal(err)
		}
		session.confirmed(route, f)
		if got := offered(); got != tt.want {
			t.Errorf("route %s: the scope page offers %s, want %s", tt.route, got, tt.want)
		}
	}
}

// A question's screen explains the glossary words of its question and
// help under the help, room permitting; when room is short they go before
// the help does.
func TestQuestionShowsGlossaryWords(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: (&saved{}).save, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	// KA1-01's help speaks of "integration outcomes".
	m.open("KA1", 0)
	view := stripANSI(m.render())
	if !strings.Contains(view, "Words: Integration: A two-way process") {
		t.Errorf("KA1-01 does not explain integration:\n%s", view)
	}
	if strings.Index(view, "Words:") < strings.Index(view, "integration outcomes") {
		t.Errorf("the words come before the help:\n%s", view)
	}
	// KA1-03 uses no glossary word.
	m.open("KA1", 2)
	if view := stripANSI(m.render()); strings.Contains(view, "Words:") {
		t.Errorf("KA1-03 shows glossary words:\n%s", view)
	}
	// In a small window the question, its help and the answers stay.
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open("KA1", 0)
	view = stripANSI(m.render())
	if strings.Contains(view, "Words:") || !strings.Contains(view, "Don't know") || !strings.Contains(view, "Information can come from data") {
		t.Errorf("at 80 × 24, KA1-01:\n%s", view)
	}
}

// Notes kept in the page's note because their question had no answer
// yet ("KA1-05 (not answered yet): …") go back to their questions when
// the assessment is opened again: shown with the question, and saved with
// its answer once it has one, no longer in the page's note.
func TestWaitingNotesGoBackToTheirQuestions(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	af := bureau(t, fw, `checklist:
  KA1-01: "yes"
  KA1-06: "no"
notes:
  KA1: |-
    We rely on the annual survey.
    KA1-05 (not answered yet): Half-typed
    on two lines
    KA1-06 (not answered yet): Asked at the desk. Evidence: desk-log.xlsx
    KA1-07 (not answered yet), evidence: map.pdf
`)
	session := &Session{Framework: fw, File: af, Today: "2026-11-20", Save: s.save,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open("KA1", 4)
	if view := m.render(); !strings.Contains(view, "Note: Half-typed on two lines") {
		t.Errorf("KA1-05 does not show its note:\n%s", view)
	}
	m.Update(press("y")[0])
	want := `checklist:
  KA1-01: "yes"
  KA1-05: {answer: "yes", note: "Half-typed\non two lines"}
  KA1-06: {answer: "no", note: "Asked at the desk.", evidence: "desk-log.xlsx"}
notes:
  KA1: |-
    We rely on the annual survey.
    KA1-07 (not answered yet), evidence: map.pdf
`
	got := s.last()
	if i := strings.Index(got, "checklist:"); i < 0 || got[i:] != want {
		t.Errorf("saved file:\n%s\nwant it to end:\n%s", got, want)
	}
}

// A note kept waiting in Lithuanian goes back to its question when the
// assessment goes on in English.
func TestWaitingNotesInAnotherLanguage(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	var s saved
	af := bureau(t, fw, `notes:
  KA1: |-
    Remiamės metine apklausa.
    KA1-05 (dar neatsakyta): Pusiau parašyta
`)
	session := &Session{Framework: fw, File: af, Today: "2026-11-20", Save: s.save,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA1"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open("KA1", 4)
	if view := m.render(); !strings.Contains(view, "Note: Pusiau parašyta") {
		t.Errorf("KA1-05 does not show its note:\n%s", view)
	}
	m.Update(press("y")[0])
	want := `checklist:
  KA1-05: {answer: "yes", note: "Pusiau parašyta"}
notes:
  KA1: Remiamės metine apklausa.
`
	if got := s.last(); !strings.HasSuffix(got, want) {
		t.Errorf("saved file:\n%s\nwant it to end:\n%s", got, want)
	}
}

// A multi-select is laid out again for the window: its choices wrapped,
// not cut; what was ticked or unticked and the cursor stay; a window too
// small for it says what it needs.
func TestResizingAMultiSelect(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: func(*checklist.AnswerFile) error { return nil }, Review: true}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open("scope", 0)
	m.Update(press("down")[0])
	m.Update(press("x")[0]) // untick the quick scan
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 14})
	view := oneLine(strings.ReplaceAll(stripANSI(m.render()), "┃", ""))
	for _, want := range []string{"the detailed checklists of the key areas", "> [ ] Quick scan: the overarching checklist, a short first look", "is the practice a good practice?"} {
		if !strings.Contains(view, want) {
			t.Errorf("40 × 14 lacks %q:\n%s", want, m.render())
		}
	}
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 13})
	if view := oneLine(m.render()); !strings.Contains(view, "needs at least 40 × 14") {
		t.Errorf("40 × 13: %s", view)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(press("x")[0]) // tick it again: the cursor is still on it
	m.Update(press("enter")[0])
	if got := session.scope.Sections; len(got) != 0 && len(got) != 3 {
		t.Errorf("sections = %v, want all three", got)
	}
	if got := m.where(); got != "form:scope:1" {
		t.Errorf("at %s, want the key areas", got)
	}
}

// Ids stay whole when the questionnaire wraps a line: "KA4-03" is never
// broken after its hyphen, at any width.
func TestWrappingKeepsIdsWhole(t *testing.T) {
	t.Parallel()
	fw := framework(t)
	session := &Session{Framework: fw, File: bureau(t, fw, ""), Today: "2026-11-20", Save: func(*checklist.AnswerFile) error { return nil }, Review: true,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA4"}}}
	m := session.newModel(ui.HuhTheme(false), ui.NewStyles(false))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.open("KA4", 0)
	pg := m.page()
	for w := minWidth - 1; w < maxWidth; w++ {
		for _, l := range m.pageEndBody(pg, w) {
			if strings.HasSuffix(strings.TrimSpace(stripANSI(l)), "-") {
				t.Fatalf("width %d: a line ends in a hyphen: %q", w, l)
			}
		}
	}
}
