package assess

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
)

// accessibleRun asks a new assessment of KA1 in accessible mode with the
// given lines, typed (interactive) or piped, and returns what was said.
func accessibleRun(t *testing.T, interactive bool, input ...string) (string, *checklist.AnswerFile, error) {
	t.Helper()
	return accessibleAreas(t, []string{"KA1"}, interactive, input...)
}

func accessibleAreas(t *testing.T, areas []string, interactive bool, input ...string) (string, *checklist.AnswerFile, error) {
	t.Helper()
	fw := framework(t)
	var s saved
	af := &checklist.AnswerFile{Framework: fw}
	session := &Session{Framework: fw, File: af, Today: "2026-11-20", Save: s.save,
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: areas}}
	var out strings.Builder
	err := session.RunAccessible(context.Background(), Prompts{
		In: NewLineReader(strings.NewReader(strings.Join(input, "\n") + "\n")), Out: &out, Interactive: interactive})
	return out.String(), af, err
}

var profileLines = []string{"Welcome Bureau", "", "", "", "", "", "", ""}

// Typed on a terminal, a line that is not an answer is answered with what
// is expected, then the question is said again before its current answer;
// a date that is not one is refused with the rule, and the default stays.
func TestAccessibleRetrySaysTheQuestionAgain(t *testing.T) {
	t.Parallel()
	input := []string{"Welcome Bureau", "", "", "", "not a date", "", "", "", "", "maybe", "yes"}
	out, af, err := accessibleRun(t, true, input...)
	var eoi *EndOfInputError
	if !errors.As(err, &eoi) || eoi.What != "the answer to KA1-02" {
		t.Fatalf("err = %v, want the end of input at KA1-02", err)
	}
	for _, want := range []string{
		"Current answer: 2026-11-20. Press Enter to keep it, or type another.\n" +
			"Write the date as year-month-day, such as 2026-11-20.\n" +
			"Current answer: 2026-11-20. Press Enter to keep it, or type another.\n" +
			"Date of the assessment: 2026-11-20.\n",
		"No answer yet. Press Enter to skip it for now.\n" +
			"Not understood: \"maybe\". Expected a number from 1 to 6, or a word: yes, partly, no, not applicable, don't know, skip for now; or a command: back, next, note, unanswered, overview, help.\n" +
			"Key area 1 of 1, question 1 of 10: KA1-01.\n" +
			"Do you plan your services using all the relevant information available on refugees' situation?\n" +
			"No answer yet. Press Enter to skip it for now.\n" +
			"KA1-01: Yes.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks:\n%s\n---\n%s", want, out)
		}
	}
	if af.Practice.AssessedOn != "2026-11-20" || af.Answers["KA1-01"].Value != "yes" {
		t.Errorf("date %q, KA1-01 %+v", af.Practice.AssessedOn, af.Answers["KA1-01"])
	}
}

// Piped, a line that is not an answer stops the run, and the error says
// which question, by its words, and what a valid answer is, as a phrase.
func TestAccessiblePipedErrorsNameTheQuestion(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		input          []string
		line           int
		what, expected string
	}{
		{[]string{"Welcome Bureau", "", "", "", "20/11/2026"}, 5, `an answer to "Date of the assessment"`, "a date written as year-month-day, such as 2026-11-20"},
		{[]string{""}, 1, `an answer to "Name of the practice or service"`, "the name of the practice, the one thing scorecard needs"},
		{[]string{"Welcome Bureau", "", "maybe"}, 3, `an answer to "Type of organisation"`, "a number from 1 to 9, or the name of a choice"},
		{append(append([]string{}, profileLines...), "yes please"), 9, "an answer to KA1-01", "a number from 1 to 6, or a word: yes, partly, no, not applicable, don't know, skip for now; or a command: back, next, note, unanswered, overview, help"},
	} {
		_, _, err := accessibleRun(t, false, tt.input...)
		var bad *InputError
		if !errors.As(err, &bad) {
			t.Errorf("%q: err = %v, want an input error", tt.input, err)
			continue
		}
		if bad.Line != tt.line || bad.What != tt.what || bad.Expected != tt.expected {
			t.Errorf("%q: line %d, %q, expected %q; want line %d, %q, expected %q", tt.input, bad.Line, bad.What, bad.Expected, tt.line, tt.what, tt.expected)
		}
	}
}

// What each answer means is read out on the first page of questions, as
// the terminal's introduction shows it, and again on help.
func TestAccessibleReadsWhatTheAnswersMean(t *testing.T) {
	t.Parallel()
	out, _, _ := accessibleRun(t, false, append(append([]string{}, profileLines...), "help")...)
	meaning := "What the answers mean:\nYes: This is fully in place and working.\nPartly: Some of this is in place, or it is done only now and then.\nNo: This is not in place.\n" +
		"Not applicable: This does not concern your practice; it is left out of every score.\n" +
		"Don't know: You do not know; find out who does. It is left out of every score and listed as something to find out.\n" +
		"Skip for now: Leave it for later.\n"
	if n := strings.Count(out, meaning); n != 2 {
		t.Errorf("the meanings are read %d times, want 2 (the page, then help):\n%s", n, out)
	}
	if !strings.Contains(out, "10 questions.\n"+meaning+"\nKey area 1 of 1, question 1 of 10: KA1-01.") {
		t.Errorf("the meanings do not come after the page's introduction:\n%s", out)
	}
}

// Leaving a page with questions unanswered says which, and unanswered,
// typed at the next question, goes to the first of them (as tab does in
// the terminal); later, unanswered goes on to the next one as usual.
func TestAccessibleOffersTheSkippedQuestions(t *testing.T) {
	t.Parallel()
	input := append(append([]string{}, profileLines...), "1", "", "", "", "", "", "", "", "", "", "", "unanswered", "2", "unanswered")
	out, af, err := accessibleAreas(t, []string{"KA1", "KA2"}, false, input...)
	var eoi *EndOfInputError
	if !errors.As(err, &eoi) || eoi.What != "the answer to KA1-04" {
		t.Fatalf("err = %v, want the end of input at KA1-04", err)
	}
	for _, want := range []string{
		"KA1: 1 of 10 answered. Without an answer: KA1-02, KA1-03, KA1-04, KA1-05, KA1-06, KA1-07, KA1-08, KA1-09, KA1-10.\n" +
			"To answer KA1-02 now, type unanswered at the next question.\n",
		"Key area 2 of 2, question 1 of 15: KA2-01.",
		"Key area 1 of 2, question 2 of 10: KA1-02.",
		"KA1-02: Partly.\n\nKey area 1 of 2, question 3 of 10: KA1-03.",
		// the second unanswered: the next on this page, not the offer
		"Key area 1 of 2, question 4 of 10: KA1-04.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, out)
		}
	}
	if af.Answers["KA1-02"].Value != "partly" {
		t.Errorf("KA1-02 = %+v", af.Answers["KA1-02"])
	}
}
