package arabic

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Expected forms are read off the Unicode code charts (Arabic
// Presentation Forms-A and -B) by hand.
func TestShape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// فاطمة: feh initial, alef final, tah initial, meem medial, teh marbuta final.
		{"Arabic name", "فاطمة", "\uFED3\uFE8E\uFEC3\uFEE4\uFE94"},
		// الزهراء: alef isolated, lam initial, zain final, heh initial,
		// reh final, alef isolated, hamza isolated.
		{"Arabic with hamza", "الزهراء", "\uFE8D\uFEDF\uFEB0\uFEEB\uFEAE\uFE8D\uFE80"},
		// لا and سلام: lam-alef isolated; seen initial + lam-alef final + meem isolated.
		{"lam-alef", "لا سلام", "\uFEFB \uFEB3\uFEFC\uFEE1"},
		// Persian پیمان: peh initial, farsi yeh medial, meem medial, alef final, noon isolated.
		{"Persian", "پیمان", "\uFB58\uFBFF\uFEE4\uFE8E\uFEE5"},
		// Urdu کے: keheh initial, yeh barree final.
		{"Urdu", "کے", "\uFB90\uFBAF"},
		// A vowel mark does not break joining: بَب → beh initial, fatha, beh final.
		{"marks are transparent", "بَب", "\uFE91\u064E\uFE90"},
		// Tatweel joins on both sides: بـ → beh initial, tatweel.
		{"tatweel", "بـ", "\uFE91\u0640"},
		// Pashto ټ has no presentation forms: drawn as it is, and its
		// neighbours end there: بټب → beh isolated, tteh, beh isolated.
		{"letter without forms", "بټب", "\uFE8F\u067C\uFE8F"},
		{"Latin untouched", "Ana 12", "Ana 12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, src := Shape([]rune(tt.in), nil)
			if string(got) != tt.want {
				t.Errorf("Shape(%q) = %U, want %U", tt.in, got, []rune(tt.want))
			}
			if len(src) != len(got) {
				t.Fatalf("%d sources for %d characters", len(src), len(got))
			}
		})
	}
}

// Shaping changes only how letters look: compatibility normalisation
// takes every form back to the letter it came from.
func TestShapeKeepsTheLetters(t *testing.T) {
	for _, s := range []string{"فاطمة الزهراء", "مریم احمدی", "کور د ښځو", "ئاشتی", "سلام علیکم", "اردو زبان کے"} {
		got, _ := Shape([]rune(s), nil)
		if n := norm.NFKC.String(string(got)); n != norm.NFKC.String(s) {
			t.Errorf("%q shaped and normalised is %q", s, n)
		}
	}
}

// Letters without presentation forms take the forms a Former gives:
// ښځه (Pashto "woman"): sheen with dot below initial, dze medial, heh final.
func TestShapeWithAFormer(t *testing.T) {
	forms := func(r rune, f int) (rune, bool) { return 0xF000 + r&0xFF*4 + rune(f), true }
	got, _ := Shape([]rune("ښځه"), forms)
	want := []rune{0xF000 + 0x9A*4 + Initial, 0xF000 + 0x81*4 + Medial, 0xFEEA}
	if string(got) != string(want) {
		t.Errorf("got %U, want %U", got, want)
	}
}

func TestNoFormsListsTheTable(t *testing.T) {
	got := NoForms()
	if len(got) != len(noForms) {
		t.Fatalf("NoForms has %d letters, the table %d", len(got), len(noForms))
	}
	for i, r := range got {
		if _, ok := noForms[r]; !ok || i > 0 && got[i-1] >= r {
			t.Errorf("%U is not in the table, or out of order", r)
		}
	}
}
