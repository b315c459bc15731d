package report

import (
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/merge"
)

// perspectives sets each perspective's scores beside the consensus, says
// which groups were too small to show, and lists the perception gap.
func (l *layout) perspectives() {
	ps, w := l.rep.Perspectives, l.w
	if ps == nil {
		return
	}
	l.add(heading{2, line{txt(w.perspectivesHeading())}})
	l.p(line{txt(w.perspectivesIntro())})
	rec := ps.Record
	var facts []line
	if len(ps.Groups) > 0 {
		var shown []string
		for _, g := range ps.Groups {
			shown = append(shown, w.groupSize(g.Perspective.Label(w.p), g.Raters))
		}
		facts = append(facts, line{txt(w.perspectivesShown(shown))})
	}
	if len(rec.TooSmall) > 0 {
		facts = append(facts, line{txt(w.perspectivesTooSmall(rec.MinGroup, perspectiveLabels(w, rec.TooSmall)))})
	}
	if rec.WithoutPerspective > 0 {
		facts = append(facts, line{txt(w.withoutPerspective(rec.WithoutPerspective))})
	}
	if len(facts) > 0 {
		l.p(facts...)
	}
	if len(ps.Groups) == 0 {
		return
	}
	t := table{header: []string{w.scoreHeader(), w.consensus()}, right: []bool{false, true}, whole: true}
	for _, g := range ps.Groups {
		t.header = append(t.header, g.Perspective.Label(w.p))
		t.right = append(t.right, true)
	}
	for _, r := range ps.Rows {
		label := line{txt(r.Label)}
		if r.Total {
			label = line{b(r.Label)}
		}
		row := []line{label, {txt(w.score(r.Consensus))}}
		for _, s := range r.Groups {
			row = append(row, line{txt(w.score(s))})
		}
		t.rows = append(t.rows, row)
	}
	l.add(t)
	l.perceptionGap(ps)
}

// perceptionGap lists the items on which two perspectives answer two
// steps or more apart, refugees' view first.
func (l *layout) perceptionGap(ps *Perspectives) {
	w := l.w
	if len(ps.Groups) < 2 {
		l.add(label{line{txt(w.perceptionGapTitle())}})
		l.p(line{txt(w.gapNeedsTwo(ps.Record.MinGroup))})
		return
	}
	l.add(label{line{txt(w.perceptionGap(len(ps.Gaps)))}})
	switch {
	case len(ps.Gaps) == 0:
		l.p(line{txt(w.noGap())})
		return
	}
	l.p(line{txt(w.gapIntro())})
	var items [][]line
	for _, g := range ps.Gaps {
		items = append(items, []line{l.gapAnswers(g), {it(g.Item.Question)}})
	}
	l.add(list{items: items})
}

// gapAnswers is "KA1-07: Refugee: No; Staff: Yes".
func (l *layout) gapAnswers(g merge.Gap) line {
	w, fw := l.w, l.rep.Framework
	ln := line{b(g.Item.ID), txt(": ")}
	for i, a := range g.Answers {
		if i > 0 {
			ln = append(ln, txt("; "))
		}
		value := a.Value
		if v, ok := fw.ParseAnswer(a.Value); ok {
			value = v.Label
		}
		ln = append(ln, txt(w.perspectiveAnswer(a.Perspective.Label(w.p), value)))
	}
	return ln
}

// actionPlan shows the plan given with --plan: where it stands, a table
// of its actions with owners and dates, and the scores it would bring.
func (l *layout) actionPlan() {
	v, w := l.rep.Plan, l.w
	if v == nil {
		return
	}
	l.add(heading{2, line{txt(w.actionPlan())}})
	l.p(line{txt(v.Source())}, line{txt(v.Summary())})
	header, rows := v.Table()
	t := table{header: header, widths: []float64{5, 14, 40, 15, 16, 13}, nowrap: []bool{4: true}}
	if len(header) > len(t.widths) {
		t.widths = append(t.widths, 22) // progress against a round
	}
	for _, r := range rows {
		var cells []line
		for i, c := range r {
			switch i {
			case 2, 3: // the action and its owner: people's words
				cells = append(cells, line{usr(oneLine(c))})
			default:
				cells = append(cells, line{txt(c)})
			}
		}
		t.rows = append(t.rows, cells)
	}
	if len(rows) == 0 {
		l.p(line{txt(w.noActions())})
	} else {
		l.add(t)
	}
	l.planProjection()
}

// planProjection is the scores now and once every action that is not
// dropped reaches its target.
func (l *layout) planProjection() {
	v, w := l.rep.Plan, l.w
	if len(v.Scores) == 0 {
		return
	}
	l.add(label{line{txt(v.ProjectionHeading())}})
	t := table{header: []string{w.scoreHeader(), w.now(), w.projected()}, right: []bool{false, true, true}, whole: true}
	for _, r := range v.Scores {
		label := line{txt(r.RowLabel())}
		if r.Total {
			label = line{b(r.RowLabel())}
		}
		t.rows = append(t.rows, []line{label, {txt(w.score(r.Now))}, {txt(v.ProjectedCell(r))}})
	}
	now, projected := v.GoodPractice()
	t.rows = append(t.rows, []line{{b(w.goodPracticeLabel())}, {txt(now)}, {txt(projected)}})
	l.add(t)
	l.p(line{txt(v.ProjectionNote())})
}

// perspectiveLabels names perspectives for people: "Refugee, Staff".
func perspectiveLabels(w wording, ps []checklist.Perspective) string {
	labels := make([]string, len(ps))
	for i, p := range ps {
		labels[i] = p.Label(w.p)
	}
	return strings.Join(labels, ", ")
}
