package checklist

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// FormatVersion is the version of the answer-file format this scorecard
// reads and writes (the "scorecard:" key).
const FormatVersion = 1

// AnswerFile is one assessment of one practice: who assessed what, and the
// answers and notes they gave.
type AnswerFile struct {
	Path      string // where it was read from, for messages
	Framework *Framework
	Practice  Practice
	// Route is the answer to the framework's routing question, if it has
	// one: the value of the option chosen, or "" when not answered.
	Route string
	// Perspective is the point of view the rater answers from, as the
	// optional "perspective:" records it; "" when the file does not say.
	Perspective Perspective
	// Scope is the part of the framework chosen for this assessment, as
	// recorded in the file's optional "scope:" (only its Sections and
	// Areas are set); nil when the file does not record one.
	Scope *Scope
	// Source says where the answers came from when they were imported
	// from a field form (the optional "source:"); nil otherwise.
	Source *Source
	// Sections lists the answer sections that appear in the file, even
	// empty; completeness is judged over these.
	Sections []Section
	Answers  map[string]Answer // by item id
	Notes    map[string]string // by key-area or dimension id, or "quick_scan"
	// Disagreements are the items on which the raters of a merged file
	// gave answers more than one step apart, as 'scorecard merge' records
	// them in the optional "disagreements:" section; in framework order.
	Disagreements []Disagreement
	// Perspectives is what 'scorecard merge' records, in the optional
	// "perspectives:" section, of the perspectives its raters answered
	// from: each one's answers when enough raters shared it. Nil when the
	// file is not a merge of raters who gave perspectives.
	Perspectives *PerspectiveGroups
	// Warnings are problems that did not stop the file from loading, such
	// as answers to items that do not apply to the organisation type.
	Warnings Problems
	// Head is the block of comment lines at the top of the file as read
	// (an editor's "# yaml-language-server: $schema=..." line, a note),
	// which WriteAnswers writes back in place of its own; "" when none.
	Head string
}

// Practice describes the practice or service that was assessed.
type Practice struct {
	Name             string
	Organisation     string
	OrganisationType string
	Country          string
	AssessedOn       string // YYYY-MM-DD, or ""
	Assessors        []string
	RefugeesInvolved *bool
}

// Source records where an imported answer file came from.
type Source struct {
	// Submission is the id of the form submission the answers were
	// imported from (KoboToolbox's _uuid, ODK's meta/instanceID, without
	// the "uuid:" prefix), so that importing the same export again can
	// skip it.
	Submission string
}

// Answer is the answer given to one item.
type Answer struct {
	Value    string // a scale value, as the framework spells it
	Note     string
	Evidence string
	Pos      Pos
}

// Answer returns the answer to an item and whether there is one.
func (af *AnswerFile) Answer(id string) (Answer, bool) {
	a, ok := af.Answers[id]
	return a, ok
}

// Applies reports whether an item is part of this assessment: it applies
// to the organisation type, and its key area is on the route taken.
func (af *AnswerFile) Applies(it *Item) bool {
	if !it.AppliesToType(af.Practice.OrganisationType) {
		return false
	}
	return af.OnRoute(it)
}

// OnRoute reports whether an item's key area is on the route taken (items
// outside key areas always are, and every area is when no route was
// chosen).
func (af *AnswerFile) OnRoute(it *Item) bool {
	if af.Route == "" || it.Area() == nil {
		return true
	}
	o := af.Framework.Route(af.Route)
	return o == nil || o.HasArea(it.Area().ID)
}

// UsesSection reports whether the file has the given answer section.
func (af *AnswerFile) UsesSection(s Section) bool { return slices.Contains(af.Sections, s) }

// NotesKeyQuickScan is the key of the quick scan's note in the "notes"
// section.
const NotesKeyQuickScan = "quick_scan"

// FrameworkPicker returns the framework that an answer file names. It is
// how LoadAnswers learns about frameworks without knowing where they come
// from (the embedded ones, or a --framework file).
type FrameworkPicker func(id string) (*Framework, error)

var topLevelKeys = []string{"scorecard", "framework", "practice", "perspective", "route", "scope", "source", "checklist", "quick_scan", "indicators", "notes", "disagreements", "perspectives"}

// LoadAnswers parses and checks an answer file. On failure the error is a
// Problems listing every error with its line and column; warnings are
// kept in the returned file.
func LoadAnswers(name string, b []byte, pick FrameworkPicker) (*AnswerFile, error) {
	var probs Problems
	root := parseDocument(name, b, &probs)
	if root == nil {
		return nil, probs.Err()
	}
	l := &answerLoader{
		decoder: decoder{file: name, probs: &probs},
		af:      &AnswerFile{Path: name, Answers: map[string]Answer{}, Notes: map[string]string{}},
	}
	l.load(root, pick)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	l.af.Warnings = probs.Warnings()
	l.af.Warnings.Sort()
	l.af.Head = leadingComments(b)
	return l.af, nil
}

// LoadAnswersFile reads and loads an answer file from disk.
func LoadAnswersFile(path string, pick FrameworkPicker) (*AnswerFile, error) {
	b, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return LoadAnswers(path, b, pick)
}

type answerLoader struct {
	decoder
	af *AnswerFile
	fw *Framework
}

func (l *answerLoader) warnf(p Pos, format string, args ...any) {
	l.probs.add(l.file, p, true, format, args...)
}

// mapping returns the key/value pairs of a mapping node, reporting
// duplicate keys and keys that are not scalars.
func (l *answerLoader) mapping(n *yaml.Node, what locale.Msg) [][2]*yaml.Node {
	n = l.resolve(n)
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		l.errorf(nodePos(n), "%s must be a mapping of keys to values, found %s", what, kindName(n))
		return nil
	}
	// Small mappings (an answer with a note) are checked for duplicate
	// keys by scanning; only large ones (a section) get a map.
	var seen map[string]int
	if len(n.Content) > 16 {
		seen = make(map[string]int, len(n.Content)/2)
	}
	pairs := make([][2]*yaml.Node, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			l.errorf(nodePos(k), "expected a key in %s, found %s", what, kindName(k))
			continue
		}
		if first, dup := firstKey(seen, n.Content[:i], k.Value); dup {
			l.errorf(nodePos(k), "duplicate key %q in %s (first given on line %s); keep only one", k.Value, what, strconv.Itoa(first))
			continue
		}
		if seen != nil {
			seen[k.Value] = k.Line
		}
		if v = l.resolve(v); v == nil {
			continue
		}
		pairs = append(pairs, [2]*yaml.Node{k, v})
	}
	return pairs
}

// firstKey finds an earlier key with the same name, in seen when there
// is a map, else among the earlier key/value nodes.
func firstKey(seen map[string]int, earlier []*yaml.Node, key string) (int, bool) {
	if seen != nil {
		line, ok := seen[key]
		return line, ok
	}
	for i := 0; i+1 < len(earlier); i += 2 {
		if k := earlier[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			return k.Line, true
		}
	}
	return 0, false
}

// text returns the text of a scalar, cleaned (see CleanText), or
// reports what it found instead.
func (l *answerLoader) text(n *yaml.Node, what locale.Msg) string {
	if isNull(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		l.errorf(nodePos(n), "%s must be text, found %s", what, kindName(n))
		return ""
	}
	clean, warning := CleanTextWarning(n.Value, what)
	if warning != nil {
		at := nodePos(n)
		*l.probs = append(*l.probs, Problem{File: l.file, Line: at.Line, Column: at.Column, Warning: true, Text: *warning})
	}
	return clean
}

func (l *answerLoader) load(root *yaml.Node, pick FrameworkPicker) {
	if isPlanFile(root) {
		l.errorf(nodePos(root), "this is an action plan, not an answer file: show it with 'scorecard plan show %s'", CleanText(l.file))
		return
	}
	top := map[string][2]*yaml.Node{}
	for _, kv := range l.mapping(root, locale.M("the file")) {
		k := kv[0].Value
		if !slices.Contains(topLevelKeys, k) {
			l.errorf(nodePos(kv[0]), "unknown key %q at the top of the file (expected one of: %s)", k, strings.Join(topLevelKeys, ", "))
			continue
		}
		top[k] = kv
	}

	version, ok := top["scorecard"]
	switch {
	case !ok:
		l.errorf(nodePos(root), "missing \"scorecard: %d\": add it as the first line so scorecard knows the file's format", FormatVersion)
	case version[1].Kind != yaml.ScalarNode || version[1].Value != fmt.Sprint(FormatVersion):
		l.errorf(nodePos(version[1]), "unsupported format version %s: this scorecard reads \"scorecard: %d\"", kindName(version[1]), FormatVersion)
	}

	fwKV, ok := top["framework"]
	if !ok {
		l.errorf(nodePos(root), "missing \"framework\": name the framework the answers are for, such as \"framework: %s\"", DefaultFramework)
	} else if id := l.text(fwKV[1], keyPath("framework")); id == "" {
		l.errorf(nodePos(fwKV[1]), "\"framework\" is empty: name the framework the answers are for, such as %q", DefaultFramework)
	} else {
		fw, err := pick(id)
		if err != nil {
			l.errorf(nodePos(fwKV[1]), "%v", err)
		}
		l.fw = fw
	}
	l.af.Framework = l.fw

	if kv, ok := top["practice"]; ok {
		l.practice(kv[1])
	} else {
		l.errorf(nodePos(root), "missing \"practice\" with at least its \"name\"")
	}
	if kv, ok := top["perspective"]; ok {
		l.perspective(kv[1])
	}
	if l.fw == nil {
		return // Without the framework, ids and values cannot be checked.
	}
	if kv, ok := top["route"]; ok {
		l.route(kv[1])
	}
	if kv, ok := top["scope"]; ok {
		l.scope(kv[1])
	}
	if kv, ok := top["source"]; ok {
		l.source(kv[1])
	}
	for _, s := range Sections {
		if kv, ok := top[string(s)]; ok {
			l.af.Sections = append(l.af.Sections, s)
			l.section(s, kv[1])
		}
	}
	if kv, ok := top["notes"]; ok {
		l.notes(kv[1])
	}
	if kv, ok := top["disagreements"]; ok {
		l.disagreements(kv[1])
	}
	if kv, ok := top["perspectives"]; ok {
		l.perspectives(kv[1])
	}
}

var practiceKeys = []string{"name", "organisation", "organisation_type", "country", "assessed_on", "assessors", "refugees_involved"}

func (l *answerLoader) practice(n *yaml.Node) {
	p := &l.af.Practice
	named := false
	for _, kv := range l.mapping(n, keyPath("practice")) {
		k, v := kv[0], kv[1]
		what := keyPath("practice." + k.Value)
		switch k.Value {
		case "name":
			p.Name = strings.TrimSpace(l.text(v, what))
			named = true
			if p.Name == "" {
				l.errorf(nodePos(v), "practice.name is empty: write the name of the practice or service you assess")
			}
		case "organisation":
			p.Organisation = l.text(v, what)
		case "organisation_type":
			p.OrganisationType = l.text(v, what)
			if p.OrganisationType != "" && l.fw != nil && l.fw.OrganisationType(p.OrganisationType) == nil {
				l.errorf(nodePos(v), "unknown organisation type %q (use one of: %s, or leave it out)", p.OrganisationType, strings.Join(orgTypeIDs(l.fw), ", "))
				p.OrganisationType = ""
			}
		case "country":
			p.Country = l.text(v, what)
		case "assessed_on":
			p.AssessedOn = l.text(v, what)
			if p.AssessedOn != "" {
				if _, err := time.Parse(time.DateOnly, p.AssessedOn); err != nil {
					l.errorf(nodePos(v), "practice.assessed_on %q is not a valid date: write it as YYYY-MM-DD, such as 2026-11-20", p.AssessedOn)
				}
			}
		case "assessors":
			p.Assessors = l.assessors(v)
		case "refugees_involved":
			if isNull(v) {
				continue
			}
			switch strings.ToLower(v.Value) {
			case "true", "yes":
				t := true
				p.RefugeesInvolved = &t
			case "false", "no":
				f := false
				p.RefugeesInvolved = &f
			default:
				l.errorf(nodePos(v), "practice.refugees_involved must be true or false, found %s", kindName(v))
			}
		default:
			l.errorf(nodePos(k), "unknown key %q in practice (expected one of: %s)", k.Value, strings.Join(practiceKeys, ", "))
		}
	}
	if !named {
		l.errorf(nodePos(n), "practice has no \"name\": add the name of the practice or service you assess")
	}
}

// assessors accepts a list of names, or one name on its own.
func (l *answerLoader) assessors(n *yaml.Node) []string {
	switch {
	case isNull(n):
		return nil
	case n.Kind == yaml.ScalarNode:
		if s := strings.TrimSpace(l.text(n, keyPath("practice.assessors"))); s != "" {
			return []string{s}
		}
		return nil
	case n.Kind != yaml.SequenceNode:
		l.errorf(nodePos(n), "practice.assessors must be a list of names, found %s", kindName(n))
		return nil
	}
	var names []string
	for _, c := range n.Content {
		if c = l.resolve(c); c == nil {
			continue
		}
		if s := strings.TrimSpace(l.text(c, locale.M("an assessor's name"))); s != "" {
			names = append(names, s)
		}
	}
	return names
}

func (l *answerLoader) section(s Section, n *yaml.Node) {
	for _, kv := range l.mapping(n, keyPath(string(s))) {
		k, v := kv[0], kv[1]
		it := l.fw.Item(k.Value)
		if it == nil {
			l.errorf(nodePos(k), "unknown item %q%s", k.Value, l.idHint(k.Value))
			continue
		}
		if it.Section() != s {
			l.errorf(nodePos(k), "%s is %s, not %s; move it under \"%s:\"", it.ID, sectionNoun(it.Section()), sectionNoun(s), string(it.Section()))
			continue
		}
		a, ok := l.answer(it, v)
		if !ok {
			continue
		}
		if !it.AppliesToType(l.af.Practice.OrganisationType) {
			l.warnf(nodePos(k), "%s does not apply to organisation type %q, so its answer is ignored", it.ID, l.af.Practice.OrganisationType)
			continue
		}
		if !l.af.OnRoute(it) {
			l.warnf(nodePos(k), "%s is not on the route %q, so its answer is ignored", it.ID, l.af.Route)
			continue
		}
		l.af.Answers[it.ID] = a
	}
}

// sectionNoun names the kind of item a section holds.
func sectionNoun(s Section) locale.Msg {
	switch s {
	case SectionChecklist:
		return locale.M("a key-area checklist item")
	case SectionQuickScan:
		return locale.M("a quick-scan item")
	case SectionIndicators:
		return locale.M("a quality indicator")
	}
	return keyPath(string(s))
}

// keyPath names a place in a file by its keys ("practice.name"), in
// messages that otherwise name it in words.
func keyPath(path string) locale.Msg { return locale.M("%s", path) }

// answer reads an answer: a scale value, or a mapping with "answer" and
// optional "note" and "evidence". An empty value means unanswered.
func (l *answerLoader) answer(it *Item, n *yaml.Node) (Answer, bool) {
	a := Answer{Pos: nodePos(n)}
	var valueNode *yaml.Node
	switch n.Kind {
	case yaml.ScalarNode:
		if isNull(n) {
			return a, false
		}
		valueNode = n
	case yaml.MappingNode:
		for _, kv := range l.mapping(n, keyPath(it.ID)) {
			k, v := kv[0], kv[1]
			switch k.Value {
			case "answer":
				valueNode = v
			case "note":
				a.Note = strings.TrimSpace(l.text(v, locale.M("the note on %s", it.ID)))
			case "evidence":
				a.Evidence = strings.TrimSpace(l.text(v, locale.M("the evidence for %s", it.ID)))
			default:
				l.errorf(nodePos(k), "unknown key %q in the answer to %s (expected answer, note, evidence)", k.Value, it.ID)
			}
		}
		if valueNode == nil || isNull(valueNode) {
			if valueNode == nil {
				valueNode = n
			}
			if a.Note == "" && a.Evidence == "" {
				return a, false
			}
			l.errorf(nodePos(valueNode), "the answer to %s has a note but no \"answer\": add answer: %s", it.ID, l.fw.ValueList())
			return a, false
		}
	default:
		l.errorf(nodePos(n), "the answer to %s must be %s, or a mapping with \"answer\", \"note\" and \"evidence\"; found %s", it.ID, l.fw.ValueList(), kindName(n))
		return a, false
	}
	if valueNode.Kind != yaml.ScalarNode {
		l.errorf(nodePos(valueNode), "the answer to %s must be %s, found %s", it.ID, l.fw.ValueList(), kindName(valueNode))
		return a, false
	}
	v, ok := l.fw.ParseAnswer(valueNode.Value)
	if !ok {
		l.errorf(nodePos(valueNode), "invalid answer %q to %s: use %s", valueNode.Value, it.ID, l.fw.ValueList())
		return a, false
	}
	a.Value = v.Value
	a.Pos = nodePos(valueNode)
	return a, true
}

// idHint helps with an unknown id: the range of ids of the area or
// dimension it seems to belong to.
func (l *answerLoader) idHint(id string) locale.Msg {
	for _, a := range l.fw.KeyAreas {
		if strings.HasPrefix(id, a.ID+"-") && len(a.Items()) > 0 {
			items := a.Items()
			return locale.M(" (key area %s has items %s to %s)", a.ID, items[0].ID, items[len(items)-1].ID)
		}
	}
	for _, d := range l.fw.Dimensions {
		if strings.HasPrefix(id, d.ID+"-") && len(d.Indicators()) > 0 {
			items := d.Indicators()
			return locale.M(" (dimension %s has indicators %s to %s)", d.ID, items[0].ID, items[len(items)-1].ID)
		}
	}
	if qs := l.fw.ItemsIn(SectionQuickScan); len(qs) > 0 && strings.HasPrefix(id, strings.SplitN(qs[0].ID, "-", 2)[0]+"-") {
		return locale.M(" (the quick scan has items %s to %s)", qs[0].ID, qs[len(qs)-1].ID)
	}
	return locale.M(" in framework %s ('scorecard framework list' shows the ids)", l.fw.ID)
}

func (l *answerLoader) route(n *yaml.Node) {
	value := l.text(n, keyPath("route"))
	if value == "" {
		return
	}
	r := l.fw.Routing
	if r == nil {
		l.errorf(nodePos(n), "framework %s has no routing question; remove \"route\"", l.fw.ID)
		return
	}
	o := l.fw.Route(value)
	if o == nil {
		var values []string
		for _, o := range r.Options {
			values = append(values, o.Value)
		}
		l.errorf(nodePos(n), "unknown route %q (use %s)", value, locale.Or(values...))
		return
	}
	l.af.Route = o.Value
}

// scope reads the part of the framework chosen for the assessment:
//
//	scope:
//	  sections: [checklist, quick_scan]
//	  key_areas: [KA1, KA4]
//
// A missing list means all (every section, every key area).
func (l *answerLoader) scope(n *yaml.Node) {
	if isNull(n) {
		return
	}
	sc := &Scope{}
	for _, kv := range l.mapping(n, keyPath("scope")) {
		k, v := kv[0], kv[1]
		switch k.Value {
		case "sections":
			sc.Sections = []Section{}
			for _, c := range l.list(v, keyPath("scope.sections")) {
				s := Section(l.text(c, locale.M("a section of the scope")))
				if !slices.Contains(Sections, s) {
					l.errorf(nodePos(c), "unknown section %q in scope.sections (use %s)", string(s), locale.Or(sectionNames()...))
					continue
				}
				if !slices.Contains(sc.Sections, s) {
					sc.Sections = append(sc.Sections, s)
				}
			}
		case "key_areas":
			sc.Areas = []string{}
			for _, c := range l.list(v, keyPath("scope.key_areas")) {
				id := l.text(c, locale.M("a key area of the scope"))
				if l.fw.KeyArea(id) == nil {
					l.errorf(nodePos(c), "unknown key area %q in scope.key_areas (the key areas are %s)", id, strings.Join(areaIDs(l.fw), ", "))
					continue
				}
				if !slices.Contains(sc.Areas, id) {
					sc.Areas = append(sc.Areas, id)
				}
			}
		default:
			l.errorf(nodePos(k), "unknown key %q in scope (expected sections, key_areas)", k.Value)
		}
	}
	l.af.Scope = sc
}

// source reads where imported answers came from:
//
//	source:
//	  submission: 0b5f1ad6-7d3c-4e0a-9c1e-3f2b8c1d2e4f
func (l *answerLoader) source(n *yaml.Node) {
	if isNull(n) {
		return
	}
	src := &Source{}
	for _, kv := range l.mapping(n, keyPath("source")) {
		k, v := kv[0], kv[1]
		switch k.Value {
		case "submission":
			src.Submission = strings.TrimSpace(l.text(v, keyPath("source.submission")))
		default:
			l.errorf(nodePos(k), "unknown key %q in source (expected submission)", k.Value)
		}
	}
	l.af.Source = src
}

// list returns the items of a sequence, or reports what it found instead.
func (l *answerLoader) list(n *yaml.Node, what locale.Msg) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		l.errorf(nodePos(n), "%s must be a list, found %s", what, kindName(n))
		return nil
	}
	var out []*yaml.Node
	for _, c := range n.Content {
		if c = l.resolve(c); c != nil {
			out = append(out, c)
		}
	}
	return out
}

func sectionNames() []string {
	names := make([]string, len(Sections))
	for i, s := range Sections {
		names[i] = string(s)
	}
	return names
}

func areaIDs(fw *Framework) []string {
	ids := make([]string, len(fw.KeyAreas))
	for i, a := range fw.KeyAreas {
		ids[i] = a.ID
	}
	return ids
}

func (l *answerLoader) notes(n *yaml.Node) {
	for _, kv := range l.mapping(n, keyPath("notes")) {
		k, v := kv[0], kv[1]
		if k.Value != NotesKeyQuickScan && l.fw.KeyArea(k.Value) == nil && l.fw.Dimension(k.Value) == nil {
			l.errorf(nodePos(k), "notes can be given for a key area, a dimension or %q; %q is none of these", NotesKeyQuickScan, k.Value)
			continue
		}
		if s := strings.TrimSpace(l.text(v, locale.M("the note on %s", k.Value))); s != "" {
			l.af.Notes[k.Value] = s
		}
	}
}

func orgTypeIDs(fw *Framework) []string {
	ids := make([]string, len(fw.OrganisationTypes))
	for i, t := range fw.OrganisationTypes {
		ids[i] = t.ID
	}
	return ids
}

// disagreements reads what 'scorecard merge' records about raters who
// disagree:
//
//	disagreements:
//	  KA1-03:
//	    - {rater: Ana, answer: "yes"}
//	    - {rater: Boris, answer: "no"}
func (l *answerLoader) disagreements(n *yaml.Node) {
	for _, kv := range l.mapping(n, keyPath("disagreements")) {
		k, v := kv[0], kv[1]
		it := l.fw.Item(k.Value)
		if it == nil {
			l.errorf(nodePos(k), "unknown item %q in disagreements%s", k.Value, l.idHint(k.Value))
			continue
		}
		d := Disagreement{Item: it}
		for _, c := range l.list(v, keyPath("disagreements."+it.ID)) {
			var ra RaterAnswer
			for _, f := range l.mapping(c, locale.M("a rater's answer to %s", it.ID)) {
				fk, fv := f[0], f[1]
				switch fk.Value {
				case "rater":
					ra.Rater = strings.TrimSpace(l.text(fv, locale.M("the rater of %s", it.ID)))
				case "answer":
					s := l.text(fv, locale.M("a rater's answer to %s", it.ID))
					sv, ok := l.fw.ParseAnswer(s)
					if !ok {
						l.errorf(nodePos(fv), "invalid answer %q to %s in disagreements: use %s", s, it.ID, l.fw.ValueList())
						continue
					}
					ra.Value = sv.Value
				default:
					l.errorf(nodePos(fk), "unknown key %q in a rater's answer to %s (expected rater, answer)", fk.Value, it.ID)
				}
			}
			if ra.Rater == "" || ra.Value == "" {
				l.errorf(nodePos(c), "a rater's answer to %s in disagreements needs both \"rater\" and \"answer\"", it.ID)
				continue
			}
			d.Answers = append(d.Answers, ra)
		}
		if len(d.Answers) > 0 {
			l.af.Disagreements = append(l.af.Disagreements, d)
		}
	}
	order := map[string]int{}
	for i, it := range l.fw.Items() {
		order[it.ID] = i
	}
	slices.SortStableFunc(l.af.Disagreements, func(a, b Disagreement) int { return order[a.Item.ID] - order[b.Item.ID] })
}
