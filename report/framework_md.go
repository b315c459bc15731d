package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
)

// WriteFrameworkMarkdown writes the framework as a compact handbook of its
// checklists: for each key area its aim, success factors, checklist items
// (question and recommended action), examples and materials; then the
// quick scan, the quality dimensions, the answer scale, the types of
// organisation and the glossary.
func WriteFrameworkMarkdown(w io.Writer, fw *checklist.Framework) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	p("# %s\n\n", mdText(fw.Title))
	if fw.Subtitle != "" {
		p("_%s_\n\n", mdText(fw.Subtitle))
	}
	p("Framework `%s`, version %s. Built on: %s, %s (%d). %s\n\n",
		fw.ID, mdText(fw.Version), mdText(fw.Attribution.Title), mdText(fw.Attribution.Publisher), fw.Attribution.Year, mdText(fw.Attribution.ScoringNote))

	p("## Contents\n\n")
	for _, a := range fw.KeyAreas {
		p("- %s %s (%d items)\n", a.ID, mdText(a.Title), len(a.Items()))
	}
	if fw.QuickScan != nil {
		p("- %s (%d items)\n", mdText(fw.QuickScan.Title), len(fw.QuickScan.Items))
	}
	for _, d := range fw.Dimensions {
		p("- %s %s (%d indicators)\n", d.ID, mdText(d.Title), len(d.Indicators()))
	}
	p("\n")

	if r := fw.Routing; r != nil {
		p("## Where to start\n\n**%s** _(source %s)_\n\n", mdText(r.Question), mdText(r.Source))
		if r.Help != "" {
			p("%s\n\n", mdPara(r.Help))
		}
		for _, o := range r.Options {
			p("- **%s** (`%s`): key areas %s", mdText(o.Label), o.Value, strings.Join(o.KeyAreas, ", "))
			if o.Description != "" {
				p(". %s", mdText(o.Description))
			}
			p("\n")
		}
		p("\n")
	}
	for _, a := range fw.KeyAreas {
		p("## %s %s\n\n", a.ID, mdText(a.Title))
		p("**Aim:** %s _(section %s)_\n\n", mdText(a.Aim), mdText(a.Section))
		if a.Description != "" {
			p("%s\n\n", mdPara(a.Description))
		}
		if len(a.SuccessFactors) > 0 {
			p("**Success factors**\n\n")
			for _, f := range a.SuccessFactors {
				p("- **%s** (%s): %s\n", mdText(f.Name), f.ID, mdText(f.Description))
			}
			p("\n")
		}
		for _, c := range a.Checklists {
			p("### %s\n\n", mdText(c.Title))
			if c.Note != "" {
				p("> %s\n\n", mdText(c.Note))
			}
			for _, it := range c.Items {
				writeItemMarkdown(b, fw, it)
			}
			p("\n")
		}
		if len(a.Examples) > 0 {
			p("### Good-practice examples\n\n")
			for _, e := range a.Examples {
				factor := ""
				if f := fw.SuccessFactor(e.SuccessFactor); f != nil {
					factor = " _(" + mdText(f.Name) + ")_"
				}
				p("- **%s, %s**: %s%s\n", mdText(e.Country), mdText(e.Practice), mdText(e.Summary), factor)
			}
			p("\n")
		}
		if len(a.Materials) > 0 {
			p("### Useful materials\n\n")
			for _, m := range a.Materials {
				p("- %s\n", materialMarkdown(m))
			}
			p("\n")
		}
	}

	if q := fw.QuickScan; q != nil {
		p("## %s\n\n", mdText(q.Title))
		if q.Description != "" {
			p("%s _(section %s)_\n\n", mdPara(q.Description), mdText(q.Section))
		}
		for _, it := range q.Items {
			writeItemMarkdown(b, fw, it)
		}
		p("\n")
	}

	if len(fw.Dimensions) > 0 {
		p("## Quality dimensions\n\n")
		p("A practice is a good practice when every dimension reaches its minimum score and the overall quality score reaches %g.\n\n", fw.Thresholds.Overall)
		for _, d := range fw.Dimensions {
			p("### %s %s\n\n", d.ID, mdText(d.Title))
			if d.Description != "" {
				p("%s ", mdPara(d.Description))
			}
			p("Minimum score: %g.\n\n", fw.DimensionThreshold(d))
			for _, q := range d.Questions {
				p("#### %s %s\n\n", q.ID, mdText(q.Text))
				for _, it := range q.Indicators {
					writeItemMarkdown(b, fw, it)
				}
				p("\n")
			}
		}
	}

	p("## Answer scale\n\n| Answer | Meaning | Score |\n|---|---|---|\n")
	for _, v := range fw.Scale {
		score := "not scored"
		if v.Score != nil {
			score = fmt.Sprintf("%g", *v.Score)
		}
		p("| %s (`%s`) | %s | %s |\n", mdCell(v.Label), v.Value, mdCell(v.Meaning), score)
	}
	p("\n## Organisation types\n\n")
	for _, t := range fw.OrganisationTypes {
		p("- **%s** (`%s`): %s\n", mdText(t.Label), t.ID, mdText(t.Description))
	}
	if len(fw.Glossary) > 0 {
		p("\n## Glossary\n\n")
		for _, t := range fw.Glossary {
			p("- **%s** (`%s`): %s", mdText(t.Term), t.ID, mdText(t.Definition))
			switch {
			case t.Source == "":
			case t.Source[0] >= '0' && t.Source[0] <= '9':
				p(" _(section %s)_", mdText(t.Source))
			default:
				p(" _(%s)_", mdText(t.Source))
			}
			p("\n")
		}
	}
	return b.Flush()
}

func writeItemMarkdown(w io.Writer, fw *checklist.Framework, it *checklist.Item) {
	var notes []string
	if types, restricted := it.Restricted(); restricted {
		labels := make([]string, len(types))
		for i, t := range types {
			labels[i] = t
			if ot := fw.OrganisationType(t); ot != nil {
				labels[i] = ot.Label
			}
		}
		notes = append(notes, "for "+strings.Join(labels, ", ")+" only")
	}
	if len(it.KeyAreas) > 0 {
		notes = append(notes, "key areas "+strings.Join(it.KeyAreas, ", "))
	}
	suffix := ""
	if len(notes) > 0 {
		suffix = " _(" + mdText(strings.Join(notes, "; ")) + ")_"
	}
	fmt.Fprintf(w, "- **%s** %s%s  \n  _Action:_ %s\n", it.ID, mdText(it.Question), suffix, mdText(it.Action))
}

func materialMarkdown(m *checklist.Material) string {
	if m.Year > 0 {
		return fmt.Sprintf("%s (%d). _%s_.", mdText(m.Author), m.Year, mdText(m.Title))
	}
	return fmt.Sprintf("%s. _%s_.", mdText(m.Author), mdText(m.Title))
}
