package report

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"github.com/inclusion-tools/scorecard/scoring"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// PDFOptions are what the PDF needs from outside the report: the time it
// is made (for its metadata; the report never reads the clock) and the
// name of the program, for the producer field.
type PDFOptions struct {
	Created  time.Time
	Producer string
}

// Page geometry, in millimetres (A4).
const (
	pageMargin = 18.0
	lineHeight = 5.0
	fontSize   = 10.0
	listIndent = 6.0
)

// Colours, as RGB.
var (
	colorText    = [3]int{33, 33, 33}
	colorAccent  = [3]int{90, 86, 224}
	colorMuted   = [3]int{110, 110, 110}
	colorRule    = [3]int{210, 210, 215}
	colorTrack   = [3]int{235, 235, 240}
	colorGood    = [3]int{46, 158, 91}
	colorWarn    = [3]int{201, 138, 0}
	colorBad     = [3]int{208, 65, 58}
	colorMinimum = [3]int{120, 20, 20}
)

// WritePDF writes the report as an A4 PDF, with the same content as the
// Markdown report. Text the embedded fonts cannot draw (emoji, rare
// scripts) is replaced by "?", so no input text can make it fail.
func (rep *Report) WritePDF(w io.Writer, opts PDFOptions) error {
	pr := rep.File.Practice
	author := strings.Join(pr.Assessors, ", ")
	if author == "" {
		author = pr.Organisation
	}
	return writePDF(w, rep.document(), pdfMeta{
		title:    "Self-assessment: " + pr.Name,
		author:   author,
		subject:  rep.Framework.Title + ": self-assessment report",
		keywords: "refugee inclusion, self-assessment, " + rep.Framework.ID,
		lang:     rep.Framework.Language,
		footer:   pr.Name,
	}, opts)
}

// pdfMeta is what a PDF says about itself.
type pdfMeta struct {
	title, author, subject, keywords, lang, footer string
}

func writePDF(w io.Writer, doc []block, meta pdfMeta, opts PDFOptions) error {
	cover, err := newCoverage(goregular.TTF)
	if err != nil {
		return err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pw := &pdfWriter{pdf: pdf, cover: cover}
	pdf.AddUTF8FontFromBytes("Go", "", goregular.TTF)
	pdf.AddUTF8FontFromBytes("Go", "B", gobold.TTF)
	pdf.AddUTF8FontFromBytes("Go", "I", goitalic.TTF)
	pdf.SetMargins(pageMargin, pageMargin, pageMargin)
	pdf.SetAutoPageBreak(true, pageMargin+4)
	pdf.AliasNbPages("{nb}")

	pdf.SetTitle(pw.clean(meta.title), true)
	if meta.author != "" {
		pdf.SetAuthor(pw.clean(meta.author), true)
	}
	pdf.SetSubject(pw.clean(meta.subject), true)
	pdf.SetKeywords(pw.clean(meta.keywords), true)
	if opts.Producer != "" {
		pdf.SetCreator(pw.clean(opts.Producer), true)
		pdf.SetProducer(pw.clean(opts.Producer), true)
	}
	pdf.SetLang(meta.lang)
	if !opts.Created.IsZero() {
		pdf.SetCreationDate(opts.Created)
		pdf.SetModificationDate(opts.Created)
	}
	footer := pw.clean(shorten(meta.footer, 70))
	pdf.SetFooterFunc(func() {
		pdf.SetY(-pageMargin + 2)
		pdf.SetFont("Go", "", 8)
		pw.color(colorMuted)
		pdf.CellFormat(0, 4, footer, "", 0, "L", false, 0, "")
		pdf.CellFormat(0, 4, fmt.Sprintf("Page %d of {nb}", pdf.PageNo()), "", 0, "R", false, 0, "")
	})
	pdf.AddPage()

	for _, bl := range doc {
		pw.block(bl)
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
	}
	return pdf.Output(w)
}

type pdfWriter struct {
	pdf   *fpdf.Fpdf
	cover *coverage
}

func (pw *pdfWriter) color(c [3]int) { pw.pdf.SetTextColor(c[0], c[1], c[2]) }

// clean makes text safe for the fonts: control characters go, and
// characters the font has no glyph for (fpdf cannot draw characters
// beyond the Basic Multilingual Plane at all) become "?".
func (pw *pdfWriter) clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		case r > 0xFFFF || !pw.cover.has(r):
			return '?'
		}
		return r
	}, s)
}

// space returns the room left on the page, in millimetres.
func (pw *pdfWriter) space() float64 {
	_, h := pw.pdf.GetPageSize()
	return h - pageMargin - 4 - pw.pdf.GetY()
}

// need starts a new page unless mm millimetres are left: used to keep a
// heading with what follows it, and a table row or a chart together.
func (pw *pdfWriter) need(mm float64) {
	if pw.space() < mm {
		pw.pdf.AddPage()
	}
}

func (pw *pdfWriter) block(bl block) {
	pdf := pw.pdf
	switch bl := bl.(type) {
	case heading:
		pw.heading(bl)
	case para:
		pdf.SetFont("Go", "", fontSize)
		for _, l := range bl.lines {
			pw.writeLine(l, pageMargin)
		}
		pdf.Ln(2)
	case list:
		for n, item := range bl.items {
			pw.need(lineHeight * 2)
			marker := "•"
			if bl.ordered {
				marker = fmt.Sprintf("%d.", n+1)
			}
			pdf.SetFont("Go", "", fontSize)
			pw.color(colorText)
			pdf.SetX(pageMargin)
			pdf.CellFormat(listIndent, lineHeight, marker, "", 0, "L", false, 0, "")
			for i, l := range item {
				if i > 0 {
					pdf.SetX(pageMargin + listIndent)
				}
				pw.writeLine(l, pageMargin+listIndent)
			}
			pdf.Ln(1)
		}
		pdf.Ln(1.5)
	case table:
		pw.table(bl)
	case scoreChart:
		pw.chart(bl)
	case keep:
		pw.need(bl.mm)
	case fields:
		pdf.SetFont("Go", "B", fontSize)
		pw.color(colorText)
		pw.drawColor(colorRule)
		pdf.SetLineWidth(0.3)
		for _, l := range bl.labels {
			pw.need(10)
			y := pdf.GetY() + 3
			label := pw.clean(l)
			pdf.SetXY(pageMargin, y)
			pdf.CellFormat(38, lineHeight, label, "", 0, "L", false, 0, "")
			pdf.Line(pageMargin+38, y+lineHeight, pageMargin+pw.width(), y+lineHeight)
			pdf.SetXY(pageMargin, y+lineHeight+1.5)
		}
		pdf.Ln(3)
	case choices:
		pw.need(lineHeight + 2)
		pdf.SetFont("Go", "", fontSize)
		pw.color(colorText)
		left := pageMargin + listIndent
		right := pageMargin + pw.width()
		x, y := left, pdf.GetY()+0.5
		pw.drawColor(colorMuted)
		pdf.SetLineWidth(0.3)
		for _, o := range bl.options {
			label := pw.clean(o)
			w := 5 + pdf.GetStringWidth(label) + 8
			if x > left && x+w-8 > right { // wrap the boxes onto the next line
				x, y = left, y+lineHeight+1.5
			}
			pdf.Rect(x, y+0.6, 3.6, 3.6, "D")
			pdf.SetXY(x+5, y)
			pdf.CellFormat(pdf.GetStringWidth(label)+2, lineHeight, label, "", 0, "L", false, 0, "")
			x += w
		}
		pdf.SetXY(pageMargin, y+lineHeight+2.5)
	case ruled:
		pw.need(float64(bl.lines) * 8)
		pw.drawColor(colorRule)
		pdf.SetLineWidth(0.3)
		for range bl.lines {
			y := pdf.GetY() + 7
			pdf.Line(pageMargin, y, pageMargin+pw.width(), y)
			pdf.SetY(y)
		}
		pdf.Ln(4)
	}
}

func (pw *pdfWriter) heading(h heading) {
	pdf := pw.pdf
	size := map[int]float64{1: 18, 2: 14, 3: 11.5}[h.level]
	keep := map[int]float64{1: 40, 2: 40, 3: 30}[h.level]
	if h.level == 2 && pdf.GetY() > pageMargin+1 {
		pdf.Ln(3)
	}
	pw.need(keep)
	text := pw.clean(h.text)
	if h.level > 1 {
		pdf.Bookmark(text, h.level-2, -1)
	}
	pdf.SetFont("Go", "B", size)
	if h.level <= 2 {
		pw.color(colorAccent)
	} else {
		pw.color(colorText)
	}
	pdf.MultiCell(0, size*0.5, text, "", "L", false)
	if h.level == 2 {
		x, y := pdf.GetX(), pdf.GetY()+0.8
		pw.drawColor(colorRule)
		pdf.SetLineWidth(0.3)
		pw.pdf.Line(x, y, x+pw.width(), y)
		pdf.Ln(2.5)
	} else {
		pdf.Ln(1.5)
	}
	pw.color(colorText)
}

func (pw *pdfWriter) drawColor(c [3]int) { pw.pdf.SetDrawColor(c[0], c[1], c[2]) }
func (pw *pdfWriter) fillColor(c [3]int) { pw.pdf.SetFillColor(c[0], c[1], c[2]) }

// width is the width between the margins.
func (pw *pdfWriter) width() float64 {
	w, _ := pw.pdf.GetPageSize()
	return w - 2*pageMargin
}

// writeLine writes spans that wrap at the right margin and continue at
// left, then ends the line.
func (pw *pdfWriter) writeLine(l line, left float64) {
	pdf := pw.pdf
	pdf.SetLeftMargin(left)
	if pdf.GetX() < left {
		pdf.SetX(left)
	}
	for _, s := range l {
		style := map[spanStyle]string{plain: "", bold: "B", italic: "I"}[s.style]
		pdf.SetFont("Go", style, fontSize)
		if s.style == italic {
			pw.color(colorMuted)
		} else {
			pw.color(colorText)
		}
		pdf.Write(lineHeight, pw.clean(s.text))
	}
	pdf.Ln(lineHeight)
	pdf.SetLeftMargin(pageMargin)
	pw.color(colorText)
}

func (pw *pdfWriter) table(t table) {
	pdf := pw.pdf
	n := len(t.header)
	widths := make([]float64, n)
	total := pw.width()
	switch n {
	case 2:
		if t.header[0] == "" {
			widths[0] = 42
		} else {
			widths[0] = total - 32
		}
		widths[1] = total - widths[0]
	default:
		rest := 22.0
		widths[0] = total - rest*float64(n-1)
		for i := 1; i < n; i++ {
			widths[i] = rest
		}
	}
	lh := 4.6
	row := func(cells []string, head bool) {
		lines := make([][]string, n)
		height := 0
		for i, c := range cells {
			if head {
				pdf.SetFont("Go", "B", 9)
			} else if i == 0 && t.header[0] == "" {
				pdf.SetFont("Go", "B", 9)
			} else {
				pdf.SetFont("Go", "", 9)
			}
			lines[i] = pdf.SplitText(pw.clean(c), widths[i]-2)
			height = max(height, len(lines[i]))
		}
		h := float64(max(height, 1))*lh + 1.6
		pw.need(h)
		y := pdf.GetY()
		x := pageMargin
		for i := range cells {
			style := ""
			if head || (i == 0 && t.header[0] == "") {
				style = "B"
			}
			pdf.SetFont("Go", style, 9)
			align := "L"
			if i < len(t.right) && t.right[i] {
				align = "R"
			}
			for j, ln := range lines[i] {
				pdf.SetXY(x+1, y+0.8+float64(j)*lh)
				pdf.CellFormat(widths[i]-2, lh, ln, "", 0, align, false, 0, "")
			}
			x += widths[i]
		}
		pw.drawColor(colorRule)
		pdf.SetLineWidth(0.2)
		pdf.Line(pageMargin, y+h, pageMargin+total, y+h)
		pdf.SetXY(pageMargin, y+h)
	}
	if t.header[0] != "" || t.header[1] != "" {
		row(t.header, true)
	}
	for _, r := range t.rows {
		row(r, false)
	}
	pdf.Ln(3)
}

// chart draws one bar per score on a 0-100 scale, with the minimum score
// marked by a dark line across the bar, the score and its status beside.
func (pw *pdfWriter) chart(c scoreChart) {
	pdf := pw.pdf
	const (
		labelW = 74.0
		barW   = 58.0
		scoreW = 13.0
		rowH   = 7.0
		barH   = 3.6
	)
	hasMinimum := false
	for _, br := range c.bars {
		hasMinimum = hasMinimum || br.threshold != nil
	}
	// Labels wrap to two lines at most; a row grows to fit.
	pdf.SetFont("Go", "", 9)
	labels := make([][]string, len(c.bars))
	total := 6.0
	for i, br := range c.bars {
		l := pdf.SplitText(pw.clean(br.label), labelW-2)
		if len(l) > 2 {
			l = []string{l[0], strings.TrimSpace(l[1]) + "…"}
		}
		labels[i] = l
		total += rowH + float64(len(l)-1)*4
	}
	if hasMinimum {
		total += 5
	}
	pw.need(total)
	pdf.SetFont("Go", "B", 8.5)
	pw.color(colorMuted)
	pdf.SetX(pageMargin)
	pdf.CellFormat(labelW, 4, pw.clean(c.labelHeader), "", 0, "L", false, 0, "")
	pdf.CellFormat(barW, 4, "0 – 100", "", 0, "C", false, 0, "")
	pdf.CellFormat(scoreW, 4, "Score", "", 0, "R", false, 0, "")
	pdf.CellFormat(0, 4, "  "+pw.clean(c.statusHeader), "", 1, "L", false, 0, "")
	for i, br := range c.bars {
		y := pdf.GetY()
		h := rowH + float64(len(labels[i])-1)*4
		pdf.SetFont("Go", "", 9)
		pw.color(colorText)
		for j, l := range labels[i] {
			pdf.SetXY(pageMargin, y+1.2+float64(j)*4)
			pdf.CellFormat(labelW, 4.5, l, "", 0, "L", false, 0, "")
		}

		bx, by := pageMargin+labelW, y+(rowH-barH)/2
		pw.fillColor(colorTrack)
		pdf.Rect(bx, by, barW, barH, "F")
		if v, ok := br.score.Value(); ok {
			pw.fillColor(barColor(br))
			pdf.Rect(bx, by, barW*clamp(v/100), barH, "F")
		}
		if br.threshold != nil {
			tx := bx + barW*clamp(*br.threshold/100)
			pw.drawColor(colorMinimum)
			pdf.SetLineWidth(0.6)
			pdf.Line(tx, by-1.2, tx, by+barH+1.2)
		}
		pdf.SetXY(bx+barW, y+1.2)
		pdf.SetFont("Go", "B", 9)
		pdf.CellFormat(scoreW, 4.5, br.score.String(), "", 0, "R", false, 0, "")
		pdf.SetFont("Go", "", 9)
		pw.color(colorMuted)
		pdf.CellFormat(0, 4.5, "  "+pw.clean(br.status), "", 0, "L", false, 0, "")
		pdf.SetXY(pageMargin, y+h)
	}
	if hasMinimum {
		pdf.SetFont("Go", "I", 8)
		pw.color(colorMuted)
		pdf.SetX(pageMargin + labelW)
		pdf.CellFormat(0, 4, "The dark line across each bar marks its minimum score.", "", 1, "L", false, 0, "")
	}
	pw.color(colorText)
	pdf.Ln(3)
}

func barColor(br bar) [3]int {
	switch br.status {
	case verdictWords(scoring.Comprehensive), "passed":
		return colorGood
	case verdictWords(scoring.Improve):
		return colorWarn
	}
	return colorBad
}

func clamp(x float64) float64 { return max(0, min(1, x)) }

// coverage tells which characters a font can draw.
type coverage struct {
	font  *sfnt.Font
	buf   sfnt.Buffer
	known map[rune]bool
}

func newCoverage(ttf []byte) (*coverage, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("pdf font: %w", err)
	}
	return &coverage{font: f, known: map[rune]bool{}}, nil
}

func (c *coverage) has(r rune) bool {
	if r < 0x7F {
		return r >= 0x20
	}
	ok, seen := c.known[r]
	if !seen {
		i, err := c.font.GlyphIndex(&c.buf, r)
		ok = err == nil && i != 0
		c.known[r] = ok
	}
	return ok
}
