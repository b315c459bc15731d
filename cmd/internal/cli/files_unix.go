//go:build unix

package cli

import (
	"errors"
	"syscall"
)

// processRuns reports whether a process with the given id runs: signal 0
// checks without sending anything. A process of another user answers
// EPERM, and runs.
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
