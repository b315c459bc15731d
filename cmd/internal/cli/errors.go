package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Exit codes, as SPEC §5 defines them. Scripts depend on these: 1 only
// ever means that a gate failed.
const (
	exitOK          = 0
	exitGate        = 1
	exitInvalid     = 2
	exitInterrupted = 130
)

// GateError means the command did its work and printed its output, but a
// gate the user set (a minimum score, good practice, completeness) was not
// met.
type GateError struct {
	Failures []locale.Msg
}

func (e *GateError) Error() string { return e.Localize(locale.English()) }

// Localize says which gates failed in p's language.
func (e *GateError) Localize(p *locale.Printer) string {
	words := make([]string, len(e.Failures))
	for i, f := range e.Failures {
		words[i] = f.Localize(p)
	}
	return p.Sprintf("gate failed: %s", strings.Join(words, p.Sprintf("; ")))
}

// ErrInterrupted means the user stopped the command (Ctrl-C or SIGTERM)
// after everything given so far was saved.
var ErrInterrupted = errors.New("interrupted")

// usageError is a mistake in how the command was called: a bad flag value,
// a wrong number of arguments, a missing terminal.
type usageError struct{ locale.Msg }

func (e *usageError) Error() string { return e.Msg.String() }

func usageErrorf(format string, args ...any) error {
	return &usageError{locale.M(format, args...)}
}

// reportedError stands for problems that were already printed (each as
// file:line:col: message); only the exit code is left to give.
type reportedError struct{ code int }

func (e *reportedError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// exitCode maps an error to the process exit code: the one place where
// this is decided.
func exitCode(err error) int {
	var gate *GateError
	var reported *reportedError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &gate):
		return exitGate
	case errors.Is(err, ErrInterrupted):
		return exitInterrupted
	case errors.As(err, &reported):
		return reported.code
	}
	return exitInvalid
}
