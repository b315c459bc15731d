// Package plan is scorecard's action-plan file: the priority actions of an
// assessment turned into a plan with owners, due dates, a status and the
// answer each action aims for, kept between rounds and checked against the
// next one. It owns the format: the types, the strict loader (every
// problem with its file, line and column), the writer, and the pure
// functions that apply the plan to answers (the projection) and check it
// against a later round. Scoring the projection is left to the caller, so
// that this package, like checklist, does not depend on scoring.
package plan

import (
	"slices"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
)

// FormatVersion is the version of the plan-file format this scorecard
// reads and writes (the "plan:" key).
const FormatVersion = 1

// Status is where an action stands.
type Status string

// The statuses of an action.
const (
	Planned Status = "planned"
	Doing   Status = "doing"
	Done    Status = "done"
	Dropped Status = "dropped"
)

// Statuses lists the statuses in the order an action goes through them.
func Statuses() []Status { return []Status{Planned, Doing, Done, Dropped} }

// Open reports whether the action is still to be carried out.
func (s Status) Open() bool { return s == Planned || s == Doing }

// Counts reports whether the action counts in the projection: every
// action that is not dropped (a done action whose result the answers do
// not show yet is counted as reaching its target).
func (s Status) Counts() bool { return s != Dropped }

// Plan is an action plan for one practice, made from one assessment.
type Plan struct {
	Path      string // where it was read from, for messages
	Framework *checklist.Framework
	Practice  string // the practice's name
	// Assessment is the answer file the plan was made from, as the plan
	// names it: relative to the plan file's folder unless absolute.
	Assessment string
	// AssessmentPos is where "assessment:" is, for messages about it.
	AssessmentPos checklist.Pos
	AssessedOn    string // the assessment's date, YYYY-MM-DD, or ""
	Actions       []*Action
	// Warnings are problems that did not stop the plan from loading.
	Warnings checklist.Problems
}

// Action is one step of the plan: what to do about some items, who does
// it, by when, and the answer it aims for.
type Action struct {
	Items  []*checklist.Item
	Action string // what will be done
	Owner  string
	Due    string // YYYY-MM-DD, or "" when not set
	Status Status
	// Target is the answer the action aims for on each of its items.
	Target *checklist.ScaleValue
	Note   string
	Pos    checklist.Pos // where the action starts in the file
}

// ItemIDs returns the ids of the action's items.
func (a *Action) ItemIDs() []string {
	ids := make([]string, len(a.Items))
	for i, it := range a.Items {
		ids[i] = it.ID
	}
	return ids
}

// Overdue reports whether the action is open and its due date is before
// today (a date in the time zone the caller chose).
func (a *Action) Overdue(today time.Time) bool {
	return a.Status.Open() && a.Due != "" && a.Due < today.Format(time.DateOnly)
}

// TopValue is the answer an action aims for when the plan does not say:
// the top of the scale ("yes").
func TopValue(fw *checklist.Framework) *checklist.ScaleValue {
	vs := fw.ScoredValues()
	if len(vs) == 0 {
		return nil
	}
	return vs[len(vs)-1]
}

// Targets lists the answers an action may aim for: the scored values
// above the bottom of the scale, from the top down ("yes", "partly").
func Targets(fw *checklist.Framework) []*checklist.ScaleValue {
	vs := fw.ScoredValues()
	if len(vs) < 2 {
		return vs
	}
	out := slices.Clone(vs[1:])
	slices.Reverse(out)
	return out
}

// New makes a plan from an assessment: one action per item, in the order
// given (the priority actions, or every gap), each with the framework's
// recommended action, the status planned, and the top of the scale as
// its target. assessment is how the plan names the answer file.
func New(af *checklist.AnswerFile, assessment string, items []*checklist.Item) *Plan {
	pl := &Plan{
		Framework:  af.Framework,
		Practice:   af.Practice.Name,
		Assessment: assessment,
		AssessedOn: af.Practice.AssessedOn,
	}
	top := TopValue(af.Framework)
	for _, it := range items {
		pl.Actions = append(pl.Actions, &Action{Items: []*checklist.Item{it}, Action: it.Action, Status: Planned, Target: top})
	}
	return pl
}
