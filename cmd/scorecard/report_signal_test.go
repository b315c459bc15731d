package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// 'scorecard report' stopped with SIGTERM while it renders a long PDF
// stops, writes nothing (not even a temporary file) and exits 130.
func TestReportStopsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := scorecardBinary(t)
	// 6 MiB of notes: seconds of PDF rendering.
	var b strings.Builder
	b.WriteString("scorecard: 1\nframework: effective-inclusion\npractice: {name: Long notes}\nchecklist: {KA1-01: yes}\nnotes:\n  KA1: |\n")
	for b.Len() < 6<<20 {
		b.WriteString("    the volunteers met every Thursday evening and wrote down what refugees said about waiting times\n")
	}
	in := filepath.Join(dir, "long.yaml")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "long.pdf")
	cmd := exec.Command(bin, "report", in, "-o", out)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("report did not stop on SIGTERM")
	}
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit code %d, want 130:\n%s", code, stderr.String())
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "scorecard" && e.Name() != "long.yaml" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
