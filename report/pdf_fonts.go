package report

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"
	"github.com/inclusion-tools/scorecard/report/fonts"
	"github.com/inclusion-tools/scorecard/report/internal/arabic"
	"github.com/inclusion-tools/scorecard/report/internal/ttf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The PDF draws each character with the first family that has a glyph
// for it: the Go fonts (Latin, Cyrillic, Greek and symbols), then Noto
// Sans for the letters they lack, then Noto for Arabic script, Hebrew and
// Ethiopic. A family is parsed when a character is first looked for in
// it (a Hebrew letter parses the families before Hebrew's too), added to
// the PDF only when a report draws with it, and the PDF embeds only the
// glyphs used, so an English report carries no Arabic font at all.
var fontFamilies = []struct {
	name                  string
	regular, bold, italic []byte
}{
	{"Go", goregular.TTF, gobold.TTF, goitalic.TTF},
	{"NotoSans", fonts.SansRegular, fonts.SansBold, nil},
	{arabicFamily, fonts.ArabicRegular, fonts.ArabicBold, nil},
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
	regular, bold := d.regular, d.bold
	if d.name == arabicFamily {
		var err error
		if regular, err = withArabicForms(regular); err != nil {
			fs.err = err
			return nil
		}
		if bold, err = withArabicForms(bold); err != nil {
			fs.err = err
			return nil
		}
	}
	var err error
	if fm.regular, err = newFace(d.name, "", regular); err != nil {
		fs.err = err
		return nil
	}
	if fm.bold, err = newFace(d.name, "B", bold); err != nil {
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

const arabicFamily = "NotoArabic"

// formsBase is where the private-use characters for the contextual forms
// of letters without presentation forms start: letter k of
// arabic.NoForms() in form f is formsBase + 4k + f.
const formsBase = 0xF500

// withArabicForms returns a copy of an Arabic font in which private-use
// characters map to the contextual glyphs (from its GSUB table) of the
// letters that have no presentation forms, so that fpdf, which draws one
// glyph per character, can draw them joined.
func withArabicForms(b []byte) ([]byte, error) {
	f, err := ttf.Parse(b)
	if err != nil {
		return nil, err
	}
	m, err := f.Cmap()
	if err != nil {
		return nil, err
	}
	letters := arabic.NoForms()
	var glyphs []uint16
	for _, r := range letters {
		if g := m[r]; g != 0 {
			glyphs = append(glyphs, g)
		}
	}
	forms, err := f.ContextualForms(glyphs)
	if err != nil {
		return nil, err
	}
	for k, r := range letters {
		fm, ok := forms[m[r]]
		if !ok {
			continue
		}
		for form, g := range map[int]uint16{arabic.Final: fm.Fina, arabic.Initial: fm.Init, arabic.Medial: fm.Medi} {
			if g != 0 {
				m[rune(formsBase+4*k+form)] = g
			}
		}
	}
	return f.WithCmap(m)
}

// arabicForm is the arabic.Former of the embedded Arabic font.
func (fs *fontSet) arabicForm(r rune, form int) (rune, bool) {
	k, ok := arabic.NoFormsIndex(r)
	if !ok {
		return 0, false
	}
	pua := rune(formsBase + 4*k + form)
	for i, d := range fontFamilies {
		if d.name == arabicFamily {
			if fm := fs.family(i); fm != nil && fm.regular.has(pua) {
				return pua, true
			}
		}
	}
	return 0, false
}
