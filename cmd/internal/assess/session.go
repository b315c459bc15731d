package assess

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/inclusion-tools/scorecard/checklist"
)

// Session is one run of the questionnaire over one answer file.
type Session struct {
	Framework *checklist.Framework
	// File holds the answers: a new, empty file, or one loaded to resume.
	File *checklist.AnswerFile
	// Scope, when set (by --areas or --quick), replaces the scope page.
	Scope *checklist.Scope
	// Review asks every page again, not only unfinished ones.
	Review bool
	// SkipFirst puts "Skip for now" first among the answers, for the
	// terminal form; the accessible prompts list it last.
	SkipFirst bool
	Today     string
	Asker     Asker
	// Save writes the file; it is called after every page and when the
	// session stops early.
	Save func(*checklist.AnswerFile) error
	// Log receives short progress messages for the user.
	Log io.Writer
}

// Run asks the profile (unless the file already has one), the scope, and
// then every unfinished page. It saves after every page, and on every way
// out: when interrupted it keeps what was confirmed and returns
// ErrInterrupted; when accessible input ends it returns an
// *EndOfInputError.
func (s *Session) Run(ctx context.Context) error {
	fw, af := s.Framework, s.File
	if af.Answers == nil {
		af.Answers = map[string]checklist.Answer{}
	}
	if af.Notes == nil {
		af.Notes = map[string]string{}
	}
	resuming := af.Practice.Name != ""

	if !resuming || s.Review {
		if err := s.Asker.Ask(ctx, profileForm(fw, &af.Practice, s.Today)); err != nil {
			return s.stop(err)
		}
		if err := s.Save(af); err != nil {
			return err
		}
	}

	if fw.Routing != nil && (af.Route == "" || s.Review) {
		if err := s.Asker.Ask(ctx, routeForm(fw, af)); err != nil {
			return s.stop(err)
		}
		if err := s.Save(af); err != nil {
			return err
		}
	}

	var scope checklist.Scope
	switch {
	case s.Scope != nil:
		scope = *s.Scope
	default:
		scope = checklist.Scope{}
		if resuming {
			scope = scopeOf(fw, af)
		}
		scope.Route = af.Route
		if err := s.Asker.Ask(ctx, scopeForm(fw, &scope)); err != nil {
			return s.stop(err)
		}
	}
	scope.OrganisationType = af.Practice.OrganisationType
	scope.Route = af.Route
	for _, sec := range checklist.Sections {
		if scope.HasSection(sec) && len(fw.ItemsIn(sec)) > 0 && !slices.Contains(af.Sections, sec) {
			af.Sections = append(af.Sections, sec)
		}
	}
	if err := s.Save(af); err != nil {
		return err
	}

	pages := itemPages(fw, scope)
	todo := 0
	for _, p := range pages {
		if s.Review || !p.done(af) {
			todo++
		}
	}
	if resuming && todo < len(pages) && !s.Review {
		fmt.Fprintf(s.Log, "Resuming %s: %d of %d pages are finished.\n", af.Practice.Name, len(pages)-todo, len(pages))
	}
	for _, p := range pages {
		if !s.Review && p.done(af) {
			continue
		}
		err := s.Asker.Ask(ctx, itemsForm(fw, af, p, s.SkipFirst))
		if err != nil {
			return s.stop(err)
		}
		if err := s.Save(af); err != nil {
			return err
		}
		fmt.Fprintf(s.Log, "Saved %s: %d of %d answered.\n", p.ID, p.answered(af), len(p.Items))
	}
	return nil
}

// stop saves what was confirmed before the session stopped, if there is
// anything to save (a file needs at least the practice's name).
func (s *Session) stop(cause error) error {
	if s.File.Practice.Name == "" {
		return cause
	}
	if err := s.Save(s.File); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}
