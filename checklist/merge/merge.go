// Package merge combines several raters' answer files for one practice
// into a consensus file, and says where they disagree.
package merge

import (
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Rating is one rater's answer file, with the name their answers and
// notes are credited to.
type Rating struct {
	Rater string
	File  *checklist.AnswerFile
}

// RaterName is the name a file's answers are credited to in a merge: its
// assessors, else the given fallback (the file's name).
func RaterName(af *checklist.AnswerFile, fallback string) string {
	if len(af.Practice.Assessors) > 0 {
		return strings.Join(af.Practice.Assessors, " & ")
	}
	return fallback
}

// Error says why files cannot be merged.
type Error struct{ Reason locale.Msg }

func (e *Error) Error() string { return e.Reason.String() }

// Localize says why in p's language.
func (e *Error) Localize(p *locale.Printer) string { return e.Reason.Localize(p) }

// Merge combines several raters' assessments of one practice into the
// consensus file:
//
//   - per item, the median of the answers given (ignoring raters who left
//     it unanswered); with an even number of answers the lower of the two
//     middle ones, so the consensus never claims more than half the raters
//     saw;
//   - "not applicable" only when most of the raters who answered said so;
//     "don't know" only when most of them said that; otherwise the median
//     of the answers on the scale, leaving out "not applicable" and
//     "don't know" (a rater who knows outweighs one who does not);
//   - when no answer on the scale is left (as with one "not applicable"
//     and one "don't know"), "don't know": the raters do not agree that
//     the item does not apply, so it is something to find out;
//   - notes gathered, each credited to its rater;
//   - items where answers are more than one step apart are returned as
//     disagreements and recorded as data in the file's "disagreements:"
//     (never as note text), so the report can show them as points to
//     discuss;
//   - when raters gave their perspective (refugee, staff, …), each
//     perspective's answers, made by the same rules from its raters'
//     answers alone, recorded in the file's "perspectives:" when at least
//     opts.MinGroup raters share it (see perspectiveGroups).
//
// All files must assess the same practice against the same framework.
func Merge(ratings []Rating, opts Options) (*checklist.AnswerFile, error) {
	if len(ratings) < 2 {
		return nil, &Error{locale.M("merge needs the answer files of at least two raters")}
	}
	first := ratings[0].File
	fw := first.Framework
	for _, r := range ratings[1:] {
		af := r.File
		if af.Framework.ID != fw.ID {
			return nil, &Error{locale.M("%s is for framework %q and %s for %q; merge only files of one framework",
				checklist.CleanText(first.Path), fw.ID, checklist.CleanText(af.Path), af.Framework.ID)}
		}
		if !checklist.SamePractice(af.Practice.Name, first.Practice.Name) {
			return nil, &Error{locale.M("%s assesses %q and %s %q; merge only raters' files of one practice",
				checklist.CleanText(first.Path), checklist.CleanText(first.Practice.Name), checklist.CleanText(af.Path), checklist.CleanText(af.Practice.Name))}
		}
	}

	out := &checklist.AnswerFile{Framework: fw, Answers: map[string]checklist.Answer{}, Notes: map[string]string{}}
	out.Practice = mergePractice(ratings)
	out.Route = commonRoute(ratings)
	out.Scope = mergeScope(ratings)
	for _, s := range checklist.Sections {
		for _, r := range ratings {
			if r.File.UsesSection(s) {
				out.Sections = append(out.Sections, s)
				break
			}
		}
	}

	steps := fw.Steps()
	na, dk := fw.NotApplicable(), fw.DontKnow()
	var disagreements []checklist.Disagreement
	for _, it := range fw.Items() {
		if !out.Applies(it) {
			continue
		}
		var given []string // values, per rater who answered
		var who []checklist.RaterAnswer
		var notes, evidence []string
		for _, r := range ratings {
			a, ok := r.File.Answers[it.ID]
			if !ok {
				continue
			}
			given = append(given, a.Value)
			who = append(who, checklist.RaterAnswer{Rater: r.Rater, Value: a.Value})
			if a.Note != "" {
				notes = append(notes, r.Rater+": "+a.Note)
			}
			if a.Evidence != "" && !slices.Contains(evidence, a.Evidence) {
				evidence = append(evidence, a.Evidence)
			}
		}
		if len(given) == 0 {
			continue
		}
		value, ok := consensus(given, steps, na, dk)
		if !ok {
			continue
		}
		out.Answers[it.ID] = checklist.Answer{Value: value, Note: strings.Join(notes, "; "), Evidence: strings.Join(evidence, "; ")}
		if steps.Spread(given...) >= checklist.FarApart {
			disagreements = append(disagreements, checklist.Disagreement{Item: it, Answers: who})
		}
	}

	for _, key := range checklist.NoteKeys(fw) {
		var lines []string
		for _, r := range ratings {
			if n := r.File.Notes[key]; n != "" {
				lines = append(lines, r.Rater+": "+strings.Join(strings.Fields(n), " "))
			}
		}
		if len(lines) > 0 {
			out.Notes[key] = strings.Join(lines, "\n")
		}
	}
	out.Disagreements = disagreements
	out.Perspectives = perspectiveGroups(out, ratings, steps, na, dk, opts.minGroup())
	return out, nil
}

// consensus is the merged value of the answers given to one item. dk
// is the scale's "don't know" value, or nil.
func consensus(given []string, steps checklist.Steps, na, dk *checklist.ScaleValue) (string, bool) {
	var scored []string
	nas, dks := 0, 0
	for _, v := range given {
		switch {
		case na != nil && v == na.Value:
			nas++
			continue
		case dk != nil && v == dk.Value:
			dks++
			continue
		}
		if _, ok := steps[v]; ok {
			scored = append(scored, v)
		}
	}
	switch {
	case nas*2 > len(given):
		return na.Value, true
	case dks*2 > len(given):
		return dk.Value, true
	case len(scored) == 0 && dks > 0:
		return dk.Value, true
	case len(scored) == 0:
		return "", false
	}
	slices.SortStableFunc(scored, func(a, b string) int { return steps[a] - steps[b] })
	return scored[(len(scored)-1)/2], true
}

// mergeScope is the union of the raters' scopes, or none when a rater's
// file records none.
func mergeScope(ratings []Rating) *checklist.Scope {
	sc := &checklist.Scope{Sections: []checklist.Section{}, Areas: []string{}}
	for _, r := range ratings {
		rs := r.File.Scope
		if rs == nil {
			return nil
		}
		if rs.Sections == nil || sc.Sections == nil {
			sc.Sections = nil
		} else {
			for _, s := range rs.Sections {
				if !slices.Contains(sc.Sections, s) {
					sc.Sections = append(sc.Sections, s)
				}
			}
		}
		if rs.Areas == nil || sc.Areas == nil {
			sc.Areas = nil
		} else {
			for _, a := range rs.Areas {
				if !slices.Contains(sc.Areas, a) {
					sc.Areas = append(sc.Areas, a)
				}
			}
		}
	}
	return sc
}

func mergePractice(ratings []Rating) checklist.Practice {
	p := ratings[0].File.Practice
	p.Assessors = nil
	for _, r := range ratings {
		rp := r.File.Practice
		for _, a := range rp.Assessors {
			if !slices.Contains(p.Assessors, a) {
				p.Assessors = append(p.Assessors, a)
			}
		}
		if len(rp.Assessors) == 0 && !slices.Contains(p.Assessors, r.Rater) {
			p.Assessors = append(p.Assessors, r.Rater)
		}
		if rp.AssessedOn > p.AssessedOn {
			p.AssessedOn = rp.AssessedOn
		}
		if rp.RefugeesInvolved != nil && *rp.RefugeesInvolved {
			t := true
			p.RefugeesInvolved = &t
		}
		for _, f := range []struct {
			dst *string
			src string
		}{{&p.Organisation, rp.Organisation}, {&p.OrganisationType, rp.OrganisationType}, {&p.Country, rp.Country}} {
			if *f.dst == "" {
				*f.dst = f.src
			}
		}
	}
	return p
}

// commonRoute is the route most raters took (the earliest of equals).
func commonRoute(ratings []Rating) string {
	count := map[string]int{}
	best := ""
	for _, r := range ratings {
		if r.File.Route == "" {
			continue
		}
		count[r.File.Route]++
		if best == "" || count[r.File.Route] > count[best] {
			best = r.File.Route
		}
	}
	return best
}
