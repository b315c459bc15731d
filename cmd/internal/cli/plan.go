package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/plan"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
	"github.com/inclusion-tools/scorecard/report/actionplan"
	"github.com/inclusion-tools/scorecard/report/sheet"
	"github.com/inclusion-tools/scorecard/scoring"
)

type planOptions struct {
	Ctx          context.Context
	IO           *ui.IOStreams
	Factory      *Factory
	Printer      *locale.Printer
	File         string
	Output       string
	Force        bool
	All          bool
	FrameworkRef string
}

func newCmdPlan(f *Factory, runF func(*planOptions) error, showF func(*planShowOptions) error) *cobra.Command {
	opts := &planOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "plan <file> [-o <plan.yaml>] [--all]",
		Short: "Turn an assessment's priority actions into an action plan with owners and due dates",
		Long: `Write an action plan from an assessment: one action per priority action of
the report (or, with --all, per gap), each with the recommended action, an
owner and a due date to fill in, its status (planned, doing, done or dropped)
and the answer it aims for (the top of the scale unless you change it). The
plan is a YAML file to edit by hand; it names the answer file it was made
from, relative to its own folder. Keep it out of folders that 'score' or
'validate' read as answer files: a plan is not one.

'scorecard plan show' prints the plan with the scores the practice would reach
if every action reached its target and, given the next round of the
assessment, which actions reached their target, regressed or are overdue.`,
		Example: `  $ scorecard plan welcome-bureau-2026.yaml -o plan.yaml
  $ scorecard plan welcome-bureau-2026.yaml --all -o plan.yaml
  $ scorecard plan show plan.yaml
  $ scorecard plan show plan.yaml --round welcome-bureau-2027.yaml --format md > plan.md`,
		Args: exactArgs(1, locale.M("give the answer file to plan from, or use 'scorecard plan show PLAN'")),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			opts.Ctx = cmd.Context()
			p, err := f.Printer()
			if err != nil {
				return err
			}
			opts.Printer = p
			if runF != nil {
				return runF(opts)
			}
			return planRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Output, "output", "o", "", "write the plan to `path` instead of standard output")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	fl.BoolVar(&opts.All, "all", false, "an action for every gap, not only the priority actions")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	cmd.AddCommand(newCmdPlanShow(f, showF))
	return cmd
}

func planRun(opts *planOptions) error {
	f, p := opts.Factory, printerOr(opts.Printer)
	if opts.File == stdinName {
		return usageErrorf("a plan names the answer file it was made from: give the file's name, not standard input")
	}
	if hasUnsafeRune(opts.File) {
		// The plan names the file, and loading a plan removes such
		// characters from what it reads: the name would not be found.
		return usageErrorf("%s: the file's name holds control characters or invisible formatting characters, which a plan cannot name; rename the file first", checklist.CleanText(opts.File))
	}
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}
	ctx := contextOr(opts.Ctx)
	af, err := interruptible(ctx, func() (*checklist.AnswerFile, error) {
		return f.loadAnswers(opts.File, opts.FrameworkRef)
	})
	if err != nil {
		return err
	}
	printWarnings(p, opts.IO, af.Warnings)
	r := scoring.Evaluate(af, scoring.Options{})
	recs := report.PriorityActions(r)
	if opts.All {
		recs = report.AllGaps(r)
	}
	if len(recs) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("%s has no gaps: every question answered is answered %s. No plan was written.", checklist.CleanText(af.Practice.Name), plan.TopValue(af.Framework).Label))
		return nil
	}
	items := make([]*checklist.Item, len(recs))
	for i, rec := range recs {
		items[i] = rec.Item
	}
	pl := plan.New(af, assessmentRef(opts.File, opts.Output), items)
	if ctx.Err() != nil {
		return ErrInterrupted // nothing written
	}
	if err := f.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error { return plan.Write(w, pl, af, p) }); err != nil {
		return err
	}
	if opts.Output != "" && opts.Output != "-" {
		from := p.Sprintf("its priority actions")
		if opts.All {
			from = p.Sprintf("all its gaps")
		}
		out := checklist.CleanText(opts.Output)
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("Wrote %s: %s for %s, from %s.", out, p.Sprintf("%d actions", len(pl.Actions)), checklist.CleanText(pl.Practice), from))
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("Give each action an owner and a due date, then check the plan with: %s", "scorecard plan show "+out))
	}
	return nil
}

// assessmentRef is how a plan written to output names the answer file:
// relative to the plan's folder, with forward slashes, so that the two
// files can move together; as given when the plan goes to standard
// output.
func assessmentRef(file, output string) string {
	if output == "" || output == "-" {
		return filepath.ToSlash(file)
	}
	absFile, err1 := filepath.Abs(file)
	absOut, err2 := filepath.Abs(output)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(filepath.Dir(absOut), absFile)
	if err != nil {
		return filepath.ToSlash(absFile)
	}
	return filepath.ToSlash(rel)
}

type planShowOptions struct {
	Ctx          context.Context
	IO           *ui.IOStreams
	Factory      *Factory
	Printer      *locale.Printer
	Now          time.Time
	Plan         string
	Round        string
	Format       string
	Output       string
	Force        bool
	BOM          bool
	FrameworkRef string
}

func newCmdPlanShow(f *Factory, runF func(*planShowOptions) error) *cobra.Command {
	opts := &planShowOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "show <plan.yaml> [--round <later.yaml>] [--format {text|md|csv|json}] [-o <path>]",
		Short: "Print an action plan with the scores it would reach, checked against a later round",
		Long: `Print an action plan: each action with its owner, due date, status, the answer
it aims for and the answers its questions have, then the scores the practice
would reach if every action that is not dropped reached its target, beside
the scores now.

--round gives a later assessment of the same practice: each action is then
marked as having reached its target or not, as regressed when an answer went
down since the plan was made, and as done in the plan but not shown in the
round. An open action whose due date has passed is marked overdue.

--format md writes a Markdown task list, csv a table for other trackers, json
the same for programs; the default follows the extension of -o, else text.
--bom starts the CSV with a byte-order mark, so that Excel opens it as UTF-8.`,
		Example: `  $ scorecard plan show plan.yaml
  $ scorecard plan show plan.yaml --round welcome-bureau-2027.yaml
  $ scorecard plan show plan.yaml --format md > plan.md
  $ scorecard plan show plan.yaml --format csv -o plan.csv`,
		Args: exactArgs(1, locale.M("give the plan file")),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Plan = args[0]
			opts.Ctx = cmd.Context()
			opts.Now = f.Now()
			p, err := f.Printer()
			if err != nil {
				return err
			}
			opts.Printer = p
			if runF != nil {
				return runF(opts)
			}
			return planShowRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Round, "round", "", "a later assessment of the practice (`file`) to check the plan against")
	fl.StringVar(&opts.Format, "format", "", "output `format`: text, md, csv or json (default: from the extension of -o, else text)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `path` instead of standard output")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	fl.BoolVar(&opts.BOM, "bom", false, "start CSV with a byte-order mark, so that Excel opens it as UTF-8")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

// planShowFormat decides the format from --format and the output's
// extension.
func planShowFormat(format, output string) (string, error) {
	if format == "" {
		switch strings.ToLower(filepath.Ext(output)) {
		case ".md", ".markdown":
			return "md", nil
		case ".csv":
			return "csv", nil
		case ".json":
			return "json", nil
		}
		return "text", nil
	}
	switch format {
	case "text", "md", "csv", "json":
		return format, nil
	}
	return "", usageErrorf("unknown format %q: use text, md, csv or json", format)
}

func planShowRun(opts *planShowOptions) error {
	f := opts.Factory
	format, err := planShowFormat(opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if opts.BOM && format != "csv" {
		return usageErrorf("--bom is for --format csv")
	}
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}
	// A plan of thousands of actions takes seconds to load and lay out:
	// Ctrl-C stops it at once, and nothing is written.
	ctx := contextOr(opts.Ctx)
	out, err := interruptible(ctx, func() (*bytes.Buffer, error) { return renderPlanShow(opts, format) })
	if err != nil {
		return err
	}
	return f.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		_, err := w.Write(out.Bytes())
		return err
	})
}

// renderPlanShow loads the plan, its assessment and the round, and lays
// the plan out in format.
func renderPlanShow(opts *planShowOptions, format string) (*bytes.Buffer, error) {
	f, p := opts.Factory, printerOr(opts.Printer)
	f.noteInput(opts.Plan)
	pl, err := plan.LoadFile(opts.Plan, f.picker(opts.FrameworkRef), p)
	if err != nil {
		return nil, err
	}
	printWarnings(p, opts.IO, pl.Warnings)
	base, basePath, err := f.loadPlanAssessment(pl, opts.FrameworkRef, p)
	if err != nil {
		return nil, err
	}
	var round *checklist.AnswerFile
	if opts.Round != "" {
		if round, err = f.loadAnswers(opts.Round, opts.FrameworkRef); err != nil {
			return nil, err
		}
		printWarnings(p, opts.IO, round.Warnings)
	}
	v, err := actionplan.Build(pl, base, round, actionplan.Options{
		Printer: p, Today: opts.Now, AssessmentName: displayName(basePath), RoundName: displayName(opts.Round),
	})
	var pe *actionplan.Error
	if errors.As(err, &pe) {
		return nil, errors.New(checklist.CleanText(pe.Reason))
	}
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	switch format {
	case "md":
		err = v.WriteMarkdown(&b)
	case "csv":
		if opts.BOM {
			b.WriteString(sheet.BOM)
		}
		err = v.WriteCSV(&b)
	case "json":
		err = v.WriteJSON(&b)
	default:
		styles := opts.IO.Styles()
		if opts.Output != "" && opts.Output != "-" {
			styles = ui.NewStyles(false)
		}
		err = writePlanText(&b, styles, opts.IO.Width(), v)
	}
	return &b, err
}

// loadPlanAssessment loads the answer file a plan was made from; the
// plan names it relative to its own folder. When it cannot be read the
// error points at the plan's "assessment:".
func (f *Factory) loadPlanAssessment(pl *plan.Plan, frameworkRef string, p *locale.Printer) (*checklist.AnswerFile, string, error) {
	path := filepath.FromSlash(pl.Assessment)
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(pl.Path), path)
	}
	af, err := f.loadAnswers(path, frameworkRef)
	var probs checklist.Problems
	if errors.As(err, &probs) && len(probs) == 1 && probs[0].Line == 0 && probs[0].File == path {
		return nil, "", checklist.Problems{{File: pl.Path, Line: pl.AssessmentPos.Line, Column: pl.AssessmentPos.Column,
			Message: p.Sprintf("the assessment %s cannot be read (%s): name the answer file the plan was made from, relative to the plan's folder", checklist.CleanText(pl.Assessment), probs[0].MessageIn(p))}}
	}
	if err != nil {
		return nil, "", err
	}
	printWarnings(printerOf(f), f.IO, af.Warnings)
	return af, path, nil
}

// writePlanText draws the plan for people: the actions as a numbered
// list, then the scores now and projected as a table.
func writePlanText(w io.Writer, st ui.Styles, width int, v *actionplan.View) error {
	fmt.Fprintln(w, st.Title.Render(v.Title()))
	fmt.Fprintln(w, wrapSpans([]span{{v.Source(), st.Muted}}, width, 0))
	fmt.Fprintln(w, v.Summary())
	fmt.Fprintln(w)
	for i, c := range v.Checks {
		a := c.Action
		num := fmt.Sprintf("%2d. ", i+1)
		hang := len(num)
		head := []span{{strings.Join(a.ItemIDs(), ", ") + " ", st.ID}, {a.Action, lipgloss.NewStyle()}}
		fmt.Fprintln(w, num+wrapSpans(head, width, hang))
		details := []span{{v.Details(c), st.Muted}}
		for _, m := range v.Marks(c) {
			style := st.Muted
			if m.Flag {
				style = st.Bad
			}
			details = append(details, span{"·", st.Muted}, span{m.Text, style})
		}
		fmt.Fprintln(w, strings.Repeat(" ", hang)+wrapSpans(details, width, hang))
		if a.Note != "" {
			fmt.Fprintln(w, strings.Repeat(" ", hang)+wrapSpans([]span{{v.Printer().Sprintf("Note: %s", a.Note), lipgloss.NewStyle()}}, width, hang))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, st.Heading.Render(v.ProjectionHeading()))
	p := v.Printer()
	t := table.New().Border(lipgloss.NormalBorder()).Headers("", p.Sprintf("Now"), p.Sprintf("Projected"))
	for _, r := range v.Scores {
		t.Row(checklist.Shorten(r.RowLabel(), questionWidth), p.Number(r.Now.String()), v.ProjectedCell(r))
	}
	now, next := v.GoodPractice()
	t.Row(p.Sprintf("Good practice"), now, next)
	t.StyleFunc(numbersTableStyle(st))
	fmt.Fprintln(w, t.Render())
	fmt.Fprintln(w, wrapSpans([]span{{v.ProjectionNote(), st.Muted}}, width, 0))
	return nil
}

// span is text in one style, for wrapSpans.
type span struct {
	text  string
	style lipgloss.Style
}

// wrapSpans lays styled text out in lines of at most width cells,
// breaking only at spaces (never inside an id such as KA1-03, a date or a
// file name), and indents every line after the first by hang spaces.
func wrapSpans(spans []span, width, hang int) string {
	type word struct {
		span int
		text string
	}
	var lines [][]word
	var line []word
	col := hang
	for i, sp := range spans {
		for _, w := range strings.Fields(sp.text) {
			wd := lipgloss.Width(w)
			if len(line) > 0 && col+1+wd > width {
				lines = append(lines, line)
				line, col = nil, hang
			}
			if len(line) > 0 {
				col++
			}
			line = append(line, word{i, w})
			col += wd
		}
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	out := make([]string, len(lines))
	for n, l := range lines {
		// Words of one span render together, so that a styled phrase
		// costs one pair of escape codes per line.
		var b strings.Builder
		for j := 0; j < len(l); {
			k := j
			var texts []string
			for k < len(l) && l[k].span == l[j].span {
				texts = append(texts, l[k].text)
				k++
			}
			if j > 0 {
				b.WriteString(" ")
			}
			b.WriteString(spans[l[j].span].style.Render(strings.Join(texts, " ")))
			j = k
		}
		out[n] = b.String()
	}
	return strings.Join(out, "\n"+strings.Repeat(" ", hang))
}
