// Package assess is the guided assessment: the questionnaire that walks a
// practitioner through the profile of a practice, what to assess, and
// then one page per key area, the quick scan and each quality dimension.
//
// A Session holds the pages and the answer file. Two askers walk the same
// pages in the same order and write the same file: the terminal one, a
// Bubble Tea model hosting huh fields, with an overview, one key per
// answer and free movement between pages and questions; and the
// accessible one, plain prompts that a screen reader speaks well and
// that a script can pipe answers into, one line per answer.
package assess

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Session is one run of the questionnaire over one answer file.
type Session struct {
	Framework *checklist.Framework
	// File holds the answers: a new, empty file, or one loaded to resume.
	File *checklist.AnswerFile
	// Scope, when set (by --areas or --quick), replaces the scope page.
	Scope *checklist.Scope
	// Review starts at the first page and goes through every page again,
	// not only the unfinished ones.
	Review  bool
	Today   string
	Printer *locale.Printer
	// Save writes the file. It is called after every change and when the
	// session stops.
	Save func(*checklist.AnswerFile) error
	// Stop asks the session to stop (a signal); nil: only the context and
	// the user stop it.
	Stop *Stopper

	p        *locale.Printer
	scope    checklist.Scope
	forms    []*Page
	pages    []*Page
	answers  []answer
	resuming bool
	started  bool
	// unsaved is set when the file changed since the last save.
	unsaved bool
	// pending holds the notes of items that have no answer yet.
	pending map[string]checklist.Answer
	// scopeRoute is the route whose key areas the scope page offers.
	scopeRoute string
}

// ErrInterrupted means the user stopped the questionnaire (Ctrl-C, a
// signal). Every answer confirmed before, and any note being typed, has
// been kept.
var ErrInterrupted = errors.New("interrupted")

// EndOfInputError means accessible input ended (a pipe ran dry) before a
// question was answered. It is never taken as an answer.
type EndOfInputError struct {
	What string // the question, named in words: "the answer to KA1-04"
}

func (e *EndOfInputError) Error() string { return "input ended before " + e.What }

// InputError means a line of piped input was not a valid answer: the run
// stops there, so that no answer is ever taken from a line meant for
// another question.
type InputError struct {
	Line     int    // the line of the input, from 1
	Text     string // the line as given
	What     string // the question, in words
	Expected string // what would have been valid
}

func (e *InputError) Error() string {
	return fmt.Sprintf("line %d of the input (%q) is not %s; expected %s", e.Line, e.Text, e.What, e.Expected)
}

// start builds the pages, once.
func (s *Session) start() {
	if s.started {
		return
	}
	s.started = true
	s.p = s.Printer
	if s.p == nil {
		s.p = locale.English()
	}
	fw, af := s.Framework, s.File
	if af.Answers == nil {
		af.Answers = map[string]checklist.Answer{}
	}
	if af.Notes == nil {
		af.Notes = map[string]string{}
	}
	s.resuming = af.Practice.Name != ""
	s.answers = answers(s.p, fw)

	switch {
	case s.Scope != nil:
		s.scope = *s.Scope
		s.recordScope()
	case s.resuming:
		s.scope = scopeOf(fw, af)
	}
	s.scope.OrganisationType = af.Practice.OrganisationType
	s.scope.Route = af.Route
	s.scopeRoute = af.Route

	profile := &Page{Kind: ProfilePage, ID: "profile", Title: s.p.Sprintf("The practice"), Spoken: s.p.Sprintf("the profile of the practice"),
		Intro:  s.p.Sprintf("A few facts about the practice or service. Only its name is required; the rest appears in the report."),
		Fields: profileFields(s.p, fw, af, s.Today)}
	s.forms = []*Page{profile}
	if fw.Routing != nil {
		s.forms = append(s.forms, &Page{Kind: RoutePage, ID: "route", Title: s.p.Sprintf("Where you start"), Spoken: s.p.Sprintf("where you start"),
			Fields: routeFields(s.p, fw, af)})
	}
	if s.Scope == nil {
		// A framework with one section and one key area leaves nothing
		// to choose: no scope page.
		scope := &Page{Kind: ScopePage, ID: "scope", Title: s.p.Sprintf("What to assess"), Spoken: s.p.Sprintf("what to assess"),
			Fields: scopeFields(s.p, fw, &s.scope)}
		if len(shownFields(scope)) > 0 || fw.Routing != nil {
			s.forms = append(s.forms, scope)
		}
	}
	if s.resuming {
		// The profile and scope of an assessment being resumed were
		// confirmed when it started.
		for _, pg := range s.forms {
			for _, f := range pg.Fields {
				if pg.Kind != RoutePage || af.Route != "" {
					f.confirmed = true
				}
			}
		}
	}
	s.rebuild()
	if s.resuming {
		s.adoptOrphanNotes()
	}
}

// adoptOrphanNotes gives back to their items the notes that an earlier
// run kept in a page's note because their item had no answer yet
// ("KA1-05 (not answered yet): …", see save): the item's note screen
// shows it again, and once the item is answered the note goes with it
// instead of staying in the page's note, out of date. A line that is not
// such a note (the page's own note) stays where it is; so does a note
// for an item that has an answer with a note of its own.
//
// The notes are read in every interface language, the session's first: a
// note written in Lithuanian is given back when the assessment goes on in
// English. (The answer-file format has no place for a note without an
// answer; this reads such notes back from the words they were kept in.)
func (s *Session) adoptOrphanNotes() {
	af := s.File
	if len(af.Notes) == 0 {
		return
	}
	printers := []*locale.Printer{s.p}
	for _, l := range locale.Available() {
		if p, err := locale.New(l.Code); err == nil && l.Code != s.p.Code() {
			printers = append(printers, p)
		}
	}
	for _, pg := range s.pages {
		text, ok := af.Notes[pg.NoteKey]
		if !ok || pg.Kind != ItemsPage {
			continue
		}
		var kept []string
		var id string          // the item of the note being read, if any
		var in *locale.Printer // the language it is written in
		var body []string
		flush := func() {
			if id == "" {
				return
			}
			note, evidence, ok := parseOrphan(in, id, strings.Join(body, "\n"))
			a, answered := af.Answers[id]
			switch {
			case !ok || (answered && (a.Note != "" || a.Evidence != "")):
				kept = append(kept, body...)
			case answered:
				a.Note, a.Evidence = note, evidence
				af.Answers[id] = a
			default:
				s.pendingNotes()[id] = checklist.Answer{Note: note, Evidence: evidence}
			}
			id, body = "", nil
		}
		for _, line := range strings.Split(text, "\n") {
			for _, p := range printers {
				if it := orphanItem(p, pg, line); it != "" {
					flush()
					id, in = it, p
					break
				}
			}
			if id == "" {
				kept = append(kept, line)
			} else {
				body = append(body, line)
			}
		}
		flush()
		if rest := strings.TrimSpace(strings.Join(kept, "\n")); rest != text {
			if rest == "" {
				delete(af.Notes, pg.NoteKey)
			} else {
				af.Notes[pg.NoteKey] = rest
			}
		}
	}
}

// orphanItem returns the item of the page whose waiting note a line
// starts, or "".
func orphanItem(p *locale.Printer, pg *Page, line string) string {
	for _, it := range pg.Items {
		if strings.HasPrefix(line, orphanPrefix(p, it.ID)) {
			return it.ID
		}
	}
	return ""
}

// orphanPrefix is how every form of orphanNote starts for an item: "KA1-05
// (not answered yet)".
func orphanPrefix(p *locale.Printer, id string) string {
	forms := []string{
		orphanNote(p, id, checklist.Answer{Note: "\x00"}),
		orphanNote(p, id, checklist.Answer{Evidence: "\x00"}),
		orphanNote(p, id, checklist.Answer{Note: "\x00", Evidence: "\x01"}),
	}
	prefix := forms[0]
	for _, f := range forms[1:] {
		for !strings.HasPrefix(f, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	return prefix
}

// parseOrphan reads a note written by orphanNote in p's language back.
func parseOrphan(p *locale.Printer, id, text string) (note, evidence string, ok bool) {
	const a, b = "\x00", "\x01"
	// The three forms of orphanNote, with marks where the texts go.
	both := strings.Split(p.Sprintf("%s (not answered yet): %s Evidence: %s", id, a, b), a)
	if len(both) == 2 && strings.HasPrefix(text, both[0]) {
		rest := strings.TrimPrefix(text, both[0])
		if sep := strings.TrimSuffix(both[1], b); sep != "" {
			if i := strings.LastIndex(rest, sep); i >= 0 {
				return rest[:i], rest[i+len(sep):], true
			}
		}
	}
	for _, form := range []struct {
		marked   string // the note with a mark where its text goes
		evidence bool
	}{
		{p.Sprintf("%s (not answered yet): %s", id, a), false},
		{p.Sprintf("%s (not answered yet), evidence: %s", id, a), true},
	} {
		parts := strings.Split(form.marked, a)
		if len(parts) == 2 && strings.HasPrefix(text, parts[0]) && strings.HasSuffix(text, parts[1]) {
			v := strings.TrimSuffix(strings.TrimPrefix(text, parts[0]), parts[1])
			if form.evidence {
				return "", v, true
			}
			return v, "", true
		}
	}
	return "", "", false
}

// rebuild lists the pages again after the profile, route or scope
// changed: they decide which items apply.
func (s *Session) rebuild() {
	s.scope.OrganisationType = s.File.Practice.OrganisationType
	s.scope.Route = s.File.Route
	s.pages = append(slices.Clone(s.forms), itemPages(s.p, s.Framework, s.scope)...)
}

// recordScope writes the chosen scope into the file: the sections (also
// as used sections, so that completeness is judged over them) and the key
// areas.
func (s *Session) recordScope() {
	af := s.File
	sc := &checklist.Scope{Areas: slices.Clone(s.scope.Areas)}
	for _, sec := range checklist.Sections {
		if !s.scope.HasSection(sec) || len(s.Framework.ItemsIn(sec)) == 0 {
			continue
		}
		sc.Sections = append(sc.Sections, sec)
		if !slices.Contains(af.Sections, sec) {
			af.Sections = append(af.Sections, sec)
		}
	}
	af.Scope = sc
}

// confirmed is called when a form question was confirmed: a new profile,
// route or scope changes the pages.
func (s *Session) confirmed(pg *Page, f *Field) {
	s.changed()
	switch pg.Kind {
	case ScopePage:
		s.recordScope()
	case RoutePage:
		s.rebuild()
		s.routeChanged()
	case ProfilePage:
		if f.Key != "organisation_type" {
			return
		}
	}
	s.rebuild()
}

// routeChanged offers the key areas of the new route on the scope page:
// the areas chosen before that are on it stay chosen (all when none is),
// and the page asks again.
func (s *Session) routeChanged() {
	if s.scope.Route == s.scopeRoute {
		return
	}
	s.scopeRoute = s.scope.Route
	for _, pg := range s.forms {
		if pg.Kind != ScopePage {
			continue
		}
		before := pg.Fields
		pg.Fields = scopeFields(s.p, s.Framework, &s.scope)
		// The sections chosen stay as they were.
		pg.Fields[0].Values, pg.Fields[0].confirmed = before[0].Values, before[0].confirmed
	}
}

// setAnswer records an answer (skip removes it), keeping a note or
// evidence given earlier.
func (s *Session) setAnswer(id, value string) {
	af := s.File
	a, had := af.Answers[id]
	if value == skipValue {
		if had && a.Note == "" && a.Evidence == "" {
			delete(af.Answers, id)
		} else if had {
			// The file keeps a note only with an answer: until the item
			// has one again, its note waits (see save).
			delete(af.Answers, id)
			s.pendingNotes()[id] = checklist.Answer{Note: a.Note, Evidence: a.Evidence}
		}
		s.changed()
		return
	}
	if had && a.Value == value {
		return
	}
	if pend, ok := s.pending[id]; ok && !had {
		a.Note, a.Evidence = pend.Note, pend.Evidence
		delete(s.pending, id)
	}
	a.Value = value
	af.Answers[id] = a
	s.changed()
}

// setItemNote records the note and evidence of an item. The answer file
// keeps them with the item's answer; an item without an answer keeps them
// in memory until it gets one (and on saving, in the page's note).
func (s *Session) setItemNote(id, note, evidence string) {
	note, evidence = cleanNote(note), cleanNote(evidence)
	af := s.File
	a, ok := af.Answers[id]
	if !ok {
		s.pendingNotes()[id] = checklist.Answer{Note: note, Evidence: evidence}
		s.changed()
		return
	}
	if a.Note == note && a.Evidence == evidence {
		return
	}
	a.Note, a.Evidence = note, evidence
	af.Answers[id] = a
	s.changed()
}

// itemNote returns the note and evidence of an item.
func (s *Session) itemNote(id string) (note, evidence string) {
	if a, ok := s.File.Answers[id]; ok {
		return a.Note, a.Evidence
	}
	if a, ok := s.pending[id]; ok {
		return a.Note, a.Evidence
	}
	return "", ""
}

func (s *Session) pendingNotes() map[string]checklist.Answer {
	if s.pending == nil {
		s.pending = map[string]checklist.Answer{}
	}
	return s.pending
}

// setPageNote records the note on a whole page.
func (s *Session) setPageNote(key, note string) {
	note = cleanNote(note)
	if s.File.Notes[key] == note {
		return
	}
	if note == "" {
		delete(s.File.Notes, key)
	} else {
		s.File.Notes[key] = note
	}
	s.changed()
}

func cleanNote(s string) string { return checklist.CleanText(strings.TrimSpace(s)) }

func (s *Session) changed() { s.unsaved = true }

// save writes the file if anything changed and the practice has a name
// (without one there is no file yet). A note on an item that has no
// answer is moved into the page's note, so that nothing typed is lost.
func (s *Session) save() error {
	if !s.unsaved || s.File.Practice.Name == "" {
		return nil
	}
	af := s.File
	out := af
	if len(s.pending) > 0 {
		copied := *af
		copied.Notes = map[string]string{}
		for k, v := range af.Notes {
			copied.Notes[k] = v
		}
		for _, pg := range s.pages {
			for _, it := range pg.Items {
				a, ok := s.pending[it.ID]
				if !ok || (a.Note == "" && a.Evidence == "") {
					continue
				}
				if _, answered := af.Answers[it.ID]; answered {
					continue
				}
				copied.Notes[pg.NoteKey] = appendLine(copied.Notes[pg.NoteKey], orphanNote(s.p, it.ID, a))
			}
		}
		out = &copied
	}
	if err := s.Save(out); err != nil {
		return err
	}
	s.unsaved = false
	return nil
}

func orphanNote(p *locale.Printer, id string, a checklist.Answer) string {
	switch {
	case a.Evidence == "":
		return p.Sprintf("%s (not answered yet): %s", id, a.Note)
	case a.Note == "":
		return p.Sprintf("%s (not answered yet), evidence: %s", id, a.Evidence)
	}
	return p.Sprintf("%s (not answered yet): %s Evidence: %s", id, a.Note, a.Evidence)
}

func appendLine(s, line string) string {
	if s == "" {
		return line
	}
	return s + "\n" + line
}

// counts returns how many items of the chosen pages are answered, and how
// many there are.
func (s *Session) counts() (answered, total int) {
	for _, pg := range s.pages {
		if pg.Kind == ItemsPage {
			answered += pg.answered(s.File)
			total += len(pg.Items)
		}
	}
	return answered, total
}

// Counts returns how many questions of the chosen scope are answered, and
// how many there are, for the closing summary.
func (s *Session) Counts() (answered, total int) {
	s.start()
	return s.counts()
}

// firstUnfinished is the index of the first page that is not done, from
// page from on, or -1.
func (s *Session) firstUnfinished(from int) int {
	for i := max(from, 0); i < len(s.pages); i++ {
		if !s.pages[i].done(s.File) {
			return i
		}
	}
	return -1
}

// pageIndex finds a page by id, or -1.
func (s *Session) pageIndex(id string) int {
	for i, pg := range s.pages {
		if pg.ID == id {
			return i
		}
	}
	return -1
}

// answerOf returns the answer (from the scale, or skip) with a value.
func (s *Session) answerOf(value string) answer {
	for _, a := range s.answers {
		if a.Value == value {
			return a
		}
	}
	return s.answers[len(s.answers)-1]
}

// Stopper carries a request to stop (a signal, a cancelled context) to
// whichever part of the session runs at the time. The first request stops
// the session in order; a second one forces it.
type Stopper struct {
	mu     sync.Mutex
	sig    os.Signal
	n      int
	first  chan struct{}
	second chan struct{}
}

// NewStopper returns a stopper that has not been asked to stop.
func NewStopper() *Stopper {
	return &Stopper{first: make(chan struct{}), second: make(chan struct{})}
}

// Request asks to stop, because of sig.
func (s *Stopper) Request(sig os.Signal) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	switch s.n {
	case 1:
		s.sig = sig
		close(s.first)
	case 2:
		close(s.second)
	}
}

// Done is closed at the first request.
func (s *Stopper) Done() <-chan struct{} { return s.first }

// Again is closed at the second request.
func (s *Stopper) Again() <-chan struct{} { return s.second }

// Signal returns the signal of the first request, or nil.
func (s *Stopper) Signal() os.Signal {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sig
}
