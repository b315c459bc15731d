package actionplan

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/plan"
	"github.com/inclusion-tools/scorecard/scoring"
)

const plans = "../../testdata/plans/"

type fixture struct {
	plan        *plan.Plan
	base, round *checklist.AnswerFile
}

func load(t *testing.T) fixture {
	t.Helper()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	pick := func(string) (*checklist.Framework, error) { return fw, nil }
	pl, err := plan.LoadFile(plans+"plan.yaml", pick, locale.English())
	if err != nil {
		t.Fatal(err)
	}
	base, err := checklist.LoadAnswersFile(plans+"welcome-bureau-2026.yaml", pick)
	if err != nil {
		t.Fatal(err)
	}
	round, err := checklist.LoadAnswersFile(plans+"welcome-bureau-2027.yaml", pick)
	if err != nil {
		t.Fatal(err)
	}
	return fixture{pl, base, round}
}

var today = time.Date(2027, 11, 25, 12, 0, 0, 0, time.UTC)

// scores gives each score row as "id now → projected", to three
// decimals at most.
func scores(v *View) []string {
	val := func(s scoring.Score) string {
		if x, ok := s.Value(); ok {
			return strconv.FormatFloat(math.Round(x*1000)/1000, 'f', -1, 64)
		}
		return "–"
	}
	var out []string
	for _, r := range v.Scores {
		out = append(out, r.ID+" "+val(r.Now)+" → "+val(r.Projected))
	}
	return out
}

func TestProjectedScoresFromTheAssessment(t *testing.T) {
	t.Parallel()
	f := load(t)
	v, err := Build(f.plan, f.base, nil, Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	// The assessment: KA1 yes, partly, no, no; KA4 no, yes; OC-01 no,
	// OC-02 yes. Every action but the dropped one (OC-01) counts:
	// KA1-03 → yes, KA1-04 → partly (its target), KA1-02 → yes, KA4-01 →
	// yes, KA1-01 already yes, OC-02 already yes.
	//   KA1: 100 × (1 + 0.5 + 0 + 0) ÷ 4 = 37.5 → 100 × (1 + 1 + 1 + 0.5) ÷ 4 = 87.5
	//   KA4: 100 × (0 + 1) ÷ 2 = 50 → 100 × (1 + 1) ÷ 2 = 100
	//   checklist: (37.5 + 50) ÷ 2 = 43.75 → (87.5 + 100) ÷ 2 = 93.75
	//   quick scan: 100 × (0 + 1) ÷ 2 = 50 → unchanged (OC-01 dropped)
	want := []string{"checklist 43.75 → 93.75", "KA1 37.5 → 87.5", "KA4 50 → 100", "quick_scan 50 → 50"}
	if diff := cmp.Diff(want, scores(v)); diff != "" {
		t.Errorf("scores (-want +got):\n%s", diff)
	}
}

func TestProjectedScoresFromTheRound(t *testing.T) {
	t.Parallel()
	f := load(t)
	v, err := Build(f.plan, f.base, f.round, Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	// The round: KA1 partly, no, yes, no; KA4 partly, yes; OC no, no.
	//   KA1: 100 × (0.5 + 0 + 1 + 0) ÷ 4 = 37.5 → KA1-01 yes, KA1-02 yes,
	//        KA1-04 partly: 100 × (1 + 1 + 1 + 0.5) ÷ 4 = 87.5
	//   KA4: 100 × (0.5 + 1) ÷ 2 = 75 → 100
	//   checklist: (37.5 + 75) ÷ 2 = 56.25 → (87.5 + 100) ÷ 2 = 93.75
	//   quick scan: 0 → OC-02 yes (action 6), OC-01 dropped: 100 × 1 ÷ 2 = 50
	want := []string{"checklist 56.25 → 93.75", "KA1 37.5 → 87.5", "KA4 75 → 100", "quick_scan 0 → 50"}
	if diff := cmp.Diff(want, scores(v)); diff != "" {
		t.Errorf("scores (-want +got):\n%s", diff)
	}
	// Shown with one decimal, half away from zero, and the change.
	if got := v.ProjectedCell(v.Scores[0]); got != "93.8 (+37.5)" {
		t.Errorf("checklist projected cell = %q", got)
	}
	if got := v.Summary(); got != "6 actions · 3 open · 1 with its target reached · 2 overdue" {
		t.Errorf("summary = %q", got)
	}
}

// Quality dimensions project too, and the good-practice verdict with
// them: D1 … D5 all at 100 except D3 (an action raises it past 66).
func TestProjectedGoodPractice(t *testing.T) {
	t.Parallel()
	f := load(t)
	fw := f.base.Framework
	base := *f.base
	base.Answers = map[string]checklist.Answer{}
	base.Sections = []checklist.Section{checklist.SectionIndicators}
	for _, d := range fw.Dimensions {
		for _, it := range d.Indicators() {
			base.Answers[it.ID] = checklist.Answer{Value: "yes"}
		}
	}
	// D3 has 6 indicators: two "no" give 100 × 4 ÷ 6 = 66.67, just above
	// 66; three "no" give 50, below it.
	d3 := fw.Dimension("D3").Indicators()
	for _, it := range d3[:3] {
		base.Answers[it.ID] = checklist.Answer{Value: "no"}
	}
	pl := &plan.Plan{Framework: fw, Practice: base.Practice.Name, Actions: []*plan.Action{
		{Items: []*checklist.Item{d3[0]}, Status: plan.Planned, Target: plan.TopValue(fw)},
	}}
	v, err := Build(pl, &base, nil, Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	// Quality now: (100 × 4 + 50) ÷ 5 = 90; projected (100 × 4 + 66.67) ÷ 5 = 93.33.
	want := []string{"quality 90 → 93.333", "D3 50 → 66.667"}
	if diff := cmp.Diff(want, scores(v)); diff != "" {
		t.Errorf("scores (-want +got):\n%s", diff)
	}
	now, next := v.GoodPractice()
	if now != "no" || next != "yes" {
		t.Errorf("good practice %s → %s, want no → yes", now, next)
	}
}

func TestBuildRefusesOtherFiles(t *testing.T) {
	t.Parallel()
	f := load(t)
	earlier := *f.round
	earlier.Practice.AssessedOn = "2026-11-20"
	other := *f.round
	other.Practice.Name = "Parish help desk"
	for _, tc := range []struct {
		base, round *checklist.AnswerFile
		want        string
	}{
		{f.base, &earlier, "the round round.yaml (2026-11-20) is not later than the assessment the plan was made from (2026-11-20); give a later round"},
		{f.base, &other, `round.yaml assesses "Parish help desk", but the plan is for "Welcome Bureau"`},
		{&other, nil, `base.yaml assesses "Parish help desk", but the plan is for "Welcome Bureau"`},
	} {
		_, err := Build(f.plan, tc.base, tc.round, Options{Today: today, AssessmentName: "base.yaml", RoundName: "round.yaml"})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error = %v, want %q", err, tc.want)
		}
	}
}

// The table a report prints: one row per action, with where it stands
// when a round was given.
func TestTableForTheReport(t *testing.T) {
	t.Parallel()
	f := load(t)
	v, err := Build(f.plan, f.base, f.round, Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	header, rows := v.Table()
	if diff := cmp.Diff([]string{"#", "Questions", "Action", "Owner", "Due", "Status", "Progress"}, header); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	want := []string{"3", "KA1-02", "Look out for new problems as you deliver services.", "Olena", "2027-09-30", "doing", "not reached yet; regressed; overdue since 2027-09-30"}
	if diff := cmp.Diff(want, rows[2]); diff != "" {
		t.Errorf("row 3 (-want +got):\n%s", diff)
	}
	v2, _ := Build(f.plan, f.base, nil, Options{Today: today, Printer: locale.English()})
	if h, _ := v2.Table(); len(h) != 6 {
		t.Errorf("without a round the table has %d columns, want 6", len(h))
	}
}
