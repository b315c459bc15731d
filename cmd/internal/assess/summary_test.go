package assess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/scoring"
)

// The quality part of the spoken summary: each dimension once, against
// its minimum without rounding up to it (69.96 is not "70.0, below 70"),
// then why it is not yet a good practice, in sentences of its own.
func TestSpokenSummaryOfQuality(t *testing.T) {
	t.Parallel()
	af := &checklist.AnswerFile{Practice: checklist.Practice{Name: "Welcome Bureau"}, Sections: []checklist.Section{checklist.SectionIndicators}}
	r := &scoring.Result{}
	r.Quality.Score = scoring.Percent(74.98)
	r.Quality.OverallThreshold = 75
	r.Quality.Dimensions = []*scoring.Group{
		{ID: "D1", Title: "Inclusivity and participation", Score: scoring.Percent(69.96), Threshold: 70, Applicable: 11, Unanswered: 1},
		{ID: "D2", Title: "Relevance and complementarity", Threshold: 66, Applicable: 9, Unanswered: 9},
		{ID: "D3", Title: "Effectiveness", Score: scoring.Percent(80), Threshold: 66, Passed: true, Applicable: 6},
	}
	want := `Scores of Welcome Bureau.
Quality score: 74.98 out of 100. 16 of 26 questions answered.
Quality dimension D1, Inclusivity and participation: 69.96 out of 100, below its minimum of 70.
Quality dimension D2, Relevance and complementarity: not assessed.
Quality dimension D3, Effectiveness: 80.0 out of 100, at or above its minimum of 66.
This is not yet a good practice.
Not every dimension is assessed yet.
1 dimension is below its minimum.
The quality score, 74.98, is below the minimum of 75.
`
	if diff := cmp.Diff(want, SpokenSummary(locale.English(), af, r)); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}

	r.Quality.Score = scoring.Percent(80)
	r.Quality.GoodPractice = true
	r.Quality.Dimensions = r.Quality.Dimensions[2:]
	want = `Scores of Welcome Bureau.
Quality score: 80.0 out of 100. 6 of 6 questions answered.
Quality dimension D3, Effectiveness: 80.0 out of 100, at or above its minimum of 66.
This is a good practice: every dimension reaches its minimum, and the quality score reaches 75.
`
	if diff := cmp.Diff(want, SpokenSummary(locale.English(), af, r)); diff != "" {
		t.Errorf("summary of a good practice (-want +got):\n%s", diff)
	}
}
