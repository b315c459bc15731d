package checklist

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// isID reports whether s looks like an id of a framework's part: ASCII
// letters, digits, dots, underscores and dashes, starting with a letter or
// digit, as "KA1-01" or "D2-Q3".
func isID(s string) bool {
	for i, r := range s {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		case i > 0 && (r == '-' || r == '_' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// isValueName reports whether s can be a scale value, a route or a
// framework id, written bare in an answer file: lower-case letters of any
// alphabet ("częściowo" is fine), digits, underscores and dashes, starting
// with a letter.
func isValueName(s string) bool {
	for i, r := range s {
		switch {
		case unicode.IsLower(r):
		case i > 0 && (unicode.IsDigit(r) || r == '-' || r == '_'):
		default:
			return false
		}
	}
	return s != ""
}

// maxWeight bounds a dimension's weight: weights only say how much one
// dimension counts against another, and huge ones would overflow the
// weighted mean.
const maxWeight = 1000

// validator checks a decoded framework and links its parts. It reports
// every problem it finds rather than stopping at the first.
type validator struct {
	fw    *Framework
	file  string
	probs *Problems
	ids   map[string]Pos
}

func (v *validator) errorf(p Pos, format string, args ...any) {
	v.probs.add(v.file, p, false, format, args...)
}

// required reports a missing or blank text field of a struct at pos.
func (v *validator) required(pos Pos, what locale.Msg, key, value string) {
	if strings.TrimSpace(value) == "" {
		if _, given := pos.keys[key]; given {
			v.errorf(pos.Key(key), "%s has an empty %q; write it out", what, key)
		} else {
			v.errorf(pos, "%s has no %q; add one", what, key)
		}
	}
}

// id checks that an id is present, well formed and unique in the framework.
func (v *validator) id(pos Pos, what locale.Msg, id string) bool {
	if id == "" {
		v.errorf(pos, "%s has no \"id\"; add one", what)
		return false
	}
	at := pos.Key("id")
	if !isID(id) {
		v.errorf(at, "%s id %q is malformed: use letters, digits and dashes, as in \"KA1-01\"", what, id)
		return false
	}
	if first, dup := v.ids[id]; dup {
		v.errorf(at, "duplicate id %q (first used on line %s); every id must be unique", id, strconv.Itoa(first.Line))
		return false
	}
	v.ids[id] = at
	return true
}

func (v *validator) orgTypes(pos Pos, key string, types []string) {
	for _, t := range types {
		if v.fw.orgTypes[t] == nil {
			v.errorf(pos.Key(key), "unknown organisation type %q (known types: %s)", t, strings.Join(orgTypeIDs(v.fw), ", "))
		}
	}
}

// number writes a number of the file for a message, as strconv does
// ("0.5", "1e+300"), with the reader's decimal separator.
func number(v float64) locale.Number { return locale.Number(strconv.FormatFloat(v, 'g', -1, 64)) }

// validate checks fw and fills its links and indexes.
func validate(fw *Framework, file string, probs *Problems) {
	v := &validator{fw: fw, file: file, probs: probs, ids: map[string]Pos{}}
	fw.items = map[string]*Item{}
	fw.order = nil
	fw.areas = map[string]*KeyArea{}
	fw.dims = map[string]*Dimension{}
	fw.factors = map[string]*SuccessFactor{}
	fw.orgTypes = map[string]*OrganisationType{}
	fw.values = map[string]*ScaleValue{}

	if fw.ID != "" && !isValueName(fw.ID) {
		v.errorf(fw.Pos.Key("id"), "framework id %q is malformed: use lower-case letters, digits and dashes, as in \"effective-inclusion\"", fw.ID)
	}
	for _, k := range []string{"id", "version", "language", "title"} {
		v.required(fw.Pos, locale.M("the framework"), k, map[string]string{
			"id": fw.ID, "version": fw.Version, "language": fw.Language, "title": fw.Title,
		}[k])
	}
	v.attribution()
	v.scale()
	v.thresholds()
	v.organisationTypes()
	for _, a := range fw.KeyAreas {
		v.keyArea(a)
	}
	if fw.Routing != nil {
		v.routing(fw.Routing)
	}
	if fw.QuickScan != nil {
		v.quickScan(fw.QuickScan)
	}
	for _, d := range fw.Dimensions {
		v.dimension(d)
	}
	v.glossary()
	if len(fw.order) == 0 {
		v.errorf(fw.Pos, "the framework has nothing to answer: add key_areas, a quick_scan or dimensions")
	}
}

// glossary checks the terms: each with an id of its own (lower-case, as
// "durable-solutions"), a term, a definition and a source, and no term or
// alias that two entries share.
func (v *validator) glossary() {
	ids := map[string]Pos{}
	names := map[string]Pos{}
	for _, t := range v.fw.Glossary {
		what := locale.M("glossary term %q", t.Term)
		switch {
		case t.ID == "":
			v.errorf(t.Pos, "%s has no \"id\"; add one, as in \"durable-solutions\"", what)
		case !isValueName(t.ID):
			v.errorf(t.Pos.Key("id"), "glossary id %q is malformed: use lower-case letters, digits and dashes, as in \"durable-solutions\"", t.ID)
		default:
			if first, dup := ids[t.ID]; dup {
				v.errorf(t.Pos.Key("id"), "duplicate glossary id %q (first used on line %s)", t.ID, strconv.Itoa(first.Line))
			}
			ids[t.ID] = t.Pos.Key("id")
		}
		v.required(t.Pos, what, "term", t.Term)
		v.required(t.Pos, what, "definition", t.Definition)
		v.required(t.Pos, what, "source", t.Source)
		for i, n := range append([]string{t.Term}, t.Aliases...) {
			key := strings.ToLower(strings.TrimSpace(n))
			if key == "" {
				continue
			}
			at := t.Pos.Key("term")
			if i > 0 {
				at = t.Pos.Key("aliases")
			}
			if first, dup := names[key]; dup {
				v.errorf(at, "%q is already a glossary term or alias (line %s); each word may be explained once", n, strconv.Itoa(first.Line))
				continue
			}
			names[key] = at
		}
	}
}

func (v *validator) attribution() {
	a := v.fw.Attribution
	if _, given := v.fw.Pos.keys["attribution"]; !given {
		v.errorf(v.fw.Pos, "the framework has no \"attribution\"; say whose work it is built on")
		return
	}
	what := locale.M("the attribution")
	v.required(a.Pos, what, "title", a.Title)
	v.required(a.Pos, what, "publisher", a.Publisher)
	v.required(a.Pos, what, "scoring_note", a.ScoringNote)
	if a.Year != 0 && (a.Year < 1900 || a.Year > 2200) {
		v.errorf(a.Pos.Key("year"), "attribution year %s is not a plausible year", strconv.Itoa(a.Year))
	}
}

func (v *validator) scale() {
	fw := v.fw
	if len(fw.Scale) == 0 {
		v.errorf(fw.Pos, "the framework has no answer \"scale\"; add one (see the effective-inclusion framework for an example)")
		return
	}
	var na, unknown, top, bottom int
	for _, s := range fw.Scale {
		what := locale.M("scale value %q", s.Value)
		if s.Value == "" {
			v.errorf(s.Pos, "a scale value has no \"value\"; add one, as in \"yes\"")
			continue
		}
		if !isValueName(s.Value) {
			v.errorf(s.Pos.Key("value"), "scale value %q is malformed: use lower-case letters, digits and dashes, as in \"partly\"", s.Value)
		}
		v.required(s.Pos, what, "label", s.Label)
		v.required(s.Pos, what, "meaning", s.Meaning)
		switch {
		case s.NA && s.Unknown:
			v.errorf(s.Pos.Key("unknown"), "%s cannot be both not applicable and don't know; remove \"na\" or \"unknown\"", what)
		case s.NA && s.Score != nil:
			v.errorf(s.Pos.Key("score"), "%s is the not-applicable answer and cannot have a score; remove \"score\"", what)
		case s.NA:
			na++
		case s.Unknown && s.Score != nil:
			v.errorf(s.Pos.Key("score"), "%s is the don't-know answer and cannot have a score; remove \"score\"", what)
		case s.Unknown:
			unknown++
			if unknown > 1 {
				v.errorf(s.Pos.Key("unknown"), "%s is a second don't-know answer; a scale has at most one value with \"unknown: true\"", what)
			}
		case s.Score == nil:
			v.errorf(s.Pos, "%s has no \"score\"; give it a score from 0 to 1, or mark it \"na: true\" or \"unknown: true\"", what)
		case !(*s.Score >= 0 && *s.Score <= 1): // NaN-safe
			v.errorf(s.Pos.Key("score"), "%s has score %s; scores go from 0 to 1", what, number(*s.Score))
		case *s.Score == 1:
			top++
		case *s.Score == 0:
			bottom++
		}
		for _, name := range append([]string{s.Value}, s.Aliases...) {
			key := strings.ToLower(name)
			if _, dup := fw.values[key]; dup {
				v.errorf(s.Pos, "answer %q is given twice in the scale", name)
				continue
			}
			fw.values[key] = s
		}
	}
	if na != 1 {
		v.errorf(fw.Pos.Key("scale"), "the answer scale must have exactly one not-applicable value (\"na: true\"), found %d", na)
	}
	if top != 1 || bottom != 1 {
		v.errorf(fw.Pos.Key("scale"), "the answer scale must have exactly one value scoring 1 and one scoring 0, found %d and %d", top, bottom)
	}
}

func (v *validator) thresholds() {
	t := v.fw.Thresholds
	if _, given := v.fw.Pos.keys["thresholds"]; !given {
		v.errorf(v.fw.Pos, "the framework has no \"thresholds\"; add the dimension and overall minimum scores")
		return
	}
	for key, val := range map[string]float64{"dimension": t.Dimension, "overall": t.Overall} {
		if !(val >= 0 && val <= 100) { // NaN-safe
			v.errorf(t.Pos.Key(key), "threshold %s is %s; thresholds are percentages from 0 to 100", key, number(val))
		}
	}
}

func (v *validator) organisationTypes() {
	for _, t := range v.fw.OrganisationTypes {
		if !v.id(t.Pos, locale.M("an organisation type"), t.ID) {
			continue
		}
		v.required(t.Pos, locale.M("organisation type %q", t.ID), "label", t.Label)
		v.fw.orgTypes[t.ID] = t
	}
}

func (v *validator) keyArea(a *KeyArea) {
	if !v.id(a.Pos, locale.M("a key area"), a.ID) {
		return
	}
	what := locale.M("key area %s", a.ID)
	v.required(a.Pos, what, "title", a.Title)
	v.required(a.Pos, what, "aim", a.Aim)
	v.fw.areas[a.ID] = a
	a.items = nil
	for _, f := range a.SuccessFactors {
		if !v.id(f.Pos, locale.M("a success factor of %s", what), f.ID) {
			continue
		}
		v.required(f.Pos, locale.M("success factor %s", f.ID), "name", f.Name)
		f.area = a
		f.examples = nil
		v.fw.factors[f.ID] = f
	}
	if len(a.Checklists) == 0 {
		v.errorf(a.Pos, "%s has no checklists; add at least one with items", what)
	}
	for _, c := range a.Checklists {
		v.required(c.Pos, locale.M("a checklist of %s", what), "title", c.Title)
		v.orgTypes(c.Pos, "applies_to", c.AppliesTo)
		if len(c.Items) == 0 {
			v.errorf(c.Pos, "checklist %q of %s has no items", c.Title, what)
		}
		for _, it := range c.Items {
			it.area, it.checklist = a, c
			if !v.item(it, SectionChecklist, c.AppliesTo) {
				continue
			}
			a.items = append(a.items, it)
			if it.Serves != "" {
				f := v.fw.factors[it.Serves]
				if f == nil || f.area != a {
					v.errorf(it.Pos.Key("serves"), "item %s serves %q, which is not a success factor of %s (%s)", it.ID, it.Serves, what, v.factorList(a))
				} else {
					it.factor = f
				}
			}
		}
	}
	for _, e := range a.Examples {
		what := locale.M("an example of %s", a.ID)
		v.required(e.Pos, what, "country", e.Country)
		v.required(e.Pos, what, "practice", e.Practice)
		v.required(e.Pos, what, "summary", e.Summary)
		if e.SuccessFactor == "" {
			v.errorf(e.Pos, "%s has no \"success_factor\"; name the factor it illustrates (%s)", what, v.factorList(a))
			continue
		}
		f := v.fw.factors[e.SuccessFactor]
		if f == nil || f.area != a {
			v.errorf(e.Pos.Key("success_factor"), "example %q points at success factor %q, which %s does not have (%s)", e.Practice, e.SuccessFactor, a.ID, v.factorList(a))
			continue
		}
		f.examples = append(f.examples, e)
	}
	for _, m := range a.Materials {
		what := locale.M("a useful material of %s", a.ID)
		v.required(m.Pos, what, "title", m.Title)
		v.required(m.Pos, what, "author", m.Author)
	}
}

func (v *validator) factorList(a *KeyArea) locale.Msg {
	if len(a.SuccessFactors) == 0 {
		return locale.M("it has no success factors")
	}
	ids := make([]string, len(a.SuccessFactors))
	for i, f := range a.SuccessFactors {
		ids[i] = f.ID
	}
	return locale.M("it has %s", strings.Join(ids, ", "))
}

// item checks an answerable item and indexes it. inherited is the
// applies_to of the item's checklist.
func (v *validator) item(it *Item, s Section, inherited []string) bool {
	if !v.id(it.Pos, locale.M("an item"), it.ID) {
		return false
	}
	what := locale.M("item %s", it.ID)
	v.required(it.Pos, what, "question", it.Question)
	v.required(it.Pos, what, "action", it.Action)
	v.required(it.Pos, what, "source", it.Source)
	v.orgTypes(it.Pos, "applies_to", it.AppliesTo)
	if len(it.AppliesTo) > 0 && it.AppliesNote == "" {
		v.errorf(it.Pos.Key("applies_to"), "%s applies only to some organisation types; add an \"applies_note\" saying why", what)
	}
	if s != SectionChecklist && it.Serves != "" {
		v.errorf(it.Pos.Key("serves"), "%s is not a key-area item and cannot serve a success factor; remove \"serves\"", what)
	}
	if s != SectionQuickScan && len(it.KeyAreas) > 0 {
		v.errorf(it.Pos.Key("key_areas"), "only quick-scan items relate to key areas; remove \"key_areas\" from %s", what)
	}
	it.section = s
	it.fw = v.fw
	it.appliesTo = it.AppliesTo
	if len(it.appliesTo) == 0 {
		it.appliesTo = inherited
	}
	v.fw.items[it.ID] = it
	v.fw.order = append(v.fw.order, it)
	return true
}

func (v *validator) quickScan(q *QuickScan) {
	v.required(q.Pos, locale.M("the quick scan"), "title", q.Title)
	if len(q.Items) == 0 {
		v.errorf(q.Pos, "the quick scan has no items")
	}
	for _, it := range q.Items {
		if !v.item(it, SectionQuickScan, nil) {
			continue
		}
		for _, id := range it.KeyAreas {
			if v.fw.areas[id] == nil {
				v.errorf(it.Pos.Key("key_areas"), "quick-scan item %s relates to key area %q, which does not exist", it.ID, id)
			}
		}
	}
}

func (v *validator) dimension(d *Dimension) {
	if !v.id(d.Pos, locale.M("a dimension"), d.ID) {
		return
	}
	what := locale.M("dimension %s", d.ID)
	v.required(d.Pos, what, "title", d.Title)
	if d.Weight != nil && !(*d.Weight > 0 && *d.Weight <= maxWeight) {
		v.errorf(d.Pos.Key("weight"), "%s has weight %s; weights must be above 0 and at most %s", what, number(*d.Weight), strconv.Itoa(maxWeight))
	}
	if d.Threshold != nil && !(*d.Threshold >= 0 && *d.Threshold <= 100) {
		v.errorf(d.Pos.Key("threshold"), "%s has threshold %s; thresholds are percentages from 0 to 100", what, number(*d.Threshold))
	}
	v.fw.dims[d.ID] = d
	d.items = nil
	if len(d.Questions) == 0 {
		v.errorf(d.Pos, "%s has no guiding questions; add at least one with indicators", what)
	}
	for _, q := range d.Questions {
		if !v.id(q.Pos, locale.M("a guiding question of %s", what), q.ID) {
			continue
		}
		v.required(q.Pos, locale.M("guiding question %s", q.ID), "text", q.Text)
		if len(q.Indicators) == 0 {
			v.errorf(q.Pos, "guiding question %s has no indicators", q.ID)
		}
		for _, it := range q.Indicators {
			it.dimension, it.guiding = d, q
			if v.item(it, SectionIndicators, nil) {
				d.items = append(d.items, it)
			}
		}
	}
}

func (v *validator) routing(r *Routing) {
	what := locale.M("the routing")
	v.required(r.Pos, what, "question", r.Question)
	v.required(r.Pos, what, "source", r.Source)
	if len(r.Options) < 2 {
		v.errorf(r.Pos, "the routing question needs at least two options, each leading to key areas")
	}
	seen := map[string]bool{}
	for _, o := range r.Options {
		what := locale.M("routing option %q", o.Value)
		switch {
		case o.Value == "":
			v.errorf(o.Pos, "a routing option has no \"value\"; add one, as in \"starting\"")
		case !isValueName(o.Value):
			v.errorf(o.Pos.Key("value"), "%s is malformed: use lower-case letters, digits and dashes", what)
		case seen[o.Value]:
			v.errorf(o.Pos.Key("value"), "%s is given twice", what)
		}
		seen[o.Value] = true
		v.required(o.Pos, what, "label", o.Label)
		if len(o.KeyAreas) == 0 {
			v.errorf(o.Pos, "%s leads to no key area; list them in \"key_areas\"", what)
		}
		for _, id := range o.KeyAreas {
			if v.fw.areas[id] == nil {
				v.errorf(o.Pos.Key("key_areas"), "%s leads to key area %q, which does not exist", what, id)
			}
		}
	}
}
