//go:build windows

package ui

import (
	"os"

	"golang.org/x/sys/windows"
)

// enableVT makes a Windows console interpret the escape sequences of
// styled output and of the progress line, as terminals elsewhere do; a
// console starts without it unless a program (bubbletea, during the
// questionnaire) asks. Not a console, or an old one: nothing changes.
func enableVT(f *os.File) {
	h := windows.Handle(f.Fd())
	var mode uint32
	if windows.GetConsoleMode(h, &mode) != nil {
		return
	}
	_ = windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING)
}
