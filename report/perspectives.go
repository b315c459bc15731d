package report

import (
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/merge"
	"github.com/inclusion-tools/scorecard/scoring"
)

// Perspectives is what a report shows of a merged file whose raters gave
// their perspectives: each perspective's scores beside the consensus,
// and the perception gap.
type Perspectives struct {
	// Record is what the merged file records: the groups shown, those
	// too small to show, the raters without a perspective.
	Record *checklist.PerspectiveGroups
	// Groups are the perspectives shown on their own, refugees first,
	// each scored from its answers as any answer file is.
	Groups []PerspectiveScores
	// Rows are the scores side by side: the totals, each key area, the
	// quick scan, each dimension, as far as any of them is scored.
	Rows []PerspectiveRow
	// Gaps are the items on which two perspectives answer two steps or
	// more apart, refugees' view first (see merge.Gaps).
	Gaps []merge.Gap
}

// PerspectiveScores is one perspective's answers, scored.
type PerspectiveScores struct {
	Perspective checklist.Perspective
	Raters      int
	Result      *scoring.Result
}

// PerspectiveRow is one score of the consensus and of each perspective
// shown, in the order of Perspectives.Groups.
type PerspectiveRow struct {
	ID        string // "checklist", "KA1", "quick_scan", "quality", "D1"
	Label     string
	Consensus scoring.Score
	Groups    []scoring.Score
	// Total marks the checklist, quick-scan and quality scores.
	Total bool
}

// newPerspectives scores each perspective a merged file records, or
// returns nil when the file records none. Words come from w (the row
// labels of the totals).
func newPerspectives(w wording, af *checklist.AnswerFile, consensus *scoring.Result, opts scoring.Options) *Perspectives {
	if af.Perspectives == nil {
		return nil
	}
	ps := &Perspectives{Record: af.Perspectives, Gaps: merge.Gaps(af)}
	for _, g := range af.Perspectives.Groups {
		r := scoring.Evaluate(merge.GroupFile(af, g), opts)
		ps.Groups = append(ps.Groups, PerspectiveScores{Perspective: g.Perspective, Raters: g.Raters, Result: r})
	}
	results := make([]*scoring.Result, len(ps.Groups))
	for i, g := range ps.Groups {
		results[i] = g.Result
	}
	pick := func(pick func(*scoring.Result) scoring.Score) (scoring.Score, []scoring.Score, bool) {
		c := pick(consensus)
		scored := c.Valid()
		var scores []scoring.Score
		for _, r := range results {
			s := pick(r)
			scored = scored || s.Valid()
			scores = append(scores, s)
		}
		return c, scores, scored
	}
	add := func(id, label string, total bool, get func(*scoring.Result) scoring.Score) {
		if c, scores, ok := pick(get); ok {
			ps.Rows = append(ps.Rows, PerspectiveRow{ID: id, Label: label, Consensus: c, Groups: scores, Total: total})
		}
	}
	add("checklist", w.checklistScoreLabel(), true, func(r *scoring.Result) scoring.Score { return r.Checklist.Score })
	for i, g := range consensus.Checklist.Areas {
		add(g.ID, g.ID+" "+g.Title, false, func(r *scoring.Result) scoring.Score { return r.Checklist.Areas[i].Score })
	}
	if consensus.QuickScan != nil {
		add(checklist.NotesKeyQuickScan, w.quickScan(), true, func(r *scoring.Result) scoring.Score { return r.QuickScan.Score })
	}
	add("quality", w.qualityScoreLabel(), true, func(r *scoring.Result) scoring.Score { return r.Quality.Score })
	for i, g := range consensus.Quality.Dimensions {
		add(g.ID, g.ID+" "+g.Title, false, func(r *scoring.Result) scoring.Score { return r.Quality.Dimensions[i].Score })
	}
	return ps
}
