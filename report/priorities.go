package report

import (
	"cmp"
	"slices"

	"github.com/inclusion-tools/scorecard/scoring"
)

// PriorityActions returns the gaps a report lists as its priority
// actions, in the same order (see MaxPriorities): what 'scorecard plan'
// turns into an action plan. The recommendations carry no example to
// learn from; the report picks those.
func PriorityActions(r *scoring.Result) []Recommendation {
	return priorities(gapGroups(r))
}

// AllGaps returns every gap of an assessment in the priority actions'
// order, without their limits: the lowest-scoring key areas, dimensions
// and quick scan first and, within one, "no" before "partly".
func AllGaps(r *scoring.Result) []Recommendation {
	groups := gapGroups(r)
	slices.SortStableFunc(groups, func(a, b GroupReport) int {
		av, _ := a.Group.Score.Value()
		bv, _ := b.Group.Score.Value()
		return cmp.Compare(av, bv)
	})
	var out []Recommendation
	for _, g := range groups {
		if g.Group.Score.Valid() {
			out = append(out, g.Gaps...)
		}
	}
	return out
}

// gapGroups lists the scored groups with their gaps, in the order Build
// considers them for priority actions: key areas, dimensions, then the
// quick scan.
func gapGroups(r *scoring.Result) []GroupReport {
	fw := r.Framework
	group := func(g *scoring.Group) GroupReport {
		gr := GroupReport{Group: g}
		for _, ir := range g.Gaps {
			v, _ := fw.ParseAnswer(ir.Answer.Value)
			gr.Gaps = append(gr.Gaps, Recommendation{Item: ir.Item, Answer: v, Group: g, Factor: ir.Item.SuccessFactor(), Note: ir.Answer.Note})
		}
		return gr
	}
	var out []GroupReport
	for _, g := range r.Checklist.Areas {
		out = append(out, group(g))
	}
	for _, g := range r.Quality.Dimensions {
		out = append(out, group(g))
	}
	if r.QuickScan != nil {
		out = append(out, group(r.QuickScan))
	}
	return out
}
