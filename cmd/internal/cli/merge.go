package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/spf13/cobra"
)

type mergeOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Files        []string
	Output       string
	Force        bool
	FrameworkRef string
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
    as points to discuss.

Files of different practices or frameworks are refused. If any file cannot
be read, nothing is written. A new merged file is readable by you only (its
notes are about people); an existing one keeps its permissions.`,
		Example: `  $ scorecard merge ana.yaml boris.yaml farid.yaml -o welcome-bureau.yaml
  $ scorecard report welcome-bureau.yaml -o workshop.pdf`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usageErrorf("merge needs the answer files of at least two raters")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
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
	merged, disagreements, err := checklist.Merge(ratings)
	var me *checklist.MergeError
	if errors.As(err, &me) {
		return errors.New(checklist.CleanText(me.Reason))
	}
	if err != nil {
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
	fmt.Fprintf(summary, "Merged %d ratings of %s (%s) into %s: %d items answered.\n",
		len(ratings), merged.Practice.Name, strings.Join(names, ", "), checklist.CleanText(opts.Output), len(merged.Answers))
	if len(disagreements) == 0 {
		fmt.Fprintln(summary, "The raters never disagree by more than one step.")
		return nil
	}
	fmt.Fprintf(summary, "Raters disagree on %s (answers more than one step apart):\n", checklist.Count(len(disagreements), "item"))
	for _, d := range disagreements {
		fmt.Fprintf(summary, "  %-8s %s\n", d.Item.ID, d.Summary())
	}
	fmt.Fprintln(summary, "They are recorded in the merged file (disagreements:); its report lists them as points to discuss.")
	return nil
}
