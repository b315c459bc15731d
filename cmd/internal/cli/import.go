package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/importer"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

type importOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Files        []string
	Dir          string
	FrameworkRef string
}

func newCmdImport(f *Factory, runF func(*importOptions) error) *cobra.Command {
	opts := &importOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "import <file>... -o <dir>",
		Short: "Turn answers collected with KoboToolbox, ODK or the spreadsheet worksheet into answer files",
		Long: `Read the answers collected in the field and write one answer file per
submission into a folder, ready for 'scorecard merge' and 'scorecard report'.

It reads:
  - submissions exported from KoboToolbox (CSV or XLSX, with XML names or
    labels as headers, with or without group names) and from ODK Central
    (CSV), for the form written by 'scorecard framework export --format
    xlsform' or 'xform', answered in any of its languages (a form exported
    with --translation FILE is read with the same --translation FILE);
  - spreadsheets written by 'scorecard template --format xlsx' and filled in.

Each answer file is named after the practice and the rater, and never
replaces an existing file. A submission already imported into the folder
(the same submission id) is skipped. A row that cannot be read is reported
as FILE:row:column: message and nothing is written for it; the other rows
are imported, and the exit code is 2.`,
		Example: `  $ scorecard import welcome-bureau_2026-11-20.csv -o workshop/
  $ scorecard import ana.xlsx boris.xlsx -o workshop/
  $ scorecard merge workshop/*.yaml -o welcome-bureau.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				p, err := f.Printer()
				if err != nil {
					return err
				}
				return usageErrorf("%s", p.Sprintf("import needs the exported files to read"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if opts.Dir == "" {
				p, err := f.Printer()
				if err != nil {
					return err
				}
				return usageErrorf("%s", p.Sprintf("import needs -o with the folder to write the answer files into"))
			}
			if runF != nil {
				return runF(opts)
			}
			return importRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Dir, "output", "o", "", "the `folder` to write the answer files into (created if needed)")
	addFrameworkFlag(cmd, &opts.FrameworkRef, false)
	cmd.Flags().Lookup("framework").Usage = "built-in framework `id` or path of a framework file (default: the one the form was made from)"
	return cmd
}

func importRun(opts *importOptions) error {
	f := opts.Factory
	p, err := f.Printer()
	if err != nil {
		return err
	}
	iopts := importOptionsFor(f, p, opts.FrameworkRef)
	if opts.FrameworkRef != "" {
		fw, err := f.UntranslatedFramework(opts.FrameworkRef)
		if err != nil {
			return err
		}
		iopts.Framework = fw
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return errors.New(p.Sprintf("cannot create the folder %s: %s", checklist.CleanText(opts.Dir), unwrapPathError(err).Error()))
	}
	seen := importedSubmissions(opts.Dir)
	failed, written, skipped := 0, 0, 0
	for _, file := range opts.Files {
		res, err := readSubmissions(file, p, iopts)
		if err != nil {
			printProblems(p, opts.IO.ErrOut, err)
			failed++
			continue
		}
		// Every problem is said; what failed is counted once per row of
		// submissions, once for a worksheet, however many problems each has.
		rows := map[int]bool{}
		for _, pr := range res.Problems {
			fmt.Fprintln(opts.IO.ErrOut, pr.Localize(p))
			if res.Kind == importer.KindWorksheet {
				rows[0] = true
			} else {
				rows[pr.Line] = true
			}
		}
		failed += len(rows)
		for _, sub := range res.Submissions {
			printWarnings(p, opts.IO, sub.Warnings)
			where := checklist.CleanText(file)
			if sub.Row > 0 {
				where += ":" + strconv.Itoa(sub.Row)
			}
			if id := submissionOf(sub.File); id != "" && seen[id] != "" {
				fmt.Fprintln(opts.IO.Out, p.Sprintf("%s: already imported as %s; skipped", where, seen[id]))
				skipped++
				continue
			}
			path, err := writeImported(opts.Dir, sub.File, sub.Row)
			if err != nil {
				return err
			}
			if id := submissionOf(sub.File); id != "" {
				seen[id] = path
			}
			written++
			fmt.Fprintln(opts.IO.Out, p.Sprintf("%s: %s (%s, %d answers)", where, checklist.CleanText(path), raterWords(p, sub.File, sub.Row), len(sub.File.Answers)))
		}
	}
	fmt.Fprintln(opts.IO.Out, importSummary(p, written, skipped, failed, opts.Dir))
	if failed > 0 {
		return &reportedError{code: exitInvalid}
	}
	return nil
}

// importOptionsFor reads forms in every language there is for their
// framework (see form.go), so that answers given in any of them import:
// frameworks as their files have them, with their translations beside.
// Answer files are the same whichever language a form was filled in.
func importOptionsFor(f *Factory, p *locale.Printer, ref string) importer.Options {
	// The translations are read once per framework, not once per file.
	langs := map[*checklist.Framework][]form.Language{}
	return importer.Options{
		Printer: p,
		Pick: func(id string) (*checklist.Framework, error) {
			if !checklist.IsBuiltin(id) {
				return nil, checklist.UnknownFrameworkError(id)
			}
			return f.UntranslatedFramework(id)
		},
		Translations: func(fw *checklist.Framework) ([]form.Language, error) {
			if l, ok := langs[fw]; ok {
				return l, nil
			}
			r := fw.ID
			if ref != "" {
				r = ref
			}
			l, err := f.formTranslations(r, fw, false)
			if err == nil {
				langs[fw] = l
			}
			return l, err
		},
	}
}

func importSummary(p *locale.Printer, written, skipped, failed int, dir string) string {
	dir = checklist.CleanText(dir)
	s := p.Sprintf("Imported %d submissions into %s.", written, dir)
	if skipped > 0 {
		s += " " + p.Sprintf("%d submissions were imported before and skipped.", skipped)
	}
	if failed > 0 {
		s += " " + p.Sprintf("%d rows or files could not be imported; see the messages above.", failed)
	}
	if written > 1 {
		s += "\n" + p.Sprintf("Next: scorecard merge %s -o merged.yaml", shellQuote(filepath.Clean(dir))+string(filepath.Separator)+"*.yaml")
	}
	return s
}

func readSubmissions(file string, p *locale.Printer, opts importer.Options) (*importer.Result, error) {
	b, err := importer.ReadFile(file, p)
	if err != nil {
		return nil, err
	}
	return importer.Import(file, b, opts)
}

func printProblems(p *locale.Printer, w io.Writer, err error) {
	var probs checklist.Problems
	if errors.As(err, &probs) {
		for _, pr := range probs {
			fmt.Fprintln(w, pr.Localize(p))
		}
		return
	}
	fmt.Fprintf(w, "scorecard: %s\n", locale.Localize(p, err))
}

func submissionOf(af *checklist.AnswerFile) string {
	if af.Source == nil {
		return ""
	}
	return af.Source.Submission
}

// raterOf names the rater of an imported file for its file name: its
// first assessor, else its row ("row-3"), else nothing.
func raterOf(af *checklist.AnswerFile, row int) string {
	if len(af.Practice.Assessors) > 0 {
		return af.Practice.Assessors[0]
	}
	if row > 0 {
		return "row-" + strconv.Itoa(row)
	}
	return ""
}

// raterWords names the rater of an imported file for people.
func raterWords(p *locale.Printer, af *checklist.AnswerFile, row int) string {
	if len(af.Practice.Assessors) > 0 {
		return checklist.CleanText(af.Practice.Assessors[0])
	}
	if row > 0 {
		return p.Sprintf("no name, row %s", strconv.Itoa(row))
	}
	return p.Sprintf("no name")
}

// writeImported writes an imported answer file into dir, named after the
// practice and the rater ("welcome-bureau-ana.yaml"), adding -2, -3… so
// that no file is ever replaced.
func writeImported(dir string, af *checklist.AnswerFile, row int) (string, error) {
	stem := slug(af.Practice.Name)
	if stem == "" {
		stem = "assessment"
	}
	if r := slug(raterOf(af, row)); r != "" {
		stem += "-" + r
	}
	write := func(w io.Writer) error { return checklist.WriteAnswers(w, af) }
	for i := 1; ; i++ {
		name := stem + ".yaml"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.yaml", stem, i)
		}
		path := filepath.Join(dir, name)
		err := writeAnswerFile(path, false, write)
		var exists *existsError
		if errors.As(err, &exists) {
			continue
		}
		return path, err
	}
}

// importedSubmissions finds the submissions already imported into dir:
// submission id → file.
func importedSubmissions(dir string) map[string]string {
	seen := map[string]string{}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	for _, path := range paths {
		b, err := checklist.ReadFile(path)
		if err != nil || !strings.Contains(string(b), "submission:") {
			continue
		}
		var doc struct {
			Source struct {
				Submission string `yaml:"submission"`
			} `yaml:"source"`
		}
		if yaml.Unmarshal(b, &doc) == nil && doc.Source.Submission != "" {
			seen[doc.Source.Submission] = path
		}
	}
	return seen
}
