package checklist

import "testing"

// Shorten counts what a reader counts as one character: a letter with
// its marks, an emoji sequence; it never leaves a mark without its letter.
func TestShorten(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Welcome Bureau", 20, "Welcome Bureau"},
		{"Welcome Bureau", 8, "Welcome…"},
		{"e\u0301e\u0301e\u0301e\u0301", 3, "e\u0301e\u0301…"},
		{"مُحَمَّد", 3, "مُحَ…"},
		{"👩‍👩‍👧 family", 2, "👩‍👩‍👧…"},
	} {
		if got := Shorten(c.in, c.n); got != c.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
