package merge

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist"
)

// The merge rule for "don't know", worked out by hand for one item.
// Steps of the scale: no (0) < partly (1) < yes (2); na and unknown have
// no step. A majority means more than half of the raters who answered.
func TestMergeDontKnow(t *testing.T) {
	tests := []struct {
		given []string // one answer per rater; "" = left unanswered
		want  string   // "" = no merged answer
		why   string
	}{
		{[]string{"unknown", "unknown", "yes"}, "unknown", "two of three do not know: a majority"},
		{[]string{"unknown", "unknown", "unknown"}, "unknown", "all three do not know"},
		{[]string{"unknown", "", ""}, "unknown", "the only rater who answered does not know"},
		{[]string{"unknown", "yes"}, "yes", "one of two is not a majority; the rater who knows says yes"},
		{[]string{"unknown", "unknown", "yes", "no"}, "no", "two of four is a tie, not a majority: the median of no, yes takes the lower"},
		{[]string{"unknown", "partly", "yes"}, "partly", "one of three; the median of partly, yes takes the lower"},
		{[]string{"unknown", "na", "na"}, "na", "two of three say not applicable: a majority"},
		{[]string{"unknown", "unknown", "na"}, "unknown", "two of three do not know: a majority"},
		{[]string{"unknown", "na"}, "unknown", "a tie of na and unknown with no answer on the scale: something to find out"},
		{[]string{"unknown", "unknown", "na", "na"}, "unknown", "the same tie with four raters"},
		{[]string{"unknown", "na", "yes"}, "yes", "neither na nor unknown has a majority; yes is the only answer on the scale"},
		{[]string{"unknown", "na", "yes", "no"}, "no", "no majority; the median of no, yes takes the lower"},
		{[]string{"na", "yes"}, "yes", "unchanged: one na of two is not a majority"},
		{[]string{"", ""}, "", "nobody answered"},
	}
	raters := []string{"Ana", "Boris", "Farid", "Olena"}
	for _, tt := range tests {
		t.Run(strings.Join(tt.given, ","), func(t *testing.T) {
			var ratings []Rating
			for i, v := range tt.given {
				body := ""
				if v != "" {
					body = fmt.Sprintf("checklist: {KA1-01: %s}\n", v)
				}
				ratings = append(ratings, rating(t, raters[i], body))
			}
			merged, err := Merge(ratings, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := merged.Answers["KA1-01"].Value; got != tt.want {
				t.Errorf("merged %q, want %q: %s", got, tt.want, tt.why)
			}
			// "Don't know" has no step: it never makes a disagreement by
			// itself (only yes against no does, here).
			wantDis := slices.Contains(tt.given, "yes") && slices.Contains(tt.given, "no")
			if dis := merged.Disagreements; (len(dis) > 0) != wantDis {
				t.Errorf("disagreements %v, want %v", merged.Disagreements, wantDis)
			}
		})
	}
}

// The consensus rule in a framework without "don't know" is the one it
// always was: a value it does not know is ignored.
func TestConsensusWithoutDontKnow(t *testing.T) {
	steps := map[string]int{"no": 0, "partly": 1, "yes": 2}
	na := &checklist.ScaleValue{Value: "na", NA: true}
	for _, tt := range []struct {
		given []string
		want  string
	}{
		{[]string{"na", "na", "yes"}, "na"},
		{[]string{"na", "yes"}, "yes"},
		{[]string{"yes", "no", "partly"}, "partly"},
	} {
		got, _ := consensus(tt.given, steps, na, nil)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tt.given, diff)
		}
	}
}
