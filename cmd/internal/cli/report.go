package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
)

type reportOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Ctx          context.Context
	File         string
	Format       string
	Output       string
	Baseline     string
	Force        bool
	Summary      bool
	Plan         string
	FrameworkRef string
	Printer      *locale.Printer
}

func newCmdReport(f *Factory, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "report <file> [-o <path>] [--format {md|html|pdf}] [--summary] [--baseline <old-file>] [--plan <plan.yaml>]",
		Short: "Write the assessment report, with gaps and recommendations, in Markdown, HTML or PDF",
		Long: `Write the report of an assessment: where the practice stands at a glance, the
progress since a baseline, points to discuss, the priority actions, each key
area and quality dimension with what is in place and what to do next (with a
good practice from the handbook to learn from), a summary of your notes, the
evidence given, and how the scores are computed.

Three formats say the same: HTML for screen readers and the web (one
self-contained, accessible file), PDF to print (A4), Markdown to keep in a
repository and compare. The format comes from --format, else from the
extension of -o (.md, .html or .pdf), else Markdown. Markdown and HTML go to
standard output unless -o is given; a PDF needs -o. An existing file is never
overwritten without --force.

--summary writes the short report: the overview, progress, points to
discuss, the priority actions and your notes (at most three A4 pages for a
complete assessment).

--baseline adds the progress since an earlier assessment of the same
practice: the change in every score, and the items that improved or
regressed.

--plan adds an action plan ('scorecard plan') after the priority actions:
a table of its actions with owner, due date and status, and the scores the
practice would reach if every action reached its target. Reporting on the
assessment the plan was made from shows the plan as made; reporting on a
later round checks each action against it (target reached, regressed,
overdue).

A merged file whose raters gave their perspective ('scorecard merge')
gets a section that sets each perspective's scores beside the consensus,
with the perception gap: the items on which two perspectives are two steps
or more apart, refugees' view first.`,
		Example: `  $ scorecard report welcome-bureau.yaml > report.md
  $ scorecard report welcome-bureau.yaml -o report.pdf
  $ scorecard report welcome-bureau.yaml -o report.html
  $ scorecard report welcome-bureau.yaml --summary -o meeting.pdf
  $ scorecard report welcome-bureau-2026.yaml --baseline welcome-bureau-2025.yaml -o progress.pdf
  $ scorecard report welcome-bureau-2027.yaml --plan plan.yaml -o round.pdf`,
		Args: exactArgs(1, locale.M("give the answer file to report on")),
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
			return reportRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", "", "report `format`: md, html or pdf (default: from the extension of -o, else md)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `path` (required for PDF)")
	fl.StringVar(&opts.Baseline, "baseline", "", "an earlier assessment of the same practice (`old-file`), to show progress")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	fl.BoolVar(&opts.Summary, "summary", false, "write the short report: overview, progress, points to discuss, priority actions, notes")
	fl.StringVar(&opts.Plan, "plan", "", "an action plan (`plan.yaml`) to include, checked against the file")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

// reportFormat decides the format from --format and the output's
// extension.
func reportFormat(format, output string) (string, error) {
	ext := strings.ToLower(filepath.Ext(output))
	switch format {
	case "md", "markdown":
		return "md", nil
	case "pdf":
		return "pdf", nil
	case "html":
		return "html", nil
	case "":
		switch ext {
		case ".pdf":
			return "pdf", nil
		case ".html", ".htm":
			return "html", nil
		case "", ".md", ".markdown", ".txt":
			return "md", nil
		}
		return "", usageErrorf("cannot tell the report format from %q: use -o report.md, report.html or report.pdf, or --format md|html|pdf", filepath.Base(output))
	}
	return "", usageErrorf("unknown report format %q: use md, html or pdf", format)
}

func reportRun(opts *reportOptions) error {
	f, p := opts.Factory, printerOr(opts.Printer)
	format, err := reportFormat(opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if format == "pdf" && (opts.Output == "" || opts.Output == "-") {
		return usageErrorf("a PDF report needs a file: add -o report.pdf")
	}
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}
	if err := f.refuseInputAsOutput(opts.Output, opts.File, opts.Baseline, opts.Plan); err != nil {
		return err
	}
	af, err := f.loadAnswers(opts.File, opts.FrameworkRef)
	if err != nil {
		return err
	}
	printWarnings(p, opts.IO, af.Warnings)
	var base *checklist.AnswerFile
	if opts.Baseline != "" {
		if base, err = f.loadAnswers(opts.Baseline, opts.FrameworkRef); err != nil {
			return err
		}
	}
	ro := report.Options{Printer: p, Summary: opts.Summary}
	if opts.Plan != "" {
		if ro.Plan, err = f.planForReport(opts.Plan, af, displayName(opts.File), opts.FrameworkRef, p, f.Now()); err != nil {
			return err
		}
	}
	rep, err := report.Build(af, displayName(opts.File), base, ro)
	var be *report.BaselineError
	if errors.As(err, &be) {
		return locale.Errorf("--baseline: %s", be.Reason)
	}
	if err != nil {
		return err
	}
	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	var replaced []rune
	write := func(w io.Writer) error {
		switch format {
		case "pdf":
			res, err := rep.WritePDF(ctx, w, report.PDFOptions{Created: f.Now(), Producer: "scorecard " + version()})
			replaced = res.Replaced
			return err
		case "html":
			return rep.WriteHTML(ctx, w)
		}
		return rep.WriteMarkdown(ctx, w)
	}
	err = f.writeOutput(opts.IO.Out, opts.Output, opts.Force, write)
	if ctx.Err() != nil {
		// Stopped by Ctrl-C or SIGTERM: nothing was written.
		return ErrInterrupted
	}
	if err != nil {
		return err
	}
	if len(replaced) > 0 {
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("warning: the PDF cannot draw %s and shows \"?\" in their place; the HTML report shows every character: scorecard report %s -o report.html",
			report.ReplacedList(replaced), displayName(opts.File)))
	}
	return nil
}

func printWarnings(p *locale.Printer, io *ui.IOStreams, ws checklist.Problems) {
	for _, w := range ws {
		io.ErrOut.Write([]byte(w.Localize(p) + "\n"))
	}
}
