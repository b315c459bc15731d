package assess

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// The smallest window the questionnaire draws in; below it, it says what
// size it needs instead of hiding the answers.
const (
	minWidth  = 40
	minHeight = 12
	maxWidth  = 100 // lines longer than this are hard to read
)

// viewCache keeps the wrapped text of the question in view: it only
// changes with the question or the width, not with each keystroke.
type viewCache struct {
	key   string
	lines []string
	words []string // the glossary words of the question in view
}

func (m *model) contentWidth() int { return max(min(m.width, maxWidth), minWidth) - 1 }

// View draws the screen.
func (m *model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = m.title()
	return v
}

// title names the window after what is in view ("scorecard: KA1-03"),
// for a terminal's tabs and tmux's window list.
func (m *model) title() string {
	p := m.p
	switch m.screen {
	case overviewScreen:
		return p.Sprintf("scorecard: contents")
	case endScreen:
		return p.Sprintf("scorecard: the end")
	case formScreen:
		if f := m.formField(); f != nil {
			return p.Sprintf("scorecard: %s", f.Title)
		}
	case noteScreen:
		what := m.noteItem
		if what == "" {
			what = m.page().ID
		}
		if m.noteFocus == 1 {
			return p.Sprintf("scorecard: evidence for %s", what)
		}
		return p.Sprintf("scorecard: note on %s", what)
	case itemsScreen:
		if pg := m.page(); m.q >= 0 && m.q < len(pg.Items) {
			return p.Sprintf("scorecard: %s", pg.Items[m.q].ID)
		}
	}
	return p.Sprintf("scorecard: %s", m.page().ID)
}

func (m *model) render() string {
	head, body, foot, fits := m.screenLines()
	if m.width < minWidth || m.height < minHeight || !fits {
		// The size asked for is the one the screen in view needs at the
		// width it will have, so that making the window that large is
		// enough: it never asks again for more.
		need := minHeight
		if !fits {
			need = max(need, len(head)+len(body)+len(foot))
		}
		return m.tooSmall(minWidth, need)
	}
	room := m.height - len(head) - len(foot)
	if len(body) > room {
		body = append(body[:max(room-1, 0)], m.st.Muted.Render("…"))
	}
	for len(body) < room {
		body = append(body, "")
	}
	return strings.Join(slices.Concat(head, body, foot), "\n")
}

// screenLines lays out the screen in view at the window's size: its header,
// body and footer. fits is false when the body's essentials (the
// question and its answers, the field in view) do not fit; body is then
// those essentials alone.
func (m *model) screenLines() (head, body, foot []string, fits bool) {
	w := m.contentWidth()
	head = m.header(w)
	if m.problem != "" {
		foot = append(foot, wrapLines(m.st.Bad.Render(m.problem), w)...)
	} else if m.status != "" {
		foot = append(foot, wrapLines(m.st.Muted.Render(m.status), w)...)
	}
	foot = append(foot, m.keyHelp(w)...)
	room := m.height - len(head) - len(foot)
	fits = true
	switch m.screen {
	case overviewScreen:
		body = m.overviewBody(w, room)
	case formScreen:
		body, fits = m.formBody(w, room)
	case itemsScreen:
		pg := m.page()
		switch {
		case m.q < 0:
			body = m.introBody(pg, w)
		case m.q >= len(pg.Items):
			body = m.pageEndBody(pg, w)
		default:
			body, fits = m.questionBody(pg, w, room)
		}
	case noteScreen:
		body, fits = m.noteBody(w, room)
	case endScreen:
		body = m.endBody(w)
	}
	return head, body, foot, fits
}

// tooSmall says what size the screen needs: at least w × h, and at
// least as wide as it is when h was measured at its width.
func (m *model) tooSmall(w, h int) string {
	if m.height >= minHeight {
		w = max(w, min(m.width, maxWidth))
	}
	msg := m.p.Sprintf("This window is %d × %d. The questionnaire needs at least %d × %d: please make it larger. Your answers are saved.",
		m.width, m.height, w, h)
	return lipgloss.Wrap(msg, max(m.width, 10), "")
}

// header is the first lines of every screen: where one is, and how far
// the whole assessment has come.
func (m *model) header(w int) []string {
	a, t := m.s.counts()
	right := m.p.Sprintf("%d of %d answered", a, t)
	var left string
	switch m.screen {
	case overviewScreen:
		left = m.p.Sprintf("Contents")
		if name := m.s.File.Practice.Name; name != "" {
			left = name + " · " + left
		}
	case endScreen:
		left = m.p.Sprintf("The end")
	default:
		left = m.page().Title
	}
	left = ansi.Truncate(left, max(w-lipgloss.Width(right)-2, 10), "…")
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 1)
	lines := []string{m.st.Title.Render(left) + strings.Repeat(" ", gap) + m.st.Muted.Render(right)}
	if m.screen == itemsScreen {
		lines = append(lines, m.strip(m.page(), w))
	}
	return append(lines, "")
}

// strip shows the questions of a page on one line, each by its answer's
// key (· for none), the one in view in brackets, then where that is.
func (m *model) strip(pg *Page, w int) string {
	var b strings.Builder
	for i, it := range pg.Items {
		mark := "·"
		if a, ok := m.s.File.Answers[it.ID]; ok {
			mark = m.s.answerOf(a.Value).Key
		}
		if i == m.q {
			b.WriteString("[" + mark + "]")
		} else {
			b.WriteString(" " + mark + " ")
		}
	}
	var where string
	switch {
	case m.q < 0:
		where = m.p.Sprintf("%s, introduction", pg.Place)
	case m.q >= len(pg.Items):
		where = m.p.Sprintf("%s, end of the page", pg.Place)
	default:
		where = m.p.Sprintf("%s, question %d of %d", pg.Place, m.q+1, len(pg.Items))
	}
	return ansi.Truncate(b.String()+"  "+m.st.Muted.Render(where), w, "…")
}

// keyHelp is the always-visible line (or two) of keys of the screen.
func (m *model) keyHelp(w int) []string {
	type kv struct{ k, v string }
	var keys []kv
	stop := kv{"ctrl+c", m.p.Sprintf("stop")}
	page := kv{"pgup/pgdn", m.p.Sprintf("page")}
	contents := kv{"esc", m.p.Sprintf("contents")}
	unanswered := kv{"tab", m.p.Sprintf("unanswered")}
	switch m.screen {
	case overviewScreen:
		keys = []kv{{"↑↓", m.p.Sprintf("choose")}, {"enter", m.p.Sprintf("open")}, {"tab", m.p.Sprintf("next unanswered")}}
		if m.from != nil {
			keys = append(keys, kv{"esc", m.p.Sprintf("back")})
		}
		keys = append(keys, stop)
	case formScreen:
		f := m.formField()
		switch {
		case f != nil && f.Kind == MultiField:
			keys = append(keys, kv{"x", m.p.Sprintf("tick or untick")}, kv{"↑↓", m.p.Sprintf("move")})
		case f != nil && f.Search:
			keys = append(keys, kv{"abc", m.p.Sprintf("search")}, kv{"↑↓", m.p.Sprintf("choose")})
		case f != nil && f.Kind == ChoiceField:
			keys = append(keys, kv{"↑↓", m.p.Sprintf("choose")})
		}
		keys = append(keys, kv{"enter", m.p.Sprintf("next")}, kv{"shift+tab", m.p.Sprintf("back")}, page, contents, stop)
	case itemsScreen:
		pg := m.page()
		switch {
		case m.q < 0:
			keys = []kv{{"enter", m.p.Sprintf("start")}, {"←→", m.p.Sprintf("question")}, page, unanswered, {"ctrl+n", m.p.Sprintf("page note")}, contents, stop}
		case m.q >= len(pg.Items):
			keys = []kv{{"enter", m.p.Sprintf("continue")}, {"←", m.p.Sprintf("question")}, page, unanswered, {"ctrl+n", m.p.Sprintf("page note")}, contents, stop}
		default:
			var letters []string
			for _, a := range m.s.answers {
				letters = append(letters, a.Key)
			}
			keys = []kv{{strings.Join(letters, "/"), m.p.Sprintf("answer")}, {"↑↓ enter", m.p.Sprintf("choose")}, {"←→", m.p.Sprintf("question")},
				page, unanswered, {"ctrl+n", m.p.Sprintf("note")}, contents, stop}
		}
	case noteScreen:
		keys = []kv{{"enter", m.p.Sprintf("done")}}
		if m.noteItem != "" {
			keys = append(keys, kv{"tab", m.p.Sprintf("note or evidence")})
		}
		keys = append(keys, kv{"ctrl+j", m.p.Sprintf("new line")}, stop)
	case endScreen:
		keys = []kv{{"enter", m.p.Sprintf("finish")}, unanswered, {"←", m.p.Sprintf("last page")}, contents, stop}
	}
	var lines []string
	var line strings.Builder
	for _, e := range keys {
		item := m.st.Label.Render(e.k) + " " + m.st.Muted.Render(e.v)
		if line.Len() > 0 && lipgloss.Width(line.String())+2+lipgloss.Width(item) > w {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteString("  ")
		}
		line.WriteString(item)
	}
	return append(lines, line.String())
}

func wrapLines(s string, w int) []string {
	if s == "" {
		return []string{""}
	}
	return strings.Split(ui.Wrap(s, w, 0), "\n")
}

// overviewBody is the table of contents: every page with its state.
func (m *model) overviewBody(w, room int) []string {
	af := m.s.File
	var rows []string
	for i, pg := range m.s.pages {
		mark, count := "○", ""
		if pg.Kind == ItemsPage {
			a := pg.answered(af)
			count = m.p.Sprintf("%d of %d", a, len(pg.Items))
			switch {
			case a == len(pg.Items):
				mark = "✓"
			case a > 0:
				mark = "◐"
			}
		} else {
			count = m.p.Sprintf("to do")
			if pg.done(af) {
				mark, count = "✓", m.p.Sprintf("done")
			}
		}
		rows = append(rows, m.overviewRow(i, mark, pg.Title, count, w))
	}
	rows = append(rows, m.overviewRow(len(m.s.pages), " ", m.p.Sprintf("Finish: see the scores and write a report"), "", w))

	a, t := m.s.counts()
	var foot []string
	if left := t - a; left > 0 {
		minutes := (left*30 + 59) / 60
		foot = append(foot, "", m.st.Muted.Render(m.p.Sprintf("About %d minutes left (%s).", minutes, m.p.Sprintf("%d questions", left))))
	}
	// Scroll so that the selected row is in view.
	avail := room - len(foot)
	if len(rows) > avail && avail > 0 {
		start := min(max(m.cursor-avail/2, 0), len(rows)-avail)
		rows = rows[start : start+avail]
	}
	return append(rows, foot...)
}

func (m *model) overviewRow(i int, mark, title, count string, w int) string {
	cursor := "  "
	if i == m.cursor {
		cursor = m.st.Title.Render("> ")
	}
	titleW := max(w-4-lipgloss.Width(count)-2, 10)
	title = ansi.Truncate(title, titleW, "…")
	gap := max(titleW-lipgloss.Width(title), 0)
	line := cursor + mark + " " + title + strings.Repeat(" ", gap) + "  " + m.st.Muted.Render(count)
	if i == m.cursor {
		line = cursor + m.st.Heading.Render(mark+" "+title) + strings.Repeat(" ", gap) + "  " + m.st.Muted.Render(count)
	}
	return line
}

// introBody opens an items page: its aim, how many questions are left,
// and what the answers mean.
func (m *model) introBody(pg *Page, w int) []string {
	var lines []string
	lines = append(lines, wrapLines(pg.Intro, w)...)
	lines = append(lines, "")
	left := len(pg.Items) - pg.answered(m.s.File)
	switch left {
	case 0:
		lines = append(lines, m.p.Sprintf("All %s answered.", m.p.Sprintf("%d questions", len(pg.Items))))
	case len(pg.Items):
		lines = append(lines, m.p.Sprintf("%s.", m.p.Sprintf("%d questions", len(pg.Items))))
	default:
		lines = append(lines, m.p.Sprintf("%s, %d left to answer: enter goes to the first of them.", m.p.Sprintf("%d questions", len(pg.Items)), left))
	}
	lines = append(lines, m.p.Sprintf("Answer each with one key:"))
	labelW := 0
	for _, a := range m.s.answers {
		labelW = max(labelW, lipgloss.Width(a.Label))
	}
	var legend, compact []string
	for _, a := range m.s.answers {
		meaning := m.p.Sprintf("Leave it for later.")
		if v, ok := m.s.Framework.ParseAnswer(a.Value); ok && a.Value != skipValue {
			meaning = v.Meaning
		}
		indent := 2 + lipgloss.Width(a.Key) + 2 + labelW + 2
		head := "  " + m.st.Label.Render(a.Key) + "  " + a.Label + strings.Repeat(" ", labelW-lipgloss.Width(a.Label)+2)
		wrapped := strings.Split(ui.Wrap(meaning, w-indent, 0), "\n")
		legend = append(legend, head+m.st.Muted.Render(wrapped[0]))
		for _, more := range wrapped[1:] {
			legend = append(legend, strings.Repeat(" ", indent)+m.st.Muted.Render(more))
		}
		compact = append(compact, m.st.Label.Render(a.Key)+" "+strings.ToLower(a.Label))
	}
	if len(lines)+len(legend) > m.introRoom() {
		legend = wrapLines(strings.Join(compact, ", "), w)
	}
	lines = append(lines, legend...)
	if note := m.s.File.Notes[pg.NoteKey]; note != "" {
		lines = append(lines, "", ansi.Truncate(m.p.Sprintf("Note on this page: %s", oneLine(note)), w, "…"))
	}
	return lines
}

// introRoom is the number of lines an intro has.
func (m *model) introRoom() int { return m.height - 3 - len(m.keyHelp(m.contentWidth())) - 1 }

// questionBody shows one question: its text and help, the answers with
// their keys, and its note. It reports false when even the question and
// its answers do not fit.
func (m *model) questionBody(pg *Page, w, room int) ([]string, bool) {
	it := pg.Items[m.q]
	key := fmt.Sprint(pg.ID, m.q, w)
	if m.cache.key != key {
		var text []string
		if gq := it.GuidingQuestion(); gq != nil && (m.q == 0 || pg.Items[m.q-1].GuidingQuestion() != gq) {
			text = append(text, wrapLines(m.st.Muted.Render(gq.Text), w)...)
			text = append(text, "")
		}
		text = append(text, wrapLines(m.st.ID.Render(it.ID)+"  "+m.st.Heading.Render(it.Question), w)...)
		m.cache = viewCache{key: key, lines: text, words: m.wordLines(it, w)}
	}
	question, words := m.cache.lines, m.cache.words
	var help []string
	if it.Help != "" {
		help = append([]string{""}, wrapLines(m.st.Muted.Render(it.Help), w)...)
	}
	options := append([]string{""}, strings.Split(m.field.View(), "\n")...)
	var extra []string
	note, evidence := m.s.itemNote(it.ID)
	if note != "" {
		extra = append(extra, ansi.Truncate(m.p.Sprintf("Note: %s", oneLine(note)), w, "…"))
	}
	if evidence != "" {
		extra = append(extra, ansi.Truncate(m.p.Sprintf("Evidence: %s", oneLine(evidence)), w, "…"))
	}
	if len(extra) > 0 {
		extra = append([]string{""}, extra...)
	}
	body := slices.Concat(question, help, words, options, extra)
	if len(body) <= room {
		return body, true
	}
	// Short of room: the glossary words go first, then the help, then
	// the note.
	body = slices.Concat(question, help, options, extra)
	if len(body) <= room {
		return body, true
	}
	body = slices.Concat(question, options, extra)
	if len(body) <= room {
		return body, true
	}
	body = slices.Concat(question, options)
	return body, len(body) <= room
}

// pageEndBody closes an items page: what is done, what is left, where
// enter goes.
func (m *model) pageEndBody(pg *Page, w int) []string {
	var lines []string
	ids := pg.unansweredIDs(m.s.File)
	if len(ids) == 0 {
		lines = append(lines, m.st.Good.Render(m.p.Sprintf("%s is finished: all %s answered.", pg.ID, m.p.Sprintf("%d questions", len(pg.Items)))))
	} else {
		lines = append(lines, wrapLines(m.p.Sprintf("%s: %d of %d answered. Without an answer: %s.",
			pg.ID, len(pg.Items)-len(ids), len(pg.Items), shortIDs(ids, 8))+" "+m.p.Sprintf("Tab goes to %s.", ids[0]), w)...)
	}
	if note := m.s.File.Notes[pg.NoteKey]; note != "" {
		lines = append(lines, "", ansi.Truncate(m.p.Sprintf("Note on this page: %s", oneLine(note)), w, "…"))
	} else {
		lines = append(lines, "", m.st.Muted.Render(m.p.Sprintf("Ctrl+N writes a note on the whole page.")))
	}
	lines = append(lines, "")
	next := m.pageIdx() + 1
	if !m.s.Review {
		next = m.s.firstUnfinished(next)
	}
	if next > 0 && next < len(m.s.pages) {
		lines = append(lines, wrapLines(m.p.Sprintf("Enter: on to %s.", m.s.pages[next].Title), w)...)
	} else {
		lines = append(lines, m.p.Sprintf("Enter: on to the end."))
	}
	return lines
}

// formBody shows a form page: every question of it on one line, the one
// in view in full.
// It reports false, with the question alone, when the question does not
// fit.
func (m *model) formBody(w, room int) ([]string, bool) {
	pg := m.page()
	var lines []string
	if pg.Intro != "" {
		lines = append(lines, wrapLines(m.st.Muted.Render(pg.Intro), w)...)
		lines = append(lines, "")
	}
	focusAt := 0
	var focus []string
	for i, f := range shownFields(pg) {
		if i == m.q {
			focusAt = len(lines)
			focus = strings.Split(m.field.View(), "\n")
			lines = append(lines, focus...)
			lines = append(lines, "")
			continue
		}
		value := f.display(m.p)
		if value == "" {
			value = m.st.Muted.Render("-")
		}
		lines = append(lines, ansi.Truncate(m.st.Muted.Render(f.label()+": ")+value, w, "…"))
	}
	if len(focus) > room {
		return focus, false
	}
	if len(lines) > room && room > 0 {
		// Keep the question in view.
		start := min(max(focusAt-(room-len(focus))/2, 0), max(len(lines)-room, 0))
		lines = lines[start:min(start+room, len(lines))]
	}
	return lines, true
}

// noteBody is the editor of a note, and of the evidence for a question.
// Short of room, the question goes first, then the field not being
// typed in; it reports false when even the one being typed in does not
// fit.
func (m *model) noteBody(w, room int) ([]string, bool) {
	var question []string
	if m.noteItem != "" {
		if it := m.s.Framework.Item(m.noteItem); it != nil {
			question = append(wrapLines(m.st.ID.Render(it.ID)+"  "+m.st.Muted.Render(it.Question), w), "")
		}
	}
	note := strings.Split(m.noteField.View(), "\n")
	var evidence []string
	if m.noteItem != "" {
		evidence = append([]string{""}, strings.Split(m.evidenceField.View(), "\n")...)
	}
	for _, body := range [][]string{slices.Concat(question, note, evidence), slices.Concat(note, evidence)} {
		if len(body) <= room {
			return body, true
		}
	}
	if m.noteFocus == 1 {
		return evidence[1:], len(evidence)-1 <= room
	}
	return note, len(note) <= room
}

// endBody is shown when every page was visited.
func (m *model) endBody(w int) []string {
	a, t := m.s.counts()
	var lines []string
	if a == t {
		lines = append(lines, m.st.Good.Render(m.p.Sprintf("All %s answered.", m.p.Sprintf("%d questions", t))))
	} else {
		lines = append(lines, wrapLines(m.p.Sprintf("%d of %d questions answered; %d have no answer yet. Tab goes to them.", a, t, t-a), w)...)
	}
	lines = append(lines, "", m.p.Sprintf("Enter: finish, see the scores and write a report."))
	return lines
}

// layout sizes the field in view to the window.
func (m *model) layout() {
	w := m.contentWidth()
	if f := m.formField(); f != nil && f.Kind == ChoiceField {
		// Its options are wrapped to the width: make it again, with the
		// cursor where it was.
		hover := f.Value
		if sel, ok := m.field.(*huh.Select[string]); ok {
			if v, ok := sel.Hovered(); ok {
				hover = v
			}
		}
		m.buildChoice(f, hover)
	} else if f != nil && f.Kind == MultiField {
		// The same, with the choices ticked so far.
		var hover string
		if ms, ok := m.field.(*huh.MultiSelect[string]); ok {
			hover, _ = ms.Hovered()
		}
		m.buildMulti(f, m.multi, hover)
	}
	if m.field != nil {
		m.field.WithWidth(w)
	}
	if m.noteField != nil {
		m.noteField.WithWidth(w)
		m.evidenceField.WithWidth(w)
	}
	m.cache = viewCache{}
}

// buildAnswerField makes the select of the question in view: the answers
// with their keys, the current one ticked.
func (m *model) buildAnswerField() {
	pg := m.page()
	if m.q < 0 || m.q >= len(pg.Items) {
		m.field = nil
		return
	}
	current, answered := m.s.File.Answers[pg.Items[m.q].ID]
	m.choice = skipValue
	if answered {
		m.choice = current.Value
	}
	opts := make([]huh.Option[string], 0, len(m.s.answers))
	for _, a := range m.s.answers {
		label := a.Key + "  " + a.Label
		if answered && a.Value == current.Value {
			label += "  ✓"
		}
		opts = append(opts, huh.NewOption(label, a.Value))
	}
	sel := themed(huh.NewSelect[string](), m.theme)
	// The width before the options: huh v2.0.3 sizes a select as its
	// options are given, drawing every option for it.
	sel.WithWidth(m.contentWidth())
	sel.Options(opts...).Value(&m.choice)
	m.field = m.prepare(sel)
}

// buildFormField makes the huh field of the form question in view.
func (m *model) buildFormField() {
	f := m.formField()
	if f == nil {
		m.field = nil
		return
	}
	switch f.Kind {
	case TextField:
		m.text = f.Value
		in := huh.NewInput().Title(f.Title).Description(f.Help).Placeholder(f.Placeholder).Value(&m.text).CharLimit(500)
		m.field = m.prepare(in)
	case ChoiceField:
		m.buildChoice(f, f.Value)
	case MultiField:
		m.buildMulti(f, f.Values, "")
	}
}

// buildMulti makes the multi-select of a form question with the given
// choices ticked and the cursor on hover (the first when "").
func (m *model) buildMulti(f *Field, values []string, hover string) {
	m.multi = slices.Clone(values)
	w := m.contentWidth()
	// Each choice is wrapped to the width left by the border, the cursor
	// and the tick (which huh puts before every line of it), not cut.
	st := m.theme.Theme(false).Focused
	labelW := max(w-2-lipgloss.Width(st.MultiSelectSelector.String())-
		max(lipgloss.Width(st.SelectedPrefix.String()), lipgloss.Width(st.UnselectedPrefix.String())), 20)
	hopts := make([]huh.Option[string], len(f.Options))
	rows := 0
	for i, o := range f.Options {
		label := ui.Wrap(o.Label, labelW, 0)
		rows += strings.Count(label, "\n") + 1
		hopts[i] = huh.NewOption(label, o.Value).Selected(slices.Contains(values, o.Value))
	}
	ms := themed(huh.NewMultiSelect[string](), m.theme).Title(f.Title).Description(f.Help).Options(hopts...).Value(&m.multi)
	// huh v2.0.3 sizes a multi-select without a height to its options
	// minus its header lines, hiding options; an explicit height that
	// counts the header avoids it (see github.com/entireio/cli/issues/2126).
	ms.Height(textHeight(f.Title, w-2) + textHeight(f.Help, w-2) + rows)
	m.field = m.prepare(ms)
	for range f.Options {
		if v, ok := ms.Hovered(); !ok || hover == "" || v == hover {
			break
		}
		ms.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
}

// buildChoice makes the select of a choice, with its cursor on hover.
func (m *model) buildChoice(f *Field, hover string) {
	opts := f.Options
	help := f.Help
	if f.Search {
		opts = search(f.Options, m.search)
		if m.search != "" {
			help = m.p.Sprintf("Search: %s", m.search) + "▏"
		}
	}
	if len(opts) == 0 {
		opts = []Option{{Label: m.p.Sprintf("Nothing matches; backspace to search again"), Value: f.Value}}
	}
	w := m.contentWidth()
	hopts := make([]huh.Option[string], len(opts))
	rows := 0
	for i, o := range opts {
		// Lines after the first indented under its text (huh indents
		// them unevenly).
		label := ui.Wrap(o.Label, w-4, 2)
		rows += strings.Count(label, "\n") + 1
		hopts[i] = huh.NewOption(label, o.Value)
	}
	m.choice = hover
	if f.Search && m.search != "" && !slices.ContainsFunc(opts, func(o Option) bool { return o.Value == hover }) {
		m.choice = opts[0].Value
	}
	// As for the multi-select above: huh sizes a select without a height
	// to its options minus its header, hiding some.
	head := textHeight(f.Title, w-2) + textHeight(help, w-2)
	if f.Search {
		// A long list scrolls: as many rows as the window has room for,
		// up to 8, at least 3.
		room := m.height - 3 - len(m.keyHelp(w)) - 1
		rows = min(rows, 8, max(room-head, 3))
	}
	// Height and width before the options: huh v2.0.3 sizes a select as
	// its options are given, drawing every option (all the countries) to
	// do it when it knows neither.
	sel := themed(huh.NewSelect[string](), m.theme).Title(f.Title).Description(help).Height(rows + head)
	sel.WithWidth(m.contentWidth())
	sel.Options(hopts...).Value(&m.choice)
	m.field = m.prepare(sel)
}

// textHeight is the number of lines a title or description takes at
// width w: none when it is empty (huh does not draw it).
func textHeight(s string, w int) int {
	if s == "" {
		return 0
	}
	return lipgloss.Height(lipgloss.Wrap(s, w, ""))
}

// themed gives a new field its theme before anything else: huh works out
// a select's size with its theme as soon as it has options, and without
// one it builds its default theme again for every option (most of the
// time and memory of moving to a question).
func themed[F interface{ WithTheme(huh.Theme) huh.Field }](f F, theme huh.Theme) F {
	f.WithTheme(theme)
	return f
}

// prepare gives a field the theme, keys and width, and the focus.
func (m *model) prepare(f huh.Field) huh.Field {
	f = f.WithTheme(m.theme).WithKeyMap(m.keymap).WithWidth(m.contentWidth())
	f.Focus()
	return f
}

func (m *model) buildNoteFields() {
	title := m.p.Sprintf("Note on %s", m.noteItem)
	help := m.p.Sprintf("What is in place, what is planned, whom to ask. It appears in the report.")
	if m.noteItem == "" {
		title = m.p.Sprintf("Note on %s", m.page().Title)
	}
	m.noteField = huh.NewText().Title(title).Description(help).Value(&m.noteText).CharLimit(maxNote).Lines(5)
	m.evidenceField = huh.NewInput().Title(m.p.Sprintf("Evidence")).
		Description(m.p.Sprintf("A link, or the name of a document that shows it.")).Value(&m.evidenceText).CharLimit(1000)
	m.noteField = m.prepare(m.noteField).(*huh.Text)
	m.evidenceField.WithTheme(m.theme).WithKeyMap(m.keymap).WithWidth(m.contentWidth())
	m.evidenceField.Blur()
}

// maxNote is the longest note the terminal editor takes, in characters.
const maxNote = 20000

// oneLine puts a text on one line, for a summary.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// shortIDs lists ids for a sentence, the first n of them.
func shortIDs(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:n], ", ") + ", …"
}
