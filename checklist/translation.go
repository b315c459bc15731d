package checklist

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// A Translation is a translation overlay: the words of one framework in
// another language, and nothing else. Ids, structure, applicability and
// scoring stay in the framework; the overlay gives, per id, the texts
// that people read. A translation may be partial: a text it does not give
// shows in the framework's own language.
//
// The file has the shape of the framework file, with three differences:
// a "translation" header says which framework, version and language it
// is; every list of things that have an id (key areas, items, success
// factors, dimensions, guiding questions, glossary terms, organisation
// types) becomes a mapping keyed by the id, and the scale and routing
// options are keyed by their value; only texts appear, never ids,
// sources, scores or applicability.
//
//	translation:
//	  framework: effective-inclusion
//	  version: "1.0.0"          # of the framework it was made from
//	  language: lt
//	title: "Veiksminga pabėgėlių įtrauktis"
//	scale:
//	  "yes":
//	    label: "Taip"
//	key_areas:
//	  KA1:
//	    title: "…"
//	    benefits:               # by position, as in the framework
//	      - "…"
//	    success_factors:
//	      KA1-SF1:
//	        name: "…"
//	    checklists:             # by position
//	      - title: "…"
//	        items:
//	          KA1-01:
//	            question: "…"
//	            action: "…"
//	    examples:               # keyed by the English name of the practice
//	      "'Passing over' meetings in receiving municipalities":
//	        summary: "…"
//
// Examples have no ids. They are keyed by their practice name in the
// framework: unlike a position, the name survives a reordering of the
// examples or a new one inserted before them, and when the original
// renames a practice the old key no longer matches and validation says so,
// rather than attaching the translation to another example. Benefits and
// checklists, short lists that rarely change, are matched by position.
type Translation struct {
	File      string // the file it was read from, for messages
	Framework string // the id of the framework it translates
	Version   string // the framework's version it was made from
	Language  string // the language it is in: "lt"
	// Warnings are problems that did not stop the translation from
	// loading, such as a framework version that has moved on.
	Warnings Problems

	texts   map[string]string   // by path: the translated texts given
	lists   map[string][]string // by path: glossary aliases given
	pos     map[string]Pos      // by path: where each value stands, even empty
	missing []Missing
	total   int
}

// Missing is a text of the framework that a translation does not give:
// it shows in the framework's own language.
type Missing struct {
	Place  string // where, as a path of keys: "KA1-03.action"
	Line   int    // where its empty value stands in the file, or 0
	Column int
}

func (m Missing) String() string { return m.Place }

// Count returns how many of the framework's texts the translation gives,
// and how many there are.
func (t *Translation) Count() (translated, total int) {
	return t.total - len(t.missing), t.total
}

// Missing lists the texts the translation does not give, in the order of
// the framework.
func (t *Translation) Missing() []Missing { return t.missing }

// TranslationKey is the top-level key that makes a YAML file a
// translation rather than a framework.
const TranslationKey = "translation"

// IsTranslation reports whether b looks like a translation overlay: a
// YAML mapping with a top-level "translation" key. A file too broken to
// parse counts when a line starts with "translation:".
func IsTranslation(b []byte) bool {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err == nil && len(doc.Content) > 0 {
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode {
			return false
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == TranslationKey {
				return true
			}
		}
		return false
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if bytes.HasPrefix(line, []byte(TranslationKey+":")) {
			return true
		}
	}
	return false
}

// TranslationHeader reads only the "translation" header of an overlay:
// the framework it translates and its language, so that the caller can
// find the framework to load it against.
func TranslationHeader(name string, b []byte) (framework, language string, err error) {
	var probs Problems
	root := parseDocument(name, b, &probs)
	if root == nil {
		return "", "", probs.Err()
	}
	t := &Translation{File: name}
	l := &translationLoader{d: &decoder{file: name, probs: &probs, src: bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))}, t: t}
	l.header(root)
	if err := probs.Err(); err != nil {
		return "", "", err
	}
	return t.Framework, t.Language, nil
}

// LoadTranslation parses a translation overlay and validates it against
// the framework it translates. Unknown ids and keys, duplicate keys,
// values of the wrong kind and control characters are reported as
// Problems with their line and column; texts the translation leaves out
// are listed by Missing.
func LoadTranslation(name string, b []byte, fw *Framework) (*Translation, error) {
	var probs Problems
	root := parseDocument(name, b, &probs)
	if root == nil {
		return nil, probs.Err()
	}
	t := &Translation{File: name, texts: map[string]string{}, lists: map[string][]string{}, pos: map[string]Pos{}}
	l := &translationLoader{d: &decoder{file: name, probs: &probs, src: bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))}, t: t}
	hdr := l.header(root)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	if t.Framework != fw.ID {
		l.d.errorf(hdr.Key("framework"), "this translation is for framework %q, not %q; use it with that framework", t.Framework, fw.ID)
		return nil, probs.Err()
	}
	if t.Version != fw.Version {
		probs.add(name, hdr.Key("version"), true, "made from version %s of %s, which is now at version %s: texts changed since then may be out of date or missing (compare with 'scorecard framework export --lang %s')", t.Version, fw.ID, fw.Version, t.Language)
	}
	fs := frameworkShape(fw)
	l.fields(root, fs, "", TranslationKey)
	if l.d.exhausted() {
		return nil, probs.Err()
	}
	l.glossary(fw)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	t.Warnings = probs.Warnings()
	fs.leaves("", func(path string, s *shape) {
		if s.text == nil || strings.TrimSpace(*s.text) == "" {
			return
		}
		t.total++
		if _, ok := t.texts[path]; !ok {
			p := t.pos[path]
			t.missing = append(t.missing, Missing{Place: s.place, Line: p.Line, Column: p.Column})
		}
	})
	return t, nil
}

// A shape is what a translation may hold at one place, built from the
// framework: a text, a list of words (glossary aliases, replaced whole),
// a mapping with fixed keys, a mapping keyed by ids or values, or a list
// matched by position. Leaves point at the framework's own strings, so
// that the same shape serves to validate, apply and export.
type shape struct {
	kind  shapeKind
	what  locale.Msg // for messages: "key area KA1"
	place string     // leaves: the path people see, "KA1-03.action"
	text  *string
	words *[]string
	keys  []string // in framework order
	kids  map[string]*shape
	noun  string   // keyed mappings and lists: what a key names, "item" (see nouns)
	elems []*shape // positional lists
	// lacks says, for keys of a fixed mapping that this framework does
	// not have (an optional part), why they are wrong.
	lacks map[string]locale.Msg
}

type shapeKind int

const (
	shapeText shapeKind = iota
	shapeWords
	shapeFields
	shapeKeyed
	shapeList
)

func newMapping(kind shapeKind, what locale.Msg, noun string) *shape {
	return &shape{kind: kind, what: what, noun: noun, kids: map[string]*shape{}}
}

func (s *shape) add(key string, kid *shape) *shape {
	if _, dup := s.kids[key]; !dup {
		s.keys = append(s.keys, key)
	}
	s.kids[key] = kid
	return s
}

func textShape(p *string, place string) *shape {
	return &shape{kind: shapeText, text: p, place: place}
}

// leaves calls fn for every text and word list under s, in order, with
// its path.
func (s *shape) leaves(path string, fn func(path string, s *shape)) {
	switch s.kind {
	case shapeText, shapeWords:
		fn(path, s)
	case shapeFields, shapeKeyed:
		for _, k := range s.keys {
			s.kids[k].leaves(join(path, k), fn)
		}
	case shapeList:
		for i, e := range s.elems {
			e.leaves(join(path, strconv.Itoa(i+1)), fn)
		}
	}
}

// join adds a key to a path. The separator cannot occur in YAML keys
// that a person types.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "\x1f" + key
}

// frameworkShape describes every text of fw that a translation may give.
func frameworkShape(fw *Framework) *shape {
	top := newMapping(shapeFields, locale.M("the translation"), "")
	top.lacks = map[string]locale.Msg{
		"routing":    locale.M("the framework has no routing question, so there is nothing to translate; remove \"routing\""),
		"quick_scan": locale.M("the framework has no quick scan, so there is nothing to translate; remove \"quick_scan\""),
	}
	top.add("title", textShape(&fw.Title, "title"))
	top.add("subtitle", textShape(&fw.Subtitle, "subtitle"))
	top.add("attribution", newMapping(shapeFields, locale.M("the attribution"), "").
		add("scoring_note", textShape(&fw.Attribution.ScoringNote, "attribution.scoring_note")))

	scale := newMapping(shapeKeyed, locale.M("the scale"), "scale value")
	for _, v := range fw.Scale {
		at := "scale." + v.Value + "."
		scale.add(v.Value, newMapping(shapeFields, locale.M("scale value %q", v.Value), "").
			add("label", textShape(&v.Label, at+"label")).
			add("meaning", textShape(&v.Meaning, at+"meaning")))
	}
	top.add("scale", scale)

	orgs := newMapping(shapeKeyed, locale.M("the organisation types"), "organisation type")
	for _, o := range fw.OrganisationTypes {
		at := "organisation_types." + o.ID + "."
		orgs.add(o.ID, newMapping(shapeFields, locale.M("organisation type %s", o.ID), "").
			add("label", textShape(&o.Label, at+"label")).
			add("description", textShape(&o.Description, at+"description")))
	}
	top.add("organisation_types", orgs)

	if r := fw.Routing; r != nil {
		opts := newMapping(shapeKeyed, locale.M("the routing question"), "routing option")
		for _, o := range r.Options {
			at := "routing.options." + o.Value + "."
			opts.add(o.Value, newMapping(shapeFields, locale.M("routing option %q", o.Value), "").
				add("label", textShape(&o.Label, at+"label")).
				add("description", textShape(&o.Description, at+"description")))
		}
		top.add("routing", newMapping(shapeFields, locale.M("the routing question"), "").
			add("question", textShape(&r.Question, "routing.question")).
			add("help", textShape(&r.Help, "routing.help")).
			add("options", opts))
	}

	areas := newMapping(shapeKeyed, locale.M("the framework"), "key area")
	for _, a := range fw.KeyAreas {
		areas.add(a.ID, areaShape(a))
	}
	top.add("key_areas", areas)

	if q := fw.QuickScan; q != nil {
		items := newMapping(shapeKeyed, locale.M("the quick scan"), "item")
		for _, it := range q.Items {
			items.add(it.ID, itemShape(it))
		}
		top.add("quick_scan", newMapping(shapeFields, locale.M("the quick scan"), "").
			add("title", textShape(&q.Title, "quick_scan.title")).
			add("description", textShape(&q.Description, "quick_scan.description")).
			add("items", items))
	}

	dims := newMapping(shapeKeyed, locale.M("the framework"), "dimension")
	for _, d := range fw.Dimensions {
		qs := newMapping(shapeKeyed, locale.M("dimension %s", d.ID), "guiding question")
		for _, g := range d.Questions {
			inds := newMapping(shapeKeyed, locale.M("guiding question %s", g.ID), "indicator")
			for _, it := range g.Indicators {
				inds.add(it.ID, itemShape(it))
			}
			qs.add(g.ID, newMapping(shapeFields, locale.M("guiding question %s", g.ID), "").
				add("text", textShape(&g.Text, g.ID+".text")).
				add("indicators", inds))
		}
		dims.add(d.ID, newMapping(shapeFields, locale.M("dimension %s", d.ID), "").
			add("title", textShape(&d.Title, d.ID+".title")).
			add("description", textShape(&d.Description, d.ID+".description")).
			add("questions", qs))
	}
	top.add("dimensions", dims)

	terms := newMapping(shapeKeyed, locale.M("the glossary"), "glossary term")
	for _, t := range fw.Glossary {
		at := "glossary." + t.ID + "."
		terms.add(t.ID, newMapping(shapeFields, locale.M("glossary term %s", t.ID), "").
			add("term", textShape(&t.Term, at+"term")).
			add("aliases", &shape{kind: shapeWords, words: &t.Aliases, place: at + "aliases"}).
			add("definition", textShape(&t.Definition, at+"definition")))
	}
	top.add("glossary", terms)
	return top
}

func areaShape(a *KeyArea) *shape {
	s := newMapping(shapeFields, locale.M("key area %s", a.ID), "")
	s.add("title", textShape(&a.Title, a.ID+".title"))
	s.add("aim", textShape(&a.Aim, a.ID+".aim"))
	s.add("description", textShape(&a.Description, a.ID+".description"))
	benefits := &shape{kind: shapeList, what: locale.M("key area %s", a.ID), noun: "benefit"}
	for i := range a.Benefits {
		benefits.elems = append(benefits.elems, textShape(&a.Benefits[i], fmt.Sprintf("%s.benefits[%d]", a.ID, i+1)))
	}
	s.add("benefits", benefits)
	factors := newMapping(shapeKeyed, locale.M("key area %s", a.ID), "success factor")
	for _, f := range a.SuccessFactors {
		factors.add(f.ID, newMapping(shapeFields, locale.M("success factor %s", f.ID), "").
			add("name", textShape(&f.Name, f.ID+".name")).
			add("description", textShape(&f.Description, f.ID+".description")))
	}
	s.add("success_factors", factors)
	lists := &shape{kind: shapeList, what: locale.M("key area %s", a.ID), noun: "checklist"}
	for i, c := range a.Checklists {
		what := locale.M("checklist %s of %s", strconv.Itoa(i+1), a.ID)
		at := fmt.Sprintf("%s.checklists[%d].", a.ID, i+1)
		items := newMapping(shapeKeyed, what, "item")
		for _, it := range c.Items {
			items.add(it.ID, itemShape(it))
		}
		lists.elems = append(lists.elems, newMapping(shapeFields, what, "").
			add("title", textShape(&c.Title, at+"title")).
			add("note", textShape(&c.Note, at+"note")).
			add("items", items))
	}
	s.add("checklists", lists)
	examples := newMapping(shapeKeyed, locale.M("key area %s", a.ID), "example")
	for _, e := range a.Examples {
		key := ExampleKey(a, e)
		at := fmt.Sprintf("%s.examples[%q].", a.ID, key)
		examples.add(key, newMapping(shapeFields, locale.M("example %q", key), "").
			add("country", textShape(&e.Country, at+"country")).
			add("practice", textShape(&e.Practice, at+"practice")).
			add("summary", textShape(&e.Summary, at+"summary")))
	}
	s.add("examples", examples)
	return s
}

// ExampleKey is the key of an example in a translation: its practice
// name, with " (2)", " (3)" added when the area has several examples of
// that name.
func ExampleKey(a *KeyArea, e *Example) string {
	n := 0
	for _, x := range a.Examples {
		if x.Practice == e.Practice {
			n++
		}
		if x == e {
			break
		}
	}
	if n <= 1 {
		return e.Practice
	}
	return fmt.Sprintf("%s (%d)", e.Practice, n)
}

func itemShape(it *Item) *shape {
	return newMapping(shapeFields, locale.M("item %s", it.ID), "").
		add("question", textShape(&it.Question, it.ID+".question")).
		add("action", textShape(&it.Action, it.ID+".action")).
		add("help", textShape(&it.Help, it.ID+".help")).
		add("applies_note", textShape(&it.AppliesNote, it.ID+".applies_note"))
}

// translationLoader walks a translation's YAML against the shape of its
// framework.
type translationLoader struct {
	d *decoder
	t *Translation
}

// header reads the "translation" mapping: framework, version, language.
// It returns the header's position, with its keys.
func (l *translationLoader) header(root *yaml.Node) Pos {
	var hdr *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == TranslationKey {
			hdr = l.d.resolve(root.Content[i+1])
			break
		}
	}
	if hdr == nil {
		l.d.errorf(nodePos(root), "this is not a translation: it has no %q header; start the file with\n  translation:\n    framework: %s\n    version: \"1.0.0\"\n    language: lt\n(for a framework file, the commands take --framework PATH)", TranslationKey, DefaultFramework)
		return Pos{}
	}
	if hdr.Kind != yaml.MappingNode {
		l.d.errorf(nodePos(hdr), "%q must be a mapping with framework, version and language, found %s", TranslationKey, kindName(hdr))
		return nodePos(hdr)
	}
	var v struct {
		Pos       Pos
		Framework string `yaml:"framework"`
		Version   string `yaml:"version"`
		Language  string `yaml:"language"`
	}
	l.d.decodeStruct(hdr, reflect.ValueOf(&v).Elem())
	p := v.Pos
	for _, f := range []struct{ key, val, example string }{
		{"framework", v.Framework, "framework: " + DefaultFramework},
		{"version", v.Version, `version: "1.0.0"`},
		{"language", v.Language, "language: lt"},
	} {
		if strings.TrimSpace(f.val) == "" {
			if _, given := p.keys[f.key]; given {
				l.d.errorf(p.Key(f.key), "the translation's %q is empty; fill it in, as in %q", f.key, f.example)
			} else {
				l.d.errorf(p, "the translation has no %q; add it, as in %q", f.key, f.example)
			}
		}
	}
	if v.Framework != "" && !isValueName(v.Framework) {
		l.d.errorf(p.Key("framework"), "framework id %q is malformed: use lower-case letters, digits and dashes, as in %q", v.Framework, DefaultFramework)
	}
	if v.Language != "" && !IsLanguageCode(v.Language) {
		l.d.errorf(p.Key("language"), "language %q is not a language code: use the two- or three-letter code, as in \"lt\" or \"pt-BR\"", v.Language)
	}
	l.t.Framework, l.t.Version, l.t.Language = v.Framework, v.Version, v.Language
	return p
}

// IsLanguageCode reports whether s looks like a BCP 47 language tag:
// a language of two or three letters and optional subtags.
func IsLanguageCode(s string) bool {
	parts := strings.Split(s, "-")
	if n := len(parts[0]); n < 2 || n > 3 {
		return false
	}
	for i, p := range parts {
		if p == "" || len(p) > 8 {
			return false
		}
		for _, r := range p {
			switch {
			case r >= 'a' && r <= 'z':
			case i > 0 && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
			default:
				return false
			}
		}
	}
	return true
}

// walk reads the value n found at path against what s allows there.
func (l *translationLoader) walk(n *yaml.Node, s *shape, path string) {
	n = l.d.resolve(n)
	if n == nil {
		return
	}
	if s.kind == shapeText || s.kind == shapeWords {
		l.t.pos[path] = nodePos(n)
	}
	if isNull(n) {
		return // left empty: not translated yet
	}
	switch s.kind {
	case shapeText:
		if n.Kind != yaml.ScalarNode {
			l.d.errorf(nodePos(n), "expected text, found %s", kindName(n))
			return
		}
		if !l.clean(n) || strings.TrimSpace(n.Value) == "" {
			return
		}
		if strings.TrimSpace(*s.text) == "" {
			l.d.errorf(nodePos(n), "the framework gives no %s, so there is nothing to translate; remove it", s.place)
			return
		}
		l.t.texts[path] = n.Value
	case shapeWords:
		if n.Kind != yaml.SequenceNode {
			l.d.errorf(nodePos(n), "expected a list of words, as in [\"word\", \"other form\"], found %s", kindName(n))
			return
		}
		words := []string{}
		for _, c := range n.Content {
			c = l.d.resolve(c)
			if c == nil {
				continue
			}
			if c.Kind != yaml.ScalarNode || isNull(c) || strings.TrimSpace(c.Value) == "" {
				l.d.errorf(nodePos(c), "expected a word, found %s", kindName(c))
				continue
			}
			if l.clean(c) {
				words = append(words, c.Value)
			}
		}
		l.t.lists[path] = words
	case shapeFields:
		l.fields(n, s, path, "")
	case shapeKeyed:
		l.keyed(n, s, path)
	case shapeList:
		if n.Kind != yaml.SequenceNode {
			l.d.errorf(nodePos(n), "expected a list (one \"- \" line per %s, in the order of the framework), found %s", nouns[s.noun].one, kindName(n))
			return
		}
		for i, c := range n.Content {
			if i >= len(s.elems) {
				l.d.errorf(nodePos(c), "%s", tooMany(s, i+1))
				continue
			}
			l.walk(c, s.elems[i], join(path, strconv.Itoa(i+1)))
		}
	}
}

// clean reports whether a text is plain text, as framework texts must be
// (see decoder.checkText), reporting the first character that is not.
func (l *translationLoader) clean(n *yaml.Node) bool {
	if _, _, found := UnsafeRune(n.Value); found {
		l.d.checkText(n, n.Value)
		return false
	}
	return true
}

// mapping checks that n is a mapping without duplicate keys and calls fn
// for each key and value.
func (l *translationLoader) mapping(n *yaml.Node, what locale.Msg, fn func(k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		l.d.errorf(nodePos(n), "expected a mapping of keys to values for %s, found %s", what, kindName(n))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			l.d.errorf(nodePos(k), "expected a key, found %s", kindName(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			l.d.errorf(nodePos(k), "duplicate key %q (first given on line %s); keep only one", k.Value, strconv.Itoa(first))
			continue
		}
		seen[k.Value] = k.Line
		fn(k, v)
	}
}

// fields reads a mapping with fixed keys; skip is a key handled elsewhere
// (the header, at the top).
func (l *translationLoader) fields(n *yaml.Node, s *shape, path, skip string) {
	l.mapping(n, s.what, func(k, v *yaml.Node) {
		if k.Value == skip && skip != "" {
			return
		}
		kid, ok := s.kids[k.Value]
		if !ok {
			if why, lacks := s.lacks[k.Value]; lacks {
				l.d.errorf(nodePos(k), "%s", why)
				return
			}
			l.d.errorf(nodePos(k), "unknown key %q in %s (expected one of: %s)", k.Value, s.what, strings.Join(s.keys, ", "))
			return
		}
		l.walk(v, kid, join(path, k.Value))
	})
}

// keyed reads a mapping keyed by ids (or values, or practice names).
func (l *translationLoader) keyed(n *yaml.Node, s *shape, path string) {
	l.mapping(n, s.what, func(k, v *yaml.Node) {
		kid, ok := s.kids[k.Value]
		if !ok {
			l.d.errorf(nodePos(k), "%s", unknownKey(s, k.Value))
			return
		}
		l.walk(v, kid, join(path, k.Value))
	})
}

func unknownKey(s *shape, key string) locale.Msg {
	if len(s.keys) == 0 {
		return locale.M("%s has no %s, so %q has nothing to translate; remove it", s.what, nouns[s.noun].many, key)
	}
	if s.noun == "example" {
		return locale.M("%s has no example %q; examples are keyed by the practice name in the framework, which may have changed: %s", s.what, key, quoteAll(s.keys))
	}
	return locale.M("%s has no %s %q (it has %s)", s.what, nouns[s.noun].one, key, idRange(s.keys))
}

// nouns are the words for what the keys of a keyed mapping, or the
// entries of a list, of a translation name: one, and several, as in "key
// area KA1 has no checklist 3" and "the framework has no dimensions".
var nouns = map[string]struct{ one, many locale.Msg }{
	"scale value":       {locale.M("scale value"), locale.M("scale values")},
	"organisation type": {locale.M("organisation type"), locale.M("organisation types")},
	"routing option":    {locale.M("routing option"), locale.M("routing options")},
	"key area":          {locale.M("key area"), locale.M("key areas")},
	"item":              {locale.M("item"), locale.M("items")},
	"dimension":         {locale.M("dimension"), locale.M("dimensions")},
	"guiding question":  {locale.M("guiding question"), locale.M("guiding questions")},
	"indicator":         {locale.M("indicator"), locale.M("indicators")},
	"glossary term":     {locale.M("glossary term"), locale.M("glossary terms")},
	"success factor":    {locale.M("success factor"), locale.M("success factors")},
	"example":           {locale.M("example"), locale.M("examples")},
	"benefit":           {locale.M("benefit"), locale.M("benefits")},
	"checklist":         {locale.M("checklist"), locale.M("checklists")},
}

// tooMany says that a positional list of a translation has more entries
// than the framework's (entry n is one too many).
func tooMany(s *shape, n int) locale.Msg {
	if s.noun == "benefit" {
		return locale.M("%s has %d benefits in the framework; this is number %d: remove it", s.what, len(s.elems), n)
	}
	return locale.M("%s has %d checklists in the framework; this is number %d: remove it", s.what, len(s.elems), n)
}

func quoteAll(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = strconv.Quote(k)
	}
	return strings.Join(q, ", ")
}

// idRange lists ids for a message: all of a few, else the first and last.
func idRange(ids []string) string {
	if len(ids) <= 8 {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s, %s … %s", ids[0], ids[1], ids[len(ids)-1])
}

// glossary checks that no two glossary entries share a term or alias
// once translated, as the framework's own glossary must not.
func (l *translationLoader) glossary(fw *Framework) {
	type seenAt struct {
		id  string
		pos Pos
	}
	names := map[string]seenAt{}
	for _, t := range fw.Glossary {
		at := join("glossary", t.ID)
		termPath := join(at, "term")
		term, ok := l.t.texts[termPath]
		if !ok {
			term = t.Term
		}
		aliases, given := l.t.lists[join(at, "aliases")]
		if !given {
			aliases = t.Aliases
		}
		for i, w := range append([]string{term}, aliases...) {
			key := strings.ToLower(strings.TrimSpace(w))
			p := l.t.pos[termPath]
			if i > 0 {
				p = l.t.pos[join(at, "aliases")]
			}
			if first, dup := names[key]; dup {
				if p.Line == 0 {
					p = first.pos
				}
				l.d.errorf(p, "%q is already the term or an alias of glossary entry %s; each word may be explained once", w, first.id)
				continue
			}
			names[key] = seenAt{t.ID, p}
		}
	}
}
