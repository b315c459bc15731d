package checklist

import (
	"strings"
	"testing"
)

// Questions are read by practitioners, many of whom read English as a
// second language (issue 14): one practice per question, in a sentence
// short enough to take in at one reading. The thresholds are kept here,
// where a change to them shows in review.
const (
	maxQuestionWords  = 20
	maxMeanWords      = 15.0
	maxQuestionsPerQn = 1 // question marks in one question
)

func TestQuestionsReadInOneGo(t *testing.T) {
	t.Parallel()
	for _, id := range Builtins() {
		t.Run(id, func(t *testing.T) {
			t.Parallel()
			fw, err := LoadBuiltin(id)
			if err != nil {
				t.Fatal(err)
			}
			questions := map[string]string{}
			for _, it := range fw.Items() {
				questions[it.ID] = it.Question
			}
			if fw.Routing != nil {
				questions["routing"] = fw.Routing.Question
			}
			total := 0
			for id, q := range questions {
				n := len(strings.Fields(q))
				total += n
				if n > maxQuestionWords {
					t.Errorf("%s has %d words, more than %d: %q", id, n, maxQuestionWords, q)
				}
				if c := strings.Count(q, "?"); c > maxQuestionsPerQn {
					t.Errorf("%s asks %d questions in one: %q", id, c, q)
				}
				if !strings.HasSuffix(strings.TrimSpace(q), "?") {
					t.Errorf("%s is not a question: %q", id, q)
				}
			}
			mean := float64(total) / float64(len(questions))
			if mean > maxMeanWords {
				t.Errorf("questions average %.1f words, more than %.0f", mean, maxMeanWords)
			}
			t.Logf("%d questions, %.1f words on average", len(questions), mean)
		})
	}
}
