package assess

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"golang.org/x/text/unicode/norm"
)

// answer is one answer to an item as both askers offer it: a value of
// the framework's scale, or "skip" (the value ""), with its key in the
// terminal and its number and words in accessible mode.
type answer struct {
	Value string // the scale value; "" for skip
	Label string
	Key   string // one letter, lower-case
	Words []string
}

// skipValue is the value of "Skip for now": the item stays unanswered.
const skipValue = ""

// answers lists the scale's values, then "Skip for now", each with a key
// of its own taken from its label: the first letter of the label's first
// word, else of another word, else any other letter of the label, else of
// the value, else the first free letter. The built-in scale gets y, p, n,
// a and s; a translated scale gets letters of its own words, never the
// same letter twice. A letter's accent is dropped (Óbvio gets o), so that
// every key can be typed on a keyboard without dead keys.
func answers(p *locale.Printer, fw *checklist.Framework) []answer {
	out := make([]answer, 0, len(fw.Scale)+1)
	for _, v := range fw.Scale {
		words := append([]string{v.Value, v.Label}, v.Aliases...)
		out = append(out, answer{Value: v.Value, Label: v.Label, Words: words})
	}
	skip := p.Sprintf("Skip for now")
	out = append(out, answer{Value: skipValue, Label: skip, Words: []string{"skip", p.Sprintf("skip"), skip}})
	taken := map[string]bool{}
	for i := range out {
		out[i].Key = pickKey(out[i].Label, out[i].Value, taken)
		taken[out[i].Key] = true
	}
	return out
}

func pickKey(label, value string, taken map[string]bool) string {
	free := func(r rune) (string, bool) {
		if !unicode.IsLetter(r) {
			return "", false
		}
		k := string(unicode.ToLower(r))
		if f := sortKey(k); utf8.RuneCountInString(f) == 1 {
			k = f
		}
		return k, !taken[k]
	}
	words := strings.FieldsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		if k, ok := free([]rune(w)[0]); ok {
			return k
		}
	}
	for _, s := range []string{label, value} {
		for _, r := range s {
			if k, ok := free(r); ok {
				return k
			}
		}
	}
	for r := 'a'; r <= 'z'; r++ {
		if k, ok := free(r); ok {
			return k
		}
	}
	return ""
}

// sortKey folds a text for sorting and searching: lower case, without
// accents ("Åland" sorts and is found as "aland").
func sortKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// search returns the options that match a query: the one whose code it
// is first, then those whose name starts with it, then those with a word
// that starts with it, then those that merely contain it. The code in brackets
// counts as a word ("bg" finds Bulgaria).
func search(opts []Option, query string) []Option {
	q := sortKey(strings.TrimSpace(query))
	if q == "" {
		return opts
	}
	var code, starts, words, contains []Option
	for _, o := range opts {
		if o.Value == "" {
			continue // "not specified" is never what a search is for
		}
		k := sortKey(o.Label)
		switch {
		case strings.EqualFold(o.Value, q):
			code = append(code, o)
		case strings.HasPrefix(k, q):
			starts = append(starts, o)
		case strings.Contains(k, " "+q) || strings.Contains(k, "("+q):
			words = append(words, o)
		case strings.Contains(k, q):
			contains = append(contains, o)
		}
	}
	return slices.Concat(code, starts, words, contains)
}
