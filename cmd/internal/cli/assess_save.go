package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// assessmentSaver writes the answer file as the questionnaire goes: the
// first time without overwriting anything (a new file, named after the
// practice when no name was given), then in place.
//
// Two guards keep one person's answers from silently replacing
// another's. A lock: while assess runs on a file, a second assess on it
// refuses to start (see lockFile). A version check, for every other
// writer (an editor, a merge -o --force, a file system without locks):
// before each save the file must be as this run last saw it; if it is
// not, it is left alone and the answers go to a new file next to it
// (welcome-bureau-2.yaml), and the end message says where both are.
type assessmentSaver struct {
	path     string
	existed  bool
	saved    bool
	conflict string // the file that changed underneath, if one did

	seen   os.FileInfo // the file as last read or written
	unlock func()
	p      *locale.Printer
}

// lock takes the answer file's lock, or says who holds it. A link's lock
// is its file's, so that an assess through the link and one on the file
// itself see each other.
func (s *assessmentSaver) lock() error {
	path := s.path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	unlock, err := lockFile(path)
	var inUse *inUseError
	if errors.As(err, &inUse) {
		inUse.p = s.p
		inUse.path = s.path
	}
	if err != nil {
		return err
	}
	s.unlock = unlock
	return nil
}

// release gives the lock back.
func (s *assessmentSaver) release() {
	if s.unlock != nil {
		s.unlock()
		s.unlock = nil
	}
}

// remember notes the file as it is now (after loading it).
func (s *assessmentSaver) remember() {
	if s.path == "" {
		return
	}
	if st, err := os.Stat(s.path); err == nil {
		s.seen = st
	}
}

// changed reports whether the file is no longer as last seen.
func (s *assessmentSaver) changed() bool {
	if s.seen == nil {
		return false
	}
	st, err := os.Stat(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return false // removed: writing it again loses nothing
	}
	if err != nil {
		return false // the write will say what is wrong
	}
	return !os.SameFile(st, s.seen) || st.Size() != s.seen.Size() || !st.ModTime().Equal(s.seen.ModTime())
}

func (s *assessmentSaver) save(af *checklist.AnswerFile) error {
	write := func(w io.Writer) error { return checklist.WriteAnswers(w, af) }
	if s.path == "" {
		s.path = freeFileName(af.Practice.Name)
	}
	if s.conflict == "" && s.changed() {
		s.release()
		s.conflict = s.path
		s.path = freeName(strings.TrimSuffix(s.path, filepath.Ext(s.path)), ".yaml")
		s.saved, s.existed, s.seen = false, false, nil
	}
	force := s.existed || s.saved
	err := writeAnswerFile(s.path, force, write)
	var exists *existsError
	if errors.As(err, &exists) && !force {
		// The name was taken meanwhile: never overwrite, pick another.
		s.path = freeName(strings.TrimSuffix(s.path, filepath.Ext(s.path)), ".yaml")
		err = writeAnswerFile(s.path, false, write)
	}
	if err != nil {
		return err
	}
	if !s.saved && s.unlock == nil {
		// A new file: hold its lock from now on. Taking it cannot fail
		// but for a second assess that found the very same new name in
		// the same instant, which the write above has already refused.
		_ = s.lock()
	}
	s.saved = true
	st, err := os.Stat(s.path)
	if err == nil {
		s.seen = st
	}
	return nil
}

// lockInfo is what a lock file says about its holder.
func lockInfo() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("pid %d on %s since %s\n", os.Getpid(), host, time.Now().Format(time.RFC3339))
}

// lockPath is the lock file of an answer file: hidden, next to it. For
// a link, next to the file it points to, so that two links to one file
// share one lock.
func lockPath(path string) string {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lock")
}

// inUseError says that another assess holds the file.
type inUseError struct {
	path, holder string
	p            *locale.Printer
}

func (e *inUseError) Error() string {
	holder := strings.TrimSpace(e.holder)
	if holder != "" {
		holder = " (" + holder + ")"
	}
	p := e.p
	if p == nil {
		p = locale.English()
	}
	return p.Sprintf("%s is open in another 'scorecard assess'%s; finish or stop that one first, so that neither overwrites the other's answers",
		checklist.CleanText(e.path), checklist.CleanText(holder))
}
