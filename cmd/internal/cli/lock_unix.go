//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package cli

import (
	"errors"
	"io"
	"os"
	"syscall"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// lockFile takes an exclusive lock on the answer file at path, for as
// long as assess runs on it. The lock is flock(2) on a hidden file next
// to it (the answer file itself is replaced on every save, so it cannot
// hold a lock): the system releases it when the process ends, however it
// ends, so a lock is never left stale. The lock file is removed when the
// lock is released.
//
// The lock file is never followed through a link nor opened if it is
// not a regular file: something planted by its name (a link to another
// file, which writing the holder's details would overwrite; a pipe) is
// refused with a message.
func lockFile(path string) (func(), error) {
	lp := lockPath(path)
	for range 10 {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
		if err != nil {
			if st, lerr := os.Lstat(lp); lerr == nil && !st.Mode().IsRegular() {
				return nil, notLockFile(path, lp)
			}
			// A folder we may not write to: the save will say so.
			return func() {}, nil
		}
		if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
			f.Close()
			return nil, notLockFile(path, lp)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			holder, _ := io.ReadAll(io.LimitReader(f, 200))
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, &inUseError{path: path, holder: string(holder)}
			}
			return nil, locale.Errorf("cannot lock %s: %v", checklist.CleanText(path), err)
		}
		// The holder before us may have removed the file between our
		// open and our lock: then the lock is on a file nobody else will
		// find, and we start again.
		if held, err := f.Stat(); err == nil {
			if now, err := os.Stat(lp); err == nil && os.SameFile(held, now) {
				f.Truncate(0)
				f.WriteAt([]byte(lockInfo()), 0)
				return func() {
					os.Remove(lp)
					f.Close()
				}, nil
			}
		}
		f.Close()
	}
	return nil, locale.Errorf("cannot lock %s: its lock file %s keeps changing", checklist.CleanText(path), checklist.CleanText(lp))
}

func notLockFile(path, lp string) error {
	return writeErrorf("cannot lock %s: %s is not a lock file of scorecard's (it is a link, a folder, a pipe or a device); remove it, then start again", checklist.CleanText(path), checklist.CleanText(lp))
}
