package plan

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/yaml11"
)

func answers(t *testing.T, name string) *checklist.AnswerFile {
	t.Helper()
	af, err := checklist.LoadAnswersFile(plans+name, pick(t))
	if err != nil {
		t.Fatal(err)
	}
	return af
}

func example(t *testing.T) *Plan {
	t.Helper()
	pl, err := LoadFile(plans+"plan.yaml", pick(t), locale.English())
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

func TestExamplePlanLoads(t *testing.T) {
	t.Parallel()
	pl := example(t)
	if pl.Practice != "Welcome Bureau" || pl.Assessment != "welcome-bureau-2026.yaml" || pl.AssessedOn != "2026-11-20" {
		t.Errorf("plan header = %q, %q, %q", pl.Practice, pl.Assessment, pl.AssessedOn)
	}
	type row struct{ Items, Owner, Due, Status, Target string }
	var got []row
	for _, a := range pl.Actions {
		got = append(got, row{strings.Join(a.ItemIDs(), " "), a.Owner, a.Due, string(a.Status), a.Target.Value})
	}
	want := []row{
		{"KA1-03", "Ana", "2027-03-31", "done", "yes"},
		{"KA1-04", "Boris", "2027-06-30", "doing", "partly"},
		{"KA1-02", "Olena", "2027-09-30", "doing", "yes"},
		{"KA4-01", "Farid", "2027-12-31", "planned", "yes"},
		{"OC-01", "", "", "dropped", "yes"},
		{"KA1-01 OC-02", "Ana", "2028-06-30", "done", "yes"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("actions (-want +got):\n%s", diff)
	}
}

// What 'scorecard plan' writes loads back as the same plan, and a plan
// loaded and written again is written the same.
func TestPlanRoundTrip(t *testing.T) {
	t.Parallel()
	af := answers(t, "welcome-bureau-2026.yaml")
	fw := af.Framework
	pl := New(af, "welcome-bureau-2026.yaml", []*checklist.Item{fw.Item("KA1-03"), fw.Item("OC-01")})
	pl.Actions[0].Owner, pl.Actions[0].Due, pl.Actions[0].Note = "Ana: \"lead\"", "2027-03-31", "with #hash and: colon"
	pl.Actions[1].Status, pl.Actions[1].Target = Doing, fw.ScoredValues()[1]
	var b bytes.Buffer
	if err := Write(&b, pl, af, locale.English()); err != nil {
		t.Fatal(err)
	}
	back, err := Load("written.yaml", b.Bytes(), pick(t), locale.English())
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	opts := cmp.Options{
		cmpopts.IgnoreFields(Plan{}, "Path", "AssessmentPos", "Framework"),
		cmpopts.IgnoreFields(Action{}, "Pos"),
		cmp.Comparer(func(a, b *checklist.Item) bool { return a == b }),
		cmp.Comparer(func(a, b *checklist.ScaleValue) bool { return a == b }),
	}
	if diff := cmp.Diff(pl, back, opts); diff != "" {
		t.Errorf("round trip changed the plan (-written +read):\n%s", diff)
	}
	if !strings.Contains(b.String(), "# KA1-03 (now No): When you find new needs") {
		t.Errorf("the action has no comment with its question and answer:\n%s", b.String())
	}
	var again bytes.Buffer
	if err := Write(&again, back, af, locale.English()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b.String(), again.String()); diff != "" {
		t.Errorf("written twice differently (-first +second):\n%s", diff)
	}
}

// The projection raises each item of an action that is not dropped to
// its target, and only raises.
func TestProjectRaisesToTheTarget(t *testing.T) {
	t.Parallel()
	pl := example(t)
	round := answers(t, "welcome-bureau-2027.yaml")
	got := map[string]string{}
	for id, a := range pl.Project(round).Answers {
		got[id] = a.Value
	}
	want := map[string]string{
		"KA1-01": "yes",    // action 6 (done, still counts): partly → yes
		"KA1-02": "yes",    // action 3: no → yes
		"KA1-03": "yes",    // action 1: already yes
		"KA1-04": "partly", // action 2 aims for partly: no → partly
		"KA4-01": "yes",    // action 4: partly → yes
		"KA4-02": "yes",    // in no action
		"OC-01":  "no",     // action 5 is dropped
		"OC-02":  "yes",    // action 6: no → yes
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projected answers (-want +got):\n%s", diff)
	}
	if round.Answers["KA1-02"].Value != "no" {
		t.Error("Project changed the answers it was given")
	}

	// An answer above the target stays; unanswered and "not applicable"
	// take the target.
	fw := round.Framework
	partly := fw.ScoredValues()[1]
	small := &Plan{Framework: fw, Actions: []*Action{{Items: []*checklist.Item{fw.Item("KA4-02"), fw.Item("KA6-01"), fw.Item("KA6-02")}, Status: Planned, Target: partly}}}
	base := *round
	base.Answers = map[string]checklist.Answer{"KA4-02": {Value: "yes"}, "KA6-02": {Value: "na", Note: "kept"}}
	p := small.Project(&base).Answers
	if p["KA4-02"].Value != "yes" || p["KA6-01"].Value != "partly" || p["KA6-02"].Value != "partly" || p["KA6-02"].Note != "kept" {
		t.Errorf("projected: %v", p)
	}
}

func TestCheckAgainstALaterRound(t *testing.T) {
	t.Parallel()
	pl := example(t)
	base := answers(t, "welcome-bureau-2026.yaml")
	round := answers(t, "welcome-bureau-2027.yaml")
	today := time.Date(2027, 11, 25, 9, 0, 0, 0, time.UTC)
	type state struct {
		Reached, Regressed, Overdue, DoneNotShown bool
	}
	var got []state
	for _, c := range pl.Check(base, round, today) {
		if !c.Round {
			t.Error("Round is false with a round given")
		}
		got = append(got, state{c.Reached, c.Regressed, c.Overdue, c.DoneNotShown})
	}
	want := []state{
		{Reached: true},                       // 1 KA1-03 no → yes, target yes; done
		{Overdue: true},                       // 2 KA1-04 no → no, target partly, due 2027-06-30, doing
		{Regressed: true, Overdue: true},      // 3 KA1-02 partly → no, due 2027-09-30, doing
		{},                                    // 4 KA4-01 no → partly, target yes, due 2027-12-31: not yet due
		{},                                    // 5 OC-01 dropped
		{Regressed: true, DoneNotShown: true}, // 6 KA1-01 yes → partly, OC-02 yes → no; marked done
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checks (-want +got):\n%s", diff)
	}
}

// Due dates are judged by the injected date: an action due today is not
// overdue, one due yesterday is, unless it is done, dropped or reached.
func TestOverdueByTheClock(t *testing.T) {
	t.Parallel()
	base := answers(t, "welcome-bureau-2026.yaml")
	fw := base.Framework
	action := func(due string, s Status, id string) *Action {
		return &Action{Items: []*checklist.Item{fw.Item(id)}, Due: due, Status: s, Target: TopValue(fw)}
	}
	pl := &Plan{Framework: fw, Actions: []*Action{
		action("2027-03-31", Planned, "KA1-03"), // due today
		action("2027-03-30", Planned, "KA1-03"), // due yesterday
		action("2027-03-30", Doing, "KA1-03"),
		action("2027-03-30", Done, "KA1-03"),
		action("2027-03-30", Dropped, "KA1-03"),
		action("2027-03-30", Planned, "KA1-01"), // already yes: reached
		action("", Planned, "KA1-03"),           // no due date
	}}
	// Late in the evening, in a time zone east of UTC: the date is the
	// caller's, not UTC's.
	today := time.Date(2027, 3, 31, 23, 30, 0, 0, time.FixedZone("EET", 2*3600))
	var got []bool
	for _, c := range pl.Check(base, nil, today) {
		got = append(got, c.Overdue)
	}
	if diff := cmp.Diff([]bool{false, true, true, false, false, false, false}, got); diff != "" {
		t.Errorf("overdue (-want +got):\n%s", diff)
	}
}

// A plan reads the same in a YAML 1.1 reader: its targets ("yes") and
// dates are quoted, as are names YAML 1.1 would take for a boolean.
func TestPlanIsTextInYAML11(t *testing.T) {
	t.Parallel()
	af := answers(t, "welcome-bureau-2026.yaml")
	fw := af.Framework
	pl := New(af, "2026.yaml", []*checklist.Item{fw.Item("KA1-03"), fw.Item("OC-01")})
	pl.Practice = "Yes"
	pl.Actions[0].Owner, pl.Actions[0].Due = "Off", "2027-03-31"
	var b bytes.Buffer
	if err := Write(&b, pl, af, locale.English()); err != nil {
		t.Fatal(err)
	}
	problems, err := yaml11.NotText(b.Bytes(), func(path string) bool { return path == "plan" })
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("written unquoted: %s", p)
	}
}
