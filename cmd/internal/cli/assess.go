package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"unicode"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"golang.org/x/text/unicode/norm"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/assess"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/scoring"
)

// exitHangup is the exit code after SIGHUP (the terminal went away), as
// a shell reports a process ended by it (128 + 1).
const exitHangup = 129

type assessOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	File         string
	FrameworkRef string
	Areas        string
	Quick        bool
	Accessible   bool
	Review       bool

	// terminal runs the terminal questionnaire; tests replace it.
	terminal func(*assess.Session, context.Context, assess.Terminal) error
}

func newCmdAssess(f *Factory, runF func(context.Context, *assessOptions) error) *cobra.Command {
	opts := &assessOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "assess [<file>] [--areas <ids>] [--quick] [--accessible] [--review]",
		Short: "Assess a practice, question by question (interactive)",
		Long: `Walk through the assessment of one practice: first a few facts about it, then
what to assess, then one page per key area, the quick scan and each quality
dimension, with help for each question and room for notes.

In a terminal: answer each question with one key (y yes, p partly, n no,
a not applicable, d don't know, s skip); esc shows the contents, from which
any page opens; ←/→ move between questions, pgup/pgdn between pages, tab
goes to the next question without an answer, ctrl+n writes a note and
evidence for the question. The keys are always shown at the bottom of the
screen.

Answers are saved to the file as you go. Run the command again on the same
file to continue where you stopped; Ctrl-C saves everything, including a
note being typed, and stops. Without a file name, one is made from the
practice's name (an existing file is never overwritten). A file being
assessed in another window is not opened a second time.

--accessible (or ACCESSIBLE=1, or TERM=dumb) asks plain questions, one
per line, that screen readers follow well and that can also be answered
from a pipe, by number or by word. Scripts that fill in answers should
rather use 'scorecard template' and 'scorecard score'.`,
		Example: `  $ scorecard assess
  $ scorecard assess welcome-bureau.yaml          # start, or continue where you stopped
  $ scorecard assess --areas KA1,KA4 welcome-bureau.yaml
  $ scorecard assess --quick
  $ scorecard assess --accessible welcome-bureau.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErrorf("%s", printerOf(f).Sprintf("assess takes at most one file, got %d", len(args)))
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
	fl.BoolVar(&opts.Accessible, "accessible", false, "plain prompts for screen readers; also reads answers piped on standard input")
	fl.BoolVar(&opts.Review, "review", false, "start at the first page and go through every page again")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

func assessRun(ctx context.Context, opts *assessOptions) error {
	f, io := opts.Factory, opts.IO
	p, err := f.Printer()
	if err != nil {
		return err
	}
	accessible := opts.Accessible || io.Accessible()
	if opts.terminal == nil && !accessible && !(io.IsStdinTTY() && io.IsStdoutTTY()) {
		return usageErrorf("assess asks questions and needs a terminal. Run it in a terminal; or use --accessible, " +
			"whose plain prompts also read answers from a pipe; or, in scripts, write answers with " +
			"'scorecard template' and score them with 'scorecard score'")
	}
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}

	// One way to stop, for every signal: SIGINT (Ctrl-C where the
	// terminal sends it), SIGTERM and SIGHUP (the window closed) all save
	// what was answered, and what was being typed. The handler stays
	// until the end, so that a signal during a save waits for it.
	stop := assess.NewStopper()
	if f.Interruptible {
		sigs := make(chan os.Signal, 4)
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		defer signal.Stop(sigs)
		go func() {
			for sig := range sigs {
				stop.Request(sig)
			}
		}()
	}

	saver := &assessmentSaver{path: opts.File, p: p}
	defer saver.release()
	if opts.File != "" {
		if err := saver.lock(); err != nil {
			return err
		}
	}
	af, fw, resuming, err := openAssessment(f, opts)
	if err != nil {
		return err
	}
	saver.existed = resuming
	saver.remember()
	if opts.File != "" {
		// A link is written through, as -o does; say so.
		f.printLinkNote(opts.File)
	}

	session := &assess.Session{
		Framework: fw,
		File:      af,
		Review:    opts.Review,
		Today:     f.Now().Format("2006-01-02"),
		Printer:   p,
		Save:      saver.save,
		Stop:      stop,
	}
	if opts.Areas != "" || opts.Quick {
		s, err := scopeFromFlags(fw, "", opts.Areas, "", opts.Quick)
		if err != nil {
			return err
		}
		if !opts.Quick {
			s.Sections = []checklist.Section{checklist.SectionChecklist}
		}
		session.Scope = &s
	}

	run := &assessment{opts: opts, p: p, session: session, saver: saver, stop: stop, accessible: accessible}
	if accessible {
		run.out = &colorprofile.Writer{Forward: io.ErrOut, Profile: colorprofile.NoTTY}
		run.prompts = assess.Prompts{In: assess.NewLineReader(io.In), Out: run.out, Interactive: io.IsStdinTTY()}
		err = session.RunAccessible(ctx, run.prompts)
	} else {
		styled := io.IsStderrTTY() && io.Getenv("NO_COLOR") == ""
		run.terminal = assess.Terminal{In: io.In, Out: io.ErrOut, Theme: ui.HuhTheme(styled), Styles: ui.NewStyles(styled)}
		runTerminal := opts.terminal
		if runTerminal == nil {
			runTerminal = (*assess.Session).RunTerminal
		}
		err = runTerminal(session, ctx, run.terminal)
	}
	if err != nil {
		return run.stopped(err)
	}
	return run.finish(ctx)
}

// assessment is one run of assess, after the questions: the messages, the
// summary and the report.
type assessment struct {
	opts       *assessOptions
	p          *locale.Printer
	session    *assess.Session
	saver      *assessmentSaver
	stop       *assess.Stopper
	accessible bool
	out        io.Writer
	prompts    assess.Prompts
	terminal   assess.Terminal
}

// stopped explains how the questionnaire ended early and returns the exit
// code: 130 when interrupted (129 on SIGHUP), 2 when the input ended or
// was wrong.
func (r *assessment) stopped(err error) error {
	io, p := r.opts.IO, r.p
	saved := r.saver.saved || r.saver.existed
	where := func() string {
		return p.Sprintf("Your answers are saved in %s. To continue: %s", checklist.CleanText(r.saver.path), r.continueCommand())
	}
	r.notice()
	var eoi *assess.EndOfInputError
	var bad *assess.InputError
	switch {
	case errors.Is(err, assess.ErrInterrupted):
		if saved {
			fmt.Fprintf(io.ErrOut, "\n%s\n%s\n", p.Sprintf("Stopped."), where())
		} else {
			fmt.Fprintf(io.ErrOut, "\n%s\n", p.Sprintf("Stopped before the practice had a name; nothing was saved."))
		}
		if r.stop.Signal() == syscall.SIGHUP {
			return &reportedError{code: exitHangup}
		}
		return &reportedError{code: exitInterrupted}
	case errors.As(err, &eoi):
		fmt.Fprintf(io.ErrOut, "\nscorecard: %s\n", p.Sprintf("input ended before %s", eoi.What))
	case errors.As(err, &bad):
		fmt.Fprintf(io.ErrOut, "\nscorecard: %s\n", p.Sprintf("line %s of the input, \"%s\", is not %s; expected %s",
			fmt.Sprint(bad.Line), shortLine(bad.Text), bad.What, bad.Expected))
	default:
		return err
	}
	if saved {
		fmt.Fprintln(io.ErrOut, p.Sprintf("The answers before it are saved in %s. To continue: %s", checklist.CleanText(r.saver.path), r.continueCommand()))
	} else {
		fmt.Fprintln(io.ErrOut, p.Sprintf("Nothing was saved: the practice needs a name first."))
	}
	return &reportedError{code: exitInvalid}
}

// printerOf is the factory's printer, or English when --lang is not
// valid (the flag's own error comes first).
func printerOf(f *Factory) *locale.Printer {
	if p, err := f.Printer(); err == nil {
		return p
	}
	return locale.English()
}

// shortLine shows a line of input in a message: cleaned, and cut after 60
// characters.
func shortLine(s string) string {
	r := []rune(checklist.CleanText(s))
	if len(r) <= 60 {
		return string(r)
	}
	return string(r[:60]) + "..."
}

// notice says where the answers went if the file changed underneath.
func (r *assessment) notice() {
	if r.saver.conflict != "" {
		fmt.Fprintf(r.opts.IO.ErrOut, "\n%s\n", r.p.Sprintf("%s was changed by another program while you answered. It is left as it is; your answers are saved in %s. Compare the two and keep what you need.",
			checklist.CleanText(r.saver.conflict), checklist.CleanText(r.saver.path)))
	}
}

// continueCommand is the command that continues this assessment: make run
// when started through make, else the command as it was typed, with the
// file named.
func (r *assessment) continueCommand() string {
	f := r.opts.Factory
	path := shellQuote(r.saver.path)
	if f.IO.Getenv("SCORECARD_MAKE_RUN") != "" {
		return "make run FILE=" + path
	}
	args := f.commandLine()
	var out []string
	fileGiven := false
	for _, a := range args {
		if r.opts.File != "" && a == r.opts.File && !fileGiven {
			fileGiven = true
			out = append(out, path)
			continue
		}
		out = append(out, shellQuote(a))
	}
	if !fileGiven {
		out = append(out, path)
	}
	return strings.Join(out, " ")
}

// finish shows the scores, then offers the report.
func (r *assessment) finish(ctx context.Context) error {
	io, p, af := r.opts.IO, r.p, r.session.File
	r.notice()
	answered, total := r.session.Counts()
	res := scoring.Evaluate(af, scoring.Options{})
	name := checklist.CleanText(r.saver.path)
	fmt.Fprintf(io.ErrOut, "\n%s\n%s\n\n", p.Sprintf("All done. Your answers are saved in %s.", name),
		p.Sprintf("You answered %d of the %d questions you chose.", answered, total))
	if r.accessible {
		fmt.Fprint(io.Out, assess.SpokenSummary(p, af, res))
	} else {
		io.Out.Write(renderScoreText(p, io.Styles(), io.Width(), name, af, res, nil))
	}
	return r.offerReport(ctx)
}

// offerReport asks whether to write the report now, PDF first, and writes
// it next to the answer file, under a name no other file has.
func (r *assessment) offerReport(ctx context.Context) error {
	io, p, path := r.opts.IO, r.p, r.saver.path
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	pdf, md := freeName(stem, ".pdf"), freeName(stem, ".md")
	title := p.Sprintf("Write a report now?")
	help := p.Sprintf("The report shows where the practice stands, the priority actions, and examples to learn from.")
	options := []string{p.Sprintf("PDF report: %s", checklist.CleanText(pdf)), p.Sprintf("Markdown report: %s", checklist.CleanText(md)), p.Sprintf("Not now")}
	var choice int
	var err error
	if r.accessible {
		choice, err = r.session.Choose(ctx, r.prompts, title, help, p.Sprintf("the choice of a report"), options)
	} else {
		fmt.Fprintln(io.ErrOut)
		choice, err = r.session.ChooseTerminal(ctx, r.terminal, title, help, options)
	}
	// The program as it was started (./bin/scorecard after make run,
	// which puts nothing on PATH).
	program := shellQuote(r.opts.Factory.commandLine()[0])
	later := p.Sprintf("Write a report later with: %s", program+" report "+shellQuote(path)+" -o report.pdf")
	var eoi *assess.EndOfInputError
	var bad *assess.InputError
	switch {
	case errors.Is(err, assess.ErrInterrupted):
		fmt.Fprintln(io.ErrOut, p.Sprintf("No report written."), later)
		if r.stop.Signal() == syscall.SIGHUP {
			return &reportedError{code: exitHangup}
		}
		return &reportedError{code: exitInterrupted}
	case errors.As(err, &eoi):
		fmt.Fprintf(io.ErrOut, "\nscorecard: %s\n%s %s\n", p.Sprintf("input ended before %s", eoi.What),
			p.Sprintf("The assessment is saved in %s.", checklist.CleanText(path)), later)
		return &reportedError{code: exitInvalid}
	case errors.As(err, &bad):
		fmt.Fprintf(io.ErrOut, "\nscorecard: %s\n%s %s\n", p.Sprintf("line %s of the input, \"%s\", is not %s; expected %s",
			fmt.Sprint(bad.Line), shortLine(bad.Text), bad.What, bad.Expected),
			p.Sprintf("The assessment is saved in %s.", checklist.CleanText(path)), later)
		return &reportedError{code: exitInvalid}
	case err != nil:
		return err
	case choice == 2:
		fmt.Fprintln(io.ErrOut, later)
		return nil
	}
	out, format := pdf, "pdf"
	if choice == 1 {
		out, format = md, "md"
	}
	err = reportRun(&reportOptions{IO: io, Factory: r.opts.Factory, File: path, Output: out, Format: format, FrameworkRef: r.opts.FrameworkRef, Printer: p})
	if err != nil {
		return err
	}
	fmt.Fprintln(io.ErrOut, p.Sprintf("Report written to %s.", checklist.CleanText(out)))
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
			printWarnings(printerOf(f), opts.IO, af.Warnings)
			return af, af.Framework, true, nil
		}
		if dir := filepath.Dir(opts.File); dir != "" {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return nil, nil, false, usageErrorf("%s", printerOf(f).Sprintf("cannot create %s: no directory %s", checklist.CleanText(opts.File), checklist.CleanText(dir)))
			}
		}
	}
	fw, err := f.Framework(opts.FrameworkRef)
	if err != nil {
		return nil, nil, false, err
	}
	return &checklist.AnswerFile{Framework: fw, Answers: map[string]checklist.Answer{}, Notes: map[string]string{}}, fw, false, nil
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

// shellQuote quotes a word for the command lines scorecard suggests.
func shellQuote(s string) string {
	s = checklist.CleanText(s)
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./=,+:@%", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
