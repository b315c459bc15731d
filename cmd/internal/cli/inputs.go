package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
)

// stdinName is how standard input is named in messages and output.
const stdinName = "-"

// expandInputs turns the FILE|DIR|- arguments of a batch command into the
// list of files to read, in argument order; directories are searched
// recursively for *.yaml and *.yml files, in lexical order, skipping
// hidden directories. Arguments that cannot be read are returned as
// inputs too, so that they are reported in their place.
func expandInputs(args []string) ([]string, error) {
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
			if ext := strings.ToLower(filepath.Ext(path)); ext == ".yaml" || ext == ".yml" {
				found = append(found, path)
			}
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

// readInput reads one input: a file, or standard input for "-".
func (f *Factory) readInput(path string) ([]byte, error) {
	if path == stdinName {
		return checklist.ReadLimited(f.IO.In, "<stdin>")
	}
	return checklist.ReadFile(path)
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
			return nil, fmt.Errorf("the file is for framework %q, but --framework gives %q; answer files are scored only against their own framework", id, fw.ID)
		}
		return fw, nil
	}
}

// loadAnswers reads and loads one answer file.
func (f *Factory) loadAnswers(path, frameworkRef string) (*checklist.AnswerFile, error) {
	b, err := f.readInput(path)
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
// the command before anything is written.
func (f *Factory) loadRatings(files []string, frameworkRef string) ([]checklist.Rating, error) {
	if err := f.checkFrameworkFlag(frameworkRef); err != nil {
		return nil, err
	}
	var ratings []checklist.Rating
	var probs checklist.Problems
	for _, path := range files {
		af, err := f.loadAnswers(path, frameworkRef)
		if err != nil {
			var p checklist.Problems
			if errors.As(err, &p) {
				probs = append(probs, p...)
			} else {
				probs = append(probs, checklist.Problem{File: path, Message: err.Error()})
			}
			continue
		}
		printWarnings(f.IO, af.Warnings)
		ratings = append(ratings, checklist.Rating{Rater: checklist.RaterName(af, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))), File: af})
	}
	if len(probs) > 0 {
		for _, p := range probs {
			fmt.Fprintln(f.IO.ErrOut, p)
		}
		fmt.Fprintln(f.IO.ErrOut, "scorecard: nothing was written; fix the files above and run again")
		return nil, &reportedError{code: exitInvalid}
	}
	return ratings, nil
}
