package checklist

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a file, or worth a warning, at a place in
// it. Its String form is the compiler-style "file:line:col: message" that
// editors and CI logs know how to link.
type Problem struct {
	File    string
	Line    int
	Column  int
	Warning bool
	Message string
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(CleanText(p.File))
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
	}
	b.WriteString(": ")
	if p.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is every problem found in one or more files. As an error it
// prints one problem per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

func (ps *Problems) add(file string, at Pos, warning bool, format string, args ...any) {
	*ps = append(*ps, Problem{
		File:    file,
		Line:    at.Line,
		Column:  at.Column,
		Warning: warning,
		Message: fmt.Sprintf(format, args...),
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
