//go:build !windows

package cli

import "os"

// replaceFile gives the temporary file tmp the name path, replacing the
// file there in one step (see replace_windows.go for Windows).
func replaceFile(tmp, path string) error { return os.Rename(tmp, path) }
