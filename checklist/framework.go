package checklist

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Framework is a complete assessment framework: the key areas with their
// checklists, the overarching checklist (the "quick scan"), the quality
// dimensions with their indicators, and the rules for answering them.
//
// The same struct is what the YAML file holds (so an export is loadable
// again) and what the rest of the program reads after Load has validated it
// and linked its parts; the unexported fields are the links.
type Framework struct {
	Pos               Pos                 `yaml:"-" json:"-"`
	ID                string              `yaml:"id" json:"id"`
	Version           string              `yaml:"version" json:"version"`
	Language          string              `yaml:"language" json:"language"`
	Title             string              `yaml:"title" json:"title"`
	Subtitle          string              `yaml:"subtitle,omitempty" json:"subtitle,omitempty"`
	Attribution       Attribution         `yaml:"attribution" json:"attribution"`
	Scale             []*ScaleValue       `yaml:"scale" json:"scale"`
	Thresholds        Thresholds          `yaml:"thresholds" json:"thresholds"`
	OrganisationTypes []*OrganisationType `yaml:"organisation_types" json:"organisation_types"`
	Routing           *Routing            `yaml:"routing,omitempty" json:"routing,omitempty"`
	KeyAreas          []*KeyArea          `yaml:"key_areas" json:"key_areas"`
	QuickScan         *QuickScan          `yaml:"quick_scan,omitempty" json:"quick_scan,omitempty"`
	Dimensions        []*Dimension        `yaml:"dimensions,omitempty" json:"dimensions,omitempty"`
	Glossary          []*Term             `yaml:"glossary,omitempty" json:"glossary,omitempty"`

	items    map[string]*Item
	order    []*Item
	areas    map[string]*KeyArea
	dims     map[string]*Dimension
	factors  map[string]*SuccessFactor
	orgTypes map[string]*OrganisationType
	values   map[string]*ScaleValue
}

// Attribution credits the source the framework is built on.
type Attribution struct {
	Pos         Pos    `yaml:"-" json:"-"`
	Title       string `yaml:"title" json:"title"`
	Publisher   string `yaml:"publisher" json:"publisher"`
	Year        int    `yaml:"year" json:"year"`
	ScoringNote string `yaml:"scoring_note" json:"scoring_note"`
}

// ScaleValue is one possible answer. Exactly one value of a scale is the
// "not applicable" answer (NA), which has no score; at most one is the
// "don't know" answer (Unknown), which has no score either and marks
// something to find out; the others score from 0 (nothing in place) to 1
// (fully in place).
type ScaleValue struct {
	Pos     Pos      `yaml:"-" json:"-"`
	Value   string   `yaml:"value" json:"value"`
	Label   string   `yaml:"label" json:"label"`
	Meaning string   `yaml:"meaning" json:"meaning"`
	Score   *float64 `yaml:"score,omitempty" json:"score,omitempty"`
	NA      bool     `yaml:"na,omitempty" json:"na,omitempty"`
	Unknown bool     `yaml:"unknown,omitempty" json:"unknown,omitempty"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
}

// Scored reports whether the value carries a score: neither "not
// applicable" nor "don't know".
func (v *ScaleValue) Scored() bool { return !v.NA && !v.Unknown && v.Score != nil }

// Thresholds are the minimum scores, in percent, for a good practice.
type Thresholds struct {
	Pos       Pos     `yaml:"-" json:"-"`
	Dimension float64 `yaml:"dimension" json:"dimension"`
	Overall   float64 `yaml:"overall" json:"overall"`
}

// OrganisationType is a kind of organisation that runs a practice. Items
// can be limited to some types.
type OrganisationType struct {
	Pos         Pos    `yaml:"-" json:"-"`
	ID          string `yaml:"id" json:"id"`
	Label       string `yaml:"label" json:"label"`
	Description string `yaml:"description" json:"description"`
}

// Routing is a readiness question whose answer decides which key areas an
// assessment covers: routing as data, so that a framework can send a
// practice that is just starting to one set of areas and an experienced
// one to another.
type Routing struct {
	Pos      Pos            `yaml:"-" json:"-"`
	Question string         `yaml:"question" json:"question"`
	Help     string         `yaml:"help,omitempty" json:"help,omitempty"`
	Source   string         `yaml:"source" json:"source"`
	Options  []*RouteOption `yaml:"options" json:"options"`
}

// RouteOption is one answer to the routing question and the key areas it
// leads to.
type RouteOption struct {
	Pos         Pos      `yaml:"-" json:"-"`
	Value       string   `yaml:"value" json:"value"`
	Label       string   `yaml:"label" json:"label"`
	Description string   `yaml:"description,omitempty" json:"description,omitempty"`
	KeyAreas    []string `yaml:"key_areas" json:"key_areas"`
}

// HasArea reports whether the route leads to the key area.
func (o *RouteOption) HasArea(id string) bool {
	for _, a := range o.KeyAreas {
		if a == id {
			return true
		}
	}
	return false
}

// Term is an entry of the framework's glossary: a word of the source
// that a reader may not know, explained in plain words.
type Term struct {
	Pos        Pos      `yaml:"-" json:"-"`
	ID         string   `yaml:"id" json:"id"` // lower-case, dashes: "durable-solutions"
	Term       string   `yaml:"term" json:"term"`
	Aliases    []string `yaml:"aliases,omitempty" json:"aliases,omitempty"` // other forms found in questions
	Definition string   `yaml:"definition" json:"definition"`
	Source     string   `yaml:"source" json:"source"`
}

// Term returns the glossary entry whose id, term or alias is s, ignoring
// case, or nil.
func (fw *Framework) Term(s string) *Term {
	s = strings.TrimSpace(s)
	for _, t := range fw.Glossary {
		if strings.EqualFold(t.ID, s) || strings.EqualFold(t.Term, s) {
			return t
		}
		for _, a := range t.Aliases {
			if strings.EqualFold(a, s) {
				return t
			}
		}
	}
	return nil
}

// TermsIn returns the glossary entries whose term or an alias appears in
// text as whole words, ignoring case, in glossary order: the words a
// reader of that text may want explained.
func (fw *Framework) TermsIn(text string) []*Term {
	if len(fw.Glossary) == 0 || text == "" {
		return nil
	}
	lower := strings.ToLower(text)
	var out []*Term
	for _, t := range fw.Glossary {
		for _, w := range append([]string{t.Term}, t.Aliases...) {
			if containsWord(lower, strings.ToLower(w)) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// containsWord reports whether word occurs in s with no letter or digit
// right before or after it.
func containsWord(s, word string) bool {
	if word == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], word)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(word):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Route returns the routing option with the given value, or nil.
func (fw *Framework) Route(value string) *RouteOption {
	if fw.Routing == nil {
		return nil
	}
	for _, o := range fw.Routing.Options {
		if strings.EqualFold(o.Value, strings.TrimSpace(value)) {
			return o
		}
	}
	return nil
}

// KeyArea is one of the handbook's key areas of a comprehensive approach
// to integration and inclusion, with its checklists.
type KeyArea struct {
	Pos            Pos              `yaml:"-" json:"-"`
	ID             string           `yaml:"id" json:"id"`
	Section        string           `yaml:"section" json:"section"`
	Title          string           `yaml:"title" json:"title"`
	Aim            string           `yaml:"aim" json:"aim"`
	Description    string           `yaml:"description" json:"description"`
	Benefits       []string         `yaml:"benefits,omitempty" json:"benefits,omitempty"`
	SuccessFactors []*SuccessFactor `yaml:"success_factors,omitempty" json:"success_factors,omitempty"`
	Checklists     []*Checklist     `yaml:"checklists" json:"checklists"`
	Examples       []*Example       `yaml:"examples,omitempty" json:"examples,omitempty"`
	Materials      []*Material      `yaml:"materials,omitempty" json:"materials,omitempty"`

	items []*Item
}

// Items returns the area's checklist items, in order, across its checklists.
func (a *KeyArea) Items() []*Item { return a.items }

// SuccessFactor is a criterion for a good practice in a key area.
type SuccessFactor struct {
	Pos         Pos    `yaml:"-" json:"-"`
	ID          string `yaml:"id" json:"id"`
	Name        string `yaml:"name" json:"name"`
	Description string `yaml:"description" json:"description"`

	area     *KeyArea
	examples []*Example
}

// Area returns the key area the factor belongs to.
func (f *SuccessFactor) Area() *KeyArea { return f.area }

// Examples returns the good-practice examples filed under the factor.
func (f *SuccessFactor) Examples() []*Example { return f.examples }

// Checklist is a list of items within a key area. An area may have more
// than one, for instance one only for local authorities.
type Checklist struct {
	Pos       Pos      `yaml:"-" json:"-"`
	Title     string   `yaml:"title" json:"title"`
	Note      string   `yaml:"note,omitempty" json:"note,omitempty"`
	AppliesTo []string `yaml:"applies_to,omitempty" json:"applies_to,omitempty"`
	Items     []*Item  `yaml:"items" json:"items"`
}

// Example is a good practice from the handbook that illustrates a success
// factor.
type Example struct {
	Pos           Pos    `yaml:"-" json:"-"`
	Country       string `yaml:"country" json:"country"`
	Practice      string `yaml:"practice" json:"practice"`
	Summary       string `yaml:"summary" json:"summary"`
	SuccessFactor string `yaml:"success_factor" json:"success_factor"`
}

// Material is a publication to learn more from.
type Material struct {
	Pos    Pos    `yaml:"-" json:"-"`
	Author string `yaml:"author" json:"author"`
	Title  string `yaml:"title" json:"title"`
	Year   int    `yaml:"year,omitempty" json:"year,omitempty"`
}

// QuickScan is the overarching checklist: a short scan across all key
// areas.
type QuickScan struct {
	Pos         Pos     `yaml:"-" json:"-"`
	Title       string  `yaml:"title" json:"title"`
	Section     string  `yaml:"section" json:"section"`
	Description string  `yaml:"description" json:"description"`
	Items       []*Item `yaml:"items" json:"items"`
}

// Dimension is a quality dimension of a practice, assessed through
// indicators grouped under guiding questions.
type Dimension struct {
	Pos         Pos                `yaml:"-" json:"-"`
	ID          string             `yaml:"id" json:"id"`
	Title       string             `yaml:"title" json:"title"`
	Section     string             `yaml:"section" json:"section"`
	Description string             `yaml:"description" json:"description"`
	Weight      *float64           `yaml:"weight,omitempty" json:"weight,omitempty"`
	Threshold   *float64           `yaml:"threshold,omitempty" json:"threshold,omitempty"`
	Questions   []*GuidingQuestion `yaml:"questions" json:"questions"`

	items []*Item
}

// Indicators returns the dimension's indicators, in order, across its
// guiding questions.
func (d *Dimension) Indicators() []*Item { return d.items }

// WeightOrDefault returns the dimension's weight in the quality score: 1
// unless the framework says otherwise.
func (d *Dimension) WeightOrDefault() float64 {
	if d.Weight == nil {
		return 1
	}
	return *d.Weight
}

// GuidingQuestion groups the indicators of a dimension.
type GuidingQuestion struct {
	Pos        Pos     `yaml:"-" json:"-"`
	ID         string  `yaml:"id" json:"id"`
	Text       string  `yaml:"text" json:"text"`
	Indicators []*Item `yaml:"indicators" json:"indicators"`
}

// Section names the part of an answer file an item is answered in.
type Section string

// The sections of an answer file.
const (
	SectionChecklist  Section = "checklist"
	SectionQuickScan  Section = "quick_scan"
	SectionIndicators Section = "indicators"
)

// Sections lists the answer sections in the order they are asked.
var Sections = []Section{SectionChecklist, SectionQuickScan, SectionIndicators}

// Title returns the section's name for people.
func (s Section) Title() string {
	switch s {
	case SectionChecklist:
		return "key-area checklists"
	case SectionQuickScan:
		return "quick scan"
	case SectionIndicators:
		return "quality indicators"
	}
	return string(s)
}

// Item is anything that is answered on the scale: a key-area checklist
// item, an overarching checklist item or a quality indicator.
type Item struct {
	Pos         Pos      `yaml:"-" json:"-"`
	ID          string   `yaml:"id" json:"id"`
	Question    string   `yaml:"question" json:"question"`
	Action      string   `yaml:"action" json:"action"`
	Help        string   `yaml:"help,omitempty" json:"help,omitempty"`
	Source      string   `yaml:"source" json:"source"`
	Serves      string   `yaml:"serves,omitempty" json:"serves,omitempty"`
	AppliesTo   []string `yaml:"applies_to,omitempty" json:"applies_to,omitempty"`
	AppliesNote string   `yaml:"applies_note,omitempty" json:"applies_note,omitempty"`
	KeyAreas    []string `yaml:"key_areas,omitempty" json:"key_areas,omitempty"`

	section   Section
	fw        *Framework
	area      *KeyArea
	checklist *Checklist
	dimension *Dimension
	guiding   *GuidingQuestion
	factor    *SuccessFactor
	appliesTo []string // AppliesTo, or its checklist's
}

// Framework returns the framework the item belongs to.
func (it *Item) Framework() *Framework { return it.fw }

// Section returns the answer-file section the item is answered in.
func (it *Item) Section() Section { return it.section }

// Area returns the key area of a checklist item, or nil.
func (it *Item) Area() *KeyArea { return it.area }

// Checklist returns the checklist a key-area item is on, or nil.
func (it *Item) Checklist() *Checklist { return it.checklist }

// Dimension returns the dimension of an indicator, or nil.
func (it *Item) Dimension() *Dimension { return it.dimension }

// GuidingQuestion returns the guiding question of an indicator, or nil.
func (it *Item) GuidingQuestion() *GuidingQuestion { return it.guiding }

// SuccessFactor returns the success factor a checklist item serves, or nil.
func (it *Item) SuccessFactor() *SuccessFactor { return it.factor }

// Group returns the id of the key area or dimension an item is scored in,
// or "" for quick-scan items.
func (it *Item) Group() string {
	switch {
	case it.area != nil:
		return it.area.ID
	case it.dimension != nil:
		return it.dimension.ID
	}
	return ""
}

// NotesKey returns the key of the answer file's notes that the item's
// group has: its key area's or dimension's id, or "quick_scan".
func (it *Item) NotesKey() string {
	if g := it.Group(); g != "" {
		return g
	}
	return NotesKeyQuickScan
}

// Restricted reports whether the item applies only to some organisation
// types, and lists them.
func (it *Item) Restricted() ([]string, bool) { return it.appliesTo, len(it.appliesTo) > 0 }

// AppliesToType reports whether the item applies to an organisation of
// the given type. An empty type means "not said", and every item applies.
func (it *Item) AppliesToType(orgType string) bool {
	if orgType == "" || len(it.appliesTo) == 0 {
		return true
	}
	for _, t := range it.appliesTo {
		if t == orgType {
			return true
		}
	}
	return false
}

// Item returns the item with the given id, or nil.
func (fw *Framework) Item(id string) *Item { return fw.items[id] }

// Items returns every item in the order they are asked: key-area
// checklists, then the quick scan, then the indicators.
func (fw *Framework) Items() []*Item { return fw.order }

// ItemsIn returns the items of one answer section, in order.
func (fw *Framework) ItemsIn(s Section) []*Item {
	var out []*Item
	for _, it := range fw.order {
		if it.section == s {
			out = append(out, it)
		}
	}
	return out
}

// KeyArea returns the key area with the given id, or nil.
func (fw *Framework) KeyArea(id string) *KeyArea { return fw.areas[id] }

// Dimension returns the dimension with the given id, or nil.
func (fw *Framework) Dimension(id string) *Dimension { return fw.dims[id] }

// SuccessFactor returns the success factor with the given id, or nil.
func (fw *Framework) SuccessFactor(id string) *SuccessFactor { return fw.factors[id] }

// OrganisationType returns the organisation type with the given id, or nil.
func (fw *Framework) OrganisationType(id string) *OrganisationType { return fw.orgTypes[id] }

// DimensionThreshold returns the minimum score of a dimension: its own
// threshold if the framework sets one, else the framework's.
func (fw *Framework) DimensionThreshold(d *Dimension) float64 {
	if d.Threshold != nil {
		return *d.Threshold
	}
	return fw.Thresholds.Dimension
}

// ParseAnswer finds the scale value that s names, ignoring case and
// surrounding space and accepting the value's aliases.
func (fw *Framework) ParseAnswer(s string) (*ScaleValue, bool) {
	// Most answers are written exactly as the scale spells them: look
	// them up before paying for lower-casing.
	if v, ok := fw.values[s]; ok {
		return v, true
	}
	v, ok := fw.values[strings.ToLower(strings.TrimSpace(s))]
	return v, ok
}

// NotApplicable returns the scale's "not applicable" value.
func (fw *Framework) NotApplicable() *ScaleValue {
	for _, v := range fw.Scale {
		if v.NA {
			return v
		}
	}
	return nil
}

// DontKnow returns the scale's "don't know" value, or nil when the
// framework has none.
func (fw *Framework) DontKnow() *ScaleValue {
	for _, v := range fw.Scale {
		if v.Unknown {
			return v
		}
	}
	return nil
}

// ScoredValues returns the scale's values that carry a score, from the
// lowest score to the highest. Their positions are the "steps" used to
// measure how far apart two answers are.
func (fw *Framework) ScoredValues() []*ScaleValue {
	var out []*ScaleValue
	for _, v := range fw.Scale {
		if v.Scored() {
			out = append(out, v)
		}
	}
	// Insertion sort: scales have a handful of values.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && *out[j].Score < *out[j-1].Score; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Steps numbers the scored values of a scale from the lowest score up
// (in the built-in scale no is 0, partly 1, yes 2), so that how far apart
// answers are can be counted: by merge's disagreements, the perception
// gap between perspectives and compare's agreement alike.
type Steps map[string]int

// FarApart is how many steps apart answers are for raters to disagree
// (a "yes" against a "no" on the built-in scale): merge's disagreements,
// the perception gap between perspectives and compare's "far apart".
const FarApart = 2

// Steps returns the steps of fw's scale.
func (fw *Framework) Steps() Steps {
	s := Steps{}
	for i, v := range fw.ScoredValues() {
		s[v.Value] = i
	}
	return s
}

// Range returns the lowest and the highest step among values; ok is false
// when none of them is scored (na, don't know and unknown values are left
// out).
func (s Steps) Range(values ...string) (lo, hi int, ok bool) {
	lo, hi = -1, -1
	for _, v := range values {
		st, scored := s[v]
		if !scored {
			continue
		}
		if lo < 0 || st < lo {
			lo = st
		}
		hi = max(hi, st)
	}
	return lo, hi, lo >= 0
}

// Spread is how many steps apart the highest and the lowest scored of
// values are: 0 when fewer than two are scored.
func (s Steps) Spread(values ...string) int {
	lo, hi, _ := s.Range(values...)
	return hi - lo
}

// ValueList returns the scale's values for messages: "yes, partly, no,
// na or unknown", joined in the language of the printer that writes it.
func (fw *Framework) ValueList() locale.List {
	names := make([]string, len(fw.Scale))
	for i, v := range fw.Scale {
		names[i] = v.Value
	}
	return locale.Or(names...)
}

// TypeLabel returns the label of an organisation type ("Local
// authority"), or the id itself when the framework does not know it.
func (fw *Framework) TypeLabel(id string) string {
	if t := fw.OrganisationType(id); t != nil {
		return t.Label
	}
	return id
}
