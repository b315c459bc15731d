package ui

import (
	"strings"

	"charm.land/huh/v2"
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

// nbHyphen stands in for "-" while Wrap breaks lines: a non-breaking
// hyphen, one cell wide as "-" is.
const nbHyphen = "\u2011"

// Styles returns the styles that suit the streams' standard output.
func (s *IOStreams) Styles() Styles { return NewStyles(s.Styled()) }

// Wrap breaks text into lines of at most width cells, indenting every
// line after the first by hang spaces, so that a wrapped paragraph lines
// up under its label. Lines break at spaces, never at a hyphen: an id
// such as KA4-09 stays whole (lipgloss would break after any "-").
func Wrap(text string, width, hang int) string {
	if width-hang < 20 {
		width = hang + 20
	}
	keep := !strings.Contains(text, nbHyphen)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		if keep {
			para = strings.ReplaceAll(para, "-", nbHyphen)
		}
		w := lipgloss.Wrap(para, width-hang, "")
		out = append(out, strings.Split(w, "\n")...)
	}
	for i := range out {
		out[i] = strings.TrimRight(out[i], " ")
		if keep {
			out[i] = strings.ReplaceAll(out[i], nbHyphen, "-")
		}
	}
	return strings.Join(out, "\n"+strings.Repeat(" ", hang))
}

// HuhTheme is the theme of the interactive questionnaire: huh's Charm
// theme in scorecard's accent colour on a colour terminal; plain otherwise
// (NO_COLOR, accessible mode), so prompts carry no escape codes.
func HuhTheme(styled bool) huh.Theme {
	if !styled {
		return huh.ThemeFunc(func(bool) *huh.Styles { return plainHuhStyles() })
	}
	return huh.ThemeFunc(func(isDark bool) *huh.Styles {
		s := huh.ThemeCharm(isDark)
		s.Focused.Title = s.Focused.Title.Foreground(colorAccent)
		s.Focused.NoteTitle = s.Focused.NoteTitle.Foreground(colorAccent)
		s.Focused.SelectSelector = s.Focused.SelectSelector.Foreground(colorAccent)
		s.Focused.SelectedOption = s.Focused.SelectedOption.Foreground(colorGood)
		return s
	})
}

// plainHuhStyles is huh's base theme without any colour: every style is
// reset to plain text, keeping only the layout (margins, the selector
// mark), so it reads well with NO_COLOR and in a screen reader.
func plainHuhStyles() *huh.Styles {
	s := huh.ThemeBase(false)
	plain := func(st lipgloss.Style) lipgloss.Style {
		return st.UnsetForeground().UnsetBackground().UnsetBorderForeground().UnsetBorderBackground()
	}
	for _, fs := range []*huh.FieldStyles{&s.Focused, &s.Blurred} {
		fs.Base = plain(fs.Base)
		fs.Title = plain(fs.Title)
		fs.Description = plain(fs.Description)
		fs.ErrorIndicator = plain(fs.ErrorIndicator)
		fs.ErrorMessage = plain(fs.ErrorMessage)
		fs.SelectSelector = plain(fs.SelectSelector)
		fs.Option = plain(fs.Option)
		fs.NextIndicator = plain(fs.NextIndicator)
		fs.PrevIndicator = plain(fs.PrevIndicator)
		fs.MultiSelectSelector = plain(fs.MultiSelectSelector)
		fs.SelectedOption = plain(fs.SelectedOption)
		fs.SelectedPrefix = plain(fs.SelectedPrefix)
		fs.UnselectedOption = plain(fs.UnselectedOption)
		fs.UnselectedPrefix = plain(fs.UnselectedPrefix)
		fs.FocusedButton = plain(fs.FocusedButton).Reverse(true)
		fs.BlurredButton = plain(fs.BlurredButton)
		fs.NoteTitle = plain(fs.NoteTitle)
		fs.TextInput.Cursor = plain(fs.TextInput.Cursor)
		fs.TextInput.Placeholder = plain(fs.TextInput.Placeholder)
		fs.TextInput.Prompt = plain(fs.TextInput.Prompt)
		fs.TextInput.Text = plain(fs.TextInput.Text)
	}
	s.Help.ShortKey = plain(s.Help.ShortKey)
	s.Help.ShortDesc = plain(s.Help.ShortDesc)
	s.Help.ShortSeparator = plain(s.Help.ShortSeparator)
	s.Help.FullKey = plain(s.Help.FullKey)
	s.Help.FullDesc = plain(s.Help.FullDesc)
	s.Help.FullSeparator = plain(s.Help.FullSeparator)
	s.Help.Ellipsis = plain(s.Help.Ellipsis)
	return s
}
