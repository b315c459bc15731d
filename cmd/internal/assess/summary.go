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
		add("Quality score: %s. %d of %d questions answered.", score(r.Quality.Score), t.Answered, t.Applicable)
		for _, g := range r.Quality.Dimensions {
			status := p.Sprintf("not assessed")
			if g.Score.Valid() {
				status = p.Sprintf("%s, below its minimum of %s", score(g.Score), p.Number(trimFloat(g.Threshold)))
				if g.Passed {
					status = p.Sprintf("%s, at or above its minimum of %s", score(g.Score), p.Number(trimFloat(g.Threshold)))
				}
			}
			add("Quality dimension %s, %s: %s.", g.ID, g.Title, status)
		}
		if r.Quality.GoodPractice {
			add("This is a good practice.")
		} else {
			add("This is not yet a good practice.")
		}
		for _, reason := range r.Quality.Reasons {
			lines = append(lines, sentence(reason))
		}
	}
	if dk := af.Framework.DontKnow(); dk != nil {
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
