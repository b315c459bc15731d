package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

type validateOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Inputs       []string
	FrameworkRef string
	Strict       bool
}

func newCmdValidate(f *Factory, runF func(context.Context, *validateOptions) error) *cobra.Command {
	opts := &validateOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "validate {<file>|<dir>|-}...",
		Short: "Check answer files and print every error and warning with its position",
		Long: `Check answer files without scoring them. Every error and warning is printed to
standard error as file:line:column: message, the form editors and CI logs
link to; each valid file gets an "ok" line on standard output.

Exits 0 when every file is valid (warnings allowed, unless --strict), 2 when
any is not.`,
		Example: `  $ scorecard validate welcome-bureau.yaml
  $ scorecard validate answers/
  $ scorecard validate --strict answers/   # warnings fail too`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("validate needs at least one file, directory or - (see 'scorecard validate --help')")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return validateRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat warnings as errors (exit 2)")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

type validated struct {
	name     string
	problems checklist.Problems
	items    int
	err      bool
}

func validateRun(ctx context.Context, opts *validateOptions) error {
	f := opts.Factory
	p := printerOf(f)
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}
	files, err := f.expandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	bad := 0
	err = runOrdered(ctx, files, 0, func(path string) validated {
		v := validated{name: displayName(path)}
		af, err := f.loadAnswersContext(ctx, path, opts.FrameworkRef)
		if err != nil {
			v.err = true
			if !errors.As(err, &v.problems) {
				v.problems = checklist.Problems{{File: v.name, Message: locale.Localize(p, err)}}
			}
			return v
		}
		v.problems = af.Warnings
		v.items = len(af.Answers)
		return v
	}, func(_ int, v validated) {
		for _, pr := range v.problems {
			fmt.Fprintln(opts.IO.ErrOut, pr.Localize(p))
		}
		failed := v.err || (opts.Strict && len(v.problems) > 0)
		if failed {
			bad++
			return
		}
		answers := p.Sprintf("%d answers", v.items)
		if n := len(v.problems); n > 0 {
			answers = p.Sprintf("%s, %d warnings", answers, n)
		}
		fmt.Fprintln(opts.IO.Out, p.Sprintf("%s: ok (%s)", v.name, answers))
	})
	if err != nil {
		return err
	}
	if bad > 0 {
		if len(files) > 1 {
			fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("%d of %d files are invalid", bad, len(files)))
		}
		return &reportedError{code: exitInvalid}
	}
	return nil
}
