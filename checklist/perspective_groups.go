package checklist

import (
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// PerspectiveGroups is what a merged file records of its raters'
// perspectives, in its optional "perspectives:" section, so that the
// report can set each perspective's view beside the consensus:
//
//	perspectives:
//	  min_group: 3
//	  groups:
//	    refugee:
//	      raters: 3
//	      answers:
//	        KA1-01: "no"
//	    staff:
//	      raters: 4
//	      answers:
//	        KA1-01: "yes"
//	  too_small: [partner]
//	  without_perspective: 1
//
// Only perspectives with at least MinGroup raters are recorded with their
// answers. Of a smaller group the file says only that it was too small:
// neither its answers nor how many raters it had, so that one refugee's
// answers cannot be read off "the refugees' view".
type PerspectiveGroups struct {
	// MinGroup is the smallest number of raters a perspective needs to be
	// recorded on its own ('scorecard merge --min-group').
	MinGroup int
	// Groups are the perspectives recorded, in the order of
	// Perspectives(): refugees first.
	Groups []PerspectiveGroup
	// TooSmall are the perspectives that had raters, but fewer than
	// MinGroup: their answers count in the consensus only. In the order
	// of Perspectives().
	TooSmall []Perspective
	// WithoutPerspective is the number of raters whose files gave no
	// perspective; their answers count in the consensus only.
	WithoutPerspective int
}

// PerspectiveGroup is the view of the raters who answered from one
// perspective.
type PerspectiveGroup struct {
	Perspective Perspective
	// Raters is how many raters answered from the perspective.
	Raters int
	// Answers are the group's answers by item id: per item, the median of
	// its raters' answers, as the consensus is made ('na' when most of
	// them said so). An item none of them answered has none.
	Answers map[string]string
}

// Group returns the group of a perspective, or nil when it is not
// recorded.
func (pg *PerspectiveGroups) Group(p Perspective) *PerspectiveGroup {
	for i := range pg.Groups {
		if pg.Groups[i].Perspective == p {
			return &pg.Groups[i]
		}
	}
	return nil
}

var perspectivesKeys = []string{"min_group", "groups", "too_small", "without_perspective"}

// perspectives reads the "perspectives:" section of a merged file.
func (l *answerLoader) perspectives(n *yaml.Node) {
	if isNull(n) {
		return
	}
	pg := &PerspectiveGroups{}
	var groups, tooSmall *yaml.Node
	minGroupSeen := false
	for _, kv := range l.mapping(n, keyPath("perspectives")) {
		k, v := kv[0], kv[1]
		switch k.Value {
		case "min_group":
			pg.MinGroup, minGroupSeen = l.count(v, "perspectives.min_group", 1)
		case "groups":
			groups = v
		case "too_small":
			tooSmall = v
		case "without_perspective":
			pg.WithoutPerspective, _ = l.count(v, "perspectives.without_perspective", 0)
		default:
			l.errorf(nodePos(k), "unknown key %q in perspectives (expected %s)", k.Value, strings.Join(perspectivesKeys, ", "))
		}
	}
	if !minGroupSeen {
		l.errorf(nodePos(n), "perspectives has no \"min_group\": add the smallest number of raters a perspective needs to be shown, such as min_group: 3")
	}
	if groups != nil {
		l.perspectiveGroups(groups, pg)
	}
	if tooSmall != nil {
		for _, c := range l.list(tooSmall, keyPath("perspectives.too_small")) {
			p, ok := l.perspectiveName(c, "perspectives.too_small")
			if !ok {
				continue
			}
			switch {
			case pg.Group(p) != nil:
				l.errorf(nodePos(c), "%s is both among perspectives.groups and in perspectives.too_small; keep it in one", p)
			case slices.Contains(pg.TooSmall, p):
				l.errorf(nodePos(c), "%s is named twice in perspectives.too_small; keep only one", p)
			default:
				pg.TooSmall = append(pg.TooSmall, p)
			}
		}
	}
	order := func(p Perspective) int { return slices.Index(Perspectives(), p) }
	slices.SortStableFunc(pg.Groups, func(a, b PerspectiveGroup) int { return order(a.Perspective) - order(b.Perspective) })
	slices.SortStableFunc(pg.TooSmall, func(a, b Perspective) int { return order(a) - order(b) })
	l.af.Perspectives = pg
}

// perspectiveGroups reads perspectives.groups: per perspective, its
// number of raters and its answers.
func (l *answerLoader) perspectiveGroups(n *yaml.Node, pg *PerspectiveGroups) {
	for _, kv := range l.mapping(n, keyPath("perspectives.groups")) {
		k, v := kv[0], kv[1]
		p, ok := l.perspectiveName(k, "perspectives.groups")
		if !ok {
			continue
		}
		if pg.Group(p) != nil {
			l.errorf(nodePos(k), "perspective %s is given twice in perspectives.groups; keep only one", p)
			continue
		}
		g := PerspectiveGroup{Perspective: p, Answers: map[string]string{}}
		what := "perspectives.groups." + string(p)
		ratersGiven := false
		for _, f := range l.mapping(v, keyPath(what)) {
			fk, fv := f[0], f[1]
			switch fk.Value {
			case "raters":
				ratersGiven = true
				n, ok := l.count(fv, what+".raters", 1)
				g.Raters = n
				if ok && pg.MinGroup > 0 && n < pg.MinGroup {
					l.errorf(nodePos(fv), "%s has %s raters, fewer than min_group (%s): a group that small is not shown on its own; remove it, or name it under too_small", what, strconv.Itoa(g.Raters), strconv.Itoa(pg.MinGroup))
				}
			case "answers":
				l.groupAnswers(fv, what, g.Answers)
			default:
				l.errorf(nodePos(fk), "unknown key %q in %s (expected raters, answers)", fk.Value, what)
			}
		}
		if !ratersGiven && (v.Kind == yaml.MappingNode || isNull(v)) {
			l.errorf(nodePos(v), "%s has no \"raters\": add how many raters answered from this perspective", what)
		}
		pg.Groups = append(pg.Groups, g)
	}
}

// groupAnswers reads a perspective's answers: item ids and scale values.
func (l *answerLoader) groupAnswers(n *yaml.Node, what string, into map[string]string) {
	for _, kv := range l.mapping(n, keyPath(what+".answers")) {
		k, v := kv[0], kv[1]
		it := l.fw.Item(k.Value)
		if it == nil {
			l.errorf(nodePos(k), "unknown item %q in %s.answers%s", k.Value, what, l.idHint(k.Value))
			continue
		}
		if isNull(v) {
			continue
		}
		if v.Kind != yaml.ScalarNode {
			l.errorf(nodePos(v), "the answer to %s in %s must be %s, found %s", it.ID, what, l.fw.ValueList(), kindName(v))
			continue
		}
		sv, ok := l.fw.ParseAnswer(v.Value)
		if !ok {
			l.errorf(nodePos(v), "invalid answer %q to %s in %s: use %s", v.Value, it.ID, what, l.fw.ValueList())
			continue
		}
		into[it.ID] = sv.Value
	}
}

// perspectiveName reads a perspective named as a key or a list entry.
func (l *answerLoader) perspectiveName(n *yaml.Node, what string) (Perspective, bool) {
	s := l.text(n, keyPath(what))
	p, ok := ParsePerspective(s)
	if !ok {
		l.errorf(nodePos(n), "unknown perspective %q in %s: use %s", s, what, locale.Or(PerspectiveValues()...))
	}
	return p, ok
}

// count reads a whole number of at least min, written as a number.
func (l *answerLoader) count(n *yaml.Node, what string, min int) (int, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
		if v, err := strconv.Atoi(strings.TrimSpace(n.Value)); err == nil && v >= min {
			return v, true
		}
	}
	l.errorf(nodePos(n), "%s must be a whole number of at least %s, found %s", what, strconv.Itoa(min), kindName(n))
	return 0, false
}

// perspectivesNode writes what a merged file records of its raters'
// perspectives.
func perspectivesNode(fw *Framework, pg *PerspectiveGroups) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	m.HeadComment = "Each perspective's answers: per item, the median of its raters' answers, as for the consensus.\n" +
		"A perspective with fewer than min_group raters is only named under too_small."
	num := func(v int) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)} }
	add := func(m *yaml.Node, key string, v *yaml.Node) { m.Content = append(m.Content, str(key), v) }
	add(m, "min_group", num(pg.MinGroup))
	if len(pg.Groups) > 0 {
		groups := &yaml.Node{Kind: yaml.MappingNode}
		for _, g := range pg.Groups {
			gm := &yaml.Node{Kind: yaml.MappingNode}
			add(gm, "raters", num(g.Raters))
			answers := &yaml.Node{Kind: yaml.MappingNode}
			for _, it := range fw.Items() {
				if v, ok := g.Answers[it.ID]; ok {
					add(answers, it.ID, QuotedNode(v))
				}
			}
			if len(answers.Content) == 0 {
				answers.Style = yaml.FlowStyle
			}
			add(gm, "answers", answers)
			add(groups, string(g.Perspective), gm)
		}
		add(m, "groups", groups)
	}
	if len(pg.TooSmall) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, p := range pg.TooSmall {
			seq.Content = append(seq.Content, str(string(p)))
		}
		add(m, "too_small", seq)
	}
	if pg.WithoutPerspective > 0 {
		add(m, "without_perspective", num(pg.WithoutPerspective))
	}
	return m
}
