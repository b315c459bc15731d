package assess

import (
	"errors"
	"golang.org/x/text/collate"
	"slices"
	"strings"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// FieldKind tells how a question of a form is answered.
type FieldKind int

// The kinds of form question.
const (
	TextField   FieldKind = iota // a line of text
	ChoiceField                  // one of a few options
	MultiField                   // any of a few options, at least one
)

// Option is one answer to a choice.
type Option struct {
	Label string // shown, in full
	Short string // in summaries; Label when empty
	Value string // stored
	// Also lists other words that choose the option in accessible mode,
	// whatever the interface language: the English words that the answer
	// files use, so that a script's piped answers mean the same under any
	// LANG.
	Also []string
}

func (o Option) short() string {
	if o.Short != "" {
		return o.Short
	}
	return o.Label
}

// Field is one question of a form page (the profile, the route, the
// scope). Both askers edit Value (or Values) and call confirm, which
// checks it and stores it in the answer file.
type Field struct {
	Key         string // "name", "organisation_type": which field it is
	Kind        FieldKind
	Title       string
	Label       string // short, before its value in a summary; Title when empty
	Help        string
	Placeholder string
	// Spoken names the question in a sentence: "the name of the practice".
	Spoken string
	// Expect says what a valid answer is, for a field with a check: "a
	// date written as year-month-day, such as 2026-11-20".
	Expect  string
	Options []Option
	// Search: the options are many (countries); typing searches them.
	Search bool

	Value  string   // TextField, ChoiceField
	Values []string // MultiField

	check     func(f *Field) error // nil: anything goes
	store     func(f *Field)
	hidden    func() bool
	confirmed bool
}

// confirm checks the field's value and stores it in the answer file.
func (f *Field) confirm() error {
	if f.Kind == TextField {
		f.Value = strings.TrimSpace(f.Value)
	}
	if f.check != nil {
		if err := f.check(f); err != nil {
			return err
		}
	}
	f.store(f)
	f.confirmed = true
	return nil
}

func (f *Field) label() string {
	if f.Label != "" {
		return f.Label
	}
	return f.Title
}

// shown reports whether the field is asked.
func (f *Field) shown() bool { return f.hidden == nil || !f.hidden() }

// option returns the option with the given value.
func (f *Field) option(value string) (Option, bool) {
	for _, o := range f.Options {
		if o.Value == value {
			return o, true
		}
	}
	return Option{}, false
}

// display is the field's value in words, for summaries and for the
// accessible prompts: the text, the option's label, the options chosen.
func (f *Field) display(p *locale.Printer) string {
	switch f.Kind {
	case ChoiceField:
		if o, ok := f.option(f.Value); ok {
			return o.short()
		}
		return f.Value
	case MultiField:
		var labels []string
		for _, o := range f.Options {
			if slices.Contains(f.Values, o.Value) {
				labels = append(labels, o.short())
			}
		}
		return joinAnd(p, labels)
	}
	return f.Value
}

// joinAnd joins words for a sentence: "a", "a and b", "a, b and c".
func joinAnd(p *locale.Printer, words []string) string {
	switch len(words) {
	case 0:
		return p.Sprintf("nothing")
	case 1:
		return words[0]
	}
	return p.Sprintf("%s and %s", strings.Join(words[:len(words)-1], ", "), words[len(words)-1])
}

// profileFields asks who assessed which practice. Values start from the
// file (a resumed assessment) or the defaults (today's date).
func profileFields(p *locale.Printer, fw *checklist.Framework, af *checklist.AnswerFile, today string) []*Field {
	pr := &af.Practice
	text := func(key, title, spoken string, value *string) *Field {
		return &Field{Key: key, Kind: TextField, Title: title, Spoken: spoken, Value: *value,
			store: func(f *Field) { *value = checklist.CleanText(f.Value) }}
	}
	name := text("name", p.Sprintf("Name of the practice or service"), p.Sprintf("the name of the practice"), &pr.Name)
	name.Placeholder = p.Sprintf("such as Welcome Bureau")
	name.Label = p.Sprintf("Name")
	name.Expect = p.Sprintf("the name of the practice, the one thing scorecard needs")
	name.check = func(f *Field) error {
		if f.Value == "" {
			return errors.New(p.Sprintf("Please give the practice a name: it is the one thing scorecard needs."))
		}
		return nil
	}
	org := text("organisation", p.Sprintf("Organisation"), p.Sprintf("the organisation"), &pr.Organisation)
	org.Placeholder = p.Sprintf("the organisation that runs the practice")

	types := []Option{{Label: p.Sprintf("Not specified: every item applies"), Short: p.Sprintf("Not specified"), Value: ""}}
	for _, t := range fw.OrganisationTypes {
		types = append(types, Option{Label: t.Label + ": " + t.Description, Short: t.Label, Value: t.ID})
	}
	orgType := &Field{Key: "organisation_type", Kind: ChoiceField, Title: p.Sprintf("Type of organisation"),
		Help:  p.Sprintf("Some checklist items only concern some organisations, such as local authorities."),
		Label: p.Sprintf("Type"), Spoken: p.Sprintf("the type of organisation"), Options: types, Value: pr.OrganisationType,
		store: func(f *Field) { pr.OrganisationType = f.Value }}

	country := &Field{Key: "country", Kind: ChoiceField, Title: p.Sprintf("Country"), Search: true,
		Help:   p.Sprintf("Type a few letters of its name or its code to find it."),
		Spoken: p.Sprintf("the country"), Options: countryOptions(p, pr.Country), Value: pr.Country,
		store: func(f *Field) { pr.Country = checklist.CleanText(f.Value) }}

	dateValue := pr.AssessedOn
	if dateValue == "" {
		dateValue = today
	}
	date := &Field{Key: "assessed_on", Kind: TextField, Title: p.Sprintf("Date of the assessment"), Label: p.Sprintf("Date"),
		Help: p.Sprintf("Year, month and day, such as %s.", today), Spoken: p.Sprintf("the date of the assessment"),
		Value:  dateValue,
		Expect: p.Sprintf("a date written as year-month-day, such as %s", today),
		check: func(f *Field) error {
			if _, err := time.Parse(time.DateOnly, f.Value); err != nil {
				return errors.New(p.Sprintf("Write the date as year-month-day, such as %s.", today))
			}
			return nil
		},
		store: func(f *Field) { pr.AssessedOn = f.Value }}

	assessors := &Field{Key: "assessors", Kind: TextField, Title: p.Sprintf("Who takes part in this assessment?"), Label: p.Sprintf("Taking part"),
		Help: p.Sprintf("Names, separated by commas."), Spoken: p.Sprintf("who takes part"),
		Value: strings.Join(pr.Assessors, ", "),
		store: func(f *Field) { pr.Assessors = splitNames(f.Value) }}

	involved := ""
	if pr.RefugeesInvolved != nil {
		involved = "false"
		if *pr.RefugeesInvolved {
			involved = "true"
		}
	}
	refugees := &Field{Key: "refugees_involved", Kind: ChoiceField, Title: p.Sprintf("Did refugees take part in this assessment?"), Label: p.Sprintf("Refugees took part"),
		Spoken: p.Sprintf("whether refugees took part"),
		Options: []Option{
			{Label: p.Sprintf("Yes"), Value: "true", Also: []string{"yes", "y"}},
			{Label: p.Sprintf("No"), Value: "false", Also: []string{"no", "n"}},
			{Label: p.Sprintf("Not recorded"), Value: "", Also: []string{"not recorded"}},
		},
		Value: involved,
		store: func(f *Field) {
			switch f.Value {
			case "true", "false":
				v := f.Value == "true"
				pr.RefugeesInvolved = &v
			default:
				pr.RefugeesInvolved = nil
			}
		}}
	return []*Field{name, org, orgType, country, date, assessors, refugees, perspectiveField(p, af)}
}

// perspectiveField asks the point of view the person answers from, so
// that merge can set refugees' and staff's views side by side.
func perspectiveField(p *locale.Printer, af *checklist.AnswerFile) *Field {
	var opts []Option
	for _, v := range checklist.Perspectives() {
		opts = append(opts, Option{Label: v.Label(p) + ": " + v.Description(p), Short: v.Label(p), Value: string(v)})
	}
	opts = append(opts, Option{Label: p.Sprintf("Not recorded"), Value: "", Also: []string{"not recorded"}})
	return &Field{Key: "perspective", Kind: ChoiceField,
		Title:   p.Sprintf("From which point of view do you answer?"),
		Label:   p.Sprintf("Point of view"),
		Spoken:  p.Sprintf("your point of view"),
		Options: opts, Value: string(af.Perspective),
		store: func(f *Field) { af.Perspective = checklist.Perspective(f.Value) }}
}

// countryOptions lists "not specified" and the countries by name; a
// country written in the file that is not a known code is kept as it is.
func countryOptions(p *locale.Printer, current string) []Option {
	opts := make([]Option, 0, len(countryCodes)+2)
	for _, c := range countryCodes {
		name := countryName(p, c)
		opts = append(opts, Option{Label: name + " (" + c + ")", Short: name, Value: c})
	}
	// In the alphabet of the reader's language: Lithuanian puts Č, Š
	// and Ž after C, S and Z.
	order := collate.New(p.Tag(), collate.IgnoreCase)
	slices.SortStableFunc(opts, func(a, b Option) int { return order.CompareString(a.Label, b.Label) })
	head := []Option{{Label: p.Sprintf("Not specified"), Value: ""}}
	if current != "" && countryName(p, current) == "" {
		head = append(head, Option{Label: current, Value: current})
	}
	return append(head, opts...)
}

// routeFields asks the framework's routing question; the answer decides
// which key areas the assessment covers.
func routeFields(p *locale.Printer, fw *checklist.Framework, af *checklist.AnswerFile) []*Field {
	r := fw.Routing
	var opts []Option
	for _, o := range r.Options {
		label := o.Label
		if o.Description != "" {
			label += ": " + o.Description
		}
		opts = append(opts, Option{Label: label, Short: o.Label, Value: o.Value})
	}
	value := af.Route
	if value == "" {
		value = r.Options[0].Value
	}
	help := r.Help
	if help != "" {
		help += " "
	}
	help += p.Sprintf("Your answer decides which parts you are asked.")
	return []*Field{{Key: "route", Kind: ChoiceField, Title: r.Question, Help: help, Spoken: p.Sprintf("where you start"),
		Options: opts, Value: value, confirmed: af.Route != "",
		store: func(f *Field) { af.Route = f.Value }}}
}

// scopeFields asks which sections and key areas to assess; store writes
// the choice into scope.
func scopeFields(p *locale.Printer, fw *checklist.Framework, scope *checklist.Scope) []*Field {
	var sectionOpts []Option
	var available []string
	for _, s := range checklist.Sections {
		if len(fw.ItemsIn(s)) == 0 {
			continue
		}
		var o Option
		switch s {
		case checklist.SectionChecklist:
			o = Option{Label: p.Sprintf("Key-area checklists: the detailed checklists of the key areas"), Short: p.Sprintf("Key-area checklists")}
		case checklist.SectionQuickScan:
			o = Option{Label: p.Sprintf("Quick scan: the overarching checklist, a short first look"), Short: p.Sprintf("Quick scan")}
		case checklist.SectionIndicators:
			o = Option{Label: p.Sprintf("Quality indicators: is the practice a good practice?"), Short: p.Sprintf("Quality indicators")}
		}
		o.Value = string(s)
		sectionOpts = append(sectionOpts, o)
		available = append(available, string(s))
	}
	var sections []string
	for _, s := range available {
		if scope.HasSection(checklist.Section(s)) {
			sections = append(sections, s)
		}
	}
	if len(sections) == 0 {
		sections = available
	}
	var areaOpts []Option
	var areas []string
	route := fw.Route(scope.Route)
	for _, a := range fw.KeyAreas {
		if route != nil && !route.HasArea(a.ID) {
			continue
		}
		if scope.HasArea(a.ID) {
			areas = append(areas, a.ID)
		}
		areaOpts = append(areaOpts, Option{Label: a.ID + " " + a.Title, Short: a.ID, Value: a.ID})
	}
	if len(areas) == 0 {
		for _, o := range areaOpts {
			areas = append(areas, o.Value)
		}
	}
	help := p.Sprintf("All three by default.")
	if len(sectionOpts) != 3 {
		help = p.Sprintf("All of them by default.")
	}
	secField := &Field{Key: "sections", Kind: MultiField, Title: p.Sprintf("What do you want to assess?"), Label: p.Sprintf("To assess"),
		Help: help, Spoken: p.Sprintf("what to assess"), Options: sectionOpts, Values: sections,
		Expect: p.Sprintf("at least one choice: a number from 1 to %d adds it", len(sectionOpts)),
		// With one section there is nothing to choose.
		hidden: func() bool { return len(sectionOpts) < 2 },
		check: func(f *Field) error {
			if len(f.Values) == 0 {
				return errors.New(p.Sprintf("Choose at least one."))
			}
			return nil
		},
		store: func(f *Field) {
			scope.Sections = nil
			for _, s := range available {
				if slices.Contains(f.Values, s) {
					scope.Sections = append(scope.Sections, checklist.Section(s))
				}
			}
		}}
	noChecklist := func() bool {
		return !slices.Contains(secField.Values, string(checklist.SectionChecklist)) || len(areaOpts) < 2
	}
	areaField := &Field{Key: "areas", Kind: MultiField, Title: p.Sprintf("Which key areas?"), Label: p.Sprintf("Key areas"),
		Help: p.Sprintf("The areas relevant to your practice; all by default."), Spoken: p.Sprintf("which key areas"),
		Options: areaOpts, Values: areas, hidden: noChecklist,
		Expect: p.Sprintf("at least one key area: a number from 1 to %d adds it", len(areaOpts)),
		check: func(f *Field) error {
			if len(f.Values) == 0 {
				return errors.New(p.Sprintf("Choose at least one key area."))
			}
			return nil
		},
		store: func(f *Field) {
			scope.Areas = nil
			if len(f.Values) < len(areaOpts) {
				for _, o := range areaOpts {
					if slices.Contains(f.Values, o.Value) {
						scope.Areas = append(scope.Areas, o.Value)
					}
				}
			}
		}}
	return []*Field{secField, areaField}
}

func splitNames(s string) []string {
	var names []string
	for _, n := range strings.Split(s, ",") {
		if n = checklist.CleanText(strings.TrimSpace(n)); n != "" {
			names = append(names, n)
		}
	}
	return names
}
