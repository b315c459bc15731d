package checklist

import "strings"

// Disagreement is an item on which raters' answers are more than one step
// apart on the scale (such as "yes" and "no").
type Disagreement struct {
	Item    *Item
	Answers []RaterAnswer // for each rater who answered
}

// RaterAnswer is one rater's answer to an item: a scale value.
type RaterAnswer struct {
	Rater string
	Value string
}

// Summary says who answered what: "Ana: yes; Boris: no".
func (d Disagreement) Summary() string {
	parts := make([]string, len(d.Answers))
	for i, a := range d.Answers {
		parts[i] = a.Rater + ": " + a.Value
	}
	return strings.Join(parts, "; ")
}

// SamePractice reports whether two practice names name the same
// practice: the same words, ignoring case and spacing.
func SamePractice(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
