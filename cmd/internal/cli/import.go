package cli

import (
	"context"
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
	Ctx          context.Context
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
				return usageErrorf("import needs the exported files to read")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			opts.Ctx = cmd.Context()
			if opts.Dir == "" {
				return usageErrorf("import needs -o with the folder to write the answer files into")
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
	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	// The folder is made when the first file is written, so that an
	// import that writes nothing leaves nothing behind; something else
	// by its name is refused at once.
	if st, err := os.Stat(opts.Dir); err == nil && !st.IsDir() {
		return locale.Errorf("cannot write into %s: it is not a folder; give the folder to write the answer files into", checklist.CleanText(opts.Dir))
	}
	seen := importedSubmissions(opts.Dir)
	tidyFolder(opts.Dir)
	names := map[string]int{}
	failed, written, skipped := 0, 0, 0
	interrupted := func() error {
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("Imported %d submissions into %s before the interruption; run the same command again to import the rest (the submissions imported are skipped).", written, checklist.CleanText(opts.Dir)))
		return ErrInterrupted
	}
	for _, file := range opts.Files {
		f.noteInput(file)
		res, err := readSubmissionsContext(ctx, file, p, iopts)
		if errors.Is(err, ErrInterrupted) {
			return interrupted()
		}
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
			if ctx.Err() != nil {
				return interrupted()
			}
			if id := submissionOf(sub.File); id != "" && seen[id] != "" {
				fmt.Fprintln(opts.IO.Out, p.Sprintf("%s: already imported as %s; skipped", where, seen[id]))
				skipped++
				continue
			}
			if written == 0 {
				if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
					return locale.Errorf("cannot create the folder %s: %s", checklist.CleanText(opts.Dir), unwrapPathError(err).Error())
				}
			}
			path, err := writeImported(opts.Dir, sub, names)
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
	// Nothing written: no folder to name, which may not even exist.
	s := p.Sprintf("Nothing was imported.")
	if written > 0 || skipped > 0 {
		s = p.Sprintf("Imported %d submissions into %s.", written, dir)
	}
	if skipped > 0 {
		s += " " + p.Sprintf("%d submissions were imported before and skipped.", skipped)
	}
	if failed > 0 {
		s += " " + p.Sprintf("%d rows or files could not be imported; see the messages above.", failed)
	}
	if written > 1 {
		// "out/*.yaml", and "/*.yaml" rather than "//*.yaml".
		d, sep := filepath.Clean(dir), string(filepath.Separator)
		if strings.HasSuffix(d, sep) {
			sep = ""
		}
		s += "\n" + p.Sprintf("Next: scorecard merge %s -o merged.yaml", shellQuote(d)+sep+"*.yaml")
	}
	return s
}

// readSubmissionsContext is readSubmissions, given up when ctx is
// cancelled (Ctrl-C, SIGTERM): reading a large workbook takes seconds,
// and nothing has been written for it yet, so it is abandoned at once
// with ErrInterrupted.
func readSubmissionsContext(ctx context.Context, file string, p *locale.Printer, opts importer.Options) (*importer.Result, error) {
	type read struct {
		res *importer.Result
		err error
	}
	done := make(chan read, 1)
	go func() {
		res, err := readSubmissions(file, p, opts)
		done <- read{res, err}
	}()
	select {
	case r := <-done:
		return r.res, r.err
	case <-ctx.Done():
		return nil, ErrInterrupted
	}
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
// that nothing is ever replaced: a name taken by anything (a file, a
// folder, a link, even a broken one) is passed over. next holds, for each
// name, the number to try next, so that a thousand files of one rater
// are not each tried against every name before them.
func writeImported(dir string, sub *importer.Submission, next map[string]int) (string, error) {
	af := sub.File
	stem := slug(af.Practice.Name)
	if stem == "" {
		stem = "assessment"
	}
	if r := slug(raterOf(af, sub.Row)); r != "" {
		stem += "-" + r
	}
	write := func(w io.Writer) error { _, err := w.Write(sub.YAML); return err }
	for i := max(next[stem], 1); ; i++ {
		name := stem + ".yaml"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.yaml", stem, i)
		}
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		err := writeNewAnswerFile(path, write)
		var exists *existsError
		if errors.As(err, &exists) {
			continue
		}
		next[stem] = i + 1
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
