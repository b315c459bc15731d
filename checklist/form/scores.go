package form

import (
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
)

// Score calculations, so that a person sees their scores at the end of
// the form as they fill it in. They follow SPEC §4: yes 1, partly 0.5,
// no 0; answers that score nothing (not applicable, don't know, unanswered, or hidden
// because the item does not apply) are left out of the denominator. A
// field that does not apply has no value in ODK and Enketo, so
// applicability needs no term of its own.
//
// Per scored group G (a key area, the quick scan, a dimension) the form
// has three calculates: G_sum (the sum of the answers' scores), G_n (how
// many answers score) and G_score (100 × sum ÷ n, one decimal, or "–"
// when nothing scores). The checklist and quality scores are means of the
// assessed groups, from the unrounded values.

// notAssessed is what a score shows when nothing in it was answered.
const notAssessed = "'–'"

type scoredGroup struct {
	name   string // the group's field name: "KA1", "quick_scan", "D1"
	label  []string
	items  []*checklist.Item
	weight float64
}

func (b *builder) scores() *Field {
	g := &Field{Kind: Group, Name: GroupScores, Appearance: "field-list",
		Label: b.each(func(l Language) string { return wordScores(l.printer()) })}
	g.Fields = append(g.Fields, &Field{Kind: Note, Name: "scores_intro",
		Label: b.each(func(l Language) string { return wordScoresIntro(l.printer()) })})

	var areas, dims []scoredGroup
	for _, a := range b.fw.KeyAreas {
		areas = append(areas, scoredGroup{name: FieldName(a.ID), items: a.Items(), weight: 1,
			label: b.each(func(l Language) string { return a.ID + " " + l.text(KindKeyArea, a.ID, "title", a.Title) })})
	}
	for _, d := range b.fw.Dimensions {
		dims = append(dims, scoredGroup{name: FieldName(d.ID), items: d.Indicators(), weight: d.WeightOrDefault(),
			label: b.each(func(l Language) string { return d.ID + " " + l.text(KindDimension, d.ID, "title", d.Title) })})
	}
	for _, sg := range areas {
		g.Fields = append(g.Fields, b.groupScore(sg)...)
	}
	if len(areas) > 1 {
		g.Fields = append(g.Fields, b.meanScore("checklist", areas, b.each(func(l Language) string { return wordChecklistScore(l.printer()) }))...)
	}
	if qs := b.fw.QuickScan; qs != nil && len(qs.Items) > 0 {
		g.Fields = append(g.Fields, b.groupScore(scoredGroup{name: checklist.NotesKeyQuickScan, items: qs.Items,
			label: b.each(func(l Language) string { return l.text(KindQuickScan, "quick_scan", "title", qs.Title) })})...)
	}
	for _, sg := range dims {
		g.Fields = append(g.Fields, b.groupScore(sg)...)
	}
	if len(dims) > 1 {
		g.Fields = append(g.Fields, b.meanScore("quality", dims, b.each(func(l Language) string { return wordQualityScore(l.printer()) }))...)
	}
	return g
}

// groupScore is the sum, count and score of one group, and the line of
// the closing note that shows the score.
func (b *builder) groupScore(sg scoredGroup) []*Field {
	scored := b.fw.ScoredValues()
	var sum, n []string
	for _, it := range sg.items {
		ref := "${" + FieldName(it.ID) + "}"
		value := "0"
		var answered []string
		for _, v := range scored {
			answered = append(answered, ref+" = '"+v.Value+"'")
			if *v.Score != 0 {
				value = "if(" + ref + " = '" + v.Value + "', " + number(*v.Score) + ", " + value + ")"
			}
		}
		sum = append(sum, value)
		n = append(n, "if("+strings.Join(answered, " or ")+", 1, 0)")
	}
	if len(sum) == 0 {
		sum, n = []string{"0"}, []string{"0"}
	}
	score := sg.name + "_score"
	return []*Field{
		{Kind: Calculate, Name: sg.name + "_sum", Calculation: strings.Join(sum, " + ")},
		{Kind: Calculate, Name: sg.name + "_n", Calculation: strings.Join(n, " + ")},
		{Kind: Calculate, Name: score, Calculation: "if(${" + sg.name + "_n} > 0, round(100 * ${" + sg.name + "_sum} div ${" + sg.name + "_n}, 1), " + notAssessed + ")"},
		{Kind: Note, Name: score + "_note", Label: b.eachIndex(func(i int) string { return sg.label[i] + ": ${" + score + "}" })},
	}
}

// meanScore is the weighted mean of the assessed groups' unrounded
// scores: the checklist score over key areas, the quality score over
// dimensions.
func (b *builder) meanScore(name string, groups []scoredGroup, label []string) []*Field {
	var sum, weight []string
	for _, sg := range groups {
		assessed := "${" + sg.name + "_n} > 0"
		w := number(sg.weight)
		sum = append(sum, "if("+assessed+", "+w+" * 100 * ${"+sg.name+"_sum} div ${"+sg.name+"_n}, 0)")
		weight = append(weight, "if("+assessed+", "+w+", 0)")
	}
	score := name + "_score"
	return []*Field{
		{Kind: Calculate, Name: name + "_weight", Calculation: strings.Join(weight, " + ")},
		{Kind: Calculate, Name: score, Calculation: "if(${" + name + "_weight} > 0, round((" + strings.Join(sum, " + ") + ") div ${" + name + "_weight}, 1), " + notAssessed + ")"},
		{Kind: Note, Name: score + "_note", Label: b.eachIndex(func(i int) string { return label[i] + ": ${" + score + "}" })},
	}
}
