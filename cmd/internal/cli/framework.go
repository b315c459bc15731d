package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
)

func newCmdFramework(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "framework <command>",
		Short: "Browse, export and validate assessment frameworks",
		Long: `Browse the framework behind the scorecard: its key areas and checklists, the
overarching checklist (quick scan), the quality dimensions and indicators,
success factors, good-practice examples and useful materials.

The default framework is effective-inclusion, built into scorecard. Use
--framework to browse another built-in framework or a framework file.`,
		Example: `  $ scorecard framework list
  $ scorecard framework show KA4
  $ scorecard framework show KA1-06
  $ scorecard framework export --format md > checklists.md
  $ scorecard framework validate my-translation.yaml`,
	}
	cmd.AddCommand(newCmdFrameworkList(f, nil))
	cmd.AddCommand(newCmdFrameworkShow(f, nil))
	cmd.AddCommand(newCmdFrameworkExport(f, nil))
	cmd.AddCommand(newCmdFrameworkValidate(f, nil))
	return cmd
}

// addFrameworkFlag adds the --framework flag that every command reading a
// framework has. Commands that read answer files use, by default, the
// framework each file names.
func addFrameworkFlag(cmd *cobra.Command, ref *string, readsAnswers bool) {
	// Each usage is a constant, a key of the message catalogs.
	if readsAnswers {
		cmd.Flags().StringVar(ref, "framework", "", "built-in framework `id` or path of a framework file (default: the answer file's framework, else "+checklist.DefaultFramework+")")
		return
	}
	cmd.Flags().StringVar(ref, "framework", "", "built-in framework `id` or path of a framework file (default: "+checklist.DefaultFramework+")")
}

type frameworkListOptions struct {
	IO           *ui.IOStreams
	Framework    func(string) (*checklist.Framework, error)
	FrameworkRef string
	Printer      func() (*locale.Printer, error)
}

func newCmdFrameworkList(f *Factory, runF func(*frameworkListOptions) error) *cobra.Command {
	opts := &frameworkListOptions{IO: f.IO, Framework: f.Framework, Printer: f.Printer}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List key areas, the quick scan and quality dimensions with their item counts",
		Example: `  $ scorecard framework list
  $ scorecard framework list --framework involvement`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return frameworkListRun(opts)
		},
	}
	addFrameworkFlag(cmd, &opts.FrameworkRef, false)
	return cmd
}

func frameworkListRun(opts *frameworkListOptions) error {
	p, err := printerFunc(opts.Printer)
	if err != nil {
		return err
	}
	fw, err := opts.Framework(opts.FrameworkRef)
	if err != nil {
		return err
	}
	st := opts.IO.Styles()
	w := opts.IO.Out
	fmt.Fprintf(w, "%s %s\n", st.Title.Render(fw.Title), st.Muted.Render("("+fw.ID+" "+fw.Version+")"))
	fmt.Fprintf(w, "%s\n", st.Muted.Render(fmt.Sprintf("%s, %d", fw.Attribution.Publisher, fw.Attribution.Year)))

	row := func(id, title string, count int) {
		fmt.Fprintf(w, "  %s  %s %s\n", st.ID.Render(fmt.Sprintf("%-4s", id)), title, st.Muted.Render(fmt.Sprintf("(%d)", count)))
	}
	if r := fw.Routing; r != nil {
		fmt.Fprintf(w, "\n%s %s\n", st.Heading.Render(p.Sprintf("Where to start")), st.Muted.Render("(scorecard framework show route)"))
		fmt.Fprintf(w, "  %s\n", ui.Wrap(r.Question, opts.IO.Width(), 2))
		for _, o := range r.Options {
			fmt.Fprintf(w, "  %s %s\n", st.ID.Render(o.Value+":"), ui.Wrap(o.Label+" → "+strings.Join(o.KeyAreas, ", "), opts.IO.Width(), len(o.Value)+4))
		}
	}
	if len(fw.KeyAreas) > 0 {
		fmt.Fprintf(w, "\n%s %s\n", st.Heading.Render(p.Sprintf("Key areas")), st.Muted.Render(p.Sprintf("(checklist items)")))
		for _, a := range fw.KeyAreas {
			row(a.ID, a.Title, len(a.Items()))
		}
	}
	if fw.QuickScan != nil {
		fmt.Fprintf(w, "\n%s %s\n", st.Heading.Render(p.Sprintf("Quick scan")), st.Muted.Render(p.Sprintf("(items)")))
		row("OC", fw.QuickScan.Title, len(fw.QuickScan.Items))
	}
	if len(fw.Dimensions) > 0 {
		fmt.Fprintf(w, "\n%s %s\n", st.Heading.Render(p.Sprintf("Quality dimensions")), st.Muted.Render(p.Sprintf("(indicators)")))
		for _, d := range fw.Dimensions {
			row(d.ID, d.Title, len(d.Indicators()))
		}
	}
	fmt.Fprintf(w, "\n%s\n", p.Sprintf("%d items in all. Built-in frameworks: %s.", len(fw.Items()), strings.Join(checklist.Builtins(), ", ")))
	fmt.Fprintln(w, p.Sprintf("Show one with: %s", "scorecard framework show "+firstID(fw)))
	return nil
}

func firstID(fw *checklist.Framework) string {
	if len(fw.KeyAreas) > 0 {
		return fw.KeyAreas[0].ID
	}
	if len(fw.Dimensions) > 0 {
		return fw.Dimensions[0].ID
	}
	return "OC"
}

type frameworkExportOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Framework    func(string) (*checklist.Framework, error)
	FrameworkRef string
	Format       string
	Output       string
	Force        bool
	Lang         string // export --lang: a translation into this language
	Printer      *locale.Printer
}

func newCmdFrameworkExport(f *Factory, runF func(*frameworkExportOptions) error) *cobra.Command {
	opts := &frameworkExportOptions{IO: f.IO, Factory: f, Framework: f.Framework}
	cmd := &cobra.Command{
		Use:   "export [--format {yaml|json|md|xlsform|xform}] [--lang <code>] [-o <path>]",
		Short: "Write the whole framework to standard output",
		Long: `Write the whole framework to standard output.

--format yaml writes exactly the format that --framework PATH loads, so a
framework can be exported, edited (translated, adapted) and loaded again.
--format json writes the same structure as JSON, for other programs.
--format md writes a compact handbook of the checklists, for reading and
printing.
--format xlsform writes the framework as a form to fill in on phones or in a
browser with KoboToolbox or ODK (upload the .xlsx as a new form); --format
xform writes the same form as XForm XML, for ODK Central and Enketo. Read
the answers back with 'scorecard import'.

--lang CODE with --format yaml writes a translation of the framework into
that language (any language code, such as lv), to start a translation from
or to bring one up to date: every text under a comment with the original,
with the existing translation where there is one (see README "Languages").
With json or md, --lang writes the framework in that language.`,
		Example: `  $ scorecard framework export > my-framework.yaml
  $ scorecard framework export --format json | jq '.key_areas[].title'
  $ scorecard framework export --format md > checklists.md
  $ scorecard framework export --format xlsform -o form.xlsx
  $ scorecard framework export --lang lv > effective-inclusion.lv.yaml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch opts.Format {
			case "yaml", "json", "md", "xlsform", "xform":
			default:
				return usageErrorf("unknown export format %q: use yaml, json, md, xlsform or xform", opts.Format)
			}
			p, err := f.Printer()
			if err != nil {
				return err
			}
			// export's --lang hides the global one: the words around the
			// framework follow it when the interface speaks that language.
			if lp, err := locale.New(opts.Lang); opts.Lang != "" && err == nil {
				p = lp
			}
			opts.Printer = p
			if runF != nil {
				return runF(opts)
			}
			return frameworkExportRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "yaml", "output `format`: yaml, json, md, xlsform or xform")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `path` instead of standard output")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	// export's own --lang (it hides the global one) takes any language
	// code, not only those of the interface: it names a translation.
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "with yaml: write a translation into this language `code` to fill in; with json or md: the framework in it")
	addFrameworkFlag(cmd, &opts.FrameworkRef, false)
	return cmd
}

func frameworkExportRun(opts *frameworkExportOptions) error {
	var fw *checklist.Framework
	var err error
	if opts.Lang != "" {
		// nil: the translation to fill in was written
		if fw, err = exportLanguage(opts); err != nil || fw == nil {
			return err
		}
	} else if fw, err = opts.Framework(opts.FrameworkRef); err != nil {
		return err
	}
	if isFormFormat(opts.Format) {
		return exportForm(opts, fw)
	}
	return opts.Factory.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return exportJSON(w, fw)
		case "md":
			return report.WriteFrameworkMarkdown(w, opts.Printer, fw)
		}
		return exportYAML(w, printerOr(opts.Printer), fw)
	})
}

func exportJSON(w io.Writer, fw *checklist.Framework) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(fw)
}

func exportYAML(w io.Writer, p *locale.Printer, fw *checklist.Framework) error {
	fmt.Fprintf(w, "# %s\n# %s\n", p.Sprintf("Framework %s %s, exported by scorecard %s.", fw.ID, fw.Version, version()),
		p.Sprintf("Load it with: %s", "scorecard --framework PATH ..."))
	return checklist.WriteFramework(w, fw)
}

type frameworkValidateOptions struct {
	IO      *ui.IOStreams
	Printer *locale.Printer
	Path    string
	// For translation files (translation.go):
	Factory      *Factory
	FrameworkRef string
	Verbose      bool
}

func newCmdFrameworkValidate(f *Factory, runF func(*frameworkValidateOptions) error) *cobra.Command {
	opts := &frameworkValidateOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "validate <path>",
		Short: "Check a framework file and report every problem with its line and column",
		Long: `Check a framework file (a translation, a local adaptation) exactly as scorecard
checks its built-in frameworks, and report every problem as
file:line:column: message. Exits 0 when the file is valid, 2 when it is not.

A translation file (one that starts with "translation:") is checked against
the framework it translates: the built-in one it names, or --framework. It
is valid even when partial; the texts it does not translate yet are
counted, and listed with --verbose.`,
		Example: `  $ scorecard framework export > mine.yaml   # start from the built-in one
  $ scorecard framework validate mine.yaml
  $ scorecard framework validate --verbose effective-inclusion.lv.yaml`,
		Args: exactArgs(1, locale.M("give the path of one framework file")),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = args[0]
			p, err := f.Printer()
			if err != nil {
				return err
			}
			opts.Printer = p
			if runF != nil {
				return runF(opts)
			}
			return frameworkValidateRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.FrameworkRef, "framework", "", "for a translation: the `id` or path of the framework it translates (default: the built-in one it names)")
	cmd.Flags().BoolVar(&opts.Verbose, "verbose", false, "for a translation: list every text not translated yet")
	return cmd
}

func frameworkValidateRun(opts *frameworkValidateOptions) error {
	b, err := checklist.ReadFile(opts.Path)
	if err != nil {
		return err
	}
	if checklist.IsTranslation(b) {
		return frameworkValidateTranslation(opts, b)
	}
	if opts.FrameworkRef != "" {
		return usageErrorf("--framework is for translation files, and %s is a framework", checklist.CleanText(opts.Path))
	}
	fw, err := checklist.Load(opts.Path, b)
	if err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.Out, printerOr(opts.Printer).Sprintf("%s: ok: framework %s %s, %d key areas, %d quality dimensions, %d items",
		checklist.CleanText(opts.Path), fw.ID, fw.Version, len(fw.KeyAreas), len(fw.Dimensions), len(fw.Items())))
	return nil
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func exactArgs(n int, hint locale.Msg) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s needs %d arguments, got %d: %s", cmd.CommandPath(), n, len(args), hint)
		}
		return nil
	}
}
