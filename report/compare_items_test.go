package report

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

func scoringOptions() scoring.Options { return scoring.Options{} }

var builtin struct {
	once sync.Once
	fw   *checklist.Framework
	err  error
}

// parseAnswers loads an answer file written inline, against the built-in
// framework.
func parseAnswers(t testing.TB, name, text string) *checklist.AnswerFile {
	t.Helper()
	builtin.once.Do(func() { builtin.fw, builtin.err = checklist.LoadBuiltin(checklist.DefaultFramework) })
	if builtin.err != nil {
		t.Fatal(builtin.err)
	}
	af, err := checklist.LoadAnswers(name, []byte(text), func(string) (*checklist.Framework, error) { return builtin.fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af
}

// rater is an answer file of Welcome Bureau with the given practice
// fields and checklist answers.
func rater(t testing.TB, name, practice, answers string) *checklist.AnswerFile {
	return parseAnswers(t, name, "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau"+practice+"}\nchecklist: {"+answers+"}\n")
}

func TestAgreementCountsStepsOfTheScale(t *testing.T) {
	t.Parallel()
	fw := rater(t, "a.yaml", "", "").Framework
	steps := map[string]int{}
	for i, v := range fw.ScoredValues() {
		steps[v.Value] = i
	}
	val := func(s string) *checklist.ScaleValue {
		if s == "" {
			return nil
		}
		v, ok := fw.ParseAnswer(s)
		if !ok {
			t.Fatalf("no scale value %q", s)
		}
		return v
	}
	for _, tc := range []struct {
		answers []string // "" is unanswered
		want    Agreement
		spread  int
	}{
		{[]string{"yes", "no"}, AgreementFar, 2},
		{[]string{"no", "partly", "yes"}, AgreementFar, 2},
		{[]string{"yes", "partly"}, AgreementDiffer, 1},
		{[]string{"yes", "yes", "partly"}, AgreementDiffer, 1},
		{[]string{"yes", "", "yes"}, AgreementSame, 0},
		{[]string{"na", "na"}, AgreementSame, 0},
		// "not applicable" against an answer: they differ, but not by
		// steps of the scale.
		{[]string{"na", "yes"}, AgreementDiffer, 0},
		{[]string{"na", "yes", "no"}, AgreementFar, 2},
		{[]string{"yes", ""}, AgreementNone, 0},
		{[]string{"", ""}, AgreementNone, 0},
	} {
		var vs []*checklist.ScaleValue
		for _, s := range tc.answers {
			vs = append(vs, val(s))
		}
		got, spread := agreement(vs, steps)
		if got != tc.want || spread != tc.spread {
			t.Errorf("agreement(%q) = %s, %d; want %s, %d", tc.answers, got, spread, tc.want, tc.spread)
		}
	}
}

func TestCompareKindAndColumnNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		files  []*checklist.AnswerFile
		names  []string
		kind   CompareKind
		labels []string
		legend []string
	}{
		{
			name: "raters of one day, named by their names",
			files: []*checklist.AnswerFile{
				rater(t, "ana.yaml", ", assessors: [Ana], assessed_on: 2026-11-20", ""),
				rater(t, "b.yaml", ", assessors: [Boris, Olena], assessed_on: 2026-11-20", ""),
			},
			names:  []string{"w/ana.yaml", "w/b.yaml"},
			kind:   CompareRaters,
			labels: []string{"Ana", "Boris, Olena"},
			legend: []string{"Ana: w/ana.yaml", "Boris, Olena: w/b.yaml"},
		},
		{
			name: "raters without names: the file's base name, no legend",
			files: []*checklist.AnswerFile{
				rater(t, "ana.yaml", "", ""),
				rater(t, "boris.yaml", "", ""),
			},
			names:  []string{"ana.yaml", "boris.yaml"},
			kind:   CompareRaters,
			labels: []string{"ana", "boris"},
		},
		{
			name: "one date missing: raters, told apart by their files",
			files: []*checklist.AnswerFile{
				rater(t, "a.yaml", ", assessors: [Ana], assessed_on: 2026-11-20", ""),
				rater(t, "b.yaml", ", assessors: [Ana]", ""),
			},
			names:  []string{"a.yaml", "b.yaml"},
			kind:   CompareRaters,
			labels: []string{"Ana (a)", "Ana (b)"},
			legend: []string{"Ana (a): a.yaml · 2026-11-20", "Ana (b): b.yaml"},
		},
		{
			name: "rounds: dates, with who assessed in the legend",
			files: []*checklist.AnswerFile{
				rater(t, "2025.yaml", ", assessed_on: 2025-11-18", ""),
				rater(t, "2026.yaml", ", assessors: [Ana, Boris], assessed_on: 2026-11-20", ""),
			},
			names:  []string{"2025.yaml", "2026.yaml"},
			kind:   CompareRounds,
			labels: []string{"2025-11-18", "2026-11-20"},
			legend: []string{"2025-11-18: 2025.yaml", "2026-11-20: 2026.yaml · Ana, Boris"},
		},
		{
			name: "practices of the same name told apart by date",
			files: []*checklist.AnswerFile{
				rater(t, "a.yaml", ", assessed_on: 2025-11-18", ""),
				parseAnswers(t, "p.yaml", "scorecard: 1\nframework: effective-inclusion\npractice: {name: Parish help desk, assessed_on: 2026-01-02}\nperspective: refugee\n"),
				rater(t, "c.yaml", ", assessed_on: 2026-11-20", ""),
			},
			names:  []string{"a.yaml", "p.yaml", "c.yaml"},
			kind:   ComparePractices,
			labels: []string{"Welcome Bureau (2025-11-18)", "Parish help desk", "Welcome Bureau (2026-11-20)"},
			legend: []string{
				"Welcome Bureau (2025-11-18): a.yaml",
				"Parish help desk: p.yaml · 2026-01-02 · perspective: Refugee",
				"Welcome Bureau (2026-11-20): c.yaml",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := CompareItems(tc.files, tc.names)
			if err != nil {
				t.Fatal(err)
			}
			if c.Kind != tc.kind {
				t.Errorf("kind = %s, want %s", c.Kind, tc.kind)
			}
			var labels, legend []string
			for _, col := range c.Columns {
				labels = append(labels, col.Label)
			}
			for _, e := range c.Legend() {
				legend = append(legend, e.Label+": "+e.Detail)
			}
			if diff := cmp.Diff(tc.labels, labels); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.legend, legend); diff != "" {
				t.Errorf("legend (-want +got):\n%s", diff)
			}
			// The scores comparison names its columns the same way.
			sc, err := Compare(tc.files, tc.names, scoringOptions())
			if err != nil {
				t.Fatal(err)
			}
			if sc.Kind != tc.kind {
				t.Errorf("Compare: kind = %s", sc.Kind)
			}
			for i, col := range sc.Columns {
				if col.Label != tc.labels[i] {
					t.Errorf("Compare: column %d is %q, want %q", i, col.Label, tc.labels[i])
				}
			}
		})
	}
}

func TestCompareTitlesSayWhatTheFilesAre(t *testing.T) {
	t.Parallel()
	ana := rater(t, "ana.yaml", ", assessors: [Ana], assessed_on: 2026-11-20", "KA1-01: yes")
	boris := rater(t, "boris.yaml", ", assessors: [Boris], assessed_on: 2026-11-20", "KA1-01: no")
	before := rater(t, "2025.yaml", ", assessed_on: 2025-11-18", "KA1-01: no")
	other := parseAnswers(t, "o.yaml", "scorecard: 1\nframework: effective-inclusion\npractice: {name: Parish help desk}\n")
	for _, tc := range []struct {
		files         []*checklist.AnswerFile
		scores, items string
	}{
		{[]*checklist.AnswerFile{ana, boris}, "Raters of Welcome Bureau compared", "Raters of Welcome Bureau, question by question"},
		{[]*checklist.AnswerFile{before, ana}, "Progress of Welcome Bureau", "Rounds of Welcome Bureau, question by question"},
		{[]*checklist.AnswerFile{ana, other}, "Practices compared", "Practices, question by question"},
	} {
		names := []string{tc.files[0].Path, tc.files[1].Path}
		sc, err := Compare(tc.files, names, scoringOptions())
		if err != nil {
			t.Fatal(err)
		}
		ic, err := CompareItems(tc.files, names)
		if err != nil {
			t.Fatal(err)
		}
		if sc.Title() != tc.scores || ic.Title() != tc.items {
			t.Errorf("%s: titles %q and %q, want %q and %q", strings.Join(names, ", "), sc.Title(), ic.Title(), tc.scores, tc.items)
		}
	}
}

func TestCompareItemsRowsAndSummary(t *testing.T) {
	t.Parallel()
	files := []*checklist.AnswerFile{
		rater(t, "ana.yaml", ", assessors: [Ana]", "KA1-01: yes, KA1-02: yes, KA1-03: no, KA4-01: partly"),
		rater(t, "boris.yaml", ", assessors: [Boris]", "KA1-01: no, KA1-02: yes, KA1-03: yes"),
		rater(t, "farid.yaml", ", assessors: [Farid]", "KA1-01: partly, KA1-02: yes, KA1-03: partly"),
	}
	c, err := CompareItems(files, []string{"ana.yaml", "boris.yaml", "farid.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range c.Rows {
		got = append(got, r.Item.ID+" "+string(r.Agreement))
	}
	// Only questions someone answered, in framework order.
	want := []string{"KA1-01 far", "KA1-02 same", "KA1-03 far", "KA4-01 none"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	wantSummary := []string{
		"Answered by more than one rater: 3 questions.",
		"The same answer everywhere: 1 question.",
		"Two steps or more apart: 2 questions (KA1-01 and KA1-03).",
	}
	if diff := cmp.Diff(wantSummary, c.Summary()); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	if got := c.Cell(c.Rows[3], 1); got != "–" {
		t.Errorf("an unanswered cell shows %q, want –", got)
	}
}

func TestCompareItemsRefusesAnotherFramework(t *testing.T) {
	t.Parallel()
	a := rater(t, "a.yaml", "", "")
	other := *a
	other.Framework = &checklist.Framework{ID: "mini"}
	_, err := CompareItems([]*checklist.AnswerFile{a, &other}, []string{"a.yaml", "mini.yaml"})
	if err == nil || !strings.Contains(err.Error(), `a.yaml uses framework "effective-inclusion" and mini.yaml "mini"`) {
		t.Errorf("error = %v", err)
	}
}
