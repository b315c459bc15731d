package plan

import (
	"maps"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
)

// Project returns the answers as they would be if every action that
// counts (see Status.Counts) reached its target: each of its items whose
// answer scores below the target, or that is unanswered or answered "not
// applicable", takes the target; answers at or above it stay. Notes and
// evidence are kept. af is not changed.
func (pl *Plan) Project(af *checklist.AnswerFile) *checklist.AnswerFile {
	out := *af
	out.Answers = maps.Clone(af.Answers)
	for _, a := range pl.Actions {
		if !a.Status.Counts() || a.Target == nil {
			continue
		}
		for _, it := range a.Items {
			cur := out.Answers[it.ID]
			if v := score(af.Framework, cur.Value); v != nil && *v >= *a.Target.Score {
				continue
			}
			cur.Value = a.Target.Value
			out.Answers[it.ID] = cur
		}
	}
	return &out
}

// score is the score of an answer, or nil when it has none (unanswered,
// not applicable).
func score(fw *checklist.Framework, value string) *float64 {
	if value == "" {
		return nil
	}
	v, _ := fw.ParseAnswer(value)
	return scoreOf(v)
}

// Check is where one action stands against the answers: those of the
// assessment the plan was made from and, when given, of a later round.
type Check struct {
	Action *Action
	Items  []ItemCheck
	// Round is true when a later round was given; Reached and Regressed
	// are judged against it.
	Round bool
	// Reached: every item's latest answer (the round's, else the
	// assessment's) reaches the target.
	Reached bool
	// Regressed: some item's answer in the round is lower than in the
	// assessment.
	Regressed bool
	// Overdue: the action is open, its due date has passed, and its
	// target is not reached.
	Overdue bool
	// DoneNotShown: the action is marked done, but the round does not
	// show its target reached.
	DoneNotShown bool
}

// ItemCheck is one item of an action: its answer before and after.
type ItemCheck struct {
	Item *checklist.Item
	// Before is the answer in the assessment, After in the round; nil
	// when not answered (or no round was given).
	Before, After *checklist.ScaleValue
	Reached       bool
	Regressed     bool
}

// Check judges every action of the plan: base is the assessment the plan
// was made from, round a later one (or nil), today the date to judge due
// dates by (the caller's clock, in the caller's time zone).
func (pl *Plan) Check(base, round *checklist.AnswerFile, today time.Time) []Check {
	out := make([]Check, 0, len(pl.Actions))
	for _, a := range pl.Actions {
		c := Check{Action: a, Round: round != nil, Reached: len(a.Items) > 0}
		for _, it := range a.Items {
			ic := ItemCheck{Item: it, Before: answer(base, it)}
			latest := ic.Before
			if round != nil {
				ic.After = answer(round, it)
				latest = ic.After
				if b, af := scoreOf(ic.Before), scoreOf(ic.After); b != nil && af != nil && *af < *b {
					ic.Regressed = true
					c.Regressed = true
				}
			}
			if s := scoreOf(latest); a.Target != nil && s != nil && *s >= *a.Target.Score {
				ic.Reached = true
			} else {
				c.Reached = false
			}
			c.Items = append(c.Items, ic)
		}
		c.Overdue = a.Overdue(today) && !c.Reached
		c.DoneNotShown = a.Status == Done && round != nil && !c.Reached
		out = append(out, c)
	}
	return out
}

func answer(af *checklist.AnswerFile, it *checklist.Item) *checklist.ScaleValue {
	if af == nil || !af.Applies(it) {
		return nil
	}
	a, ok := af.Answers[it.ID]
	if !ok {
		return nil
	}
	v, _ := af.Framework.ParseAnswer(a.Value)
	return v
}

func scoreOf(v *checklist.ScaleValue) *float64 {
	if v == nil || !v.Scored() {
		return nil
	}
	return v.Score
}
