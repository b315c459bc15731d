// Package planted is code for the extractor's test: each way a message
// can reach the catalog, and each way one can escape it.
package planted

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

const greeting = "Hello, %s."

// Direct calls, a constant, a Msg, an error and a Msg literal.
func direct(p *locale.Printer, w io.Writer, name string) error {
	p.Fprintf(w, "Saved %d answers.", 3)
	_ = p.Sprintf(greeting, name)
	_ = locale.M("a key " + "made of two parts")
	_ = locale.Msg{Format: "a literal message"}
	return locale.Errorf("cannot read %s", name)
}

// warnf is a wrapper: its callers' formats are keys.
func warnf(p *locale.Printer, format string, args ...any) string {
	return "warning: " + p.Sprintf(format, args...)
}

// twice wraps a wrapper.
func twice(p *locale.Printer, format string, args ...any) string { return warnf(p, format, args...) }

func wrapped(p *locale.Printer) {
	_ = warnf(p, "the file is empty")
	_ = twice(p, "%d files", 2)
	say := func(format string, args ...any) { fmt.Println(p.Sprintf(format, args...)) }
	say("Opening page %d.", 1)
}

// Escapes: a format that is not a constant, and a printf-like function
// that formats in English.
func escapes(p *locale.Printer, word string) string {
	return p.Sprintf(word) + english("not translated %s", word)
}

func english(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// The help of a command and of its flags are keys too; a Short taken
// from a Msg is the Msg's.
func command() *cobra.Command {
	c := &cobra.Command{Use: "plant", Short: "Plant a seed", Long: "Plant a seed in the garden.", Example: "  $ plant --deep   # deeper"}
	c.Flags().Bool("deep", false, "plant it `deep`er")
	c.Flags().StringP("name", "n", "", "the seed's name")
	_ = &cobra.Command{Use: "topic", Short: locale.M("A topic").String()}
	return c
}
