package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Modes of the files scorecard creates, before the umask takes its part.
// A file that exists keeps its own mode.
const (
	// publicMode is for reports, templates and exports, made to be shared.
	publicMode fs.FileMode = 0o644
	// answerMode is for answer files, which hold notes about the people a
	// practice serves: readable by their owner only, until they choose
	// otherwise (see README, Design choices).
	answerMode fs.FileMode = 0o600
)

// existsError says an output file exists and --force was not given.
type existsError struct{ name string }

func (e *existsError) Error() string { return e.Localize(locale.English()) }

// Localize says it in p's language.
func (e *existsError) Localize(p *locale.Printer) string {
	return p.Sprintf("%s already exists; use --force to overwrite it, or choose another name", e.name)
}

// writeError is a file that cannot be written, said in words that
// printError shows in the interface language.
type writeError struct{ locale.Msg }

func (e *writeError) Error() string { return e.Msg.String() }

func writeErrorf(format string, args ...any) error { return &writeError{locale.M(format, args...)} }

// writeFileAtomic writes a file so that it is never seen half-written:
// the content goes to a temporary file in the same directory, which then
// takes the file's name. Without force an existing file is left alone;
// the check and the rename are one step (a hard link fails if the name
// is taken), so a file created meanwhile is not lost either.
//
// Only a regular file, or a new name, is written: a device (/dev/null,
// /dev/full), a named pipe, a socket or a folder is refused, force or
// not, since renaming over it would replace it. A symbolic link is
// written through: its target is replaced and the link stays (see
// linkNote). An existing file keeps its mode; a new one gets 0644, less
// the umask. The temporary file is removed on every failure, and
// temporary files left by a killed run next to the target are removed
// (see removeStaleTemps).
func writeFileAtomic(path string, force bool, write func(io.Writer) error) error {
	return writeFile(path, force, publicMode, write)
}

// writeAnswerFile is writeFileAtomic for answer files: a new one is
// readable by its owner only (0600, less the umask).
func writeAnswerFile(path string, force bool, write func(io.Writer) error) error {
	return writeFile(path, force, answerMode, write)
}

// writeNewAnswerFile is writeAnswerFile, never replacing anything, for
// commands that write many new answer files into one folder (import):
// the temporary files left there by a killed run are removed once, by
// tidyFolder, rather than before every file, which reads the whole folder
// each time and made an import of thousands of files take minutes.
func writeNewAnswerFile(path string, write func(io.Writer) error) error {
	return writeFileTidy(path, false, answerMode, false, write)
}

// tidyFolder removes the temporary files that a killed run left in dir
// next to any answer file (see removeStaleTemps).
func tidyFolder(dir string) { removeStaleTemps(dir, "") }

// outputTarget is what writing to a path will replace.
type outputTarget struct {
	path   string      // the file to replace: the path, or its link's target
	exists bool        // whether path names something already
	mode   fs.FileMode // the existing file's mode
	linked bool        // path is a symbolic link to target
}

// resolveOutput checks that path can be written and finds the file that
// a write will replace.
func resolveOutput(path string) (outputTarget, error) {
	name := checklist.CleanText(path)
	t := outputTarget{path: path}
	lst, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return t, nil
	}
	if err != nil {
		return t, writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
	}
	t.exists = true
	st := lst
	if lst.Mode()&fs.ModeSymlink != 0 {
		t.linked = true
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return t, writeErrorf("cannot write %s: it is a link to a file that does not exist (or cannot be reached); remove the link, or write elsewhere", name)
		}
		if st, err = os.Stat(path); err != nil {
			return t, writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
		}
		// Links like /proc/self/fd/1 name something other than their text
		// says: refuse what cannot be followed by name, and every link
		// into /proc or /dev to a regular file, which names one of a
		// process's open files (standard output sent to a file, say):
		// following it would replace whatever that happens to be. (A
		// device is refused below, in words that name it.)
		if tst, err := os.Stat(target); err != nil || !os.SameFile(st, tst) || st.Mode().IsRegular() && throughProcessFiles(path) {
			return t, writeErrorf("cannot write %s: it is a link that cannot be followed to a file; write to a regular file", name)
		}
		t.path = target
	}
	if !st.Mode().IsRegular() {
		what := checklist.NotRegular(st.Mode())
		if t.linked {
			return t, writeErrorf("cannot write %s: it is a link to %s, which %s; write to a regular file", name, checklist.CleanText(t.path), what)
		}
		if st.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe) != 0 {
			return t, writeErrorf("cannot write %s: it %s; to send the output there, leave out -o and redirect standard output instead", name, what)
		}
		return t, writeErrorf("cannot write %s: it %s; give the name of a regular file", name, what)
	}
	t.mode = st.Mode()
	return t, nil
}

// throughProcessFiles reports whether following the link at path goes
// through /proc or /dev, as /dev/stdout, /dev/fd/1 and /proc/self/fd/1
// do, in its own target or in the folder of any link along the way.
func throughProcessFiles(path string) bool {
	p := path
	for range 40 { // the most links Linux follows
		if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil && isProcessFiles(dir) {
			return true
		}
		target, err := os.Readlink(p)
		if err != nil {
			return false
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(p), target)
		}
		if isProcessFiles(target) {
			return true
		}
		p = target
	}
	return true // a loop: nothing to follow
}

func isProcessFiles(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	abs = filepath.ToSlash(abs)
	return abs == "/proc" || abs == "/dev" || strings.HasPrefix(abs, "/proc/") || strings.HasPrefix(abs, "/dev/")
}

func writeFile(path string, force bool, newMode fs.FileMode, write func(io.Writer) error) error {
	return writeFileTidy(path, force, newMode, true, write)
}

func writeFileTidy(path string, force bool, newMode fs.FileMode, tidy bool, write func(io.Writer) error) (err error) {
	name := checklist.CleanText(path)
	t, err := resolveOutput(path)
	if err != nil {
		return err
	}
	if t.exists && !force {
		return &existsError{name}
	}
	dir, base := filepath.Split(t.path)
	if dir == "" {
		dir = "."
	}
	if tidy {
		removeStaleTemps(dir, base)
	}
	mode := newMode
	if t.exists {
		mode = t.mode.Perm()
	}
	tmp, err := createTemp(dir, base, mode)
	if errors.Is(err, fs.ErrNotExist) {
		return writeErrorf("cannot write %s: there is no folder %s; create it first, or write elsewhere", name, checklist.CleanText(filepath.Dir(path)))
	}
	if err != nil {
		return writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
	}
	// Whatever happens from here on (an error, a panic in write), the
	// temporary file goes unless it became the target.
	kept := false
	defer func() {
		if !kept {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	// A renderer that fails to write (a full disk) returns the
	// temporary file's error; it is reported under the output's name.
	rec := &recordingWriter{w: tmp}
	bw := bufio.NewWriter(rec)
	if err := write(bw); err != nil {
		if rec.err != nil {
			return writeErrorf("cannot write %s: %v", name, unwrapPathError(rec.err))
		}
		return err
	}
	if err := bw.Flush(); err != nil {
		return writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
	}
	if t.exists {
		// The file was created with the existing file's mode less the
		// umask; give it that mode exactly. Where modes cannot be set (some
		// network and FAT file systems) the umask's version stays, which
		// is never more open.
		_ = tmp.Chmod(mode)
	}
	if err := tmp.Sync(); err != nil {
		return writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
	}
	if err := tmp.Close(); err != nil {
		return writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
	}
	if force {
		if err := replaceFile(tmp.Name(), t.path); err != nil {
			return writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
		}
		kept = true
		return nil
	}
	if err := os.Link(tmp.Name(), t.path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return &existsError{name}
		}
		// No hard links here (some network or FAT file systems): fall back
		// to a rename, after the existence check above.
		if err := replaceFile(tmp.Name(), t.path); err != nil {
			return writeErrorf("cannot write %s: %v", name, unwrapPathError(err))
		}
		kept = true
		return nil
	}
	return nil // the deferred function removes the temporary name
}

// recordingWriter remembers the first error writing to w.
type recordingWriter struct {
	w   io.Writer
	err error
}

func (r *recordingWriter) Write(b []byte) (int, error) {
	n, err := r.w.Write(b)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}

// tempSuffix ends the name of every temporary file: ".NAME.PID.RANDOM.tmp"
// next to the file NAME being written.
const tempSuffix = ".tmp"

// createTemp creates a new temporary file for base in dir, with the
// given mode less the umask. Its name carries the process id, so that a
// later run can tell a file left by a killed process from one being
// written.
func createTemp(dir, base string, mode fs.FileMode) (*os.File, error) {
	prefix := filepath.Join(dir, "."+base+"."+strconv.Itoa(os.Getpid())+".")
	for range 100 {
		name := prefix + strconv.FormatUint(uint64(rand.Uint32()), 10) + tempSuffix
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, mode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, &fs.PathError{Op: "createtemp", Path: prefix + "*" + tempSuffix, Err: fs.ErrExist}
}

// staleAfter is the age after which a temporary file is taken to be
// left over whether or not its process can be checked: no write takes
// that long.
const staleAfter = 24 * time.Hour

// removeStaleTemps removes the temporary files that a killed run (kill
// -9, a power cut) left next to base in dir (next to any answer file,
// NAME.yaml, when base is ""): those whose process no longer runs, or that are older than
// staleAfter. A file being written by a live process is left alone.
// Files with other names, and anything that is not a regular file, are
// never touched. Errors are ignored: this is tidying, and the write goes
// on without it.
func removeStaleTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		mid, ok := strings.CutSuffix(e.Name(), tempSuffix)
		if !ok {
			continue
		}
		if base != "" {
			if mid, ok = strings.CutPrefix(mid, prefix); !ok {
				continue
			}
		} else {
			// ".NAME.PID.RANDOM": the last two parts, after a name.
			i := strings.LastIndexByte(mid, '.')
			j := -1
			if i > 0 {
				j = strings.LastIndexByte(mid[:i], '.')
			}
			if j <= 1 || mid[0] != '.' || len(mid[1:j]) <= len(".yaml") || !strings.HasSuffix(mid[1:j], ".yaml") {
				continue
			}
			mid = mid[j+1:]
		}
		// "PID.RANDOM", or "RANDOM" from versions before the process id
		// was recorded (then no live process has that number, as a rule).
		pidText, random, _ := strings.Cut(mid, ".")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid <= 0 || !allDigits(random) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if pid != os.Getpid() && (!processRuns(pid) || time.Since(info.ModTime()) > staleAfter) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// writeOutput writes a command's product: to standard output when path is
// "" or "-", else atomically to the file (see writeFileAtomic). The
// product is rendered in full before anything is written, so an error
// never leaves half an output behind.
func writeOutput(out io.Writer, path string, force bool, write func(io.Writer) error) error {
	return writeOutputMode(out, path, force, publicMode, write)
}

// writeAnswerOutput is writeOutput for answer files (see writeAnswerFile).
func writeAnswerOutput(out io.Writer, path string, force bool, write func(io.Writer) error) error {
	return writeOutputMode(out, path, force, answerMode, write)
}

func writeOutputMode(out io.Writer, path string, force bool, mode fs.FileMode, write func(io.Writer) error) error {
	if path != "" && path != "-" {
		return writeFile(path, force, mode, write)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	_, err := out.Write(b.Bytes())
	return err
}

// noteInput records a file the command read (an answer file, a plan, a
// framework or translation file), so that its output can never replace
// it (see refuseInputAsOutput).
func (f *Factory) noteInput(path string) {
	if path == "" || path == stdinName {
		return
	}
	f.inputsMu.Lock()
	f.inputs = append(f.inputs, path)
	f.inputsMu.Unlock()
}

// writeOutput is writeOutput for a command's product (see the function),
// refusing an output that names any file the command has read, and
// saying so when the output is a link written through.
func (f *Factory) writeOutput(out io.Writer, path string, force bool, write func(io.Writer) error) error {
	if err := f.refuseInputAsOutput(path); err != nil {
		return err
	}
	f.printLinkNote(path)
	return writeOutput(out, path, force, write)
}

// writeAnswerOutput is writeAnswerOutput, refusing an output that names
// any file the command has read, and saying so when the output is a link
// written through.
func (f *Factory) writeAnswerOutput(out io.Writer, path string, force bool, write func(io.Writer) error) error {
	if err := f.refuseInputAsOutput(path); err != nil {
		return err
	}
	f.printLinkNote(path)
	return writeAnswerOutput(out, path, force, write)
}

// refuseInputAsOutput refuses an output file that is one of the inputs
// (by name, through a link, or as a hard link): writing it would replace
// what the command reads, such as an answer file with its own report.
// The inputs are those given and every file read so far (see noteInput):
// the answer file a plan names, the --framework and --translation files.
func (f *Factory) refuseInputAsOutput(output string, inputs ...string) error {
	if f == nil || output == "" || output == "-" {
		return nil // tests may run a command without a factory
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // a new file cannot be an input
	}
	f.inputsMu.Lock()
	inputs = append(inputs, f.inputs...)
	f.inputsMu.Unlock()
	for _, in := range inputs {
		if in == stdinName {
			continue
		}
		if st, err := os.Stat(in); err == nil && os.SameFile(out, st) {
			return usageErrorf("-o %s is one of the input files; scorecard never writes over what it reads, so give another name", checklist.CleanText(output))
		}
	}
	return nil
}

// linkNote returns a line to show before writing to path when path is a
// symbolic link, saying which file will be replaced, or "".
func linkNote(p *locale.Printer, path string) string {
	if path == "" || path == "-" {
		return ""
	}
	t, err := resolveOutput(path)
	if err != nil || !t.linked {
		return ""
	}
	return p.Sprintf("%s is a link: writing to the file it points to, %s", checklist.CleanText(path), checklist.CleanText(t.path))
}

// printLinkNote shows linkNote on standard error.
func (f *Factory) printLinkNote(path string) {
	if f == nil {
		return
	}
	p, err := f.Printer()
	if err != nil {
		return
	}
	if note := linkNote(p, path); note != "" {
		fmt.Fprintln(f.IO.ErrOut, note)
	}
}
