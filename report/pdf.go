package report

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"

	"github.com/inclusion-tools/scorecard/checklist"
)

// PDFOptions are what the PDF needs from outside the report: the time it
// is made (for its metadata; the report never reads the clock) and the
// name of the program, for the producer field.
type PDFOptions struct {
	Created  time.Time
	Producer string

	trace *pdfTrace // for tests: where headings and lines were drawn
}

// PDFResult says what the PDF could not draw.
type PDFResult struct {
	// Replaced are the characters no embedded font can draw (emoji, rare
	// scripts), in the order met; each was drawn as "?".
	Replaced []rune
}

// Page geometry, in millimetres (A4).
const (
	pageMargin = 18.0
	pageBottom = 297 - pageMargin - 4
	lineHeight = 5.0
	fontSize   = 10.0
	listIndent = 6.0
)

// Colours, as RGB.
var (
	colorText    = [3]int{33, 33, 33}
	colorAccent  = [3]int{74, 70, 200}
	colorMuted   = [3]int{95, 95, 95}
	colorRule    = [3]int{210, 210, 215}
	colorTrack   = [3]int{235, 235, 240}
	colorMinimum = [3]int{120, 20, 20}
	colorThen    = [3]int{170, 170, 185}
	toneColors   = map[tone][3]int{toneGood: {46, 158, 91}, toneFair: {201, 138, 0}, tonePoor: {208, 65, 58}, toneNone: {160, 160, 160}}
)

// WritePDF writes the report as an A4 PDF, with the same content as the
// Markdown and HTML reports. It stops, writing nothing, when ctx is
// cancelled. Characters no embedded font can draw are replaced by "?"
// and listed in the result, so no input text can make it fail.
func (rep *Report) WritePDF(ctx context.Context, w io.Writer, opts PDFOptions) (PDFResult, error) {
	pr := rep.File.Practice
	author := strings.Join(pr.Assessors, ", ")
	if author == "" {
		author = pr.Organisation
	}
	wd := rep.w
	return writePDF(ctx, w, rep.document(), pdfMeta{
		title:    wd.titleText(pr.Name),
		author:   author,
		subject:  wd.subject(rep.Framework.Title),
		keywords: wd.keywords(rep.Framework.ID),
		lang:     rep.Framework.Language,
		footer:   pr.Name,
	}, wd, opts)
}

// pdfMeta is what a PDF says about itself.
type pdfMeta struct {
	title, author, subject, keywords, lang, footer string
}

type pdfWriter struct {
	ctx      context.Context // checked inside long blocks too
	pdf      *fpdf.Fpdf
	fonts    *fontSet
	w        wording
	seen     map[rune]bool
	replace  []rune
	trace    *pdfTrace
	curFace  *face
	curSize  float64
	curColor [3]int
}

func writePDF(ctx context.Context, w io.Writer, doc []block, meta pdfMeta, wd wording, opts PDFOptions) (PDFResult, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pw := &pdfWriter{ctx: ctx, pdf: pdf, fonts: newFontSet(), w: wd, seen: map[rune]bool{}, trace: opts.trace}
	pdf.SetMargins(pageMargin, pageMargin, pageMargin)
	pdf.SetAutoPageBreak(false, pageMargin+4)
	pdf.AliasNbPages("{nb}")
	pw.fonts.family(0).regular.use(pdf, fontSize)
	pw.curFace, pw.curSize = pw.fonts.family(0).regular, fontSize

	pdf.SetTitle(metaText(meta.title), true)
	if meta.author != "" {
		pdf.SetAuthor(metaText(meta.author), true)
	}
	pdf.SetSubject(metaText(meta.subject), true)
	pdf.SetKeywords(metaText(meta.keywords), true)
	if opts.Producer != "" {
		pdf.SetCreator(metaText(opts.Producer), true)
		pdf.SetProducer(metaText(opts.Producer), true)
	}
	pdf.SetLang(meta.lang)
	if !opts.Created.IsZero() {
		pdf.SetCreationDate(opts.Created)
		pdf.SetModificationDate(opts.Created)
	}
	footer := pw.layoutText(line{usr(checklist.Shorten(oneLine(meta.footer), 70))}, 120, 8)[0]
	pdf.SetFooterFunc(func() { pw.footer(footer) })
	pdf.AddPage()

	for i, bl := range doc {
		if err := ctx.Err(); err != nil {
			return PDFResult{}, err
		}
		pw.block(doc, i, bl)
		if err := pdf.Error(); err != nil {
			return PDFResult{}, fmt.Errorf("pdf: %w", err)
		}
		if pw.fonts.err != nil {
			return PDFResult{}, pw.fonts.err
		}
	}
	if err := ctx.Err(); err != nil {
		return PDFResult{}, err
	}
	if err := pdf.Output(w); err != nil {
		return PDFResult{}, err
	}
	return PDFResult{Replaced: pw.replace}, nil
}

// metaText makes text fit for the PDF's metadata, which viewers show
// themselves (shaping and ordering it): it stays in logical order, loses
// control characters, and characters beyond the Basic Multilingual Plane
// (which fpdf cannot encode there) become U+FFFD.
func metaText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1
		case r > 0xFFFF:
			return '\uFFFD'
		}
		return r
	}, s)
}

// cancelled reports whether the PDF is no longer wanted (Ctrl-C).
func (pw *pdfWriter) cancelled() bool { return pw.ctx != nil && pw.ctx.Err() != nil }

func (pw *pdfWriter) replaced(r rune) {
	if !pw.seen[r] {
		pw.seen[r] = true
		pw.replace = append(pw.replace, r)
	}
}

func (pw *pdfWriter) footer(l textLine) {
	pdf := pw.pdf
	y := 297 - pageMargin + 2
	pw.drawLine(l, pageMargin, y, 120, 8, 4, colorMuted, false)
	num := pw.layoutText(line{txt(pw.w.page(pdf.PageNo()))}, 60, 8)[0]
	pw.drawLine(num, pageMargin+pw.width()-60, y, 60, 8, 4, colorMuted, true)
}

// width is the width between the margins.
func (pw *pdfWriter) width() float64 { return 210 - 2*pageMargin }

// space returns the room left on the page, in millimetres.
func (pw *pdfWriter) space() float64 { return pageBottom - pw.pdf.GetY() }

// need starts a new page unless mm millimetres are left.
func (pw *pdfWriter) need(mm float64) {
	if pw.space() < mm && pw.pdf.GetY() > pageMargin+1 {
		pw.pdf.AddPage()
	}
}

func (pw *pdfWriter) color(c [3]int) {
	if c != pw.curColor {
		pw.pdf.SetTextColor(c[0], c[1], c[2])
		pw.curColor = c
	}
}
func (pw *pdfWriter) drawColor(c [3]int) { pw.pdf.SetDrawColor(c[0], c[1], c[2]) }
func (pw *pdfWriter) fillColor(c [3]int) { pw.pdf.SetFillColor(c[0], c[1], c[2]) }

// drawLine draws a laid-out line in a box at (x, top) of the given width
// and height: right-aligned when it reads right to left or when asked.
// Italic text is drawn muted.
func (pw *pdfWriter) drawLine(tl textLine, x, top, width, size, height float64, c [3]int, alignRight bool) {
	if tl.rtl || alignRight {
		x += width - tl.width
	}
	baseline := top + height*0.5 + size*ptToMM*0.35
	for _, r := range tl.runs {
		if r.face != pw.curFace || size != pw.curSize {
			r.face.use(pw.pdf, size)
			pw.curFace, pw.curSize = r.face, size
		}
		if r.style == italic {
			pw.color(colorMuted)
		} else {
			pw.color(c)
		}
		if r.actual != "" {
			pw.pdf.RawWriteStr("/Span <</ActualText <FEFF" + utf16Hex(r.actual) + ">>> BDC")
		}
		pw.pdf.Text(x, baseline, r.text)
		if r.actual != "" {
			pw.pdf.RawWriteStr("EMC")
		}
		x += r.width
	}
}

// drawLines draws lines one under another from the current position,
// starting a new page when one does not fit.
func (pw *pdfWriter) drawLines(lines []textLine, x, width, size, lh float64, c [3]int) {
	pdf := pw.pdf
	for i, tl := range lines {
		if i%64 == 63 && pw.cancelled() {
			return
		}
		if pw.space() < lh {
			pdf.AddPage()
		}
		y := pdf.GetY()
		pw.drawLine(tl, x, y, width, size, lh, c, false)
		pw.trace.line(pdf.PageNo(), y)
		pdf.SetY(y + lh)
	}
}

func (pw *pdfWriter) block(doc []block, i int, bl block) {
	pdf := pw.pdf
	switch bl := bl.(type) {
	case heading:
		pw.heading(bl, pw.keepHeight(doc, i+1))
	case label:
		pw.label(bl, pw.keepHeight(doc, i+1))
	case para:
		for _, l := range bl.lines {
			pw.drawLines(pw.layoutText(l, pw.width(), fontSize), pageMargin, pw.width(), fontSize, lineHeight, colorText)
		}
		pdf.Ln(2)
	case list:
		pw.list(bl)
	case table:
		pw.table(bl)
	case scoreChart:
		pw.chart(bl)
	case progressChart:
		pw.progressChart(bl)
	case keep:
		pw.need(bl.mm)
	case fields:
		pw.fields(bl)
	case choices:
		pw.choices(bl)
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

// headingStyle is the size and colour of a heading level.
func headingStyle(level int) (size float64, c [3]int) {
	switch level {
	case 1:
		return 18, colorAccent
	case 2:
		return 14, colorAccent
	}
	return 11.5, colorText
}

// keepHeight is the room the start of block i needs on the page of the
// heading before it: at least two lines of it (a heading's own height
// plus what it keeps, for a heading that follows a heading).
func (pw *pdfWriter) keepHeight(doc []block, i int) float64 {
	for i < len(doc) {
		if _, ok := doc[i].(keep); !ok {
			break
		}
		i++
	}
	if i >= len(doc) {
		return 0
	}
	switch bl := doc[i].(type) {
	case heading:
		size, _ := headingStyle(bl.level)
		n := len(pw.layoutText(bl.text.styled(bold), pw.width(), size))
		return float64(n)*size*0.5 + 4 + pw.keepHeight(doc, i+1)
	case label:
		return lineHeight + 1.5 + pw.keepHeight(doc, i+1)
	case para:
		n := 0
		for _, l := range bl.lines {
			n += len(pw.layoutText(l, pw.width(), fontSize))
			if n >= 2 {
				break
			}
		}
		h := float64(min(n, 2)) * lineHeight
		if n < 2 {
			// A one-line paragraph ("Compared with …"): keep what follows
			// it too.
			h += 2 + pw.firstHeight(doc, i+1)
		}
		return h
	case list:
		// Each item starts on a page with room for two of its lines (see
		// list): keep the first item, and the second when the first has
		// one line only.
		h := 0.0
		for k, item := range bl.items {
			n := 0
			for _, l := range item {
				n += len(pw.layoutText(l, pw.width()-listIndent, fontSize))
			}
			h += float64(min(n, 2))*lineHeight + float64(k)
			if n >= 2 || k == 1 {
				break
			}
		}
		return h
	case table:
		h := 0.0
		rows := bl.rows
		if bl.header != nil {
			h += pw.rowHeight(bl, headerRow(bl.header))
		}
		if !bl.whole && len(rows) > 0 {
			rows = rows[:1]
		}
		for _, r := range rows {
			h += pw.rowHeight(bl, r)
		}
		return h
	case scoreChart:
		return pw.chartHeight(bl)
	case progressChart:
		return progressHeight(bl)
	}
	return 0
}

// firstHeight is the room the first line of block i takes (all of a
// chart, which is never split), or 0 for a heading or the end.
func (pw *pdfWriter) firstHeight(doc []block, i int) float64 {
	if i >= len(doc) {
		return 0
	}
	switch bl := doc[i].(type) {
	case para, list:
		return lineHeight
	case table:
		if bl.header != nil {
			return pw.rowHeight(bl, headerRow(bl.header))
		}
		if len(bl.rows) > 0 {
			return pw.rowHeight(bl, bl.rows[0])
		}
	case scoreChart:
		return pw.chartHeight(bl)
	case progressChart:
		return progressHeight(bl)
	}
	return 0
}

func (pw *pdfWriter) heading(h heading, keepWith float64) {
	pdf := pw.pdf
	size, c := headingStyle(h.level)
	if h.level == 2 && pdf.GetY() > pageMargin+1 {
		pdf.Ln(3)
	}
	lines := pw.layoutText(h.text.styled(bold), pw.width(), size)
	lh := size * 0.5
	pw.need(float64(len(lines))*lh + 4 + keepWith)
	if h.level > 1 {
		pdf.Bookmark(metaText(h.text.plainText()), h.level-2, -1)
	}
	pw.trace.heading(pdf.PageNo(), pdf.GetY(), h.text.plainText())
	pw.untraced(func() { pw.drawLines(lines, pageMargin, pw.width(), size, lh, c) })
	if h.level == 2 {
		y := pdf.GetY() + 0.8
		pw.drawColor(colorRule)
		pdf.SetLineWidth(0.3)
		pdf.Line(pageMargin, y, pageMargin+pw.width(), y)
		pdf.Ln(2.5)
	} else {
		pdf.Ln(1.5)
	}
}

func (pw *pdfWriter) label(l label, keepWith float64) {
	lines := pw.layoutText(l.text.styled(bold), pw.width(), fontSize)
	pw.need(float64(len(lines))*lineHeight + labelGap + keepWith)
	pw.trace.heading(pw.pdf.PageNo(), pw.pdf.GetY(), l.text.plainText())
	pw.untraced(func() { pw.drawLines(lines, pageMargin, pw.width(), fontSize, lineHeight, colorText) })
	pw.pdf.Ln(labelGap)
}

// labelGap is the space under a label, before what it labels.
const labelGap = 1

func (pw *pdfWriter) list(bl list) {
	pdf := pw.pdf
	for n, item := range bl.items {
		var lines []textLine
		for _, l := range item {
			lines = append(lines, pw.layoutText(l, pw.width()-listIndent, fontSize)...)
		}
		pw.need(float64(min(len(lines), 2)) * lineHeight)
		switch {
		case bl.boxed:
			// A box to tick, drawn: the fonts have no ballot box.
			pw.drawColor(colorMuted)
			pdf.SetLineWidth(0.3)
			pdf.Rect(pageMargin+0.5, pdf.GetY()+0.6, 3.6, 3.6, "D")
		default:
			marker := "•"
			if bl.ordered {
				marker = pw.w.p.Sprintf("%d.", n+1)
			}
			pw.drawLine(pw.layoutText(line{txt(marker)}, listIndent, fontSize)[0], pageMargin, pdf.GetY(), listIndent, fontSize, lineHeight, colorText, false)
		}
		pw.drawLines(lines, pageMargin+listIndent, pw.width()-listIndent, fontSize, lineHeight, colorText)
		pdf.Ln(1)
	}
	pdf.Ln(1.5)
}

func (pw *pdfWriter) fields(bl fields) {
	pdf := pw.pdf
	pw.drawColor(colorRule)
	pdf.SetLineWidth(0.3)
	for _, l := range bl.labels {
		pw.need(10)
		y := pdf.GetY() + 3
		pw.drawLine(pw.layoutText(line{b(l)}, 38, fontSize)[0], pageMargin, y, 38, fontSize, lineHeight, colorText, false)
		pdf.Line(pageMargin+38, y+lineHeight, pageMargin+pw.width(), y+lineHeight)
		pdf.SetY(y + lineHeight + 1.5)
	}
	pdf.Ln(3)
}

func (pw *pdfWriter) choices(bl choices) {
	pdf := pw.pdf
	pw.need(lineHeight + 2)
	left := pageMargin + listIndent
	right := pageMargin + pw.width()
	x, y := left, pdf.GetY()+0.5
	pw.drawColor(colorMuted)
	pdf.SetLineWidth(0.3)
	for _, o := range bl.options {
		tl := pw.layoutText(line{txt(o)}, 80, fontSize)[0]
		w := 5 + tl.width + 8
		if x > left && x+w-8 > right { // wrap the boxes onto the next line
			x, y = left, y+lineHeight+1.5
		}
		pdf.Rect(x, y+0.6, 3.6, 3.6, "D")
		pw.drawLine(tl, x+5, y, tl.width+2, fontSize, lineHeight, colorText, false)
		x += w
	}
	pdf.SetY(y + lineHeight + 2.5)
}

// pdfTrace records where headings and lines were drawn, for tests.
type pdfTrace struct {
	events []traceEvent
	// rows are the rows of each table with a header, in order: the page
	// each starts on, and whether it is a header row.
	rows [][]tableRowEvent
}

type tableRowEvent struct {
	page   int
	header bool
}

// table starts the record of a table's rows.
func (t *pdfTrace) table() {
	if t != nil {
		t.rows = append(t.rows, nil)
	}
}

func (t *pdfTrace) tableRow(page int, header bool) {
	if t != nil && len(t.rows) > 0 {
		t.rows[len(t.rows)-1] = append(t.rows[len(t.rows)-1], tableRowEvent{page, header})
	}
}

type traceEvent struct {
	heading bool
	text    string
	page    int
	y       float64
}

func (t *pdfTrace) heading(page int, y float64, text string) {
	if t != nil {
		t.events = append(t.events, traceEvent{heading: true, text: text, page: page, y: y})
	}
}

func (t *pdfTrace) line(page int, y float64) {
	if t != nil {
		t.events = append(t.events, traceEvent{page: page, y: y})
	}
}

// utf16Hex writes text as the hexadecimal UTF-16BE of a PDF string.
func utf16Hex(s string) string {
	var sb strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	return sb.String()
}

// untraced runs f without recording lines (a heading's own lines).
func (pw *pdfWriter) untraced(f func()) {
	t := pw.trace
	pw.trace = nil
	f()
	pw.trace = t
}

// ReplacedList writes replaced characters for a message: "🌍 (U+1F30D)".
func ReplacedList(rs []rune) string {
	parts := make([]string, 0, len(rs))
	for _, r := range rs {
		parts = append(parts, fmt.Sprintf("%c (U+%04X)", r, r))
	}
	return strings.Join(parts, ", ")
}
