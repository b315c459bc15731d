package scoring

import "fmt"

// Gates are the conditions a script can require of a scored file. A nil
// minimum is not checked.
type Gates struct {
	MinChecklist        *float64
	MinQuality          *float64
	RequireGoodPractice bool
	RequireComplete     bool
}

// Check returns why r fails the gates, in plain words; none when it
// passes. Comparisons use unrounded scores.
func (g Gates) Check(r *Result) []string {
	var failures []string
	if g.MinChecklist != nil {
		failures = append(failures, minimum("checklist score", r.Checklist.Score, *g.MinChecklist)...)
	}
	if g.MinQuality != nil {
		failures = append(failures, minimum("quality score", r.Quality.Score, *g.MinQuality)...)
	}
	if g.RequireGoodPractice && !r.Quality.GoodPractice {
		failures = append(failures, "not a good practice")
	}
	if g.RequireComplete && !r.Complete {
		failures = append(failures, incomplete(r))
	}
	return failures
}

func minimum(what string, s Score, min float64) []string {
	v, ok := s.Value()
	switch {
	case !ok:
		return []string{fmt.Sprintf("%s not assessed (minimum %s)", what, FormatNumber(min))}
	case v < min:
		return []string{fmt.Sprintf("%s %s is below the minimum of %s", what, FormatCompared(v, min), FormatNumber(min))}
	}
	return nil
}

// incomplete says why r is not complete: how many applicable items are
// unanswered and, when some are, how many are answered "don't know".
func incomplete(r *Result) string {
	msg := fmt.Sprintf("incomplete: %d applicable items unanswered", r.UnansweredCount())
	if n := r.UnknownCount(); n > 0 {
		msg += fmt.Sprintf(", %d answered %q", n, r.Framework.DontKnow().Label)
	}
	return msg
}

// UnknownCount returns how many applicable items are answered "don't
// know" in the part of the framework the assessment covers.
func (r *Result) UnknownCount() int { return unknown(r.Groups()) }

// UnansweredCount returns how many applicable items are unanswered in
// the part of the framework the assessment covers.
func (r *Result) UnansweredCount() int { return unanswered(r.Groups()) }

// Groups returns every scored group: key areas, the quick scan, then the
// dimensions.
func (r *Result) Groups() []*Group {
	gs := append([]*Group{}, r.Checklist.Areas...)
	if r.QuickScan != nil {
		gs = append(gs, r.QuickScan)
	}
	return append(gs, r.Quality.Dimensions...)
}
