//go:build !windows

package ui

import "os"

// enableVT is needed on Windows only (see console_windows.go).
func enableVT(*os.File) {}
