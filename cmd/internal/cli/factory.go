package cli

import (
	"fmt"
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

	mu         sync.Mutex
	frameworks map[string]*checklist.Framework
	printer    *locale.Printer
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
	return &Factory{IO: io, Now: now, frameworks: map[string]*checklist.Framework{}}
}

// Framework returns the framework that ref names: the id of a built-in
// framework, or the path of a framework file. An empty ref means the
// default framework. Each framework is parsed once per process.
func (f *Factory) Framework(ref string) (*checklist.Framework, error) {
	if ref == "" {
		ref = checklist.DefaultFramework
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if fw, ok := f.frameworks[ref]; ok {
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
		fw, err = checklist.LoadFile(ref)
	}
	if err != nil {
		return nil, fmt.Errorf("framework %s could not be loaded:\n%w", ref, err)
	}
	f.frameworks[ref] = fw
	return fw, nil
}

// looksLikePath tells a file path from a mistyped framework id.
func looksLikePath(ref string) bool {
	ext := strings.ToLower(filepath.Ext(ref))
	return strings.ContainsRune(ref, filepath.Separator) || strings.ContainsRune(ref, '/') || ext == ".yaml" || ext == ".yml"
}
