package merge

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/inclusion-tools/scorecard/checklist"
)

func rating(t *testing.T, rater, body string) Rating {
	t.Helper()
	src := "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau}\n" + body
	af, err := checklist.LoadAnswers(rater+".yaml", []byte(src), builtinPicker(t))
	if err != nil {
		t.Fatal(err)
	}
	return Rating{Rater: rater, File: af}
}

// Every expectation below is worked out by hand; the scale's steps are
// no (0) < partly (1) < yes (2).
func TestMergeConsensus(t *testing.T) {
	ratings := []Rating{
		rating(t, "Ana", "checklist:\n  KA1-01: yes\n  KA1-02: yes\n  KA1-03: na\n  KA1-04: no\n  KA1-05: na\n  KA1-06: yes\n  KA1-07: partly\n"),
		rating(t, "Boris", "checklist:\n  KA1-01: partly\n  KA1-02: no\n  KA1-03: na\n  KA1-04: no\n  KA1-05: yes\n  KA1-06: partly\n"),
		rating(t, "Farid", "checklist:\n  KA1-01: no\n  KA1-02: yes\n  KA1-03: yes\n  KA1-04: partly\n  KA1-05: no\n  KA1-06: yes\n"),
		rating(t, "Olena", "checklist:\n  KA1-02: partly\n  KA1-03: no\n  KA1-05: na\n"),
	}
	merged, err := Merge(ratings, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for id, a := range merged.Answers {
		got[id] = a.Value
	}
	want := map[string]string{
		// yes, partly, no: odd count, the middle one.
		"KA1-01": "partly",
		// yes, no, yes, partly → no, partly, yes, yes: even count, the
		// lower of the two middle ones.
		"KA1-02": "partly",
		// na, na, yes, no: two of four is not a majority; the median of
		// the others (no, yes) takes the lower.
		"KA1-03": "no",
		// no, no, partly.
		"KA1-04": "no",
		// na, yes, no, na: again two of four, not most; no, yes → no.
		"KA1-05": "no",
		// yes, partly, yes → partly, yes, yes.
		"KA1-06": "yes",
		// Only Ana answered.
		"KA1-07": "partly",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("consensus (-want +got):\n%s", diff)
	}

	var ids []string
	for _, d := range merged.Disagreements {
		ids = append(ids, d.Item.ID+" "+d.Summary())
	}
	// More than one step apart: yes and no in the same item.
	wantDis := []string{
		"KA1-01 Ana: yes; Boris: partly; Farid: no",
		"KA1-02 Ana: yes; Boris: no; Farid: yes; Olena: partly",
		"KA1-03 Ana: na; Boris: na; Farid: yes; Olena: no",
		"KA1-05 Ana: na; Boris: yes; Farid: no; Olena: na",
	}
	if diff := cmp.Diff(wantDis, ids); diff != "" {
		t.Errorf("disagreements (-want +got):\n%s", diff)
	}
	// Disagreements are data in the merged file, never note text, and
	// they survive writing and reading the file.
	if note := merged.Notes["KA1"]; strings.Contains(note, "disagree") {
		t.Errorf("disagreements written into the KA1 note:\n%s", note)
	}
	var b strings.Builder
	if err := checklist.WriteAnswers(&b, merged); err != nil {
		t.Fatal(err)
	}
	again, err := checklist.LoadAnswers("merged.yaml", []byte(b.String()), func(string) (*checklist.Framework, error) { return merged.Framework, nil })
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	var back []string
	for _, d := range again.Disagreements {
		back = append(back, d.Item.ID+" "+d.Summary())
	}
	if diff := cmp.Diff(wantDis, back); diff != "" {
		t.Errorf("disagreements read back (-want +got):\n%s", diff)
	}
}

func TestMergeNotAppicableNeedsAMajority(t *testing.T) {
	merged, err := Merge([]Rating{
		rating(t, "Ana", "checklist: {KA2-01: na, KA2-02: na}\n"),
		rating(t, "Boris", "checklist: {KA2-01: na, KA2-02: yes}\n"),
		rating(t, "Farid", "checklist: {KA2-01: partly}\n"),
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// KA2-01: na, na, partly: two of three said na, a majority.
	// KA2-02: na, yes: one of two is not most; the others say yes.
	if a, b := merged.Answers["KA2-01"].Value, merged.Answers["KA2-02"].Value; a != "na" || b != "yes" {
		t.Errorf("KA2-01 = %s, KA2-02 = %s; want na, yes", a, b)
	}
}

func TestMergeGathersNotesAndRaters(t *testing.T) {
	merged, err := Merge([]Rating{
		rating(t, "Ana", "checklist:\n  KA1-01: {answer: yes, note: \"survey every quarter\", evidence: survey.pdf}\nnotes:\n  KA1: \"City survey.\"\n"),
		rating(t, "Boris", "checklist:\n  KA1-01: {answer: yes, note: \"only twice a year\", evidence: survey.pdf}\nnotes:\n  KA1: \"We ask\n  informally.\"\n"),
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := merged.Answers["KA1-01"]
	if a.Note != "Ana: survey every quarter; Boris: only twice a year" || a.Evidence != "survey.pdf" {
		t.Errorf("KA1-01 note %q, evidence %q", a.Note, a.Evidence)
	}
	if n := merged.Notes["KA1"]; n != "Ana: City survey.\nBoris: We ask informally." {
		t.Errorf("KA1 notes = %q", n)
	}
	if diff := cmp.Diff([]string{"Ana", "Boris"}, merged.Practice.Assessors); diff != "" {
		t.Errorf("assessors (-want +got):\n%s", diff)
	}
}

func TestMergeRefusesOtherPractices(t *testing.T) {
	other := rating(t, "Boris", "")
	other.File.Practice.Name = "Parish help desk"
	_, err := Merge([]Rating{rating(t, "Ana", ""), other}, Options{})
	var me *Error
	if !errors.As(err, &me) || !strings.Contains(me.Reason.String(), `assesses "Welcome Bureau" and Boris.yaml "Parish help desk"`) {
		t.Errorf("err = %v", err)
	}
	_, err = Merge([]Rating{rating(t, "Ana", "")}, Options{})
	if !errors.As(err, &me) {
		t.Errorf("one file: err = %v, want a Error", err)
	}
}

// The merged file covers what the raters chose: the union of their
// scopes (none when a rater's file records none).
func TestMergeJoinsScopes(t *testing.T) {
	merged, err := Merge([]Rating{
		rating(t, "Ana", "scope: {sections: [checklist], key_areas: [KA1]}\nchecklist: {KA1-01: yes}\n"),
		rating(t, "Boris", "scope: {sections: [checklist], key_areas: [KA4, KA1]}\nchecklist: {KA4-01: yes}\n"),
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sc := merged.Scope; sc == nil || fmt.Sprint(sc.Sections, sc.Areas) != "[checklist] [KA1 KA4]" {
		t.Errorf("scope = %+v", sc)
	}
	merged, err = Merge([]Rating{
		rating(t, "Ana", "scope: {key_areas: [KA1]}\nchecklist: {KA1-01: yes}\n"),
		rating(t, "Boris", "checklist: {KA4-01: yes}\n"),
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if merged.Scope != nil {
		t.Errorf("scope = %+v, want none", merged.Scope)
	}
}

// builtin is the default framework, parsed once for every test.
var builtin = sync.OnceValues(func() (*checklist.Framework, error) {
	return checklist.LoadBuiltin(checklist.DefaultFramework)
})

// builtinPicker picks embedded frameworks, as the command line does
// without --framework.
func builtinPicker(t testing.TB) checklist.FrameworkPicker {
	t.Helper()
	fw, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	return func(id string) (*checklist.Framework, error) {
		if id == fw.ID {
			return fw, nil
		}
		return nil, checklist.UnknownFrameworkError(id)
	}
}

// Files loaded with a translated framework merge as one with files
// loaded with the original: answers are language-neutral.
func TestMergeAcrossLanguages(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	lt, err := checklist.PseudoTranslation(fw, "lt", strings.ToUpper, strings.ToUpper).Apply(fw)
	if err != nil {
		t.Fatal(err)
	}
	pick := func(f *checklist.Framework) checklist.FrameworkPicker {
		return func(string) (*checklist.Framework, error) { return f, nil }
	}
	b, err := os.ReadFile("../../testdata/answers/complete-business.yaml")
	if err != nil {
		t.Fatal(err)
	}
	load := func(name string, b []byte, f *checklist.Framework) *checklist.AnswerFile {
		af, err := checklist.LoadAnswers(name, b, pick(f))
		if err != nil {
			t.Fatal(err)
		}
		return af
	}
	plain, translated := load("lt.yaml", b, fw), load("lt.yaml", b, lt)
	// A rater who answered in the translation, and one who did not.
	other := bytes.ReplaceAll(b, []byte("KA1-01: no"), []byte("KA1-01: yes"))
	other = bytes.ReplaceAll(other, []byte("assessors: [Aino Virtanen, Yusuf Adan]"), []byte("assessors: [Rasa]"))
	second := load("second.yaml", other, fw)
	merged, err := Merge([]Rating{{Rater: "lt", File: translated}, {Rater: "en", File: second}}, Options{})
	if err != nil {
		t.Fatalf("merge across languages: %v", err)
	}
	want, err := Merge([]Rating{{Rater: "lt", File: plain}, {Rater: "en", File: second}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Answers, merged.Answers, cmpopts.IgnoreFields(checklist.Answer{}, "Pos")); diff != "" {
		t.Errorf("merged across languages (-plain +translated):\n%s", diff)
	}
	if merged.Answers["KA1-01"].Value != "no" {
		t.Errorf("KA1-01 merged to %q, want no (the lower middle of no and yes)", merged.Answers["KA1-01"].Value)
	}
}
