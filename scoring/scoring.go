// Package scoring turns an answer file into scores, verdicts and gaps
// (SPEC §4). Everything here is a pure function of the framework, the
// answers and the options: no I/O, no clock, no printing.
//
// The handbook defines no numbers. Its only rule is per key area: a
// practice that meets every point of a checklist is "fully embracing a
// comprehensive approach", one that meets some must "improve", one that
// meets none must "deeply reflect". The percentages, the thresholds and
// the good-practice rule (after MPG's scoring card) are scorecard's own.
package scoring

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
)

// Verdict is the handbook's reading of one key area's checklist.
type Verdict string

// The verdicts, over the items that were scored.
const (
	Comprehensive Verdict = "comprehensive" // every point met
	Improve       Verdict = "improve"       // some points met
	Reflect       Verdict = "reflect"       // no point met, not even partly
	NotAssessed   Verdict = "not-assessed"  // nothing scored
)

// Describe says in plain words what a verdict means.
func (v Verdict) Describe() string {
	switch v {
	case Comprehensive:
		return "every point is met: a comprehensive approach in this area"
	case Improve:
		return "some points are met: the way the service is designed or provided can improve"
	case Reflect:
		return "no point is met: reflect deeply on the service and use the handbook's guidance"
	}
	return "not assessed: no item was answered on the scale"
}

// Score is a percentage from 0 to 100, or nothing when no item was
// scored. It keeps the unrounded value: comparisons use it, and only
// display rounds.
type Score struct {
	value float64
	valid bool
}

// Percent returns a valid score.
func Percent(v float64) Score { return Score{value: v, valid: true} }

// Value returns the unrounded score and whether there is one.
func (s Score) Value() (float64, bool) { return s.value, s.valid }

// Valid reports whether the score exists (something was scored).
func (s Score) Valid() bool { return s.valid }

// Rounded returns the score rounded to one decimal, half away from zero.
func (s Score) Rounded() float64 { return Round1(s.value) }

// String returns the rounded score with one decimal, or "–" when there is
// none.
func (s Score) String() string {
	if !s.valid {
		return "–"
	}
	return strconv.FormatFloat(s.Rounded(), 'f', 1, 64)
}

// MarshalJSON writes the rounded score with one decimal, or null.
func (s Score) MarshalJSON() ([]byte, error) {
	if !s.valid {
		return []byte("null"), nil
	}
	return []byte(s.String()), nil
}

// Round1 rounds to one decimal, half away from zero.
func Round1(x float64) float64 { return math.Round(x*10) / 10 }

// ItemState says how an item counts in the scores.
type ItemState int

// The states of an item.
const (
	Scored        ItemState = iota // answered on the scale: counts
	NotApplicable                  // answered "na": left out
	Unanswered                     // no answer yet: left out, and reported
	Excluded                       // does not apply to the organisation type
	Unknown                        // answered "don't know": left out, and listed to find out
)

// ItemResult is one item with its answer.
type ItemResult struct {
	Item   *checklist.Item
	State  ItemState
	Answer checklist.Answer // when State is Scored, NotApplicable or Unknown
	Value  float64          // the answer's score, when State is Scored
}

// Group is the result of a set of items scored together: a key area, a
// quality dimension or the quick scan.
type Group struct {
	ID    string
	Title string
	Score Score
	// Verdict is set for key areas.
	Verdict Verdict
	// Threshold and Passed are set for dimensions.
	Threshold float64
	Passed    bool
	Weight    float64

	// InScope is true when the group is part of what the assessment set
	// out to cover: its section (and, for a key area, the area itself) is
	// in the answer file's scope, or, for a file that records no scope,
	// its section is in the file. Completeness is judged over these.
	InScope bool

	Items      []ItemResult
	Scored     int // answered on the scale
	Applicable int // apply to the organisation type, answered or not
	NA         int // answered not applicable
	Unanswered int
	Unknown    int // answered "don't know"
	// Gaps are the scored items below the top of the scale: lowest value
	// first, then in framework order.
	Gaps []ItemResult
}

// Answered returns how many applicable items have an answer (on the
// scale, "not applicable" or "don't know").
func (g *Group) Answered() int { return g.Applicable - g.Unanswered }

// Open returns how many applicable items are still open: unanswered, or
// answered "don't know". A group is complete when none is.
func (g *Group) Open() int { return g.Unanswered + g.Unknown }

// Tally is how far a set of groups is answered, judged against the
// assessment's scope.
type Tally struct {
	Answered   int // applicable items with an answer: on the scale, "not applicable" or "don't know"
	Applicable int
	Unknown    int // of the answered, those answered "don't know"
}

// Unanswered returns how many of the applicable items have no answer.
func (t Tally) Unanswered() int { return t.Applicable - t.Answered }

// TallyOf counts the items of groups against the scope: a group the
// assessment set out to cover (InScope) counts whole; of a group outside
// it, only the items answered anyway count, so that what is left
// unanswered is what is left in the scope, as Result.Complete judges it.
// Two key areas chosen out of six, with 14 of their 25 items answered,
// give 14 of 25, not 14 of 81. When no group of the set is in scope (a
// section shown only because it has answers), every group counts whole.
func TallyOf(groups []*Group) Tally {
	anyInScope := false
	for _, g := range groups {
		anyInScope = anyInScope || g.InScope
	}
	var t Tally
	for _, g := range groups {
		t.Answered += g.Answered()
		t.Unknown += g.Unknown
		if g.InScope || !anyInScope {
			t.Applicable += g.Applicable
		} else {
			t.Applicable += g.Answered()
		}
	}
	return t
}

// Provisional reports whether a key area's verdict may still change: it
// rests on some answers while applicable items are still unanswered or
// answered "don't know" ("comprehensive so far, 1 of 10 answered").
func (g *Group) Provisional() bool {
	return g.Verdict != "" && g.Verdict != NotAssessed && g.Open() > 0
}

// UnknownIDs returns the ids of the items answered "don't know", in
// framework order.
func (g *Group) UnknownIDs() []string {
	var ids []string
	for _, r := range g.Items {
		if r.State == Unknown {
			ids = append(ids, r.Item.ID)
		}
	}
	return ids
}

// GapIDs returns the ids of the gaps, in order.
func (g *Group) GapIDs() []string {
	ids := make([]string, len(g.Gaps))
	for i, r := range g.Gaps {
		ids[i] = r.Item.ID
	}
	return ids
}

// ItemsIn returns the group's items in a given state, in order.
func (g *Group) ItemsIn(state ItemState) []ItemResult {
	var out []ItemResult
	for _, r := range g.Items {
		if r.State == state {
			out = append(out, r)
		}
	}
	return out
}

// Met returns the scored items at the top of the scale.
func (g *Group) Met() []ItemResult {
	var out []ItemResult
	for _, r := range g.Items {
		if r.State == Scored && r.Value == 1 {
			out = append(out, r)
		}
	}
	return out
}

// Result is the full scoring of one answer file.
type Result struct {
	Framework *checklist.Framework

	Checklist struct {
		Score    Score
		Complete bool
		Areas    []*Group
	}
	QuickScan *Group // nil when the framework has no quick scan
	Quality   struct {
		Score            Score
		OverallThreshold float64
		GoodPractice     bool
		// Reasons explain the good-practice verdict.
		Reasons    []Reason
		Dimensions []*Group
	}
	// Complete is true when no applicable item is unanswered or answered
	// "don't know" in the part of the framework the assessment covers
	// (see Group.InScope).
	Complete bool

	sections map[checklist.Section]bool // the sections the assessment covers
}

// Covers reports whether the assessment covers a section: it is in the
// answer file's scope or, for a file that records no scope, in the file.
func (r *Result) Covers(s checklist.Section) bool { return r.sections[s] }

// Options override the framework's thresholds.
type Options struct {
	DimensionThreshold *float64 // for every dimension
	OverallThreshold   *float64
}

// Evaluate scores an answer file.
func Evaluate(af *checklist.AnswerFile, opts Options) *Result {
	fw := af.Framework
	r := &Result{Framework: fw, sections: coveredSections(af)}

	var areaScores []float64
	for _, a := range fw.KeyAreas {
		g := scoreGroup(a.ID, a.Title, a.Items(), af)
		g.Verdict = verdict(g)
		g.InScope = r.sections[checklist.SectionChecklist] && (af.Scope == nil || af.Scope.HasArea(a.ID))
		r.Checklist.Areas = append(r.Checklist.Areas, g)
		if v, ok := g.Score.Value(); ok {
			areaScores = append(areaScores, v)
		}
	}
	r.Checklist.Score = mean(areaScores, nil)
	r.Checklist.Complete = r.sections[checklist.SectionChecklist] && open(r.Checklist.Areas) == 0

	if q := fw.QuickScan; q != nil {
		r.QuickScan = scoreGroup("OC", q.Title, q.Items, af)
		r.QuickScan.InScope = r.sections[checklist.SectionQuickScan]
	}

	r.Quality.OverallThreshold = fw.Thresholds.Overall
	if opts.OverallThreshold != nil {
		r.Quality.OverallThreshold = *opts.OverallThreshold
	}
	var dimScores, weights []float64
	for _, d := range fw.Dimensions {
		g := scoreGroup(d.ID, d.Title, d.Indicators(), af)
		g.InScope = r.sections[checklist.SectionIndicators]
		g.Threshold = fw.DimensionThreshold(d)
		if opts.DimensionThreshold != nil {
			g.Threshold = *opts.DimensionThreshold
		}
		g.Weight = d.WeightOrDefault()
		if v, ok := g.Score.Value(); ok {
			g.Passed = v >= g.Threshold
			dimScores = append(dimScores, v)
			weights = append(weights, g.Weight)
		}
		r.Quality.Dimensions = append(r.Quality.Dimensions, g)
	}
	r.Quality.Score = mean(dimScores, weights)
	r.Quality.GoodPractice, r.Quality.Reasons = goodPractice(r)

	// SPEC §4: complete when no applicable item is unanswered in the part
	// the assessment covers; an item answered "don't know" is still open,
	// so it counts against completeness too. An assessment that covers no
	// section at all is not counted as complete: there is nothing in it
	// to be complete.
	r.Complete = len(r.sections) > 0 && open(r.Groups()) == 0
	return r
}

// coveredSections are the sections an assessment covers: those of the
// scope the answer file records (every section when its scope names
// none), else those that appear in the file.
func coveredSections(af *checklist.AnswerFile) map[checklist.Section]bool {
	out := map[checklist.Section]bool{}
	for _, s := range checklist.Sections {
		switch {
		case af.Scope != nil:
			if af.Scope.HasSection(s) {
				out[s] = true
			}
		case af.UsesSection(s):
			out[s] = true
		}
	}
	return out
}

// inScope sums a count over the groups in scope.
func inScope(groups []*Group, count func(*Group) int) int {
	n := 0
	for _, g := range groups {
		if g.InScope {
			n += count(g)
		}
	}
	return n
}

// open counts the applicable items of the groups in scope that are
// unanswered or answered "don't know".
func open(groups []*Group) int { return inScope(groups, (*Group).Open) }

func scoreGroup(id, title string, items []*checklist.Item, af *checklist.AnswerFile) *Group {
	fw := af.Framework
	g := &Group{ID: id, Title: title}
	var sum float64
	for _, it := range items {
		ir := ItemResult{Item: it}
		a, answered := af.Answer(it.ID)
		switch {
		case !af.Applies(it):
			ir.State = Excluded
		case !answered:
			ir.State = Unanswered
			g.Unanswered++
		default:
			ir.Answer = a
			v, _ := fw.ParseAnswer(a.Value)
			switch {
			case v != nil && v.Unknown:
				ir.State = Unknown
				g.Unknown++
			case v == nil || !v.Scored():
				ir.State = NotApplicable
				g.NA++
			default:
				ir.State = Scored
				ir.Value = *v.Score
				sum += ir.Value
				g.Scored++
			}
		}
		if ir.State != Excluded {
			g.Applicable++
		}
		g.Items = append(g.Items, ir)
		if ir.State == Scored && ir.Value < 1 {
			g.Gaps = append(g.Gaps, ir)
		}
	}
	if g.Scored > 0 {
		g.Score = Percent(100 * sum / float64(g.Scored))
	}
	// Items are already in framework order; a stable sort by value keeps
	// it among equal values.
	slices.SortStableFunc(g.Gaps, func(a, b ItemResult) int { return cmp.Compare(a.Value, b.Value) })
	return g
}

// verdict applies the handbook's three-case rule to a key area.
func verdict(g *Group) Verdict {
	if g.Scored == 0 {
		return NotAssessed
	}
	var top, zero int
	for _, r := range g.Items {
		if r.State != Scored {
			continue
		}
		switch r.Value {
		case 1:
			top++
		case 0:
			zero++
		}
	}
	switch {
	case top == g.Scored:
		return Comprehensive
	case zero == g.Scored:
		return Reflect
	}
	return Improve
}

// mean returns the weighted mean of scores (unweighted when weights is
// nil), or no score when there are none.
func mean(scores, weights []float64) Score {
	if len(scores) == 0 {
		return Score{}
	}
	var sum, total float64
	for i, s := range scores {
		w := 1.0
		if weights != nil {
			w = weights[i]
		}
		sum += w * s
		total += w
	}
	return Percent(sum / total)
}

// goodPractice applies the good-practice rule: every dimension assessed
// and at or above its minimum, and the quality score at or above the
// overall minimum. It returns the verdict with its reasons.
func goodPractice(r *Result) (bool, []Reason) {
	dims := r.Quality.Dimensions
	if len(dims) == 0 {
		return false, []Reason{{Kind: NoDimensions}}
	}
	var reasons []Reason
	var missing []string
	for _, g := range dims {
		v, ok := g.Score.Value()
		switch {
		case !ok:
			missing = append(missing, g.ID)
		case !g.Passed:
			reasons = append(reasons, Reason{Kind: DimensionBelow, Group: g, Score: v, Limit: g.Threshold})
		}
	}
	if len(missing) > 0 {
		reasons = append([]Reason{{Kind: ReasonNotAssessed, Missing: missing}}, reasons...)
	}
	q, ok := r.Quality.Score.Value()
	if ok && q < r.Quality.OverallThreshold {
		reasons = append(reasons, Reason{Kind: QualityBelow, Score: q, Limit: r.Quality.OverallThreshold})
	}
	if len(reasons) > 0 {
		return false, reasons
	}
	return true, []Reason{{Kind: AllReached, Count: len(dims), Score: q, Limit: r.Quality.OverallThreshold}}
}

// FormatCompared formats a score that was compared with a limit: with one
// decimal, unless rounding would make it look equal to or above a limit
// it is below; then with two.
func FormatCompared(v, limit float64) string {
	if v < limit && Round1(v) >= limit {
		// Truncate the shortest decimal form, not v*100, which float
		// arithmetic can push just under (69.96 × 100 = 6995.99…).
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if dot := strings.IndexByte(s, '.'); dot >= 0 && len(s) > dot+3 {
			s = s[:dot+3]
		}
		return s
	}
	return strconv.FormatFloat(Round1(v), 'f', 1, 64)
}

// FormatNumber formats a threshold: "66", "66.5".
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
