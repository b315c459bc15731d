package cli

import (
	"context"
	"fmt"
	"io"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
	"github.com/inclusion-tools/scorecard/scoring"
)

type compareOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Files        []string
	Format       string
	BOM          bool
	Output       string
	Force        bool
	FrameworkRef string
	// Items asks for the answers question by question instead of scores.
	Items   bool
	Printer *locale.Printer
}

func newCmdCompare(f *Factory, runF func(context.Context, *compareOptions) error) *cobra.Command {
	opts := &compareOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "compare <file> <file>... [--items] [--format {text|md|csv|json|xlsx}] [-o <path>]",
		Short: "Put several practices, or several rounds of one practice, side by side",
		Long: `Put the scores of several assessments side by side: one column per file, one
row per score (checklist, each key area, quick scan, quality, each dimension,
good practice), with each later column's change against the first.

When every file assesses the same practice on a different date, the files are
rounds and the columns are their dates (give the oldest first to read the
changes as progress); when they assess the same practice on the same date,
they are raters and the columns are the raters' names; otherwise the columns
are the practices' names. Files of different frameworks cannot be compared.

--items shows the answers instead, one row per question and one column per
file, and marks the questions where every answer is the same and those where
answers are two steps or more apart (yes against no).

--format csv and xlsx are for spreadsheets. CSV cells that a spreadsheet
would run as a formula are defused; --bom lets Excel open the file as UTF-8
on a double-click. xlsx is an Excel workbook (numbers as numbers, the
header row frozen); write it with -o, or redirect standard output to a
file.`,
		Example: `  $ scorecard compare welcome-bureau-2025.yaml welcome-bureau-2026.yaml
  $ scorecard compare group-a.yaml group-b.yaml group-c.yaml --format md > workshop.md
  $ scorecard compare rounds/*.yaml --format csv > progress.csv
  $ scorecard compare rounds/*.yaml --format xlsx -o progress.xlsx
  $ scorecard compare workshop/ana.yaml workshop/boris.yaml workshop/farid.yaml --items`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usageErrorf("compare needs at least two answer files")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkTableFormat(f, "scorecard compare", opts.Format, opts.BOM, opts.Output); err != nil {
				return err
			}
			opts.Files = args
			p, err := f.Printer()
			if err != nil {
				return err
			}
			opts.Printer = p
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return compareRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", "text", "output `format`: text, md, csv, json or xlsx") // TestFormatFlagsNameEveryFormat
	fl.BoolVar(&opts.BOM, "bom", false, "start CSV with a byte-order mark, so that Excel opens it as UTF-8")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `path` instead of standard output")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	fl.BoolVar(&opts.Items, "items", false, "the answers question by question, one column per file, with agreement marked")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

func compareRun(ctx context.Context, opts *compareOptions) error {
	f := opts.Factory
	if err := f.refuseInputAsOutput(opts.Output, opts.Files...); err != nil {
		return err
	}
	ratings, err := f.loadRatings(ctx, opts.Files, opts.FrameworkRef)
	if err != nil {
		return err
	}
	files := make([]*checklist.AnswerFile, len(ratings))
	names := make([]string, len(ratings))
	for i, r := range ratings {
		files[i] = r.File
		names[i] = displayName(opts.Files[i])
	}
	if opts.Items {
		return compareItemsRun(opts, files, names)
	}
	c, err := report.Compare(files, names, scoring.Options{})
	if err != nil {
		return compareError(err)
	}
	c.Printer = opts.Printer
	return f.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		switch opts.Format {
		case "md":
			return c.WriteMarkdown(w)
		case "csv":
			return c.WriteCSV(w, opts.BOM)
		case "xlsx":
			return c.CompareTable().WriteXLSX(w)
		case "json":
			return c.WriteJSON(w)
		}
		return writeCompareText(w, opts.IO.Styles(), c)
	})
}

// writeCompareText draws the comparison as a table for people.
func writeCompareText(w io.Writer, st ui.Styles, c *report.Comparison) error {
	p := printerOr(c.Printer)
	fmt.Fprintf(w, "%s %s\n", st.Title.Render(c.Title()), st.Muted.Render(p.Sprintf("(changes against %s)", c.Columns[0].Label)))
	headers := []string{""}
	for _, col := range c.Columns {
		headers = append(headers, col.Label)
	}
	t := table.New().Border(lipgloss.NormalBorder()).Headers(headers...)
	for _, r := range c.Rows {
		label := c.Label(r)
		if len([]rune(label)) > 44 {
			label = string([]rune(label)[:43]) + "…"
		}
		cells := []string{label}
		for i := range c.Columns {
			cells = append(cells, c.Cell(r, i))
		}
		t.Row(cells...)
	}
	t.StyleFunc(numbersTableStyle(st))
	fmt.Fprintln(w, t.Render())
	writeLegendText(w, st, c.Legend())
	return nil
}

// numbersTableStyle styles a table of numbers for the terminal: a heading
// row, the first column as labels, the numbers after it right-aligned.
func numbersTableStyle(st ui.Styles) func(row, col int) lipgloss.Style {
	return func(row, col int) lipgloss.Style {
		s := lipgloss.NewStyle().Padding(0, 1)
		switch {
		case row == table.HeaderRow:
			return s.Inherit(st.Heading)
		case col > 0:
			return s.Align(lipgloss.Right)
		}
		return s
	}
}
