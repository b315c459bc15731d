package report

import (
	"context"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
)

// worksheet lays out a blank, printable worksheet: every question of the
// scope with boxes to tick and room for notes, for workshop participants
// without a laptop. What they tick is typed into an answer file later.
func worksheet(w wording, fw *checklist.Framework, scope checklist.Scope) []block {
	var doc []block
	add := func(bl ...block) { doc = append(doc, bl...) }
	var answers []string
	for _, v := range fw.Scale {
		answers = append(answers, v.Label)
	}

	add(heading{1, line{txt(w.s("Worksheet: %s", fw.Title))}})
	add(para{[]line{{txt(w.s("Tick one box per question. Where something is planned, or in place only for some people, tick “Partly”. Write down what you want to discuss."))}}})
	add(fields{[]string{w.s("Practice"), w.s("Organisation"), w.s("Country"), w.s("Date"), w.s("Your name")}})
	if scope.OrganisationType != "" {
		add(para{[]line{{b(w.s("Type of organisation: ")), txt(fw.TypeLabel(scope.OrganisationType))}}})
	} else if len(fw.OrganisationTypes) > 0 {
		var types []string
		for _, t := range fw.OrganisationTypes {
			types = append(types, t.Label)
		}
		add(label{line{txt(w.s("Type of organisation"))}}, choices{types})
	}
	add(label{line{txt(w.s("Do refugees take part in this assessment?"))}}, choices{[]string{w.s("Yes"), w.s("No")}})
	if r := fw.Routing; r != nil && scope.Route == "" {
		var options [][]line
		for _, o := range r.Options {
			options = append(options, []line{{txt("☐ " + o.Label), it(w.s(" → key areas %s", strings.Join(o.KeyAreas, ", ")))}})
		}
		add(para{[]line{{b(w.s("Where to start: ")), txt(r.Question)}}}, list{items: options})
		add(para{[]line{{it(w.s("Answer only the key areas your answer leads to."))}}})
	}
	var meanings [][]line
	for _, v := range fw.Scale {
		meanings = append(meanings, []line{{b(v.Label), txt(": " + v.Meaning)}})
	}
	add(label{line{txt(w.s("The answers"))}}, list{items: meanings})

	question := func(item *checklist.Item, n, of int) {
		add(keep{28})
		add(para{[]line{{b(item.ID), txt(w.s(" (%d of %d)  %s", n, of, item.Question))}}})
		if item.Help != "" {
			add(para{[]line{{it(item.Help)}}})
		}
		if types, restricted := item.Restricted(); restricted && scope.OrganisationType == "" {
			labels := make([]string, len(types))
			for i, t := range types {
				labels[i] = fw.TypeLabel(t)
			}
			add(para{[]line{{it(w.s("Only for: %s.", strings.Join(labels, ", ")))}}})
		}
		add(choices{answers})
	}
	if items := scope.Items(fw, checklist.SectionChecklist); len(items) > 0 {
		var area *checklist.KeyArea
		var inArea []*checklist.Item
		flush := func() {
			if area == nil {
				return
			}
			add(heading{2, line{txt(area.ID + " " + area.Title)}})
			add(para{[]line{{it(w.aim()), txt(area.Aim)}}})
			for i, q := range inArea {
				question(q, i+1, len(inArea))
			}
			add(label{line{txt(w.s("Notes on %s", area.ID))}}, ruled{4})
		}
		for _, q := range items {
			if q.Area() != area {
				flush()
				area, inArea = q.Area(), nil
			}
			inArea = append(inArea, q)
		}
		flush()
	}
	if items := scope.Items(fw, checklist.SectionQuickScan); len(items) > 0 {
		add(heading{2, line{txt(fw.QuickScan.Title)}})
		for i, q := range items {
			question(q, i+1, len(items))
		}
		add(label{line{txt(w.s("Notes on the quick scan"))}}, ruled{4})
	}
	if items := scope.Items(fw, checklist.SectionIndicators); len(items) > 0 {
		var dim *checklist.Dimension
		var guiding *checklist.GuidingQuestion
		for i, q := range items {
			if q.Dimension() != dim {
				if dim != nil {
					add(label{line{txt(w.s("Notes on %s", dim.ID))}}, ruled{3})
				}
				dim = q.Dimension()
				add(heading{2, line{txt(dim.ID + " " + dim.Title)}})
			}
			if q.GuidingQuestion() != guiding {
				guiding = q.GuidingQuestion()
				add(heading{3, line{txt(guiding.Text)}})
			}
			question(q, i+1, len(items))
		}
		add(label{line{txt(w.s("Notes on %s", dim.ID))}}, ruled{3})
	}
	add(heading{2, line{txt(w.s("After the workshop"))}})
	add(para{[]line{{txt(w.s("Type each participant's answers into an answer file (“scorecard template” writes a blank one), merge them with “scorecard merge”, and print the report with “scorecard report”."))}}})
	return doc
}

// WriteWorksheetMarkdown writes the blank worksheet for a scope.
func WriteWorksheetMarkdown(w io.Writer, fw *checklist.Framework, scope checklist.Scope) error {
	return writeMarkdown(context.Background(), w, worksheet(newWording(nil), fw, scope))
}

// WriteWorksheetPDF writes the blank worksheet for a scope as an A4 PDF.
func WriteWorksheetPDF(w io.Writer, fw *checklist.Framework, scope checklist.Scope, opts PDFOptions) error {
	wd := newWording(nil)
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
