package assess

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/scoring"
)

// The spoken summary counts against the scope the file records, as the
// report does, and says which verdicts are provisional. The fixture
// chooses KA1 and KA4 (a refugee-led organisation: KA4 has 15 items):
// KA1 10 of 10 answered, KA4 4 of 15, so 14 of 25.
func TestSpokenSummaryFollowsTheScope(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	af, err := checklist.LoadAnswersFile(filepath.Join("..", "..", "..", "testdata", "answers", "partial-two-areas.yaml"),
		func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	got := SpokenSummary(locale.English(), af, scoring.Evaluate(af, scoring.Options{}))
	for _, want := range []string{
		"Checklist score: 77.1 out of 100. 14 of 25 questions answered.",
		"Key area KA1, Have clarity about the support refugees need: 66.7 out of 100, can improve.",
		"Key area KA4, Work not only for people, but with them: 87.5 out of 100, can improve so far, 4 of 15 questions answered.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the summary lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "KA2") {
		t.Errorf("the summary names KA2, which was not chosen:\n%s", got)
	}
}
