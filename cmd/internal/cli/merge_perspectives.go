package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/merge"
)

// printPerspectives says, after a merge, which perspectives the merged
// file shows on their own, which groups were too small (never who was in
// them), and the perception gap: the items on which two perspectives are
// two steps or more apart, refugees' view first.
func printPerspectives(f *Factory, w io.Writer, merged *checklist.AnswerFile) error {
	pg := merged.Perspectives
	if pg == nil {
		return nil
	}
	p, err := f.Printer()
	if err != nil {
		return err
	}
	if len(pg.Groups) > 0 {
		var parts []string
		for _, g := range pg.Groups {
			parts = append(parts, p.Sprintf("%s: %d raters", g.Perspective.Label(p), g.Raters))
		}
		fmt.Fprintln(w, p.Sprintf("Perspectives shown on their own (each the median of its raters' answers): %s.", strings.Join(parts, " · ")))
	}
	if len(pg.TooSmall) > 0 {
		fmt.Fprintln(w, p.Sprintf("Not shown on their own, with fewer than %d raters: %s. Their answers count in the consensus only.",
			pg.MinGroup, perspectiveLabels(p, pg.TooSmall)))
	}
	if pg.WithoutPerspective > 0 {
		fmt.Fprintln(w, p.Sprintf("%d raters gave no perspective; their answers count in the consensus only.", pg.WithoutPerspective))
	}
	if len(pg.Groups) < 2 {
		fmt.Fprintln(w, p.Sprintf("No perception gap to show: it needs two perspectives with at least %d raters each (%s).", pg.MinGroup, "--min-group"))
		return nil
	}
	gaps := merge.Gaps(merged)
	if len(gaps) == 0 {
		fmt.Fprintln(w, p.Sprintf("No perception gap: no two perspectives are two steps or more apart on any item."))
	} else {
		fmt.Fprintln(w, p.Sprintf("Perception gap on %d items (two perspectives two steps or more apart, refugees' view first):", len(gaps)))
		for _, g := range gaps {
			fmt.Fprintf(w, "  %-8s %s\n", g.Item.ID, gapAnswers(p, g))
		}
	}
	fmt.Fprintln(w, p.Sprintf("The perspectives are recorded in the merged file (%s); its report sets them side by side.", "perspectives:"))
	return nil
}

// gapAnswers says what each perspective answered: "Refugee: no; Staff: yes".
func gapAnswers(p *locale.Printer, g merge.Gap) string {
	parts := make([]string, len(g.Answers))
	for i, a := range g.Answers {
		parts[i] = p.Sprintf("%s: %s", a.Perspective.Label(p), a.Value)
	}
	return strings.Join(parts, "; ")
}

func perspectiveLabels(p *locale.Printer, ps []checklist.Perspective) string {
	labels := make([]string, len(ps))
	for i, v := range ps {
		labels[i] = v.Label(p)
	}
	return strings.Join(labels, ", ")
}
