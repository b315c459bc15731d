package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles are every lipgloss style scorecard prints with. All of them are
// defined here, next to the huh theme, so the look of the tool is in one
// place. Plain styles render text unchanged.
type Styles struct {
	Title   lipgloss.Style // the name of what is shown
	Heading lipgloss.Style // a section heading
	ID      lipgloss.Style // ids such as KA1-03
	Muted   lipgloss.Style // secondary text
	Label   lipgloss.Style // "Question:", "Action:"
	Good    lipgloss.Style // passed, comprehensive, yes
	Warn    lipgloss.Style // improve, partly
	Bad     lipgloss.Style // failed, reflect, no
}

var (
	colorAccent = lipgloss.Color("#5A56E0")
	colorMuted  = lipgloss.Color("#8A8A8A")
	colorGood   = lipgloss.Color("#2E9E5B")
	colorWarn   = lipgloss.Color("#C98A00")
	colorBad    = lipgloss.Color("#D0413A")
)

// NewStyles returns the styles for output that is styled (a colour
// terminal) or plain.
func NewStyles(styled bool) Styles {
	if !styled {
		return Styles{}
	}
	return Styles{
		Title:   lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Heading: lipgloss.NewStyle().Bold(true),
		ID:      lipgloss.NewStyle().Foreground(colorAccent),
		Muted:   lipgloss.NewStyle().Foreground(colorMuted),
		Label:   lipgloss.NewStyle().Bold(true),
		Good:    lipgloss.NewStyle().Foreground(colorGood).Bold(true),
		Warn:    lipgloss.NewStyle().Foreground(colorWarn).Bold(true),
		Bad:     lipgloss.NewStyle().Foreground(colorBad).Bold(true),
	}
}

// Styles returns the styles that suit the streams' standard output.
func (s *IOStreams) Styles() Styles { return NewStyles(s.Styled()) }

// Wrap breaks text into lines of at most width cells, indenting every
// line after the first by hang spaces, so that a wrapped paragraph lines
// up under its label.
func Wrap(text string, width, hang int) string {
	if width-hang < 20 {
		width = hang + 20
	}
	var out []string
	for _, para := range strings.Split(text, "\n") {
		w := lipgloss.Wrap(para, width-hang, "")
		out = append(out, strings.Split(w, "\n")...)
	}
	for i := range out {
		out[i] = strings.TrimRight(out[i], " ")
	}
	return strings.Join(out, "\n"+strings.Repeat(" ", hang))
}
