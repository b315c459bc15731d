package report

import (
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/scoring"
)

// wording holds every word the report prints: headings, labels and the
// sentences around numbers. Each is an English format string passed to
// the locale printer, which is also the key of its translation; the layout
// (layout.go) only arranges what these methods return.
type wording struct{ p *locale.Printer }

func newWording(p *locale.Printer) wording {
	if p == nil {
		p = locale.English()
	}
	return wording{p}
}

// Markers around user text inside a formatted message, so that the text
// keeps its own span (and its own direction) wherever a translation puts
// it. Private-use characters never occur in cleaned user text.
const (
	userOpen  = '\uE010'
	userClose = '\uE011'
)

// user is text a person wrote (a name, a note), given to line as an
// argument.
type user string

// line formats a message into spans: arguments of type user become user
// spans, everything else is plain text in the given style.
func (w wording) line(style spanStyle, format string, args ...any) line {
	var held []string
	for i, a := range args {
		if u, ok := a.(user); ok {
			args[i] = string(userOpen) + strconv.Itoa(len(held)) + string(userClose)
			held = append(held, string(u))
		}
	}
	s := w.p.Sprintf(format, args...)
	if len(held) == 0 {
		return line{{text: s, style: style}}
	}
	var out line
	for s != "" {
		i := strings.IndexRune(s, userOpen)
		j := strings.IndexRune(s, userClose)
		if i < 0 || j < i {
			out = append(out, span{text: s, style: style})
			break
		}
		if i > 0 {
			out = append(out, span{text: s[:i], style: style})
		}
		n, err := strconv.Atoi(s[i+len(string(userOpen)) : j])
		if err == nil && n < len(held) {
			out = append(out, span{text: held[n], style: style, user: true})
		}
		s = s[j+len(string(userClose)):]
	}
	return out
}

func (w wording) s(format string, args ...any) string { return w.p.Sprintf(format, args...) }

// score is a score for people: one decimal in the language's way, or a
// dash when there is none.
func (w wording) score(s scoring.Score) string {
	v, ok := s.Value()
	if !ok {
		return "–"
	}
	return w.p.Decimal(v)
}

// number is a threshold: "66", "66.5" (with the language's separator).
func (w wording) number(v float64) string { return w.p.Number(scoring.FormatNumber(v)) }

func (w wording) delta(c ScoreChange) string {
	d, ok := c.Delta()
	if !ok {
		return "–"
	}
	return w.p.Change(d)
}

// Title block.

func (w wording) title(name string) line { return w.line(plain, "Self-assessment: %s", user(name)) }
func (w wording) titleText(name string) string {
	return w.p.Sprintf("Self-assessment: %s", name)
}
func (w wording) factOrganisation() string { return w.s("Organisation") }
func (w wording) factType() string         { return w.s("Type of organisation") }
func (w wording) factCountry() string      { return w.s("Country") }
func (w wording) factDate() string         { return w.s("Assessed on") }
func (w wording) factAssessors() string    { return w.s("Assessed by") }
func (w wording) factRefugees() string     { return w.s("Refugees took part") }
func (w wording) factPath() string         { return w.s("Path") }
func (w wording) factFramework() string    { return w.s("Framework") }
func (w wording) factFile() string         { return w.s("Answer file") }
func (w wording) factScope() string        { return w.s("Scope") }
func (w wording) yesNo(v bool) string {
	if v {
		return w.s("Yes")
	}
	return w.s("No")
}
func (w wording) path(label string, areas []string) string {
	return w.s("%s (key areas %s)", label, strings.Join(areas, ", "))
}
func (w wording) pathNotAnswered() string { return w.s("not answered: every key area is asked") }
func (w wording) framework(fw *checklist.Framework) string {
	return w.s("%s (%s %s)", fw.Title, fw.ID, fw.Version)
}
func (w wording) builtOn(a checklist.Attribution) string {
	return w.s("Built on “%s”, %s (%s).", a.Title, a.Publisher, strconv.Itoa(a.Year))
}

// scope says what the answer file chose to assess.
func (w wording) scope(sc *checklist.Scope, fw *checklist.Framework) string {
	var parts []string
	for _, s := range checklist.Sections {
		if !sc.HasSection(s) {
			continue
		}
		switch s {
		case checklist.SectionChecklist:
			if sc.Areas != nil {
				parts = append(parts, w.s("the checklists of key areas %s", strings.Join(sc.Areas, ", ")))
			} else {
				parts = append(parts, w.s("the checklists of every key area"))
			}
		case checklist.SectionQuickScan:
			if fw.QuickScan != nil {
				parts = append(parts, w.s("the quick scan"))
			}
		case checklist.SectionIndicators:
			if len(fw.Dimensions) > 0 {
				parts = append(parts, w.s("the quality indicators"))
			}
		}
	}
	return strings.Join(parts, "; ")
}

// At a glance.

func (w wording) atAGlance() string { return w.s("At a glance") }
func (w wording) checklistScore(s scoring.Score) string {
	return w.s("Checklist score: %s", w.score(s))
}
func (w wording) checklistNotAssessed() string { return w.s("Checklist score: not assessed.") }
func (w wording) checklistNotAnswered() string {
	return w.s(" The key-area checklists were not answered.")
}
func (w wording) checklistNotChosen() string { return w.s("Checklist score: not chosen.") }
func (w wording) checklistOutOfScope() string {
	return w.s(" The key-area checklists are not part of the scope chosen for this assessment.")
}
func (w wording) quickScanScore(s scoring.Score) string {
	return w.s("Quick scan: %s", w.score(s))
}
func (w wording) qualityScore(s scoring.Score) string { return w.s("Quality score: %s", w.score(s)) }
func (w wording) qualityNotAssessed() string          { return w.s("Quality score: not assessed.") }
func (w wording) qualityNotAnswered() string {
	return w.s(" The quality indicators were not answered, so this assessment cannot say whether the practice is a good practice.")
}
func (w wording) qualityNotChosen() string { return w.s("Quality score: not chosen.") }
func (w wording) qualityOutOfScope() string {
	return w.s(" The quality indicators are not part of the scope chosen for this assessment, so it cannot say whether the practice is a good practice.")
}
func (w wording) minimumOf(v float64) string { return w.s(" (minimum %s): ", w.number(v)) }
func (w wording) goodPractice(ok bool) string {
	if ok {
		return w.s("a good practice")
	}
	return w.s("not a good practice")
}
func (w wording) answeredOf(answered, applicable int) string {
	return w.s(". %d of %d applicable items answered.", answered, applicable)
}
func (w wording) answeredOfUnknown(answered, applicable, unknown int, label string) string {
	return w.s(". %d of %d applicable items answered, %d of them “%s”.", answered, applicable, unknown, label)
}
func (w wording) keyArea() string          { return w.s("Key area") }
func (w wording) verdictHeader() string    { return w.s("Verdict") }
func (w wording) scoreHeader() string      { return w.s("Score") }
func (w wording) minimumHeader() string    { return w.s("Minimum") }
func (w wording) qualityDimension() string { return w.s("Quality dimension") }
func (w wording) resultHeader() string     { return w.s("Result") }
func (w wording) chartAreas() string       { return w.s("Scores of the key areas, from 0 to 100") }
func (w wording) chartDimensions() string {
	return w.s("Scores of the quality dimensions, from 0 to 100, with their minimums")
}
func (w wording) minimumNote() string {
	return w.s("The dark line across each bar marks its minimum score.")
}
func (w wording) why() string { return w.s("Why: ") }
func (w wording) complete(ok bool, unanswered, unknown int, dk *checklist.ScaleValue) line {
	if ok {
		return line{txt(w.s("The assessment is ")), b(w.s("complete")), txt(w.s(": every applicable item in the parts it covers is answered."))}
	}
	if unknown > 0 && dk != nil {
		if unanswered == 0 {
			return line{txt(w.s("The assessment is ")), b(w.s("not complete")), txt(w.s(": %d items are answered “%s”; see “To find out”.", unknown, dk.Label))}
		}
		return line{txt(w.s("The assessment is ")), b(w.s("not complete")), txt(w.s(": %d applicable items are not answered yet.", unanswered)),
			txt(w.s(" %d items are answered “%s”; see “To find out”.", unknown, dk.Label))}
	}
	return line{txt(w.s("The assessment is ")), b(w.s("not complete")), txt(w.s(": %d applicable items are not answered yet.", unanswered))}
}

// verdict is a key area's verdict; a provisional one says on how many
// answers it rests.
func (w wording) verdict(g *scoring.Group) string {
	var v string
	switch g.Verdict {
	case scoring.Comprehensive:
		v = w.s("comprehensive")
	case scoring.Improve:
		v = w.s("can improve")
	case scoring.Reflect:
		v = w.s("needs deep reflection")
	default:
		return w.s("not assessed")
	}
	switch {
	case g.Provisional() && g.Unknown > 0:
		return w.s("%s so far, %d of %d answered, %d “%s”", v, g.Answered(), g.Applicable, g.Unknown, w.dontKnowLabel(g))
	case g.Provisional():
		return w.s("%s so far, %d of %d answered", v, g.Answered(), g.Applicable)
	}
	return v
}

// areaStatus is a key area's verdict, or says why it has none: it was
// not chosen for this assessment, or none of its items is asked (off the
// path a routing question took, or none applies to the type of
// organisation), as 'scorecard score' says.
func (w wording) areaStatus(g *scoring.Group, routed bool) string {
	switch {
	case g.Applicable == 0 && routed:
		return w.s("not on this path")
	case g.Applicable == 0:
		return w.s("does not apply")
	case !g.InScope && g.Answered() == 0:
		return w.s("not chosen")
	}
	return w.verdict(g)
}

func (w wording) passed(g *scoring.Group) string {
	switch {
	case !g.Score.Valid():
		return w.s("not assessed")
	case g.Passed:
		return w.s("passed")
	}
	return w.s("below the minimum")
}

// reasons explain the good-practice verdict: the scoring's reasons, in
// the reader's language. A framework without dimensions has no verdict
// to explain.
func (w wording) reasons(r *scoring.Result) []string {
	var out []string
	for _, reason := range r.Quality.Reasons {
		if reason.Kind != scoring.NoDimensions {
			out = append(out, reason.Localize(w.p))
		}
	}
	return out
}

// Points to discuss.

func (w wording) pointsToDiscuss() string { return w.s("Points to discuss") }
func (w wording) pointsIntro() string {
	return w.s("This assessment merges several raters' answers. On these items their answers were more than one step apart: worth a discussion before acting on them.")
}

// Perspectives of a merge, and the action plan.

func (w wording) perspectivesHeading() string { return w.s("Perspectives") }
func (w wording) perspectivesIntro() string {
	return w.s("The raters answered from different perspectives. Each perspective's answer to an item is the median of its raters' answers, made as the consensus is; its scores are computed from those answers as usual.")
}
func (w wording) groupSize(perspective string, raters int) string {
	return w.s("%s (%d raters)", perspective, raters)
}
func (w wording) perspectivesShown(groups []string) string {
	return w.s("Shown on their own: %s.", strings.Join(groups, ", "))
}
func (w wording) perspectivesTooSmall(minGroup int, perspectives string) string {
	return w.s("Not shown on their own, with fewer than %d raters: %s. Their answers count in the consensus only; the merged file keeps neither their answers nor their number.", minGroup, perspectives)
}
func (w wording) withoutPerspective(n int) string {
	return w.s("%d raters gave no perspective; their answers count in the consensus only.", n)
}
func (w wording) consensus() string          { return w.s("Consensus") }
func (w wording) perceptionGapTitle() string { return w.s("Perception gap") }
func (w wording) perceptionGap(n int) string {
	return w.s("Perception gap (%d)", n)
}
func (w wording) gapNeedsTwo(minGroup int) string {
	return w.s("A perception gap needs two perspectives with at least %d raters each.", minGroup)
}
func (w wording) noGap() string {
	return w.s("On no item do two perspectives answer two steps or more apart.")
}
func (w wording) gapIntro() string {
	return w.s("Items on which two perspectives answer two steps or more apart (such as “yes” against “no”): what the practice most needs to hear. Those on which the refugees' view stands apart come first.")
}
func (w wording) perspectiveAnswer(perspective, answer string) string {
	return w.s("%s: %s", perspective, answer)
}
func (w wording) actionPlan() string        { return w.s("Action plan") }
func (w wording) noActions() string         { return w.s("The plan has no actions yet.") }
func (w wording) projected() string         { return w.s("Projected") }
func (w wording) goodPracticeLabel() string { return w.s("Good practice") }

// Priority actions and recommendations.

func (w wording) priorityActions() string { return w.s("Priority actions") }
func (w wording) noGaps() string {
	return w.s("No gaps among the answered items: nothing is answered “no” or “partly”.")
}
func (w wording) youAnswered(label string) string { return w.s("You answered “%s” to: ", label) }
func (w wording) serves(name, area string) string { return w.s("%s (%s).", name, area) }
func (w wording) servesLabel() string             { return w.s("Serves: ") }
func (w wording) dimensionLabel() string          { return w.s("Quality dimension: ") }
func (w wording) keyAreasLabel() string           { return w.s("Key areas: ") }
func (w wording) learnFrom() string               { return w.s(" Learn from: ") }
func (w wording) example(e *checklist.Example) string {
	return w.s("%s, %s: %s", e.Country, e.Practice, e.Summary)
}
func (w wording) exampleName(e *checklist.Example) string {
	return w.s("%s, %s.", e.Country, e.Practice)
}
func (w wording) yourNote() string       { return w.s("Your note: ") }
func (w wording) yourNoteInline() string { return w.s(" Your note: ") }
func (w wording) evidenceLabel() string  { return w.s("Evidence: ") }
func (w wording) evidenceInline() string { return w.s(" Evidence: ") }

// Key areas and dimensions.

func (w wording) keyAreas() string { return w.s("Key areas") }
func (w wording) areaHeading(a *checklist.KeyArea, g *scoring.Group, routed bool) string {
	return w.s("%s %s: %s, %s", a.ID, a.Title, w.score(g.Score), w.areaStatus(g, routed))
}
func (w wording) aim() string             { return w.s("Aim: ") }
func (w wording) section(s string) string { return w.s(" (section %s)", s) }
func (w wording) notOnPath() string {
	return w.s("Not part of this assessment: its items are not on the path taken, or do not apply to this type of organisation.")
}
func (w wording) notChosen() string {
	return w.s("Not chosen for this assessment.")
}
func (w wording) noneAnswered(n int) string {
	return w.s("Not assessed: none of its %d items is answered yet.", n)
}
func (w wording) inPlace(n int) string       { return w.s("In place (%d)", n) }
func (w wording) gapsHeading(n int) string   { return w.s("Gaps and recommendations (%d)", n) }
func (w wording) notApplicable(n int) string { return w.s("Not applicable (%d)", n) }
func (w wording) notAnswered(n int) string   { return w.s("Not answered yet (%d)", n) }
func (w wording) toFindOutHeading(n int) string {
	return w.s("To find out (%d)", n)
}
func (w wording) answeredNA() string    { return w.s(" (answered “not applicable”)") }
func (w wording) notOnPathItem() string { return w.s("not on the path taken") }
func (w wording) onlyFor(types []string) string {
	return w.s("for %s only", strings.Join(types, ", "))
}
func (w wording) yourNotes() string      { return w.s("Your notes") }
func (w wording) successFactors() string { return w.s("Success factors") }
func (w wording) examples() string       { return w.s("Examples to learn from") }
func (w wording) materials() string      { return w.s("Useful materials") }
func (w wording) qualityDimensions() string {
	return w.s("Quality dimensions")
}
func (w wording) dimensionHeading(d *checklist.Dimension, g *scoring.Group) string {
	return w.s("%s %s: %s (minimum %s), %s", d.ID, d.Title, w.score(g.Score), w.number(g.Threshold), w.passed(g))
}
func (w wording) quickScanHeading(title string, g *scoring.Group) string {
	return w.s("%s: %s", title, w.score(g.Score))
}
func (w wording) indicator() string { return w.s("Indicator") }
func (w wording) answer() string    { return w.s("Answer") }
func (w wording) evidence() string  { return w.s("Evidence") }
func (w wording) item() string      { return w.s("Item") }
func (w wording) answerWords(fw *checklist.Framework, ir scoring.ItemResult) string {
	switch ir.State {
	case scoring.Unanswered:
		return w.s("not answered")
	case scoring.Excluded:
		return w.s("does not apply")
	}
	if v, ok := fw.ParseAnswer(ir.Answer.Value); ok {
		return v.Label
	}
	return ir.Answer.Value
}

// To find out: the items answered "don't know".

// dontKnowLabel is the label of the "don't know" answer of the group's
// framework.
func (w wording) dontKnowLabel(g *scoring.Group) string {
	for _, ir := range g.Items {
		if dk := ir.Item.Framework().DontKnow(); dk != nil {
			return dk.Label
		}
	}
	return ""
}

func (w wording) toFindOut() string { return w.s("To find out") }
func (w wording) toFindOutIntro(label string, n int) string {
	return w.s("%d items are answered “%s”. They are left out of every score, so the scores may change: ask the people named below, then answer these items again.", n, label)
}
func (w wording) whoCouldKnowLabel() string { return w.s("Who could know: ") }

// whoCouldKnow names who is likely to know the answer to an item: the
// people who work on what it is about, named by its success factor, its
// key area or, for the quick scan, the key areas it relates to; for a
// quality indicator, those who run the practice, its partners and the
// refugees it serves.
func (w wording) whoCouldKnow(fw *checklist.Framework, it *checklist.Item) string {
	switch a, f := it.Area(), it.SuccessFactor(); {
	case f != nil && a != nil:
		return w.s("whoever works on “%s” (%s).", f.Name, a.ID)
	case a != nil:
		return w.s("whoever works on %s %s.", a.ID, a.Title)
	case it.Dimension() != nil:
		d := it.Dimension()
		return w.s("whoever runs the practice, its partners or the refugees it serves (%s %s).", d.ID, d.Title)
	case len(it.KeyAreas) > 0:
		var names []string
		for _, id := range it.KeyAreas {
			if a := fw.KeyArea(id); a != nil {
				names = append(names, a.ID+" "+a.Title)
			}
		}
		return w.s("whoever works on %s.", strings.Join(names, "; "))
	}
	return w.s("whoever runs the practice.")
}

// Glossary.

func (w wording) glossary() string { return w.s("Glossary") }
func (w wording) glossaryInSummary(terms string) string {
	return w.s("Explained in the full report's glossary, and by “scorecard framework show” followed by the word: %s.", terms)
}

// termSource says where the source explains a term: a section number
// ("8") or a named part ("Main concepts").
func (w wording) termSource(src string) string {
	if src == "" {
		return ""
	}
	if r := src[0]; r >= '0' && r <= '9' {
		return w.section(src)
	}
	return w.s(" (%s)", src)
}

// Notes, evidence, progress.

func (w wording) notesSummary() string { return w.s("Summary of your notes") }
func (w wording) noNotes() string      { return w.s("No notes were written.") }
func (w wording) quickScan() string    { return w.s("Quick scan") }
func (w wording) evidenceRegister() string {
	return w.s("Evidence register")
}
func (w wording) evidenceIntro(n int) string {
	return w.s("%d answers name their evidence: a document, a link or a place where it can be checked.", n)
}
func (w wording) progressSince(when string) line {
	return w.line(plain, "Progress since %s", user(when))
}
func (w wording) comparedWith(name string) line {
	return w.line(plain, "Compared with the assessment in %s.", user(name))
}
func (w wording) progressChart() string {
	return w.s("Scores then and now, from 0 to 100")
}
func (w wording) then() string   { return w.s("Then") }
func (w wording) now() string    { return w.s("Now") }
func (w wording) change() string { return w.s("Change") }
func (w wording) improved(n int) string {
	return w.s("Items improved (%d)", n)
}
func (w wording) regressed(n int) string {
	return w.s("Items regressed (%d)", n)
}
func (w wording) none() string { return w.s("None.") }
func (w wording) answerChange(before, after, question string) string {
	return w.s(": %s → %s. %s", before, after, question)
}
func (w wording) newlyScored(n int) string {
	return w.s("Answered for the first time: %d items.", n)
}
func (w wording) baselineFramework(path, then, now string) string {
	return w.s("the baseline %s is an assessment against framework %q, not %q; compare assessments of the same framework", path, then, now)
}
func (w wording) baselinePractice(path, then, now string) string {
	return w.s("the baseline %s assesses %q, not %q; a baseline must be an earlier assessment of the same practice (use 'scorecard compare' to put different practices side by side)", path, then, now)
}
func (w wording) checklistScoreLabel() string { return w.s("Checklist score") }
func (w wording) qualityScoreLabel() string   { return w.s("Quality score") }

// How the scores are computed.

func (w wording) method() string { return w.s("How the scores are computed") }

// methodLines explain in plain words how the scores are computed (SPEC
// §4).
func (w wording) methodLines(fw *checklist.Framework, r *scoring.Result) []string {
	var dimMin, scale []string
	for _, g := range r.Quality.Dimensions {
		dimMin = append(dimMin, g.ID+" "+w.number(g.Threshold))
	}
	for _, v := range fw.Scale {
		if v.Scored() {
			scale = append(scale, w.s("“%s” %s", v.Label, w.number(*v.Score)))
		}
	}
	each := w.s("Each answer counts: %s. Items answered “not applicable”, items not answered yet and items that do not apply to the type of organisation are left out of every score.", strings.Join(scale, ", "))
	verdict := w.s("A key area's score is 100 × the sum of its answers ÷ the number of answered items. Its verdict follows the handbook: every point met is a comprehensive approach; some points met means the service can improve; no point met calls for deep reflection. While applicable items are still unanswered, the verdict is provisional: it says “so far” and on how many answers it rests.")
	complete := w.s("An assessment is complete when no applicable item is left unanswered in the parts it covers: the scope recorded in the answer file, else the sections the file uses.")
	if dk := fw.DontKnow(); dk != nil {
		each += " " + w.s("Items answered “%s” are left out of every score too, and listed under “To find out”.", dk.Label)
		verdict += " " + w.s("An item answered “%s” keeps the verdict provisional in the same way.", dk.Label)
		complete = w.s("An assessment is complete when no applicable item is left unanswered or answered “%s” in the parts it covers: the scope recorded in the answer file, else the sections the file uses.", dk.Label)
	}
	return []string{
		each,
		verdict,
		w.s("The checklist score is the average of the scores of the key areas that were assessed."),
		w.s("The quick-scan score is 100 × the sum of the answers to the overarching checklist ÷ the number answered."),
		w.s("A quality dimension's score is 100 × the sum of its indicator answers ÷ the number answered. It passes when it reaches its minimum (%s).", strings.Join(dimMin, ", ")),
		w.s("The quality score is the average of the assessed dimensions' scores. A practice is a good practice when all dimensions are assessed and pass, and the quality score reaches %s.", w.number(r.Quality.OverallThreshold)),
		complete,
		w.s("Scores are shown with one decimal; comparisons with minimums use the exact values."),
		w.s("Priority actions are the gaps of the lowest-scoring key areas, dimensions and quick scan, “no” before “partly”, at most three from each, ten in all."),
		fw.Attribution.ScoringNote,
	}
}

// PDF furniture.

func (w wording) page(n int) string        { return w.s("Page %s of {nb}", strconv.Itoa(n)) }
func (w wording) subject(fw string) string { return w.s("%s: self-assessment report", fw) }
func (w wording) keywords(id string) string {
	return w.s("refugee inclusion, self-assessment, %s", id)
}
func (w wording) scale0to100() string { return "0 – 100" }
