package report

import (
	"strings"

	"github.com/inclusion-tools/scorecard/scoring"
)

// layout arranges the report as blocks, one function per section, in the
// order of SPEC §6 (progress comes right after the overview; the
// perspectives of a merge follow the points to discuss, the action plan
// the priority actions). Every word
// comes from wording; layout decides only what goes where.
type layout struct {
	rep *Report
	w   wording
	doc []block
}

func (l *layout) add(bl ...block) { l.doc = append(l.doc, bl...) }
func (l *layout) p(lines ...line) { l.add(para{lines}) }

// document lays out the full report, or the short one for --summary.
func (rep *Report) document() []block {
	l := &layout{rep: rep, w: rep.w}
	l.titleBlock()
	l.atAGlance()
	l.progress()
	l.pointsToDiscuss()
	l.perspectives()
	l.priorities()
	l.actionPlan()
	l.toFindOut()
	if !rep.Summary {
		l.keyAreas()
		l.quickScan()
		l.dimensions()
	}
	l.notes()
	if !rep.Summary {
		l.evidence()
		l.method()
	}
	l.glossary()
	return l.doc
}

func (l *layout) titleBlock() {
	rep, w := l.rep, l.w
	fw, pr := rep.Framework, rep.File.Practice
	l.add(heading{1, w.title(pr.Name)})
	var facts [][]line
	fact := func(k string, v line) {
		if v.plainText() != "" {
			facts = append(facts, []line{{txt(k)}, v})
		}
	}
	fact(w.factOrganisation(), line{usr(pr.Organisation)})
	fact(w.factType(), line{txt(fw.TypeLabel(pr.OrganisationType))})
	fact(w.factCountry(), line{usr(pr.Country)})
	fact(w.factDate(), line{txt(w.p.Date(pr.AssessedOn))})
	var who line
	for i, a := range pr.Assessors {
		if i > 0 {
			who = append(who, txt(", "))
		}
		who = append(who, usr(a))
	}
	fact(w.factAssessors(), who)
	if pr.RefugeesInvolved != nil {
		fact(w.factRefugees(), line{txt(w.yesNo(*pr.RefugeesInvolved))})
	}
	if rr := NewRouteRecord(rep.File); rr != nil {
		label := rr.Label
		if rr.Value == "" {
			label = w.pathNotAnswered()
		}
		fact(w.factPath(), line{txt(w.path(label, rr.KeyAreas))})
	}
	if sc := rep.File.Scope; sc != nil {
		fact(w.factScope(), line{txt(w.scope(sc, fw))})
	}
	fact(w.factFramework(), line{txt(w.framework(fw))})
	fact(w.factFile(), line{usr(rep.FileName)})
	l.add(table{rows: facts})
	l.p(line{it(w.builtOn(fw.Attribution)), txt(" " + fw.Attribution.ScoringNote)})
}

func (l *layout) atAGlance() {
	rep, w, r := l.rep, l.w, l.rep.Result
	l.add(heading{2, line{txt(w.atAGlance())}})
	// A part left out of the scope the file records was not chosen; one
	// left unanswered without a scope was not assessed.
	chosen := rep.File.Scope == nil
	if len(r.Checklist.Areas) > 0 && !rep.usesChecklist() {
		if chosen {
			l.p(line{b(w.checklistNotAssessed()), txt(w.checklistNotAnswered())})
		} else {
			l.p(line{b(w.checklistNotChosen()), txt(w.checklistOutOfScope())})
		}
	}
	if rep.usesChecklist() {
		l.p(line{b(w.checklistScore(r.Checklist.Score)), txt(completeness(w, r.Checklist.Areas))})
		chart := scoreChart{title: w.chartAreas(), labelHeader: w.keyArea(), scoreHeader: w.scoreHeader(), statusHeader: w.verdictHeader()}
		for _, g := range r.Checklist.Areas {
			chart.bars = append(chart.bars, bar{label: line{txt(g.ID + " " + g.Title)}, score: g.Score, scoreText: w.score(g.Score), status: w.areaStatus(g, rep.File.Route != ""), tone: verdictTone(g.Verdict)})
		}
		l.add(chart)
	}
	if rep.usesQuickScan() {
		q := r.QuickScan
		l.p(line{b(w.quickScanScore(q.Score)), txt(completeness(w, []*scoring.Group{q}))})
	}
	if len(r.Quality.Dimensions) > 0 && !rep.usesIndicators() {
		if chosen {
			l.p(line{b(w.qualityNotAssessed()), txt(w.qualityNotAnswered())})
		} else {
			l.p(line{b(w.qualityNotChosen()), txt(w.qualityOutOfScope())})
		}
	}
	if rep.usesIndicators() {
		l.p(line{b(w.qualityScore(r.Quality.Score)), txt(w.minimumOf(r.Quality.OverallThreshold)), b(w.goodPractice(r.Quality.GoodPractice)), txt(completeness(w, r.Quality.Dimensions))})
		chart := scoreChart{title: w.chartDimensions(), labelHeader: w.qualityDimension(), scoreHeader: w.scoreHeader(),
			minHeader: w.minimumHeader(), statusHeader: w.resultHeader(), minimumNote: w.minimumNote()}
		for _, g := range r.Quality.Dimensions {
			threshold := g.Threshold
			chart.bars = append(chart.bars, bar{label: line{txt(g.ID + " " + g.Title)}, score: g.Score, scoreText: w.score(g.Score),
				threshold: &threshold, minText: w.number(threshold), status: w.passed(g), tone: passTone(g)})
		}
		l.add(chart)
		l.p(line{it(w.why()), txt(strings.Join(w.reasons(r), "; ") + ".")})
	}
	l.p(w.complete(r.Complete, r.UnansweredCount(), r.UnknownCount(), rep.Framework.DontKnow()))
}

// completeness is ". 9 of 10 applicable items answered." and, when some
// are answered "don't know", how many. It counts against the scope
// (scoring.TallyOf): two key areas chosen, 14 of their 25 items answered.
func completeness(w wording, groups []*scoring.Group) string {
	t := scoring.TallyOf(groups)
	if t.Unknown > 0 {
		return w.answeredOfUnknown(t.Answered, t.Applicable, t.Unknown, w.dontKnowLabel(groups[0]))
	}
	return w.answeredOf(t.Answered, t.Applicable)
}

func verdictTone(v scoring.Verdict) tone {
	switch v {
	case scoring.Comprehensive:
		return toneGood
	case scoring.Improve:
		return toneFair
	case scoring.Reflect:
		return tonePoor
	}
	return toneNone
}

func passTone(g *scoring.Group) tone {
	switch {
	case !g.Score.Valid():
		return toneNone
	case g.Passed:
		return toneGood
	}
	return tonePoor
}

func (l *layout) progress() {
	pg, w := l.rep.Progress, l.w
	if pg == nil {
		return
	}
	when := l.w.p.Date(pg.BaselineDate)
	if when == "" {
		when = pg.BaselineName
	}
	l.add(heading{2, w.progressSince(when)})
	l.p(w.comparedWith(pg.BaselineName))
	chart := progressChart{title: w.progressChart(), headers: [4]string{w.scoreHeader(), w.then(), w.now(), w.change()}}
	for _, c := range pg.Scores {
		if !c.Before.Valid() && !c.After.Valid() {
			continue // not assessed then or now: nothing to show
		}
		chart.rows = append(chart.rows, progressRow{label: line{txt(c.Label)}, before: c.Before, after: c.After,
			beforeText: w.score(c.Before), afterText: w.score(c.After), change: w.delta(c)})
	}
	l.add(chart)
	changes := func(title string, cs []AnswerChange) {
		l.add(label{line{txt(title)}})
		if len(cs) == 0 {
			l.p(line{txt(w.none())})
			return
		}
		var items [][]line
		for _, ch := range cs {
			items = append(items, []line{{b(ch.Item.ID), txt(w.answerChange(ch.Before.Label, ch.After.Label, ch.Item.Question))}})
		}
		l.add(list{items: items})
	}
	if !l.rep.Summary {
		changes(w.improved(len(pg.Improved)), pg.Improved)
		changes(w.regressed(len(pg.Regressed)), pg.Regressed)
	}
	if pg.NewlyScored > 0 {
		l.p(line{txt(w.newlyScored(pg.NewlyScored))})
	}
}

func (l *layout) pointsToDiscuss() {
	ds, w := l.rep.File.Disagreements, l.w
	if len(ds) == 0 {
		return
	}
	l.add(heading{2, line{txt(w.pointsToDiscuss())}})
	l.p(line{txt(w.pointsIntro())})
	var items [][]line
	for _, d := range ds {
		ln := line{b(d.Item.ID), txt(": ")}
		for i, a := range d.Answers {
			if i > 0 {
				ln = append(ln, txt("; "))
			}
			label := a.Value
			if v, ok := l.rep.Framework.ParseAnswer(a.Value); ok {
				label = v.Label
			}
			ln = append(ln, usr(a.Rater), txt(": "+label))
		}
		items = append(items, []line{ln, {it(d.Item.Question)}})
	}
	l.add(list{items: items})
}

func (l *layout) priorities() {
	rep, w := l.rep, l.w
	l.add(heading{2, line{txt(w.priorityActions())}})
	if len(rep.Priorities) == 0 {
		l.p(line{txt(w.noGaps())})
		return
	}
	var items [][]line
	for _, rec := range rep.Priorities {
		lines := []line{{b(rec.Item.ID), txt(": " + rec.Item.Action)}, {it(w.youAnswered(rec.Answer.Label)), txt(rec.Item.Question)}}
		items = append(items, append(lines, l.recDetails(rec, true)...))
	}
	l.add(list{ordered: true, items: items})
}
