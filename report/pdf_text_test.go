package report

import (
	"strings"
	"testing"
)

// visual lays a line out and returns its text in drawing order (left to
// right), as the PDF draws it.
func visual(t *testing.T, l line) string {
	t.Helper()
	pw := &pdfWriter{fonts: newFontSet(), seen: map[rune]bool{}}
	var s string
	for _, tl := range pw.layoutText(l, 1000, 10) {
		for _, r := range tl.runs {
			s += r.text
		}
	}
	return s
}

// Expected orders follow the Unicode bidirectional algorithm, worked by
// hand (letters shown in their shaped forms where Arabic).
func TestBidiOrder(t *testing.T) {
	tests := []struct {
		name string
		in   line
		want string
	}{
		{"Latin untouched", line{txt("Ana, Boris")}, "Ana, Boris"},
		// Hebrew on its own (user text): a right-to-left paragraph, letters reversed.
		{"Hebrew name", line{usr("נועה כהן")}, "ןהכ העונ"},
		// In an English sentence the Hebrew name is reversed in place.
		{"Hebrew in English", line{txt("By "), usr("נועה כהן"), txt(" today")}, "By ןהכ העונ today"},
		// A list of names that starts with a Hebrew one stays a
		// left-to-right list: each name reversed, the list in order.
		{"list starting right to left", line{usr("נועה"), txt(", "), usr("Ana")}, "העונ, Ana"},
		// Each name is an isolate, as <bdi> makes it in HTML: two Hebrew
		// names in an English list keep the list's order.
		{"two right-to-left names", line{txt("By "), usr("נועה"), txt(", "), usr("דן"), txt(".")}, "By העונ, ןד."},
		// A name that starts right to left reads right to left as a
		// whole, Latin part included: ABC – Welcome for Hebrew ABC.
		{"mixed name", line{txt("Self-assessment: "), usr("אבג – Welcome")}, "Self-assessment: Welcome – גבא"},
		// Numbers inside right-to-left text keep their own order.
		{"number in Hebrew", line{usr("שנת 2026 טובה")}, "הבוט 2026 תנש"},
		// Brackets are mirrored in right-to-left runs.
		{"mirrored brackets", line{usr("כהן (נועה)")}, "(העונ) ןהכ"},
		// Numbers after right-to-left text in a left-to-right line belong
		// to it: ab, Hebrew EFG, 12, cd is drawn ab 12 GFE cd.
		{"number after Hebrew", line{txt("ab אבג 12 cd")}, "ab 12 גבא cd"},
		// User text is isolated as <bdi> does: starting with Hebrew, it is
		// a right-to-left paragraph of its own.
		{"isolated user text", line{txt("ab "), usr("אבג 12 cd")}, "ab cd 12 גבא"},
		// In a right-to-left paragraph the "." between a number and Latin
		// letters takes the paragraph's direction: pdf . 2026 from the left.
		{"file name", line{usr("קובץ 2026.pdf")}, "pdf.2026 ץבוק"},
		// Ethiopic reads left to right and is not reordered.
		{"Tigrinya", line{usr("ሰላም ተስፋይ")}, "ሰላም ተስፋይ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := visual(t, tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Arabic is shaped, then ordered: فاطمة is drawn right to left as teh
// marbuta final, meem medial, tah initial, alef final, feh initial.
func TestArabicShapedAndOrdered(t *testing.T) {
	got := visual(t, line{usr("فاطمة")})
	if want := "\uFE94\uFEE4\uFEC3\uFE8E\uFED3"; got != want {
		t.Errorf("got %U, want %U", []rune(got), []rune(want))
	}
}

// A word longer than the line is broken between characters, and a long
// text is laid out in time linear in its length (see BenchmarkLongNote).
func TestLongWordsBreak(t *testing.T) {
	pw := &pdfWriter{fonts: newFontSet(), seen: map[rune]bool{}}
	word := ""
	for range 2000 {
		word += "W"
	}
	lines := pw.layoutText(line{usr(word)}, 100, 10)
	if len(lines) < 10 {
		t.Fatalf("%d lines for a 2,000-letter word in 100 mm", len(lines))
	}
	total := 0
	for _, l := range lines {
		if l.width > 100.01 {
			t.Errorf("a line is %.1f mm wide, more than 100", l.width)
		}
		for _, r := range l.runs {
			total += len([]rune(r.text))
		}
	}
	if total != 2000 {
		t.Errorf("%d letters drawn, want 2000", total)
	}
}

// No text makes the layout panic or lose a character: whatever goes in
// comes out, in some order, except spaces at line ends.
func FuzzLayoutText(f *testing.F) {
	for _, s := range []string{"Ana", "فاطمة الزهراء", "נועה (כהן) 12", "ښځو ٢٠٢٦.pdf", "a\u202Eb\u2067c", "لا", "َ َبَ", strings.Repeat("W", 300)} {
		f.Add(s, false)
		f.Add(s, true)
	}
	pw := &pdfWriter{fonts: newFontSet(), seen: map[rune]bool{}}
	f.Fuzz(func(t *testing.T, s string, user bool) {
		sp := txt(s)
		sp.user = user
		gs, _, _ := pw.glyphs(line{sp, txt(" end")})
		want := 0
		for _, g := range gs {
			if g.r != ' ' {
				want++
			}
		}
		got := 0
		for _, l := range pw.layoutText(line{sp, txt(" end")}, 50, 10) {
			w := 0.0
			for _, r := range l.runs {
				got += len([]rune(strings.ReplaceAll(r.text, " ", "")))
				w += r.width
			}
			if w > 50.01 && len(l.runs) > 0 && len([]rune(l.runs[0].text)) > 1 {
				// A single character wider than the line is the only excuse.
				t.Errorf("a line %.1f mm wide in 50", w)
			}
		}
		if got != want {
			t.Errorf("%d characters drawn, %d given", got, want)
		}
	})
}
