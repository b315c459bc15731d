package assess

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Prompts is where the accessible questionnaire runs: plain lines of
// text, in the order a screen reader speaks them, each question complete
// in itself, answered by a line of input.
//
// huh's own accessible mode is not used (SPEC §9): its prompts read ahead
// with scanners of their own, take defaults at the end of input, and
// cannot say the current answer in words, accept words as answers or
// stop at a line that is not an answer.
type Prompts struct {
	In  *LineReader
	Out io.Writer
	// Interactive means a person types (standard input is a terminal): a
	// line that is not an answer is asked again. Otherwise (a pipe) it
	// stops the run with an *InputError, so that no answer is ever taken
	// from a line meant for another question.
	Interactive bool
}

// accessible runs the questionnaire as prompts.
type accessible struct {
	s    *Session
	p    *locale.Printer
	pr   Prompts
	ctx  context.Context
	stop <-chan struct{}
	// meant is set once the meaning of each answer has been read out.
	meant bool
	// offer is the page just left with questions unanswered: unanswered,
	// as the next line, goes to the first of them. offered is the offer
	// the line being answered was read under.
	offer, offered string
}

// move is where to go after a page or a question.
type move int

const (
	moveOn       move = iota // the next question or page
	moveBack                 // the question or page before
	moveGoto                 // the page in target
	moveFinish               // to the closing summary
	moveOverview             // to the table of contents
)

type step struct {
	move   move
	page   int // with moveGoto
	at     int // with moveGoto: the question (0: the start)
	reason string
}

// RunAccessible asks the questionnaire as plain prompts, from the profile
// (or, when resuming, from the table of contents) to the last page.
func (s *Session) RunAccessible(ctx context.Context, pr Prompts) error {
	s.start()
	stop := make(<-chan struct{})
	if s.Stop != nil {
		stop = s.Stop.Done()
	}
	a := &accessible{s: s, p: s.p, pr: pr, ctx: ctx, stop: stop}
	err := a.run()
	if saveErr := s.save(); saveErr != nil {
		return errors.Join(err, saveErr)
	}
	return err
}

func (a *accessible) say(format string, args ...any) {
	fmt.Fprintln(a.pr.Out, a.p.Sprintf(format, args...))
}

func (a *accessible) line(s string) { fmt.Fprintln(a.pr.Out, s) }

func (a *accessible) run() error {
	s := a.s
	a.say("Accessible mode. Each question tells where it is, then the question, its help and its choices, then the current answer. Type the number or the word of an answer and press Enter; press Enter alone to keep the current answer. At questions with choices you can also type back, next, note, unanswered, overview or help.")
	idx, at := 0, 0
	if s.resuming && !s.Review {
		answered, total := s.counts()
		a.say("Welcome back. %s: %d of %d questions answered.", s.File.Practice.Name, answered, total)
		st, err := a.overview(max(s.firstUnfinished(0), 0))
		if err != nil {
			return err
		}
		if st.move == moveFinish {
			return nil
		}
		idx, at = st.page, st.at
	}
	for idx >= 0 && idx < len(s.pages) {
		if err := a.s.save(); err != nil {
			return err
		}
		pg := s.pages[idx]
		var st step
		var err error
		if pg.Kind == ItemsPage {
			st, err = a.itemsPage(pg, at)
		} else {
			st, err = a.formPage(pg, at)
		}
		if err != nil {
			return err
		}
		// The profile or the scope may have changed the pages.
		if i := s.pageIndex(pg.ID); i >= 0 {
			idx = i
		}
		switch st.move {
		case moveOn:
			next := idx + 1
			if !s.Review {
				next = s.firstUnfinished(idx + 1)
			}
			if next < 0 {
				next = len(s.pages)
			}
			idx, at = next, 0
		case moveBack:
			idx, at = idx-1, -2 // the last question of the page before
			if idx < 0 {
				a.say("This is the first page.")
				idx, at = 0, 0
			}
		case moveGoto:
			idx, at = st.page, st.at
		case moveFinish:
			idx = len(s.pages)
		case moveOverview:
			st, err := a.overview(idx)
			if err != nil {
				return err
			}
			if st.move == moveFinish {
				idx = len(s.pages)
				continue
			}
			idx, at = st.page, st.at
		}
	}
	answered, total := s.counts()
	a.line("")
	if answered < total {
		a.say("That was the last page. %d of %d questions answered; %d have no answer yet.", answered, total, total-answered)
	} else {
		a.say("That was the last page. All %s answered.", a.p.Sprintf("%d questions", total))
	}
	return nil
}

// overview reads out the table of contents and asks which page to open;
// Enter alone goes on with page current.
func (a *accessible) overview(current int) (step, error) {
	s := a.s
	for {
		answered, total := s.counts()
		a.line("")
		a.say("Contents. %d of %d questions answered.", answered, total)
		for i, pg := range s.pages {
			a.line(a.p.Sprintf("Page %d, %s: %s.", i+1, pg.Title, a.pageState(pg)))
		}
		next := s.pages[min(current, len(s.pages)-1)]
		allDone := s.firstUnfinished(0) < 0
		if allDone {
			a.say("Every page is done. Type a page number to open it; press Enter alone to finish and see the scores.")
		} else {
			a.say("Type a page number to open it, or finish to see the scores; press Enter alone to go on with page %d, %s.", current+1, next.Title)
		}
		text, lineNo, err := a.read(a.p.Sprintf("the choice of a page"))
		if err != nil {
			return step{}, err
		}
		t := strings.TrimSpace(text)
		switch {
		case t == "" && allDone:
			return step{move: moveFinish}, nil
		case t == "":
			first := -1
			if next.Kind == ItemsPage {
				first = next.firstUnanswered(s.File, 0)
			}
			return step{move: moveGoto, page: current, at: max(first, 0)}, nil
		case isWord(a.p, t, locale.M("finish")):
			return step{move: moveFinish}, nil
		}
		if n, err := strconv.Atoi(t); err == nil && n >= 1 && n <= len(s.pages) {
			a.say("Opening page %d, %s.", n, s.pages[n-1].Title)
			return step{move: moveGoto, page: n - 1, at: 0}, nil
		}
		if err := a.invalid(lineNo, text, a.p.Sprintf("a page of the contents"),
			a.p.Sprintf("a page number from 1 to %d, finish, or an empty line", len(s.pages)), ""); err != nil {
			return step{}, err
		}
	}
}

func (a *accessible) pageState(pg *Page) string {
	if pg.Kind != ItemsPage {
		if pg.done(a.s.File) {
			return a.p.Sprintf("done")
		}
		return a.p.Sprintf("to do")
	}
	n := pg.answered(a.s.File)
	if n == len(pg.Items) {
		return a.p.Sprintf("all %d answered", n)
	}
	return a.p.Sprintf("%d of %d answered", n, len(pg.Items))
}

// read reads one line for a question named what; the end of input stops
// the run (it is never an answer).
func (a *accessible) read(what string) (string, int, error) {
	a.offered, a.offer = a.offer, ""
	text, n, err := a.pr.In.read(a.ctx, a.stop)
	switch {
	case errors.Is(err, io.EOF):
		return "", n, &EndOfInputError{What: what}
	case errors.Is(err, errLongLine):
		return "", n, &InputError{Line: n, What: what, Expected: a.p.Sprintf("a line of at most %d MiB", MaxLine>>20), Text: a.p.Sprintf("a line that is too long")}
	case err != nil:
		return "", n, err
	}
	return text, n, nil
}

// invalid deals with a line that is not an answer: a person is told and
// asked again (nil); piped input stops here. why, when given, is the
// sentence a person is told instead of "Not understood".
func (a *accessible) invalid(lineNo int, text, what, expected, why string) error {
	if !a.pr.Interactive {
		return &InputError{Line: lineNo, Text: text, What: what, Expected: expected}
	}
	if why != "" {
		a.line(why)
		return nil
	}
	a.say("Not understood: \"%s\". Expected %s.", checklist.CleanText(text), expected)
	return nil
}

// formPage asks the questions of the profile, the route or the scope.
// at is the question to start with (-2: the last).
func (a *accessible) formPage(pg *Page, at int) (step, error) {
	fields := shownFields(pg)
	a.line("")
	a.line(a.p.Sprintf("Page %d of %d: %s.", a.s.pageIndex(pg.ID)+1, len(a.s.pages), pg.Title))
	if pg.Intro != "" {
		a.line(pg.Intro)
	}
	i := at
	if i < 0 || i >= len(fields) {
		i = 0
		if at == -2 {
			i = len(fields) - 1
		}
	}
	for i < len(fields) {
		fields = shownFields(pg)
		if i >= len(fields) {
			break
		}
		st, err := a.field(pg, fields[i], i, len(fields))
		if err != nil {
			return step{}, err
		}
		switch st.move {
		case moveOn:
			i++
		case moveBack:
			if i == 0 {
				return st, nil
			}
			i--
		default:
			return st, nil
		}
	}
	return step{move: moveOn}, nil
}

// field asks one question of a form.
func (a *accessible) field(pg *Page, f *Field, i, n int) (step, error) {
	p := a.p
	where := p.Sprintf("%s, question %d of %d: %s", pg.Title, i+1, n, f.Title)
	a.line("")
	a.line(where)
	if f.Placeholder != "" && f.Value == "" {
		// The terminal shows it in an empty field.
		a.line(sentence(f.Placeholder))
	}
	if f.Help != "" && !f.Search {
		a.line(f.Help)
	}
	switch {
	case f.Search:
		a.say("Type the country's name or its two-letter code.")
	case f.Kind == ChoiceField || f.Kind == MultiField:
		a.say("Choices:")
		for j, o := range f.Options {
			a.line(p.Sprintf("%d. %s", j+1, o.Label))
		}
	}
	toggled := false
	for {
		if toggled {
			a.say("Press Enter alone to accept, or type another number.")
		} else {
			a.currentField(f)
		}
		text, lineNo, err := a.read(f.Spoken)
		if err != nil {
			return step{}, err
		}
		toggled = false
		t := strings.TrimSpace(text)
		if f.Kind != TextField && !f.Search {
			if st, ok := a.command(t); ok {
				switch st.reason {
				case "help":
					continue
				case "note":
					a.say("Notes are written at the questions of the checklists.")
					continue
				case "unanswered":
					if pi, qi, ok := a.nextUnanswered(pg, -1); ok {
						return step{move: moveGoto, page: pi, at: qi}, nil
					}
					a.say("Every question has an answer.")
					continue
				}
				return st, nil
			}
		}
		old, oldValues := f.Value, slices.Clone(f.Values)
		done, problem := a.answerField(f, t)
		var why string
		if problem == "" {
			if !done {
				toggled = true // a multi-select changed; ask again
				continue
			}
			err := f.confirm()
			if err == nil {
				a.s.confirmed(pg, f)
				a.line(confirmation(p, f.Title, orNothing(p, f.display(p))))
				return step{move: moveOn}, nil
			}
			f.Value, f.Values = old, oldValues
			problem, why = f.Expect, err.Error()
		}
		if err := a.invalid(lineNo, text, p.Sprintf("an answer to \"%s\"", f.Title), problem, why); err != nil {
			return step{}, err
		}
		if why == "" {
			a.line(where) // say again which question is asked
		}
	}
}

// confirmation says in one line what was answered: "Country: Bulgaria.",
// "Did refugees take part in this assessment? Yes."
func confirmation(p *locale.Printer, title, value string) string {
	if strings.HasSuffix(title, "?") {
		return p.Sprintf("%s %s.", title, value)
	}
	return p.Sprintf("%s: %s.", title, value)
}

func orNothing(p *locale.Printer, s string) string {
	if s == "" {
		return p.Sprintf("not given")
	}
	return s
}

// currentField says the current answer of a form question and what Enter
// alone does.
func (a *accessible) currentField(f *Field) {
	p := a.p
	switch {
	case f.Kind == MultiField:
		a.say("Chosen: %s. Type a number to add or remove a choice; press Enter alone to accept.", f.display(p))
	case f.Value == "" && f.Kind == TextField && f.check != nil:
		a.say("Type it and press Enter.")
	case f.Value == "" && f.Kind == TextField:
		a.say("Type it and press Enter; press Enter alone to leave it out.")
	case f.Kind == TextField:
		a.say("Current answer: %s. Press Enter to keep it, or type another.", f.Value)
	default:
		a.say("Current answer: %s. Press Enter to keep it.", orNothing(p, f.display(p)))
	}
}

// answerField takes a line as the answer to a form question. done is
// false while a multi-select is being changed; problem says what was
// expected when the line is not an answer.
func (a *accessible) answerField(f *Field, t string) (done bool, problem string) {
	p := a.p
	switch f.Kind {
	case TextField:
		if t != "" {
			f.Value = t
		}
		return true, ""
	case ChoiceField:
		if t == "" {
			return true, ""
		}
		if f.Search {
			found := search(f.Options, t)
			if len(found) > 0 && (len(found) == 1 || strings.EqualFold(found[0].Value, t) || sortKey(found[0].short()) == sortKey(t)) {
				f.Value = found[0].Value
				return true, ""
			}
			if len(found) > 1 && len(found) <= 5 {
				var names []string
				for _, o := range found {
					names = append(names, o.Label)
				}
				return false, p.Sprintf("one country; \"%s\" could be %s", t, joinOr(p, names))
			}
			return false, p.Sprintf("a country's name or its two-letter code, such as BG for Bulgaria")
		}
		if o, ok := pickOption(f.Options, t); ok {
			f.Value = o.Value
			return true, ""
		}
		return false, p.Sprintf("a number from 1 to %d, or the name of a choice", len(f.Options))
	case MultiField:
		if t == "" {
			return true, "" // confirm checks that something is chosen
		}
		o, ok := pickOption(f.Options, t)
		if !ok {
			return false, p.Sprintf("a number from 1 to %d to add or remove a choice, or an empty line to accept", len(f.Options))
		}
		if i := slices.Index(f.Values, o.Value); i >= 0 {
			f.Values = slices.Delete(f.Values, i, i+1)
			a.say("Removed: %s.", o.short())
		} else {
			f.Values = append(f.Values, o.Value)
			a.say("Added: %s.", o.short())
		}
		return false, ""
	}
	return true, ""
}

func joinOr(p *locale.Printer, words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return p.Sprintf("%s or %s", strings.Join(words[:len(words)-1], ", "), words[len(words)-1])
}

// pickOption finds the option a line names: its number, its value, or
// its label (whole, or before the colon).
func pickOption(opts []Option, t string) (Option, bool) {
	if n, err := strconv.Atoi(t); err == nil && n >= 1 && n <= len(opts) {
		return opts[n-1], true
	}
	k := sortKey(t)
	for _, o := range opts {
		if (o.Value != "" && strings.EqualFold(o.Value, t)) || sortKey(o.Label) == k || sortKey(o.short()) == k {
			return o, true
		}
		for _, w := range o.Also {
			if sortKey(w) == k {
				return o, true
			}
		}
	}
	return Option{}, false
}

// command reads a navigation command; it works at every question with
// choices. it is the item in view (nil on a form).
func (a *accessible) command(t string) (step, bool) {
	p := a.p
	switch {
	case isWord(p, t, locale.M("back")):
		return step{move: moveBack}, true
	case isWord(p, t, locale.M("next")):
		return step{move: moveOn, reason: "next"}, true
	case isWord(p, t, locale.M("overview")), isWord(p, t, locale.M("contents")):
		return step{move: moveOverview}, true
	case isWord(p, t, locale.M("unanswered")):
		return step{move: moveGoto, page: -1, reason: "unanswered"}, true
	case isWord(p, t, locale.M("note")):
		return step{move: moveGoto, page: -2, reason: "note"}, true
	case isWord(p, t, locale.M("help")):
		a.say("Commands: back goes to the question before; next leaves this one as it is and goes on; note writes a note and evidence for this question; unanswered goes to the next question without an answer; overview reads the contents and opens any page.")
		return step{move: moveGoto, page: -3, reason: "help"}, true
	}
	return step{}, false
}

// isWord reports whether t is the command word, in English or in the
// interface language.
func isWord(p *locale.Printer, t string, word locale.Msg) bool {
	return strings.EqualFold(t, word.Format) || strings.EqualFold(t, word.Localize(p))
}

// itemsPage asks the items of a page from question at (-2: the last),
// then its note.
func (a *accessible) itemsPage(pg *Page, at int) (step, error) {
	p, af := a.p, a.s.File
	n := len(pg.Items)
	a.line("")
	a.line(p.Sprintf("Page %d of %d. %s: %s.", a.s.pageIndex(pg.ID)+1, len(a.s.pages), pg.Place, pg.Title))
	if at == 0 {
		a.line(pg.Intro)
		a.line("")
	}
	switch left := n - pg.answered(af); left {
	case n:
		a.say("%s.", p.Sprintf("%d questions", n))
	case 0:
		a.say("All %s answered.", p.Sprintf("%d questions", n))
	default:
		a.say("%s, %d left to answer.", p.Sprintf("%d questions", n), left)
	}
	if !a.meant {
		a.meanings()
	}
	if at == 0 && !a.s.Review {
		at = max(pg.firstUnanswered(af, 0), 0)
	}
	q := max(at, 0)
	if at == -2 {
		q = n - 1
	}
	for q < n {
		st, err := a.item(pg, q)
		if err != nil {
			return step{}, err
		}
		switch st.move {
		case moveOn:
			q++
		case moveBack:
			if q == 0 {
				return st, nil
			}
			q--
		case moveGoto:
			switch st.reason {
			case "note":
				if err := a.itemNote(pg.Items[q]); err != nil {
					return step{}, err
				}
			case "help":
				a.meanings()
			case "unanswered":
				if pi := a.s.pageIndex(a.offered); pi >= 0 {
					if qi := a.s.pages[pi].firstUnanswered(af, 0); qi >= 0 {
						return step{move: moveGoto, page: pi, at: qi}, nil
					}
				}
				if pi, qi, ok := a.nextUnanswered(pg, q); ok {
					if a.s.pages[pi] == pg {
						q = qi
						continue
					}
					return step{move: moveGoto, page: pi, at: qi}, nil
				}
				a.say("Every question has an answer.")
			default:
				return st, nil
			}
		default:
			return st, nil
		}
	}
	if err := a.pageNote(pg); err != nil {
		return step{}, err
	}
	if ids := pg.unansweredIDs(af); len(ids) > 0 {
		a.say("%s: %d of %d answered. Without an answer: %s.", pg.ID, n-len(ids), n, strings.Join(ids, ", "))
		// Offer to go to them from the next question, if one comes.
		idx := a.s.pageIndex(pg.ID)
		if (a.s.Review && idx+1 < len(a.s.pages)) || (!a.s.Review && a.s.firstUnfinished(idx+1) >= 0) {
			a.say("To answer %s now, type unanswered at the next question.", ids[0])
			a.offer = pg.ID
		}
	}
	return step{move: moveOn}, nil
}

// meanings reads out what each answer means, as the terminal's page
// introductions show it: on the first page of questions, and on help.
func (a *accessible) meanings() {
	a.meant = true
	a.say("What the answers mean:")
	for _, ans := range a.s.answers {
		meaning := a.p.Sprintf("Leave it for later.")
		if v, ok := a.s.Framework.ParseAnswer(ans.Value); ok && ans.Value != skipValue {
			meaning = v.Meaning
		}
		if meaning != "" {
			a.line(a.p.Sprintf("%s: %s", ans.Label, meaning))
		}
	}
}

// nextUnanswered finds the next question without an answer after
// question q of page pg, on any page.
func (a *accessible) nextUnanswered(pg *Page, q int) (int, int, bool) {
	pages := a.s.pages
	start := a.s.pageIndex(pg.ID)
	for n := 0; n <= len(pages); n++ {
		pi := (start + n) % len(pages)
		cand := pages[pi]
		if cand.Kind != ItemsPage {
			continue
		}
		from := 0
		if n == 0 {
			from = q + 1
		}
		if i := cand.firstUnanswered(a.s.File, from); i >= 0 {
			return pi, i, true
		}
	}
	return 0, 0, false
}

// item asks one item: where it is, the question, its help, the answers,
// the current answer in words.
func (a *accessible) item(pg *Page, q int) (step, error) {
	p := a.p
	it := pg.Items[q]
	where := p.Sprintf("%s, question %d of %d: %s.", pg.Place, q+1, len(pg.Items), it.ID)
	a.line("")
	a.line(where)
	if gq := it.GuidingQuestion(); gq != nil && (q == 0 || pg.Items[q-1].GuidingQuestion() != gq) {
		a.line(p.Sprintf("Guiding question: %s", gq.Text))
	}
	a.line(it.Question)
	if it.Help != "" {
		a.line(it.Help)
	}
	if words := a.spokenWords(pg, q); words != "" {
		a.line(words)
	}
	var choices []string
	for i, ans := range a.s.answers {
		choices = append(choices, p.Sprintf("%d %s", i+1, ans.Label))
	}
	a.line(p.Sprintf("Answers: %s.", strings.Join(choices, ", ")))
	for {
		current, answered := a.s.File.Answers[it.ID]
		if answered {
			a.say("Current answer: %s. Press Enter to keep it.", a.s.answerOf(current.Value).Label)
		} else {
			a.say("No answer yet. Press Enter to skip it for now.")
		}
		if note, evidence := a.s.itemNote(it.ID); note != "" || evidence != "" {
			a.say("It has a note; type note to hear or change it.")
		}
		text, lineNo, err := a.read(p.Sprintf("the answer to %s", it.ID))
		if err != nil {
			return step{}, err
		}
		t := strings.TrimSpace(text)
		if t == "" {
			if answered {
				a.line(p.Sprintf("%s: %s, kept.", it.ID, a.s.answerOf(current.Value).Label))
			} else {
				a.line(p.Sprintf("%s: skipped for now.", it.ID))
			}
			return step{move: moveOn}, nil
		}
		if st, ok := a.command(t); ok {
			if st.reason == "next" {
				a.line(p.Sprintf("%s: left as it is.", it.ID))
			}
			return st, nil
		}
		if ans, ok := a.parseAnswer(t); ok {
			a.s.setAnswer(it.ID, ans.Value)
			if err := a.s.save(); err != nil {
				return step{}, err
			}
			if ans.Value == skipValue {
				a.line(p.Sprintf("%s: skipped for now.", it.ID))
			} else {
				a.line(p.Sprintf("%s: %s.", it.ID, ans.Label))
			}
			return step{move: moveOn}, nil
		}
		if err := a.invalid(lineNo, text, p.Sprintf("an answer to %s", it.ID), a.expectedAnswer(), ""); err != nil {
			return step{}, err
		}
		// Say again which question is asked.
		a.line(where)
		a.line(it.Question)
	}
}

// expectedAnswer says what an answer to an item can be.
func (a *accessible) expectedAnswer() string {
	var words []string
	for _, ans := range a.s.answers {
		words = append(words, strings.ToLower(ans.Label))
	}
	return a.p.Sprintf("a number from 1 to %d, or a word: %s; or a command: back, next, note, unanswered, overview, help", len(a.s.answers), strings.Join(words, ", "))
}

// parseAnswer reads an answer given by number, key, value, label or alias,
// in any case.
func (a *accessible) parseAnswer(t string) (answer, bool) {
	if n, err := strconv.Atoi(t); err == nil && n >= 1 && n <= len(a.s.answers) {
		return a.s.answers[n-1], true
	}
	k := sortKey(t)
	for _, ans := range a.s.answers {
		if ans.Key == k {
			return ans, true
		}
		for _, w := range ans.Words {
			if sortKey(w) == k {
				return ans, true
			}
		}
	}
	return answer{}, false
}

// itemNote asks the note and the evidence of an item.
func (a *accessible) itemNote(it *checklist.Item) error {
	p := a.p
	note, evidence := a.s.itemNote(it.ID)
	a.line("")
	newNote, err := a.text(p.Sprintf("Note on %s, optional. What is in place, what is planned, whom to ask. It appears in the report.", it.ID), note, p.Sprintf("the note on %s", it.ID))
	if err != nil {
		return err
	}
	newEvidence, err := a.text(p.Sprintf("Evidence for %s, optional: a link, or the name of a document that shows it.", it.ID), evidence, p.Sprintf("the evidence for %s", it.ID))
	if err != nil {
		return err
	}
	a.s.setItemNote(it.ID, newNote, newEvidence)
	if err := a.s.save(); err != nil {
		return err
	}
	a.say("Note on %s saved.", it.ID)
	return nil
}

// pageNote asks the note on a whole page.
func (a *accessible) pageNote(pg *Page) error {
	p := a.p
	a.line("")
	note, err := a.text(p.Sprintf("Note on %s, optional. What is in place, what is planned, whom to ask. It appears in the report.", pg.Spoken),
		a.s.File.Notes[pg.NoteKey], p.Sprintf("the note on %s", pg.Spoken))
	if err != nil {
		return err
	}
	before := a.s.File.Notes[pg.NoteKey]
	a.s.setPageNote(pg.NoteKey, note)
	if err := a.s.save(); err != nil {
		return err
	}
	switch after := a.s.File.Notes[pg.NoteKey]; {
	case after == "":
		a.say("No note on %s.", pg.Spoken)
	case after == before:
		a.say("Note on %s kept.", pg.Spoken)
	default:
		a.say("Note on %s saved.", pg.Spoken)
	}
	return nil
}

// text asks for one line of text; Enter alone keeps the current text.
func (a *accessible) text(prompt, current, what string) (string, error) {
	a.line(prompt)
	if current == "" {
		a.say("Type it on one line and press Enter; press Enter alone to leave it empty.")
	} else {
		a.say("Current text: %s", oneLine(current))
		a.say("Press Enter to keep it, or type a new one.")
	}
	text, _, err := a.read(what)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(text) == "" {
		return current, nil
	}
	return text, nil
}

// Choose asks one question with a few answers in accessible mode, such as
// which report to write; Enter alone takes the first.
func (s *Session) Choose(ctx context.Context, pr Prompts, title, help, spoken string, options []string) (int, error) {
	s.start()
	stop := make(<-chan struct{})
	if s.Stop != nil {
		stop = s.Stop.Done()
	}
	a := &accessible{s: s, p: s.p, pr: pr, ctx: ctx, stop: stop}
	a.line("")
	a.line(title)
	if help != "" {
		a.line(help)
	}
	for i, o := range options {
		a.line(s.p.Sprintf("%d. %s", i+1, o))
	}
	a.say("Press Enter alone for %d, %s.", 1, options[0])
	for {
		text, lineNo, err := a.read(spoken)
		if err != nil {
			return 0, err
		}
		t := strings.TrimSpace(text)
		if t == "" {
			return 0, nil
		}
		if n, err := strconv.Atoi(t); err == nil && n >= 1 && n <= len(options) {
			return n - 1, nil
		}
		if err := a.invalid(lineNo, text, s.p.Sprintf("an answer to \"%s\"", title), s.p.Sprintf("a number from 1 to %d", len(options)), ""); err != nil {
			return 0, err
		}
	}
}
