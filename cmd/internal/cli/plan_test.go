package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// The report's plan section checks the plan against the file reported on:
// the plan's own assessment as made, a later round against that round.
func TestPlanForReport(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	dir := "../../../testdata/plans/"
	now := time.Date(2027, 11, 25, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		file      string
		wantRound bool
		progress  string // where action 2 stands
	}{
		{"welcome-bureau-2026.yaml", false, ""},
		{"welcome-bureau-2027.yaml", true, "not reached yet; overdue since 2027-06-30"},
	} {
		af, err := f.loadAnswers(dir+tc.file, "")
		if err != nil {
			t.Fatal(err)
		}
		v, err := f.planForReport(dir+"plan.yaml", af, tc.file, "", locale.English(), now)
		if err != nil {
			t.Fatal(err)
		}
		if (v.Round != nil) != tc.wantRound {
			t.Errorf("%s: round = %v, want %v", tc.file, v.Round != nil, tc.wantRound)
		}
		_, rows := v.Table()
		if got := rows[1][len(rows[1])-1]; tc.wantRound && got != tc.progress {
			t.Errorf("%s: action 2 stands at %q, want %q", tc.file, got, tc.progress)
		}
	}
	early, err := f.loadAnswers("../../../testdata/answers/spec-example.yaml", "")
	if err != nil {
		t.Fatal(err)
	}
	early.Practice.AssessedOn = "2026-01-01"
	if _, err := f.planForReport(dir+"plan.yaml", early, "early.yaml", "", locale.English(), now); err == nil || !strings.HasPrefix(err.Error(), "--plan: the round early.yaml (2026-01-01) is not later") {
		t.Errorf("an earlier file is not refused: %v", err)
	}
}
