package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
	"github.com/inclusion-tools/scorecard/report/sheet"
	"github.com/inclusion-tools/scorecard/scoring"
)

type scoreOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Inputs       []string
	Format       string
	BOM          bool
	Output       string
	Force        bool
	FrameworkRef string
	Gates        scoring.Gates
	Thresholds   scoring.Options
	Workers      int
	Printer      *locale.Printer
}

func newCmdScore(f *Factory, runF func(context.Context, *scoreOptions) error) *cobra.Command {
	opts := &scoreOptions{IO: f.IO, Factory: f}
	var minChecklist, minQuality, dimThreshold, overallThreshold float64
	cmd := &cobra.Command{
		Use:   "score {<file>|<dir>|-}... [flags]",
		Short: "Score answer files: text, JSON, CSV or xlsx, with gates for CI",
		Long: `Score one or more answer files. Directories are searched recursively for
*.yaml and *.yml files (regular files only: named pipes, devices and sockets
are skipped with a warning); - reads one file from standard input.

Files are scored in parallel on all cores and printed in the order given. A
file that cannot be loaded is reported (on standard error, and in the JSON,
CSV or xlsx output) and the others are still scored.

--format csv and xlsx are for spreadsheets: one row per file with its name,
organisation, date and every score. CSV cells that a spreadsheet would run
as a formula are defused; --bom lets Excel open the file as UTF-8 on a
double-click. xlsx is an Excel workbook (numbers as numbers, the header row
frozen); write it with -o, or redirect standard output to a file.

Gates make the exit code useful in CI: with a gate set, a file that falls
short of it makes scorecard exit 1. Exit codes: 0 success, 1 a gate failed,
2 an input could not be read or is invalid, or the output could not be
written (this wins over 1), 130 interrupted (Ctrl-C or SIGTERM).`,
		Example: `  $ scorecard score welcome-bureau.yaml
  $ scorecard score answers/ --format json > scores.json
  $ scorecard score answers/ --format csv --bom -o scores.csv
  $ scorecard score answers/ --format xlsx -o scores.xlsx
  $ scorecard score answers/ --min-checklist 60 --require-complete
  $ scorecard score practice.yaml --require-good-practice --dimension-threshold 60
  $ cat answers.yaml | scorecard score -`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("score needs at least one file, directory or - (see 'scorecard score --help')")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkTableFormat(f, "scorecard score", opts.Format, opts.BOM, opts.Output); err != nil {
				return err
			}
			percent := func(name string, v float64, into **float64) error {
				if !cmd.Flags().Changed(name) {
					return nil
				}
				if !(v >= 0 && v <= 100) { // false for NaN too
					return usageErrorf("--%s must be a percentage from 0 to 100, got %s", name, locale.Number(strconv.FormatFloat(v, 'g', -1, 64)))
				}
				*into = &v
				return nil
			}
			for _, p := range []struct {
				name string
				v    float64
				into **float64
			}{
				{"min-checklist", minChecklist, &opts.Gates.MinChecklist},
				{"min-quality", minQuality, &opts.Gates.MinQuality},
				{"dimension-threshold", dimThreshold, &opts.Thresholds.DimensionThreshold},
				{"overall-threshold", overallThreshold, &opts.Thresholds.OverallThreshold},
			} {
				if err := percent(p.name, p.v, p.into); err != nil {
					return err
				}
			}
			opts.Inputs = args
			p, err := f.Printer()
			if err != nil {
				return err
			}
			opts.Printer = p
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return scoreRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", "text", "output `format`: text, json, csv or xlsx") // TestFormatFlagsNameEveryFormat
	fl.BoolVar(&opts.BOM, "bom", false, "start CSV with a byte-order mark, so that Excel opens it as UTF-8")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `path` instead of standard output")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
	fl.Float64Var(&minChecklist, "min-checklist", 0, "gate: fail (exit 1) when the checklist score is below `N`")
	fl.Float64Var(&minQuality, "min-quality", 0, "gate: fail (exit 1) when the quality score is below `N`")
	fl.BoolVar(&opts.Gates.RequireGoodPractice, "require-good-practice", false, "gate: fail (exit 1) unless the practice is a good practice")
	fl.BoolVar(&opts.Gates.RequireComplete, "require-complete", false, "gate: fail (exit 1) when an applicable item is unanswered or answered \"don't know\"")
	fl.Float64Var(&dimThreshold, "dimension-threshold", 0, "minimum score `N` of every quality dimension (default: the framework's, 66)")
	fl.Float64Var(&overallThreshold, "overall-threshold", 0, "minimum overall quality score `N` for a good practice (default: the framework's, 70)")
	addFrameworkFlag(cmd, &opts.FrameworkRef, true)
	return cmd
}

// scored is what a worker makes of one input: the rendered output and
// what happened.
type scored struct {
	out      []byte
	row      []any              // the table row, for csv and xlsx
	problems checklist.Problems // errors (the file is invalid) or warnings
	invalid  bool
	failed   bool // a gate failed
}

func scoreRun(ctx context.Context, opts *scoreOptions) error {
	f, p := opts.Factory, printerOr(opts.Printer)
	if err := f.checkFrameworkFlag(opts.FrameworkRef); err != nil {
		return err
	}
	files, err := f.expandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	if err := f.refuseInputAsOutput(opts.Output, files...); err != nil {
		return err
	}
	// CSV columns come from one framework: the one --framework names, or
	// the default.
	csvFramework, err := f.Framework(opts.FrameworkRef)
	if err != nil {
		return err
	}
	st := opts.IO.Styles()

	score := func(path string) scored {
		af, err := f.loadAnswersContext(ctx, path, opts.FrameworkRef)
		if err != nil {
			return invalidInput(p, opts.Format, csvFramework, displayName(path), err)
		}
		r := scoring.Evaluate(af, opts.Thresholds)
		failures := opts.Gates.Check(r)
		s := scored{problems: af.Warnings, failed: len(failures) > 0}
		name := displayName(path)
		switch opts.Format {
		case "json":
			s.out, err = report.MarshalRecord(report.NewScoreRecord(name, af, r, english(failures)))
			if err != nil {
				return invalidInput(p, opts.Format, csvFramework, name, err)
			}
		case "csv", "xlsx":
			if af.Framework.ID != csvFramework.ID {
				return invalidInput(p, opts.Format, csvFramework, name,
					locale.Errorf("framework %s differs from the columns' framework %s; score it with --framework %s", af.Framework.ID, csvFramework.ID, af.Framework.ID))
			}
			s.row = report.ScoreRow(name, af, r)
			s.out = sheet.EncodeCSVRow(s.row)
		default:
			s.out = renderScoreText(p, st, opts.IO.Width(), name, af, r, failures)
		}
		return s
	}

	if len(files) > 100 {
		// Each file leaves a few hundred KB of short-lived YAML nodes, and
		// the default GC target makes the collector run constantly: on 10,000
		// files this setting takes the time from 2.0× to 1.15× that of
		// decoding alone, for a peak of under 30 MB (see make bench).
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	var invalid, failed int
	emit := func(w io.Writer) error {
		table := sheet.Table{Sheet: "scores", Header: report.ScoreHeader(csvFramework)}
		switch opts.Format {
		case "json":
			io.WriteString(w, "[")
		case "csv":
			if opts.BOM {
				io.WriteString(w, sheet.BOM)
			}
			w.Write(sheet.EncodeCSVRow(anys(table.Header)))
		}
		progress := newProgress(p, opts.IO, len(files))
		n := 0
		err := runOrdered(ctx, files, opts.Workers, score, func(i int, s scored) {
			progress.clear()
			for _, pr := range s.problems {
				fmt.Fprintln(opts.IO.ErrOut, pr.Localize(p))
			}
			switch opts.Format {
			case "json":
				sep := ",\n"
				if n == 0 {
					sep = "\n"
				}
				io.WriteString(w, sep)
			case "text":
				if n > 0 {
					io.WriteString(w, "\n")
				}
			}
			if opts.Format == "xlsx" {
				table.Rows = append(table.Rows, s.row)
			} else {
				w.Write(s.out)
			}
			n++
			if s.invalid {
				invalid++
			}
			if s.failed {
				failed++
			}
			progress.update(n)
		})
		progress.clear()
		if err != nil {
			// Interrupted: the JSON array stays open, so that no reader
			// takes the records so far for the whole batch.
			return err
		}
		switch opts.Format {
		case "json":
			io.WriteString(w, "\n]\n")
		case "xlsx":
			return table.WriteXLSX(w)
		}
		return nil
	}
	if opts.Output != "" && opts.Output != "-" {
		// Every file read is known now: the --framework and
		// --translation files too.
		if err := f.refuseInputAsOutput(opts.Output); err != nil {
			return err
		}
		f.printLinkNote(opts.Output)
		err = writeFileAtomic(opts.Output, opts.Force, emit)
	} else {
		err = emit(opts.IO.Out)
	}
	if err != nil {
		return err
	}
	if len(files) > 1 {
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("scored %d files: %d passed, %d failed a gate, %d invalid", len(files), len(files)-failed-invalid, failed, invalid))
	}
	switch {
	case invalid > 0:
		return &reportedError{code: exitInvalid}
	case failed > 0:
		return &GateError{Failures: []locale.Msg{locale.M("%d of %d files fell short of a gate", failed, len(files))}}
	}
	return nil
}

func displayName(path string) string {
	if path == stdinName {
		return "<stdin>"
	}
	return checklist.CleanText(path)
}

// invalidInput renders a file that could not be loaded: in English in
// JSON, CSV and xlsx (machine formats, as their keys), else in p's
// language.
func invalidInput(p *locale.Printer, format string, fw *checklist.Framework, name string, err error) scored {
	s := scored{invalid: true}
	var probs checklist.Problems
	if errors.As(err, &probs) {
		s.problems = probs
	} else {
		s.problems = checklist.Problems{{File: name, Message: locale.Localize(p, err)}}
	}
	switch format {
	case "json":
		s.out, _ = report.MarshalRecord(report.ErrorRecord{File: name, Error: s.problems[0].String()})
	case "csv", "xlsx":
		s.row = report.ScoreErrorRow(fw, name, s.problems[0].String())
		s.out = sheet.EncodeCSVRow(s.row)
	default:
		first := s.problems[0].Localize(p)
		if more := len(s.problems) - 1; more > 0 {
			s.out = []byte(p.Sprintf("%s  invalid: %s (and %d more problems, listed on standard error)", name, first, more) + "\n")
		} else {
			s.out = []byte(p.Sprintf("%s  invalid: %s", name, first) + "\n")
		}
	}
	return s
}

// english writes messages in English, for machine formats.
func english(msgs []locale.Msg) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = m.String()
	}
	return out
}

// runOrdered runs work on every input with a pool of workers and hands the
// results to emit in input order. At most a few results per worker wait
// to be emitted, so memory stays flat however many inputs there are.
//
// When ctx is cancelled (Ctrl-C, SIGTERM) it returns ErrInterrupted at
// once, without waiting for work under way: a worker can be stuck
// reading standard input or a slow disk, and the process is about to
// end anyway. Nothing more is emitted after that.
func runOrdered[R any](ctx context.Context, inputs []string, workers int, work func(string) R, emit func(int, R)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := make(chan struct{}, 4*workers)
	jobs := make(chan int)
	type done struct {
		i int
		r R
	}
	results := make(chan done, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				select {
				case results <- done{i, work(inputs[i])}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range inputs {
			if ctx.Err() != nil {
				return
			}
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				<-window
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]R{}
	next := 0
	for {
		var d done
		var ok bool
		select {
		case d, ok = <-results:
		case <-ctx.Done():
			return ErrInterrupted
		}
		if !ok {
			break
		}
		if ctx.Err() != nil {
			return ErrInterrupted
		}
		pending[d.i] = d.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, r)
			next++
			<-window
		}
	}
	if next < len(inputs) {
		if err := ctx.Err(); err != nil {
			return ErrInterrupted
		}
	}
	return nil
}

// progress shows "scoring 120/10000" on standard error while a batch
// runs, only when standard error is a terminal, at most ten times a
// second.
type progress struct {
	p     *locale.Printer
	w     io.Writer
	total int
	on    bool
	last  time.Time
	shown bool
}

func newProgress(p *locale.Printer, io *ui.IOStreams, total int) *progress {
	return &progress{p: p, w: io.ErrOut, total: total, on: io.IsStderrTTY() && total > 1}
}

func (p *progress) update(n int) {
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprint(p.w, "\r"+p.p.Sprintf("scoring %s/%d files…", strconv.Itoa(n), p.total))
	p.shown = true
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// renderScoreText renders one scored file for people, in lines of at
// most width columns: titles are shortened to fit, gaps go on a line of
// their own. Words and numbers are in pr's language.
func renderScoreText(pr *locale.Printer, st ui.Styles, width int, name string, af *checklist.AnswerFile, r *scoring.Result, failures []locale.Msg) []byte {
	var b bytes.Buffer
	p := af.Practice
	fmt.Fprintf(&b, "%s  %s\n", st.Title.Render(p.Name), st.Muted.Render(name))
	var who []string
	for _, s := range []string{p.Organisation, af.Framework.TypeLabel(p.OrganisationType), p.Country, pr.Date(p.AssessedOn)} {
		if s != "" {
			who = append(who, s)
		}
	}
	if len(who) > 0 {
		fmt.Fprintf(&b, "%s\n", st.Muted.Render(strings.Join(who, " · ")))
	}
	if rr := report.NewRouteRecord(af); rr != nil {
		label := rr.Label
		if rr.Value == "" {
			label = pr.Sprintf("not answered: every key area is asked")
		}
		path := pr.Sprintf("Path: %s (key areas %s)", label, strings.Join(rr.KeyAreas, ", "))
		// Further lines go under the text after the label, in any
		// language ("Path: ", "Vertinimo kelias: ").
		hang := 6
		if i := strings.Index(path, ": "); i > 0 && i < 24 {
			hang = utf8.RuneCountInString(path[:i]) + 2
		}
		fmt.Fprintf(&b, "%s\n", st.Muted.Render(ui.Wrap(path, width, hang)))
	}

	// Rows are "    ID   title  score  status": the title column takes
	// what the longest status leaves of the width, so that no row wraps.
	titleWidth := 0
	for _, g := range r.Groups() {
		titleWidth = max(titleWidth, len([]rune(g.Title)))
	}
	titleWidth = max(20, min(titleWidth, width-4-5-1-6-2-statusWidth(pr, af, r)))
	fit := func(title string) string {
		t := []rune(title)
		if len(t) <= titleWidth {
			return title
		}
		// Cut at a word's end when that keeps most of the title.
		cut := titleWidth - 1
		for i := cut; i > titleWidth*2/3; i-- {
			if t[i] == ' ' {
				cut = i
				break
			}
		}
		return strings.TrimRight(string(t[:cut]), " ,;:") + "…"
	}
	score := func(s scoring.Score) string { return pr.Number(s.String()) }
	section := func(label string, s scoring.Score, status string) {
		pad := max(1, titleWidth+7-utf8.RuneCountInString(label))
		fmt.Fprintf(&b, "\n  %s%s %6s  %s\n", st.Heading.Render(label), strings.Repeat(" ", pad), score(s), status)
	}
	line := func(id, title string, s scoring.Score, status string) {
		fmt.Fprintf(&b, "    %-4s %-*s %6s  %s\n", id, titleWidth, fit(title), score(s), status)
	}
	detail := func(text string) {
		indent := 4 + 5
		fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", indent), st.Muted.Render(ui.Wrap(text, width, indent)))
	}
	// dontKnow lists a group's items answered "don't know": things to
	// find out before the score is final.
	dontKnow := func(g *scoring.Group) {
		if ids := g.UnknownIDs(); len(ids) > 0 {
			detail(pr.Sprintf("don't know: %s", shortList(pr, ids, 8)))
		}
	}

	if len(r.Checklist.Areas) > 0 && (af.UsesSection(checklist.SectionChecklist) || r.Checklist.Score.Valid()) {
		section(pr.Sprintf("Checklist"), r.Checklist.Score, completeness(pr, r.Checklist.Complete, r.Checklist.Areas))
		for _, g := range r.Checklist.Areas {
			line(g.ID, g.Title, g.Score, verdictStyle(st, g.Verdict).Render(areaStatus(pr, g, af.Route != "")))
			switch {
			case g.Provisional() && g.Unknown > 0:
				detail(pr.Sprintf("provisional: %d of %d answered, %d don't know", g.Answered(), g.Applicable, g.Unknown))
			case g.Provisional():
				detail(pr.Sprintf("provisional: %d of %d answered", g.Answered(), g.Applicable))
			}
			if ids := g.GapIDs(); len(ids) > 0 {
				detail(pr.Sprintf("gaps: %s", shortList(pr, ids, 8)))
			}
			dontKnow(g)
		}
	}
	if q := r.QuickScan; q != nil && (af.UsesSection(checklist.SectionQuickScan) || q.Score.Valid()) {
		section(pr.Sprintf("Quick scan"), q.Score, completeness(pr, q.Open() == 0, []*scoring.Group{q}))
		dontKnow(q)
	}
	if len(r.Quality.Dimensions) > 0 && (af.UsesSection(checklist.SectionIndicators) || r.Quality.Score.Valid()) {
		verdict := st.Bad.Render(pr.Sprintf("not a good practice"))
		if r.Quality.GoodPractice {
			verdict = st.Good.Render(pr.Sprintf("good practice"))
		}
		section(pr.Sprintf("Quality"), r.Quality.Score, verdict)
		for _, g := range r.Quality.Dimensions {
			status := st.Muted.Render(pr.Sprintf("not assessed"))
			if g.Score.Valid() {
				status = st.Good.Render(pr.Sprintf("passed"))
				if !g.Passed {
					status = st.Bad.Render(pr.Sprintf("below"))
				}
				status += st.Muted.Render(" " + pr.Sprintf("min %s", pr.Number(scoring.FormatNumber(g.Threshold))))
			}
			line(g.ID, g.Title, g.Score, status)
			dontKnow(g)
		}
		for _, reason := range r.Quality.Reasons {
			fmt.Fprintf(&b, "    %s\n", st.Muted.Render(ui.Wrap("· "+reason.Localize(pr), width, 6)))
		}
	}
	if !af.UsesSection(checklist.SectionChecklist) && !af.UsesSection(checklist.SectionQuickScan) && !af.UsesSection(checklist.SectionIndicators) {
		fmt.Fprintf(&b, "\n  %s\n", st.Muted.Render(pr.Sprintf("No answers yet.")))
	}
	if len(failures) > 0 {
		words := make([]string, len(failures))
		for i, f := range failures {
			words[i] = f.Localize(pr)
		}
		label := pr.Sprintf("Gates FAILED:")
		fmt.Fprintf(&b, "\n  %s %s\n", st.Bad.Render(label), ui.Wrap(strings.Join(words, "; "), width, 3+utf8.RuneCountInString(label)))
	}
	return b.Bytes()
}

// statusWidth is the width of the longest status the score table of r
// shows (the text, without styling).
func statusWidth(pr *locale.Printer, af *checklist.AnswerFile, r *scoring.Result) int {
	statuses := []string{pr.Sprintf("not a good practice"), pr.Sprintf("good practice"), pr.Sprintf("not assessed")}
	if len(r.Checklist.Areas) > 0 {
		statuses = append(statuses, completeness(pr, r.Checklist.Complete, r.Checklist.Areas))
	}
	for _, g := range r.Checklist.Areas {
		statuses = append(statuses, areaStatus(pr, g, af.Route != ""))
	}
	if q := r.QuickScan; q != nil {
		statuses = append(statuses, completeness(pr, q.Open() == 0, []*scoring.Group{q}))
	}
	for _, g := range r.Quality.Dimensions {
		statuses = append(statuses, pr.Sprintf("passed")+" "+pr.Sprintf("min %s", pr.Number(scoring.FormatNumber(g.Threshold))))
		statuses = append(statuses, pr.Sprintf("below")+" "+pr.Sprintf("min %s", pr.Number(scoring.FormatNumber(g.Threshold))))
	}
	w := 0
	for _, s := range statuses {
		w = max(w, utf8.RuneCountInString(s))
	}
	return w
}

// areaStatus is a key area's status in the score table: its verdict
// ("comprehensive so far" while it is provisional), or why it has none.
func areaStatus(p *locale.Printer, g *scoring.Group, routed bool) string {
	switch {
	case g.Applicable == 0 && routed:
		return p.Sprintf("not on this path")
	case g.Applicable == 0:
		return p.Sprintf("does not apply")
	case !g.InScope && g.Answered() == 0 && g.Unknown == 0:
		// Left out of the scope on purpose: not a gap.
		return p.Sprintf("not chosen")
	}
	provisional := g.Provisional()
	switch g.Verdict {
	case scoring.Comprehensive:
		if provisional {
			return p.Sprintf("comprehensive so far")
		}
		return p.Sprintf("comprehensive")
	case scoring.Improve:
		if provisional {
			return p.Sprintf("improve so far")
		}
		return p.Sprintf("improve")
	case scoring.Reflect:
		if provisional {
			return p.Sprintf("reflect so far")
		}
		return p.Sprintf("reflect")
	}
	return p.Sprintf("not assessed")
}

// completeness says how many applicable items of groups are still
// unanswered, counted against the scope (scoring.TallyOf), as the report
// does.
func completeness(p *locale.Printer, complete bool, groups []*scoring.Group) string {
	if complete {
		return p.Sprintf("complete")
	}
	t := scoring.TallyOf(groups)
	if t.Unknown > 0 {
		return p.Sprintf("%d of %d unanswered, %d don't know", t.Unanswered(), t.Applicable, t.Unknown)
	}
	return p.Sprintf("%d of %d unanswered", t.Unanswered(), t.Applicable)
}

func verdictStyle(st ui.Styles, v scoring.Verdict) interface{ Render(...string) string } {
	switch v {
	case scoring.Comprehensive:
		return st.Good
	case scoring.Improve:
		return st.Warn
	case scoring.Reflect:
		return st.Bad
	}
	return st.Muted
}

func shortList(p *locale.Printer, ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return p.Sprintf("%s and %d more", strings.Join(ids[:n], ", "), len(ids)-n)
}
