package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
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
//
// Standard output is watched: when a write to it fails (a full disk, a
// closed terminal) the command's output is incomplete, so it ends with
// exit code 2 and says why, whatever the command returned. Commands need
// not check every write.
func Run(ctx context.Context, f *Factory, args []string) int {
	out := &checkedWriter{w: f.IO.Out}
	f.IO.Out = out
	defer func() { f.IO.Out = out.w }()
	root := NewCmdRoot(f)
	// Completion functions are needed only by the shell's requests for
	// completions: not registered at every start.
	if len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd) {
		registerCompletions(f, root)
	}
	f.args = args
	root.SetArgs(args)
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	cmd, err := root.ExecuteContextC(ctx)
	err = cobraWords(err)
	if f.Lang == "" {
		// cobra stops at an unknown command before it reads the flags:
		// its error is said in the --lang language all the same.
		f.Lang = langFlag(args)
	}
	if out.err != nil && !errors.Is(err, ErrInterrupted) {
		err = outputFailed(f, cmd, err, out.err)
	}
	printError(f, cmd, err)
	return exitCode(err)
}

// langFlag finds --lang in a command line that cobra did not parse.
func langFlag(args []string) string {
	for i, a := range args {
		switch {
		case a == "--":
			return ""
		case a == "--lang" && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--lang="):
			return strings.TrimPrefix(a, "--lang=")
		}
	}
	return ""
}

// checkedWriter remembers the first error writing to w, and writes
// nothing after it: a broken stream stays broken, and a later write could
// only add a fragment.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(b []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(b)
	if err != nil {
		c.err = err
	}
	return n, err
}

// outputFailed decides what to report when standard output could not be
// written: the command's own error first when it is about something else
// (an invalid file, say), then the output's, with exit code 2.
func outputFailed(f *Factory, cmd *cobra.Command, err, writeErr error) error {
	var gate *GateError
	if err != nil && !errors.As(err, &gate) && !errors.Is(err, writeErr) && !strings.Contains(err.Error(), writeErr.Error()) {
		printError(f, cmd, err)
	}
	p, perr := f.Printer()
	if perr != nil {
		p = locale.English()
	}
	fmt.Fprintln(f.IO.ErrOut, p.Sprintf("scorecard: cannot write to standard output: %v; the output is incomplete", unwrapPathError(writeErr)))
	return &reportedError{code: exitInvalid}
}

// printError prints an error once, in the interface language (English
// when --lang itself is wrong); cmd is the command that ran (or the
// root), for the help hint after a usage error.
func printError(f *Factory, cmd *cobra.Command, err error) {
	var reported *reportedError
	var usage *usageError
	p := printerOf(f)
	switch {
	case err == nil, errors.As(err, &reported):
		return
	case errors.Is(err, ErrInterrupted):
		fmt.Fprintln(f.IO.ErrOut, p.Sprintf("scorecard: interrupted"))
		return
	}
	if probs, ok := err.(checklist.Problems); ok {
		// file:line:col messages stand on their own, like a compiler's.
		fmt.Fprintln(f.IO.ErrOut, probs.Localize(p))
		return
	}
	fmt.Fprintf(f.IO.ErrOut, "scorecard: %s\n", locale.Localize(p, err))
	if errors.As(err, &usage) {
		path := "scorecard"
		if cmd != nil {
			path = cmd.CommandPath()
		}
		fmt.Fprintln(f.IO.ErrOut, p.Sprintf("Run '%s --help' for usage.", path))
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
				ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
				cmd.SetContext(ctx)
				// After the first signal the command stops in order; a second
				// one ends the process at once, as a person pressing Ctrl-C
				// twice expects.
				go func() {
					<-ctx.Done()
					stop()
				}()
			}
			// An unknown --lang is a usage error before any work starts.
			if _, err := f.Printer(); err != nil {
				return err
			}
			return checkNumberFlags(cmd)
		},
	}
	cmd.PersistentFlags().StringVar(&f.Lang, "lang", "", "language `code` of the interface and reports, such as lt (default: from LC_ALL, LC_MESSAGES or LANG, else English)")
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
		p := printerOf(f)
		for _, id := range checklist.Builtins() {
			fmt.Fprintln(f.IO.Out, p.Sprintf("framework %s %s (built in)", id, checklist.BuiltinVersion(id)))
		}
		return nil
	}
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{flagErrorWords(err)}
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
	cmd.AddCommand(newHelpTopics(f)...)
	localizeHelp(f, cmd)
	return cmd
}

// checkNumberFlags refuses a number flag set to NaN or an infinity,
// which strconv (and so pflag) reads as numbers: NaN compares false with
// everything, so "--min-quality NaN" would pass every score. Every
// command's number flags are checked here, in one place; ranges are the
// commands' own.
func checkNumberFlags(cmd *cobra.Command) error {
	var bad error
	cmd.Flags().Visit(func(fl *pflag.Flag) {
		if bad != nil {
			return
		}
		switch fl.Value.Type() {
		case "float64", "float32":
		default:
			return
		}
		v, err := strconv.ParseFloat(fl.Value.String(), 64)
		if err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
			bad = usageErrorf("--%s wants a number, got %s, which is not a finite number", fl.Name, fl.Value.String())
		}
	})
	return bad
}

// flagErrorWords says what is wrong with a flag in plain words, in the
// interface language: "--min-quality wants a number, got \"abc\""
// instead of pflag's, which end in strconv's ("strconv.ParseFloat:
// parsing \"abc\": invalid syntax"). The "Run '... --help'" hint is added
// by printError.
func flagErrorWords(err error) locale.Msg {
	var iv *pflag.InvalidValueError
	var notExist *pflag.NotExistError
	var needs *pflag.ValueRequiredError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			return locale.M("unknown shorthand flag: '%s' in -%s", notExist.GetSpecifiedName(), s)
		}
		return locale.M("unknown flag: --%s", notExist.GetSpecifiedName())
	case errors.As(err, &needs):
		if s := needs.GetSpecifiedShortnames(); s != "" {
			return locale.M("flag needs an argument: '%s' in -%s", needs.GetSpecifiedName(), s)
		}
		return locale.M("flag needs an argument: --%s", needs.GetSpecifiedName())
	case errors.As(err, &syntax):
		return locale.M("bad flag syntax: %s", syntax.GetSpecifiedFlag())
	case !errors.As(err, &iv):
		return locale.M("%s", err.Error())
	}
	name, got := iv.GetFlag().Name, iv.GetValue()
	switch iv.GetFlag().Value.Type() {
	case "float64":
		return locale.M("--%s wants a number, got %q", name, got)
	case "int":
		return locale.M("--%s wants a whole number, got %q", name, got)
	case "bool":
		return locale.M("--%s wants true or false, got %q", name, got)
	}
	return locale.M("%s", err.Error())
}

// unknownCommand is cobra's "unknown command" error, with the
// suggestions it adds after it.
var unknownCommand = sync.OnceValue(func() *regexp.Regexp {
	// Compiled when cobra reports an unknown command, not at every start.
	return regexp.MustCompile(`^unknown command ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")(?s:(.*))$`)
})

// cobraWords says cobra's own mistakes of a command line in the interface
// language; any other error is returned as it is.
func cobraWords(err error) error {
	if err == nil {
		return nil
	}
	m := unknownCommand().FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	name, err1 := strconv.Unquote(m[1])
	path, err2 := strconv.Unquote(m[2])
	if err1 != nil || err2 != nil {
		return err
	}
	var suggestions []string
	if _, rest, ok := strings.Cut(m[3], "Did you mean this?\n"); ok {
		suggestions = append(suggestions, strings.Fields(rest)...)
	}
	if len(suggestions) > 0 {
		return usageErrorf("unknown command %q for %q; did you mean %s?", name, path, locale.Or(suggestions...))
	}
	return usageErrorf("unknown command %q for %q", name, path)
}
