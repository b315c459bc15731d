package checklist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/yaml11"
)

// intended are the places where an answer file holds a number or a
// boolean on purpose.
func intended(path string) bool {
	return path == "scorecard" || path == "practice.refugees_involved"
}

// Every scalar that YAML 1.1 reads as a boolean, number, date or null is
// quoted by NeedsQuotes, and so is what YAML 1.2 reads as a number.
func TestNeedsQuotesCoversYAML11(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"yes", "No", "ON", "off", "y", "N", "true", "FALSE", "null", "~", "<<", "=",
		"2026-11-20", "2026-1-5 10:00:00", "2001-12-14t21:59:43.10-05:00",
		"0", "12", "-3", "+7", "0755", "0x1F", "0b101", "1_000", "190:20:30",
		"1.5", ".5", "1e3", "1.0e+3", ".inf", "-.Inf", ".NaN", "6.8523015e+5", "1:30.5", "0o17",
	} {
		if yaml11.Type(s) == "" && s != "1e3" && s != "0o17" {
			t.Errorf("the YAML 1.1 rules do not see %q as typed (fix the test)", s)
		}
		if !NeedsQuotes(s) {
			t.Errorf("%q is a %s in YAML 1.1 but is written unquoted", s, yaml11.Type(s))
		}
	}
	for _, s := range []string{"partly", "na", "n/a", "Welcome Bureau", "KA1-01", "local-authority", "BG", "Gdańsk", "yes please",
		"../wb-2026.yaml", "./x", "3rd floor", "2026-11-20 minutes.pdf", "0b5f1ad6-0001", "v1.5", "-"} {
		if NeedsQuotes(s) {
			t.Errorf("%q is quoted, but is text for every reader", s)
		}
	}
}

// A file written by WriteAnswers reads the same in a YAML 1.1 reader:
// no answer, date, name or note changes type, however it is spelt; and
// it loads back unchanged.
func TestWrittenAnswersAreTextInYAML11(t *testing.T) {
	t.Parallel()
	fw := loadEffectiveInclusion(t)
	involved := false
	af := &AnswerFile{
		Framework: fw,
		Practice: Practice{
			Name: "yes", Organisation: "0755", OrganisationType: "civil-society", Country: "NO",
			AssessedOn: "2026-11-20", Assessors: []string{"on", "1e3", "2026-01-01", "Ana"}, RefugeesInvolved: &involved,
		},
		Sections: []Section{SectionChecklist, SectionIndicators},
		Answers: map[string]Answer{
			"KA1-01": {Value: "yes"}, "KA1-02": {Value: "no"}, "KA1-03": {Value: "partly"}, "KA1-04": {Value: "na"},
			"KA1-05": {Value: "no", Note: "no", Evidence: "12:30"},
			"D1-01":  {Value: "yes", Note: "Off"},
		},
		Notes: map[string]string{"KA1": "null", "D1": "1.5"},
	}
	var b bytes.Buffer
	if err := WriteAnswers(&b, af); err != nil {
		t.Fatal(err)
	}
	problems, err := yaml11.NotText(b.Bytes(), intended)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("written unquoted: %s", p)
	}
	for _, want := range []string{`  KA1-01: "yes"`, `  KA1-03: "partly"`, `  assessed_on: "2026-11-20"`, `  country: "NO"`} {
		if !strings.Contains(b.String(), want+"\n") {
			t.Errorf("the file lacks %s:\n%s", want, b.String())
		}
	}
	back, err := LoadAnswers("written.yaml", b.Bytes(), builtinPicker(t))
	if err != nil {
		t.Fatalf("does not load back: %v\n%s", err, b.String())
	}
	opts := cmpopts.IgnoreFields(AnswerFile{}, "Path", "Framework", "Warnings", "Head")
	if diff := cmp.Diff(af, back, opts, cmpopts.IgnoreFields(Answer{}, "Pos")); diff != "" {
		t.Errorf("read back differently (-written +read):\n%s", diff)
	}
}

// A template, whatever its scope, holds no scalar that YAML 1.1 reads as
// anything but text (items are left empty: null, unanswered).
func TestTemplateIsTextInYAML11(t *testing.T) {
	t.Parallel()
	fw := loadEffectiveInclusion(t)
	for _, scope := range []Scope{
		{},
		{OrganisationType: "business", Areas: []string{"KA1"}, Sections: []Section{SectionChecklist}},
		{Sections: []Section{SectionQuickScan}},
	} {
		var b bytes.Buffer
		if err := WriteTemplate(&b, locale.English(), fw, scope, "2026-11-20"); err != nil {
			t.Fatal(err)
		}
		problems, err := yaml11.NotText(b.Bytes(), intended)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Errorf("template %+v: written unquoted: %s", scope, p)
		}
		if !strings.Contains(b.String(), "  assessed_on: \"2026-11-20\"\n") {
			t.Errorf("template %+v: the date is not quoted", scope)
		}
	}
}

// The comment lines at the top of a file, such as an editor's modeline,
// are written back when the file is rewritten, the modeline first, then
// scorecard's own header; the rest of the file is scorecard's own
// layout. Rewriting again changes nothing.
func TestHeadCommentsAreKept(t *testing.T) {
	t.Parallel()
	pick := builtinPicker(t)
	in := "\ufeff# yaml-language-server: $schema=./scorecard.schema.json\r\n" +
		"# Welcome Bureau, assessed by the team.\r\n" +
		"\r\n" +
		"  # indented, still a comment\r\n" +
		"\r\n" +
		"scorecard: 1\r\n" +
		"# a comment further down is not kept\r\n" +
		"framework: effective-inclusion\r\npractice: {name: Welcome Bureau}\r\nchecklist:\r\n  KA1-01: Yes\r\n"
	af, err := LoadAnswers("in.yaml", []byte(in), pick)
	if err != nil {
		t.Fatal(err)
	}
	var once bytes.Buffer
	if err := WriteAnswers(&once, af); err != nil {
		t.Fatal(err)
	}
	want := "# yaml-language-server: $schema=./scorecard.schema.json\n" +
		"# scorecard answer file: Effective inclusion of refugees.\n" +
		"# Answers: yes, partly, no, na or unknown. Check with: scorecard validate FILE\n" +
		"# Welcome Bureau, assessed by the team.\n" +
		"\n" +
		"  # indented, still a comment\n" +
		"scorecard: 1\n" +
		"framework: effective-inclusion\n" +
		"practice:\n  name: Welcome Bureau\n" +
		"checklist:\n  KA1-01: \"yes\"\n"
	if diff := cmp.Diff(want, once.String()); diff != "" {
		t.Errorf("rewritten file (-want +got):\n%s", diff)
	}
	again, err := LoadAnswers("once.yaml", once.Bytes(), pick)
	if err != nil {
		t.Fatal(err)
	}
	var twice bytes.Buffer
	WriteAnswers(&twice, again)
	if twice.String() != once.String() {
		t.Errorf("a second rewrite changed the file:\n%s", twice.String())
	}

	// A comment line that the YAML parser ends early (at a lone carriage
	// return) ends the block: what follows is content, not comment.
	for _, brk := range []string{"\r", "\u2028"} {
		af, err := LoadAnswers("cr.yaml", []byte("# kept\n# old Mac"+brk+"scorecard: 1\nframework: effective-inclusion\npractice: {name: x}\n"), pick)
		if err != nil {
			t.Fatal(err)
		}
		if af.Head != "# kept" {
			t.Errorf("line break %q: head %q, want only the first line", brk, af.Head)
		}
	}

	// Without comments at the top, the file says what it is.
	af.Head = ""
	var plain bytes.Buffer
	WriteAnswers(&plain, af)
	if !strings.HasPrefix(plain.String(), "# scorecard answer file: ") {
		t.Errorf("no header comment:\n%s", plain.String())
	}
}

// The instructions of a template are scorecard's own, not a person's: a
// file started from a template keeps its modeline and the comments added
// above, and gets the header of a written file instead of the
// instructions.
func TestTemplateInstructionsAreNotKept(t *testing.T) {
	t.Parallel()
	fw := loadEffectiveInclusion(t)
	var b bytes.Buffer
	b.WriteString("# yaml-language-server: $schema=s.json\n# Our team's file.\n")
	if err := WriteTemplate(&b, locale.English(), fw, Scope{Sections: []Section{SectionQuickScan}}, "2026-11-20"); err != nil {
		t.Fatal(err)
	}
	filled := strings.Replace(b.String(), `name: ""`, `name: "Welcome Bureau"`, 1)
	af, err := LoadAnswers("t.yaml", []byte(filled), builtinPicker(t))
	if err != nil {
		t.Fatal(err)
	}
	if af.Head != "# yaml-language-server: $schema=s.json\n# Our team's file." {
		t.Errorf("head %q", af.Head)
	}
}
