package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/inclusion-tools/scorecard/report/internal/mdtext"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/report/sheet"
)

// ItemComparison sets the answers of several files side by side, one row
// per question: where raters agree and where they are far apart, or how
// each answer moved from round to round.
type ItemComparison struct {
	Framework *checklist.Framework
	Kind      CompareKind
	Columns   []CompareColumn
	// Rows are the questions answered in at least one file, in framework
	// order.
	Rows []ItemRow
	// Printer gives the words; nil means English.
	Printer *locale.Printer
}

// ItemRow is one question with each file's answer.
type ItemRow struct {
	Item *checklist.Item
	// Answers holds each column's answer; nil where the file has none
	// (unanswered, or the item does not apply to it).
	Answers []*checklist.ScaleValue
	// Agreement and Spread say how far apart the answers are.
	Agreement Agreement
	Spread    int
}

// Agreement says how far apart the answers to one question are.
type Agreement string

// The kinds of agreement.
const (
	// AgreementNone: fewer than two files answered; nothing to compare.
	AgreementNone Agreement = "none"
	// AgreementSame: every file that answered gave the same answer.
	AgreementSame Agreement = "same"
	// AgreementDiffer: the answers differ, by one step of the scale or
	// by a "not applicable" or a "don't know" against another answer.
	AgreementDiffer Agreement = "differ"
	// AgreementFar: the scored answers are two steps or more apart (yes
	// against no): the questions most worth talking about.
	AgreementFar Agreement = "far"
)

// CompareItems sets the answers of the files side by side, question by
// question. names are the files' names for people; all files must use
// the same framework.
func CompareItems(files []*checklist.AnswerFile, names []string) (*ItemComparison, error) {
	if len(files) == 0 {
		return nil, &CompareError{locale.M("nothing to compare")}
	}
	if err := sameFramework(files, names); err != nil {
		return nil, err
	}
	fw := files[0].Framework
	kind := compareKind(files)
	c := &ItemComparison{Framework: fw, Kind: kind, Columns: compareColumns(kind, files, names)}
	steps := fw.Steps()
	for _, it := range fw.Items() {
		row := ItemRow{Item: it, Answers: make([]*checklist.ScaleValue, len(files))}
		answered := false
		for i, af := range files {
			a, ok := af.Answers[it.ID]
			if !ok || !af.Applies(it) {
				continue
			}
			if v, ok := fw.ParseAnswer(a.Value); ok {
				row.Answers[i] = v
				answered = true
			}
		}
		if !answered {
			continue
		}
		row.Agreement, row.Spread = agreement(row.Answers, steps)
		c.Rows = append(c.Rows, row)
	}
	return c, nil
}

// agreement measures how far apart answers are: the steps between the
// lowest and the highest scored answer, and what that means.
func agreement(answers []*checklist.ScaleValue, steps checklist.Steps) (Agreement, int) {
	var given []string
	same := true
	for _, v := range answers {
		if v == nil {
			continue
		}
		if len(given) > 0 && v.Value != given[0] {
			same = false
		}
		given = append(given, v.Value)
	}
	if len(given) < 2 {
		return AgreementNone, 0
	}
	spread := steps.Spread(given...)
	switch {
	case same:
		return AgreementSame, 0
	case spread >= checklist.FarApart:
		return AgreementFar, spread
	}
	return AgreementDiffer, spread
}

func (c *ItemComparison) p() *locale.Printer { return printerOr(c.Printer) }

// Title is "Raters of Welcome Bureau, question by question", or the
// same for rounds or practices.
func (c *ItemComparison) Title() string {
	p := c.p()
	switch c.Kind {
	case CompareRounds:
		return p.Sprintf("Rounds of %s, question by question", c.Columns[0].Practice)
	case CompareRaters:
		return p.Sprintf("Raters of %s, question by question", c.Columns[0].Practice)
	}
	return p.Sprintf("Practices, question by question")
}

// Legend says what each column is (see Comparison.Legend).
func (c *ItemComparison) Legend() []LegendEntry {
	return legend(c.p(), c.Kind, c.Columns)
}

// AgreementHeading is the heading of the column that marks agreement:
// "Agreement" between raters or practices, "Change" between rounds.
func (c *ItemComparison) AgreementHeading() string {
	if c.Kind == CompareRounds {
		return c.p().Sprintf("Change")
	}
	return c.p().Sprintf("Agreement")
}

// Mark is the agreement of a row in words, for the text and Markdown
// tables: only the two marks that matter are written, answers that are
// all the same and answers two steps or more apart.
func (c *ItemComparison) Mark(r ItemRow) string {
	p := c.p()
	switch {
	case r.Agreement == AgreementSame && c.Kind == CompareRounds:
		return p.Sprintf("unchanged")
	case r.Agreement == AgreementSame:
		return p.Sprintf("same")
	case r.Agreement == AgreementFar && c.Kind == CompareRounds:
		return p.Sprintf("moved %d steps", r.Spread)
	case r.Agreement == AgreementFar:
		return p.Sprintf("%d steps apart", r.Spread)
	}
	return ""
}

// Cell is a column's answer for people: the scale's label, or "–".
func (c *ItemComparison) Cell(r ItemRow, i int) string {
	if v := r.Answers[i]; v != nil {
		return v.Label
	}
	return "–"
}

// Summary says in a few lines how many questions were answered in more
// than one file, how many got the same answer everywhere, which are two
// steps or more apart and which some file answers "don't know".
func (c *ItemComparison) Summary() []string {
	lines := c.agreementSummary()
	if line := c.dontKnowSummary(); line != "" {
		lines = append(lines, line)
	}
	return lines
}

// dontKnowSummary names the questions some file answers "don't know":
// things to find out. It is empty when there are none.
func (c *ItemComparison) dontKnowSummary() string {
	dk := c.Framework.DontKnow()
	if dk == nil {
		return ""
	}
	var ids []string
	for _, r := range c.Rows {
		for _, v := range r.Answers {
			if v != nil && v.Unknown {
				ids = append(ids, r.Item.ID)
				break
			}
		}
	}
	if len(ids) == 0 {
		return ""
	}
	p := c.p()
	return p.Sprintf("Answered “%s” at least once, to find out: %s (%s).", dk.Label, p.Sprintf("%d questions", len(ids)), locale.And(ids...).Localize(p))
}

func (c *ItemComparison) agreementSummary() []string {
	p := c.p()
	var compared, same int
	var far []string
	for _, r := range c.Rows {
		if r.Agreement == AgreementNone {
			continue
		}
		compared++
		switch r.Agreement {
		case AgreementSame:
			same++
		case AgreementFar:
			far = append(far, r.Item.ID)
		}
	}
	n := func(count int) string { return p.Sprintf("%d questions", count) }
	ids := locale.And(far...).Localize(p)
	var lines []string
	switch c.Kind {
	case CompareRounds:
		lines = append(lines, p.Sprintf("Answered in more than one round: %s.", n(compared)), p.Sprintf("Unchanged: %s.", n(same)))
		if len(far) > 0 {
			lines = append(lines, p.Sprintf("Moved two steps or more: %s (%s).", n(len(far)), ids))
		} else {
			lines = append(lines, p.Sprintf("No answer moved two steps or more."))
		}
		return lines
	case CompareRaters:
		lines = append(lines, p.Sprintf("Answered by more than one rater: %s.", n(compared)))
	default:
		lines = append(lines, p.Sprintf("Answered for more than one practice: %s.", n(compared)))
	}
	lines = append(lines, p.Sprintf("The same answer everywhere: %s.", n(same)))
	if len(far) > 0 {
		lines = append(lines, p.Sprintf("Two steps or more apart: %s (%s).", n(len(far)), ids))
	} else {
		lines = append(lines, p.Sprintf("No answers are two steps or more apart."))
	}
	return lines
}

// WriteMarkdown writes the answers as a Markdown table, one row per
// question, with the legend and the summary.
func (c *ItemComparison) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	p := c.p()
	fmt.Fprintf(&b, "# %s\n\n", mdtext.Text(c.Title()))
	fmt.Fprintf(&b, "%s\n\n", mdtext.Para(p.Sprintf("Framework: %s (%s %s).", c.Framework.Title, c.Framework.ID, c.Framework.Version)))
	header := []string{p.Sprintf("Question")}
	for _, col := range c.Columns {
		header = append(header, col.Label)
	}
	header = append(header, c.AgreementHeading())
	var rows [][]string
	for _, r := range c.Rows {
		cells := []string{r.Item.ID + " " + r.Item.Question}
		for i := range c.Columns {
			cells = append(cells, c.Cell(r, i))
		}
		mark := c.Mark(r)
		if r.Agreement == AgreementFar {
			mark = "**" + mdtext.Text(mark) + "**"
		} else {
			mark = mdtext.Text(mark)
		}
		cells = append(cells, mark)
		rows = append(rows, cells)
	}
	bw := bufio.NewWriter(&b)
	writeItemsTableMD(bw, header, rows)
	bw.Flush()
	b.WriteString("\n")
	fmt.Fprintf(&b, "%s\n", mdtext.Para(strings.Join(c.Summary(), " ")))
	if lg := c.Legend(); len(lg) > 0 {
		b.WriteString("\n")
		for _, e := range lg {
			// The label starts the list item's text: like any text that
			// starts a line, it must not read as a heading ("- # name").
			fmt.Fprintf(&b, "- %s: %s\n", mdtext.Para(e.Label), mdtext.Text(e.Detail))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeItemsTableMD writes a table whose last column is already Markdown
// (the emphasised mark); every other cell is escaped.
func writeItemsTableMD(w *bufio.Writer, header []string, rows [][]string) {
	cell := func(s string) string { return mdtext.Cell(s) }
	w.WriteString("|")
	for _, h := range header {
		w.WriteString(" " + cell(h) + " |")
	}
	w.WriteString("\n|")
	for range header {
		w.WriteString("---|")
	}
	w.WriteString("\n")
	for _, r := range rows {
		w.WriteString("|")
		for i, s := range r {
			if i == len(r)-1 {
				w.WriteString(" " + s + " |")
				continue
			}
			w.WriteString(" " + cell(s) + " |")
		}
		w.WriteString("\n")
	}
}

// Table lays the answers out for a spreadsheet: one row per question,
// with its id, the question, each column's answer (the scale value as
// written in answer files, empty when not answered), the agreement and
// the spread in steps.
func (c *ItemComparison) Table() sheet.Table {
	t := sheet.Table{Sheet: "answers", Header: []string{"id", "question"}}
	for _, col := range c.Columns {
		t.Header = append(t.Header, col.Label)
	}
	t.Header = append(t.Header, "agreement", "spread")
	for _, r := range c.Rows {
		row := []any{r.Item.ID, r.Item.Question}
		for _, v := range r.Answers {
			if v != nil {
				row = append(row, v.Value)
			} else {
				row = append(row, nil)
			}
		}
		t.Rows = append(t.Rows, append(row, string(r.Agreement), r.Spread))
	}
	return t
}

// WriteCSV writes the answers as CSV (see Table); with bom, after a
// byte-order mark.
func (c *ItemComparison) WriteCSV(w io.Writer, bom bool) error {
	return c.Table().WriteCSV(w, bom)
}

// WriteJSON writes the comparison as one JSON object: the columns, and
// per question the answers (scale values, null when not answered), the
// agreement and the spread.
func (c *ItemComparison) WriteJSON(w io.Writer) error {
	type row struct {
		ID        string    `json:"id"`
		Question  string    `json:"question"`
		Answers   []*string `json:"answers"`
		Agreement Agreement `json:"agreement"`
		Spread    int       `json:"spread"`
	}
	out := struct {
		Framework string          `json:"framework"`
		Kind      CompareKind     `json:"kind"`
		Columns   []CompareColumn `json:"columns"`
		Items     []row           `json:"items"`
	}{Framework: c.Framework.ID, Kind: c.Kind, Columns: c.Columns, Items: []row{}}
	for _, r := range c.Rows {
		jr := row{ID: r.Item.ID, Question: r.Item.Question, Answers: make([]*string, len(r.Answers)), Agreement: r.Agreement, Spread: r.Spread}
		for i, v := range r.Answers {
			if v != nil {
				jr.Answers[i] = &v.Value
			}
		}
		out.Items = append(out.Items, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
