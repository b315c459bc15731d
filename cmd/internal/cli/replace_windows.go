//go:build windows

package cli

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// replaceFile gives the temporary file tmp the name path, replacing the
// file there (os.Rename does on Windows too). Windows refuses while
// another program holds path open (a spreadsheet showing scores.xlsx, a
// PDF viewer), and virus scanners hold new files open for a moment: try
// again for up to a second, then say what stops it.
func replaceFile(tmp, path string) error {
	var err error
	for range 10 {
		if err = os.Rename(tmp, path); err == nil {
			return nil
		}
		if !errors.Is(err, windows.ERROR_ACCESS_DENIED) && !errors.Is(err, windows.ERROR_SHARING_VIOLATION) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
	return locale.Errorf("another program has the file open (close it there, then run again), or it is read-only")
}
