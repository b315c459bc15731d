package report

import (
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

const (
	cellSize   = 9.0 // font size in tables and charts
	cellLine   = 4.6 // line height in tables
	cellPad    = 0.8
	chartLabel = 74.0
	chartBar   = 50.0
	chartScore = 13.0
	// chartStatus is what the page leaves for a bar's status: its width less
	// the label, the bar, the score and a gap.
	chartStatus = 210 - 2*pageMargin - chartLabel - chartBar - chartScore - 2
	chartRow    = 7.0
	barHeight   = 3.6
)

func headerRow(h []string) []line {
	out := make([]line, len(h))
	for i, s := range h {
		out[i] = line{b(s)}
	}
	return out
}

// columns returns the widths of a table's columns: a fact table gives its
// labels a narrow column, other tables give every column after the first
// a narrow one.
func (pw *pdfWriter) columns(t table) []float64 {
	n := len(t.header)
	if t.header == nil {
		n = 2
		if len(t.rows) > 0 {
			n = len(t.rows[0])
		}
	}
	widths := make([]float64, n)
	total := pw.width()
	if len(t.widths) == n {
		sum := 0.0
		for _, w := range t.widths {
			sum += w
		}
		for i, w := range t.widths {
			widths[i] = total * w / sum
		}
		return widths
	}
	switch {
	case t.header == nil && n == 2:
		widths[0], widths[1] = 42, total-42
	case n == 2:
		widths[0], widths[1] = total-32, 32
	case n == 3 && t.header != nil && len(t.right) == 0:
		// Item, answer, evidence.
		widths[0], widths[1], widths[2] = total*0.5, 22, total*0.5-22
	default:
		rest := 22.0
		widths[0] = total - rest*float64(n-1)
		for i := 1; i < n; i++ {
			widths[i] = rest
		}
	}
	return widths
}

// cellLines lays out each cell of a row.
func (pw *pdfWriter) cellLines(t table, row []line) [][]textLine {
	widths := pw.columns(t)
	out := make([][]textLine, len(row))
	for i, c := range row {
		if i >= len(widths) {
			break
		}
		if t.header == nil && i == 0 {
			c = c.styled(bold)
		}
		out[i] = pw.layoutText(c, widths[i]-2, cellSize)
	}
	return out
}

func (pw *pdfWriter) rowHeight(t table, row []line) float64 {
	n := 1
	for _, c := range pw.cellLines(t, row) {
		n = max(n, len(c))
	}
	return float64(n)*cellLine + 2*cellPad
}

func (pw *pdfWriter) table(t table) {
	if t.whole {
		h := 0.0
		if t.header != nil {
			h += pw.rowHeight(t, headerRow(t.header))
		}
		for _, r := range t.rows {
			h += pw.rowHeight(t, r)
		}
		if h < pageBottom-pageMargin {
			pw.need(h)
		}
	}
	header := func() {
		pw.row(t, headerRow(t.header))
		pw.trace.tableRow(pw.pdf.PageNo(), true)
	}
	if t.header != nil {
		pw.trace.table()
		header()
	}
	for _, r := range t.rows {
		// A table that goes on over a page break repeats its header
		// row at the top of the new page, so that a printed page
		// still says what each column is.
		if h := pw.rowHeight(t, r); t.header != nil && h < pageBottom-pageMargin && pw.space() < h {
			pw.pdf.AddPage()
			header()
		}
		pw.row(t, r)
		if t.header != nil {
			pw.trace.tableRow(pw.pdf.PageNo(), false)
		}
	}
	pw.pdf.Ln(3)
}

// row draws a table row. A row that fits on a page is kept on one; a
// longer one (a very long note) flows on, line by line.
func (pw *pdfWriter) row(t table, row []line) {
	pdf := pw.pdf
	widths := pw.columns(t)
	cells := pw.cellLines(t, row)
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	h := float64(n)*cellLine + 2*cellPad
	if h < pageBottom-pageMargin {
		pw.need(h)
	}
	y := pdf.GetY() + cellPad
	for j := 0; j < n; j++ {
		if y+cellLine > pageBottom {
			pdf.AddPage()
			y = pdf.GetY()
		}
		x := pageMargin
		for i, c := range cells {
			if j < len(c) {
				right := i < len(t.right) && t.right[i]
				pw.drawLine(c[j], x+1, y, widths[i]-2, cellSize, cellLine, colorText, right)
			}
			x += widths[i]
		}
		pw.trace.line(pdf.PageNo(), y)
		y += cellLine
	}
	y += cellPad
	pw.drawColor(colorRule)
	pdf.SetLineWidth(0.2)
	pdf.Line(pageMargin, y, pageMargin+pw.width(), y)
	pdf.SetY(y)
}

// chartLabels lays out bar labels in at most two lines, the second cut
// short with "…" when the label is longer.
func (pw *pdfWriter) chartLabels(c scoreChart) [][]textLine {
	out := make([][]textLine, len(c.bars))
	for i, br := range c.bars {
		ls := pw.layoutText(br.label, chartLabel-2, cellSize)
		if len(ls) > 2 {
			short := pw.layoutText(line{txt(checklist.Shorten(br.label.plainText(), 2*len([]rune(br.label.plainText()))/len(ls)-1))}, chartLabel-2, cellSize)
			ls = short[:min(2, len(short))]
		}
		out[i] = ls
	}
	return out
}

// chartStatuses lays out each bar's status (a verdict such as "can
// improve so far, 4 of 15 answered") in the column beside the score,
// every line of it: a provisional verdict says on how many answers it
// rests, and the PDF says it as the Markdown and HTML do.
func (pw *pdfWriter) chartStatuses(c scoreChart) [][]textLine {
	out := make([][]textLine, len(c.bars))
	for i, br := range c.bars {
		out[i] = pw.layoutText(line{txt(br.status)}, chartStatus, cellSize)
	}
	return out
}

// chartRowHeight is the height of a bar's row: its label's lines or its
// status's, whichever are more.
func chartRowHeight(label, status []textLine) float64 {
	return chartRow + float64(max(len(label), len(status), 1)-1)*4
}

func (pw *pdfWriter) chartHeight(c scoreChart) float64 {
	total := 6.0
	statuses := pw.chartStatuses(c)
	for i, ls := range pw.chartLabels(c) {
		total += chartRowHeight(ls, statuses[i])
	}
	if c.minimumNote != "" {
		total += 5
	}
	return total
}

// chart draws one bar per score on a 0-100 scale, coloured by its tone,
// with the minimum score marked by a dark line across the bar, and the
// score and its status beside it.
func (pw *pdfWriter) chart(c scoreChart) {
	pdf := pw.pdf
	labels, statuses := pw.chartLabels(c), pw.chartStatuses(c)
	pw.need(pw.chartHeight(c))
	y := pdf.GetY()
	head := func(s string, x, w float64, right bool) {
		pw.drawLine(pw.layoutText(line{b(s)}, w, 8.5)[0], x, y, w, 8.5, 4, colorMuted, right)
	}
	head(c.labelHeader, pageMargin, chartLabel, false)
	head(pw.w.scale0to100(), pageMargin+chartLabel+chartBar/2-8, 16, false)
	head(c.scoreHeader, pageMargin+chartLabel+chartBar, chartScore, true)
	head(c.statusHeader, pageMargin+chartLabel+chartBar+chartScore+2, chartStatus, false)
	y += 5
	for i, br := range c.bars {
		h := chartRowHeight(labels[i], statuses[i])
		for j, l := range labels[i] {
			pw.drawLine(l, pageMargin, y+1.2+float64(j)*4, chartLabel, cellSize, 4.5, colorText, false)
		}
		pw.trace.line(pdf.PageNo(), y)
		bx, by := pageMargin+chartLabel, y+(chartRow-barHeight)/2
		pw.bar(bx, by, br.score, toneColors[br.tone], br.threshold)
		score := pw.layoutText(line{b(br.scoreText)}, chartScore, cellSize)[0]
		pw.drawLine(score, bx+chartBar, y+1.2, chartScore, cellSize, 4.5, colorText, true)
		for j, l := range statuses[i] {
			pw.drawLine(l, bx+chartBar+chartScore+2, y+1.2+float64(j)*4, chartStatus, cellSize, 4.5, colorMuted, false)
		}
		y += h
	}
	if c.minimumNote != "" {
		note := pw.layoutText(line{it(c.minimumNote)}, pw.width()-chartLabel, 8)[0]
		pw.drawLine(note, pageMargin+chartLabel, y, pw.width()-chartLabel, 8, 4, colorMuted, false)
		y += 5
	}
	pdf.SetY(y + 3)
}

// bar draws a score as a bar on a track, with an optional minimum mark.
func (pw *pdfWriter) bar(x, y float64, s scoring.Score, c [3]int, threshold *float64) {
	pdf := pw.pdf
	pw.fillColor(colorTrack)
	pdf.Rect(x, y, chartBar, barHeight, "F")
	if v, ok := s.Value(); ok {
		pw.fillColor(c)
		pdf.Rect(x, y, chartBar*clamp(v/100), barHeight, "F")
	}
	if threshold != nil {
		tx := x + chartBar*clamp(*threshold/100)
		pw.drawColor(colorMinimum)
		pdf.SetLineWidth(0.6)
		pdf.Line(tx, y-1.2, tx, y+barHeight+1.2)
	}
}

// progressChart draws each score then (grey) and now (coloured), with
// the numbers beside the bars.
func (pw *pdfWriter) progressChart(c progressChart) {
	pdf := pw.pdf
	pw.need(progressHeight(c))
	y := pdf.GetY()
	pw.drawLine(pw.layoutText(line{it(c.title)}, pw.width(), 8.5)[0], pageMargin, y, pw.width(), 8.5, 4, colorMuted, false)
	y += 5
	for _, r := range c.rows {
		if y+progressRowHeight > pageBottom {
			pdf.AddPage()
			y = pdf.GetY()
		}
		l := pw.oneLine(r.label, chartLabel-2, cellSize)
		pw.drawLine(l, pageMargin, y+1.3, chartLabel, cellSize, 4.5, colorText, false)
		bx := pageMargin + chartLabel
		pw.fillColor(colorTrack)
		pdf.Rect(bx, y+1.2, chartBar, 2.4, "F")
		pdf.Rect(bx, y+4.0, chartBar, 2.4, "F")
		if v, ok := r.before.Value(); ok {
			pw.fillColor(colorThen)
			pdf.Rect(bx, y+1.2, chartBar*clamp(v/100), 2.4, "F")
		}
		if v, ok := r.after.Value(); ok {
			pw.fillColor(colorAccent)
			pdf.Rect(bx, y+4.0, chartBar*clamp(v/100), 2.4, "F")
		}
		nums := pw.layoutText(line{txt(r.beforeText + " → "), b(r.afterText), txt("  " + r.change)}, pw.width()-chartLabel-chartBar-2, cellSize)[0]
		pw.drawLine(nums, bx+chartBar+2, y+1.9, pw.width()-chartLabel-chartBar-2, cellSize, 4.5, colorText, false)
		pw.trace.line(pdf.PageNo(), y)
		y += progressRowHeight
	}
	pdf.SetY(y + 3)
}

// progressRowHeight is the height of a row of the progress chart: two bars,
// then and now, 0.4 mm apart, beside a line of text.
const progressRowHeight = 8.0

// progressHeight is the height of a progress chart, or of a page of it.
func progressHeight(c progressChart) float64 {
	return float64(min(len(c.rows), 28))*progressRowHeight + 8
}

// oneLine lays text out on one line, cut short with "…" when it is longer.
func (pw *pdfWriter) oneLine(l line, width, size float64) textLine {
	ls := pw.layoutText(l, width, size)
	if len(ls) == 1 {
		return ls[0]
	}
	text := []rune(l.plainText())
	for n := len(text) * len(ls[0].runs) / max(1, len(ls)); n > 1; n-- {
		short := pw.layoutText(line{txt(checklist.Shorten(string(text), n))}, width, size)
		if len(short) == 1 {
			return short[0]
		}
	}
	return ls[0]
}

func clamp(x float64) float64 { return max(0, min(1, x)) }
