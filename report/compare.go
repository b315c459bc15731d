package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/inclusion-tools/scorecard/report/internal/mdtext"
	"io"
	"strconv"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/scoring"
)

// Comparison puts several assessments side by side: several practices,
// or several rounds of one practice.
type Comparison struct {
	Framework *checklist.Framework
	Columns   []CompareColumn
	Rows      []CompareRow
	// Kind says what the files are: rounds of one practice, its raters,
	// or different practices.
	Kind CompareKind
	// Printer gives the title and legend their words; nil means English.
	Printer *locale.Printer
}

// CompareColumn is one assessment.
type CompareColumn struct {
	File       string `json:"file"`
	Label      string `json:"label"`
	Practice   string `json:"practice"`
	AssessedOn string `json:"assessed_on"`
	// Assessors and Perspective say who answered, as the file records.
	Assessors   []string `json:"assessors,omitempty"`
	Perspective string   `json:"perspective,omitempty"`
}

// CompareRow is one measure across the assessments.
type CompareRow struct {
	ID     string          `json:"id"`
	Title  string          `json:"title"`
	Scores []scoring.Score `json:"scores,omitempty"`
	// GoodPractice is set on the good-practice row instead of scores.
	GoodPractice []bool `json:"good_practice,omitempty"`
	// Counts is set on the "unknown" row instead of scores: how many
	// applicable items each file answers "don't know".
	Counts []int `json:"counts,omitempty"`
	// total is the label of a row that is no key area or dimension
	// ("Checklist score"), to be worded in the reader's language; Title
	// is its English.
	total *locale.Msg
}

// Delta returns the change of column i against the first column.
func (r CompareRow) Delta(i int) (float64, bool) {
	if i == 0 || len(r.Scores) <= i {
		return 0, false
	}
	a, ok1 := r.Scores[0].Value()
	b, ok2 := r.Scores[i].Value()
	return b - a, ok1 && ok2
}

// CompareError says why files cannot be compared.
type CompareError struct{ Reason locale.Msg }

func (e *CompareError) Error() string { return e.Reason.String() }

// Localize says why in p's language.
func (e *CompareError) Localize(p *locale.Printer) string { return e.Reason.Localize(p) }

// Compare scores each file and lays the scores side by side. All files
// must use the same framework.
func Compare(files []*checklist.AnswerFile, names []string, opts scoring.Options) (*Comparison, error) {
	if len(files) == 0 {
		return nil, &CompareError{locale.M("nothing to compare")}
	}
	fw := files[0].Framework
	if err := sameFramework(files, names); err != nil {
		return nil, err
	}
	kind := compareKind(files)
	c := &Comparison{Framework: fw, Kind: kind, Columns: compareColumns(kind, files, names)}
	results := make([]*scoring.Result, len(files))
	for i, af := range files {
		results[i] = scoring.Evaluate(af, opts)
	}
	totalRow := func(id string, label locale.Msg) CompareRow {
		return CompareRow{ID: id, Title: label.String(), total: &label}
	}
	row := func(r CompareRow, pick func(*scoring.Result) scoring.Score) {
		for _, res := range results {
			r.Scores = append(r.Scores, pick(res))
		}
		c.Rows = append(c.Rows, r)
	}
	row(totalRow("checklist", locale.M("Checklist score")), func(r *scoring.Result) scoring.Score { return r.Checklist.Score })
	for i, a := range fw.KeyAreas {
		row(CompareRow{ID: a.ID, Title: a.Title}, func(r *scoring.Result) scoring.Score { return r.Checklist.Areas[i].Score })
	}
	if fw.QuickScan != nil {
		row(totalRow("quick_scan", locale.M("Quick scan")), func(r *scoring.Result) scoring.Score { return r.QuickScan.Score })
	}
	if len(fw.Dimensions) > 0 {
		row(totalRow("quality", locale.M("Quality score")), func(r *scoring.Result) scoring.Score { return r.Quality.Score })
		for i, d := range fw.Dimensions {
			row(CompareRow{ID: d.ID, Title: d.Title}, func(r *scoring.Result) scoring.Score { return r.Quality.Dimensions[i].Score })
		}
		gp := totalRow("good_practice", locale.M("Good practice"))
		for _, res := range results {
			gp.GoodPractice = append(gp.GoodPractice, res.Quality.GoodPractice)
		}
		c.Rows = append(c.Rows, gp)
	}
	if dk := fw.DontKnow(); dk != nil {
		unknown := totalRow("unknown", locale.M("Answered “%s”", dk.Label))
		total := 0
		for _, res := range results {
			n := 0
			for _, g := range res.Groups() {
				n += g.Unknown
			}
			unknown.Counts = append(unknown.Counts, n)
			total += n
		}
		// Only when some file has such answers: there is something to
		// find out before the scores are final.
		if total > 0 {
			c.Rows = append(c.Rows, unknown)
		}
	}
	return c, nil
}

// Cell returns the text of a row's cell in column i for people, in the
// language of c.Printer: the score, and after the first column its
// change against the first.
func (c *Comparison) Cell(r CompareRow, i int) string {
	p := printerOr(c.Printer)
	if r.GoodPractice != nil {
		if r.GoodPractice[i] {
			return p.Sprintf("yes")
		}
		return p.Sprintf("no")
	}
	if r.Counts != nil {
		return strconv.Itoa(r.Counts[i])
	}
	s := p.Number(r.Scores[i].String())
	if d, ok := r.Delta(i); ok {
		s += " (" + p.Change(d) + ")"
	}
	return s
}

// RowLabel is a row's label: "KA1 Have clarity…" or "Checklist score",
// in English, as the CSV and JSON name rows.
func (r CompareRow) RowLabel() string {
	if r.total != nil {
		return r.Title
	}
	return r.ID + " " + r.Title
}

// Label is a row's label for people, in the language of c.Printer.
func (c *Comparison) Label(r CompareRow) string {
	if r.total != nil {
		return r.total.Localize(printerOr(c.Printer))
	}
	return r.RowLabel()
}

// WriteMarkdown writes the comparison as a Markdown table.
func (c *Comparison) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", mdtext.Text(c.Title()))
	b.WriteString(printerOr(c.Printer).Sprintf("Framework: %s (%s %s). Changes are against the first column.", mdtext.Text(c.Framework.Title), c.Framework.ID, mdtext.Text(c.Framework.Version)) + "\n\n")
	header := []string{""}
	right := []bool{false}
	for _, col := range c.Columns {
		header = append(header, col.Label)
		right = append(right, true)
	}
	var rows [][]line
	for _, r := range c.Rows {
		cells := []line{{txt(c.Label(r))}}
		for i := range c.Columns {
			cells = append(cells, line{txt(c.Cell(r, i))})
		}
		rows = append(rows, cells)
	}
	bw := bufio.NewWriter(&b)
	writeTableMD(bw, header, right, rows)
	bw.Flush()
	b.WriteString("\n")
	for _, e := range c.Legend() {
		// The label starts the list item's text: like any text that
		// starts a line, it must not read as a heading ("- # name").
		fmt.Fprintf(&b, "- %s: %s\n", mdtext.Para(e.Label), mdtext.Text(e.Detail))
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteJSON writes the comparison as one JSON object.
func (c *Comparison) WriteJSON(w io.Writer) error {
	type row struct {
		CompareRow
		Changes []*float64 `json:"changes,omitempty"`
	}
	out := struct {
		Framework string          `json:"framework"`
		Kind      CompareKind     `json:"kind"`
		Rounds    bool            `json:"rounds"`
		Columns   []CompareColumn `json:"columns"`
		Rows      []row           `json:"rows"`
	}{Framework: c.Framework.ID, Kind: c.Kind, Rounds: c.Kind == CompareRounds, Columns: c.Columns}
	for _, r := range c.Rows {
		jr := row{CompareRow: r}
		if r.GoodPractice == nil && r.Counts == nil {
			jr.Changes = make([]*float64, len(c.Columns))
			for i := 1; i < len(c.Columns); i++ {
				if d, ok := r.Delta(i); ok {
					v := scoring.Round1(d)
					jr.Changes[i] = &v
				}
			}
		}
		out.Rows = append(out.Rows, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
