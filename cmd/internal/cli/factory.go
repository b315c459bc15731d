package cli

import (
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// Factory holds what commands share: the streams, the clock, and the
// frameworks, each loaded once and only when a command needs it.
type Factory struct {
	IO  *ui.IOStreams
	Now func() time.Time
	// Interruptible makes Ctrl-C and SIGTERM cancel a command's context
	// (set for the real process, not for tests running many commands).
	Interruptible bool

	// Argv0 is the program's name as it was typed (os.Args[0]), for the
	// hints that repeat a command; "scorecard" when empty.
	Argv0 string
	// args are the arguments of the command line being run.
	args []string

	// Lang is the --lang flag: the interface language asked for, or ""
	// to follow LC_ALL, LC_MESSAGES and LANG.
	Lang string
	// Translation is the --translation flag: the path of a translation
	// file to apply to the framework, or "" for the built-in translation
	// of the interface language (see translation.go).
	Translation string

	mu         sync.Mutex
	frameworks map[string]*checklist.Framework // by ref, as shown: translated
	plain      map[string]*checklist.Framework // by ref, as the file has it
	printer    *locale.Printer
	// translations holds the built-in translations; nil means
	// data.Translations (tests give their own).
	translations fs.FS
	warned       bool // the --translation file's warnings were printed

	// inputs are the files read so far (see noteInput).
	inputsMu sync.Mutex
	inputs   []string
}

// Printer returns the printer of the interface language (see
// locale.Detect). Every word a command shows a person goes through it.
func (f *Factory) Printer() (*locale.Printer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.printer != nil {
		return f.printer, nil
	}
	p, err := locale.Detect(f.Lang, f.IO.Getenv)
	if err != nil {
		return nil, usageErrorf("--lang: %v", err)
	}
	f.printer = p
	return p, nil
}

// commandLine is the command line being run, as it was typed.
func (f *Factory) commandLine() []string {
	name := f.Argv0
	if name == "" {
		name = "scorecard"
	}
	return append([]string{name}, f.args...)
}

// NewFactory returns a factory for the given streams and clock.
func NewFactory(io *ui.IOStreams, now func() time.Time) *Factory {
	return &Factory{IO: io, Now: now, frameworks: map[string]*checklist.Framework{}, plain: map[string]*checklist.Framework{}}
}

// Framework returns the framework that ref names, in the language the
// user reads: the id of a built-in framework, or the path of a framework
// file, with its translation applied (see translationLocked). An empty
// ref means the default framework. Each framework is parsed once per
// process.
func (f *Factory) Framework(ref string) (*checklist.Framework, error) {
	if ref == "" {
		ref = checklist.DefaultFramework
	}
	p, err := f.Printer()
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if fw, ok := f.frameworks[ref]; ok {
		return fw, nil
	}
	fw, err := f.plainLocked(ref)
	if err != nil {
		return nil, err
	}
	tr, err := f.translationLocked(p, ref, fw, p.Code())
	if err != nil {
		return nil, err
	}
	if tr != nil {
		if fw, err = tr.Apply(fw); err != nil {
			return nil, err
		}
	}
	f.frameworks[ref] = fw
	return fw, nil
}

// UntranslatedFramework returns the framework that ref names as its file
// has it, without a translation.
func (f *Factory) UntranslatedFramework(ref string) (*checklist.Framework, error) {
	if ref == "" {
		ref = checklist.DefaultFramework
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.plainLocked(ref)
}

func (f *Factory) plainLocked(ref string) (*checklist.Framework, error) {
	if fw, ok := f.plain[ref]; ok {
		return fw, nil
	}
	var fw *checklist.Framework
	var err error
	switch {
	case checklist.IsBuiltin(ref):
		fw, err = checklist.LoadBuiltin(ref)
	case !looksLikePath(ref):
		return nil, checklist.UnknownFrameworkError(ref)
	default:
		f.noteInput(ref)
		fw, err = checklist.LoadFile(ref)
	}
	if err != nil {
		return nil, locale.Errorf("framework %s could not be loaded:\n%v", ref, err)
	}
	f.plain[ref] = fw
	return fw, nil
}

// looksLikePath tells a file path from a mistyped framework id.
func looksLikePath(ref string) bool {
	ext := strings.ToLower(filepath.Ext(ref))
	return strings.ContainsRune(ref, filepath.Separator) || strings.ContainsRune(ref, '/') || ext == ".yaml" || ext == ".yml"
}
