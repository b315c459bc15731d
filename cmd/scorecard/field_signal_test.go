//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// 'scorecard import' stopped by Ctrl-C or SIGTERM while it writes
// thousands of answer files stops there: exit 130, every file written is
// whole and loads, no temporary file is left, and the message says how
// many were imported (a second run imports the rest, skipping those). It
// used to go on to the end, exit 2, deaf to the signal.
func TestImportStopsOnASignal(t *testing.T) {
	bin := scorecardBinary(t)
	dir := t.TempDir()
	var csv strings.Builder
	csv.WriteString("practice/practice_name;practice/assessors;KA1/KA1-01;KA1/KA1-01_note;_uuid\n")
	for i := range 9000 {
		fmt.Fprintf(&csv, "Welcome Bureau;Rater %d;yes;a note;s-%d\n", i, i)
	}
	in := filepath.Join(dir, "kobo.csv")
	if err := os.WriteFile(in, []byte(csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	count := regexp.MustCompile(`Imported (\d+) submissions? into .* before the interruption`)
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGTERM} {
		for i := range 3 {
			out := filepath.Join(dir, fmt.Sprintf("%v-%d", sig, i))
			cmd := exec.Command(bin, "import", in, "-o", out)
			got := signalWhen(t, cmd, sig, func(s string) bool { return strings.Contains(s, ".yaml (Rater") })
			m := count.FindStringSubmatch(got.stderr)
			if got.code != 130 || m == nil {
				t.Fatalf("after %v: exit %d, want 130 and how many were imported:\n%s", sig, got.code, got.stderr)
			}
			entries, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(len(entries)) != m[1] {
				t.Errorf("after %v: %d files in the folder, but the message says %s", sig, len(entries), m[1])
			}
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), ".yaml") || strings.HasPrefix(e.Name(), ".") {
					t.Errorf("after %v: left behind: %s", sig, e.Name())
				}
			}
			if b, err := exec.Command(bin, "validate", out).CombinedOutput(); err != nil {
				t.Errorf("after %v: a file written does not load: %v\n%s", sig, err, b)
			}
		}
	}
}

// 'scorecard plan show' stopped by a signal while it lays out a large
// plan exits 130 and writes nothing. It used to finish, write the file
// and exit 0.
func TestPlanShowStopsOnASignal(t *testing.T) {
	bin := scorecardBinary(t)
	dir := t.TempDir()
	answers := "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau, assessed_on: \"2026-11-20\"}\nchecklist: {KA1-01: \"no\", KA1-02: \"no\"}\n"
	if err := os.WriteFile(filepath.Join(dir, "wb.yaml"), []byte(answers), 0o644); err != nil {
		t.Fatal(err)
	}
	// Some 9 MB of actions; each names KA1-01 again, for a warning
	// printed once the plan is loaded: the sign that it is under way,
	// with the longer work of laying it out still to come.
	var b strings.Builder
	b.WriteString("plan: 1\nframework: effective-inclusion\npractice: Welcome Bureau\nassessment: wb.yaml\nassessed_on: \"2026-11-20\"\nactions:\n")
	for b.Len() < 9<<20 {
		b.WriteString("  - items: [KA1-01]\n    action: Plan with what you know about the people you serve.\n    owner: Ana\n    due: \"2027-03-31\"\n    status: doing\n    target: \"yes\"\n    note: \"start with the survey\"\n")
	}
	pl := filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(pl, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGTERM} {
		for _, format := range []string{"text", "csv"} {
			out := filepath.Join(dir, "shown."+format)
			cmd := exec.Command(bin, "plan", "show", pl, "--format", format, "-o", out)
			got := signalWhen(t, cmd, sig, func(s string) bool { return strings.Contains(s, "warning:") })
			if got.code != 130 || !strings.Contains(got.stderr, "scorecard: interrupted") {
				t.Fatalf("after %v: exit %d, want 130:\n%.500s", sig, got.code, got.stderr)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() != "wb.yaml" && e.Name() != "plan.yaml" {
					t.Errorf("after %v: left behind: %s", sig, e.Name())
				}
			}
		}
	}
}
