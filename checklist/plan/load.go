package plan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"go.yaml.in/yaml/v3"
)

// The keys of a plan file, in the order they are written.
var (
	topKeys    = []string{"plan", "framework", "practice", "assessment", "assessed_on", "actions"}
	actionKeys = []string{"items", "action", "owner", "due", "status", "target", "note"}
)

// LoadFile reads and loads a plan file from disk.
func LoadFile(path string, pick checklist.FrameworkPicker, p *locale.Printer) (*Plan, error) {
	b, err := checklist.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Load(path, b, pick, p)
}

// Load parses and checks a plan file, as strictly as an answer file:
// unknown keys, unknown items, a bad status, date or target are errors.
// On failure the error is a checklist.Problems listing every error with
// its line and column; warnings are kept in the plan. p gives the
// messages their words.
func Load(name string, b []byte, pick checklist.FrameworkPicker, p *locale.Printer) (*Plan, error) {
	root, probs := checklist.ParseDocument(name, b)
	if root == nil {
		return nil, probs.Err()
	}
	l := &loader{file: name, p: p, plan: &Plan{Path: name}}
	if !l.noAliases(root) {
		return nil, l.probs.Err()
	}
	l.load(root, pick)
	if err := l.probs.Err(); err != nil {
		return nil, err
	}
	l.plan.Warnings = l.probs.Warnings()
	l.plan.Warnings.Sort()
	return l.plan, nil
}

type loader struct {
	file  string
	p     *locale.Printer
	probs checklist.Problems
	plan  *Plan
	fw    *checklist.Framework
}

func (l *loader) add(n *yaml.Node, warning bool, format string, args ...any) {
	l.probs = append(l.probs, checklist.Problem{File: l.file, Line: n.Line, Column: n.Column, Warning: warning, Message: l.p.Sprintf(format, args...)})
}

func (l *loader) errorf(n *yaml.Node, format string, args ...any) { l.add(n, false, format, args...) }
func (l *loader) warnf(n *yaml.Node, format string, args ...any)  { l.add(n, true, format, args...) }

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// describe says what a node is, for "found …" in messages.
func (l *loader) describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return l.p.Sprintf("a mapping")
	case n.Kind == yaml.SequenceNode:
		return l.p.Sprintf("a list")
	case isNull(n):
		return l.p.Sprintf("nothing")
	case n.Kind == yaml.ScalarNode:
		return strconv.Quote(n.Value)
	}
	return l.p.Sprintf("an alias")
}

// noAliases refuses YAML aliases anywhere in the file, before anything
// else is checked: a plan has no use for them, and refusing them keeps a
// hostile file from expanding.
func (l *loader) noAliases(n *yaml.Node) bool {
	ok := true
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.AliasNode {
			l.errorf(n, "YAML aliases (*name) are not allowed in a plan file; write the value out")
			ok = false
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	return ok
}

// pairs returns the key/value pairs of a mapping, reporting duplicate
// keys, keys that are not text and aliases.
func (l *loader) pairs(n *yaml.Node, what string) [][2]*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "%s must be a mapping of keys to values, found %s", what, l.describe(n))
		return nil
	}
	seen := map[string]int{}
	var out [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			l.errorf(k, "expected a key in %s, found %s", what, l.describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			l.errorf(k, "duplicate key %q in %s (first given on line %s); keep only one", k.Value, what, strconv.Itoa(first))
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, [2]*yaml.Node{k, v})
	}
	return out
}

// text returns a scalar's text, cleaned of control characters, or
// reports what it found instead.
func (l *loader) text(n *yaml.Node, what string) string {
	if isNull(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		l.errorf(n, "%s must be text, found %s", what, l.describe(n))
		return ""
	}
	clean, warning := checklist.CleanTextWarning(n.Value, what)
	if warning != nil {
		l.probs = append(l.probs, checklist.Problem{File: l.file, Line: n.Line, Column: n.Column, Warning: true, Text: *warning})
	}
	return strings.TrimSpace(clean)
}

// date reads an optional YYYY-MM-DD date.
func (l *loader) date(n *yaml.Node, what string) string {
	s := l.text(n, what)
	if s == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		l.errorf(n, "%s %q is not a valid date: write it as YYYY-MM-DD, such as 2027-03-31", what, s)
		return ""
	}
	return s
}

func (l *loader) load(root *yaml.Node, pick checklist.FrameworkPicker) {
	top := map[string]*yaml.Node{}
	for _, kv := range l.pairs(root, l.p.Sprintf("the plan")) {
		k := kv[0].Value
		if !slices.Contains(topKeys, k) {
			l.errorf(kv[0], "unknown key %q at the top of the plan (expected one of: %s)", k, strings.Join(topKeys, ", "))
			continue
		}
		top[k] = kv[1]
	}
	version := fmt.Sprint(FormatVersion)
	switch v, ok := top["plan"]; {
	case !ok:
		l.errorf(root, "missing \"plan: %s\": add it as the first line so scorecard knows the file is an action plan", version)
	case v.Kind != yaml.ScalarNode || v.Value != version:
		l.errorf(v, "unsupported plan format %s: this scorecard reads \"plan: %s\"", l.describe(v), version)
	}
	if n, ok := top["framework"]; !ok {
		l.errorf(root, "missing \"framework\": name the framework of the assessment, such as \"framework: %s\"", checklist.DefaultFramework)
	} else if id := l.text(n, "framework"); id == "" {
		l.errorf(n, "\"framework\" is empty: name the framework of the assessment, such as %q", checklist.DefaultFramework)
	} else if fw, err := pick(id); err != nil {
		l.errorf(n, "%v", err)
	} else {
		l.fw = fw
	}
	l.plan.Framework = l.fw
	if n, ok := top["practice"]; !ok {
		l.errorf(root, "missing \"practice\": give the name of the practice the plan is for")
	} else if l.plan.Practice = l.text(n, "practice"); l.plan.Practice == "" {
		l.errorf(n, "\"practice\" is empty: give the name of the practice the plan is for")
	}
	if n, ok := top["assessment"]; !ok {
		l.errorf(root, "missing \"assessment\": name the answer file the plan was made from, such as \"assessment: welcome-bureau.yaml\"")
	} else if l.plan.Assessment = l.text(n, "assessment"); l.plan.Assessment == "" {
		l.errorf(n, "\"assessment\" is empty: name the answer file the plan was made from")
	} else {
		l.plan.AssessmentPos = checklist.NodePos(n)
	}
	if n, ok := top["assessed_on"]; ok {
		l.plan.AssessedOn = l.date(n, "assessed_on")
	}
	if l.fw == nil {
		return // Without the framework, items and targets cannot be checked.
	}
	n, ok := top["actions"]
	if !ok {
		l.errorf(root, "missing \"actions\": list the plan's actions (%s writes them for you)", "scorecard plan FILE")
		return
	}
	l.actions(n)
}

func (l *loader) actions(n *yaml.Node) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "actions must be a list, found %s", l.describe(n))
		return
	}
	inAction := map[string]int{} // item id → the first action it is in
	for i, c := range n.Content {
		a := l.action(c, i+1)
		if a == nil {
			continue
		}
		for _, it := range a.Items {
			if first, dup := inAction[it.ID]; dup {
				l.warnf(c, "%s is also in action %d; the higher target counts", it.ID, first)
				continue
			}
			inAction[it.ID] = i + 1
		}
		l.plan.Actions = append(l.plan.Actions, a)
	}
}

// action reads one action; number counts from 1, for messages.
func (l *loader) action(n *yaml.Node, number int) *Action {
	what := l.p.Sprintf("action %d", number)
	if isNull(n) || n.Kind != yaml.MappingNode {
		l.errorf(n, "%s must be a mapping with items, action, owner, due, status, target and note; found %s", what, l.describe(n))
		return nil
	}
	a := &Action{Status: Planned, Target: TopValue(l.fw), Pos: checklist.NodePos(n)}
	listed, hasAction := 0, false
	for _, kv := range l.pairs(n, what) {
		k, v := kv[0], kv[1]
		switch k.Value {
		case "items":
			a.Items, listed = l.items(v, what)
		case "action":
			hasAction = true
			a.Action = l.text(v, l.p.Sprintf("the action of %s", what))
		case "owner":
			a.Owner = l.text(v, l.p.Sprintf("the owner of %s", what))
		case "due":
			a.Due = l.date(v, l.p.Sprintf("the due date of %s", what))
		case "status":
			a.Status = l.status(v, what)
		case "target":
			a.Target = l.target(v, what)
		case "note":
			a.Note = l.text(v, l.p.Sprintf("the note of %s", what))
		default:
			l.errorf(k, "unknown key %q in %s (expected one of: %s)", k.Value, what, strings.Join(actionKeys, ", "))
		}
	}
	if listed == 0 {
		l.errorf(n, "%s has no items: list the ids of the questions it is about, such as items: [KA4-03]", what)
	}
	if !hasAction || a.Action == "" {
		l.errorf(n, "%s does not say what will be done: add action: followed by the step to take", what)
	}
	return a
}

// items reads the ids of an action's items: a list, or one id. It also
// returns how many were listed, valid or not, so that an action whose
// every id is wrong is not also said to have none.
func (l *loader) items(n *yaml.Node, what string) ([]*checklist.Item, int) {
	var nodes []*yaml.Node
	switch {
	case isNull(n):
		return nil, 0
	case n.Kind == yaml.ScalarNode:
		nodes = []*yaml.Node{n}
	case n.Kind == yaml.SequenceNode:
		nodes = n.Content
	default:
		l.errorf(n, "the items of %s must be a list of ids, found %s", what, l.describe(n))
		return nil, 1
	}
	var out []*checklist.Item
	for _, c := range nodes {
		id := l.text(c, l.p.Sprintf("an item of %s", what))
		if id == "" {
			l.errorf(c, "empty item in %s; remove it or write an id such as KA4-03", what)
			continue
		}
		it := l.fw.Item(id)
		if it == nil {
			it = l.fw.Item(strings.ToUpper(id))
		}
		if it == nil {
			l.errorf(c, "unknown item %q in %s%s", id, what, checklist.UnknownItemHint(l.fw, id))
			continue
		}
		if slices.Contains(out, it) {
			l.errorf(c, "%s is listed twice in %s; keep it once", it.ID, what)
			continue
		}
		out = append(out, it)
	}
	return out, len(nodes)
}

func (l *loader) status(n *yaml.Node, what string) Status {
	s := l.text(n, l.p.Sprintf("the status of %s", what))
	if s == "" {
		return Planned
	}
	for _, st := range Statuses() {
		if strings.EqualFold(s, string(st)) {
			return st
		}
	}
	l.errorf(n, "unknown status %q in %s: use %s", s, what, locale.Or(statusValues()...).Localize(l.p))
	return Planned
}

func statusValues() []string {
	var out []string
	for _, s := range Statuses() {
		out = append(out, string(s))
	}
	return out
}

// target reads the answer an action aims for: a scored value above the
// bottom of the scale; empty means the top.
func (l *loader) target(n *yaml.Node, what string) *checklist.ScaleValue {
	top := TopValue(l.fw)
	s := l.text(n, l.p.Sprintf("the target of %s", what))
	if s == "" {
		return top
	}
	var allowed []string
	for _, v := range Targets(l.fw) {
		allowed = append(allowed, v.Value)
	}
	use := locale.Or(allowed...).Localize(l.p)
	v, ok := l.fw.ParseAnswer(s)
	switch {
	case !ok:
		l.errorf(n, "unknown target %q in %s: use %s", s, what, use)
	case v.Unknown:
		l.errorf(n, "the target of %s is %q, an answer that says nothing is known: an action aims for an answer that counts; use %s", what, s, use)
	case v.NA || v.Score == nil:
		l.errorf(n, "the target of %s is %q, not applicable: an action aims for an answer that counts; use %s", what, s, use)
	case !slices.Contains(Targets(l.fw), v):
		l.errorf(n, "the target of %s is %q, the bottom of the scale: aim for %s", what, s, use)
	default:
		return v
	}
	return top
}
