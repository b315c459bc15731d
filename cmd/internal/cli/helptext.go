package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// localizeHelp makes --help and 'scorecard help COMMAND' speak the
// interface language. The words of every command's help (its Short, Long
// and Example, and each flag's usage) are keys of the message catalogs,
// extracted from the code by cmd/internal/catalog; the help is laid out
// as cobra lays it out, with its headings translated. In English, cobra's
// own help runs, untouched. The man pages stay English.
func localizeHelp(f *Factory, root *cobra.Command) {
	english := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		p := printerOf(f)
		if p.Code() == "en" {
			english(c, args)
			return
		}
		writeHelp(c.OutOrStdout(), c, p)
	})
}

// writeHelp writes a command's help as cobra's default help does (in
// cobra 1.10: defaultHelpFunc and defaultUsageFunc), in p's language.
func writeHelp(w io.Writer, c *cobra.Command, p *locale.Printer) {
	text := c.Long
	if text == "" {
		text = c.Short
	}
	if text = strings.TrimRightFunc(helpText(p, text), unicode.IsSpace); text != "" {
		fmt.Fprintf(w, "%s\n\n", text)
	}
	if !c.Runnable() && !c.HasSubCommands() {
		return
	}
	var b strings.Builder
	b.WriteString(p.Sprintf("Usage:"))
	if c.Runnable() {
		line := c.UseLine()
		if rest, ok := strings.CutSuffix(line, " [flags]"); ok {
			line = rest + " " + p.Sprintf("[flags]")
		}
		b.WriteString("\n  " + line)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n  " + p.Sprintf("%s [command]", c.CommandPath()))
	}
	if len(c.Aliases) > 0 {
		b.WriteString("\n\n" + p.Sprintf("Aliases:") + "\n  " + c.NameAndAliases())
	}
	if c.HasExample() {
		b.WriteString("\n\n" + p.Sprintf("Examples:") + "\n" + helpText(p, c.Example))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + p.Sprintf("Available Commands:"))
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(&b, "\n  %-*s %s", sub.NamePadding(), sub.Name(), helpText(p, sub.Short))
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\n\n" + p.Sprintf("Flags:") + "\n" + flagUsages(c.LocalFlags(), p))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\n\n" + p.Sprintf("Global Flags:") + "\n" + flagUsages(c.InheritedFlags(), p))
	}
	if c.HasHelpSubCommands() {
		b.WriteString("\n\n" + p.Sprintf("Additional help topics:"))
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				fmt.Fprintf(&b, "\n  %-*s %s", sub.CommandPathPadding(), sub.CommandPath(), helpText(p, sub.Short))
			}
		}
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + p.Sprintf("Use \"%s [command] --help\" for more information about a command.", c.CommandPath()))
	}
	fmt.Fprintln(w, b.String())
}

// helpText translates a text of the help. Besides scorecard's own, the
// help has a few texts cobra writes: those of its help and completion
// commands and of the --help flag.
func helpText(p *locale.Printer, s string) string {
	if t := p.Text(s); t != s {
		return t
	}
	switch {
	case s == "Help about any command":
		return p.Sprintf("Help about any command")
	case s == "Generate the autocompletion script for the specified shell":
		return p.Sprintf("Generate the autocompletion script for the specified shell")
	case strings.HasPrefix(s, "Generate the autocompletion script for ") && !strings.Contains(s, "\n"):
		return p.Sprintf("Generate the autocompletion script for %s", strings.TrimPrefix(s, "Generate the autocompletion script for "))
	case strings.HasPrefix(s, "help for ") && !strings.Contains(s, "\n"):
		return p.Sprintf("help for %s", strings.TrimPrefix(s, "help for "))
	}
	return p.Text(s)
}

// flagUsages lists flags as pflag does, with their usage in p's language.
func flagUsages(fs *pflag.FlagSet, p *locale.Printer) string {
	out := pflag.NewFlagSet("", pflag.ContinueOnError)
	out.SortFlags = fs.SortFlags
	// pflag aligns the usages by counting bytes: a value's name in
	// letters of more than one byte (`skaičius`) stands in as a token of
	// one-byte characters, as wide as the name, until the lines are made.
	type stand struct{ token, name string }
	stands := map[string]stand{}
	fs.VisitAll(func(fl *pflag.Flag) {
		c := *fl
		c.Usage = helpText(p, fl.Usage)
		if name, _ := pflag.UnquoteUsage(&c); ansi.StringWidth(name) != len(name) {
			st := stand{strings.Repeat("\x01", ansi.StringWidth(name)), name}
			c.Usage = strings.Replace(c.Usage, "`"+name+"`", "`"+st.token+"`", 1)
			stands[fl.Name] = st
		}
		out.AddFlag(&c)
	})
	var order []stand // the lines' flags, in pflag's order
	out.VisitAll(func(fl *pflag.Flag) {
		if !fl.Hidden {
			order = append(order, stands[fl.Name])
		}
	})
	lines := strings.Split(strings.TrimRightFunc(out.FlagUsages(), unicode.IsSpace), "\n")
	for i, l := range lines {
		if i < len(order) && order[i].token != "" {
			l = strings.ReplaceAll(l, order[i].token, order[i].name)
		}
		// pflag adds the default, when it is not the zero value:
		// ` (default "text")`.
		if at := strings.LastIndex(l, " (default "); at >= 0 && strings.HasSuffix(l, ")") {
			l = l[:at] + p.Sprintf(" (default %s)", l[at+len(" (default "):len(l)-1])
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}
