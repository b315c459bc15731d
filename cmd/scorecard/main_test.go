package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/cmd/internal/cli"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output inside the testdata/script files")

func TestMain(m *testing.M) {
	testscript.Main(cleanUp{m}, map[string]func(){
		"scorecard": func() { os.Exit(cli.MainAt(clock())) },
	})
}

// cleanUp runs the tests, then removes the binary they built.
type cleanUp struct{ m *testing.M }

func (c cleanUp) Run() int {
	code := c.m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	return code
}

// binDir holds the scorecard binary, built once for the tests that run it
// as a real process (signals, memory); removed when the tests end.
var binDir string

var built = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "scorecard-test-")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "scorecard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// scorecardBinary is the scorecard binary, built on first use; the tests
// that need it skip in -short runs.
func scorecardBinary(tb testing.TB) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("builds the binary")
	}
	bin, err := built()
	if err != nil {
		tb.Fatal(err)
	}
	return bin
}

// clock is the real clock, unless a scenario fixes today's date with
// SCORECARD_TEST_TODAY=YYYY-MM-DD (plan show judges due dates by it).
func clock() func() time.Time {
	day, err := time.ParseInLocation(time.DateOnly, os.Getenv("SCORECARD_TEST_TODAY"), time.Local)
	if err != nil {
		return time.Now
	}
	at := day.Add(12 * time.Hour)
	return func() time.Time { return at }
}

// TestScripts runs the end-to-end scenarios in testdata/script: each runs
// the real scorecard binary and checks its output and exit code.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "bash-completion": // the bash-completion package, for completion-bash.txtar
				_, err := os.Stat("/usr/share/bash-completion/bash_completion")
				return err == nil, nil
			case "ci":
				return os.Getenv("CI") != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Setup: func(env *testscript.Env) error {
			// Run as in CI: no colour settings leaking in from the caller.
			env.Setenv("NO_COLOR", "")
			env.Setenv("ACCESSIBLE", "")
			env.Setenv("TERM", "xterm-256color")
			return nil
		},
	})
}
