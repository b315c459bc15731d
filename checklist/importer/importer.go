// Package importer reads answers collected in the field back into answer
// files: submissions exported from KoboToolbox (CSV or XLSX) and ODK
// Central (CSV) for the form that report/xlsform writes, and the
// spreadsheet worksheet of 'scorecard template --format xlsx'.
//
// Columns are found through the form (checklist/form): by the field's
// XML name, with or without its groups joined by "/" (Kobo) or "-" (ODK
// Central), or by its label in any language of the form. Group prefixes
// are matched whole against the form's own paths, never split on "-":
// item ids contain dashes. Answers are mapped through the scale's values,
// aliases and labels in every language.
//
// Each row is one submission and becomes one answer file. A row that
// cannot be mapped is reported as FILE:row:column: message and left out;
// the other rows are still imported.
package importer

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// MaxSize is the largest file import reads. A workshop's export is a few
// hundred kilobytes; a thousand submissions of the whole framework stay
// under 10 MB.
const MaxSize = 32 << 20

// MaxSubmissions is the most submissions one file may hold: each becomes
// a file, and a workshop has tens.
const MaxSubmissions = 10000

// Options says how to import.
type Options struct {
	Printer *locale.Printer
	// Pick finds the framework a file's rows name (the form's
	// scorecard_framework field, or the worksheet's framework).
	Pick checklist.FrameworkPicker
	// Framework, when set, is the framework the user named: rows made
	// with another framework's form are refused.
	Framework *checklist.Framework
	// Translations returns the languages of a framework's form besides
	// its own (see form.Translated), so that labels in any language of
	// the form are understood; nil means the framework's own language
	// only.
	Translations func(*checklist.Framework) ([]form.Language, error)
}

// Submission is one imported submission: where it was in the file, and
// the answer file it became.
type Submission struct {
	Row  int // the row in the file (the header is row 1)
	File *checklist.AnswerFile
	YAML []byte // File as an answer file, written and checked: the bytes to save
	// Warnings are things left out of the file, such as answers to items
	// that do not apply to the organisation type.
	Warnings checklist.Problems
}

// Result is what an import found in one file.
type Result struct {
	// Kind is KindSubmissions for a table of submissions (KoboToolbox,
	// ODK Central), KindWorksheet for a scorecard worksheet.
	Kind        string
	Framework   *checklist.Framework
	Submissions []*Submission
	// Problems are the rows that could not be imported, each as
	// FILE:row:column: message.
	Problems checklist.Problems
}

// The kinds of file import reads.
const (
	KindSubmissions = "submissions"
	KindWorksheet   = "worksheet"
)

// ReadFile reads a file of at most MaxSize bytes, checking the size
// before reading anything, as checklist.ReadFile does, with the advice
// that suits exports. Only a regular file is read: a named pipe, a device,
// a socket or a folder is refused without waiting on it.
func ReadFile(path string, p *locale.Printer) ([]byte, error) {
	if path == "-" {
		return nil, checklist.Problems{{File: path, Message: msgNoStdin(p)}}
	}
	b, err := checklist.ReadFileLimit(path, MaxSize)
	var nr *checklist.NotRegularError
	var big *checklist.TooBigError
	switch {
	case errors.As(err, &nr):
		return nil, checklist.Problems{{File: path, Message: msgNotRegular(p, nr.Mode), Cause: nr}}
	case errors.As(err, &big):
		return nil, checklist.Problems{{File: path, Message: msgTooBig(p, big.Limit), Cause: big}}
	}
	return b, err
}

// Import reads one exported file. A file that cannot be read at all (not
// a CSV or XLSX file, empty, without the columns it needs) gives an error
// that is a checklist.Problems; rows that cannot be imported are in the
// result's Problems.
func Import(name string, b []byte, opts Options) (*Result, error) {
	if opts.Printer == nil {
		opts.Printer = locale.English()
	}
	p := opts.Printer
	fail := func(row, col int, msg string) error {
		return checklist.Problems{{File: name, Line: row, Column: col, Message: msg}}
	}
	if len(b) > MaxSize {
		return nil, checklist.Problems{{File: name, Message: msgTooBig(p, MaxSize)}}
	}
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		x, err := openXLSX(b)
		if err != nil {
			return nil, fail(0, 0, msgNotXLSX(p, err))
		}
		defer x.Close()
		msg, formulas := checkSheets(x, p)
		if msg != "" {
			return nil, fail(0, 0, msg)
		}
		if isWorksheet(x) {
			return importWorksheet(name, x, formulas, opts)
		}
		t, err := xlsxTable(x, formulas)
		if err != nil {
			return nil, fail(0, 0, msgNotXLSX(p, err))
		}
		return importTable(name, t, opts)
	case bytes.HasPrefix(b, []byte("\xd0\xcf\x11\xe0")):
		return nil, fail(0, 0, msgOldXLS(p))
	case isAnswerFile(name, b):
		return nil, fail(0, 0, msgAnswerFile(p))
	}
	t, err := csvTable(name, b, p)
	if err != nil {
		return nil, err
	}
	return importTable(name, t, opts)
}

// buildForm makes the form a file was filled in with, in every language
// there is for the framework.
func buildForm(fw *checklist.Framework, opts Options) (*form.Form, error) {
	var tr []form.Language
	if opts.Translations != nil {
		var err error
		if tr, err = opts.Translations(fw); err != nil {
			return nil, err
		}
	}
	// Messages quote the form's first language: the interface's, when
	// the form has it.
	return form.New(fw, form.Prefer(form.Languages(fw, opts.Printer, tr...), opts.Printer.Code()))
}

// pickFramework finds the framework a file names: the one the user gave
// (which must be the same), or the one id names.
func pickFramework(id string, opts Options) (*checklist.Framework, error) {
	p := opts.Printer
	if opts.Framework != nil {
		if id != "" && id != opts.Framework.ID {
			return nil, errors.New(msgOtherFramework(p, id, opts.Framework.ID))
		}
		return opts.Framework, nil
	}
	if id == "" {
		id = checklist.DefaultFramework
	}
	if opts.Pick == nil {
		return nil, fmt.Errorf("no framework %q", id)
	}
	return opts.Pick(id)
}

// isAnswerFile recognises a scorecard answer file given by mistake.
func isAnswerFile(name string, b []byte) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && bytes.Contains(b, []byte("scorecard:"))
}
