package report

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

func ids(recs []Recommendation) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Item.ID)
	}
	return out
}

// 'scorecard plan' takes the report's priority actions: the same items,
// in the same order, as the report lists.
func TestPriorityActionsAreTheReports(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../testdata/answers/*.yaml")
	for _, path := range paths {
		af := parseAnswersFile(t, path)
		rep, err := Build(af, path, nil, scoring.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(PriorityActions(scoring.Evaluate(af, scoring.Options{})))
		if diff := cmp.Diff(ids(rep.Priorities), got); diff != "" {
			t.Errorf("%s: priority actions (-report +PriorityActions):\n%s", filepath.Base(path), diff)
		}
	}
}

func TestAllGapsInPriorityOrder(t *testing.T) {
	t.Parallel()
	af := parseAnswers(t, "a.yaml", `scorecard: 1
framework: effective-inclusion
practice: {name: Welcome Bureau}
checklist: {KA1-01: yes, KA1-02: partly, KA1-03: no, KA1-04: no, KA4-01: no, KA4-02: yes, KA4-03: partly, KA4-04: no, KA4-05: no, KA4-06: no}
quick_scan: {OC-01: no, OC-02: yes}
`)
	// KA4: 100 × (0 + 1 + 0.5 + 0 + 0 + 0) ÷ 6 = 25, KA1: 37.5, the quick
	// scan 50: KA4 first, its four "no" then its "partly"; the priority
	// actions take at most three of them.
	r := scoring.Evaluate(af, scoring.Options{})
	all := []string{"KA4-01", "KA4-04", "KA4-05", "KA4-06", "KA4-03", "KA1-03", "KA1-04", "KA1-02", "OC-01"}
	if diff := cmp.Diff(all, ids(AllGaps(r))); diff != "" {
		t.Errorf("AllGaps (-want +got):\n%s", diff)
	}
	prio := []string{"KA4-01", "KA4-04", "KA4-05", "KA1-03", "KA1-04", "KA1-02", "OC-01"}
	if diff := cmp.Diff(prio, ids(PriorityActions(r))); diff != "" {
		t.Errorf("PriorityActions (-want +got):\n%s", diff)
	}
}

func parseAnswersFile(t *testing.T, path string) *checklist.AnswerFile {
	t.Helper()
	builtin.once.Do(func() { builtin.fw, builtin.err = checklist.LoadBuiltin(checklist.DefaultFramework) })
	if builtin.err != nil {
		t.Fatal(builtin.err)
	}
	af, err := checklist.LoadAnswersFile(path, func(string) (*checklist.Framework, error) { return builtin.fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af
}
