// Package actionplan builds what 'scorecard plan show' prints and what a
// report shows of an action plan: each action with where it stands
// (reached, regressed, overdue) against the assessment it was made from
// and a later round, and the scores the practice would reach if every
// action reached its target. It renders the plan as a Markdown task list,
// CSV and JSON; the terminal view is drawn by the command.
package actionplan

import (
	"fmt"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/plan"
	"github.com/inclusion-tools/scorecard/scoring"
)

// View is an action plan checked against the answers: what 'plan show'
// prints, and what a report includes with --plan.
type View struct {
	Plan *plan.Plan
	// Assessment is the answer file the plan was made from; Round a later
	// one, or nil. The names are the files' names for people.
	Assessment     *checklist.AnswerFile
	AssessmentName string
	Round          *checklist.AnswerFile
	RoundName      string
	// Today is the date due dates were judged by, YYYY-MM-DD.
	Today string
	// Checks are the actions, in plan order, with where each stands.
	Checks []plan.Check
	// Now scores the latest answers (the round's, else the
	// assessment's); Projected the same answers once every action that is
	// not dropped has reached its target.
	Now, Projected *scoring.Result
	// Scores are the scores now and projected: the checklist, quick-scan
	// and quality scores, and each key area and dimension the plan has an
	// action in.
	Scores []ScoreRow

	p *locale.Printer
}

// ScoreRow is one score now and as projected.
type ScoreRow struct {
	ID             string // "checklist", "KA4", "quick_scan", "quality", "D1"
	Title          string
	Now, Projected scoring.Score
	// Total marks the checklist, quick-scan and quality scores.
	Total bool
}

// Delta returns the projected change, and whether both scores exist.
func (r ScoreRow) Delta() (float64, bool) {
	a, ok1 := r.Now.Value()
	b, ok2 := r.Projected.Value()
	return b - a, ok1 && ok2
}

// Options say how to build a view.
type Options struct {
	// Printer gives the words; nil means English.
	Printer *locale.Printer
	// Today is the caller's clock; due dates are judged by its date.
	Today time.Time
	// Scoring overrides the framework's thresholds.
	Scoring scoring.Options
	// AssessmentName and RoundName name the files for people.
	AssessmentName, RoundName string
}

// Error says why a plan cannot be checked against the files given.
type Error struct{ Reason string }

func (e *Error) Error() string { return e.Reason }

// Build checks the plan against the assessment it was made from and,
// when round is not nil, a later round of the same practice, and
// projects the scores.
func Build(pl *plan.Plan, assessment, round *checklist.AnswerFile, opts Options) (*View, error) {
	p := opts.Printer
	if p == nil {
		p = locale.English()
	}
	v := &View{Plan: pl, Assessment: assessment, AssessmentName: opts.AssessmentName, Round: round, RoundName: opts.RoundName,
		Today: opts.Today.Format(time.DateOnly), p: p}
	if err := v.checkFiles(); err != nil {
		return nil, err
	}
	v.Checks = pl.Check(assessment, round, opts.Today)
	latest := assessment
	if round != nil {
		latest = round
	}
	v.Now = scoring.Evaluate(latest, opts.Scoring)
	v.Projected = scoring.Evaluate(pl.Project(latest), opts.Scoring)
	v.Scores = v.scoreRows()
	return v, nil
}

// checkFiles refuses an assessment or a round of another practice or
// framework, and a round that is not later than the assessment.
func (v *View) checkFiles() error {
	p, pl := v.p, v.Plan
	files := []struct {
		af   *checklist.AnswerFile
		name string
	}{{v.Assessment, v.AssessmentName}, {v.Round, v.RoundName}}
	for _, f := range files {
		if f.af == nil {
			continue
		}
		if f.af.Framework.ID != pl.Framework.ID {
			return &Error{p.Sprintf("%s is an assessment against framework %q, but the plan is for %q", f.name, f.af.Framework.ID, pl.Framework.ID)}
		}
		if !checklist.SamePractice(f.af.Practice.Name, pl.Practice) {
			return &Error{p.Sprintf("%s assesses %q, but the plan is for %q; give an assessment of the same practice", f.name, f.af.Practice.Name, pl.Practice)}
		}
	}
	if v.Round == nil {
		return nil
	}
	then := v.Assessment.Practice.AssessedOn
	if then == "" {
		then = pl.AssessedOn
	}
	if now := v.Round.Practice.AssessedOn; now != "" && then != "" && now <= then {
		return &Error{p.Sprintf("the round %s (%s) is not later than the assessment the plan was made from (%s); give a later round", v.RoundName, now, then)}
	}
	return nil
}

// scoreRows lists the totals, and the key areas and dimensions the plan
// has a counting action in, now and projected.
func (v *View) scoreRows() []ScoreRow {
	touched := map[string]bool{}
	for _, a := range v.Plan.Actions {
		if !a.Status.Counts() {
			continue
		}
		for _, it := range a.Items {
			touched[it.Group()] = true
		}
	}
	now, next := v.Now, v.Projected
	var rows []ScoreRow
	total := func(id, title string, a, b scoring.Score) {
		if a.Valid() || b.Valid() {
			rows = append(rows, ScoreRow{ID: id, Title: title, Now: a, Projected: b, Total: true})
		}
	}
	p := v.p
	total("checklist", p.Sprintf("Checklist score"), now.Checklist.Score, next.Checklist.Score)
	for i, g := range now.Checklist.Areas {
		if touched[g.ID] {
			rows = append(rows, ScoreRow{ID: g.ID, Title: g.Title, Now: g.Score, Projected: next.Checklist.Areas[i].Score})
		}
	}
	if now.QuickScan != nil {
		total("quick_scan", p.Sprintf("Quick scan"), now.QuickScan.Score, next.QuickScan.Score)
	}
	total("quality", p.Sprintf("Quality score"), now.Quality.Score, next.Quality.Score)
	for i, g := range now.Quality.Dimensions {
		if touched[g.ID] {
			rows = append(rows, ScoreRow{ID: g.ID, Title: g.Title, Now: g.Score, Projected: next.Quality.Dimensions[i].Score})
		}
	}
	return rows
}

// RowLabel is a score row's label: "KA4 Work not only for people…" or
// "Checklist score".
func (r ScoreRow) RowLabel() string {
	if r.Total {
		return r.Title
	}
	return r.ID + " " + r.Title
}

// Open counts the actions still open (planned or doing).
func (v *View) Open() int {
	n := 0
	for _, c := range v.Checks {
		if c.Action.Status.Open() {
			n++
		}
	}
	return n
}

// number is an action's number in the plan, from 1, as text.
func number(i int) string { return fmt.Sprint(i + 1) }
