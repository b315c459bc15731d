package cli

import (
	"fmt"
	"io"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/report"
)

// compareItemsRun writes 'compare --items': the answers question by
// question.
func compareItemsRun(opts *compareOptions, files []*checklist.AnswerFile, names []string) error {
	c, err := report.CompareItems(files, names)
	if err != nil {
		return compareError(err)
	}
	c.Printer = opts.Printer
	return opts.Factory.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		switch opts.Format {
		case "md":
			return c.WriteMarkdown(w)
		case "csv":
			return c.WriteCSV(w, opts.BOM)
		case "xlsx":
			return c.Table().WriteXLSX(w)
		case "json":
			return c.WriteJSON(w)
		}
		return writeCompareItemsText(w, opts.IO.Styles(), opts.IO.Width(), c)
	})
}

// compareError turns the reason files cannot be compared into the
// command's error.
func compareError(err error) error {
	// A CompareError says itself in the interface language; the names in
	// it are cleaned already (displayName).
	return err
}

// questionWidth is how much of a question the text table shows at most.
const questionWidth = 44

// writeCompareItemsText draws the answers as a table for people: the
// question, each file's answer, and the agreement mark. The question is
// cut to fit the width; when the answers' labels leave too little room
// for it, the answers are shown as the scale's values (yes, na).
func writeCompareItemsText(w io.Writer, st ui.Styles, width int, c *report.ItemComparison) error {
	fmt.Fprintln(w, st.Title.Render(c.Title()))
	headers := []string{""}
	for _, col := range c.Columns {
		headers = append(headers, col.Label)
	}
	headers = append(headers, c.AgreementHeading())
	cell := c.Cell
	qw := questionRoom(c, headers, cell, width)
	if qw < 24 {
		cell = func(r report.ItemRow, i int) string {
			if v := r.Answers[i]; v != nil {
				return v.Value
			}
			return "–"
		}
		qw = questionRoom(c, headers, cell, width)
	}
	qw = max(min(qw, questionWidth), 16)
	t := table.New().Border(lipgloss.NormalBorder()).Headers(headers...)
	for _, r := range c.Rows {
		cells := []string{checklist.Shorten(r.Item.ID+" "+r.Item.Question, qw)}
		for i := range c.Columns {
			cells = append(cells, cell(r, i))
		}
		cells = append(cells, c.Mark(r))
		t.Row(cells...)
	}
	last := len(headers) - 1
	t.StyleFunc(func(row, col int) lipgloss.Style {
		s := lipgloss.NewStyle().Padding(0, 1)
		switch {
		case row == table.HeaderRow:
			return s.Inherit(st.Heading)
		case col == last && row >= 0 && row < len(c.Rows) && c.Rows[row].Agreement == report.AgreementFar:
			return s.Inherit(st.Bad)
		}
		return s
	})
	fmt.Fprintln(w, t.Render())
	for _, l := range c.Summary() {
		fmt.Fprintln(w, l)
	}
	writeLegendText(w, st, c.Legend())
	return nil
}

// questionRoom is how many cells the question column can have so that
// the table fits the width: what the answer and agreement columns leave,
// each with its padding and border.
func questionRoom(c *report.ItemComparison, headers []string, cell func(report.ItemRow, int) string, width int) int {
	used := 1 + 2 + 1 // the left border, the question's padding and border
	for i := range c.Columns {
		wd := lipgloss.Width(headers[i+1])
		for _, r := range c.Rows {
			wd = max(wd, lipgloss.Width(cell(r, i)))
		}
		used += wd + 3
	}
	wd := lipgloss.Width(headers[len(headers)-1])
	for _, r := range c.Rows {
		wd = max(wd, lipgloss.Width(c.Mark(r)))
	}
	used += wd + 3
	return width - used
}

// writeLegendText writes what each column is, one line each.
func writeLegendText(w io.Writer, st ui.Styles, entries []report.LegendEntry) {
	for _, e := range entries {
		fmt.Fprintln(w, st.Muted.Render(e.Label+": "+e.Detail))
	}
}
