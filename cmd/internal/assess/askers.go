package assess

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// ErrInterrupted means the user stopped the questionnaire (Ctrl-C, or
// SIGTERM). Every answer confirmed before has been kept.
var ErrInterrupted = errors.New("interrupted")

// EndOfInputError means accessible input ended (a pipe ran dry) before a
// question was answered. It is never taken as an answer.
type EndOfInputError struct{ Question string }

func (e *EndOfInputError) Error() string {
	return fmt.Sprintf("input ended before an answer to %s", e.Question)
}

// Asker asks the fields of one page. It commits each confirmed answer
// through the page's bindings, and returns ErrInterrupted or an
// *EndOfInputError when it stopped before the end of the page.
type Asker interface {
	Ask(ctx context.Context, pf *pageForm) error
}

// TUI asks a page as a huh form on a terminal.
type TUI struct {
	In    io.Reader
	Out   io.Writer
	Theme huh.Theme

	// run runs a form; tests replace it to drive the form with teatest.
	run func(context.Context, *huh.Form) error
}

// Ask runs the page's form.
func (t *TUI) Ask(ctx context.Context, pf *pageForm) error {
	form := huh.NewForm(pf.groups...).
		WithTheme(t.Theme).
		WithShowHelp(true).
		WithInput(t.In).
		WithOutput(t.Out).
		// A page fills the screen, so a long one scrolls within it and
		// keeps the current question in view.
		WithViewHook(func(v tea.View) tea.View {
			v.AltScreen = true
			return v
		})
	run := t.run
	if run == nil {
		run = func(ctx context.Context, f *huh.Form) error { return f.RunWithContext(ctx) }
	}
	err := run(ctx, form)
	// A form can return without an error while unfinished (on SIGTERM, for
	// one): only a completed form counts as answered.
	if err == nil && form.State == huh.StateCompleted {
		for _, b := range pf.bindings {
			if b.commit != nil && (b.hidden == nil || !b.hidden()) {
				b.commit(b.value())
			}
		}
		return nil
	}
	// Stopped half-way: keep what the user confirmed (huh records a field's
	// value when the user moves on from it), nothing else.
	for _, b := range pf.bindings {
		if b.commit == nil || (b.hidden != nil && b.hidden()) {
			continue
		}
		if v := form.Get(b.key); v != nil {
			b.commit(v)
		}
	}
	if err != nil && !errors.Is(err, huh.ErrUserAborted) && !errors.Is(err, huh.ErrTimeout) && ctx.Err() == nil {
		return err
	}
	return ErrInterrupted
}

// Accessible asks a page as plain, numbered prompts, one field at a time:
// what a screen reader reads well, and what a pipe can answer.
//
// huh's own accessible mode cannot be used as is for this (SPEC §9): each
// prompt reads ahead with its own scanner, and at the end of input every
// remaining field silently takes its default (a select given a bad line
// and then nothing even panics). So fields run one by one on a LineReader,
// which hands out one line per read and, at the end of input, stops the
// page instead of letting a default through.
type Accessible struct {
	In    *LineReader
	Out   io.Writer
	Theme huh.Theme
}

// Ask asks the page's fields in order.
func (a *Accessible) Ask(ctx context.Context, pf *pageForm) error {
	for _, b := range pf.bindings {
		if b.hidden != nil && b.hidden() {
			continue
		}
		f := b.field.WithTheme(a.Theme)
		if b.help != "" {
			fmt.Fprintln(a.Out, b.help)
		}
		f.Init()
		f.Focus()
		done := make(chan error, 1)
		go func() { done <- f.RunAccessible(a.Out, a.In) }()
		select {
		case err := <-done:
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Out)
			if b.commit != nil {
				b.commit(b.value())
			}
		case <-a.In.Ended():
			return &EndOfInputError{Question: b.key}
		case <-ctx.Done():
			return ErrInterrupted
		}
	}
	return nil
}

// LineReader hands out its input one line per Read, so that each of
// huh's prompts, which read through a scanner of their own, gets exactly
// one line. At the end of input it closes Ended and then blocks: the
// prompt waiting on it is abandoned, and no default answer ever comes out
// of an input that ran dry.
type LineReader struct {
	br      *bufio.Reader
	pending []byte
	ended   chan struct{}
	once    sync.Once
}

// NewLineReader reads lines from r.
func NewLineReader(r io.Reader) *LineReader {
	return &LineReader{br: bufio.NewReader(r), ended: make(chan struct{})}
}

// Ended is closed when the input has no more lines.
func (l *LineReader) Ended() <-chan struct{} { return l.ended }

// Read returns at most one line, always ending in a newline.
func (l *LineReader) Read(p []byte) (int, error) {
	if len(l.pending) == 0 {
		line, err := l.br.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			l.once.Do(func() { close(l.ended) })
			select {} // see the type's comment: never return from here
		}
		if line[len(line)-1] != '\n' {
			line = append(line, '\n')
		}
		l.pending = line
	}
	n := copy(p, l.pending)
	l.pending = l.pending[n:]
	return n, nil
}
