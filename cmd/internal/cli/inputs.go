package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/merge"
)

// stdinName is how standard input is named in messages and output.
const stdinName = "-"

// expandInputs turns the FILE|DIR|- arguments of a batch command into the
// list of files to read, in argument order; directories are searched
// recursively for *.yaml and *.yml files, in lexical order, skipping
// hidden directories. Arguments that cannot be read are returned as
// inputs too, so that they are reported in their place. In a directory
// only regular files (or links to them) are taken: a named pipe, a
// device or a socket would make the command wait for ever, so it is
// skipped with a warning on standard error.
func (f *Factory) expandInputs(args []string) ([]string, error) {
	p, err := f.Printer()
	if err != nil {
		return nil, err
	}
	var files []string
	stdin := false
	for _, arg := range args {
		if arg == stdinName {
			if stdin {
				return nil, usageErrorf("standard input (-) can be given only once")
			}
			stdin = true
			files = append(files, arg)
			continue
		}
		st, err := os.Stat(arg)
		if err != nil || !st.IsDir() {
			files = append(files, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, path) // reported when it is read
				return nil
			}
			if d.IsDir() {
				if path != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if ext := strings.ToLower(filepath.Ext(path)); ext != ".yaml" && ext != ".yml" {
				return nil
			}
			mode := d.Type()
			if mode&fs.ModeSymlink != 0 {
				st, err := os.Stat(path)
				if err != nil {
					found = append(found, path) // a broken link: reported when it is read
					return nil
				}
				mode = st.Mode().Type()
			}
			if !mode.IsRegular() {
				fmt.Fprintln(f.IO.ErrOut, p.Sprintf("%s: warning: skipped: it %s", checklist.CleanText(path), checklist.NotRegular(mode).Localize(p)))
				return nil
			}
			found = append(found, path)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, usageErrorf("%s holds no answer files (*.yaml, *.yml)", checklist.CleanText(arg))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// readInput reads one input: a file, or standard input for "-". Reading
// standard input (a terminal, a pipe) can wait for ever; it stops, with
// ErrInterrupted, when ctx is cancelled.
func (f *Factory) readInput(ctx context.Context, path string) ([]byte, error) {
	if path != stdinName {
		f.noteInput(path)
		b, err := checklist.ReadFile(path)
		// Answer files can come from standard input: say how.
		var nr *checklist.NotRegularError
		if errors.As(err, &nr) && !nr.Mode.IsDir() {
			err = checklist.Problems{{File: path, Text: locale.M("%s; scorecard reads only regular files (give - to read standard input)", checklist.NotRegular(nr.Mode)), Cause: nr}}
		}
		return b, err
	}
	type read struct {
		b   []byte
		err error
	}
	done := make(chan read, 1)
	go func() {
		b, err := checklist.ReadLimited(f.IO.In, "<stdin>")
		done <- read{b, err}
	}()
	select {
	case r := <-done:
		return r.b, r.err
	case <-ctx.Done():
		return nil, ErrInterrupted
	}
}

// contextOr is ctx, or the background context when a test gave none.
func contextOr(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// interruptible runs work and returns what it returns, or ErrInterrupted
// as soon as ctx is cancelled (Ctrl-C, SIGTERM): loading and rendering a
// large file takes seconds, and the command should stop at once. work
// must write no file: when interrupted it is abandoned, and the process
// ends with it.
func interruptible[T any](ctx context.Context, work func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := work()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		if ctx.Err() != nil {
			return r.v, ErrInterrupted
		}
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ErrInterrupted
	}
}

// picker chooses the framework of an answer file: the one --framework
// names (the file must be for it), or else the built-in framework the file
// names.
func (f *Factory) picker(ref string) checklist.FrameworkPicker {
	if ref == "" {
		return func(id string) (*checklist.Framework, error) {
			if !checklist.IsBuiltin(id) {
				return nil, checklist.UnknownFrameworkError(id)
			}
			return f.Framework(id)
		}
	}
	return func(id string) (*checklist.Framework, error) {
		fw, err := f.Framework(ref)
		if err != nil {
			return nil, err
		}
		if fw.ID != id {
			return nil, locale.Errorf("the file is for framework %q, but --framework gives %q; answer files are scored only against their own framework", id, fw.ID)
		}
		return fw, nil
	}
}

// loadAnswers reads and loads one answer file.
func (f *Factory) loadAnswers(path, frameworkRef string) (*checklist.AnswerFile, error) {
	return f.loadAnswersContext(context.Background(), path, frameworkRef)
}

// loadAnswersContext is loadAnswers, stopped by ctx while it waits for
// standard input.
func (f *Factory) loadAnswersContext(ctx context.Context, path, frameworkRef string) (*checklist.AnswerFile, error) {
	b, err := f.readInput(ctx, path)
	if err != nil {
		return nil, err
	}
	name := path
	if path == stdinName {
		name = "<stdin>"
	}
	return checklist.LoadAnswers(name, b, f.picker(frameworkRef))
}

// checkFrameworkFlag loads the --framework framework once, up front, so
// that a bad path fails the command before any file is read.
func (f *Factory) checkFrameworkFlag(ref string) error {
	if ref == "" {
		return nil
	}
	_, err := f.Framework(ref)
	return err
}

// loadRatings loads every rater's file for merge and compare, all or
// nothing: every problem of every file is reported, and any problem stops
// the command before anything is written. When ctx is cancelled (Ctrl-C)
// it stops with ErrInterrupted.
func (f *Factory) loadRatings(ctx context.Context, files []string, frameworkRef string) ([]merge.Rating, error) {
	if err := f.checkFrameworkFlag(frameworkRef); err != nil {
		return nil, err
	}
	var ratings []merge.Rating
	var probs checklist.Problems
	for _, path := range files {
		if ctx.Err() != nil {
			return nil, ErrInterrupted
		}
		af, err := f.loadAnswersContext(ctx, path, frameworkRef)
		if errors.Is(err, ErrInterrupted) {
			return nil, err
		}
		if err != nil {
			var p checklist.Problems
			if errors.As(err, &p) {
				probs = append(probs, p...)
			} else {
				probs = append(probs, checklist.Problem{File: path, Message: locale.Localize(printerOf(f), err)})
			}
			continue
		}
		printWarnings(printerOf(f), f.IO, af.Warnings)
		// The file name stands in for a rater without a name; it is user
		// text too, and cleaned like names in the file.
		fallback := checklist.CleanText(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
		ratings = append(ratings, merge.Rating{Rater: merge.RaterName(af, fallback), File: af})
	}
	if len(probs) > 0 {
		p := printerOf(f)
		fmt.Fprintln(f.IO.ErrOut, probs.Localize(p))
		fmt.Fprintln(f.IO.ErrOut, p.Sprintf("scorecard: nothing was written; fix the files above and run again"))
		return nil, &reportedError{code: exitInvalid}
	}
	return ratings, nil
}
