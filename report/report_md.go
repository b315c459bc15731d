package report

import (
	"bufio"
	"context"
	"fmt"
	"github.com/inclusion-tools/scorecard/report/internal/mdtext"
	"io"
	"strconv"
	"strings"
)

// chartTable is the table of a chart's numbers: what Markdown shows
// instead of the bars, and HTML beside them.
func chartTable(c scoreChart) table {
	hasThreshold := false
	for _, br := range c.bars {
		hasThreshold = hasThreshold || br.threshold != nil
	}
	t := table{header: []string{c.labelHeader, c.scoreHeader, c.statusHeader}, right: []bool{false, true, false}}
	if hasThreshold {
		t.header = []string{c.labelHeader, c.scoreHeader, c.minHeader, c.statusHeader}
		t.right = []bool{false, true, true, false}
	}
	for _, br := range c.bars {
		row := []line{br.label, {txt(br.scoreText)}, {txt(br.status)}}
		if hasThreshold {
			min := ""
			if br.threshold != nil {
				min = br.minText
			}
			row = []line{br.label, {txt(br.scoreText)}, {txt(min)}, {txt(br.status)}}
		}
		t.rows = append(t.rows, row)
	}
	return t
}

// WriteMarkdown writes the report as Markdown: the accessible, diffable
// form of the report. All text, the user's included, is escaped so that it
// cannot change the document's structure.
func (rep *Report) WriteMarkdown(ctx context.Context, w io.Writer) error {
	return writeMarkdown(ctx, w, rep.document())
}

func writeMarkdown(ctx context.Context, w io.Writer, doc []block) error {
	bw := bufio.NewWriter(w)
	for i, bl := range doc {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, layout := bl.(keep); layout {
			continue
		}
		if i > 0 {
			bw.WriteString("\n")
		}
		writeBlockMD(bw, bl)
	}
	return bw.Flush()
}

func writeBlockMD(w *bufio.Writer, bl block) {
	switch bl := bl.(type) {
	case heading:
		fmt.Fprintf(w, "%s %s\n", strings.Repeat("#", bl.level), mdtext.Text(bl.text.plainText()))
	case label:
		w.WriteString(lineMD(bl.text.styled(bold), true) + "\n")
	case para:
		for i, l := range bl.lines {
			// After a hard line break a line can still start a list or a
			// quote: guard every line, not just the first.
			w.WriteString(lineMD(l, true))
			if i < len(bl.lines)-1 {
				w.WriteString("  ")
			}
			w.WriteString("\n")
		}
	case list:
		writeListMD(w, bl)
	case table:
		writeTableMD(w, bl.header, bl.right, bl.rows)
	case progressChart:
		t := table{header: bl.headers[:], right: []bool{false, true, true, true}}
		for _, r := range bl.rows {
			t.rows = append(t.rows, []line{r.label, {txt(r.beforeText)}, {txt(r.afterText)}, {txt(r.change)}})
		}
		writeTableMD(w, t.header, t.right, t.rows)
	case choices:
		boxes := make([]string, len(bl.options))
		for i, o := range bl.options {
			boxes[i] = "☐ " + mdtext.Text(o)
		}
		fmt.Fprintf(w, "%s\n", strings.Join(boxes, "   "))
	case fields:
		for _, l := range bl.labels {
			fmt.Fprintf(w, "**%s:** %s  \n", mdtext.Text(l), strings.Repeat(".", 60))
		}
	case ruled:
		for range bl.lines {
			w.WriteString(strings.Repeat(".", 72) + "  \n")
		}
	case scoreChart:
		t := chartTable(bl)
		writeTableMD(w, t.header, t.right, t.rows)
	}
}

func writeListMD(w *bufio.Writer, bl list) {
	for n, item := range bl.items {
		marker := "- "
		switch {
		case bl.ordered:
			marker = fmt.Sprintf("%d. ", n+1)
		case bl.boxed:
			marker = "- ☐ "
		}
		for i, l := range item {
			if i == 0 {
				w.WriteString(marker)
			} else {
				w.WriteString("    ")
			}
			w.WriteString(lineMD(l, i > 0))
			if i < len(item)-1 {
				w.WriteString("  ")
			}
			w.WriteString("\n")
		}
	}
}

func writeTableMD(w *bufio.Writer, header []string, right []bool, rows [][]line) {
	cells := func(row []line) {
		w.WriteString("|")
		for _, c := range row {
			w.WriteString(" " + lineMD(c, false) + " |")
		}
		w.WriteString("\n")
	}
	columns := len(header)
	if header == nil {
		columns = 2
		if len(rows) > 0 {
			columns = len(rows[0])
		}
		w.WriteString("|" + strings.Repeat(" |", columns) + "\n")
	} else {
		w.WriteString("|")
		for _, h := range header {
			w.WriteString(" " + mdtext.Cell(h) + " |")
		}
		w.WriteString("\n")
	}
	w.WriteString("|")
	for i := range columns {
		if i < len(right) && right[i] {
			w.WriteString("---:|")
		} else {
			w.WriteString("---|")
		}
	}
	w.WriteString("\n")
	for _, r := range rows {
		cells(r)
	}
}

// lineMD renders spans; the first line of a paragraph is guarded against
// reading as a heading or a list.
func lineMD(l line, startsBlock bool) string {
	var sb strings.Builder
	for _, s := range l {
		if s.text == "" {
			continue
		}
		// Emphasis markers must hug the text: keep outer spaces outside.
		lead := s.text[:len(s.text)-len(strings.TrimLeft(s.text, " "))]
		trail := s.text[len(strings.TrimRight(s.text, " ")):]
		core := mdtext.Text(strings.TrimSpace(s.text))
		switch {
		case core == "":
			sb.WriteString(lead)
			continue
		case s.style == bold:
			core = "**" + core + "**"
		case s.style == italic:
			core = "_" + core + "_"
		}
		sb.WriteString(lead + core + trail)
	}
	if startsBlock {
		return mdtext.LineStart(sb.String())
	}
	return sb.String()
}

func itoa(n int) string { return strconv.Itoa(n) }
