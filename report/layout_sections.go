package report

import (
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

func (l *layout) keyAreas() {
	if !l.rep.usesChecklist() {
		return
	}
	l.add(heading{2, line{txt(l.w.keyAreas())}})
	for _, ga := range l.rep.Areas {
		l.keyArea(ga)
	}
}

func (l *layout) keyArea(ga GroupReport) {
	w := l.w
	g, a := ga.Group, ga.KeyArea
	l.add(heading{3, line{txt(w.areaHeading(a, g, l.rep.File.Route != ""))}})
	l.p(line{it(w.aim()), txt(a.Aim), it(w.section(a.Section))})
	switch {
	case g.Applicable == 0:
		l.p(line{txt(w.notOnPath())})
		return
	case !g.InScope && g.Answered() == 0 && ga.Note == "":
		l.p(line{txt(w.notChosen())})
		return
	case g.Answered() == 0 && ga.Note == "":
		l.p(line{txt(w.noneAnswered(g.Applicable))})
		return
	}
	l.groupBody(ga)
	if len(a.SuccessFactors) > 0 {
		var items [][]line
		for _, f := range a.SuccessFactors {
			items = append(items, []line{{b(f.Name), txt(": " + f.Description)}})
		}
		l.add(label{line{txt(w.successFactors())}}, list{items: items})
	}
	if len(a.Examples) > 0 {
		var items [][]line
		for _, e := range a.Examples {
			items = append(items, []line{{b(e.Country + ", " + e.Practice), txt(": " + e.Summary), it(" (" + factorName(l.rep.Framework, e.SuccessFactor) + ")")}})
		}
		l.add(label{line{txt(w.examples())}}, list{items: items})
	}
	if len(a.Materials) > 0 {
		var items [][]line
		for _, m := range a.Materials {
			items = append(items, []line{materialLine(m)})
		}
		l.add(label{line{txt(w.materials())}}, list{items: items})
	}
}

func (l *layout) quickScan() {
	q := l.rep.QuickScan
	if q == nil || !l.rep.usesQuickScan() {
		return
	}
	l.add(heading{3, line{txt(l.w.quickScanHeading(l.rep.Framework.QuickScan.Title, q.Group))}})
	l.groupBody(*q)
}

func (l *layout) dimensions() {
	if !l.rep.usesIndicators() {
		return
	}
	w := l.w
	l.add(heading{2, line{txt(w.qualityDimensions())}})
	for _, gd := range l.rep.Dimensions {
		g, d := gd.Group, gd.Dim
		l.add(heading{3, line{txt(w.dimensionHeading(d, g))}})
		if d.Description != "" {
			l.p(line{txt(d.Description)})
		}
		answers := map[string]scoring.ItemResult{}
		for _, ir := range g.Items {
			answers[ir.Item.ID] = ir
		}
		for _, q := range d.Questions {
			l.add(label{line{txt(q.ID + " " + q.Text)}})
			t := table{header: []string{w.indicator(), w.answer()}}
			for _, ind := range q.Indicators {
				ir := answers[ind.ID]
				t.rows = append(t.rows, []line{{txt(ind.ID + " " + ind.Question)}, withEvidence(w, line{txt(w.answerWords(l.rep.Framework, ir))}, ir.Answer.Evidence)})
			}
			l.add(t)
		}
		l.gaps(gd)
		if gd.Note != "" {
			l.add(label{line{txt(w.yourNotes())}}, para{noteLines(gd.Note)})
		}
	}
}

// groupBody lays out what is in place, the gaps, what does not apply,
// what is unanswered and the user's note.
func (l *layout) groupBody(gr GroupReport) {
	w, fw, af := l.w, l.rep.Framework, l.rep.File
	g := gr.Group
	if met := g.Met(); len(met) > 0 {
		var items [][]line
		for _, ir := range met {
			items = append(items, []line{withEvidence(w, withNote(w, line{txt(ir.Item.ID + " " + ir.Item.Question)}, ir.Answer.Note), ir.Answer.Evidence)})
		}
		l.add(label{line{txt(w.inPlace(len(met)))}}, list{items: items})
	}
	l.gaps(gr)
	na := g.ItemsIn(scoring.NotApplicable)
	if len(na)+len(gr.Excluded) > 0 {
		var items [][]line
		for _, ir := range na {
			items = append(items, []line{withEvidence(w, withNote(w, line{txt(ir.Item.ID + " " + ir.Item.Question), it(w.answeredNA())}, ir.Answer.Note), ir.Answer.Evidence)})
		}
		for _, ir := range gr.Excluded {
			why := w.notOnPathItem()
			if _, restricted := ir.Item.Restricted(); restricted && !ir.Item.AppliesToType(af.Practice.OrganisationType) {
				why = appliesWords(w, fw, ir.Item)
			}
			items = append(items, []line{{txt(ir.Item.ID + " " + ir.Item.Question), it(" (" + why + ")")}})
		}
		l.add(label{line{txt(w.notApplicable(len(items)))}}, list{items: items})
	}
	if dk := g.ItemsIn(scoring.Unknown); len(dk) > 0 {
		var items [][]line
		for _, ir := range dk {
			items = append(items, []line{withEvidence(w, withNote(w, line{txt(ir.Item.ID + " " + ir.Item.Question)}, ir.Answer.Note), ir.Answer.Evidence)})
		}
		l.add(label{line{txt(w.toFindOutHeading(len(dk)))}}, list{items: items})
	}
	if un := g.ItemsIn(scoring.Unanswered); len(un) > 0 {
		var items [][]line
		for _, ir := range un {
			items = append(items, []line{{txt(ir.Item.ID + " " + ir.Item.Question)}})
		}
		l.add(label{line{txt(w.notAnswered(len(un)))}}, list{items: items})
	}
	if gr.Note != "" && gr.Dim == nil {
		l.add(label{line{txt(w.yourNotes())}}, para{noteLines(gr.Note)})
	}
}

func (l *layout) gaps(gr GroupReport) {
	if len(gr.Gaps) == 0 {
		return
	}
	var items [][]line
	for _, rec := range gr.Gaps {
		lines := []line{{b(rec.Item.ID), txt(" (" + strings.ToLower(rec.Answer.Label) + "): " + rec.Item.Action)}}
		items = append(items, append(lines, l.recDetails(rec, false)...))
	}
	l.add(label{line{txt(l.w.gapsHeading(len(gr.Gaps)))}}, list{items: items})
}

// recDetails are the lines under a recommendation: the success factor it
// serves with an example to learn from (or, in the priority list, the
// dimension of an indicator), the note and the evidence given with the
// answer.
func (l *layout) recDetails(rec Recommendation, inPriorities bool) []line {
	w := l.w
	var lines []line
	// The short report names the example; the full one describes it.
	withExample := func(ln line, e *checklist.Example) line {
		if e != nil && l.rep.Summary {
			return append(ln, it(w.learnFrom()), txt(w.exampleName(e)))
		}
		return learnFrom(w, ln, e)
	}
	switch {
	case rec.Factor != nil:
		lines = append(lines, withExample(line{it(w.servesLabel()), txt(w.serves(rec.Factor.Name, rec.Factor.Area().ID))}, rec.Example))
	case inPriorities && rec.Group != nil && rec.Item.Dimension() != nil:
		lines = append(lines, line{it(w.dimensionLabel()), txt(rec.Group.ID + " " + rec.Group.Title + ".")})
	case len(rec.Item.KeyAreas) > 0:
		lines = append(lines, withExample(line{it(w.keyAreasLabel()), txt(strings.Join(rec.Item.KeyAreas, ", ") + ".")}, rec.Example))
	}
	if rec.Note != "" {
		note := noteLines(rec.Note)
		note[0] = append(line{it(w.yourNote())}, note[0]...)
		lines = append(lines, note...)
	}
	if rec.Evidence != "" {
		lines = append(lines, line{it(w.evidenceLabel()), usr(oneLine(rec.Evidence))})
	}
	return lines
}

// toFindOut lists the items answered "don't know", each with who could
// know the answer: the people who work on what the item is about.
func (l *layout) toFindOut() {
	rep, w := l.rep, l.w
	dk := rep.Framework.DontKnow()
	if len(rep.ToFindOut) == 0 || dk == nil {
		return
	}
	l.add(heading{2, line{txt(w.toFindOut())}})
	l.p(line{txt(w.toFindOutIntro(dk.Label, len(rep.ToFindOut)))})
	var items [][]line
	for _, f := range rep.ToFindOut {
		lines := []line{{b(f.Item.ID), txt(": " + f.Item.Question)}, {it(w.whoCouldKnowLabel()), txt(w.whoCouldKnow(rep.Framework, f.Item))}}
		if f.Note != "" {
			note := noteLines(f.Note)
			note[0] = append(line{it(w.yourNote())}, note[0]...)
			lines = append(lines, note...)
		}
		if f.Evidence != "" {
			lines = append(lines, line{it(w.evidenceLabel()), usr(oneLine(f.Evidence))})
		}
		items = append(items, lines)
	}
	l.add(list{items: items})
}

// glossary ends the report with the framework's glossary: every term
// with its meaning in the full report. The summary, which must stay short,
// only names the terms its own text uses (nothing when it uses none) and
// says where they are explained.
func (l *layout) glossary() {
	fw := l.rep.Framework
	if !l.rep.Summary {
		if len(fw.Glossary) > 0 {
			l.add(glossaryBlocks(l.w, fw.Glossary)...)
		}
		return
	}
	terms := fw.TermsIn(documentText(l.doc))
	if len(terms) == 0 {
		return
	}
	names := make([]string, len(terms))
	for i, t := range terms {
		names[i] = t.Term
	}
	l.add(heading{2, line{txt(l.w.glossary())}}, para{[]line{{txt(l.w.glossaryInSummary(strings.Join(names, ", ")))}}})
}

// glossaryBlocks are the heading and the list of a glossary: each term,
// what it means and where the source explains it.
func glossaryBlocks(w wording, terms []*checklist.Term) []block {
	var items [][]line
	for _, t := range terms {
		items = append(items, []line{{b(t.Term), txt(": " + t.Definition), it(w.termSource(t.Source))}})
	}
	return []block{heading{2, line{txt(w.glossary())}}, list{items: items}}
}

// documentText is the plain text of a document's blocks, for finding the
// glossary terms it uses.
func documentText(doc []block) string {
	var sb strings.Builder
	add := func(ls ...line) {
		for _, l := range ls {
			sb.WriteString(l.plainText())
			sb.WriteByte('\n')
		}
	}
	for _, bl := range doc {
		switch bl := bl.(type) {
		case heading:
			add(bl.text)
		case label:
			add(bl.text)
		case para:
			add(bl.lines...)
		case list:
			for _, item := range bl.items {
				add(item...)
			}
		case table:
			for _, row := range bl.rows {
				add(row...)
			}
		case scoreChart:
			for _, br := range bl.bars {
				add(br.label)
			}
		case progressChart:
			for _, r := range bl.rows {
				add(r.label)
			}
		}
	}
	return sb.String()
}

func (l *layout) notes() {
	rep, w := l.rep, l.w
	l.add(heading{2, line{txt(w.notesSummary())}})
	if len(rep.Notes) == 0 {
		l.p(line{txt(w.noNotes())})
		return
	}
	var items [][]line
	for _, n := range rep.Notes {
		key := n.Key
		if n.Key == checklist.NotesKeyQuickScan {
			key = w.quickScan()
		}
		lines := noteLines(n.Text)
		lines[0] = append(line{b(key), txt(" " + checklist.Shorten(n.Title, 80) + ": ")}, lines[0]...)
		items = append(items, lines)
	}
	l.add(list{items: items})
}

// evidence lists every answer that names its evidence.
func (l *layout) evidence() {
	rep, w := l.rep, l.w
	if len(rep.Evidence) == 0 {
		return
	}
	l.add(heading{2, line{txt(w.evidenceRegister())}})
	l.p(line{txt(w.evidenceIntro(len(rep.Evidence)))})
	t := table{header: []string{w.item(), w.answer(), w.evidence()}}
	for _, e := range rep.Evidence {
		t.rows = append(t.rows, []line{{b(e.Item.ID), txt(" " + checklist.Shorten(e.Item.Question, 90))}, {txt(e.Answer)}, {usr(oneLine(e.Evidence))}})
	}
	l.add(t)
}

func (l *layout) method() {
	w := l.w
	l.add(heading{2, line{txt(w.method())}})
	var items [][]line
	for _, s := range w.methodLines(l.rep.Framework, l.rep.Result) {
		items = append(items, []line{{txt(s)}})
	}
	l.add(list{items: items})
}

// learnFrom ends l with the example to learn from, if there is one.
func learnFrom(w wording, l line, e *checklist.Example) line {
	if e == nil {
		return l
	}
	return append(l, it(w.learnFrom()), txt(w.example(e)))
}

func withNote(w wording, l line, note string) line {
	if note == "" {
		return l
	}
	return append(l, it(w.yourNoteInline()), usr(oneLine(note)))
}

func withEvidence(w wording, l line, evidence string) line {
	if evidence == "" {
		return l
	}
	return append(l, it(w.evidenceInline()), usr(oneLine(evidence)))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// noteLines splits a user's note into lines, dropping blank ones.
func noteLines(note string) []line {
	var out []line
	for _, s := range strings.Split(note, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, line{usr(s)})
		}
	}
	if len(out) == 0 {
		out = []line{{}}
	}
	return out
}

func materialLine(m *checklist.Material) line {
	if m.Year > 0 {
		return line{txt(m.Author + " (" + itoa(m.Year) + "). "), it(m.Title), txt(".")}
	}
	return line{txt(m.Author + ". "), it(m.Title), txt(".")}
}

func appliesWords(w wording, fw *checklist.Framework, it *checklist.Item) string {
	types, _ := it.Restricted()
	labels := make([]string, len(types))
	for i, t := range types {
		labels[i] = fw.TypeLabel(t)
	}
	return w.onlyFor(labels)
}

func factorName(fw *checklist.Framework, id string) string {
	if f := fw.SuccessFactor(id); f != nil {
		return f.Name
	}
	return id
}
