package assess

import (
	"context"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// Terminal is where the terminal questionnaire runs.
type Terminal struct {
	In     io.Reader
	Out    io.Writer
	Theme  huh.Theme
	Styles ui.Styles
}

// screen is what the questionnaire shows.
type screen int

const (
	overviewScreen screen = iota // the table of contents
	formScreen                   // a question of the profile, route or scope
	itemsScreen                  // an items page: intro, a question, its end
	noteScreen                   // the note (and evidence) of a question or a page
	endScreen                    // every page visited: finish, or go back
)

// stopMsg asks the model to stop, keeping what was typed (a signal).
type stopMsg struct{}

// model is the terminal questionnaire: a Bubble Tea model that hosts one
// huh field at a time (the question in view) and does the moving around
// itself, so that a keystroke only ever updates and draws the field in
// view (on the note screen, the note and its evidence).
type model struct {
	s      *Session
	p      *locale.Printer
	st     ui.Styles
	theme  huh.Theme
	keymap *huh.KeyMap

	width, height int

	screen screen
	pageID string
	// q is the question: on a form page the index of the field; on an
	// items page -1 for the intro, len(items) for the page's end.
	q int
	// from is where the overview returns to with esc.
	from *place
	// cursor is the overview's selected row.
	cursor int

	status  string // one line of news: saved, welcome back, skipped
	problem string // why the last key could not be taken
	// offer is the page just left with questions unanswered: the next
	// key, if it is tab, goes to the first of them (the status says so).
	offer string

	field  huh.Field // the field in view
	choice string
	text   string
	multi  []string
	search string

	noteItem      string // the item whose note is edited; "" for the page
	noteText      string
	evidenceText  string
	noteField     *huh.Text
	evidenceField *huh.Input
	noteFocus     int

	finished bool
	saveErr  error

	cache viewCache
}

// place is a position in the questionnaire.
type place struct {
	screen screen
	pageID string
	q      int
}

// RunTerminal runs the questionnaire on a terminal until the user
// finishes (nil), stops it (ErrInterrupted) or a save fails.
func (s *Session) RunTerminal(ctx context.Context, t Terminal) error {
	m := s.newModel(t.Theme, t.Styles)
	prog := tea.NewProgram(m, tea.WithInput(t.In), tea.WithOutput(t.Out),
		// Signals are the session's (see Stopper): Bubble Tea's own handler
		// can block for ever sending on its message channel while a
		// stopping program waits for it, so that SIGTERM hangs the
		// process now and then and a second one does nothing
		// (https://github.com/charmbracelet/bubbletea/pull/1806).
		tea.WithoutSignalHandler())
	done := make(chan struct{})
	defer close(done)
	go s.watchStop(ctx, done, prog.Send, prog.Kill)
	final, err := prog.Run()
	if fm, ok := final.(*model); ok {
		m = fm
	}
	return s.endTerminal(m, err)
}

// watchStop turns a stop request (a signal) or a cancelled context into
// a stopMsg for the running program, and a second request into killing
// it.
func (s *Session) watchStop(ctx context.Context, done <-chan struct{}, send func(tea.Msg), kill func()) {
	stop := s.Stop
	if stop == nil {
		stop = NewStopper()
	}
	select {
	case <-done:
		return
	case <-ctx.Done():
	case <-stop.Done():
	}
	send(stopMsg{})
	select {
	case <-done:
	case <-stop.Again():
		kill()
	}
}

// endTerminal keeps what the model holds after the program ended, for
// whatever reason, and saves it.
func (s *Session) endTerminal(m *model, runErr error) error {
	m.keepTyped()
	saveErr := s.save()
	switch {
	case m.saveErr != nil:
		return m.saveErr
	case saveErr != nil:
		return saveErr
	case m.finished:
		return nil
	case runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) && !errors.Is(runErr, tea.ErrInterrupted):
		return errors.Join(ErrInterrupted, runErr)
	}
	return ErrInterrupted
}

func (s *Session) newModel(theme huh.Theme, st ui.Styles) *model {
	s.start()
	km := huh.NewDefaultKeyMap()
	// The model moves between questions itself; the fields only edit.
	km.Select.Filter.SetEnabled(false)
	km.MultiSelect.Filter.SetEnabled(false)
	km.Text.Editor.SetEnabled(false)
	m := &model{s: s, p: s.p, st: st, theme: cachedTheme(theme), keymap: km, width: 80, height: 24}
	switch {
	case s.resuming && !s.Review:
		m.openOverview()
		a, t := s.counts()
		m.status = s.p.Sprintf("Welcome back. %s: %d of %d questions answered.", s.File.Practice.Name, a, t)
	default:
		m.open(s.pages[0].ID, 0)
	}
	return m
}

// cachedTheme computes a theme's styles once: huh asks for them on every
// draw of every field.
func cachedTheme(t huh.Theme) huh.Theme {
	if t == nil {
		t = huh.ThemeFunc(huh.ThemeBase)
	}
	var dark, light *huh.Styles
	return huh.ThemeFunc(func(isDark bool) *huh.Styles {
		if isDark {
			if dark == nil {
				dark = t.Theme(true)
			}
			return dark
		}
		if light == nil {
			light = t.Theme(false)
		}
		return light
	})
}

func (m *model) Init() tea.Cmd { return nil }

func (m *model) page() *Page {
	if i := m.s.pageIndex(m.pageID); i >= 0 {
		return m.s.pages[i]
	}
	return m.s.pages[0]
}

func (m *model) pageIdx() int { return max(m.s.pageIndex(m.pageID), 0) }

// Update handles one message: a key, a new window size, a stop.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case stopMsg:
		return m, m.stop()
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m, m.stop()
		}
		m.problem = ""
		if offer := m.offer; offer != "" {
			m.offer = ""
			if msg.String() == "tab" && m.takeOffer(offer) {
				return m, nil
			}
		}
		var cmd tea.Cmd
		switch m.screen {
		case overviewScreen:
			cmd = m.overviewKey(msg)
		case formScreen:
			cmd = m.formKey(msg)
		case itemsScreen:
			cmd = m.itemsKey(msg)
		case noteScreen:
			cmd = m.noteKey(msg)
		case endScreen:
			cmd = m.endKey(msg)
		}
		m.persist()
		return m, cmd
	}
	// Anything else (a paste, the background colour) goes to the field.
	return m, m.forward(msg)
}

// forward passes a message to the field in view.
func (m *model) forward(msg tea.Msg) tea.Cmd {
	switch {
	case m.screen == noteScreen:
		if m.noteFocus == 0 {
			_, cmd := m.noteField.Update(msg)
			return cmd
		}
		_, cmd := m.evidenceField.Update(msg)
		return cmd
	case m.field != nil:
		_, cmd := m.field.Update(msg)
		return cmd
	}
	return nil
}

// persist saves the file after a change.
func (m *model) persist() {
	if err := m.s.save(); err != nil {
		m.saveErr = err
		m.problem = m.p.Sprintf("Could not save: %s", err.Error())
	}
}

// stop keeps what was typed and ends the program.
func (m *model) stop() tea.Cmd {
	m.keepTyped()
	return tea.Quit
}

// keepTyped stores text being typed when the questionnaire stops: a note,
// or a line of the profile. Nothing typed is lost.
func (m *model) keepTyped() {
	switch m.screen {
	case noteScreen:
		m.saveNote()
	case formScreen:
		if f := m.formField(); f != nil && f.Kind == TextField {
			m.confirmField(f, false)
		}
	}
}

// open shows a page: a form at its field at, an items page at question
// at (-1: its intro).
func (m *model) open(pageID string, at int) {
	var left *Page
	if prev := m.pageID; prev != pageID {
		m.status = ""
		if prev != "" && m.screen == itemsScreen {
			left = m.page()
		}
	}
	m.pageID = pageID
	pg := m.page()
	m.field = nil
	if pg.Kind != ItemsPage {
		m.screen = formScreen
		fields := shownFields(pg)
		m.q = min(max(at, 0), len(fields)-1)
		m.buildFormField()
	} else {
		m.screen = itemsScreen
		m.q = min(max(at, -1), len(pg.Items))
		m.buildAnswerField()
	}
	if left != nil {
		m.noteSkipped(left)
	}
}

// noteSkipped says, on leaving a page, how many of its questions have no
// answer, and offers to go to them: tab, as the next key, goes to the
// first (on a form, tab goes to the next field, so it only says which).
func (m *model) noteSkipped(pg *Page) {
	if pg.Kind != ItemsPage {
		return
	}
	ids := pg.unansweredIDs(m.s.File)
	if len(ids) == 0 || len(ids) == len(pg.Items) {
		return
	}
	m.status = m.p.Sprintf("%s: %s without an answer (%s).", pg.ID, m.p.Sprintf("%d questions", len(ids)), shortIDs(ids, 4))
	// Tab has another use on a form, and at the end of a page that has
	// questions left (its own first one).
	here := m.page()
	atEnd := m.screen == itemsScreen && m.q >= len(here.Items) && here.firstUnanswered(m.s.File, 0) >= 0
	if m.screen != formScreen && !atEnd {
		m.status += " " + m.p.Sprintf("Tab goes to %s.", ids[0])
		m.offer = pg.ID
	}
}

// takeOffer goes to the first unanswered question of a page left a
// moment ago; it reports false when there is none any more.
func (m *model) takeOffer(pageID string) bool {
	i := m.s.pageIndex(pageID)
	if i < 0 || m.screen == formScreen || m.screen == noteScreen {
		return false
	}
	q := m.s.pages[i].firstUnanswered(m.s.File, 0)
	if q < 0 {
		return false
	}
	m.open(pageID, q)
	m.status = ""
	return true
}

func shownFields(pg *Page) []*Field {
	var out []*Field
	for _, f := range pg.Fields {
		if f.shown() {
			out = append(out, f)
		}
	}
	return out
}

func (m *model) formField() *Field {
	if m.screen != formScreen {
		return nil
	}
	fields := shownFields(m.page())
	if m.q < 0 || m.q >= len(fields) {
		return nil
	}
	return fields[m.q]
}

// continueFrom goes on from a page: to the next unfinished page (the next
// page in review), or to the end.
func (m *model) continueFrom(idx int) {
	next := idx + 1
	if !m.s.Review {
		next = m.s.firstUnfinished(idx + 1)
	}
	if next < 0 || next >= len(m.s.pages) {
		m.openEnd()
		return
	}
	m.open(m.s.pages[next].ID, -1)
}

func (m *model) openEnd() {
	if m.screen == itemsScreen {
		m.noteSkipped(m.page())
	}
	m.screen = endScreen
	m.field = nil
}

func (m *model) openOverview() {
	if m.screen != overviewScreen && m.pageID != "" {
		m.from = &place{m.screen, m.pageID, m.q}
	}
	m.screen = overviewScreen
	m.field = nil
	m.cursor = m.s.firstUnfinished(0)
	if m.from != nil && m.from.screen != endScreen {
		m.cursor = m.s.pageIndex(m.from.pageID)
	}
	if m.cursor < 0 {
		m.cursor = len(m.s.pages) // "Finish"
	}
}

// gotoPage opens the page before or after the current one.
func (m *model) gotoPage(delta int) {
	i := m.pageIdx() + delta
	switch {
	case i < 0:
		m.problem = m.p.Sprintf("This is the first page.")
	case i >= len(m.s.pages):
		m.openEnd()
	default:
		m.open(m.s.pages[i].ID, -1)
	}
}

// gotoUnanswered opens the next (dir 1) or previous (dir -1) question
// without an answer, on any page, going round at the end.
func (m *model) gotoUnanswered(dir int) {
	pages := m.s.pages
	start, q := m.pageIdx(), m.q
	if m.screen != itemsScreen {
		q = -1
		if dir < 0 {
			q = 1 << 30
		}
		if m.screen == endScreen || m.screen == overviewScreen {
			start = 0
			if dir < 0 {
				start = len(pages) - 1
			}
		}
	}
	for n := 0; n <= len(pages); n++ {
		pi := ((start+dir*n)%len(pages) + len(pages)) % len(pages)
		pg := pages[pi]
		if pg.Kind != ItemsPage {
			continue
		}
		idx := make([]int, len(pg.Items))
		for i := range idx {
			idx[i] = i
		}
		if dir < 0 {
			slices.Reverse(idx)
		}
		for _, i := range idx {
			if n == 0 && ((dir > 0 && i <= q) || (dir < 0 && i >= q)) {
				continue
			}
			if _, ok := m.s.File.Answers[pg.Items[i].ID]; !ok {
				m.open(pg.ID, i)
				return
			}
		}
	}
	m.problem = m.p.Sprintf("Every question has an answer.")
}

func (m *model) overviewKey(msg tea.KeyPressMsg) tea.Cmd {
	rows := len(m.s.pages) + 1
	switch msg.String() {
	case "up", "k", "shift+tab":
		m.cursor = (m.cursor - 1 + rows) % rows
	case "down", "j":
		m.cursor = (m.cursor + 1) % rows
	case "home", "pgup":
		m.cursor = 0
	case "end", "pgdown":
		m.cursor = rows - 1
	case "enter", "right", "space":
		if m.cursor >= len(m.s.pages) {
			m.finished = true
			return tea.Quit
		}
		m.from = nil
		m.open(m.s.pages[m.cursor].ID, -1)
	case "tab":
		m.gotoUnanswered(1)
	case "esc":
		if m.from != nil {
			f := *m.from
			m.from = nil
			if f.screen == endScreen {
				m.openEnd()
			} else {
				m.open(f.pageID, f.q)
			}
		}
	}
	return nil
}

func (m *model) endKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter":
		m.finished = true
		return tea.Quit
	case "tab":
		m.gotoUnanswered(1)
	case "shift+tab":
		m.gotoUnanswered(-1)
	case "left", "pgup":
		last := m.s.pages[len(m.s.pages)-1]
		m.open(last.ID, len(last.Items))
	case "esc":
		m.openOverview()
	}
	return nil
}

// commonKey handles the keys that move between pages, the same on every
// page; it reports whether it took the key.
func (m *model) commonKey(msg tea.KeyPressMsg) bool {
	switch msg.String() {
	case "pgdown":
		m.gotoPage(1)
	case "pgup":
		m.gotoPage(-1)
	case "tab":
		m.gotoUnanswered(1)
	case "shift+tab":
		m.gotoUnanswered(-1)
	case "esc":
		m.openOverview()
	default:
		return false
	}
	return true
}

func (m *model) itemsKey(msg tea.KeyPressMsg) tea.Cmd {
	pg := m.page()
	n := len(pg.Items)
	k := msg.String()
	if k == "tab" && m.q >= n {
		// At the end of a page, tab goes back to its first question
		// without an answer, as the page's end says.
		if first := pg.firstUnanswered(m.s.File, 0); first >= 0 {
			m.open(pg.ID, first)
			return nil
		}
	}
	// Leaving the field: every key below moves, so the field's own
	// state (the cursor) does not count as an answer.
	switch {
	case k == "ctrl+n":
		if m.q >= 0 && m.q < n {
			m.openNote(pg.Items[m.q].ID)
		} else {
			m.openNote("")
		}
		return nil
	case m.commonKey(msg):
		return nil
	case k == "left":
		if m.q > -1 {
			m.open(pg.ID, m.q-1)
		} else if i := m.pageIdx(); i > 0 {
			prev := m.s.pages[i-1]
			m.open(prev.ID, len(prev.Items))
		}
		return nil
	case k == "right":
		if m.q < n {
			m.open(pg.ID, m.q+1)
		} else {
			m.gotoPage(1)
		}
		return nil
	}
	switch {
	case m.q < 0: // the intro
		if k == "enter" || k == "space" {
			first := pg.firstUnanswered(m.s.File, 0)
			m.open(pg.ID, max(first, 0))
		}
		return nil
	case m.q >= n: // the end of the page
		if k == "enter" {
			m.continueFrom(m.pageIdx())
		}
		return nil
	}
	if a, ok := m.answerForKey(msg); ok {
		m.answer(pg, a.Value)
		return nil
	}
	if k == "enter" {
		if v, ok := m.field.(*huh.Select[string]).Hovered(); ok {
			m.answer(pg, v)
		}
		return nil
	}
	switch k {
	case "up", "down", "home", "end":
		return m.forward(msg)
	}
	if t := strings.TrimSpace(msg.Text); t != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
		// A letter that answers nothing: say which keys do.
		var keys []string
		for _, a := range m.s.answers {
			keys = append(keys, a.Key)
		}
		m.problem = m.p.Sprintf("%s is not an answer here: press %s, or a number from 1 to %d.", t, strings.Join(keys, ", "), len(m.s.answers))
	}
	return nil
}

// answerForKey finds the answer a key stands for: its letter (with or
// without an accent: ý is y), or its number in the list.
func (m *model) answerForKey(msg tea.KeyPressMsg) (answer, bool) {
	t := sortKey(msg.Text)
	if t == "" || msg.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
		return answer{}, false
	}
	for _, a := range m.s.answers {
		if a.Key == t {
			return a, true
		}
	}
	if n, err := strconv.Atoi(t); err == nil && n >= 1 && n <= len(m.s.answers) {
		return m.s.answers[n-1], true
	}
	return answer{}, false
}

// answer records the answer to the question in view and moves on.
func (m *model) answer(pg *Page, value string) {
	it := pg.Items[m.q]
	m.s.setAnswer(it.ID, value)
	m.status = ""
	m.open(pg.ID, m.q+1)
}

func (m *model) formKey(msg tea.KeyPressMsg) tea.Cmd {
	f := m.formField()
	if f == nil {
		return nil
	}
	k := msg.String()
	switch k {
	case "enter", "tab":
		if !m.confirmField(f, true) {
			return nil
		}
		fields := shownFields(m.page())
		if m.q+1 < len(fields) {
			m.open(m.pageID, m.q+1)
		} else {
			m.continueFrom(m.pageIdx())
		}
		return nil
	case "shift+tab":
		if !m.confirmField(f, false) {
			return nil
		}
		if m.q > 0 {
			m.open(m.pageID, m.q-1)
		} else {
			m.gotoPage(-1)
		}
		return nil
	case "pgdown", "pgup", "esc":
		if !m.confirmField(f, false) {
			return nil
		}
		m.commonKey(msg)
		return nil
	case "ctrl+n":
		return nil
	}
	if f.Search {
		return m.searchKey(msg)
	}
	return m.forward(msg)
}

// confirmField takes the value of the field in view. With strict, an
// unchanged choice counts as given; a text field is always taken. On a
// problem it stays and says why.
func (m *model) confirmField(f *Field, strict bool) bool {
	old, oldValues := f.Value, slices.Clone(f.Values)
	switch f.Kind {
	case TextField:
		f.Value = m.text
	case ChoiceField:
		if sel, ok := m.field.(*huh.Select[string]); ok {
			if v, ok := sel.Hovered(); ok {
				f.Value = v
			}
		}
	case MultiField:
		f.Values = slices.Clone(m.multi)
	}
	if !strict && f.confirmed && f.Value == old && slices.Equal(f.Values, oldValues) {
		return true
	}
	if err := f.confirm(); err != nil {
		f.Value, f.Values = old, oldValues
		m.problem = err.Error()
		return false
	}
	if f.Value != old || !slices.Equal(f.Values, oldValues) || strict {
		m.s.confirmed(m.page(), f)
	}
	return true
}

// searchKey types into the search of a long list (the countries).
func (m *model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "backspace":
		if r := []rune(m.search); len(r) > 0 {
			m.search = string(r[:len(r)-1])
			m.buildFormField()
		}
		return nil
	case "up", "down", "home", "end":
		return m.forward(msg)
	}
	if msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
		m.search += msg.Text
		m.buildFormField()
	}
	return nil
}

func (m *model) openNote(itemID string) {
	m.from = &place{m.screen, m.pageID, m.q}
	m.screen = noteScreen
	m.noteItem = itemID
	m.noteFocus = 0
	if itemID != "" {
		m.noteText, m.evidenceText = m.s.itemNote(itemID)
	} else {
		m.noteText = m.s.File.Notes[m.page().NoteKey]
		m.evidenceText = ""
	}
	m.buildNoteFields()
}

// saveNote stores the note (and evidence) being edited.
func (m *model) saveNote() {
	note := m.noteField.GetValue().(string)
	if m.noteItem == "" {
		m.s.setPageNote(m.page().NoteKey, note)
		return
	}
	m.s.setItemNote(m.noteItem, note, m.evidenceField.GetValue().(string))
}

func (m *model) noteKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter", "esc":
		m.saveNote()
		m.status = m.p.Sprintf("Note saved.")
		f := m.from
		m.from = nil
		m.open(f.pageID, f.q)
		return nil
	case "tab", "shift+tab":
		if m.noteItem == "" {
			return nil
		}
		m.noteFocus = 1 - m.noteFocus
		if m.noteFocus == 0 {
			m.evidenceField.Blur()
			return m.noteField.Focus()
		}
		m.noteField.Blur()
		return m.evidenceField.Focus()
	}
	return m.forward(msg)
}
