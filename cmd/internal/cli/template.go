package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
)

type templateOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Framework    func(string) (*checklist.Framework, error)
	Today        string
	Now          time.Time
	FrameworkRef string
	Type         string
	Areas        string
	Sections     string
	Quick        bool
	Output       string
	Force        bool
	Format       string
	Schema       string
	Printer      func() (*locale.Printer, error)
}

func newCmdTemplate(f *Factory, runF func(*templateOptions) error) *cobra.Command {
	opts := &templateOptions{IO: f.IO, Factory: f, Framework: f.Framework, Printer: f.Printer}
	cmd := &cobra.Command{
		Use:   "template [--type <type>] [--areas <ids>] [--quick] [--format {yaml|md|pdf|xlsx}] [--schema <path>] [-o <path>]",
		Short: "Write a blank answer file, or a printable worksheet",
		Long: `Write a blank answer file: every item that applies, as an empty entry with its
question in a comment above it. Fill in the answers with any text editor, then
check the file with 'scorecard validate' and score it with 'scorecard score'.

By default the file covers every section (key-area checklists, the quick
scan and the quality indicators). --areas limits it to some key areas (and,
unless --sections says otherwise, to the checklists); --quick gives only the
quick scan. --type leaves out the items that do not apply to an organisation
type, such as the local-authority checklist for an NGO.

--schema PATH starts the file with the line that tells editors where the
answer file's JSON Schema is ('# yaml-language-server: $schema=PATH'; write
the schema with 'scorecard schema -o PATH'): the editor then shows each
question as you hover over its id, offers the answers, and flags mistakes.

--format md or pdf writes a worksheet to print instead, for workshop
participants without a laptop: every question with boxes to tick and room
for notes. A PDF needs -o.

--format xlsx writes a spreadsheet to fill in (Excel, LibreOffice): the
profile on top, one row per question with a list of the answers, and a note
and evidence column. Read it back with 'scorecard import'.`,
		Example: `  $ scorecard template -o welcome-bureau.yaml
  $ scorecard template --type civil-society --areas KA1,KA4 > ngo.yaml
  $ scorecard template --quick -o quick-scan.yaml
  $ scorecard template --sections checklist,indicators
  $ scorecard template --schema ./scorecard.schema.json -o welcome-bureau.yaml
  $ scorecard template --type civil-society -o worksheet.pdf
  $ scorecard template --type civil-society -o ana.xlsx`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Now = f.Now()
			opts.Today = opts.Now.Format("2006-01-02")
			if cmd.Flags().Changed("areas") && !cmd.Flags().Changed("sections") && !opts.Quick {
				opts.Sections = string(checklist.SectionChecklist)
			}
			if runF != nil {
				return runF(opts)
			}
			return templateRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Type, "type", "", "organisation `type`: leave out the items that do not apply to it")
	fl.StringVar(&opts.Areas, "areas", "", "only these key areas, comma-separated (`ids` such as KA1,KA4)")
	fl.StringVar(&opts.Sections, "sections", "", "only these `sections`, comma-separated: checklist, quick_scan, indicators")
	fl.BoolVar(&opts.Quick, "quick", false, "only the quick scan (the overarching checklist)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `path` instead of standard output")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	fl.StringVar(&opts.Format, "format", "", "file `format`: yaml (an answer file), md or pdf (a printable worksheet), xlsx (a spreadsheet to fill in); default: from -o's extension, else yaml")
	fl.StringVar(&opts.Schema, "schema", "", "start the answer file with the modeline that points editors at the JSON Schema in `path` (see 'scorecard schema')")
	addFrameworkFlag(cmd, &opts.FrameworkRef, false)
	return cmd
}

// scopeFromFlags turns --type, --areas, --sections and --quick into a
// scope, checking each against the framework.
func scopeFromFlags(fw *checklist.Framework, orgType, areas, sections string, quick bool) (checklist.Scope, error) {
	var scope checklist.Scope
	if orgType != "" {
		if fw.OrganisationType(orgType) == nil {
			ids := make([]string, len(fw.OrganisationTypes))
			for i, t := range fw.OrganisationTypes {
				ids[i] = t.ID
			}
			return scope, usageErrorf("unknown organisation type %q (use one of: %s)", orgType, strings.Join(ids, ", "))
		}
		scope.OrganisationType = orgType
	}
	if areas != "" {
		ids, err := checklist.ParseAreas(fw, areas)
		if err != nil {
			return scope, usageErrorf("--areas: %v", err)
		}
		scope.Areas = ids
	}
	if quick {
		if fw.QuickScan == nil {
			return scope, usageErrorf("framework %s has no quick scan", fw.ID)
		}
		scope.Sections = []checklist.Section{checklist.SectionQuickScan}
		return scope, nil
	}
	if sections != "" {
		for _, s := range strings.Split(sections, ",") {
			sec := checklist.Section(strings.TrimSpace(s))
			switch sec {
			case checklist.SectionChecklist, checklist.SectionQuickScan, checklist.SectionIndicators:
				scope.Sections = append(scope.Sections, sec)
			default:
				return scope, usageErrorf("unknown section %q: use checklist, quick_scan or indicators", s)
			}
		}
	}
	return scope, nil
}

func hasUnsafeRune(s string) bool {
	_, _, unsafe := checklist.UnsafeRune(s)
	return unsafe
}

func templateRun(opts *templateOptions) error {
	format := opts.Format
	if format == "" {
		switch strings.ToLower(filepath.Ext(opts.Output)) {
		case ".md", ".markdown":
			format = "md"
		case ".pdf":
			format = "pdf"
		case ".xlsx":
			format = "xlsx"
		default:
			format = "yaml"
		}
	}
	p := locale.English()
	if opts.Printer != nil {
		var err error
		if p, err = opts.Printer(); err != nil {
			return err
		}
	}
	switch {
	case !knownFormat("scorecard template", format):
		return usageErrorf("unknown template format %q: use %s", format, formatList("scorecard template"))
	case format == "pdf" && (opts.Output == "" || opts.Output == "-"):
		return usageErrorf("a PDF worksheet needs a file: add -o worksheet.pdf")
	case format == "xlsx" && (opts.Output == "" || opts.Output == "-") && opts.IO.IsStdoutTTY():
		return usageErrorf("a spreadsheet worksheet needs a file: add -o worksheet.xlsx")
	case opts.Schema != "" && format != "yaml":
		return usageErrorf("--schema is for answer files (yaml), not for %s worksheets", format)
	case strings.ContainsAny(opts.Schema, "\n\r"):
		return usageErrorf("--schema: a path on one line, please")
	case hasUnsafeRune(opts.Schema):
		// The path goes into a comment, which cannot escape anything: the
		// answer file would not load again.
		return usageErrorf("--schema: the path holds control characters or invisible formatting characters; give a plain path")
	}
	fw, err := opts.Framework(opts.FrameworkRef)
	if err != nil {
		return err
	}
	scope, err := scopeFromFlags(fw, opts.Type, opts.Areas, opts.Sections, opts.Quick)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		switch format {
		case "md":
			return report.WriteWorksheetMarkdown(w, p, fw, scope)
		case "pdf":
			return report.WriteWorksheetPDF(w, p, fw, scope, report.PDFOptions{Created: opts.Now, Producer: "scorecard " + version()})
		case "xlsx":
			return writeWorksheetXLSX(opts.Factory, w, fw, scope, opts.Today)
		}
		if opts.Schema != "" {
			// The first line, where yaml-language-server looks for it.
			if _, err := fmt.Fprintf(w, "# yaml-language-server: $schema=%s\n", opts.Schema); err != nil {
				return err
			}
		}
		return checklist.WriteTemplate(w, p, fw, scope, opts.Today)
	}
	return opts.Factory.writeOutput(opts.IO.Out, opts.Output, opts.Force, write)
}
