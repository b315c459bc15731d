package ui

import (
	"strings"
	"testing"
)

// Colours and emphasis only on a terminal, and never with NO_COLOR or
// TERM=dumb; prompts turn accessible with ACCESSIBLE or TERM=dumb.
func TestStyledAndAccessible(t *testing.T) {
	tests := []struct {
		name             string
		tty              bool
		env              map[string]string
		styled, accessib bool
	}{
		{"terminal", true, nil, true, false},
		{"pipe", false, nil, false, false},
		{"NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, false, false},
		{"TERM=dumb", true, map[string]string{"TERM": "dumb"}, false, true},
		{"ACCESSIBLE=1", true, map[string]string{"ACCESSIBLE": "1"}, true, true},
		{"ACCESSIBLE=0", true, map[string]string{"ACCESSIBLE": "0"}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, _ := Test("", tt.env)
			io.SetTTY(tt.tty, tt.tty, tt.tty)
			if got := io.Styled(); got != tt.styled {
				t.Errorf("Styled() = %v, want %v", got, tt.styled)
			}
			if got := io.Accessible(); got != tt.accessib {
				t.Errorf("Accessible() = %v, want %v", got, tt.accessib)
			}
			rendered := io.Styles().Title.Render("Welcome Bureau")
			if escapes := strings.Contains(rendered, "\x1b["); escapes != tt.styled {
				t.Errorf("rendered %q: escape codes %v, want %v", rendered, escapes, tt.styled)
			}
		})
	}
}

// Wrap fits text after a label of hang columns: every line, the first
// included, holds width - hang = 22 columns here.
func TestWrapHangsUnderTheLabel(t *testing.T) {
	got := Wrap("one two three four five six seven eight nine ten eleven twelve", 30, 8)
	want := "one two three four\n        five six seven eight\n        nine ten eleven twelve"
	if got != want {
		t.Errorf("Wrap =\n%s\nwant\n%s", got, want)
	}
}

// An id is never cut at its hyphen where a line ends: "gaps: KA4-09"
// broke as "KA4-" and "09" when the list reached the width.
func TestWrapKeepsHyphenatedIDsWhole(t *testing.T) {
	t.Parallel()
	got := Wrap("spragos: KA4-01, KA4-06, KA4-11, KA4-LA2, KA4-LA4, KA4-02, KA4-07, KA4-09 ir dar 7", 73, 9)
	want := "spragos: KA4-01, KA4-06, KA4-11, KA4-LA2, KA4-LA4, KA4-02,\n         KA4-07, KA4-09 ir dar 7"
	if got != want {
		t.Errorf("Wrap:\ngot  %q\nwant %q", got, want)
	}
}
