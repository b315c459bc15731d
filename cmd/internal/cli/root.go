package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Version is the version of scorecard, set at build time with
// -ldflags "-X github.com/inclusion-tools/scorecard/cmd/internal/cli.Version=v1.2.3".
var Version = ""

func version() string {
	if Version != "" {
		return Version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// Main runs scorecard with the process's arguments and streams and
// returns the exit code.
func Main() int { return MainAt(time.Now) }

// MainAt is Main with the given clock: end-to-end tests use it to fix
// the date that due dates are judged by.
func MainAt(now func() time.Time) int {
	f := NewFactory(ui.System(), now)
	f.Interruptible = true
	f.Argv0 = os.Args[0]
	return Run(context.Background(), f, os.Args[1:])
}

// Run runs scorecard with the given arguments and returns the exit code.
// Errors are printed here, once, to standard error.
func Run(ctx context.Context, f *Factory, args []string) int {
	root := NewCmdRoot(f)
	f.args = args
	root.SetArgs(args)
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	cmd, err := root.ExecuteContextC(ctx)
	printError(f, cmd, err)
	return exitCode(err)
}

// printError prints an error once; cmd is the command that ran (or the
// root), for the help hint after a usage error.
func printError(f *Factory, cmd *cobra.Command, err error) {
	var reported *reportedError
	var usage *usageError
	switch {
	case err == nil, errors.As(err, &reported):
		return
	case errors.Is(err, ErrInterrupted):
		fmt.Fprintln(f.IO.ErrOut, "scorecard: interrupted")
		return
	}
	if _, ok := err.(checklist.Problems); ok {
		// file:line:col messages stand on their own, like a compiler's.
		fmt.Fprintln(f.IO.ErrOut, err)
		return
	}
	fmt.Fprintf(f.IO.ErrOut, "scorecard: %v\n", err)
	if errors.As(err, &usage) {
		path := "scorecard"
		if cmd != nil {
			path = cmd.CommandPath()
		}
		fmt.Fprintf(f.IO.ErrOut, "Run '%s --help' for usage.\n", path)
	}
}

// NewCmdRoot builds the scorecard command tree.
func NewCmdRoot(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "scorecard <command> [flags]",
		Short: "Self-assess a refugee inclusion practice against the UNHCR/MPG handbook",
		Long: `scorecard turns the handbook "Effective inclusion of refugees: participatory
approaches for practitioners at the local level" (UNHCR Regional Bureau for
Europe and the Migration Policy Group) into a self-assessment scorecard.

Answer the checklists of the six key areas and the indicators of the five
quality dimensions, get scores, gaps and recommendations, and share a report.
Everything runs offline; your answers stay in the files you choose.`,
		Example: `  $ scorecard assess welcome-bureau.yaml
  $ scorecard score answers/ --format json
  $ scorecard report welcome-bureau.yaml -o report.pdf
  $ scorecard framework show KA4`,
		SilenceUsage:  true,
		SilenceErrors: true,
		// Ctrl-C and SIGTERM cancel the command's context, so that assess
		// saves and batch work stops in order. Installed here rather than in
		// Main because cobra answers --version and --help before this hook,
		// and they should start as fast as they can.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if f.Interruptible {
				ctx, _ := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
				cmd.SetContext(ctx)
			}
			// An unknown --lang is a usage error before any work starts.
			_, err := f.Printer()
			return err
		},
	}
	cmd.PersistentFlags().StringVar(&f.Lang, "lang", "", "language of the interface and reports, such as lt (default: from LC_ALL, LC_MESSAGES or LANG, else English)")
	cmd.PersistentFlags().StringVar(&f.Translation, "translation", "", "translation `file` to show the framework in (default: the built-in translation into the --lang language, if any)")
	// --version is handled here rather than by cobra's version template,
	// which costs a text/template parse on every start-up.
	showVersion := cmd.Flags().BoolP("version", "v", false, "print the version of scorecard and of its built-in frameworks")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if !*showVersion {
			return cmd.Help()
		}
		fmt.Fprintf(f.IO.Out, "scorecard %s\n", version())
		// Each version is read from its file's version line, not by
		// parsing the framework: --version stays fast.
		for _, id := range checklist.Builtins() {
			fmt.Fprintf(f.IO.Out, "framework %s %s (built in)\n", id, checklist.BuiltinVersion(id))
		}
		return nil
	}
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErrorf("%s", flagErrorWords(err))
	})
	cmd.AddCommand(newCmdAssess(f, nil))
	cmd.AddCommand(newCmdScore(f, nil))
	cmd.AddCommand(newCmdReport(f, nil))
	cmd.AddCommand(newCmdCompare(f, nil))
	cmd.AddCommand(newCmdMerge(f, nil))
	cmd.AddCommand(newCmdPlan(f, nil, nil))
	cmd.AddCommand(newCmdValidate(f, nil))
	cmd.AddCommand(newCmdTemplate(f, nil))
	cmd.AddCommand(newCmdImport(f, nil))
	cmd.AddCommand(newCmdSchema(f, nil))
	cmd.AddCommand(newCmdFramework(f))
	cmd.AddCommand(newHelpTopics()...)
	registerCompletions(f, cmd)
	return cmd
}

// flagErrorWords says what is wrong with a flag's value in plain words
// ("--min-quality wants a number, got \"abc\"") instead of pflag's, which
// end in strconv's ("strconv.ParseFloat: parsing \"abc\": invalid
// syntax"). The "Run '... --help'" hint is added by printError.
func flagErrorWords(err error) string {
	var iv *pflag.InvalidValueError
	if !errors.As(err, &iv) {
		return err.Error()
	}
	want := map[string]string{
		"float64": "a number",
		"int":     "a whole number",
		"bool":    "true or false",
	}[iv.GetFlag().Value.Type()]
	if want == "" {
		return err.Error()
	}
	return fmt.Sprintf("--%s wants %s, got %q", iv.GetFlag().Name, want, iv.GetValue())
}
