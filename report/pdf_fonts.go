package report

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"
	"github.com/inclusion-tools/scorecard/report/fonts"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The PDF draws each character with the first family that has a glyph
// for it: the Go fonts (Latin, Cyrillic, Greek and symbols), then Noto
// for Arabic script, Hebrew and Ethiopic. A family is parsed and added to
// the PDF only when a report uses it, and the PDF embeds only the glyphs
// used, so an English report carries no Arabic font at all.
var fontFamilies = []struct {
	name                  string
	regular, bold, italic []byte
}{
	{"Go", goregular.TTF, gobold.TTF, goitalic.TTF},
	{"NotoArabic", fonts.ArabicRegular, fonts.ArabicBold, nil},
	{"NotoHebrew", fonts.HebrewRegular, fonts.HebrewBold, nil},
	{"NotoEthiopic", fonts.EthiopicRegular, fonts.EthiopicBold, nil},
}

// face is one font file: a family in one style.
type face struct {
	family, style string // as fpdf names them: "Go", "B"
	ttf           []byte
	font          *sfnt.Font
	buf           sfnt.Buffer
	unitsPerEm    float64
	advance       map[rune]float64 // in ems
	added         bool
}

func newFace(family, style string, ttf []byte) (*face, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("pdf font %s %s: %w", family, style, err)
	}
	return &face{family: family, style: style, ttf: ttf, font: f, unitsPerEm: float64(f.UnitsPerEm()), advance: map[rune]float64{}}, nil
}

// has reports whether the face draws r.
func (f *face) has(r rune) bool { return f.width(r) >= 0 }

// width returns the advance of r in ems, or -1 when the face has no glyph
// for it.
func (f *face) width(r rune) float64 {
	if w, ok := f.advance[r]; ok {
		return w
	}
	w := -1.0
	if g, err := f.font.GlyphIndex(&f.buf, r); err == nil && g != 0 {
		if adv, err := f.font.GlyphAdvance(&f.buf, g, fixed.Int26_6(f.unitsPerEm), font.HintingNone); err == nil {
			w = float64(adv) / f.unitsPerEm
		}
	}
	f.advance[r] = w
	return w
}

// family is a font family in its three styles; italic falls back to
// regular where the family has none.
type family struct {
	name                  string
	regular, bold, italic *face
}

func (fm *family) face(s spanStyle) *face {
	switch s {
	case bold:
		return fm.bold
	case italic:
		return fm.italic
	}
	return fm.regular
}

// fontSet holds the families, parsed when first needed.
type fontSet struct {
	families []*family
	loaded   []bool
	err      error
}

func newFontSet() *fontSet {
	return &fontSet{families: make([]*family, len(fontFamilies)), loaded: make([]bool, len(fontFamilies))}
}

func (fs *fontSet) family(i int) *family {
	if fs.loaded[i] {
		return fs.families[i]
	}
	fs.loaded[i] = true
	d := fontFamilies[i]
	fm := &family{name: d.name}
	var err error
	if fm.regular, err = newFace(d.name, "", d.regular); err != nil {
		fs.err = err
		return nil
	}
	if fm.bold, err = newFace(d.name, "B", d.bold); err != nil {
		fs.err = err
		return nil
	}
	fm.italic = fm.regular
	if d.italic != nil {
		if fm.italic, err = newFace(d.name, "I", d.italic); err != nil {
			fs.err = err
			return nil
		}
	}
	fs.families[i] = fm
	return fm
}

// familyFor returns the first family that draws r, or nil. Cheap checks
// first: most text is Latin.
func (fs *fontSet) familyFor(r rune) *family {
	if r < 0x7F {
		return fs.family(0)
	}
	for i := range fontFamilies {
		if fm := fs.family(i); fm != nil && fm.regular.has(r) {
			return fm
		}
	}
	return nil
}

// use selects a face in the PDF, adding the font file on first use.
func (f *face) use(pdf *fpdf.Fpdf, size float64) {
	if !f.added {
		pdf.AddUTF8FontFromBytes(f.family, f.style, f.ttf)
		f.added = true
	}
	pdf.SetFont(f.family, f.style, size)
}
