// Package form describes a framework as a field form: the questions a
// person answers on a phone with KoboToolbox, ODK Collect or Enketo, or in
// a spreadsheet, and the names under which their answers come back.
//
// A Form is language-neutral structure (groups, fields, choice lists,
// relevance and score calculations, in XLSForm's expression syntax) with
// one label per language for everything a person reads. The writers in
// report/xlsform turn it into an XLSForm, an XForm or a worksheet; the
// importer in checklist/importer reads submissions back through the same
// names and labels, so that the two can never drift apart.
package form

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Kind is what a field asks for.
type Kind int

// The kinds of fields a form has.
const (
	Group     Kind = iota // a page of fields
	Text                  // free text
	Date                  // a date, YYYY-MM-DD
	SelectOne             // one choice of a list
	Note                  // text shown, nothing asked
	Calculate             // a value computed from other answers
)

// Role says what a field's answer means for an answer file.
type Role int

// The roles of fields. RoleNone fields (groups, notes, scores) carry
// nothing back.
const (
	RoleNone Role = iota
	RoleFramework
	RoleName
	RoleOrganisation
	RoleOrganisationType
	RoleCountry
	RoleAssessedOn
	RoleAssessors
	RoleRefugeesInvolved
	RolePerspective // the rater's point of view: a checklist.Perspective
	RoleRoute
	RoleAnswer // the answer to Item
	RoleNote   // the note on Item
)

// Field is one row of the form: a group with its fields, a question, a
// note or a calculation.
type Field struct {
	Kind Kind
	// Name is the field's XML name, unique in the form.
	Name string
	// List names the choice list of a SelectOne.
	List string
	// Label and Hint hold one text per language of the form, in the order
	// of Form.Languages. Labels may refer to other fields as ${name}.
	Label, Hint []string
	Required    bool
	// Relevant, Calculation and Default are XLSForm expressions: fields
	// are referred to as ${name}.
	Relevant    string
	Calculation string
	Default     string
	Appearance  string
	Fields      []*Field // a group's fields

	Role Role
	Item *checklist.Item // for RoleAnswer and RoleNote
}

// Choice is one answer of a choice list.
type Choice struct {
	Name  string   // the value stored
	Label []string // per language
}

// List is a choice list.
type List struct {
	Name    string
	Choices []*Choice
}

// Form is a framework as a field form.
type Form struct {
	Framework *checklist.Framework
	// ID and Version identify the form to KoboToolbox and ODK Central:
	// the framework's id and version.
	ID, Version string
	Title       []string // per language
	Languages   []Language
	Fields      []*Field
	Lists       []*List

	byName map[string]*Field
	parent map[*Field]*Field
}

// The names of the fields and lists scorecard adds around the
// framework's items. Item ids are used as they are.
const (
	FieldFramework = "scorecard_framework"
	GroupPractice  = "practice"
	GroupRouting   = "routing"
	GroupScores    = "scores"
	FieldRoute     = "route"
	ListScale      = "scale"
	ListOrgTypes   = "organisation_types"
	ListYesNo      = "yes_no"
	ListRoutes     = "routes"
	// ListPerspectives holds checklist.Perspectives() and NotRecorded.
	ListPerspectives = "perspectives"
	// NotRecorded is the perspectives' choice for a rater who does not
	// say: the answer file gets no "perspective:".
	NotRecorded = "not_recorded"
	// NoteSuffix makes the name of an item's note field: "KA1-01_note".
	NoteSuffix = "_note"
)

// Field returns the field with the given name, or nil.
func (f *Form) Field(name string) *Field { return f.byName[name] }

// Path returns the names of the groups around a field and its own,
// outermost first: ["KA1", "KA1-01"].
func (f *Form) Path(fd *Field) []string {
	var path []string
	for p := fd; p != nil; p = f.parent[p] {
		path = append(path, p.Name)
	}
	slices.Reverse(path)
	return path
}

// Parent returns the group a field is in, or nil at the top.
func (f *Form) Parent(fd *Field) *Field { return f.parent[fd] }

// List returns the choice list with the given name, or nil.
func (f *Form) List(name string) *List {
	for _, l := range f.Lists {
		if l.Name == name {
			return l
		}
	}
	return nil
}

// Walk calls fn for every field, depth first, in form order.
func (f *Form) Walk(fn func(*Field)) {
	var walk func([]*Field)
	walk = func(fields []*Field) {
		for _, fd := range fields {
			fn(fd)
			walk(fd.Fields)
		}
	}
	walk(f.Fields)
}

// FieldName turns a framework id into a field name. Framework ids are
// ASCII letters, digits, dots, dashes and underscores; XML names allow all
// of these, but not a digit first, which gets an underscore before it.
func FieldName(id string) string {
	if id != "" && id[0] >= '0' && id[0] <= '9' {
		return "_" + id
	}
	return id
}

// New builds the form of a framework in the given languages (at least
// one; the first is the form's default).
func New(fw *checklist.Framework, langs []Language) (*Form, error) {
	if len(langs) == 0 {
		return nil, fmt.Errorf("a form needs at least one language")
	}
	b := &builder{fw: fw, langs: langs, form: &Form{
		Framework: fw,
		ID:        fw.ID,
		Version:   fw.Version,
		Languages: langs,
	}}
	b.form.Title = b.each(func(l Language) string { return l.text(KindFramework, fw.ID, "title", fw.Title) })
	b.lists()
	b.form.Fields = append(b.form.Fields,
		&Field{Kind: Calculate, Name: FieldFramework, Calculation: "'" + fw.ID + "'", Role: RoleFramework},
		b.profile())
	if r := b.routing(); r != nil {
		b.form.Fields = append(b.form.Fields, r)
	}
	for _, a := range fw.KeyAreas {
		b.form.Fields = append(b.form.Fields, b.keyArea(a))
	}
	if qs := b.quickScan(); qs != nil {
		b.form.Fields = append(b.form.Fields, qs)
	}
	for _, d := range fw.Dimensions {
		b.form.Fields = append(b.form.Fields, b.dimension(d))
	}
	b.form.Fields = append(b.form.Fields, b.scores())
	if err := b.index(); err != nil {
		return nil, err
	}
	return b.form, nil
}

type builder struct {
	fw    *checklist.Framework
	langs []Language
	form  *Form
}

// each makes one text per language.
func (b *builder) each(fn func(Language) string) []string {
	out := make([]string, len(b.langs))
	for i, l := range b.langs {
		out[i] = fn(l)
	}
	return out
}

// eachIndex makes one text per language from the language's index.
func (b *builder) eachIndex(fn func(int) string) []string {
	out := make([]string, len(b.langs))
	for i := range b.langs {
		out[i] = fn(i)
	}
	return out
}

func (b *builder) lists() {
	fw := b.fw
	scale := &List{Name: ListScale}
	for _, v := range fw.Scale {
		scale.Choices = append(scale.Choices, &Choice{Name: v.Value, Label: b.each(func(l Language) string { return l.text(KindScale, v.Value, "label", v.Label) })})
	}
	types := &List{Name: ListOrgTypes}
	for _, t := range fw.OrganisationTypes {
		types.Choices = append(types.Choices, &Choice{Name: t.ID, Label: b.each(func(l Language) string { return l.text(KindOrganisationType, t.ID, "label", t.Label) })})
	}
	yesNo := &List{Name: ListYesNo, Choices: []*Choice{
		{Name: "yes", Label: b.each(func(l Language) string { return wordYes(l.printer()) })},
		{Name: "no", Label: b.each(func(l Language) string { return wordNo(l.printer()) })},
	}}
	perspectives := &List{Name: ListPerspectives}
	for _, v := range checklist.Perspectives() {
		perspectives.Choices = append(perspectives.Choices, &Choice{Name: string(v), Label: b.each(func(l Language) string { return wordPerspectiveChoice(l.printer(), v) })})
	}
	perspectives.Choices = append(perspectives.Choices, &Choice{Name: NotRecorded, Label: b.each(func(l Language) string { return wordNotRecorded(l.printer()) })})
	b.form.Lists = append(b.form.Lists, scale, types, yesNo, perspectives)
	if r := fw.Routing; r != nil {
		routes := &List{Name: ListRoutes}
		for _, o := range r.Options {
			routes.Choices = append(routes.Choices, &Choice{Name: o.Value, Label: b.each(func(l Language) string { return l.text(KindRouteOption, o.Value, "label", o.Label) })})
		}
		b.form.Lists = append(b.form.Lists, routes)
	}
}

// profile is the first page: the practice and who assesses it.
func (b *builder) profile() *Field {
	words := func(fn func(*locale.Printer) string) []string {
		return b.each(func(l Language) string { return fn(l.printer()) })
	}
	g := &Field{Kind: Group, Name: GroupPractice, Appearance: "field-list", Label: words(wordProfile)}
	g.Fields = []*Field{
		{Kind: Text, Name: "practice_name", Role: RoleName, Required: true, Label: words(wordName), Hint: words(wordNameHint)},
		{Kind: Text, Name: "organisation", Role: RoleOrganisation, Label: words(wordOrganisation)},
		{Kind: SelectOne, Name: "organisation_type", List: ListOrgTypes, Role: RoleOrganisationType, Label: words(wordOrgType), Hint: words(wordOrgTypeHint)},
		{Kind: Text, Name: "country", Role: RoleCountry, Label: words(wordCountry), Hint: words(wordCountryHint)},
		{Kind: Date, Name: "assessed_on", Role: RoleAssessedOn, Default: "today()", Label: words(wordDate)},
		{Kind: Text, Name: "assessors", Role: RoleAssessors, Label: words(wordAssessors), Hint: words(wordAssessorsHint)},
		{Kind: SelectOne, Name: "refugees_involved", List: ListYesNo, Role: RoleRefugeesInvolved, Label: words(wordRefugees)},
		{Kind: SelectOne, Name: "perspective", List: ListPerspectives, Role: RolePerspective, Label: words(wordPerspective), Hint: words(wordPerspectiveHint)},
	}
	return g
}

// routing is the readiness question of frameworks that have one: its
// answer decides which key areas the form shows.
func (b *builder) routing() *Field {
	r := b.fw.Routing
	if r == nil {
		return nil
	}
	q := &Field{Kind: SelectOne, Name: FieldRoute, List: ListRoutes, Role: RoleRoute, Required: true,
		Label: b.each(func(l Language) string { return l.text(KindRouting, "routing", "question", r.Question) }),
		Hint:  b.each(func(l Language) string { return l.text(KindRouting, "routing", "help", r.Help) }),
	}
	return &Field{Kind: Group, Name: GroupRouting, Appearance: "field-list",
		Label: b.each(func(l Language) string { return wordWhereToStart(l.printer()) }), Fields: []*Field{q}}
}

func (b *builder) keyArea(a *checklist.KeyArea) *Field {
	name := FieldName(a.ID)
	g := &Field{Kind: Group, Name: name, Appearance: "field-list", Relevant: b.routeRelevant(a.ID),
		Label: b.each(func(l Language) string { return a.ID + " " + l.text(KindKeyArea, a.ID, "title", a.Title) })}
	g.Fields = append(g.Fields, &Field{Kind: Note, Name: name + "_aim",
		Label: b.each(func(l Language) string { return l.text(KindKeyArea, a.ID, "aim", a.Aim) })})
	for _, it := range a.Items() {
		g.Fields = append(g.Fields, b.item(it)...)
	}
	return g
}

func (b *builder) quickScan() *Field {
	qs := b.fw.QuickScan
	if qs == nil || len(qs.Items) == 0 {
		return nil
	}
	g := &Field{Kind: Group, Name: checklist.NotesKeyQuickScan, Appearance: "field-list",
		Label: b.each(func(l Language) string { return l.text(KindQuickScan, "quick_scan", "title", qs.Title) })}
	if qs.Description != "" {
		g.Fields = append(g.Fields, &Field{Kind: Note, Name: "quick_scan_intro",
			Label: b.each(func(l Language) string { return l.text(KindQuickScan, "quick_scan", "description", qs.Description) })})
	}
	for _, it := range qs.Items {
		g.Fields = append(g.Fields, b.item(it)...)
	}
	return g
}

func (b *builder) dimension(d *checklist.Dimension) *Field {
	g := &Field{Kind: Group, Name: FieldName(d.ID), Appearance: "field-list",
		Label: b.each(func(l Language) string { return d.ID + " " + l.text(KindDimension, d.ID, "title", d.Title) })}
	for _, q := range d.Questions {
		g.Fields = append(g.Fields, &Field{Kind: Note, Name: FieldName(q.ID),
			Label: b.each(func(l Language) string { return l.text(KindGuidingQuestion, q.ID, "text", q.Text) })})
		for _, it := range q.Indicators {
			g.Fields = append(g.Fields, b.item(it)...)
		}
	}
	return g
}

// item is a question on the scale, and room for a note on it.
func (b *builder) item(it *checklist.Item) []*Field {
	name := FieldName(it.ID)
	relevant := b.typeRelevant(it)
	q := &Field{Kind: SelectOne, Name: name, List: ListScale, Role: RoleAnswer, Item: it, Relevant: relevant,
		Label: b.each(func(l Language) string { return it.ID + " " + l.text(KindItem, it.ID, "question", it.Question) }),
		Hint:  b.each(func(l Language) string { return l.text(KindItem, it.ID, "help", it.Help) }),
	}
	note := &Field{Kind: Text, Name: name + NoteSuffix, Role: RoleNote, Item: it, Relevant: relevant, Appearance: "multiline",
		Label: b.each(func(l Language) string { return wordNoteOn(l.printer(), it.ID) })}
	return []*Field{q, note}
}

// typeRelevant is the condition under which an item applies: always,
// unless it is for some organisation types only. Without a type, every
// item applies, as in answer files.
func (b *builder) typeRelevant(it *checklist.Item) string {
	types, restricted := it.Restricted()
	if !restricted {
		return ""
	}
	ref := "${organisation_type}"
	terms := []string{ref + " = ''"}
	for _, t := range types {
		terms = append(terms, ref+" = '"+t+"'")
	}
	return strings.Join(terms, " or ")
}

// routeRelevant is the condition under which a key area is on the route
// taken: always, unless some routes leave it out.
func (b *builder) routeRelevant(area string) string {
	r := b.fw.Routing
	if r == nil {
		return ""
	}
	var terms []string
	for _, o := range r.Options {
		if o.HasArea(area) {
			terms = append(terms, "${"+FieldRoute+"} = '"+o.Value+"'")
		}
	}
	if len(terms) == len(r.Options) {
		return ""
	}
	if len(terms) == 0 {
		return "false()"
	}
	return strings.Join(terms, " or ")
}

// number writes a weight or a score for an expression.
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// index names every field, checks that names are unique, and links
// fields to their groups.
func (b *builder) index() error {
	f := b.form
	f.byName = map[string]*Field{}
	f.parent = map[*Field]*Field{}
	var walk func(parent *Field, fields []*Field) error
	walk = func(parent *Field, fields []*Field) error {
		for _, fd := range fields {
			if _, dup := f.byName[fd.Name]; dup {
				return errors.New(b.langs[0].printer().Sprintf("framework %s: the form would have two fields named %q; rename the id that clashes with it", b.fw.ID, fd.Name))
			}
			f.byName[fd.Name] = fd
			if parent != nil {
				f.parent[fd] = parent
			}
			if err := walk(fd, fd.Fields); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(nil, f.Fields)
}
