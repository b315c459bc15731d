// Package arabic shapes Arabic-script text for a PDF writer that draws
// one glyph per character and knows nothing of joining: each letter is
// replaced by its contextual form (isolated, final, initial or medial)
// from Unicode's Arabic Presentation Forms, and lam followed by alef by
// their ligature. This is how PDF libraries without a shaping engine
// (TCPDF, the original FPDF add-ons) draw Arabic; the joining types come
// from Unicode's ArabicShaping.txt.
//
// Presentation forms exist for the letters of Arabic, Persian and Urdu
// and for most of Kurdish and Pashto. A few Pashto and Sorani letters
// (ټ ډ ړ ږ ښ ځ څ ګ ڼ ۍ ڕ ڵ ێ ە, listed by NoForms) have none: the
// caller may give their forms (the PDF report maps the font's own
// contextual glyphs to private-use characters, see report/internal/ttf);
// without them they are drawn in their nominal form and treated as not
// joining, so their neighbours take the forms they have at a word's edge
// instead of reaching for a connection that would not be drawn. No
// golang.org/x/text package shapes text, and the maintained shaper for Go
// (go-text/typesetting, a HarfBuzz port) yields glyph ids, which the PDF
// library cannot draw.
package arabic

import (
	"slices"
	"unicode"
)

// joining is a letter's joining type.
type joining uint8

const (
	none  joining = iota // does not join (hamza, and letters without forms)
	right                // joins to the letter before it only (alef, dal, reh, waw)
	dual                 // joins on both sides
	join                 // joins on both sides but has no forms (tatweel, ZWJ)
)

// letter is a letter's joining type and presentation forms: isolated,
// final, initial, medial (the last two for dual-joining letters).
type letter struct {
	t     joining
	forms [4]rune
}

func r2(isol rune) letter { return letter{right, [4]rune{isol, isol + 1}} }
func d4(isol rune) letter { return letter{dual, [4]rune{isol, isol + 1, isol + 2, isol + 3}} }

var letters = map[rune]letter{
	0x0621: {none, [4]rune{0xFE80}},
	0x0622: r2(0xFE81), 0x0623: r2(0xFE83), 0x0624: r2(0xFE85), 0x0625: r2(0xFE87),
	0x0626: d4(0xFE89), 0x0627: r2(0xFE8D), 0x0628: d4(0xFE8F), 0x0629: r2(0xFE93),
	0x062A: d4(0xFE95), 0x062B: d4(0xFE99), 0x062C: d4(0xFE9D), 0x062D: d4(0xFEA1),
	0x062E: d4(0xFEA5), 0x062F: r2(0xFEA9), 0x0630: r2(0xFEAB), 0x0631: r2(0xFEAD),
	0x0632: r2(0xFEAF), 0x0633: d4(0xFEB1), 0x0634: d4(0xFEB5), 0x0635: d4(0xFEB9),
	0x0636: d4(0xFEBD), 0x0637: d4(0xFEC1), 0x0638: d4(0xFEC5), 0x0639: d4(0xFEC9),
	0x063A: d4(0xFECD), 0x0641: d4(0xFED1), 0x0642: d4(0xFED5), 0x0643: d4(0xFED9),
	0x0644: d4(0xFEDD), 0x0645: d4(0xFEE1), 0x0646: d4(0xFEE5), 0x0647: d4(0xFEE9),
	0x0648: r2(0xFEED),
	0x0649: {dual, [4]rune{0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9}},
	0x064A: d4(0xFEF1),
	0x0640: {t: join}, 0x200D: {t: join},
	// Presentation Forms-A: Persian, Urdu, Pashto, Kurdish and others.
	0x0671: r2(0xFB50), 0x067B: d4(0xFB52), 0x067E: d4(0xFB56), 0x0680: d4(0xFB5A),
	0x067A: d4(0xFB5E), 0x067F: d4(0xFB62), 0x0679: d4(0xFB66), 0x06A4: d4(0xFB6A),
	0x06A6: d4(0xFB6E), 0x0684: d4(0xFB72), 0x0683: d4(0xFB76), 0x0686: d4(0xFB7A),
	0x0687: d4(0xFB7E), 0x068D: r2(0xFB82), 0x068C: r2(0xFB84), 0x068E: r2(0xFB86),
	0x0688: r2(0xFB88), 0x0698: r2(0xFB8A), 0x0691: r2(0xFB8C), 0x06A9: d4(0xFB8E),
	0x06AF: d4(0xFB92), 0x06B3: d4(0xFB96), 0x06B1: d4(0xFB9A),
	// Noon ghunna has only isolated and final forms; before another letter
	// it is written as a noon.
	0x06BA: {dual, [4]rune{0xFB9E, 0xFB9F, 0xFEE7, 0xFEE8}},
	0x06BB: d4(0xFBA0), 0x06C0: r2(0xFBA4), 0x06C1: d4(0xFBA6), 0x06BE: d4(0xFBAA),
	0x06D2: r2(0xFBAE), 0x06D3: r2(0xFBB0), 0x06AD: d4(0xFBD3), 0x06C7: r2(0xFBD7),
	0x06C6: r2(0xFBD9), 0x06C8: r2(0xFBDB), 0x06CB: r2(0xFBDE), 0x06C5: r2(0xFBE0),
	0x06C9: r2(0xFBE2), 0x06D0: d4(0xFBE4), 0x06CC: d4(0xFBFC),
}

// noForms are letters without presentation forms, with their joining
// types (ArabicShaping.txt): Pashto, Kurdish (Sorani) and Urdu letters.
var noForms = map[rune]joining{
	0x067C: dual, 0x0681: dual, 0x0685: dual, 0x069A: dual, 0x06AB: dual,
	0x06B5: dual, 0x06BC: dual, 0x06CE: dual,
	0x0689: right, 0x0693: right, 0x0695: right, 0x0696: right, 0x06CD: right,
	0x06D5: right,
}

// noFormsOrder is noForms' letters in code point order.
var noFormsOrder = []rune{0x067C, 0x0681, 0x0685, 0x0689, 0x0693, 0x0695, 0x0696, 0x069A, 0x06AB, 0x06B5, 0x06BC, 0x06CD, 0x06CE, 0x06D5}

// NoForms lists the letters that have no presentation forms, in code
// point order.
func NoForms() []rune { return slices.Clone(noFormsOrder) }

// NoFormsIndex returns the position of a letter in NoForms.
func NoFormsIndex(r rune) (int, bool) { return slices.BinarySearch(noFormsOrder, r) }

// The contextual forms, as Shape asks a Former for them.
const (
	Isolated = iota
	Final
	Initial
	Medial
)

// A Former gives a character that draws a letter without presentation
// forms in a contextual form (Final, Initial, Medial), if there is one.
type Former func(letter rune, form int) (rune, bool)

// lamAlef maps the alef after a lam to the ligature's isolated form (the
// final form follows it).
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

// transparent characters (vowel marks) sit on a letter and do not break
// joining.
func transparent(r rune) bool {
	return unicode.Is(unicode.Mn, r) || r == 0x0670
}

// IsArabic reports whether r is a character of the Arabic script that
// shaping may change.
func IsArabic(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF
}

// Shape returns the text with every Arabic letter in its contextual
// presentation form, in logical order, and for each output character the
// index of the input character it comes from. forms, when not nil, gives
// the forms of the letters NoForms lists.
func Shape(in []rune, forms Former) (out []rune, src []int) {
	lookup := func(r rune) (letter, bool) { return lookupLetter(r, forms) }
	out = make([]rune, 0, len(in))
	src = make([]int, 0, len(in))
	// prevJoins says whether the last non-transparent character joins to
	// the one after it.
	prevJoins := false
	for i := 0; i < len(in); i++ {
		r := in[i]
		l, ok := lookup(r)
		if !ok || l.t == none || l.t == join {
			if ok && l.forms[0] != 0 {
				r = l.forms[0]
			}
			out, src = append(out, r), append(src, i)
			if !transparent(r) {
				prevJoins = ok && l.t == join
			}
			continue
		}
		joinsPrev := prevJoins
		if r == 0x0644 {
			if j := nextLetter(in, i); j > 0 && j == i+1 {
				if lig, ok := lamAlef[in[j]]; ok {
					if joinsPrev {
						lig++
					}
					out, src = append(out, lig), append(src, i)
					i = j
					prevJoins = false
					continue
				}
			}
		}
		joinsNext := false
		if l.t == dual {
			if j := nextLetter(in, i); j > 0 {
				nl, _ := lookup(in[j])
				joinsNext = nl.t == right || nl.t == dual || nl.t == join
			}
		}
		var f rune
		switch {
		case joinsPrev && joinsNext:
			f = l.forms[3]
		case joinsPrev:
			f = l.forms[1]
		case joinsNext:
			f = l.forms[2]
		default:
			f = l.forms[0]
		}
		out, src = append(out, f), append(src, i)
		prevJoins = l.t == dual
	}
	return out, src
}

// lookupLetter returns a letter's joining type and forms: from the
// presentation forms, else (for a letter that has none) from forms.
func lookupLetter(r rune, forms Former) (letter, bool) {
	if l, ok := letters[r]; ok {
		return l, true
	}
	t, ok := noForms[r]
	if !ok || forms == nil {
		return letter{}, false
	}
	l := letter{t: t, forms: [4]rune{r, r, r, r}}
	for f := Final; f <= Medial; f++ {
		if g, ok := forms(r, f); ok {
			l.forms[f] = g
		}
	}
	return l, true
}

// nextLetter returns the index of the next character after i that is not
// transparent, or -1.
func nextLetter(in []rune, i int) int {
	for j := i + 1; j < len(in); j++ {
		if !transparent(in[j]) {
			return j
		}
	}
	return -1
}
