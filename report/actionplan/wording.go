package actionplan

import (
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/plan"
)

// The words of the plan view, in one place.

// StatusLabel names a status for people.
func (v *View) StatusLabel(s plan.Status) string {
	switch s {
	case plan.Planned:
		return v.p.Sprintf("planned")
	case plan.Doing:
		return v.p.Sprintf("doing")
	case plan.Done:
		return v.p.Sprintf("done")
	case plan.Dropped:
		return v.p.Sprintf("dropped")
	}
	return string(s)
}

// Progress says where an action stands against the answers, in words:
// "target reached", "regressed", "overdue", …; nothing when there is
// nothing to say (no round, not due yet).
func (v *View) Progress(c plan.Check) []string {
	var out []string
	for _, m := range v.Marks(c) {
		out = append(out, m.Text)
	}
	return out
}

// Mark is one thing to say about where an action stands; Flag marks
// those that need attention (regressed, overdue, done but not shown).
type Mark struct {
	Text string
	Flag bool
}

// Marks says where an action stands, with the marks that need attention
// flagged, for renderers that emphasise them.
func (v *View) Marks(c plan.Check) []Mark {
	p := v.p
	var out []Mark
	switch {
	case c.Reached:
		out = append(out, Mark{Text: p.Sprintf("target reached")})
	case c.Round && c.Action.Status != plan.Dropped:
		out = append(out, Mark{Text: p.Sprintf("not reached yet")})
	}
	if c.Regressed {
		out = append(out, Mark{Text: p.Sprintf("regressed"), Flag: true})
	}
	if c.DoneNotShown {
		out = append(out, Mark{Text: p.Sprintf("marked done, but the round does not show it"), Flag: true})
	}
	if c.Overdue {
		out = append(out, Mark{Text: p.Sprintf("overdue since %s", p.Date(c.Action.Due)), Flag: true})
	}
	return out
}

// Answers says what each item of an action was answered: "now No", or
// with a round "was No, now Partly"; with several items, each id first.
func (v *View) Answers(c plan.Check) string {
	p := v.p
	var parts []string
	for _, ic := range c.Items {
		var s string
		switch {
		case c.Round && len(c.Items) == 1:
			s = p.Sprintf("was %s, now %s", v.label(ic.Before), v.label(ic.After))
		case c.Round:
			s = p.Sprintf("%s was %s, now %s", ic.Item.ID, v.label(ic.Before), v.label(ic.After))
		case len(c.Items) == 1:
			s = p.Sprintf("now %s", v.label(ic.Before))
		default:
			s = p.Sprintf("%s now %s", ic.Item.ID, v.label(ic.Before))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// label is an answer's label, or "not answered".
func (v *View) label(sv *checklist.ScaleValue) string {
	if sv == nil {
		return v.p.Sprintf("not answered")
	}
	return sv.Label
}

// Details is the line under an action's text: owner, due date, status,
// the answer it aims for and the answers (Progress says where it
// stands).
func (v *View) Details(c plan.Check) string {
	p := v.p
	a := c.Action
	owner := a.Owner
	if owner == "" {
		owner = p.Sprintf("no owner yet")
	}
	due := p.Sprintf("no due date")
	if a.Due != "" {
		due = p.Sprintf("due %s", p.Date(a.Due))
	}
	parts := []string{owner, due, v.StatusLabel(a.Status)}
	if a.Target != nil {
		parts = append(parts, p.Sprintf("aims for %s", a.Target.Label))
	}
	parts = append(parts, v.Answers(c))
	return strings.Join(parts, " · ")
}

// Title is the plan's title: "Action plan for Welcome Bureau".
func (v *View) Title() string { return v.p.Sprintf("Action plan for %s", v.Plan.Practice) }

// Source says which answers the plan was made from and checked against.
func (v *View) Source() string {
	p := v.p
	file := func(name, date string) string {
		if date == "" {
			return name
		}
		return p.Sprintf("%s (%s)", name, p.Date(date))
	}
	base := file(v.AssessmentName, v.Assessment.Practice.AssessedOn)
	if v.Round == nil {
		return p.Sprintf("Made from %s; today is %s.", base, p.Date(v.Today))
	}
	return p.Sprintf("Made from %s; checked against %s; today is %s.", base, file(v.RoundName, v.Round.Practice.AssessedOn), p.Date(v.Today))
}

// ProjectionHeading introduces the projected scores.
func (v *View) ProjectionHeading() string {
	return v.p.Sprintf("Scores if every action reaches its target")
}

// ProjectionNote says how the projection is computed, in plain words.
func (v *View) ProjectionNote() string {
	base := v.p.Sprintf("the assessment")
	if v.Round != nil {
		base = v.p.Sprintf("the round")
	}
	return v.p.Sprintf("Now: the scores of %s. Projected: the same answers once every action that is not dropped reaches its target (an answer already as good stays); the scores are then computed as usual.", base)
}

// Summary counts the actions: how many are open, reached, overdue.
func (v *View) Summary() string {
	p := v.p
	reached, overdue := 0, 0
	for _, c := range v.Checks {
		if c.Reached {
			reached++
		}
		if c.Overdue {
			overdue++
		}
	}
	parts := []string{p.Sprintf("%d actions", len(v.Checks)), p.Sprintf("%d open", v.Open())}
	if v.Round != nil {
		parts = append(parts, p.Sprintf("%d with their target reached", reached))
	}
	parts = append(parts, p.Sprintf("%d overdue", overdue))
	return strings.Join(parts, " · ")
}

// Printer is the printer the view speaks with.
func (v *View) Printer() *locale.Printer { return v.p }
