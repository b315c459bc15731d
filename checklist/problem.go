package checklist

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Problem is one thing wrong with a file, or worth a warning, at a place in
// it, written as the compiler-style "file:line:col: message" that editors
// and CI logs know how to link.
//
// The loaders of this package know no printer: they keep their message as
// a catalog message in Text, which Localize writes in the user's language
// and String in English (for logs and tests). A producer that holds the
// user's printer may write the message itself, in Message.
type Problem struct {
	File    string
	Line    int
	Column  int
	Warning bool
	Text    locale.Msg // the message, to be written in a language
	Message string     // or the message, already written
	Cause   error      // what went wrong, for errors.As; often nil
}

// String writes the problem in English.
func (p Problem) String() string { return p.Localize(locale.English()) }

// Localize writes the problem in pr's language. The place stays as it is;
// "warning:" is translated, as compilers translate it.
func (p Problem) Localize(pr *locale.Printer) string {
	var b strings.Builder
	b.WriteString(CleanText(p.File))
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
	}
	b.WriteString(": ")
	msg := p.MessageIn(pr)
	if p.Warning {
		msg = pr.Sprintf("warning: %s", msg)
	}
	b.WriteString(msg)
	return b.String()
}

// MessageIn is the problem's message alone, without its place, in pr's
// language.
func (p Problem) MessageIn(pr *locale.Printer) string {
	if !p.Text.IsZero() {
		return p.Text.Localize(pr)
	}
	return p.Message
}

// Problems is every problem found in one or more files. As an error it
// prints one problem per line, in English; Localize prints them in a
// language.
type Problems []Problem

func (ps Problems) Error() string { return ps.Localize(locale.English()) }

// Unwrap gives the problems' causes, so that errors.As finds, say, the
// *NotRegularError behind a file that could not be read.
func (ps Problems) Unwrap() []error {
	var errs []error
	for _, p := range ps {
		if p.Cause != nil {
			errs = append(errs, p.Cause)
		}
	}
	return errs
}

// Localize writes the problems in pr's language, one per line.
func (ps Problems) Localize(pr *locale.Printer) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Localize(pr)
	}
	return strings.Join(lines, "\n")
}

// add records a problem; its format is a catalog message.
func (ps *Problems) add(file string, at Pos, warning bool, format string, args ...any) {
	*ps = append(*ps, Problem{
		File:    file,
		Line:    at.Line,
		Column:  at.Column,
		Warning: warning,
		Text:    locale.M(format, args...),
	})
}

// Sort orders problems by file, then position, keeping the order of
// problems found at the same place.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
		)
	})
}

// Errors returns the problems that are not warnings.
func (ps Problems) Errors() Problems {
	return slices.DeleteFunc(slices.Clone(ps), func(p Problem) bool { return p.Warning })
}

// Warnings returns the problems that are only warnings.
func (ps Problems) Warnings() Problems {
	return slices.DeleteFunc(slices.Clone(ps), func(p Problem) bool { return !p.Warning })
}

// Err returns the errors among ps, sorted, as an error, or nil when there
// are none.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	errs.Sort()
	return errs
}
