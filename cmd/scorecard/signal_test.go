package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The real binary, stopped with SIGTERM while it waits for an answer,
// saves what was answered and exits 130.
func TestSIGTERMSavesAndExits130(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "scorecard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	file := filepath.Join(dir, "bureau.yaml")
	cmd := exec.Command(bin, "assess", "--accessible", "--areas", "KA1", file)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The profile, then yes to KA1-01; then wait at KA1-02 as a person
	// thinking it over would.
	io.WriteString(stdin, "Welcome Bureau\n\n9\n\n\n\n3\n1\n")
	asked := make(chan bool)
	var log strings.Builder
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if !sent && strings.Contains(sc.Text(), "KA1-02 (2 of 10)") {
				sent = true
				asked <- true
			}
		}
		close(asked)
	}()
	select {
	case ok := <-asked:
		if !ok {
			t.Fatalf("the command ended before asking KA1-02:\n%s", log.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("KA1-02 was never asked")
	}
	cmd.Process.Signal(syscall.SIGTERM)
	err = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Fatalf("exit code %d (%v), want 130:\n%s", code, err, log.String())
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("nothing saved: %v", err)
	}
	if !strings.Contains(string(b), "name: Welcome Bureau") || !strings.Contains(string(b), `KA1-01: "yes"`) || strings.Contains(string(b), "KA1-02") {
		t.Errorf("saved file:\n%s", b)
	}
}
