package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Help topics: 'scorecard help exit-codes', 'scorecard help environment'
// and 'scorecard help formats'. They are commands without a Run, which
// cobra lists under "Additional help topics" and the man pages carry as
// pages of their own. All their text is here, in one place.
//
// 'scorecard help TOPIC' shows a topic in the interface language. The man
// pages take a topic's text, in English as cobra's own help is, from
// TopicPages.
func newHelpTopics(f *Factory) []*cobra.Command {
	var out []*cobra.Command
	for _, t := range helpTopics {
		text := t.text
		// Long is left to TopicPages: building it here would cost every
		// start-up an English printer.
		c := &cobra.Command{Use: t.name, Short: t.short.String()}
		c.SetHelpFunc(func(c *cobra.Command, _ []string) {
			fmt.Fprintln(c.OutOrStdout(), text(printerOf(f)))
		})
		out = append(out, c)
	}
	return out
}

var helpTopics = []struct {
	name  string
	short locale.Msg
	text  func(p *locale.Printer) string
}{
	{"exit-codes", locale.M("What scorecard's exit codes mean, for scripts and CI"),
		func(p *locale.Printer) string { return p.Sprintf(exitCodesHelp) }},
	{"environment", locale.M("Environment variables scorecard reads"),
		func(p *locale.Printer) string { return p.Sprintf(environmentHelp) }},
	{"formats", locale.M("The files scorecard reads and the formats it writes"),
		formatsHelp},
}

// TopicPages gives the help topics among root's commands their text in
// English, as their Long, for the man pages.
func TopicPages(root *cobra.Command) {
	for _, c := range root.Commands() {
		if !c.IsAdditionalHelpTopicCommand() {
			continue
		}
		for _, t := range helpTopics {
			if t.name == c.Name() {
				c.Long = t.text(locale.English())
			}
		}
	}
}

const exitCodesHelp = `scorecard's exit codes are a stable interface: scripts and CI jobs can rely
on them.

  0    success
  1    a gate failed: with 'scorecard score', a score below --min-checklist or
       --min-quality, not a good practice with --require-good-practice, or an
       unanswered item with --require-complete. 1 never means anything else.
  2    invalid input or usage: a file that cannot be read or is invalid, a
       bad flag or argument, an output that cannot be written, no terminal
       for 'scorecard assess'. When a batch has both invalid files and failed
       gates, 2 wins.
  129  'scorecard assess' stopped because its terminal closed (SIGHUP); every
       answer you confirmed is saved.
  130  interrupted (Ctrl-C, or the process was stopped); 'scorecard assess'
       saves every answer you confirmed before it exits, and no file is left
       half-written.

Problems with a position are printed as file:line:column: message, one per
line, on standard error.

Examples:
  $ scorecard score practices/ --min-checklist 60 || echo "below 60 or invalid"
  $ scorecard validate answers/ && echo "all valid"`

const environmentHelp = `scorecard reads these environment variables:

  NO_COLOR              when set to anything, output is never coloured or
                        styled (https://no-color.org)
  TERM                  TERM=dumb means plain output, and plain numbered
                        prompts in 'scorecard assess'
  ACCESSIBLE            set to anything but "", "0" or "false": plain
                        numbered prompts for screen readers, as --accessible
  LC_ALL, LC_MESSAGES,  the interface language: the first of them that is
  LANG                  set, such as LANG=lt_LT.UTF-8; --lang wins over
                        them, and a language scorecard does not speak means
                        English
  SCORECARD_MAKE_RUN    set by 'make run': when 'scorecard assess' stops, it
                        says to continue with 'make run FILE=...' rather
                        than with the command as it was typed

Colours and emphasis are used only when standard output is a terminal;
pipes, files and CI logs always get plain text. scorecard reads no
configuration file and sends nothing over the network.`

// formatsHelp describes the files scorecard reads and, from the same
// table that shell completion uses, the formats each command writes.
func formatsHelp(p *locale.Printer) string {
	var b strings.Builder
	b.WriteString(p.Sprintf(`Files scorecard reads:

  answer file      YAML, one assessment of one practice ("scorecard: 1").
                   'scorecard template' writes a blank one, 'scorecard
                   assess' fills one in, 'scorecard validate' checks one,
                   'scorecard schema' prints its JSON Schema for editors.
                   Answers are yes, partly, no, na or unknown (don't
                   know), in any case.
  framework file   YAML, as 'scorecard framework export' writes it; use it
                   with --framework PATH, check it with 'scorecard framework
                   validate'.
  translation      YAML, the texts of a framework in another language, as
                   'scorecard framework export --lang CODE' starts it; use
                   it with --translation FILE.
  action plan      YAML, as 'scorecard plan' writes it; 'scorecard plan
                   show' reads it.
  submissions      CSV or xlsx exported from KoboToolbox or ODK Central, and
                   the filled-in xlsx of 'scorecard template'; 'scorecard
                   import' reads them.

Without --format, 'assess', 'merge' and 'import' write answer files,
'plan' an action plan and 'schema' a JSON Schema.

Formats each command writes (--format, or the extension of -o):`) + "\n\n")
	for _, path := range []string{"scorecard score", "scorecard compare", "scorecard report", "scorecard template", "scorecard framework export", "scorecard plan show"} {
		fmt.Fprintf(&b, "  %s\n", path)
		for _, f := range outputFormats[path] {
			fmt.Fprintf(&b, "    %-8s %s\n", f.Name, f.What.Localize(p))
		}
	}
	b.WriteString("\n" + p.Sprintf(`YAML that scorecard writes quotes every value that a YAML 1.1 reader (such
as PyYAML) would take for a boolean, number or date: "yes", "no",
"2026-11-20". Reading is tolerant: unquoted answers and dates work too.

CSV is UTF-8 with a header row, commas between cells and "." as the decimal
point, whatever the language; empty cells are scores not assessed. A cell
that a spreadsheet would run as a formula (one that starts with =, +, -, @,
a tab or a carriage return) is written with a ' in front, as OWASP
recommends. --bom starts the file with a byte-order mark, so that Excel
opens it as UTF-8 on a double-click.

xlsx workbooks have a header row that stays in view, numbers as numbers
and empty cells for scores not assessed; write them with -o, or redirect
standard output to a file.`))
	return b.String()
}
