package report

import (
	"context"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// worksheet lays out a blank, printable worksheet: every question of the
// scope with boxes to tick and room for notes, for workshop participants
// without a laptop. What they tick is typed into an answer file later.
func worksheet(w wording, fw *checklist.Framework, scope checklist.Scope) []block {
	ws := &worksheetLayout{layout: layout{w: w}, fw: fw, scope: scope}
	for _, v := range fw.Scale {
		ws.answers = append(ws.answers, v.Label)
	}
	ws.intro()
	ws.checklists()
	if items := scope.Items(fw, checklist.SectionQuickScan); len(items) > 0 {
		ws.add(heading{2, line{txt(fw.QuickScan.Title)}})
		for i, q := range items {
			ws.question(q, i+1, len(items))
		}
		ws.add(label{line{txt(w.s("Notes on the quick scan"))}}, ruled{4})
	}
	ws.indicators()
	ws.add(heading{2, line{txt(w.s("After the workshop"))}})
	ws.p(line{txt(w.s("Type each participant's answers into an answer file (“scorecard template” writes a blank one), merge them with “scorecard merge”, and print the report with “scorecard report”."))})
	ws.glossary()
	return ws.doc
}

// glossary ends the worksheet with the glossary terms its questions and
// help use, each with its meaning: on paper there is nowhere else to look
// a word up.
func (ws *worksheetLayout) glossary() {
	if terms := ws.fw.TermsIn(documentText(ws.doc)); len(terms) > 0 {
		ws.add(glossaryBlocks(ws.w, terms)...)
	}
}

// worksheetLayout lays out a worksheet, one function per part.
type worksheetLayout struct {
	layout
	fw      *checklist.Framework
	scope   checklist.Scope
	answers []string
}

func (ws *worksheetLayout) intro() {
	w, fw, scope := ws.w, ws.fw, ws.scope
	ws.add(heading{1, line{txt(w.s("Worksheet: %s", fw.Title))}})
	ws.p(line{txt(w.s("Tick one box per question. Where something is planned, or in place only for some people, tick “Partly”. Write down what you want to discuss."))})
	if dk := fw.DontKnow(); dk != nil {
		ws.p(line{txt(w.s("If you do not know, tick “%s” rather than guess: the report lists it as something to find out.", dk.Label))})
	}
	ws.add(fields{[]string{w.s("Practice"), w.s("Organisation"), w.s("Country"), w.s("Date"), w.s("Your name")}})
	if scope.OrganisationType != "" {
		ws.p(line{b(w.s("Type of organisation: ")), txt(fw.TypeLabel(scope.OrganisationType))})
	} else if len(fw.OrganisationTypes) > 0 {
		var types []string
		for _, t := range fw.OrganisationTypes {
			types = append(types, t.Label)
		}
		ws.add(label{line{txt(w.s("Type of organisation"))}}, choices{types})
	}
	ws.add(label{line{txt(w.s("Do refugees take part in this assessment?"))}}, choices{[]string{w.s("Yes"), w.s("No")}})
	if r := fw.Routing; r != nil && scope.Route == "" {
		var options [][]line
		for _, o := range r.Options {
			options = append(options, []line{{txt(o.Label), it(w.s(" → key areas %s", strings.Join(o.KeyAreas, ", ")))}})
		}
		ws.add(para{[]line{{b(w.s("Where to start: ")), txt(r.Question)}}}, list{boxed: true, items: options})
		ws.p(line{it(w.s("Answer only the key areas your answer leads to."))})
	}
	var meanings [][]line
	for _, v := range fw.Scale {
		meanings = append(meanings, []line{{b(v.Label), txt(": " + v.Meaning)}})
	}
	ws.add(label{line{txt(w.s("The answers"))}}, list{items: meanings})
}

func (ws *worksheetLayout) question(item *checklist.Item, n, of int) {
	w := ws.w
	ws.add(keep{28})
	ws.p(line{b(item.ID), txt(w.s(" (%d of %d)  %s", n, of, item.Question))})
	if item.Help != "" {
		ws.p(line{it(item.Help)})
	}
	if types, restricted := item.Restricted(); restricted && ws.scope.OrganisationType == "" {
		labels := make([]string, len(types))
		for i, t := range types {
			labels[i] = ws.fw.TypeLabel(t)
		}
		ws.p(line{it(w.s("Only for: %s.", strings.Join(labels, ", ")))})
	}
	ws.add(choices{ws.answers})
}

func (ws *worksheetLayout) checklists() {
	w := ws.w
	var area *checklist.KeyArea
	var inArea []*checklist.Item
	flush := func() {
		if area == nil {
			return
		}
		ws.add(heading{2, line{txt(area.ID + " " + area.Title)}})
		ws.p(line{it(w.aim()), txt(area.Aim)})
		for i, q := range inArea {
			ws.question(q, i+1, len(inArea))
		}
		ws.add(label{line{txt(w.s("Notes on %s", area.ID))}}, ruled{4})
	}
	for _, q := range ws.scope.Items(ws.fw, checklist.SectionChecklist) {
		if q.Area() != area {
			flush()
			area, inArea = q.Area(), nil
		}
		inArea = append(inArea, q)
	}
	flush()
}

func (ws *worksheetLayout) indicators() {
	w := ws.w
	items := ws.scope.Items(ws.fw, checklist.SectionIndicators)
	if len(items) == 0 {
		return
	}
	var dim *checklist.Dimension
	var guiding *checklist.GuidingQuestion
	for i, q := range items {
		if q.Dimension() != dim {
			if dim != nil {
				ws.add(label{line{txt(w.s("Notes on %s", dim.ID))}}, ruled{3})
			}
			dim = q.Dimension()
			ws.add(heading{2, line{txt(dim.ID + " " + dim.Title)}})
		}
		if q.GuidingQuestion() != guiding {
			guiding = q.GuidingQuestion()
			ws.add(heading{3, line{txt(guiding.Text)}})
		}
		ws.question(q, i+1, len(items))
	}
	ws.add(label{line{txt(w.s("Notes on %s", dim.ID))}}, ruled{3})
}

// WriteWorksheetMarkdown writes the blank worksheet for a scope, in p's
// language (English when p is nil).
func WriteWorksheetMarkdown(w io.Writer, p *locale.Printer, fw *checklist.Framework, scope checklist.Scope) error {
	return writeMarkdown(context.Background(), w, worksheet(newWording(p), fw, scope))
}

// WriteWorksheetPDF writes the blank worksheet for a scope as an A4 PDF,
// in p's language (English when p is nil).
func WriteWorksheetPDF(w io.Writer, p *locale.Printer, fw *checklist.Framework, scope checklist.Scope, opts PDFOptions) error {
	wd := newWording(p)
	title := wd.s("Worksheet: %s", fw.Title)
	_, err := writePDF(context.Background(), w, worksheet(wd, fw, scope), pdfMeta{
		title:    title,
		subject:  wd.s("Self-assessment worksheet"),
		keywords: wd.keywords(fw.ID),
		lang:     fw.Language,
		footer:   title,
	}, wd, opts)
	return err
}
