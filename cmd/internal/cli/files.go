package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/inclusion-tools/scorecard/checklist"
)

// existsError says an output file exists and --force was not given.
type existsError struct{ name string }

func (e *existsError) Error() string {
	return e.name + " already exists; use --force to overwrite it, or choose another name"
}

// writeFileAtomic writes a file so that it is never seen half-written:
// the content goes to a temporary file in the same directory, which then
// takes the file's name. Without force an existing file is left alone;
// the check and the rename are one step (a hard link fails if the name
// is taken), so a file created meanwhile is not lost either.
func writeFileAtomic(path string, force bool, write func(io.Writer) error) (err error) {
	name := checklist.CleanText(path)
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return &existsError{name}
		}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot write %s: there is no folder %s; create it first, or write elsewhere", name, checklist.CleanText(dir))
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", name, unwrapPathError(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	if force {
		if err := replaceFile(tmp.Name(), path); err != nil {
			return fmt.Errorf("cannot write %s: %w", name, unwrapPathError(err))
		}
		return nil
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return &existsError{name}
		}
		// No hard links here (some network or FAT file systems): fall back
		// to a rename, after the existence check above.
		if err := replaceFile(tmp.Name(), path); err != nil {
			return fmt.Errorf("cannot write %s: %w", name, unwrapPathError(err))
		}
		return nil
	}
	return os.Remove(tmp.Name())
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
	if path != "" && path != "-" {
		return writeFileAtomic(path, force, write)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	_, err := out.Write(b.Bytes())
	return err
}
