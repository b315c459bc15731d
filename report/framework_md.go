package report

import (
	"bufio"
	"fmt"
	"github.com/inclusion-tools/scorecard/report/internal/mdtext"
	"io"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/scoring"
)

// WriteFrameworkMarkdown writes the framework as a compact handbook of its
// checklists: for each key area its aim, success factors, checklist items
// (question and recommended action), examples and materials; then the
// quick scan, the quality dimensions, the answer scale, the types of
// organisation and the glossary. Its words are in pr's language (English
// when pr is nil).
func WriteFrameworkMarkdown(w io.Writer, pr *locale.Printer, fw *checklist.Framework) error {
	pr = printerOr(pr)
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	// t writes a message in pr's language, then the Markdown after it.
	t := func(md, format string, args ...any) { p("%s%s", pr.Sprintf(format, args...), md) }

	p("# %s\n\n", mdtext.Text(fw.Title))
	if fw.Subtitle != "" {
		p("_%s_\n\n", mdtext.Text(fw.Subtitle))
	}
	t(" "+mdtext.Text(fw.Attribution.ScoringNote)+"\n\n", "Framework `%s`, version %s. Built on: %s, %s (%s).",
		fw.ID, mdtext.Text(fw.Version), mdtext.Text(fw.Attribution.Title), mdtext.Text(fw.Attribution.Publisher), strconv.Itoa(fw.Attribution.Year))

	p("## %s\n\n", pr.Sprintf("Contents"))
	for _, a := range fw.KeyAreas {
		p("- %s\n", pr.Sprintf("%s %s (%d items)", a.ID, mdtext.Text(a.Title), len(a.Items())))
	}
	if fw.QuickScan != nil {
		p("- %s\n", pr.Sprintf("%s (%d items)", mdtext.Text(fw.QuickScan.Title), len(fw.QuickScan.Items)))
	}
	for _, d := range fw.Dimensions {
		p("- %s\n", pr.Sprintf("%s %s (%d indicators)", d.ID, mdtext.Text(d.Title), len(d.Indicators())))
	}
	p("\n")

	if r := fw.Routing; r != nil {
		p("## %s\n\n**%s** _(%s)_\n\n", pr.Sprintf("Where to start"), mdtext.Text(r.Question), pr.Sprintf("source %s", mdtext.Text(r.Source)))
		if r.Help != "" {
			p("%s\n\n", mdtext.Para(r.Help))
		}
		for _, o := range r.Options {
			p("- **%s** (`%s`): %s", mdtext.Text(o.Label), o.Value, pr.Sprintf("key areas %s", strings.Join(o.KeyAreas, ", ")))
			if o.Description != "" {
				p(". %s", mdtext.Text(o.Description))
			}
			p("\n")
		}
		p("\n")
	}
	for _, a := range fw.KeyAreas {
		p("## %s %s\n\n", a.ID, mdtext.Text(a.Title))
		p("**%s** %s _(%s)_\n\n", pr.Sprintf("Aim:"), mdtext.Text(a.Aim), pr.Sprintf("section %s", mdtext.Text(a.Section)))
		if a.Description != "" {
			p("%s\n\n", mdtext.Para(a.Description))
		}
		if len(a.SuccessFactors) > 0 {
			p("**%s**\n\n", pr.Sprintf("Success factors"))
			for _, f := range a.SuccessFactors {
				p("- **%s** (%s): %s\n", mdtext.Text(f.Name), f.ID, mdtext.Text(f.Description))
			}
			p("\n")
		}
		for _, c := range a.Checklists {
			p("### %s\n\n", mdtext.Text(c.Title))
			if c.Note != "" {
				p("> %s\n\n", mdtext.Text(c.Note))
			}
			for _, it := range c.Items {
				writeItemMarkdown(b, pr, fw, it)
			}
			p("\n")
		}
		if len(a.Examples) > 0 {
			p("### %s\n\n", pr.Sprintf("Good-practice examples"))
			for _, e := range a.Examples {
				factor := ""
				if f := fw.SuccessFactor(e.SuccessFactor); f != nil {
					factor = " _(" + mdtext.Text(f.Name) + ")_"
				}
				p("- **%s, %s**: %s%s\n", mdtext.Text(e.Country), mdtext.Text(e.Practice), mdtext.Text(e.Summary), factor)
			}
			p("\n")
		}
		if len(a.Materials) > 0 {
			p("### %s\n\n", pr.Sprintf("Useful materials"))
			for _, m := range a.Materials {
				p("- %s\n", materialMarkdown(m))
			}
			p("\n")
		}
	}

	if q := fw.QuickScan; q != nil {
		p("## %s\n\n", mdtext.Text(q.Title))
		if q.Description != "" {
			p("%s _(%s)_\n\n", mdtext.Para(q.Description), pr.Sprintf("section %s", mdtext.Text(q.Section)))
		}
		for _, it := range q.Items {
			writeItemMarkdown(b, pr, fw, it)
		}
		p("\n")
	}

	if len(fw.Dimensions) > 0 {
		p("## %s\n\n", pr.Sprintf("Quality dimensions"))
		t("\n\n", "A practice is a good practice when every dimension reaches its minimum score and the overall quality score reaches %s.", pr.Number(scoring.FormatNumber(fw.Thresholds.Overall)))
		for _, d := range fw.Dimensions {
			p("### %s %s\n\n", d.ID, mdtext.Text(d.Title))
			if d.Description != "" {
				p("%s ", mdtext.Para(d.Description))
			}
			t("\n\n", "Minimum score: %s.", pr.Number(scoring.FormatNumber(fw.DimensionThreshold(d))))
			for _, q := range d.Questions {
				p("#### %s %s\n\n", q.ID, mdtext.Text(q.Text))
				for _, it := range q.Indicators {
					writeItemMarkdown(b, pr, fw, it)
				}
				p("\n")
			}
		}
	}

	p("## %s\n\n| %s | %s | %s |\n|---|---|---|\n", pr.Sprintf("Answer scale"), pr.Sprintf("Answer"), pr.Sprintf("Meaning"), pr.Sprintf("Score"))
	for _, v := range fw.Scale {
		score := pr.Sprintf("not scored")
		if v.Score != nil {
			score = pr.Number(scoring.FormatNumber(*v.Score))
		}
		p("| %s (`%s`) | %s | %s |\n", mdtext.Cell(v.Label), v.Value, mdtext.Cell(v.Meaning), score)
	}
	p("\n## %s\n\n", pr.Sprintf("Organisation types"))
	for _, t := range fw.OrganisationTypes {
		p("- **%s** (`%s`): %s\n", mdtext.Text(t.Label), t.ID, mdtext.Text(t.Description))
	}
	if len(fw.Glossary) > 0 {
		p("\n## %s\n\n", pr.Sprintf("Glossary"))
		for _, t := range fw.Glossary {
			p("- **%s** (`%s`): %s", mdtext.Text(t.Term), t.ID, mdtext.Text(t.Definition))
			switch {
			case t.Source == "":
			case t.Source[0] >= '0' && t.Source[0] <= '9':
				p(" _(%s)_", pr.Sprintf("section %s", mdtext.Text(t.Source)))
			default:
				p(" _(%s)_", mdtext.Text(t.Source))
			}
			p("\n")
		}
	}
	return b.Flush()
}

func writeItemMarkdown(w io.Writer, pr *locale.Printer, fw *checklist.Framework, it *checklist.Item) {
	var notes []string
	if types, restricted := it.Restricted(); restricted {
		labels := make([]string, len(types))
		for i, t := range types {
			labels[i] = t
			if ot := fw.OrganisationType(t); ot != nil {
				labels[i] = ot.Label
			}
		}
		notes = append(notes, pr.Sprintf("for %s only", strings.Join(labels, ", ")))
	}
	if len(it.KeyAreas) > 0 {
		notes = append(notes, pr.Sprintf("key areas %s", strings.Join(it.KeyAreas, ", ")))
	}
	suffix := ""
	if len(notes) > 0 {
		suffix = " _(" + mdtext.Text(strings.Join(notes, "; ")) + ")_"
	}
	fmt.Fprintf(w, "- **%s** %s%s  \n  _%s_ %s\n", it.ID, mdtext.Text(it.Question), suffix, pr.Sprintf("Action:"), mdtext.Text(it.Action))
}

func materialMarkdown(m *checklist.Material) string {
	if m.Year > 0 {
		return fmt.Sprintf("%s (%s). _%s_.", mdtext.Text(m.Author), strconv.Itoa(m.Year), mdtext.Text(m.Title))
	}
	return fmt.Sprintf("%s. _%s_.", mdtext.Text(m.Author), mdtext.Text(m.Title))
}
