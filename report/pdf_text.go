package report

import (
	"strings"
	"unicode"

	"github.com/inclusion-tools/scorecard/report/internal/arabic"
	"golang.org/x/text/unicode/bidi"
)

// The PDF's text engine. fpdf draws a string in one font, left to right,
// one glyph per character; everything else happens here, in time linear
// in the text:
//
//  1. each character gets the first font family that draws it (others
//     are replaced, and remembered for the command's warning);
//  2. Arabic script is shaped into its joined forms (internal/arabic);
//  3. words are measured and filled into lines, and a word longer than a
//     line is broken between characters;
//  4. each line is put in visual order by the Unicode bidirectional
//     algorithm (golang.org/x/text/unicode/bidi resolves the runs; the
//     reordering of rule L2 is done here, since that package does not
//     reorder), so right-to-left text reads right to left;
//  5. the line is drawn as runs of one font and colour.

// glyph is one character to draw, with how to draw it.
type glyph struct {
	r     rune
	face  *face
	style spanStyle
	width float64 // in ems
	iso   int32   // the user span it comes from, counting from 1; 0 for other text
	src   int32   // where it comes from in the line's text
	n     int32   // how many characters of the text it stands for (2 for lam-alef)
	// orig is the character it draws before shaping: its bidi class is
	// the letter's (a private-use form would read left to right).
	orig rune
}

// textRun is a stretch of a line in one face and style, in visual order.
type textRun struct {
	text  string
	face  *face
	style spanStyle
	width float64 // in millimetres
	// actual is the text the run stands for, in logical order, when it
	// differs from what is drawn (shaped, reordered or replaced
	// characters): the PDF gives it as the run's ActualText, so that
	// copying and searching find the letters as they were written.
	actual string
}

// textLine is one laid-out line.
type textLine struct {
	runs  []textRun
	width float64 // in millimetres
	rtl   bool    // the paragraph reads right to left: align it right
}

const ptToMM = 25.4 / 72

// replacement stands for a character no font can draw.
const replacement = '?'

// layoutText lays a line of spans out in lines at most width millimetres
// wide, at the given font size. A line made only of user text takes its
// direction from its first strong character (as HTML's dir="auto" does);
// other lines read left to right.
func (pw *pdfWriter) layoutText(l line, width, size float64) []textLine {
	gs, auto, text := pw.glyphs(l)
	if len(gs) == 0 {
		return []textLine{{}}
	}
	rtl := auto && firstStrongRTL(gs)
	scale := size * ptToMM
	var out []textLine
	start, lineW := 0, 0.0
	// lastBreak is where the current line can end: after a space.
	lastBreak := -1
	for i := 0; i < len(gs); i++ {
		if i&0xFFFF == 0xFFFF && pw.cancelled() {
			return []textLine{{}}
		}
		w := gs[i].width * scale
		if gs[i].r == ' ' {
			lineW += w
			lastBreak = i + 1
			continue
		}
		if lineW+w <= width || i == start {
			lineW += w
			continue
		}
		// The character does not fit: end the line at the last space, or
		// break the word here (but never before a mark).
		end := lastBreak
		if end <= start {
			end = i
			for end > start+1 && isMark(gs[end].r) {
				end--
			}
		}
		out = append(out, pw.visualLine(gs[start:end], text, scale, rtl))
		start = end
		for start < len(gs) && gs[start].r == ' ' {
			start++
		}
		lineW = 0
		for j := start; j < i; j++ {
			lineW += gs[j].width * scale
		}
		lastBreak = -1
		i--
	}
	if start < len(gs) || len(out) == 0 {
		out = append(out, pw.visualLine(gs[start:], text, scale, rtl))
	}
	return out
}

// glyphs turns spans into characters with their faces, shaping Arabic
// script. It also reports whether the spans are all user text, and
// returns the text the glyphs come from.
func (pw *pdfWriter) glyphs(l line) ([]glyph, bool, []rune) {
	size := 0
	for _, sp := range l {
		size += len(sp.text)
	}
	rs := make([]rune, 0, size)
	styles := make([]spanStyle, 0, size)
	isos := make([]int32, 0, size)
	auto, hasArabic := true, false
	for n, sp := range l {
		if sp.text == "" {
			continue
		}
		auto = auto && sp.user
		iso := int32(0)
		if sp.user {
			iso = int32(n + 1)
		}
		for _, r := range sp.text {
			switch {
			case r == '\t' || r == '\n' || r == '\r' || r == '\u00A0' || r == '\u2028' || r == '\u2029':
				r = ' '
			case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) && r != '\u200D':
				continue // format and control characters: bidi controls, BOM, zero widths
			}
			hasArabic = hasArabic || arabic.IsArabic(r)
			rs = append(rs, r)
			styles = append(styles, sp.style)
			isos = append(isos, iso)
		}
	}
	text := rs
	src := []int(nil)
	if hasArabic {
		rs, src = arabic.Shape(rs, pw.fonts.arabicForm)
	}
	gs := make([]glyph, 0, len(rs))
	for i, r := range rs {
		from, n := i, 1
		if src != nil {
			from = src[i]
			if i+1 < len(src) {
				n = src[i+1] - from
			} else {
				n = len(text) - from
			}
		}
		st, iso := styles[from], isos[from]
		if auto {
			// A line of user text only is its own paragraph.
			iso = 0
		}
		fm := pw.fonts.familyFor(r)
		if fm == nil || r > 0xFFFF {
			pw.replaced(r)
			r, fm = replacement, pw.fonts.family(0)
		}
		f := fm.face(st)
		w := f.width(r)
		if w < 0 {
			w = 0
		}
		gs = append(gs, glyph{r: r, face: f, style: st, width: w, iso: iso, src: int32(from), n: int32(n), orig: text[from]})
	}
	return gs, auto, text
}

func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) }

// isRTL reports whether r is a strong right-to-left character.
func isRTL(r rune) bool {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	return c == bidi.R || c == bidi.AL
}

func firstStrongRTL(gs []glyph) bool {
	for _, g := range gs {
		p, _ := bidi.LookupRune(g.orig)
		switch p.Class() {
		case bidi.R, bidi.AL:
			return true
		case bidi.L:
			return false
		}
	}
	return false
}

// visualLine trims a line's spaces, puts it in visual order and groups
// it into runs.
func (pw *pdfWriter) visualLine(gs []glyph, text []rune, scale float64, rtl bool) textLine {
	for len(gs) > 0 && gs[len(gs)-1].r == ' ' {
		gs = gs[:len(gs)-1]
	}
	for len(gs) > 0 && gs[0].r == ' ' {
		gs = gs[1:]
	}
	gs = reorder(gs, rtl)
	tl := textLine{rtl: rtl}
	var sb strings.Builder
	for i, g := range gs {
		if i == 0 || g.face != gs[i-1].face || g.style != gs[i-1].style {
			if i > 0 {
				tl.runs[len(tl.runs)-1].text = sb.String()
				sb.Reset()
			}
			tl.runs = append(tl.runs, textRun{face: g.face, style: g.style})
		}
		sb.WriteRune(g.r)
		w := g.width * scale
		tl.runs[len(tl.runs)-1].width += w
		tl.width += w
	}
	if len(tl.runs) > 0 {
		tl.runs[len(tl.runs)-1].text = sb.String()
	}
	at := 0
	for i := range tl.runs {
		n := len([]rune(tl.runs[i].text))
		tl.runs[i].actual = actualText(gs[at:at+n], text)
		at += n
	}
	return tl
}

// actualText is the text a run of glyphs stands for, or "" when that is
// just what the glyphs draw. It keeps the drawing order, as text
// extraction expects of a run's glyphs (a viewer puts right-to-left runs
// back in logical order itself), and gives each shaped or replaced glyph
// the characters it stands for: a letter for its presentation form, lam
// and alef for their ligature (in visual order, alef first).
func actualText(gs []glyph, text []rune) string {
	plain := true
	for _, g := range gs {
		if g.n != 1 || int(g.src) >= len(text) || text[g.src] != g.r && !isMirror(text[g.src], g.r) {
			plain = false
			break
		}
	}
	if plain {
		return ""
	}
	out := make([]rune, 0, len(gs))
	for _, g := range gs {
		end := min(int(g.src+g.n), len(text))
		switch {
		case int(g.src) >= end || isMirror(text[g.src], g.r):
			out = append(out, g.r)
		case g.n > 1:
			for k := end - 1; k >= int(g.src); k-- {
				out = append(out, text[k])
			}
		default:
			out = append(out, text[g.src])
		}
	}
	return string(out)
}

func isMirror(a, b rune) bool { m, ok := mirror[a]; return ok && m == b }

// reorder puts a line's characters in visual order (rules L2 to L4 of
// the bidirectional algorithm). Each piece of user text is an isolate, as
// HTML's <bdi> makes it: it takes its own direction from its first strong
// character and moves as a block in the sentence around it. Lines without
// right-to-left characters are left as they are.
func reorder(gs []glyph, rtl bool) []glyph {
	hasRTL := rtl
	for _, g := range gs {
		if hasRTL {
			break
		}
		hasRTL = isRTL(g.orig)
	}
	if !hasRTL {
		return gs
	}
	units, outer, isolate := bidiUnits(gs)
	levels := bidiLevels(outer, rtl)
	// L4: mirrored characters in right-to-left runs.
	for i, u := range units {
		if levels[i]%2 == 1 && !isolate[i] {
			if m, ok := mirror[u[0].r]; ok {
				u[0].r = m
			}
		}
	}
	reverseLevels(units, levels)
	out := make([]glyph, 0, len(gs))
	for _, u := range units {
		out = append(out, u...)
	}
	return out
}

// bidiUnits splits a line into what the reordering moves: a letter with
// its marks, or a whole user-text isolate already in its own visual
// order. outer holds a character per unit for resolving levels (an
// isolate counts as a neutral object).
func bidiUnits(gs []glyph) (units [][]glyph, outer []rune, isolate []bool) {
	for i := 0; i < len(gs); {
		g := gs[i]
		if g.iso != 0 {
			j := i
			for j < len(gs) && gs[j].iso == g.iso {
				j++
			}
			inner := make([]glyph, j-i)
			copy(inner, gs[i:j])
			for k := range inner {
				inner[k].iso = 0
			}
			units = append(units, reorder(inner, firstStrongRTL(inner)))
			outer = append(outer, '\uFFFC') // an object: neutral around it
			isolate = append(isolate, true)
			i = j
			continue
		}
		if isMark(g.r) && len(units) > 0 && !isolate[len(isolate)-1] {
			units[len(units)-1] = append(units[len(units)-1], g)
			i++
			continue
		}
		units = append(units, []glyph{g})
		outer = append(outer, g.orig)
		isolate = append(isolate, false)
		i++
	}
	return units, outer, isolate
}

// reverseLevels applies rule L2: from the highest level down to the
// lowest odd one, it reverses every sequence of units at that level or
// above.
func reverseLevels(units [][]glyph, levels []int) {
	maxLevel, minOdd := 0, 99
	for _, lv := range levels {
		maxLevel = max(maxLevel, lv)
		if lv%2 == 1 {
			minOdd = min(minOdd, lv)
		}
	}
	for lv := maxLevel; lv >= minOdd && lv > 0; lv-- {
		for i := 0; i < len(units); {
			if levels[i] < lv {
				i++
				continue
			}
			j := i
			for j < len(units) && levels[j] >= lv {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				units[a], units[b] = units[b], units[a]
				levels[a], levels[b] = levels[b], levels[a]
			}
			i = j
		}
	}
}

var mirror = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹'}

// bidiLevels resolves the embedding level of each character (rules P2 to
// I2) with golang.org/x/text/unicode/bidi. That package reports runs of
// one direction rather than levels; levels follow from the runs: in a
// left-to-right paragraph a right-to-left run is at level 1, and numbers
// after it at level 2; in a right-to-left paragraph every left-to-right
// run is at level 2.
func bidiLevels(rs []rune, rtl bool) []int {
	levels := make([]int, len(rs))
	// The package takes the paragraph's direction from its first strong
	// character unless told it is right to left; a left-to-right mark in
	// front makes a left-to-right paragraph of a line that starts with an
	// Arabic name.
	text, shift, opt := string(rs), 0, bidi.DefaultDirection(bidi.RightToLeft)
	if !rtl {
		text, shift, opt = "\u200E"+text, 1, bidi.DefaultDirection(bidi.LeftToRight)
	}
	var p bidi.Paragraph
	if _, err := p.SetString(text, opt); err != nil {
		return fallbackLevels(rs, rtl)
	}
	o, err := p.Order()
	if err != nil || o.NumRuns() == 0 {
		return fallbackLevels(rs, rtl)
	}
	prevRTL := rtl
	for i := 0; i < o.NumRuns(); i++ {
		run := o.Run(i)
		start, end := run.Pos()
		start, end = max(start-shift, 0), end-shift
		if end >= len(rs) {
			return fallbackLevels(rs, rtl)
		}
		if end < start {
			continue
		}
		lv := 0
		switch {
		case run.Direction() == bidi.RightToLeft:
			lv = 1
		case rtl:
			lv = 2
		case prevRTL:
			// Numbers right after right-to-left text belong to it
			// (level 2, rule I1); what follows them is left to right.
			k := start
			for k <= end && (isNumber(rs[k]) || k < end && isSeparator(rs[k]) && isNumber(rs[k+1])) {
				levels[k] = 2
				k++
			}
			start = k
		}
		for k := start; k <= end; k++ {
			levels[k] = lv
		}
		prevRTL = lv%2 == 1
	}
	return levels
}

func isNumber(r rune) bool {
	p, _ := bidi.LookupRune(r)
	return p.Class() == bidi.EN || p.Class() == bidi.AN
}

func isSeparator(r rune) bool {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	return c == bidi.CS || c == bidi.ES || c == bidi.ET
}

// fallbackLevels is a simple resolution for text the bidi package cannot
// take: right-to-left characters at level 1, others at the paragraph's.
func fallbackLevels(rs []rune, rtl bool) []int {
	levels := make([]int, len(rs))
	for i, r := range rs {
		switch {
		case isRTL(r):
			levels[i] = 1
		case rtl:
			levels[i] = 2
		}
	}
	return levels
}
