package main

import (
	"flag"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/cmd/internal/cli"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output inside the testdata/script files")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"scorecard": func() { os.Exit(cli.MainAt(clock())) },
	})
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
