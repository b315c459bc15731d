package checklist

import (
	"bufio"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/data"
)

// CleanText makes text that came from a file safe to print and to store
// again: terminal escape sequences, control characters and invisible
// formatting characters go, tabs and line breaks stay. User text (practice
// names, notes) passes through it when it is loaded, so that a crafted
// answer file cannot move the cursor, change colours or rewrite a CI log
// when its contents are printed, nor reverse or hide part of a name.
//
// What counts as invisible formatting is Unicode's format category (Cf):
// the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E,
// U+200F, U+061C), which can make "exe.txt" display as "txt.exe"; zero
// width spaces and word joiners; the byte-order mark; soft hyphens; tag
// characters, which can carry hidden text. Line and paragraph separators
// (U+2028, U+2029) become ordinary line breaks. Two kinds of format
// characters are kept, because writing systems need them:
//   - the zero width joiner and non-joiner (U+200D, U+200C) and the
//     Mongolian vowel separator (U+180E) between two letters, marks,
//     digits or symbols: Persian, Dari, Pashto and Kurdish words take a
//     non-joiner inside them ("می‌خواهم"), Indic scripts use both to
//     choose the form of a conjunct, and emoji sequences are joined with
//     them; at the start or end of a word, or doubled, they are removed;
//   - the prepended concatenation marks (U+0600–U+0605, U+06DD, U+070F,
//     U+0890, U+0891, U+08E2, U+110BD, U+110CD), which are drawn as
//     visible signs spanning the digits after them.
func CleanText(s string) string {
	clean, _ := cleanText(s)
	return clean
}

// CleanTextReport is CleanText, also saying whether it removed control
// characters (terminal escape sequences among them) and invisible
// formatting characters, so that a loader can warn about each.
func CleanTextReport(s string) (clean string, control, format bool) {
	clean, r := cleanText(s)
	return clean, r.control, r.format
}

// CleanTextWarning cleans s as CleanText does, and words the warning to
// give about what it removed from what (a name, "the note on KA1"): nil
// when s was clean. Every loader says it in these words.
func CleanTextWarning(s string, what any) (string, *locale.Msg) {
	clean, r := cleanText(s)
	var m locale.Msg
	switch {
	case r.format && r.control:
		m = locale.M("control characters and invisible formatting characters (such as the bidirectional controls that reverse text) removed from %s", what)
	case r.format:
		m = locale.M("invisible formatting characters (such as the bidirectional controls that reverse text) removed from %s", what)
	case r.control:
		m = locale.M("control characters removed from %s", what)
	default:
		return clean, nil
	}
	return clean, &m
}

// removed says what cleanText took out of a text.
type removed struct{ control, format bool }

func cleanText(s string) (string, removed) {
	if _, _, unsafe := firstUnsafe(s); !unsafe {
		return s, removed{}
	}
	var what removed
	if stripped := ansi.Strip(s); stripped != s {
		what.control = true
		s = stripped
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch classify(s, i, r) {
		case keep:
			b.WriteRune(r)
		case lineBreak:
			b.WriteByte('\n')
		case dropControl:
			what.control = true
		case dropFormat:
			what.format = true
		}
	}
	return b.String(), what
}

// UnsafeRune returns the first character of s that CleanText would
// remove or change, and its byte offset: a control character other than
// a tab or a line feed (a carriage return included), an invisible
// formatting character, or a line or paragraph separator. Framework
// files, which people write and check, must not hold any.
func UnsafeRune(s string) (r rune, offset int, found bool) {
	return firstUnsafe(s)
}

func firstUnsafe(s string) (rune, int, bool) {
	for i, r := range s {
		// Fast path: printable ASCII is the common case.
		if r >= 0x20 && r < 0x7f {
			continue
		}
		if classify(s, i, r) != keep {
			return r, i, true
		}
	}
	return 0, 0, false
}

type action uint8

const (
	keep action = iota
	lineBreak
	dropControl
	dropFormat
)

// classify decides what happens to the rune r at byte offset i of s.
func classify(s string, i int, r rune) action {
	switch {
	case r == '\n' || r == '\t':
		return keep
	case r == '\r' || r == '\u2028' || r == '\u2029':
		return lineBreak
	case unicode.IsControl(r):
		return dropControl
	case r < 0x80 || !unicode.Is(unicode.Cf, r):
		return keep
	case isVisibleFormat(r):
		return keep
	case isJoiner(r) && joinsWord(s, i, r):
		return keep
	}
	return dropFormat
}

// isVisibleFormat reports the format characters that are drawn: the
// prepended concatenation marks.
func isVisibleFormat(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605:
		return true
	}
	switch r {
	case 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD:
		return true
	}
	return false
}

func isJoiner(r rune) bool { return r == 0x200C || r == 0x200D || r == 0x180E }

// joinsWord reports whether the joiner r at offset i stands between two
// characters it can join: letters, marks, digits or symbols (emoji).
func joinsWord(s string, i int, r rune) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	return joinable(before) && joinable(after)
}

func joinable(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.IsSymbol(r))
}

// BuiltinVersion returns the version of an embedded framework by reading
// its top-level "version:" line, without parsing the whole file: the
// version is printed by --version, which must start fast. A test checks
// that it agrees with the parsed framework.
func BuiltinVersion(id string) string {
	// Stream the file rather than read it whole: the line is near the top,
	// and every start-up pays for this.
	f, err := data.FS.Open(id + ".yaml")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v, ok := strings.CutPrefix(sc.Text(), "version:")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if u, err := strconv.Unquote(v); err == nil {
			return u
		}
		return v
	}
	return ""
}

// Shorten cuts text to at most n characters as a reader counts them
// (grapheme clusters: a letter with its marks, a flag, an emoji
// sequence), ending with "…" where it cut, so that no mark is left
// dangling.
func Shorten(s string, n int) string {
	if uniseg.GraphemeClusterCount(s) <= n {
		return s
	}
	var b strings.Builder
	g := uniseg.NewGraphemes(s)
	for i := 0; i < n-1 && g.Next(); i++ {
		b.WriteString(g.Str())
	}
	return b.String() + "…"
}
