package plan

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

var builtin struct {
	once sync.Once
	fw   *checklist.Framework
	err  error
}

// pick chooses the built-in framework, as the command line does without
// --framework.
func pick(t testing.TB) checklist.FrameworkPicker {
	t.Helper()
	builtin.once.Do(func() { builtin.fw, builtin.err = checklist.LoadBuiltin(checklist.DefaultFramework) })
	if builtin.err != nil {
		t.Fatal(builtin.err)
	}
	return func(id string) (*checklist.Framework, error) {
		if id == builtin.fw.ID {
			return builtin.fw, nil
		}
		return nil, checklist.UnknownFrameworkError(id)
	}
}

const plans = "../../testdata/plans/"

// wants reads the "# want: LINE:COL message" lines of a broken file.
func wants(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if w, ok := strings.CutPrefix(sc.Text(), "# want: "); ok {
			out = append(out, path+":"+w)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s has no \"# want:\" lines", path)
	}
	return out
}

// Every broken plan reports exactly its problems, each with its file,
// line and column, as answer files do.
func TestBrokenPlans(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob(plans + "broken/*.yaml")
	if len(paths) < 5 {
		t.Fatalf("found %d broken plans", len(paths))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, err := LoadFile(path, pick(t), locale.English())
			var probs checklist.Problems
			if !errors.As(err, &probs) {
				t.Fatalf("error = %v, want a list of problems", err)
			}
			var got []string
			for _, p := range probs {
				got = append(got, fmt.Sprintf("%s:%d:%d %s", p.File, p.Line, p.Column, p.Message))
			}
			if diff := cmp.Diff(wants(t, path), got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzLoadPlan feeds arbitrary bytes to the plan loader: it must never
// panic, and whatever it accepts must survive a write and a re-read.
func FuzzLoadPlan(f *testing.F) {
	paths, _ := filepath.Glob(plans + "*.yaml")
	broken, _ := filepath.Glob(plans + "broken/*.yaml")
	for _, p := range append(paths, broken...) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	pk := pick(f)
	p := locale.English()
	f.Fuzz(func(t *testing.T, b []byte) {
		pl, err := Load("fuzz.yaml", b, pk, p)
		if err != nil {
			var probs checklist.Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, pl, nil, p); err != nil {
			t.Fatal(err)
		}
		back, err := Load("written.yaml", buf.Bytes(), pk, p)
		if err != nil {
			t.Fatalf("accepted plan does not survive a write:\n%v\n%s", err, buf.String())
		}
		if len(back.Actions) != len(pl.Actions) {
			t.Fatalf("%d actions after a write, want %d", len(back.Actions), len(pl.Actions))
		}
	})
}
