package report

import (
	"fmt"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

// The report is laid out once as a document of blocks, which the Markdown
// and PDF writers both render: the two forms cannot drift apart.

type spanStyle int

const (
	plain spanStyle = iota
	bold
	italic
)

// span is a run of text in one style.
type span struct {
	text  string
	style spanStyle
}

// line is one line of text: spans that run on.
type line []span

func txt(s string) span { return span{s, plain} }
func b(s string) span   { return span{s, bold} }
func it(s string) span  { return span{s, italic} }

// label is a bold line on its own, such as the title of a list.
func label(s string) para { return para{[]line{{b(s)}}} }

type block interface{ isBlock() }

// heading is a section title; level 1 is the document's title.
type heading struct {
	level int
	text  string
}

// para is a paragraph; each line starts on a new line.
type para struct{ lines []line }

// list is a bulleted or numbered list; each item's lines start on new
// lines under its marker.
type list struct {
	ordered bool
	items   [][]line
}

// table is a table of plain text.
type table struct {
	header []string
	right  []bool // right-aligned columns
	rows   [][]string
}

// scoreChart is a set of scores: a table in Markdown, bars in the PDF.
type scoreChart struct {
	labelHeader, statusHeader string
	bars                      []bar
}

type bar struct {
	label     string
	score     scoring.Score
	threshold *float64
	status    string
}

// choices are boxes to tick on a printed worksheet, one per answer.
type choices struct{ options []string }

// ruled is room to write by hand: a few ruled lines.
type ruled struct{ lines int }

// fields are labels with room to write an answer by hand.
type fields struct{ labels []string }

// keep asks the PDF to start a new page unless mm millimetres are left,
// so that what follows (a question and its boxes) stays together.
type keep struct{ mm float64 }

func (fields) isBlock()     {}
func (keep) isBlock()       {}
func (choices) isBlock()    {}
func (ruled) isBlock()      {}
func (heading) isBlock()    {}
func (para) isBlock()       {}
func (list) isBlock()       {}
func (table) isBlock()      {}
func (scoreChart) isBlock() {}

// document lays the report out in the order of SPEC §6.
func (rep *Report) document() []block {
	fw, af, r := rep.Framework, rep.File, rep.Result
	pr := af.Practice
	var doc []block
	add := func(bl ...block) { doc = append(doc, bl...) }
	p := func(lines ...line) { add(para{lines}) }

	// 1. Title block.
	add(heading{1, "Self-assessment: " + pr.Name})
	var facts [][]string
	fact := func(k, v string) {
		if v != "" {
			facts = append(facts, []string{k, v})
		}
	}
	fact("Organisation", pr.Organisation)
	fact("Type of organisation", fw.TypeLabel(pr.OrganisationType))
	fact("Country", pr.Country)
	fact("Assessed on", pr.AssessedOn)
	fact("Assessed by", strings.Join(pr.Assessors, ", "))
	fact("Refugees took part", refugeesInvolved(pr.RefugeesInvolved))
	if rr := NewRouteRecord(af); rr != nil {
		fact("Path", fmt.Sprintf("%s (key areas %s)", rr.Label, strings.Join(rr.KeyAreas, ", ")))
	}
	fact("Framework", fmt.Sprintf("%s (%s %s)", fw.Title, fw.ID, fw.Version))
	fact("Answer file", rep.FileName)
	add(table{header: []string{"", ""}, rows: facts})
	p(line{it(fmt.Sprintf("Built on “%s”, %s (%d).", fw.Attribution.Title, fw.Attribution.Publisher, fw.Attribution.Year)), txt(" " + fw.Attribution.ScoringNote)})

	// 2. At a glance.
	add(heading{2, "At a glance"})
	usesChecklist := len(r.Checklist.Areas) > 0 && (af.UsesSection(checklist.SectionChecklist) || r.Checklist.Score.Valid())
	if len(r.Checklist.Areas) > 0 && !usesChecklist {
		p(line{b("Checklist score: not assessed."), txt(" The key-area checklists were not answered.")})
	}
	if usesChecklist {
		p(line{b("Checklist score: " + r.Checklist.Score.String()), txt(". " + glanceCompleteness(r.Checklist.Areas))})
		chart := scoreChart{labelHeader: "Key area", statusHeader: "Verdict"}
		for _, g := range r.Checklist.Areas {
			chart.bars = append(chart.bars, bar{label: g.ID + " " + g.Title, score: g.Score, status: verdictWords(g.Verdict)})
		}
		add(chart)
	}
	if q := r.QuickScan; q != nil && q.Applicable > 0 && (af.UsesSection(checklist.SectionQuickScan) || q.Score.Valid()) {
		p(line{b("Quick scan: " + q.Score.String()), txt(". " + glanceCompleteness([]*scoring.Group{q}))})
	}
	usesIndicators := len(r.Quality.Dimensions) > 0 && (af.UsesSection(checklist.SectionIndicators) || r.Quality.Score.Valid())
	if len(r.Quality.Dimensions) > 0 && !usesIndicators {
		p(line{b("Quality score: not assessed."), txt(" The quality indicators were not answered, so this assessment cannot say whether the practice is a good practice.")})
	}
	if usesIndicators {
		verdict := "not a good practice"
		if r.Quality.GoodPractice {
			verdict = "a good practice"
		}
		p(line{b("Quality score: " + r.Quality.Score.String()), txt(fmt.Sprintf(" (minimum %s): ", scoring.FormatNumber(r.Quality.OverallThreshold))), b(verdict), txt(".")})
		chart := scoreChart{labelHeader: "Quality dimension", statusHeader: "Result"}
		for _, g := range r.Quality.Dimensions {
			threshold := g.Threshold
			chart.bars = append(chart.bars, bar{label: g.ID + " " + g.Title, score: g.Score, threshold: &threshold, status: passWords(g)})
		}
		add(chart)
		p(line{it("Why: "), txt(strings.Join(r.Quality.Reasons, "; ") + ".")})
	}
	if r.Complete {
		p(line{txt("The assessment is "), b("complete"), txt(": every applicable item in the parts it covers is answered.")})
	} else {
		p(line{txt("The assessment is "), b("not complete"), txt(fmt.Sprintf(": %d applicable items are not answered yet.", r.UnansweredCount()))})
	}
	if len(rep.Disagreements) > 0 {
		add(heading{2, "Points to discuss"})
		p(line{txt("This assessment merges several raters' answers. On these items their answers were more than one step apart: worth a discussion before acting on them.")})
		var items [][]line
		for _, d := range rep.Disagreements {
			items = append(items, []line{{b(d.ItemID), txt(": " + d.Summary)}})
		}
		add(list{items: items})
	}

	// 3. Priority actions.
	add(heading{2, "Priority actions"})
	if len(rep.Priorities) == 0 {
		p(line{txt("No gaps among the answered items: nothing is answered “no” or “partly”.")})
	} else {
		var items [][]line
		for _, rec := range rep.Priorities {
			lines := []line{{b(rec.Item.ID), txt(": " + rec.Item.Action)}, {it("You answered “" + rec.Answer.Label + "” to: "), txt(rec.Item.Question)}}
			items = append(items, append(lines, recDetails(rec, true)...))
		}
		add(list{ordered: true, items: items})
	}

	// 4. Each key area, then the quick scan.
	if usesChecklist {
		add(heading{2, "Key areas"})
		for _, ga := range rep.Areas {
			g, a := ga.Group, ga.KeyArea
			add(heading{3, fmt.Sprintf("%s %s: %s, %s", a.ID, a.Title, g.Score, verdictWords(g.Verdict))})
			p(line{it("Aim: "), txt(a.Aim), it(" (section " + a.Section + ")")})
			if g.Applicable == 0 {
				p(line{txt("Not part of this assessment: its items are not on the path taken, or do not apply to this type of organisation.")})
				continue
			}
			if g.Unanswered == g.Applicable && ga.Note == "" {
				// Not part of this assessment: say so, and no more.
				p(line{txt(fmt.Sprintf("Not assessed: none of its %s is answered yet.", checklist.Count(g.Applicable, "item")))})
				continue
			}
			add(groupBody(fw, af, ga)...)
			if len(a.SuccessFactors) > 0 {
				var items [][]line
				for _, f := range a.SuccessFactors {
					items = append(items, []line{{b(f.Name), txt(": " + f.Description)}})
				}
				add(label("Success factors"), list{items: items})
			}
			if len(a.Examples) > 0 {
				var items [][]line
				for _, e := range a.Examples {
					items = append(items, []line{{b(e.Country + ", " + e.Practice), txt(": " + e.Summary), it(" (" + factorName(fw, e.SuccessFactor) + ")")}})
				}
				add(label("Examples to learn from"), list{items: items})
			}
			if len(a.Materials) > 0 {
				var items [][]line
				for _, m := range a.Materials {
					items = append(items, []line{materialLine(m)})
				}
				add(label("Useful materials"), list{items: items})
			}
		}
	}
	if q := rep.QuickScan; q != nil && q.Group.Applicable > 0 && (af.UsesSection(checklist.SectionQuickScan) || q.Group.Score.Valid()) {
		add(heading{3, fmt.Sprintf("%s: %s", fw.QuickScan.Title, q.Group.Score)})
		add(groupBody(fw, af, *q)...)
	}

	// 5. Each dimension.
	if usesIndicators {
		add(heading{2, "Quality dimensions"})
		for _, gd := range rep.Dimensions {
			g, d := gd.Group, gd.Dim
			add(heading{3, fmt.Sprintf("%s %s: %s (minimum %s), %s", d.ID, d.Title, g.Score, scoring.FormatNumber(g.Threshold), passWords(g))})
			if d.Description != "" {
				p(line{txt(d.Description)})
			}
			answers := map[string]scoring.ItemResult{}
			for _, ir := range g.Items {
				answers[ir.Item.ID] = ir
			}
			for _, q := range d.Questions {
				p(line{b(q.ID + " " + q.Text)})
				t := table{header: []string{"Indicator", "Answer"}}
				for _, ind := range q.Indicators {
					t.rows = append(t.rows, []string{ind.ID + " " + ind.Question, answerWords(fw, answers[ind.ID])})
				}
				add(t)
			}
			add(gaps(gd)...)
			if gd.Note != "" {
				add(label("Your notes"), para{noteLines(gd.Note)})
			}
		}
	}

	// 6. Summary of all notes.
	add(heading{2, "Summary of your notes"})
	if len(rep.Notes) == 0 {
		p(line{txt("No notes were written.")})
	} else {
		var items [][]line
		for _, n := range rep.Notes {
			key := n.Key
			if n.Key == checklist.NotesKeyQuickScan {
				key = "Quick scan"
			}
			lines := noteLines(n.Text)
			lines[0] = append(line{b(key), txt(" " + shorten(n.Title, 80) + ": ")}, lines[0]...)
			items = append(items, lines)
		}
		add(list{items: items})
	}

	// 7. Progress since the baseline.
	if pg := rep.Progress; pg != nil {
		when := pg.BaselineDate
		if when == "" {
			when = pg.BaselineName
		}
		add(heading{2, "Progress since " + when})
		p(line{txt("Compared with the assessment in " + pg.BaselineName + ".")})
		t := table{header: []string{"Score", "Then", "Now", "Change"}, right: []bool{false, true, true, true}}
		for _, c := range pg.Scores {
			t.rows = append(t.rows, []string{c.Label, c.Before.String(), c.After.String(), deltaWords(c)})
		}
		add(t)
		changes := func(title string, cs []AnswerChange) {
			add(label(fmt.Sprintf("%s (%d)", title, len(cs))))
			if len(cs) == 0 {
				p(line{txt("None.")})
				return
			}
			var items [][]line
			for _, ch := range cs {
				items = append(items, []line{{b(ch.Item.ID), txt(fmt.Sprintf(": %s → %s. %s", ch.Before.Label, ch.After.Label, ch.Item.Question))}})
			}
			add(list{items: items})
		}
		changes("Items improved", pg.Improved)
		changes("Items regressed", pg.Regressed)
		if pg.NewlyScored > 0 {
			p(line{txt("Answered for the first time: " + checklist.Count(pg.NewlyScored, "item") + ".")})
		}
	}

	// 8. How the scores are computed.
	add(heading{2, "How the scores are computed"})
	var method [][]line
	for _, s := range Method(fw, r) {
		method = append(method, []line{{txt(s)}})
	}
	add(list{items: method})
	return doc
}

// groupBody lays out what is in place, the gaps, what does not apply,
// what is unanswered and the user's note.
func groupBody(fw *checklist.Framework, af *checklist.AnswerFile, gr GroupReport) []block {
	var out []block
	g := gr.Group
	if met := g.Met(); len(met) > 0 {
		var items [][]line
		for _, ir := range met {
			items = append(items, []line{withNote(line{txt(ir.Item.ID + " " + ir.Item.Question)}, ir.Answer.Note)})
		}
		out = append(out, label(fmt.Sprintf("In place (%d)", len(met))), list{items: items})
	}
	out = append(out, gaps(gr)...)
	na := g.ItemsIn(scoring.NotApplicable)
	if len(na)+len(gr.Excluded) > 0 {
		var items [][]line
		for _, ir := range na {
			items = append(items, []line{withNote(line{txt(ir.Item.ID + " " + ir.Item.Question), it(" (answered “not applicable”)")}, ir.Answer.Note)})
		}
		for _, ir := range gr.Excluded {
			why := "not on the path taken"
			if _, restricted := ir.Item.Restricted(); restricted && !ir.Item.AppliesToType(af.Practice.OrganisationType) {
				why = appliesWords(fw, ir.Item)
			}
			items = append(items, []line{{txt(ir.Item.ID + " " + ir.Item.Question), it(" (" + why + ")")}})
		}
		out = append(out, label(fmt.Sprintf("Not applicable (%d)", len(items))), list{items: items})
	}
	if un := g.ItemsIn(scoring.Unanswered); len(un) > 0 {
		var items [][]line
		for _, ir := range un {
			items = append(items, []line{{txt(ir.Item.ID + " " + ir.Item.Question)}})
		}
		out = append(out, label(fmt.Sprintf("Not answered yet (%d)", len(un))), list{items: items})
	}
	if gr.Note != "" && gr.Dim == nil {
		out = append(out, label("Your notes"), para{noteLines(gr.Note)})
	}
	return out
}

func gaps(gr GroupReport) []block {
	if len(gr.Gaps) == 0 {
		return nil
	}
	var items [][]line
	for _, rec := range gr.Gaps {
		lines := []line{{b(rec.Item.ID), txt(" (" + strings.ToLower(rec.Answer.Label) + "): " + rec.Item.Action)}}
		items = append(items, append(lines, recDetails(rec, false)...))
	}
	return []block{label(fmt.Sprintf("Gaps and recommendations (%d)", len(gr.Gaps))), list{items: items}}
}

// recDetails are the lines under a recommendation: the success factor it
// serves with an example to learn from (or, in the priority list, the
// dimension of an indicator), and the note given with the answer.
func recDetails(rec Recommendation, inPriorities bool) []line {
	var lines []line
	switch {
	case rec.Factor != nil:
		lines = append(lines, learnFrom(line{it("Serves: "), txt(fmt.Sprintf("%s (%s).", rec.Factor.Name, rec.Factor.Area().ID))}, rec.Example))
	case inPriorities && rec.Group != nil && rec.Item.Dimension() != nil:
		lines = append(lines, line{it("Quality dimension: "), txt(rec.Group.ID + " " + rec.Group.Title + ".")})
	case len(rec.Item.KeyAreas) > 0:
		lines = append(lines, learnFrom(line{it("Key areas: "), txt(strings.Join(rec.Item.KeyAreas, ", ") + ".")}, rec.Example))
	}
	if rec.Note != "" {
		note := noteLines(rec.Note)
		note[0] = append(line{it("Your note: ")}, note[0]...)
		lines = append(lines, note...)
	}
	return lines
}

// learnFrom ends l with the example to learn from, if there is one.
func learnFrom(l line, e *checklist.Example) line {
	if e == nil {
		return l
	}
	return append(l, it(" Learn from: "), txt(fmt.Sprintf("%s, %s: %s", e.Country, e.Practice, e.Summary)))
}

func withNote(l line, note string) line {
	if note == "" {
		return l
	}
	return append(l, it(" Your note: "), txt(strings.Join(strings.Fields(note), " ")))
}

// noteLines splits a user's note into lines, dropping blank ones.
func noteLines(note string) []line {
	var out []line
	for _, s := range strings.Split(note, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, line{txt(s)})
		}
	}
	if len(out) == 0 {
		out = []line{{}}
	}
	return out
}

func materialLine(m *checklist.Material) line {
	if m.Year > 0 {
		return line{txt(fmt.Sprintf("%s (%d). ", m.Author, m.Year)), it(m.Title), txt(".")}
	}
	return line{txt(m.Author + ". "), it(m.Title), txt(".")}
}
