package scoring

import "github.com/inclusion-tools/scorecard/checklist/locale"

// Gates are the conditions a script can require of a scored file. A nil
// minimum is not checked.
type Gates struct {
	MinChecklist        *float64
	MinQuality          *float64
	RequireGoodPractice bool
	RequireComplete     bool
}

// Check returns why r fails the gates, as messages (String writes them
// in English); none when it passes. Comparisons use unrounded scores.
func (g Gates) Check(r *Result) []locale.Msg {
	var failures []locale.Msg
	if g.MinChecklist != nil {
		failures = append(failures, minimum(locale.M("checklist score"), r.Checklist.Score, *g.MinChecklist)...)
	}
	if g.MinQuality != nil {
		failures = append(failures, minimum(locale.M("quality score"), r.Quality.Score, *g.MinQuality)...)
	}
	if g.RequireGoodPractice && !r.Quality.GoodPractice {
		failures = append(failures, locale.M("not a good practice"))
	}
	if g.RequireComplete && !r.Complete {
		failures = append(failures, incomplete(r))
	}
	return failures
}

func minimum(what locale.Msg, s Score, min float64) []locale.Msg {
	v, ok := s.Value()
	switch {
	case !ok:
		return []locale.Msg{locale.M("%s not assessed (minimum %s)", what, locale.Number(FormatNumber(min)))}
	case v < min:
		return []locale.Msg{locale.M("%s %s is below the minimum of %s", what, locale.Number(FormatCompared(v, min)), locale.Number(FormatNumber(min)))}
	}
	return nil
}

// incomplete says why r is not complete: how many applicable items are
// unanswered and, when some are, how many are answered "don't know".
func incomplete(r *Result) locale.Msg {
	if n := r.UnknownCount(); n > 0 {
		return locale.M("incomplete: %d applicable items unanswered, %d answered %q", r.UnansweredCount(), n, r.Framework.DontKnow().Label)
	}
	return locale.M("incomplete: %d applicable items unanswered", r.UnansweredCount())
}

// UnknownCount returns how many applicable items are answered "don't
// know" in the part of the framework the assessment covers.
func (r *Result) UnknownCount() int {
	return inScope(r.Groups(), func(g *Group) int { return g.Unknown })
}

// UnansweredCount returns how many applicable items are unanswered in
// the part of the framework the assessment covers.
func (r *Result) UnansweredCount() int {
	return inScope(r.Groups(), func(g *Group) int { return g.Unanswered })
}

// Groups returns every scored group: key areas, the quick scan, then the
// dimensions.
func (r *Result) Groups() []*Group {
	gs := append([]*Group{}, r.Checklist.Areas...)
	if r.QuickScan != nil {
		gs = append(gs, r.QuickScan)
	}
	return append(gs, r.Quality.Dimensions...)
}
