// Package ui holds what scorecard's commands share about the terminal:
// the standard streams and whether they are terminals, the lipgloss styles
// and the huh theme, and the rules for when output is plain.
package ui

import (
	"bytes"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"golang.org/x/term"
)

// IOStreams are the standard streams of a command, with what is known
// about them. Commands never touch os.Stdin, os.Stdout or os.Stderr
// directly, so tests can give them buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	width                          int
	getenv                         func(string) string
}

// System returns the process's own streams.
func System() *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		stdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		stderrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		getenv:    os.Getenv,
	}
	// A Windows console interprets the escape sequences of styled output
	// and of the progress line only when asked; elsewhere this does
	// nothing.
	if s.stdoutTTY {
		lipgloss.EnableLegacyWindowsANSI(os.Stdout)
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.width = w
		}
	}
	if s.stderrTTY {
		lipgloss.EnableLegacyWindowsANSI(os.Stderr)
	}
	if s.Styled() {
		s.Out = &colorprofile.Writer{Forward: os.Stdout, Profile: colorprofile.Detect(os.Stdout, os.Environ())}
	}
	return s
}

// Test returns streams backed by buffers, none of them a terminal, and an
// environment given as a map.
func Test(stdin string, env map[string]string) (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := new(bytes.Buffer), new(bytes.Buffer)
	return &IOStreams{
		In:     strings.NewReader(stdin),
		Out:    out,
		ErrOut: errOut,
		getenv: func(k string) string { return env[k] },
	}, out, errOut
}

// SetTTY marks streams as terminals, for tests of terminal behaviour.
func (s *IOStreams) SetTTY(stdin, stdout, stderr bool) {
	s.stdinTTY, s.stdoutTTY, s.stderrTTY = stdin, stdout, stderr
}

// IsStdinTTY reports whether standard input is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether standard error is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// Getenv returns an environment variable.
func (s *IOStreams) Getenv(key string) string {
	if s.getenv == nil {
		return ""
	}
	return s.getenv(key)
}

// Styled reports whether standard output gets colours and emphasis: only
// on a terminal, and never with NO_COLOR set or TERM=dumb. Anything else
// (a pipe, a file, a CI log) gets plain text without escape codes.
func (s *IOStreams) Styled() bool {
	return s.stdoutTTY && s.Getenv("NO_COLOR") == "" && s.Getenv("TERM") != "dumb"
}

// Accessible reports whether the environment asks for screen-reader
// friendly prompts: ACCESSIBLE set to anything but "" or "0", or TERM=dumb.
func (s *IOStreams) Accessible() bool {
	a := s.Getenv("ACCESSIBLE")
	return (a != "" && a != "0" && a != "false") || s.Getenv("TERM") == "dumb"
}

// Width returns the width to wrap text to: the terminal's, capped for
// reading comfort, or 80 when standard output is not a terminal.
func (s *IOStreams) Width() int {
	switch {
	case s.width <= 0:
		return 80
	case s.width > 100:
		return 100
	case s.width < 40:
		return 40
	}
	return s.width
}
