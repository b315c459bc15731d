package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

// WriteMarkdown writes the report as Markdown: the accessible, diffable
// form of the report. All text, the user's included, is escaped so that it
// cannot change the document's structure.
func (rep *Report) WriteMarkdown(w io.Writer) error {
	return writeMarkdown(w, rep.document())
}

func writeMarkdown(w io.Writer, doc []block) error {
	bw := bufio.NewWriter(w)
	for i, bl := range doc {
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
		fmt.Fprintf(w, "%s %s\n", strings.Repeat("#", bl.level), mdText(bl.text))
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
		for n, item := range bl.items {
			marker := "- "
			if bl.ordered {
				marker = fmt.Sprintf("%d. ", n+1)
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
	case table:
		writeTableMD(w, bl.header, bl.right, bl.rows)
	case choices:
		boxes := make([]string, len(bl.options))
		for i, o := range bl.options {
			boxes[i] = "☐ " + mdText(o)
		}
		fmt.Fprintf(w, "%s\n", strings.Join(boxes, "   "))
	case fields:
		for _, l := range bl.labels {
			fmt.Fprintf(w, "**%s:** %s  \n", mdText(l), strings.Repeat(".", 60))
		}
	case keep:
		// Page layout only.
	case ruled:
		for range bl.lines {
			w.WriteString(strings.Repeat(".", 72) + "  \n")
		}
	case scoreChart:
		rows := make([][]string, len(bl.bars))
		hasThreshold := false
		for _, br := range bl.bars {
			hasThreshold = hasThreshold || br.threshold != nil
		}
		header := []string{bl.labelHeader, "Score", bl.statusHeader}
		right := []bool{false, true, false}
		if hasThreshold {
			header = []string{bl.labelHeader, "Score", "Minimum", bl.statusHeader}
			right = []bool{false, true, true, false}
		}
		for i, br := range bl.bars {
			rows[i] = []string{br.label, br.score.String(), br.status}
			if hasThreshold {
				min := ""
				if br.threshold != nil {
					min = scoring.FormatNumber(*br.threshold)
				}
				rows[i] = []string{br.label, br.score.String(), min, br.status}
			}
		}
		writeTableMD(w, header, right, rows)
	}
}

func writeTableMD(w *bufio.Writer, header []string, right []bool, rows [][]string) {
	cells := func(row []string) {
		w.WriteString("|")
		for _, c := range row {
			w.WriteString(" " + mdCell(c) + " |")
		}
		w.WriteString("\n")
	}
	if header[0] == "" && header[1] == "" {
		w.WriteString("| | |\n")
	} else {
		cells(header)
	}
	w.WriteString("|")
	for i := range header {
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
		core := mdText(strings.TrimSpace(s.text))
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
		return escapeLineStart(sb.String())
	}
	return sb.String()
}

func refugeesInvolved(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "Yes"
	}
	return "No"
}

func glanceCompleteness(groups []*scoring.Group) string {
	answered, applicable := 0, 0
	for _, g := range groups {
		answered += g.Applicable - g.Unanswered
		applicable += g.Applicable
	}
	return fmt.Sprintf("%d of %d applicable items answered.", answered, applicable)
}

func verdictWords(v scoring.Verdict) string {
	switch v {
	case scoring.Comprehensive:
		return "comprehensive"
	case scoring.Improve:
		return "can improve"
	case scoring.Reflect:
		return "needs deep reflection"
	}
	return "not assessed"
}

func passWords(g *scoring.Group) string {
	switch {
	case !g.Score.Valid():
		return "not assessed"
	case g.Passed:
		return "passed"
	}
	return "below the minimum"
}

func answerWords(fw *checklist.Framework, ir scoring.ItemResult) string {
	switch ir.State {
	case scoring.Unanswered:
		return "not answered"
	case scoring.Excluded:
		return "does not apply"
	}
	if v, ok := fw.ParseAnswer(ir.Answer.Value); ok {
		return v.Label
	}
	return ir.Answer.Value
}

func appliesWords(fw *checklist.Framework, it *checklist.Item) string {
	types, _ := it.Restricted()
	labels := make([]string, len(types))
	for i, t := range types {
		labels[i] = fw.TypeLabel(t)
	}
	return "for " + strings.Join(labels, ", ") + " only"
}

func factorName(fw *checklist.Framework, id string) string {
	if f := fw.SuccessFactor(id); f != nil {
		return f.Name
	}
	return id
}

func deltaWords(c ScoreChange) string {
	d, ok := c.Delta()
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%+.1f", scoring.Round1(d))
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
