//go:build unix

// Signals and pseudo-terminals are Unix's: these tests are not built on
// Windows.

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// The real binary, stopped by a signal while it waits for an answer, in
// accessible mode and in the terminal: every signal saves what was
// answered (in the terminal, a note being typed too) and exits 130 (129
// for SIGHUP), every time, without hanging.
//
// Each case runs SCORECARD_SIGNAL_RUNS times (3 by default, to keep `make
// test` short); SCORECARD_SIGNAL_RUNS=50 go test -run Signals
// ./cmd/scorecard is the long run.
func TestSignalsSaveAndExit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := scorecardBinary(t)
	runs := 3
	if n, err := strconv.Atoi(os.Getenv("SCORECARD_SIGNAL_RUNS")); err == nil && n > 0 {
		runs = n
	}
	for _, s := range []struct {
		name string
		sig  syscall.Signal
		code int
	}{
		{"SIGINT", syscall.SIGINT, 130},
		{"SIGTERM", syscall.SIGTERM, 130},
		{"SIGHUP", syscall.SIGHUP, 129},
	} {
		t.Run("accessible/"+s.name, func(t *testing.T) {
			for i := range runs {
				accessibleStopped(t, bin, s.sig, s.code, i)
			}
		})
		t.Run("terminal/"+s.name, func(t *testing.T) {
			for i := range runs {
				terminalStopped(t, bin, s.sig, s.code, i)
			}
		})
	}
}

// waitExit waits for the process to end; a process that does not end
// within a minute hangs, and the test says so.
func waitExit(t *testing.T, cmd *exec.Cmd, log fmt.Stringer) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode()
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		<-done
		t.Fatalf("the process hung after the signal:\n%s", log)
	}
	return -1
}

// accessibleStopped answers KA1-01 in accessible mode, waits at KA1-02 as
// a person thinking it over would, and sends the signal.
func accessibleStopped(t *testing.T, bin string, sig syscall.Signal, code, run int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "bureau.yaml")
	cmd := exec.Command(bin, "assess", "--accessible", "--areas", "KA1", file)
	cmd.Env = append(os.Environ(), "LANG=C", "NO_COLOR=1")
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
	// The profile, then yes to KA1-01.
	io.WriteString(stdin, "Welcome Bureau\n\n2\nBG\n\n\n3\n\n1\n")
	asked := make(chan bool, 1)
	log := &syncLog{}
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() {
			log.add(sc.Text() + "\n")
			if !sent && strings.Contains(sc.Text(), "question 2 of 10: KA1-02.") {
				sent = true
				asked <- true
			}
		}
		close(asked)
	}()
	select {
	case ok := <-asked:
		if !ok {
			t.Fatalf("run %d: the command ended before asking KA1-02:\n%s", run, log)
		}
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatalf("run %d: KA1-02 was never asked:\n%s", run, log)
	}
	cmd.Process.Signal(sig)
	if got := waitExit(t, cmd, log); got != code {
		t.Fatalf("run %d: exit code %d, want %d:\n%s", run, got, code, log)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("run %d: nothing saved: %v", run, err)
	}
	if !strings.Contains(string(b), "name: Welcome Bureau") || !strings.Contains(string(b), `KA1-01: "yes"`) || strings.Contains(string(b), "KA1-02") {
		t.Errorf("run %d: saved file:\n%s", run, b)
	}
}

// terminal runs the binary on a pseudo-terminal of 80×24 and follows what
// it shows through the window title it sets for each screen.
type terminal struct {
	t   *testing.T
	cmd *exec.Cmd
	pty *os.File
	out *syncLog
	at  int
}

func startTerminal(t *testing.T, bin, dir string, env []string, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append([]string{"TERM=xterm-256color", "LANG=C", "NO_COLOR=", "ACCESSIBLE="}, env...)...)
	master, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		t.Fatal(err)
	}
	// The master as a non-blocking file, so that closing it (to hang up,
	// as closing a terminal window does) is not held up by the read in
	// progress.
	fd, err := syscall.Dup(int(master.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	master.Close()
	if err := syscall.SetNonblock(fd, true); err != nil {
		t.Fatal(err)
	}
	f := os.NewFile(uintptr(fd), "ptmx")
	term := &terminal{t: t, cmd: cmd, pty: f, out: &syncLog{}}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			term.out.add(string(buf[:n]))
			if err != nil {
				return
			}
		}
	}()
	return term
}

// wait waits until the window's title names what; nothing is typed
// before the screen it is meant for is shown.
func (term *terminal) wait(what string) {
	term.t.Helper()
	title := "\x1b]2;scorecard: " + what + "\x07"
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		s := term.out.String()
		if i := strings.Index(s[term.at:], title); i >= 0 {
			term.at += i + len(title)
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	term.cmd.Process.Kill()
	term.t.Fatalf("the screen %q never came:\n%q", what, term.out.String())
}

func (term *terminal) typeKeys(s string) { io.WriteString(term.pty, s) }

// terminalStopped opens a started assessment in the terminal, answers
// KA1-01, starts a note on it, and while the note is being typed sends
// the signal (for SIGHUP: closes the terminal, as closing the window
// does).
func terminalStopped(t *testing.T, bin string, sig syscall.Signal, code, run int) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "bureau.yaml")
	os.WriteFile(file, []byte("scorecard: 1\nframework: effective-inclusion\npractice:\n  name: Welcome Bureau\n"), 0o644)
	term := startTerminal(t, bin, dir, nil, "assess", "--areas", "KA1", "bureau.yaml")
	term.wait("contents")
	term.typeKeys("\r")
	term.wait("KA1")
	term.typeKeys("\r")
	term.wait("KA1-01")
	term.typeKeys("y")
	term.wait("KA1-02")
	term.typeKeys("\x1b[D") // ←, back to KA1-01
	term.wait("KA1-01")
	term.typeKeys("\x0e") // ctrl+n: its note
	term.wait("note on KA1-01")
	term.typeKeys("half-typed note, not confirmed\t")
	term.wait("evidence for KA1-01") // every letter before tab was taken
	sent := time.Now()
	if sig == syscall.SIGHUP {
		term.pty.Close()
	} else {
		term.cmd.Process.Signal(sig)
	}
	got := waitExit(t, term.cmd, term.out)
	if testing.Verbose() {
		t.Logf("run %d: exit %d, %v after the signal", run, got, time.Since(sent).Round(time.Millisecond))
	}
	term.pty.Close()
	if got != code {
		t.Fatalf("run %d: exit code %d, want %d:\n%q", run, got, code, term.out)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `KA1-01: {answer: "yes", note: "half-typed note, not confirmed"}`) {
		t.Errorf("run %d: the half-typed note was not saved:\n%s", run, b)
	}
	if _, err := os.Stat(filepath.Join(dir, ".bureau.yaml.lock")); err == nil {
		t.Errorf("run %d: the lock file was left behind", run)
	}
}

// `scorecard assess` with no flag and no file, as make run starts it: the
// profile, the scope page, the first key area; Ctrl-C saves, exits 130
// and names the make command that continues.
func TestMakeRunPath(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := scorecardBinary(t)
	dir := t.TempDir()
	term := startTerminal(t, bin, dir, []string{"SCORECARD_MAKE_RUN=1"}, "assess")
	term.wait("Name of the practice or service")
	term.typeKeys("Welcome Bureau\r")
	for _, field := range []string{"Organisation", "Type of organisation", "Country", "Date of the assessment", "Who takes part in this assessment?", "Did refugees take part in this assessment?", "From which point of view do you answer?", "What do you want to assess?", "Which key areas?"} {
		term.wait(field)
		term.typeKeys("\r")
	}
	term.wait("KA1")
	term.typeKeys("\r")
	term.wait("KA1-01")
	term.typeKeys("y")
	term.wait("KA1-02")
	term.typeKeys("\x03") // ctrl+c
	if got := waitExit(t, term.cmd, term.out); got != 130 {
		t.Fatalf("exit code %d, want 130", got)
	}
	term.pty.Close()
	if out := term.out.String(); !strings.Contains(out, "To continue: make run FILE=welcome-bureau.yaml") {
		t.Errorf("no make command to continue:\n%q", out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "welcome-bureau.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"name: Welcome Bureau", "scope:\n  sections: [checklist, quick_scan, indicators]\n", `KA1-01: "yes"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the file lacks %q:\n%s", want, b)
		}
	}
}

// syncLog collects output written by one goroutine and read by another.
type syncLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *syncLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(s)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
