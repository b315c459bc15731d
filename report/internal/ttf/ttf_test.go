package ttf

import (
	"testing"

	"github.com/inclusion-tools/scorecard/report/fonts"
	"golang.org/x/image/font/sfnt"
)

// A font rewritten with more characters still maps what it mapped, maps
// the new characters to the glyphs given, and parses as a font.
func TestWithCmap(t *testing.T) {
	f, err := Parse(fonts.ArabicRegular)
	if err != nil {
		t.Fatal(err)
	}
	m, err := f.Cmap()
	if err != nil {
		t.Fatal(err)
	}
	beh := m[0x0628]
	if beh == 0 || m[0xFE91] == 0 {
		t.Fatalf("beh → %d, its initial form → %d", beh, m[0xFE91])
	}
	m[0xE100] = m[0xFE91]
	b, err := f.WithCmap(m)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := sfnt.Parse(b)
	if err != nil {
		t.Fatalf("the new font does not parse: %v", err)
	}
	var buf sfnt.Buffer
	for r, want := range map[rune]uint16{0x0628: beh, 0xE100: m[0xFE91], 'A': 0} {
		g, err := sf.GlyphIndex(&buf, r)
		if err != nil || uint16(g) != want && want != 0 {
			t.Errorf("%U → %d (%v), want %d", r, g, err, want)
		}
	}
}

// The GSUB table gives beh the same contextual glyphs as Unicode's
// presentation forms of beh.
func TestContextualForms(t *testing.T) {
	f, err := Parse(fonts.ArabicRegular)
	if err != nil {
		t.Fatal(err)
	}
	m, err := f.Cmap()
	if err != nil {
		t.Fatal(err)
	}
	forms, err := f.ContextualForms([]uint16{m[0x0628], m[0x067C]})
	if err != nil {
		t.Fatal(err)
	}
	beh := forms[m[0x0628]]
	if beh.Fina != m[0xFE90] || beh.Init != m[0xFE91] || beh.Medi != m[0xFE92] {
		t.Errorf("beh: %+v, want fina %d init %d medi %d", beh, m[0xFE90], m[0xFE91], m[0xFE92])
	}
	// Pashto tteh (no presentation forms in Unicode) has all three.
	if tt := forms[m[0x067C]]; tt.Fina == 0 || tt.Init == 0 || tt.Medi == 0 {
		t.Errorf("tteh: %+v", tt)
	}
}
