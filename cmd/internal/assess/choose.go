package assess

import (
	"context"
	"strconv"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// chooser asks one question with a few answers below what the terminal
// already shows (the scores), such as which report to write.
type chooser struct {
	sel     *huh.Select[int]
	n       int
	choice  int
	chosen  bool
	stopped bool
}

func (c *chooser) Init() tea.Cmd { return nil }

func (c *chooser) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case stopMsg:
		c.stopped = true
		return c, tea.Quit
	case tea.KeyPressMsg:
		switch k := msg.String(); k {
		case "ctrl+c", "esc":
			c.stopped = true
			return c, tea.Quit
		case "enter":
			if v, ok := c.sel.Hovered(); ok {
				c.choice, c.chosen = v, true
			}
			return c, tea.Quit
		case "up", "down", "k", "j", "home", "end":
			_, cmd := c.sel.Update(msg)
			return c, cmd
		default:
			if n, err := strconv.Atoi(k); err == nil && n >= 1 && n <= c.n {
				c.choice, c.chosen = n-1, true
				return c, tea.Quit
			}
		}
	case tea.WindowSizeMsg:
		c.sel.WithWidth(min(msg.Width, maxWidth) - 1)
	}
	return c, nil
}

func (c *chooser) View() tea.View {
	if c.chosen || c.stopped {
		return tea.NewView("")
	}
	return tea.NewView(c.sel.View() + "\n")
}

// ChooseTerminal asks one question with a few answers on the terminal,
// numbered; it returns the index of the answer, or ErrInterrupted.
func (s *Session) ChooseTerminal(ctx context.Context, t Terminal, title, help string, options []string) (int, error) {
	s.start()
	opts := make([]huh.Option[int], len(options))
	for i, o := range options {
		opts[i] = huh.NewOption(strconv.Itoa(i+1)+"  "+o, i)
	}
	var value int
	sel := themed(huh.NewSelect[int](), cachedTheme(t.Theme)).Title(title).Description(help).Options(opts...).Value(&value)
	km := huh.NewDefaultKeyMap()
	km.Select.Filter.SetEnabled(false)
	sel.WithKeyMap(km).WithWidth(79)
	sel.Focus()
	c := &chooser{sel: sel, n: len(options)}
	prog := tea.NewProgram(c, tea.WithInput(t.In), tea.WithOutput(t.Out), tea.WithoutSignalHandler())
	done := make(chan struct{})
	defer close(done)
	go s.watchStop(ctx, done, prog.Send, prog.Kill)
	if _, err := prog.Run(); err != nil || !c.chosen {
		return 0, ErrInterrupted
	}
	return c.choice, nil
}
