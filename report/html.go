package report

import (
	"bufio"
	"context"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

// WriteHTML writes the report as one self-contained HTML page: the
// accessible form of the report. It has semantic headings, lists and
// tables with header cells, takes its language from the framework, gives
// user text its own direction (dir="auto", <bdi>), draws charts as inline
// SVG with a text alternative and the same numbers in a table, prints on
// A4, and makes no network request (no script, no external file).
func (rep *Report) WriteHTML(ctx context.Context, w io.Writer) error {
	return writeHTML(ctx, w, rep.document(), rep.w.titleText(rep.File.Practice.Name), rep.Framework.Language)
}

func writeHTML(ctx context.Context, w io.Writer, doc []block, title, lang string) error {
	if lang == "" {
		lang = "en"
	}
	bw := bufio.NewWriter(w)
	hw := &htmlWriter{w: bw}
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", html.EscapeString(lang))
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(bw, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", html.EscapeString(oneLine(title)), htmlStyle)
	for _, bl := range doc {
		if err := ctx.Err(); err != nil {
			return err
		}
		hw.block(bl)
	}
	hw.closeSections(1)
	bw.WriteString("</main>\n</body>\n</html>\n")
	return bw.Flush()
}

// htmlStyle is the page's only style sheet: readable on screen, A4 on
// paper. Colours meet WCAG AA contrast on white.
const htmlStyle = `
:root{color:#212121;background:#fff;font-family:"Noto Sans","Noto Sans Arabic","Noto Sans Hebrew","Noto Sans Ethiopic",system-ui,sans-serif;line-height:1.5}
body{margin:0}
main{max-width:50rem;margin:0 auto;padding:1.5rem}
h1,h2{color:#3c38a8}
h2{border-bottom:1px solid #d2d2d7;padding-bottom:.2rem;margin-top:2rem}
h3{margin-top:1.6rem}
h4,h5,h6{font-size:1rem;margin:1rem 0 .3rem}
.muted,em{color:#555}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
th,td{border-bottom:1px solid #d2d2d7;padding:.25rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums}
td.nowrap{white-space:nowrap}
figure{margin:.5rem 0}
figcaption{color:#555;font-size:.9rem}
svg{max-width:100%;height:auto}
li{margin:.2rem 0}
.line{display:block}
@media print{
@page{size:A4;margin:18mm}
:root{font-size:10pt}
main{max-width:none;padding:0}
h2,h3,h4,h5,h6{break-after:avoid}
table,figure,li,tr{break-inside:avoid}
a{color:inherit}
}
`

type htmlWriter struct {
	w     *bufio.Writer
	level int // the level of the last heading
	open  []int
	chart int
}

func (hw *htmlWriter) closeSections(level int) {
	for len(hw.open) > 0 && hw.open[len(hw.open)-1] >= level {
		hw.w.WriteString("</section>\n")
		hw.open = hw.open[:len(hw.open)-1]
	}
}

func (hw *htmlWriter) block(bl block) {
	w := hw.w
	switch bl := bl.(type) {
	case heading:
		hw.closeSections(bl.level)
		if bl.level > 1 {
			w.WriteString("<section>\n")
			hw.open = append(hw.open, bl.level)
		}
		fmt.Fprintf(w, "<h%d>%s</h%d>\n", bl.level, lineHTML(bl.text), bl.level)
		hw.level = bl.level
	case label:
		lv := min(hw.level+1, 6)
		fmt.Fprintf(w, "<h%d>%s</h%d>\n", lv, lineHTML(bl.text), lv)
	case para:
		if len(bl.lines) == 1 && allUser(bl.lines[0]) {
			fmt.Fprintf(w, "<p dir=\"auto\">%s</p>\n", plainUserHTML(bl.lines[0]))
			return
		}
		if allLinesUser(bl.lines) {
			// A note of several lines: each line takes its own direction
			// (and alignment), as in the PDF.
			w.WriteString("<p>")
			for _, l := range bl.lines {
				fmt.Fprintf(w, "<span class=\"line\" dir=\"auto\">%s</span>", plainUserHTML(l))
			}
			w.WriteString("</p>\n")
			return
		}
		w.WriteString("<p>")
		for i, l := range bl.lines {
			if i > 0 {
				w.WriteString("<br>\n")
			}
			w.WriteString(lineHTML(l))
		}
		w.WriteString("</p>\n")
	case list:
		tag := "ul"
		if bl.ordered {
			tag = "ol"
		}
		fmt.Fprintf(w, "<%s>\n", tag)
		for _, item := range bl.items {
			w.WriteString("<li>")
			if bl.boxed {
				w.WriteString("☐ ")
			}
			for i, l := range item {
				if i > 0 {
					w.WriteString("<br>\n")
				}
				w.WriteString(lineHTML(l))
			}
			w.WriteString("</li>\n")
		}
		fmt.Fprintf(w, "</%s>\n", tag)
	case table:
		hw.table(bl, "")
	case scoreChart:
		hw.scoreChart(bl)
	case progressChart:
		hw.progressChart(bl)
	case choices, ruled, fields, keep:
		// Paper only.
	}
}

func allLinesUser(ls []line) bool {
	for _, l := range ls {
		if !allUser(l) {
			return false
		}
	}
	return len(ls) > 0
}

func allUser(l line) bool {
	for _, s := range l {
		if !s.user && s.text != "" {
			return false
		}
	}
	return len(l) > 0
}

// plainUserHTML is a line of user text inside an element that already
// takes its own direction.
func plainUserHTML(l line) string {
	var sb strings.Builder
	for _, s := range l {
		sb.WriteString(styledHTML(s.style, html.EscapeString(s.text)))
	}
	return sb.String()
}

// lineHTML renders spans; user text is isolated in <bdi>, so that a
// right-to-left name neither takes its direction from the sentence around
// it nor reorders it.
func lineHTML(l line) string {
	var sb strings.Builder
	for _, s := range l {
		if s.text == "" {
			continue
		}
		t := html.EscapeString(s.text)
		if s.user {
			t = "<bdi>" + t + "</bdi>"
		}
		sb.WriteString(styledHTML(s.style, t))
	}
	return sb.String()
}

func styledHTML(st spanStyle, t string) string {
	switch st {
	case bold:
		return "<strong>" + t + "</strong>"
	case italic:
		return "<em>" + t + "</em>"
	}
	return t
}

func (hw *htmlWriter) table(t table, caption string) {
	w := hw.w
	w.WriteString("<table>\n")
	if caption != "" {
		fmt.Fprintf(w, "<caption>%s</caption>\n", html.EscapeString(caption))
	}
	num := func(i int) string {
		switch {
		case i < len(t.right) && t.right[i]:
			return ` class="num"`
		case i < len(t.nowrap) && t.nowrap[i]:
			return ` class="nowrap"`
		}
		return ""
	}
	if t.header != nil {
		w.WriteString("<thead><tr>")
		for i, h := range t.header {
			fmt.Fprintf(w, "<th scope=\"col\"%s>%s</th>", num(i), html.EscapeString(h))
		}
		w.WriteString("</tr></thead>\n")
	}
	w.WriteString("<tbody>\n")
	for _, row := range t.rows {
		w.WriteString("<tr>")
		for i, c := range row {
			cell := lineHTML(c)
			if allUser(c) {
				cell = plainUserHTML(c)
			}
			dir := ""
			if allUser(c) {
				dir = ` dir="auto"`
			}
			if i == 0 && t.header == nil {
				fmt.Fprintf(w, "<th scope=\"row\"%s>%s</th>", dir, cell)
				continue
			}
			fmt.Fprintf(w, "<td%s%s>%s</td>", num(i), dir, cell)
		}
		w.WriteString("</tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n")
}

// svgTone are the bars' colours, as in the PDF.
var svgTone = map[tone]string{toneGood: "#2e9e5b", toneFair: "#c98a00", tonePoor: "#d0413a", toneNone: "#a0a0a0"}

// scoreChart draws the bars as an SVG image whose text alternative names
// every score, then the table of the same numbers.
func (hw *htmlWriter) scoreChart(c scoreChart) {
	w := hw.w
	hw.chart++
	id := fmt.Sprintf("chart%d", hw.chart)
	const labelW, barW, rowH = 300.0, 300.0, 26.0
	height := rowH*float64(len(c.bars)) + 8
	var alt []string
	for _, br := range c.bars {
		alt = append(alt, fmt.Sprintf("%s: %s, %s", br.label.plainText(), br.scoreText, br.status))
	}
	fmt.Fprintf(w, "<figure>\n<svg role=\"img\" aria-labelledby=\"%s-t %s-d\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" xmlns=\"http://www.w3.org/2000/svg\">\n",
		id, id, labelW+barW+70, height, labelW+barW+70, height)
	fmt.Fprintf(w, "<title id=\"%s-t\">%s</title>\n<desc id=\"%s-d\">%s</desc>\n", id, html.EscapeString(c.title), id, html.EscapeString(strings.Join(alt, "; ")))
	for i, br := range c.bars {
		y := 4 + rowH*float64(i)
		fmt.Fprintf(w, "<text x=\"0\" y=\"%.0f\" font-size=\"13\" fill=\"#212121\">%s</text>\n", y+17, html.EscapeString(checklist.Shorten(br.label.plainText(), 42)))
		fmt.Fprintf(w, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"12\" fill=\"#ebebf0\"/>\n", labelW, y+7, barW)
		if v, ok := br.score.Value(); ok {
			fmt.Fprintf(w, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>\n", labelW, y+7, barW*clamp(v/100), svgTone[br.tone])
		}
		if br.threshold != nil {
			x := labelW + barW*clamp(*br.threshold/100)
			fmt.Fprintf(w, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.0f\" y2=\"%.0f\" stroke=\"#781414\" stroke-width=\"2\"/>\n", x, x, y+3, y+23)
		}
		fmt.Fprintf(w, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"13\" font-weight=\"bold\" fill=\"#212121\">%s</text>\n", labelW+barW+8, y+17, html.EscapeString(br.scoreText))
	}
	w.WriteString("</svg>\n")
	if c.minimumNote != "" {
		fmt.Fprintf(w, "<figcaption>%s</figcaption>\n", html.EscapeString(c.minimumNote))
	}
	w.WriteString("</figure>\n")
	hw.table(chartTable(c), c.title)
}

// progressChart draws each score then and now as paired bars, then the
// table of the same numbers with the change.
func (hw *htmlWriter) progressChart(c progressChart) {
	w := hw.w
	hw.chart++
	id := fmt.Sprintf("chart%d", hw.chart)
	const labelW, barW, rowH = 300.0, 300.0, 30.0
	height := rowH*float64(len(c.rows)) + 8
	var alt []string
	for _, r := range c.rows {
		alt = append(alt, fmt.Sprintf("%s: %s → %s (%s)", r.label.plainText(), r.beforeText, r.afterText, r.change))
	}
	fmt.Fprintf(w, "<figure>\n<svg role=\"img\" aria-labelledby=\"%s-t %s-d\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" xmlns=\"http://www.w3.org/2000/svg\">\n",
		id, id, labelW+barW+120, height, labelW+barW+120, height)
	fmt.Fprintf(w, "<title id=\"%s-t\">%s</title>\n<desc id=\"%s-d\">%s</desc>\n", id, html.EscapeString(c.title), id, html.EscapeString(strings.Join(alt, "; ")))
	bar := func(y float64, s scoring.Score, color string) {
		fmt.Fprintf(w, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"9\" fill=\"#ebebf0\"/>\n", labelW, y, barW)
		if v, ok := s.Value(); ok {
			fmt.Fprintf(w, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"9\" fill=\"%s\"/>\n", labelW, y, barW*clamp(v/100), color)
		}
	}
	for i, r := range c.rows {
		y := 4 + rowH*float64(i)
		fmt.Fprintf(w, "<text x=\"0\" y=\"%.0f\" font-size=\"13\" fill=\"#212121\">%s</text>\n", y+17, html.EscapeString(checklist.Shorten(r.label.plainText(), 42)))
		bar(y+5, r.before, "#8a8a9a")
		bar(y+16, r.after, "#4a46c8")
		fmt.Fprintf(w, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"13\" fill=\"#212121\">%s → %s %s</text>\n", labelW+barW+8, y+17,
			html.EscapeString(r.beforeText), html.EscapeString(r.afterText), html.EscapeString(r.change))
	}
	w.WriteString("</svg>\n</figure>\n")
	t := table{header: c.headers[:], right: []bool{false, true, true, true}}
	for _, r := range c.rows {
		t.rows = append(t.rows, []line{r.label, {txt(r.beforeText)}, {txt(r.afterText)}, {txt(r.change)}})
	}
	hw.table(t, c.title)
}
