package checklist

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// builtinPicker picks embedded frameworks, as the command line does
// without --framework.
func builtinPicker(t testing.TB) FrameworkPicker {
	fw := loadEffectiveInclusion(t)
	return func(id string) (*Framework, error) {
		if id == fw.ID {
			return fw, nil
		}
		return nil, UnknownFrameworkError(id)
	}
}

func TestBrokenAnswerFiles(t *testing.T) {
	pick := builtinPicker(t)
	checkWants(t, "../testdata/answers/broken/*.yaml", func(path string) error {
		_, err := LoadAnswersFile(path, pick)
		return err
	})
}

func TestAnswerFixturesLoad(t *testing.T) {
	pick := builtinPicker(t)
	paths, _ := filepath.Glob("../testdata/answers/*.yaml")
	if len(paths) < 7 {
		t.Fatalf("found %d answer fixtures, want at least 7", len(paths))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if _, err := LoadAnswersFile(path, pick); err != nil {
				t.Fatalf("does not load:\n%v", err)
			}
		})
	}
}

func TestSpecExample(t *testing.T) {
	af, err := LoadAnswersFile("../testdata/answers/spec-example.yaml", builtinPicker(t))
	if err != nil {
		t.Fatal(err)
	}
	yes := true
	wantPractice := Practice{
		Name:             "Welcome Bureau",
		Organisation:     "Sofia Development Association",
		OrganisationType: "local-authority",
		Country:          "BG",
		AssessedOn:       "2026-11-20",
		Assessors:        []string{"Ana", "Boris"},
		RefugeesInvolved: &yes,
	}
	if diff := cmp.Diff(wantPractice, af.Practice); diff != "" {
		t.Errorf("practice (-want +got):\n%s", diff)
	}
	wantAnswers := map[string]Answer{
		"KA1-01": {Value: "yes"},
		"KA1-02": {Value: "partly", Note: "quarterly survey, not yet analysed"},
		"OC-01":  {Value: "yes"},
		"D1-01":  {Value: "no"},
	}
	if diff := cmp.Diff(wantAnswers, af.Answers, cmpopts.IgnoreFields(Answer{}, "Pos")); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"KA1": "We rely on the annual city survey."}, af.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Section{SectionChecklist, SectionQuickScan, SectionIndicators}, af.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	if a := af.Answers["KA1-02"]; a.Pos.Line != 14 || a.Pos.Column != 20 {
		t.Errorf("KA1-02's answer is at %d:%d, want 14:20", a.Pos.Line, a.Pos.Column)
	}
}

func TestAnswerForms(t *testing.T) {
	pick := builtinPicker(t)
	src := `scorecard: 1
framework: effective-inclusion
practice:
  name: "  Welcome Bureau  "
  assessors: Ana
  refugees_involved: no
checklist:
  KA1-01: YES
  KA1-02: Partly
  KA1-03: n/a
  KA1-04: N/A
  KA1-05:
  KA1-06: {answer: no, evidence: "minutes-2026-03.pdf"}
  KA1-07: {note: "", evidence: ""}
`
	af, err := LoadAnswers("forms.yaml", []byte(src), pick)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for id, a := range af.Answers {
		got[id] = a.Value + "|" + a.Evidence
	}
	want := map[string]string{
		"KA1-01": "yes|",
		"KA1-02": "partly|",
		"KA1-03": "na|",
		"KA1-04": "na|",
		"KA1-06": "no|minutes-2026-03.pdf",
		// KA1-05 (empty) and KA1-07 (nothing in it) are unanswered.
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if af.Practice.Name != "Welcome Bureau" {
		t.Errorf("name = %q, want it trimmed", af.Practice.Name)
	}
	if diff := cmp.Diff([]string{"Ana"}, af.Practice.Assessors); diff != "" {
		t.Errorf("a single assessor (-want +got):\n%s", diff)
	}
	if af.Practice.RefugeesInvolved == nil || *af.Practice.RefugeesInvolved {
		t.Errorf("refugees_involved: no should read as false")
	}
}

func TestWarningsAndControlCharacters(t *testing.T) {
	af, err := LoadAnswersFile("../testdata/answers/with-warnings.yaml", builtinPicker(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range af.Warnings {
		got = append(got, w.String())
	}
	want := []string{
		`../testdata/answers/with-warnings.yaml:10:3: warning: KA4-LA1 does not apply to organisation type "civil-society", so its answer is ignored`,
		`../testdata/answers/with-warnings.yaml:11:32: warning: control characters removed from the note on KA4-02`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if _, ok := af.Answers["KA4-LA1"]; ok {
		t.Error("the answer to KA4-LA1 was kept; it does not apply to a civil-society organisation")
	}
	if note := af.Answers["KA4-02"].Note; note != "red alert" {
		t.Errorf("note = %q, want the escape codes stripped", note)
	}
}

func TestFrameworkMismatch(t *testing.T) {
	src := "scorecard: 1\nframework: involvement\npractice: {name: x}\n"
	_, err := LoadAnswers("a.yaml", []byte(src), func(id string) (*Framework, error) {
		return nil, fmt.Errorf("the file is for framework %q, but --framework gave %q", id, "effective-inclusion")
	})
	want := `a.yaml:2:12: the file is for framework "involvement", but --framework gave "effective-inclusion"`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// Files that are not answer files at all must fail fast, with a clear
// message and without a panic.
func TestRejectsWhatIsNotAnAnswerFile(t *testing.T) {
	pick := builtinPicker(t)
	huge := bytes.Repeat([]byte("# padding line of a far too large file\n"), 50<<20/40)
	// Aliases cost nothing to parse into nodes; the loader bounds how many
	// it follows, so a file that leans on them fails fast.
	var bomb strings.Builder
	bomb.WriteString("scorecard: 1\nframework: effective-inclusion\npractice: {name: &n x, assessors: [*n, *n]}\nchecklist:\n  KA1-01: &y yes\n")
	for _, it := range loadEffectiveInclusion(t).ItemsIn(SectionChecklist)[1:] {
		fmt.Fprintf(&bomb, "  %s: *y\n", it.ID)
	}
	bomb.WriteString("indicators:\n")
	for _, it := range loadEffectiveInclusion(t).ItemsIn(SectionIndicators) {
		fmt.Fprintf(&bomb, "  %s: *y\n", it.ID)
	}
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"50 MB", huge, "x.yaml: file is larger than 10 MiB"},
		{"alias bomb", []byte(bomb.String()), "too many YAML aliases"},
		{"binary", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), "x.yaml:1:8: this is not a text file"},
		{"invalid UTF-8", []byte("scorecard: 1\npractice: {name: Gda\xf1sk}\n"), "x.yaml:2:21: the file is not valid UTF-8 text"},
		{"empty", nil, "x.yaml: the file is empty"},
		{"a list", []byte("- KA1-01: yes\n"), "x.yaml:1:1: expected a mapping of keys to values at the top of the file, found a list"},
		{"tab indentation", []byte("scorecard: 1\npractice:\n\tname: x\n"), "x.yaml:3:1: a tab indents this line; YAML allows only spaces for indentation"},
		{"syntax", []byte("scorecard: 1\npractice: {name: x\n"), "x.yaml:2:1: invalid YAML: did not find expected ',' or '}'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadAnswers("x.yaml", tt.in, pick)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestReadFileRefusesLargeFilesBeforeReading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 50 MB file: refused from its size alone.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadAnswersFile(path, builtinPicker(t))
	if err == nil || !strings.Contains(err.Error(), "big.yaml: file is larger than 10 MiB") {
		t.Errorf("error = %v", err)
	}
	_, err = LoadAnswersFile(filepath.Join(t.TempDir(), "missing.yaml"), builtinPicker(t))
	if err == nil || !strings.HasSuffix(err.Error(), "missing.yaml: no such file") {
		t.Errorf("error = %v, want no such file", err)
	}
}

func TestWriteAnswersRoundTrips(t *testing.T) {
	pick := builtinPicker(t)
	paths, _ := filepath.Glob("../testdata/answers/*.yaml")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			af, err := LoadAnswersFile(path, pick)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteAnswers(&buf, af); err != nil {
				t.Fatal(err)
			}
			back, err := LoadAnswers("written.yaml", buf.Bytes(), pick)
			if err != nil {
				t.Fatalf("written file does not load:\n%v\n%s", err, buf.String())
			}
			opts := []cmp.Option{cmpopts.IgnoreFields(Answer{}, "Pos"), cmpopts.IgnoreFields(AnswerFile{}, "Path", "Warnings", "Framework"), cmpopts.EquateEmpty(),
				cmp.Transformer("summary", func(d Disagreement) string { return d.Item.ID + " " + d.Summary() })}
			if diff := cmp.Diff(af, back, opts...); diff != "" {
				t.Errorf("round trip changed the file (-read +written):\n%s", diff)
			}
		})
	}
}

// FuzzLoadAnswers feeds arbitrary bytes to the answer loader: it must
// never panic, whatever it accepts must survive a write and a re-read, and
// no text it hands on holds a control or invisible formatting character.
func FuzzLoadAnswers(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/answers/*.yaml")
	broken, _ := filepath.Glob("../testdata/answers/broken/*.yaml")
	for _, p := range append(paths, broken...) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	fw, err := LoadBuiltin(DefaultFramework)
	if err != nil {
		f.Fatal(err)
	}
	pick := func(id string) (*Framework, error) {
		if id == fw.ID {
			return fw, nil
		}
		return nil, UnknownFrameworkError(id)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		af, err := LoadAnswers("fuzz.yaml", b, pick)
		if err != nil {
			var probs Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteAnswers(&buf, af); err != nil {
			t.Fatal(err)
		}
		back, err := LoadAnswers("written.yaml", buf.Bytes(), pick)
		if err != nil {
			t.Fatalf("accepted file does not survive a write:\n%v\n%s", err, buf.String())
		}
		if len(back.Answers) != len(af.Answers) {
			t.Fatalf("%d answers after a write, want %d", len(back.Answers), len(af.Answers))
		}
		// Every text that reaches an output is clean (see CleanText).
		texts := []string{af.Practice.Name, af.Practice.Organisation, af.Practice.Country, af.Practice.AssessedOn, af.Practice.OrganisationType}
		texts = append(texts, af.Practice.Assessors...)
		for _, n := range af.Notes {
			texts = append(texts, n)
		}
		for _, a := range af.Answers {
			texts = append(texts, a.Note, a.Evidence)
		}
		for _, s := range texts {
			if r, _, found := UnsafeRune(s); found {
				t.Fatalf("loaded text %q holds %U", s, r)
			}
		}
		if af.Head != "" && back.Head != af.Head {
			t.Fatalf("the comments at the top changed in a write:\n%q\n%q", af.Head, back.Head)
		}
	})
}
