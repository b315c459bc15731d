package locale

import "strings"

// List is words to be joined for a sentence in a printer's language:
// "yes, partly, no or na". The words themselves (ids, values) stay as
// they are.
type List struct {
	Words []string
	And   bool // "a, b and c" rather than "a, b or c"
}

// Or joins words as alternatives: "a, b or c".
func Or(words ...string) List { return List{Words: words} }

// And joins words as a whole: "a, b and c".
func And(words ...string) List { return List{Words: words, And: true} }

// Localize joins the words in p's language.
func (l List) Localize(p *Printer) string {
	switch len(l.Words) {
	case 0:
		return ""
	case 1:
		return l.Words[0]
	}
	head := strings.Join(l.Words[:len(l.Words)-1], p.Sprintf(", "))
	last := l.Words[len(l.Words)-1]
	if l.And {
		return p.Sprintf("%s and %s", head, last)
	}
	return p.Sprintf("%s or %s", head, last)
}

// String joins the words in English. It needs no printer: flag help,
// built at every start-up, uses it.
func (l List) String() string {
	if len(l.Words) < 2 {
		return strings.Join(l.Words, "")
	}
	conj := " or "
	if l.And {
		conj = " and "
	}
	return strings.Join(l.Words[:len(l.Words)-1], ", ") + conj + l.Words[len(l.Words)-1]
}

// Number is a number formatted by strconv ("66.5"), to be written with a
// printer's decimal separator ("66,5"). Scores and thresholds that a
// message holds are kept as Numbers.
type Number string

// Localize writes the number with p's decimal separator.
func (n Number) Localize(p *Printer) string { return p.Number(string(n)) }

// String writes the number as it is, with a full stop.
func (n Number) String() string { return string(n) }
