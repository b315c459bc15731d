package locale

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The pseudo-locale writes every message in accented letters between
// brackets ("[Ķéý åŕéå 1 öƒ 6]"), leaving its arguments alone. A string
// that reaches the user without passing through a Printer stays plain
// English and a test can find it.

var pseudoLetters = map[rune]rune{
	'a': 'å', 'b': 'ƀ', 'c': 'ç', 'd': 'ð', 'e': 'é', 'f': 'ƒ', 'g': 'ĝ', 'h': 'ĥ',
	'i': 'î', 'j': 'ĵ', 'k': 'ķ', 'l': 'ļ', 'm': 'ɱ', 'n': 'ñ', 'o': 'ö', 'p': 'þ',
	'q': 'ǫ', 'r': 'ŕ', 's': 'š', 't': 'ţ', 'u': 'û', 'v': 'ṽ', 'w': 'ŵ', 'x': 'ẋ',
	'y': 'ý', 'z': 'ž',
	'A': 'Å', 'B': 'Ɓ', 'C': 'Ç', 'D': 'Ð', 'E': 'É', 'F': 'Ƒ', 'G': 'Ĝ', 'H': 'Ĥ',
	'I': 'Î', 'J': 'Ĵ', 'K': 'Ķ', 'L': 'Ļ', 'M': 'Ṁ', 'N': 'Ñ', 'O': 'Ö', 'P': 'Þ',
	'Q': 'Ǫ', 'R': 'Ŕ', 'S': 'Š', 'T': 'Ţ', 'U': 'Û', 'V': 'Ṽ', 'W': 'Ŵ', 'X': 'Ẋ',
	'Y': 'Ý', 'Z': 'Ž',
}

// Marks around an argument's number show where it stands while the
// message around it is accented. They are printable, so that %q keeps
// them as they are.
const (
	argOpen  = '⟦'
	argClose = '⟧'
)

func (p *Printer) pseudoSprintf(format string, args []any) string {
	held := make([]string, 0, len(args))
	masked := make([]any, len(args))
	for i, a := range args {
		var s string
		switch v := a.(type) {
		case string:
			s = v
		case fmt.Stringer:
			s = v.String()
		case error:
			s = v.Error()
		default:
			masked[i] = a
			continue
		}
		masked[i] = string(argOpen) + strconv.Itoa(len(held)) + string(argClose)
		held = append(held, s)
	}
	out := pseudoText(p.p.Sprintf(format, masked...))
	for i, s := range held {
		mark := string(argOpen) + strconv.Itoa(i) + string(argClose)
		if quoted := `"` + mark + `"`; strings.Contains(out, quoted) {
			out = strings.Replace(out, quoted, strconv.Quote(s), 1) // a %q verb
			continue
		}
		out = strings.Replace(out, mark, s, 1)
	}
	return out
}

// PseudoText writes a text the way the pseudo-locale shows messages:
// accented and between brackets, "[Ķéý åŕéå]". Framework translations use
// it, so that a framework string that bypasses the translation shows up
// as plain English, like a message that bypasses the catalog.
func PseudoText(s string) string { return pseudoText(s) }

// PseudoWord accents a word or phrase as PseudoText does, without the
// brackets: for glossary terms, which are looked for inside other text.
func PseudoWord(s string) string {
	t, _ := accent(s)
	return t
}

// pseudoText accents the letters of s, except inside argument marks and
// in words that must stay as they are: flags (--force), commands, ids,
// file names and anything with a dot, slash or underscore in it.
func pseudoText(s string) string {
	t, changed := accent(s)
	if !changed {
		return t
	}
	// Brackets show where a message starts and ends, inside any leading
	// or trailing space and line breaks.
	core := strings.TrimSpace(t)
	i := strings.Index(t, core)
	return t[:i] + "[" + core + "]" + t[i+len(core):]
}

// accent accents the letters of s and says whether any changed.
func accent(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	var b strings.Builder
	changed := false
	for _, field := range splitKeepSpace(s) {
		if keepWord(field) {
			b.WriteString(field)
			continue
		}
		inArg := false
		for _, r := range field {
			switch {
			case r == argOpen:
				inArg = true
			case r == argClose:
				inArg = false
			case !inArg:
				if a, ok := pseudoLetters[r]; ok {
					b.WriteRune(a)
					changed = true
					continue
				}
			}
			b.WriteRune(r)
		}
	}
	return b.String(), changed
}

func splitKeepSpace(s string) []string {
	var out []string
	start := 0
	inSpace := false
	for i, r := range s {
		sp := r == ' ' || r == '\n' || r == '\t'
		if i > start && sp != inSpace {
			out = append(out, s[start:i])
			start = i
		}
		inSpace = sp
	}
	return append(out, s[start:])
}

func keepWord(w string) bool {
	w = strings.Trim(w, "`'\"()[],:;")
	// A full stop, question or exclamation mark ends a sentence, not a
	// file name: "time." is a word to accent, "file.yaml." is not.
	w = strings.TrimRight(w, ".?!")
	switch {
	case w == "", w == "scorecard":
		return true
	case strings.HasPrefix(w, "-") && len(w) > 1 && w[1] != ' ':
		return true
	case strings.ContainsAny(w, "./_=") && utf8.RuneCountInString(w) > 1:
		return true
	}
	return false
}
