package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/merge"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

type mergeOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Files        []string
	Output       string
	Force        bool
	FrameworkRef string
	MinGroup     int
}

func newCmdMerge(f *Factory, runF func(context.Context, *mergeOptions) error) *cobra.Command {
	opts := &mergeOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "merge <file> <file>... -o <out>",
		Short: "Merge several raters' answers for one practice into a consensus file",
		Long: `Merge the answer files of several raters who assessed the same practice (in a
workshop, say) into one consensus file:

  - per item, the median of the answers given; with an even number of
    answers, the lower of the two middle ones;
  - "not applicable" only when most raters who answered said so;
  - notes gathered, each under the rater's name (the file's assessors, or
    its file name);
  - items on which raters are more than one step apart (yes and no) are
    listed, and recorded in the merged file's "disagreements:"; its report shows them
    as points to discuss;
  - when raters gave their perspective (refugee, staff, partner, …), each
    perspective's answers, made by the same rules from its raters alone,
    are recorded in the merged file's "perspectives:", and the items on which
    two perspectives are two steps or more apart (the perception gap) are
    listed, refugees' view first. A perspective needs --min-group raters
    (default 3) to be shown on its own; a smaller group counts in the
    consensus only, and the file and the report only say it was too small.

Files of different practices or frameworks are refused. If any file cannot
be read, nothing is written. A new merged file is readable by you only (its
notes are about people); an existing one keeps its permissions.`,
		Example: `  $ scorecard merge ana.yaml boris.yaml farid.yaml -o welcome-bureau.yaml
  $ scorecard merge refugees/*.yaml staff/*.yaml --min-group 3 -o welcome-bureau.yaml
  $ scorecard report welcome-bureau.yaml -o workshop.pdf`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usageErrorf("merge needs the answer files of at least two raters")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if opts.MinGroup < 1 {
				return usageErrorf("--min-group must be 1 or more: the number of raters a perspective needs to be shown on its own")
			}
			if opts.Output == "" {
				return usageErrorf("merge needs -o with the name of the merged file (or -o - for standard output)")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return mergeRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "the merged answer file to write (`path`, or - for standard output)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	cmd.Flags().IntVar(&opts.MinGroup, "min-group", merge.DefaultMinGroup, "raters a perspective needs (`n`) before its answers are shown on their own")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

func mergeRun(ctx context.Context, opts *mergeOptions) error {
	f := opts.Factory
	if err := f.refuseInputAsOutput(opts.Output, opts.Files...); err != nil {
		return err
	}
	ratings, err := f.loadRatings(ctx, opts.Files, opts.FrameworkRef)
	if err != nil {
		return err
	}
	merged, err := merge.Merge(ratings, merge.Options{MinGroup: opts.MinGroup})
	if err != nil {
		// A merge.Error says itself in the interface language; its file
		// names and practice names are cleaned.
		return err
	}
	if ctx.Err() != nil {
		return ErrInterrupted // stopped before writing: nothing half-made
	}
	write := func(w io.Writer) error { return checklist.WriteAnswers(w, merged) }
	if err := f.writeAnswerOutput(opts.IO.Out, opts.Output, opts.Force, write); err != nil {
		return err
	}
	summary := opts.IO.Out
	if opts.Output == "-" {
		summary = opts.IO.ErrOut // standard output holds the merged file
	}

	names := make([]string, len(ratings))
	for i, r := range ratings {
		names[i] = r.Rater
	}
	p := printerOf(opts.Factory)
	fmt.Fprintln(summary, p.Sprintf("Merged %d ratings of %s (%s) into %s: %d items answered.",
		len(ratings), merged.Practice.Name, strings.Join(names, ", "), checklist.CleanText(opts.Output), len(merged.Answers)))
	if err := printMergedDontKnow(opts.Factory, summary, merged); err != nil {
		return err
	}
	printDisagreements(p, summary, merged.Disagreements)
	return printPerspectives(opts.Factory, summary, merged)
}

func printDisagreements(p *locale.Printer, summary io.Writer, disagreements []checklist.Disagreement) {
	if len(disagreements) == 0 {
		fmt.Fprintln(summary, p.Sprintf("The raters never disagree by more than one step."))
		return
	}
	fmt.Fprintln(summary, p.Sprintf("Raters disagree on %d items (answers more than one step apart):", len(disagreements)))
	for _, d := range disagreements {
		fmt.Fprintf(summary, "  %-8s %s\n", d.Item.ID, d.Summary())
	}
	fmt.Fprintln(summary, p.Sprintf("They are recorded in the merged file (disagreements:); its report lists them as points to discuss."))
}

// printMergedDontKnow lists the items whose merged answer is "don't
// know" (most raters did not know): things to find out.
func printMergedDontKnow(f *Factory, w io.Writer, merged *checklist.AnswerFile) error {
	dk := merged.Framework.DontKnow()
	if dk == nil {
		return nil
	}
	var ids []string
	for _, it := range merged.Framework.Items() {
		if a, ok := merged.Answers[it.ID]; ok && a.Value == dk.Value {
			ids = append(ids, it.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	p, err := f.Printer()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, p.Sprintf("Merged answer %q on %d items, to find out: %s.", dk.Label, len(ids), strings.Join(ids, ", ")))
	return nil
}
