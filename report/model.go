package report

import (
	"cmp"
	"slices"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/report/actionplan"
	"github.com/inclusion-tools/scorecard/scoring"
)

// Report is what the Markdown, HTML and PDF reports all render, in the
// order of SPEC §6: built once, so the three forms always say the same.
type Report struct {
	Framework *checklist.Framework
	File      *checklist.AnswerFile
	FileName  string
	Result    *scoring.Result
	// Summary asks for the short report: the overview, progress, points
	// to discuss, priority actions and notes.
	Summary bool

	// Priorities are the most important gaps, each with what to do.
	Priorities []Recommendation
	// Areas and Dimensions hold each group's gaps with their
	// recommendations, in framework order.
	Areas      []GroupReport
	QuickScan  *GroupReport
	Dimensions []GroupReport
	// Notes are all the notes of the file, in framework order.
	Notes []Note
	// Evidence lists every answer that names its evidence, in framework
	// order.
	Evidence []Evidence
	// ToFindOut lists the items answered "don't know", in framework
	// order: what to find out, and who could know.
	ToFindOut []FindOut
	// Progress compares with an earlier assessment, when one was given.
	Progress *Progress
	// Perspectives sets each perspective's scores beside the consensus,
	// when the file is a merge that records them.
	Perspectives *Perspectives
	// Plan is the action plan to include, when one was given.
	Plan *actionplan.View

	w wording
}

// Options say how to build a report.
type Options struct {
	// Printer gives the report its words; nil means English.
	Printer *locale.Printer
	// Summary asks for the short report.
	Summary bool
	// Scoring overrides the framework's thresholds.
	Scoring scoring.Options
	// Plan is an action plan to include, checked against the file
	// reported on (see actionplan.Build); nil for none.
	Plan *actionplan.View
}

// Evidence is an answer with the evidence given for it.
type Evidence struct {
	Item     *checklist.Item
	Answer   string // the answer's label
	Evidence string
}

// FindOut is an item answered "don't know": something to find out
// before the scores are final.
type FindOut struct {
	Item     *checklist.Item
	Group    *scoring.Group // where it would be scored
	Note     string         // the note given with the answer
	Evidence string
}

// GroupReport is a key area, the quick scan or a dimension with its
// recommendations.
type GroupReport struct {
	Group    *scoring.Group
	KeyArea  *checklist.KeyArea   // for key areas
	Dim      *checklist.Dimension // for dimensions
	Gaps     []Recommendation
	Note     string
	Excluded []scoring.ItemResult // items that do not apply to the organisation type
}

// Recommendation is a gap and what to do about it.
type Recommendation struct {
	Item    *checklist.Item
	Answer  *checklist.ScaleValue // the answer given (no, partly)
	Group   *scoring.Group        // where it was scored
	Factor  *checklist.SuccessFactor
	Example *checklist.Example // a good practice to learn from
	Note    string             // the note given with the answer
	// Evidence is the evidence given with the answer.
	Evidence string
}

// Note is a note from the answer file: on a key area, the quick scan or a
// dimension (Item nil), or on one answer.
type Note struct {
	Key   string // KA1, D2, quick_scan, or an item id
	Title string
	Item  *checklist.Item
	Text  string
}

// Progress compares the assessment with an earlier one of the same
// practice.
type Progress struct {
	BaselineName string
	BaselineDate string
	Scores       []ScoreChange
	Improved     []AnswerChange
	Regressed    []AnswerChange
	NewlyScored  int
}

// ScoreChange is one score then and now.
type ScoreChange struct {
	Label         string
	Before, After scoring.Score
}

// Delta returns the change, and whether both scores exist.
func (c ScoreChange) Delta() (float64, bool) {
	b, ok1 := c.Before.Value()
	a, ok2 := c.After.Value()
	return a - b, ok1 && ok2
}

// AnswerChange is one item whose answer moved up or down the scale.
type AnswerChange struct {
	Item          *checklist.Item
	Before, After *checklist.ScaleValue
}

// MaxPriorities is how many priority actions a report lists.
const MaxPriorities = 10

// maxPrioritiesPerGroup keeps one weak area from filling the whole list.
const maxPrioritiesPerGroup = 3

// Build scores the answer file and gathers everything the report shows.
// A baseline, when given, must be an earlier assessment of the same
// practice against the same framework.
func Build(af *checklist.AnswerFile, fileName string, baseline *checklist.AnswerFile, opts Options) (*Report, error) {
	fw := af.Framework
	r := scoring.Evaluate(af, opts.Scoring)
	rep := &Report{Framework: fw, File: af, FileName: fileName, Result: r, Summary: opts.Summary, w: newWording(opts.Printer)}
	examples := newExamplePicker()

	recommend := func(g *scoring.Group, ir scoring.ItemResult) Recommendation {
		v, _ := fw.ParseAnswer(ir.Answer.Value)
		rec := Recommendation{Item: ir.Item, Answer: v, Group: g, Factor: ir.Item.SuccessFactor(), Note: ir.Answer.Note, Evidence: ir.Answer.Evidence}
		rec.Example = examples.pick(ir.Item)
		return rec
	}
	group := func(g *scoring.Group, noteKey string) GroupReport {
		gr := GroupReport{Group: g, Note: af.Notes[noteKey], Excluded: g.ItemsIn(scoring.Excluded)}
		for _, ir := range g.Gaps {
			gr.Gaps = append(gr.Gaps, recommend(g, ir))
		}
		return gr
	}
	for i, g := range r.Checklist.Areas {
		gr := group(g, g.ID)
		gr.KeyArea = fw.KeyAreas[i]
		rep.Areas = append(rep.Areas, gr)
	}
	if r.QuickScan != nil {
		gr := group(r.QuickScan, checklist.NotesKeyQuickScan)
		rep.QuickScan = &gr
	}
	for i, g := range r.Quality.Dimensions {
		gr := group(g, g.ID)
		gr.Dim = fw.Dimensions[i]
		rep.Dimensions = append(rep.Dimensions, gr)
	}
	candidates := append(slices.Clone(rep.Areas), rep.Dimensions...)
	if rep.QuickScan != nil {
		candidates = append(candidates, *rep.QuickScan)
	}
	rep.Priorities = priorities(candidates)
	rep.Perspectives = newPerspectives(rep.w, af, r, opts.Scoring)
	rep.Plan = opts.Plan
	rep.Notes = notes(fw, af)
	rep.Evidence = evidence(fw, af)
	rep.ToFindOut = toFindOut(r)
	if baseline != nil {
		p, err := progress(rep.w, af, baseline, r, opts.Scoring)
		if err != nil {
			return nil, err
		}
		rep.Progress = p
	}
	return rep, nil
}

// usesChecklist, usesQuickScan and usesIndicators say whether the report
// shows a part: the assessment covers it, or scored something in it.
func (rep *Report) usesChecklist() bool {
	r := rep.Result
	return len(r.Checklist.Areas) > 0 && (r.Covers(checklist.SectionChecklist) || r.Checklist.Score.Valid())
}

func (rep *Report) usesQuickScan() bool {
	q := rep.Result.QuickScan
	return q != nil && q.Applicable > 0 && (rep.Result.Covers(checklist.SectionQuickScan) || q.Score.Valid())
}

func (rep *Report) usesIndicators() bool {
	r := rep.Result
	return len(r.Quality.Dimensions) > 0 && (r.Covers(checklist.SectionIndicators) || r.Quality.Score.Valid())
}

// evidence gathers the answers that name their evidence.
func evidence(fw *checklist.Framework, af *checklist.AnswerFile) []Evidence {
	var out []Evidence
	for _, it := range fw.Items() {
		a, ok := af.Answers[it.ID]
		if !ok || a.Evidence == "" || !af.Applies(it) {
			continue
		}
		label := a.Value
		if v, ok := fw.ParseAnswer(a.Value); ok {
			label = v.Label
		}
		out = append(out, Evidence{Item: it, Answer: label, Evidence: a.Evidence})
	}
	return out
}

// toFindOut gathers the items answered "don't know", in framework order.
func toFindOut(r *scoring.Result) []FindOut {
	var out []FindOut
	for _, g := range r.Groups() {
		for _, ir := range g.ItemsIn(scoring.Unknown) {
			out = append(out, FindOut{Item: ir.Item, Group: g, Note: ir.Answer.Note, Evidence: ir.Answer.Evidence})
		}
	}
	return out
}

// priorities chooses the priority actions: the gaps of the lowest-scoring
// key areas, dimensions (and quick scan) first and, within one, "no"
// before "partly", at most three from any one of them, ten in all.
func priorities(groups []GroupReport) []Recommendation {
	var assessed []GroupReport
	for _, g := range groups {
		if g.Group.Score.Valid() && len(g.Gaps) > 0 {
			assessed = append(assessed, g)
		}
	}
	slices.SortStableFunc(assessed, func(a, b GroupReport) int {
		av, _ := a.Group.Score.Value()
		bv, _ := b.Group.Score.Value()
		return cmp.Compare(av, bv)
	})
	var out []Recommendation
	for _, g := range assessed {
		for i, rec := range g.Gaps {
			if i == maxPrioritiesPerGroup || len(out) == MaxPriorities {
				break
			}
			out = append(out, rec)
		}
	}
	return out
}

// examplePicker chooses the example to learn from for a gap: one filed
// under the success factor the item serves or, when the handbook gives
// none for it, one from the same key area (for a quick-scan item, from
// the first key area it relates to). Within a key area it goes round the
// examples: a factor's example is cited a second time only when no other
// example of the area is left unused, so no example is cited twice in one
// key area while another is unused.
type examplePicker struct {
	used map[*checklist.KeyArea]map[*checklist.Example]int
}

func newExamplePicker() *examplePicker {
	return &examplePicker{used: map[*checklist.KeyArea]map[*checklist.Example]int{}}
}

func (p *examplePicker) pick(it *checklist.Item) *checklist.Example {
	area := it.Area()
	if area == nil && len(it.KeyAreas) > 0 {
		area = it.Framework().KeyArea(it.KeyAreas[0])
	}
	if area == nil || len(area.Examples) == 0 {
		return nil
	}
	used := p.used[area]
	if used == nil {
		used = map[*checklist.Example]int{}
		p.used[area] = used
	}
	// The least-cited example of the factor, then of the area: a
	// factor's example wins unless it has been cited more often than an
	// example of the area that was never cited.
	least := func(list []*checklist.Example) *checklist.Example {
		var best *checklist.Example
		for _, e := range list {
			if best == nil || used[e] < used[best] {
				best = e
			}
		}
		return best
	}
	e := least(area.Examples)
	if f := it.SuccessFactor(); f != nil && len(f.Examples()) > 0 {
		if fe := least(f.Examples()); used[fe] == 0 || used[e] > 0 {
			e = fe
		}
	}
	used[e]++
	return e
}

// notes gathers every note of the file in framework order: each key
// area's (and its items'), the quick scan's, each dimension's.
func notes(fw *checklist.Framework, af *checklist.AnswerFile) []Note {
	var out []Note
	itemNotes := func(items []*checklist.Item) {
		for _, it := range items {
			if a, ok := af.Answers[it.ID]; ok && a.Note != "" {
				out = append(out, Note{Key: it.ID, Title: it.Question, Item: it, Text: a.Note})
			}
		}
	}
	for _, a := range fw.KeyAreas {
		if n := af.Notes[a.ID]; n != "" {
			out = append(out, Note{Key: a.ID, Title: a.Title, Text: n})
		}
		itemNotes(a.Items())
	}
	if q := fw.QuickScan; q != nil {
		if n := af.Notes[checklist.NotesKeyQuickScan]; n != "" {
			out = append(out, Note{Key: checklist.NotesKeyQuickScan, Title: q.Title, Text: n})
		}
		itemNotes(q.Items)
	}
	for _, d := range fw.Dimensions {
		if n := af.Notes[d.ID]; n != "" {
			out = append(out, Note{Key: d.ID, Title: d.Title, Text: n})
		}
		itemNotes(d.Indicators())
	}
	return out
}

// BaselineError says why an earlier assessment cannot serve as the
// baseline of this one.
type BaselineError struct{ Reason string }

func (e *BaselineError) Error() string { return e.Reason }

func progress(w wording, af, base *checklist.AnswerFile, now *scoring.Result, opts scoring.Options) (*Progress, error) {
	if base.Framework.ID != af.Framework.ID {
		return nil, &BaselineError{w.baselineFramework(base.Path, base.Framework.ID, af.Framework.ID)}
	}
	if !checklist.SamePractice(base.Practice.Name, af.Practice.Name) {
		return nil, &BaselineError{w.baselinePractice(base.Path, base.Practice.Name, af.Practice.Name)}
	}
	then := scoring.Evaluate(base, opts)
	p := &Progress{BaselineName: base.Path, BaselineDate: base.Practice.AssessedOn}
	p.Scores = append(p.Scores, ScoreChange{w.checklistScoreLabel(), then.Checklist.Score, now.Checklist.Score})
	for i, g := range now.Checklist.Areas {
		p.Scores = append(p.Scores, ScoreChange{g.ID + " " + g.Title, then.Checklist.Areas[i].Score, g.Score})
	}
	if now.QuickScan != nil {
		p.Scores = append(p.Scores, ScoreChange{w.quickScan(), then.QuickScan.Score, now.QuickScan.Score})
	}
	p.Scores = append(p.Scores, ScoreChange{w.qualityScoreLabel(), then.Quality.Score, now.Quality.Score})
	for i, g := range now.Quality.Dimensions {
		p.Scores = append(p.Scores, ScoreChange{g.ID + " " + g.Title, then.Quality.Dimensions[i].Score, g.Score})
	}
	fw := af.Framework
	for _, it := range fw.Items() {
		before, ok1 := scored(fw, base, it)
		after, ok2 := scored(fw, af, it)
		switch {
		case ok2 && !ok1:
			p.NewlyScored++
		case ok1 && ok2 && *after.Score > *before.Score:
			p.Improved = append(p.Improved, AnswerChange{it, before, after})
		case ok1 && ok2 && *after.Score < *before.Score:
			p.Regressed = append(p.Regressed, AnswerChange{it, before, after})
		}
	}
	return p, nil
}

// scored returns an item's answer when it carries a score (not na,
// answered, applicable).
func scored(fw *checklist.Framework, af *checklist.AnswerFile, it *checklist.Item) (*checklist.ScaleValue, bool) {
	if !af.Applies(it) {
		return nil, false
	}
	a, ok := af.Answers[it.ID]
	if !ok {
		return nil, false
	}
	v, ok := fw.ParseAnswer(a.Value)
	if !ok || !v.Scored() {
		return nil, false
	}
	return v, true
}
