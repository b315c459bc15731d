package cli

import (
	"errors"
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
	return writeOutput(opts.IO.Out, "", false, func(w io.Writer) error {
		switch opts.Format {
		case "md":
			return c.WriteMarkdown(w)
		case "csv":
			return c.WriteCSV(w)
		case "json":
			return c.WriteJSON(w)
		}
		return writeCompareItemsText(w, opts.IO.Styles(), c)
	})
}

// compareError turns the reason files cannot be compared into the
// command's error.
func compareError(err error) error {
	var ce *report.CompareError
	if errors.As(err, &ce) {
		return errors.New(checklist.CleanText(ce.Reason))
	}
	return err
}

// questionWidth is how much of a question the text table shows.
const questionWidth = 44

// writeCompareItemsText draws the answers as a table for people: the
// question, each file's answer, and the agreement mark.
func writeCompareItemsText(w io.Writer, st ui.Styles, c *report.ItemComparison) error {
	fmt.Fprintln(w, st.Title.Render(c.Title()))
	headers := []string{""}
	for _, col := range c.Columns {
		headers = append(headers, col.Label)
	}
	headers = append(headers, c.AgreementHeading())
	t := table.New().Border(lipgloss.NormalBorder()).Headers(headers...)
	for _, r := range c.Rows {
		cells := []string{truncate(r.Item.ID+" "+r.Item.Question, questionWidth)}
		for i := range c.Columns {
			cells = append(cells, c.Cell(r, i))
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

// writeLegendText writes what each column is, one line each.
func writeLegendText(w io.Writer, st ui.Styles, entries []report.LegendEntry) {
	for _, e := range entries {
		fmt.Fprintln(w, st.Muted.Render(e.Label+": "+e.Detail))
	}
}

// truncate shortens text to at most n characters, ending with "…".
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
