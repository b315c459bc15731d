package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/charmbracelet/colorprofile"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/assess"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/scoring"
	"github.com/spf13/cobra"
	"golang.org/x/text/unicode/norm"
)

type assessOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	File         string
	FrameworkRef string
	Areas        string
	Quick        bool
	Accessible   bool
	Review       bool
	// Asker replaces the terminal or accessible prompts, for tests.
	Asker assess.Asker
}

func newCmdAssess(f *Factory, runF func(context.Context, *assessOptions) error) *cobra.Command {
	opts := &assessOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "assess [<file>] [--areas <ids>] [--quick] [--accessible]",
		Short: "Assess a practice, question by question (interactive)",
		Long: `Walk through the assessment of one practice: first a few facts about it, then
what to assess, then one page per key area, the quick scan and each quality
dimension, with help for each question and room for notes.

Answers are saved to the file after every page. Run the command again on the
same file to continue where you stopped; Ctrl-C saves what you have answered
and stops. Without a file name, one is made from the practice's name (an
existing file is never overwritten).

--accessible (or ACCESSIBLE=1, or TERM=dumb) asks plain numbered questions,
one per line, that screen readers follow well and that can also be answered
from a pipe. Scripts that fill in answers should rather use 'scorecard
template' and 'scorecard score'.`,
		Example: `  $ scorecard assess
  $ scorecard assess welcome-bureau.yaml          # start, or continue where you stopped
  $ scorecard assess --areas KA1,KA4 welcome-bureau.yaml
  $ scorecard assess --quick
  $ scorecard assess --accessible welcome-bureau.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("assess takes at most one file, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return assessRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Areas, "areas", "", "assess only these key areas, comma-separated (`ids` such as KA1,KA4)")
	fl.BoolVar(&opts.Quick, "quick", false, "assess only the quick scan (the overarching checklist)")
	fl.BoolVar(&opts.Accessible, "accessible", false, "plain numbered prompts for screen readers; also reads answers piped on standard input")
	fl.BoolVar(&opts.Review, "review", false, "go through every page again, not only unfinished ones")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

func assessRun(ctx context.Context, opts *assessOptions) error {
	f, io := opts.Factory, opts.IO
	accessible := opts.Accessible || io.Accessible()
	if opts.Asker == nil && !accessible && !(io.IsStdinTTY() && io.IsStdoutTTY()) {
		return usageErrorf("assess asks questions and needs a terminal. Run it in a terminal; or use --accessible, " +
			"whose plain prompts also read answers from a pipe; or, in scripts, write answers with " +
			"'scorecard template' and score them with 'scorecard score'")
	}
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}

	af, fw, resuming, err := openAssessment(f, opts)
	if err != nil {
		return err
	}
	var scope *checklist.Scope
	if opts.Areas != "" || opts.Quick {
		s, err := scopeFromFlags(fw, "", opts.Areas, "", opts.Quick)
		if err != nil {
			return err
		}
		if !opts.Quick {
			s.Sections = []checklist.Section{checklist.SectionChecklist}
		}
		scope = &s
	}

	saver := &assessmentSaver{path: opts.File, existed: resuming}
	asker := opts.Asker
	if asker == nil {
		if accessible {
			out := &colorprofile.Writer{Forward: io.ErrOut, Profile: colorprofile.NoTTY}
			asker = &assess.Accessible{In: assess.NewLineReader(io.In), Out: out, Theme: ui.HuhTheme(false)}
		} else {
			styled := io.IsStderrTTY() && io.Getenv("NO_COLOR") == ""
			asker = &assess.TUI{In: io.In, Out: io.ErrOut, Theme: ui.HuhTheme(styled)}
		}
	}
	if accessible {
		fmt.Fprintf(io.ErrOut, "scorecard assessment: %s. Answer each question by typing its number and pressing Enter; press Enter alone to keep the answer shown as the default.\n\n", fw.Title)
	}
	session := &assess.Session{
		Framework: fw,
		File:      af,
		Scope:     scope,
		Review:    opts.Review,
		SkipFirst: !accessible,
		Today:     f.Now().Format("2006-01-02"),
		Asker:     asker,
		Save:      saver.save,
		Log:       io.ErrOut,
	}
	err = session.Run(ctx)
	var eoi *assess.EndOfInputError
	switch {
	case errors.Is(err, assess.ErrInterrupted):
		if saver.path != "" && saver.saved {
			fmt.Fprintf(io.ErrOut, "\nStopped. Your answers so far are saved in %s.\nTo continue: scorecard assess %s\n", checklist.CleanText(saver.path), shellQuote(saver.path))
		} else {
			fmt.Fprintln(io.ErrOut, "\nStopped before the practice had a name; nothing was saved.")
		}
		return &reportedError{code: exitInterrupted}
	case errors.As(err, &eoi):
		where := "nothing was saved yet (the practice needs a name first)"
		if saver.saved {
			where = fmt.Sprintf("the answers given so far are saved in %s; to continue: scorecard assess %s", checklist.CleanText(saver.path), shellQuote(saver.path))
		}
		fmt.Fprintf(io.ErrOut, "\nscorecard: input ended before %s was answered; %s\n", eoi.Question, where)
		return &reportedError{code: exitInvalid}
	case err != nil:
		return err
	}

	r := scoring.Evaluate(af, scoring.Options{})
	fmt.Fprintf(io.ErrOut, "\nAll done. Your answers are saved in %s.\n\n", checklist.CleanText(saver.path))
	io.Out.Write(renderScoreText(io.Styles(), io.Width(), checklist.CleanText(saver.path), af, r, nil))
	fmt.Fprintln(io.ErrOut)
	return offerReport(ctx, opts, session, saver.path, af)
}

// offerReport asks whether to write the report now, and writes it next
// to the answer file, under a name no other file has.
func offerReport(ctx context.Context, opts *assessOptions, session *assess.Session, path string, af *checklist.AnswerFile) error {
	io := opts.IO
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	md, pdf := freeName(stem, ".md"), freeName(stem, ".pdf")
	choice := 0
	err := session.Ask(ctx, assess.ChoiceForm("report", "Write a report now?",
		"The report shows where the practice stands, the priority actions, and examples to learn from.",
		[]string{"Markdown report: " + checklist.CleanText(md), "PDF report: " + checklist.CleanText(pdf), "Not now"}, &choice))
	var eoi *assess.EndOfInputError
	switch {
	case errors.Is(err, assess.ErrInterrupted):
		fmt.Fprintf(io.ErrOut, "No report written. Write one later with: scorecard report %s -o report.pdf\n", shellQuote(path))
		return &reportedError{code: exitInterrupted}
	case errors.As(err, &eoi):
		fmt.Fprintf(io.ErrOut, "\nscorecard: input ended before the report question; the assessment is saved in %s; write a report with: scorecard report %s -o report.pdf\n", checklist.CleanText(path), shellQuote(path))
		return &reportedError{code: exitInvalid}
	case err != nil:
		return err
	case choice == 2:
		fmt.Fprintf(io.ErrOut, "Write a report later with: scorecard report %s -o report.pdf\n", shellQuote(path))
		return nil
	}
	out, format := md, "md"
	if choice == 1 {
		out, format = pdf, "pdf"
	}
	err = reportRun(&reportOptions{IO: io, Factory: opts.Factory, File: path, Output: out, Format: format, FrameworkRef: opts.FrameworkRef})
	if err != nil {
		return err
	}
	fmt.Fprintf(io.ErrOut, "Report written to %s.\n", checklist.CleanText(out))
	return nil
}

// freeName returns stem+ext, or stem-2+ext, stem-3+ext… whichever no
// file has yet.
func freeName(stem, ext string) string {
	name := stem + ext
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
}

// openAssessment loads the file to resume, or starts a new one.
func openAssessment(f *Factory, opts *assessOptions) (*checklist.AnswerFile, *checklist.Framework, bool, error) {
	if opts.File != "" {
		if _, err := os.Stat(opts.File); err == nil {
			af, err := f.loadAnswers(opts.File, opts.FrameworkRef)
			if err != nil {
				return nil, nil, false, err
			}
			for _, w := range af.Warnings {
				fmt.Fprintln(opts.IO.ErrOut, w)
			}
			return af, af.Framework, true, nil
		}
		if dir := filepath.Dir(opts.File); dir != "" {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return nil, nil, false, usageErrorf("cannot create %s: no directory %s", checklist.CleanText(opts.File), checklist.CleanText(dir))
			}
		}
	}
	fw, err := f.Framework(opts.FrameworkRef)
	if err != nil {
		return nil, nil, false, err
	}
	return &checklist.AnswerFile{Framework: fw, Answers: map[string]checklist.Answer{}, Notes: map[string]string{}}, fw, false, nil
}

// assessmentSaver writes the answer file after every page: the first
// time without overwriting anything (a new file, named after the practice
// when no name was given), then in place.
type assessmentSaver struct {
	path    string
	existed bool
	saved   bool
}

func (s *assessmentSaver) save(af *checklist.AnswerFile) error {
	if s.path == "" {
		s.path = freeFileName(af.Practice.Name)
	}
	force := s.existed || s.saved
	err := writeFileAtomic(s.path, force, func(w io.Writer) error { return checklist.WriteAnswers(w, af) })
	var exists *existsError
	if errors.As(err, &exists) && !s.saved && !s.existed {
		// The name was taken meanwhile: never overwrite, pick another.
		s.path = freeFileName(af.Practice.Name)
		err = writeFileAtomic(s.path, false, func(w io.Writer) error { return checklist.WriteAnswers(w, af) })
	}
	if err != nil {
		return err
	}
	s.saved = true
	return nil
}

// freeFileName makes a file name from a practice's name, such as
// "welcome-bureau.yaml", adding -2, -3… until no file has it.
func freeFileName(practice string) string {
	base := slug(practice)
	if base == "" {
		base = "assessment"
	}
	return freeName(base, ".yaml")
}

// latinLetters are Latin letters that Unicode does not decompose into a
// base letter and a mark.
var latinLetters = strings.NewReplacer("ł", "l", "đ", "d", "ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "ı", "i", "þ", "th", "ð", "d")

// slug makes a file name's stem from a practice's name: words joined by
// dashes, lower-cased, with accents dropped from Latin letters so that the
// name is easy to type ("Gdańsk Welcome Point" → "gdansk-welcome-point").
// Letters of other alphabets are kept.
func slug(s string) string {
	s = latinLetters.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if r < 0x80 || !unicode.Is(unicode.Latin, r) {
			b.WriteRune(r) // other alphabets keep their letters whole: ї, й
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(d)
			}
		}
	}
	s = b.String()
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := strings.Join(words, "-")
	if r := []rune(out); len(r) > 60 {
		out = strings.TrimRight(string(r[:60]), "-")
	}
	return out
}

// shellQuote quotes a path for the command lines scorecard suggests.
func shellQuote(s string) string {
	s = checklist.CleanText(s)
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
