package assess

import (
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/scoring"
)

// SpokenSummary is the closing summary of accessible mode: the scores of
// `scorecard score`, as sentences a screen reader reads well, with no
// symbol it would spell out and no title cut short.
func SpokenSummary(p *locale.Printer, af *checklist.AnswerFile, r *scoring.Result) string {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, p.Sprintf(format, args...)) }
	score := func(s scoring.Score) string {
		if v, ok := s.Value(); ok {
			return p.Sprintf("%s out of 100", p.Decimal(v))
		}
		return p.Sprintf("not assessed")
	}
	add("Scores of %s.", af.Practice.Name)
	// The key areas chosen, and any other answered anyway; counts are
	// judged against the scope, as the report's are.
	var areas []*scoring.Group
	for _, g := range r.Checklist.Areas {
		if g.InScope || g.Answered() > 0 {
			areas = append(areas, g)
		}
	}
	if len(areas) > 0 && af.UsesSection(checklist.SectionChecklist) {
		t := scoring.TallyOf(areas)
		add("Checklist score: %s. %d of %d questions answered.", score(r.Checklist.Score), t.Answered, t.Applicable)
		for _, g := range areas {
			switch {
			case g.Applicable == 0:
				add("Key area %s, %s: does not apply.", g.ID, g.Title)
			case !g.Score.Valid():
				add("Key area %s, %s: not assessed.", g.ID, g.Title)
			case g.Provisional() && g.Unknown > 0 && af.Framework.DontKnow() != nil:
				// the verdict may still change: say on how many answers it rests
				add("Key area %s, %s: %s, %s so far, %d of %d questions answered, %d of them \"%s\".", g.ID, g.Title, score(g.Score), verdictWords(p, g.Verdict), g.Answered(), g.Applicable, g.Unknown, af.Framework.DontKnow().Label)
			case g.Provisional():
				add("Key area %s, %s: %s, %s so far, %d of %d questions answered.", g.ID, g.Title, score(g.Score), verdictWords(p, g.Verdict), g.Answered(), g.Applicable)
			default:
				add("Key area %s, %s: %s, %s.", g.ID, g.Title, score(g.Score), verdictWords(p, g.Verdict))
			}
		}
	}
	if q := r.QuickScan; q != nil && af.UsesSection(checklist.SectionQuickScan) {
		t := scoring.TallyOf([]*scoring.Group{q})
		add("Quick scan score: %s. %d of %d questions answered.", score(q.Score), t.Answered, t.Applicable)
	}
	if len(r.Quality.Dimensions) > 0 && af.UsesSection(checklist.SectionIndicators) {
		t := scoring.TallyOf(r.Quality.Dimensions)
		quality := score(r.Quality.Score)
		if v, ok := r.Quality.Score.Value(); ok {
			quality = p.Sprintf("%s out of 100", p.Number(scoring.FormatCompared(v, r.Quality.OverallThreshold)))
		}
		add("Quality score: %s. %d of %d questions answered.", quality, t.Answered, t.Applicable)
		missing, below := 0, 0
		for _, g := range r.Quality.Dimensions {
			v, ok := g.Score.Value()
			if !ok {
				missing++
				add("Quality dimension %s, %s: not assessed.", g.ID, g.Title)
				continue
			}
			// Compared with its minimum, a score is never rounded up to
			// it: 69.96 is "69.96, below its minimum of 70".
			compared := p.Number(scoring.FormatCompared(v, g.Threshold))
			if g.Passed {
				add("Quality dimension %s, %s: %s out of 100, at or above its minimum of %s.", g.ID, g.Title, compared, p.Number(trimFloat(g.Threshold)))
			} else {
				below++
				add("Quality dimension %s, %s: %s out of 100, below its minimum of %s.", g.ID, g.Title, compared, p.Number(trimFloat(g.Threshold)))
			}
		}
		// Why it is, or is not, a good practice, from the numbers above,
		// without reading each dimension out again.
		q, scored := r.Quality.Score.Value()
		threshold := p.Number(trimFloat(r.Quality.OverallThreshold))
		switch {
		case r.Quality.GoodPractice:
			add("This is a good practice: every dimension reaches its minimum, and the quality score reaches %s.", threshold)
		default:
			add("This is not yet a good practice.")
			if missing > 0 {
				add("Not every dimension is assessed yet.")
			}
			if below > 0 {
				add("%d dimensions are below their minimum.", below)
			}
			if scored && q < r.Quality.OverallThreshold {
				add("The quality score, %s, is below the minimum of %s.", p.Number(scoring.FormatCompared(q, r.Quality.OverallThreshold)), threshold)
			}
		}
	}
	if dk := dontKnow(r.Framework); dk != nil {
		var ids []string
		for _, g := range r.Groups() {
			ids = append(ids, g.UnknownIDs()...)
		}
		if len(ids) > 0 {
			add("You answered \"%s\" to %d questions; find out: %s.", dk.Label, len(ids), strings.Join(ids, ", "))
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

func verdictWords(p *locale.Printer, v scoring.Verdict) string {
	switch v {
	case scoring.Comprehensive:
		return p.Sprintf("comprehensive")
	case scoring.Improve:
		return p.Sprintf("can improve")
	case scoring.Reflect:
		return p.Sprintf("needs deep reflection")
	}
	return p.Sprintf("not assessed")
}

// sentence ends a text with a full stop, capitalised.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	s = string(r)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// dontKnow returns the framework's "don't know" answer, or nil when it
// has none (or the result names no framework).
func dontKnow(fw *checklist.Framework) *checklist.ScaleValue {
	if fw == nil {
		return nil
	}
	return fw.DontKnow()
}
