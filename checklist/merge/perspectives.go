package merge

import (
	"slices"

	"github.com/inclusion-tools/scorecard/checklist"
)

// DefaultMinGroup is how many raters a perspective needs, unless told
// otherwise, before its answers are shown on their own. With one rater, a
// perspective's answers are that person's; with two, each can read much
// of the other's answers off them, knowing their own. Three is the
// smallest group whose answers are not simply one person's, and the
// smallest count many statistics offices publish; workshops are small, so
// a larger default would hide most groups. See the README ("Design
// choices").
const DefaultMinGroup = 3

// Options say how to merge.
type Options struct {
	// MinGroup is how many raters a perspective needs before its answers
	// are recorded on their own; 0 means DefaultMinGroup.
	MinGroup int
}

func (o Options) minGroup() int {
	if o.MinGroup <= 0 {
		return DefaultMinGroup
	}
	return o.MinGroup
}

// perspectiveGroups gathers each perspective's answers when raters gave
// their perspective, and nil when none did. A perspective's answer to an
// item is made from its raters' answers by the rule of the consensus
// (the median, the lower middle one of an even number, "na" or "don't
// know" when most said so). Perspectives with fewer than minGroup raters are only named:
// their answers count in the consensus, never on their own.
func perspectiveGroups(out *checklist.AnswerFile, ratings []Rating, steps checklist.Steps, na, dk *checklist.ScaleValue, minGroup int) *checklist.PerspectiveGroups {
	by := map[checklist.Perspective][]Rating{}
	pg := &checklist.PerspectiveGroups{MinGroup: minGroup}
	for _, r := range ratings {
		if r.File.Perspective == "" {
			pg.WithoutPerspective++
			continue
		}
		by[r.File.Perspective] = append(by[r.File.Perspective], r)
	}
	if len(by) == 0 {
		return nil
	}
	for _, p := range checklist.Perspectives() {
		raters := by[p]
		switch {
		case len(raters) == 0:
			continue
		case len(raters) < minGroup:
			pg.TooSmall = append(pg.TooSmall, p)
			continue
		}
		g := checklist.PerspectiveGroup{Perspective: p, Raters: len(raters), Answers: map[string]string{}}
		for _, it := range out.Framework.Items() {
			if !out.Applies(it) {
				continue
			}
			var given []string
			for _, r := range raters {
				if a, ok := r.File.Answers[it.ID]; ok {
					given = append(given, a.Value)
				}
			}
			if len(given) == 0 {
				continue
			}
			if v, ok := consensus(given, steps, na, dk); ok {
				g.Answers[it.ID] = v
			}
		}
		pg.Groups = append(pg.Groups, g)
	}
	return pg
}

// Gap is an item on which two perspectives' answers are two steps or
// more apart on the scale (such as "yes" against "no"): a perception gap.
type Gap struct {
	Item *checklist.Item
	// Answers are the answers of every perspective shown that has one for
	// the item ("na" included), refugees' first.
	Answers []PerspectiveAnswer
	// Steps is how far apart the highest and lowest scored answers are.
	Steps int
	// Refugees says whether the refugees' answer is one of those two
	// steps or more apart from another perspective's.
	Refugees bool
}

// PerspectiveAnswer is one perspective's answer to an item.
type PerspectiveAnswer struct {
	Perspective checklist.Perspective
	Value       string
}

// Gaps lists a merged file's perception gaps: the items on which two of
// the perspectives it records answer two steps or more apart. Only
// scored answers are compared: a perspective whose answer is "na" (or
// that has none) has no value for the item. The gaps that involve the
// refugees' view come first, then the others, each in framework order.
// A file that records fewer than two perspectives has none.
func Gaps(af *checklist.AnswerFile) []Gap {
	pg := af.Perspectives
	if pg == nil || len(pg.Groups) < 2 {
		return nil
	}
	fw := af.Framework
	steps := fw.Steps()
	var refugees, others []Gap
	for _, it := range fw.Items() {
		g := Gap{Item: it}
		var given []string
		refugee := -1
		for _, grp := range pg.Groups {
			v, ok := grp.Answers[it.ID]
			if !ok {
				continue
			}
			g.Answers = append(g.Answers, PerspectiveAnswer{grp.Perspective, v})
			given = append(given, v)
			if s, scored := steps[v]; scored && grp.Perspective == checklist.PerspectiveRefugee {
				refugee = s
			}
		}
		lo, hi, ok := steps.Range(given...)
		if g.Steps = hi - lo; !ok || g.Steps < checklist.FarApart {
			continue
		}
		if refugee >= 0 && max(refugee-lo, hi-refugee) >= checklist.FarApart {
			g.Refugees = true
			refugees = append(refugees, g)
		} else {
			others = append(others, g)
		}
	}
	return append(refugees, others...)
}

// GroupFile is one perspective's answers as an answer file of the same
// practice, to be scored like any other.
func GroupFile(af *checklist.AnswerFile, g checklist.PerspectiveGroup) *checklist.AnswerFile {
	out := *af
	out.Answers = make(map[string]checklist.Answer, len(g.Answers))
	for id, v := range g.Answers {
		out.Answers[id] = checklist.Answer{Value: v}
	}
	out.Notes = map[string]string{}
	out.Disagreements = nil
	out.Perspectives = nil
	out.Perspective = g.Perspective
	out.Sections = slices.Clone(af.Sections)
	return &out
}
