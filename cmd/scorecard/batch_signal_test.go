//go:build unix

package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// stopped is how a process that was sent a signal ended.
type stopped struct {
	code           int
	stdout, stderr string
}

// signalWhen starts the command, waits until ready reports what it wrote
// so far to standard output or standard error as the sign that it is
// under way,
// sends sig, and waits for the process to end. Standard input is a pipe
// that is never written nor closed, as a terminal nobody types into.
// A process still running long after the signal is killed and the test
// fails: that is the hang this guards against, not a timing assertion.
func signalWhen(t *testing.T, cmd *exec.Cmd, sig os.Signal, ready func(output string) bool) stopped {
	t.Helper()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	outPipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var out, errOut strings.Builder
	readyc := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	// Output is read as it comes, not by lines: a JSON record is written
	// before the line break that ends it.
	scan := func(r io.Reader, into *strings.Builder) {
		defer wg.Done()
		buf := make([]byte, 4096)
		for {
			n, err := r.Read(buf)
			mu.Lock()
			into.Write(buf[:n])
			text := into.String()
			mu.Unlock()
			if ready(text) {
				once.Do(func() { close(readyc) })
			}
			if err != nil {
				return
			}
		}
	}
	wg.Add(2)
	go scan(outPipe, &out)
	go scan(errPipe, &errOut)
	select {
	case <-readyc:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the command never got under way:\n%s%s", out.String(), errOut.String())
	}
	cmd.Process.Signal(sig)
	done := make(chan error, 1)
	go func() {
		wg.Wait()
		done <- cmd.Wait()
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("still running a minute after %v: it ignores the signal", sig)
	}
	return stopped{code: cmd.ProcessState.ExitCode(), stdout: out.String(), stderr: errOut.String()}
}

// score stops on Ctrl-C or SIGTERM even while one of its inputs (here
// standard input) never comes, exits 130, and leaves its JSON array open
// so that no reader takes the records so far for the whole batch. It
// used to wait for the input for ever.
func TestScoreStopsOnASignal(t *testing.T) {
	bin := scorecardBinary(t)
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGTERM} {
		for range 10 {
			cmd := exec.Command(bin, "score", "--format", "json", "../../testdata/answers/spec-example.yaml", "-")
			got := signalWhen(t, cmd, sig, func(out string) bool { return strings.Contains(out, `"file":`) })
			if got.code != 130 || !strings.Contains(got.stderr, "scorecard: interrupted") {
				t.Fatalf("after %v: exit %d, want 130 and a word on standard error:\n%s", sig, got.code, got.stderr)
			}
			if strings.HasSuffix(strings.TrimSpace(got.stdout), "]") {
				t.Fatalf("after %v: the JSON array was closed as if complete:\n%s", sig, got.stdout)
			}
		}
	}
}

// merge stops on a signal while it waits for an input, exits 130 and
// writes nothing, not even a temporary file. It used to wait for the
// input for ever.
func TestMergeStopsOnASignal(t *testing.T) {
	bin := scorecardBinary(t)
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGTERM} {
		for range 10 {
			dir := t.TempDir()
			out := filepath.Join(dir, "merged.yaml")
			// The first file has a warning, printed once it is loaded: then
			// merge reads standard input.
			cmd := exec.Command(bin, "merge", "../../testdata/answers/with-warnings.yaml", "-", "-o", out)
			got := signalWhen(t, cmd, sig, func(out string) bool { return strings.Contains(out, "warning:") })
			if got.code != 130 || !strings.Contains(got.stderr, "scorecard: interrupted") {
				t.Fatalf("after %v: exit %d, want 130:\n%s", sig, got.code, got.stderr)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) > 0 {
				t.Fatalf("after %v: %s was written", sig, entries[0].Name())
			}
		}
	}
}

// Runs killed with SIGKILL while they write leave at most a temporary
// file behind, never a half-written report; the next write of the same
// file removes what they left. Where each kill lands is left to chance
// (the report is rendered into the temporary file, so many land while it
// exists); what is checked holds wherever they land.
func TestKilledWritesLeaveNothingBehind(t *testing.T) {
	bin := scorecardBinary(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.pdf")
	answers := "../../testdata/answers/complete-local-authority.yaml"
	for i := range 20 {
		cmd := exec.Command(bin, "report", answers, "-o", out, "--force")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(i*10) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		if b, err := os.ReadFile(out); err == nil && !strings.HasSuffix(strings.TrimSpace(string(b)), "%%EOF") {
			t.Fatalf("after kill %d: %s is half-written (%d bytes)", i, out, len(b))
		}
	}
	if b, err := exec.Command(bin, "report", answers, "-o", out, "--force").CombinedOutput(); err != nil {
		t.Fatalf("report: %v\n%s", err, b)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "report.pdf" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
