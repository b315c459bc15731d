package assess

import (
	"strings"
	"unicode"

	"github.com/inclusion-tools/scorecard/checklist"
)

// The glossary in the questionnaire: a question's screen explains the
// glossary words its question and help use ("Words: durable solutions:
// …"), so that a reader who meets an unfamiliar term need not leave the
// questionnaire to look it up.

// itemTerms returns the glossary entries the item's question and help
// use, in glossary order.
func itemTerms(it *checklist.Item) []*checklist.Term {
	return it.Framework().TermsIn(it.Question + "\n" + it.Help)
}

// explainedAt returns the id of the first question of the page before
// question q that uses the term, or "" when none does. Accessible mode
// reads a term's meaning once per page and after that names the question
// where it was read: heard at every question, "refugee" would bury the
// questions themselves.
func explainedAt(pg *Page, q int, t *checklist.Term) string {
	for _, it := range pg.Items[:q] {
		for _, u := range itemTerms(it) {
			if u == t {
				return it.ID
			}
		}
	}
	return ""
}

// spokenWords is the line accessible mode reads after a question's help:
// each term with its meaning, or with where its meaning was read; "" when
// the question uses no glossary word.
func (a *accessible) spokenWords(pg *Page, q int) string {
	terms := itemTerms(pg.Items[q])
	if len(terms) == 0 {
		return ""
	}
	entries := make([]string, len(terms))
	for i, t := range terms {
		if id := explainedAt(pg, q, t); id != "" {
			entries[i] = a.p.Sprintf("%s (explained at %s).", t.Term, id)
		} else {
			entries[i] = a.p.Sprintf("%s: %s", t.Term, spokenDashes(a.p.Sprintf("to"), strings.TrimSpace(t.Definition)))
		}
	}
	return a.p.Sprintf("Words: %s", strings.Join(entries, " "))
}

// spokenDashes writes the en dashes of a definition as a screen reader
// should say them: "2021–2027" as "2021 to 2027", a dash between words
// as a comma. Read out, "en dash" would interrupt the sentence.
func spokenDashes(to, s string) string {
	if !strings.ContainsRune(s, '–') {
		return s
	}
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		switch {
		case c != '–':
			b.WriteRune(c)
		case i > 0 && i+1 < len(r) && unicode.IsDigit(r[i-1]) && unicode.IsDigit(r[i+1]):
			b.WriteString(" " + to + " ")
		default:
			// " – " becomes ", "; the space before the dash goes.
			str := strings.TrimRight(b.String(), " ")
			b.Reset()
			b.WriteString(str + ",")
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// wordLines are the lines the terminal shows under a question's help:
// every glossary term of the question with its meaning, the first line
// starting "Words:". The terminal shows them at every question, room
// permitting: a screen is read on its own, not after the one before.
func (m *model) wordLines(it *checklist.Item, w int) []string {
	terms := itemTerms(it)
	if len(terms) == 0 {
		return nil
	}
	lines := []string{""}
	for i, t := range terms {
		entry := m.p.Sprintf("%s: %s", t.Term, strings.TrimSpace(t.Definition))
		if i == 0 {
			entry = m.p.Sprintf("Words: %s", entry)
		}
		lines = append(lines, wrapLines(m.st.Muted.Render(entry), w)...)
	}
	return lines
}
