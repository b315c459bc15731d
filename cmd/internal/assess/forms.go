package assess

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/inclusion-tools/scorecard/checklist"
)

// binding ties one field of a page to the place its answer goes. Only a
// confirmed value is ever committed: a field the user moved through but
// did not confirm, or a form that stopped half-way, leaves the answer file
// as it was.
type binding struct {
	key   string
	field huh.Field
	// help is printed before the field in accessible mode, where huh
	// shows a select's title and options but not its description.
	help   string
	value  func() any  // the field's current value
	commit func(v any) // stores a confirmed value; nil for notes on screen
	hidden func() bool // nil: always asked
}

// pageForm is a page ready to be asked: huh groups for the terminal, and
// the same fields in order for the accessible prompts.
type pageForm struct {
	page     *Page
	groups   []*huh.Group
	bindings []*binding
}

// skipValue is the select value of "Skip for now": the item stays
// unanswered.
const skipValue = ""

// profileForm asks who assessed which practice.
func profileForm(fw *checklist.Framework, p *checklist.Practice, today string) *pageForm {
	name := p.Name
	org := p.Organisation
	orgType := p.OrganisationType
	country := p.Country
	date := p.AssessedOn
	if date == "" {
		date = today
	}
	assessors := strings.Join(p.Assessors, ", ")
	involved := ""
	if p.RefugeesInvolved != nil {
		involved = fmt.Sprint(*p.RefugeesInvolved)
	}

	typeOptions := []huh.Option[string]{}
	for _, t := range fw.OrganisationTypes {
		typeOptions = append(typeOptions, huh.NewOption(t.Label+": "+t.Description, t.ID))
	}
	typeOptions = append(typeOptions, huh.NewOption("Not specified: every item applies", ""))

	pf := &pageForm{page: &Page{Kind: ProfilePage, Title: "The practice"}}
	intro := huh.NewNote().
		Title("The practice you assess").
		Description("A few facts about the practice or service. Only its name is required; the rest appears in the report.")
	nameField := huh.NewInput().Key("name").Title("Name of the practice or service").
		Placeholder("e.g. Welcome Bureau").Value(&name).
		Validate(func(s string) error {
			// An empty line keeps the current value in accessible mode.
			if strings.TrimSpace(s) == "" && strings.TrimSpace(name) == "" {
				return errors.New("please give the practice a name")
			}
			return nil
		})
	orgField := huh.NewInput().Key("organisation").Title("Organisation").Placeholder("who runs it").Value(&org)
	typeField := huh.NewSelect[string]().Key("organisation_type").Title("Type of organisation").
		Description("Some checklist items only concern some organisations, such as local authorities.").
		Options(typeOptions...).Value(&orgType)
	countryField := huh.NewInput().Key("country").Title("Country").Placeholder("e.g. BG").Value(&country)
	dateField := huh.NewInput().Key("assessed_on").Title("Date of the assessment (YYYY-MM-DD)").Value(&date).
		Validate(func(s string) error {
			s = strings.TrimSpace(s)
			if s == "" {
				s = strings.TrimSpace(date) // an empty line keeps the current value
			}
			if _, err := time.Parse(time.DateOnly, s); err != nil {
				return errors.New("write the date as YYYY-MM-DD, such as " + today)
			}
			return nil
		})
	assessorsField := huh.NewInput().Key("assessors").Title("Who takes part in this assessment?").
		Description("Names, separated by commas.").Value(&assessors)
	involvedField := huh.NewSelect[string]().Key("refugees_involved").Title("Do refugees take part in this assessment?").
		Options(huh.NewOption("Yes", "true"), huh.NewOption("No", "false"), huh.NewOption("Prefer not to say", "")).
		Value(&involved)

	str := func(v any) string { s, _ := v.(string); return strings.TrimSpace(s) }
	pf.bindings = []*binding{
		{field: intro},
		{key: "name", field: nameField, value: func() any { return name }, commit: func(v any) { p.Name = checklist.CleanText(str(v)) }},
		{key: "organisation", field: orgField, value: func() any { return org }, commit: func(v any) { p.Organisation = checklist.CleanText(str(v)) }},
		{key: "organisation_type", field: typeField, help: "Some checklist items only concern some organisations, such as local authorities.", value: func() any { return orgType }, commit: func(v any) { p.OrganisationType = str(v) }},
		{key: "country", field: countryField, value: func() any { return country }, commit: func(v any) { p.Country = checklist.CleanText(str(v)) }},
		{key: "assessed_on", field: dateField, value: func() any { return date }, commit: func(v any) { p.AssessedOn = str(v) }},
		{key: "assessors", field: assessorsField, value: func() any { return assessors }, commit: func(v any) { p.Assessors = splitNames(str(v)) }},
		{key: "refugees_involved", field: involvedField, value: func() any { return involved }, commit: func(v any) {
			switch str(v) {
			case "true":
				t := true
				p.RefugeesInvolved = &t
			case "false":
				f := false
				p.RefugeesInvolved = &f
			default:
				p.RefugeesInvolved = nil
			}
		}},
	}
	pf.groups = []*huh.Group{
		huh.NewGroup(intro, nameField, orgField, typeField),
		huh.NewGroup(countryField, dateField, assessorsField, involvedField),
	}
	return pf
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

// scopeForm asks which sections and key areas to assess. Its choices are
// stored in scope.
func scopeForm(fw *checklist.Framework, scope *checklist.Scope) *pageForm {
	var sectionOptions []huh.Option[string]
	var available []string
	for _, s := range checklist.Sections {
		if len(fw.ItemsIn(s)) == 0 {
			continue
		}
		label := map[checklist.Section]string{
			checklist.SectionChecklist:  "Key-area checklists: the detailed checklists of the key areas",
			checklist.SectionQuickScan:  "Quick scan: the overarching checklist, a short first look",
			checklist.SectionIndicators: "Quality indicators: is the practice a good practice?",
		}[s]
		sectionOptions = append(sectionOptions, huh.NewOption(label, string(s)))
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
	for i := range sectionOptions {
		sectionOptions[i] = sectionOptions[i].Selected(slices.Contains(sections, sectionOptions[i].Value))
	}
	var areaOptions []huh.Option[string]
	var areas []string
	route := fw.Route(scope.Route)
	for _, a := range fw.KeyAreas {
		if route != nil && !route.HasArea(a.ID) {
			continue
		}
		on := scope.HasArea(a.ID)
		if on {
			areas = append(areas, a.ID)
		}
		areaOptions = append(areaOptions, huh.NewOption(a.ID+" "+a.Title, a.ID).Selected(on))
	}

	sectionsField := huh.NewMultiSelect[string]().Key("sections").
		Title("What do you want to assess?").
		Description(sectionsDescription).
		Options(sectionOptions...).Value(&sections).
		Validate(func(s []string) error {
			if len(s) == 0 {
				return errors.New("choose at least one")
			}
			return nil
		})
	areasField := huh.NewMultiSelect[string]().Key("areas").
		Title("Which key areas?").
		Description(areasDescription).
		Options(areaOptions...).Value(&areas).
		Validate(func(s []string) error {
			if len(s) == 0 {
				return errors.New("choose at least one key area")
			}
			return nil
		})
	// huh v2.0.3 sizes a multi-select without a height to its options
	// minus its header lines, hiding options; an explicit height that
	// counts the header avoids it (see github.com/entireio/cli/issues/2126).
	sectionsField.Height(multiSelectHeight("What do you want to assess?", sectionsDescription, len(sectionOptions)))
	areasField.Height(multiSelectHeight("Which key areas?", areasDescription, len(areaOptions)))
	noChecklist := func() bool { return !slices.Contains(sections, string(checklist.SectionChecklist)) }

	pf := &pageForm{page: &Page{Kind: ScopePage, Title: "What to assess"}}
	pf.bindings = []*binding{
		{key: "sections", field: sectionsField, value: func() any { return sections }, commit: func(v any) {
			scope.Sections = nil
			for _, s := range v.([]string) {
				scope.Sections = append(scope.Sections, checklist.Section(s))
			}
		}},
		{key: "areas", field: areasField, value: func() any { return areas }, hidden: noChecklist, commit: func(v any) {
			scope.Areas = slices.Clone(v.([]string))
		}},
	}
	pf.groups = []*huh.Group{
		huh.NewGroup(sectionsField),
		huh.NewGroup(areasField).WithHideFunc(noChecklist),
	}
	return pf
}

const (
	sectionsDescription = "All three by default. Press x or space to change a choice, enter to go on."
	areasDescription    = "The areas relevant to your practice; all by default. Press x or space to change a choice."
)

// multiSelectHeight is the height of a multi-select showing every option
// under its title and description, wrapped at a narrow terminal's width.
func multiSelectHeight(title, description string, options int) int {
	const width = 76
	return lipgloss.Height(lipgloss.Wrap(title, width, "")) + lipgloss.Height(lipgloss.Wrap(description, width, "")) + options
}

// itemsForm asks the items of one page, then the page's note. With
// skipFirst, "Skip for now" heads the options (one key press from "Yes" in
// the terminal); otherwise it comes last (so that the accessible prompts
// number the answers 1 Yes, 2 Partly, 3 No, 4 Not applicable).
func itemsForm(fw *checklist.Framework, af *checklist.AnswerFile, p *Page, skipFirst bool) *pageForm {
	options := make([]huh.Option[string], 0, len(fw.Scale)+1)
	for _, v := range fw.Scale {
		options = append(options, huh.NewOption(v.Label, v.Value))
	}
	skip := huh.NewOption("Skip for now", skipValue)
	if skipFirst {
		options = append([]huh.Option[string]{skip}, options...)
	} else {
		options = append(options, skip)
	}

	pf := &pageForm{page: p}
	heading := p.Progress + " · " + p.Title
	intro := huh.NewNote().
		Title(heading).
		Description(p.Intro + fmt.Sprintf("\n\n%d questions. Answers: %s. “Skip for now” leaves a question for later.", len(p.Items), scaleHelp(fw))).
		Next(true).NextLabel("Start")
	pf.bindings = append(pf.bindings, &binding{field: intro})
	var fields []huh.Field
	for i, it := range p.Items {
		value := af.Answers[it.ID].Value
		title := fmt.Sprintf("%s (%d of %d)  %s", it.ID, i+1, len(p.Items), it.Question)
		if q := it.GuidingQuestion(); q != nil && (i == 0 || p.Items[i-1].GuidingQuestion() != q) {
			title = q.Text + "\n\n" + title
		}
		sel := huh.NewSelect[string]().Key(it.ID).Title(title).Description(it.Help).Options(options...).Value(&value)
		fields = append(fields, sel)
		pf.bindings = append(pf.bindings, &binding{
			key:    it.ID,
			field:  sel,
			help:   it.Help,
			value:  func() any { return value },
			commit: func(v any) { setAnswer(af, it.ID, v.(string)) },
		})
	}
	note := af.Notes[p.NoteKey]
	noteField := huh.NewText().Key("note:" + p.NoteKey).
		Title("Notes on " + p.Title + " (optional)").
		Description("What is in place, what is planned, whom to ask. They appear in the report.").
		CharLimit(4000).Value(&note)
	fields = append(fields, noteField)
	pf.bindings = append(pf.bindings, &binding{
		key:   "note:" + p.NoteKey,
		field: noteField,
		value: func() any { return note },
		commit: func(v any) {
			if s := checklist.CleanText(strings.TrimSpace(v.(string))); s != "" {
				af.Notes[p.NoteKey] = s
			} else {
				delete(af.Notes, p.NoteKey)
			}
		},
	})
	// The intro is a screen of its own; on the questions the heading stays
	// in view above them, however far the page scrolls.
	pf.groups = []*huh.Group{
		huh.NewGroup(intro),
		huh.NewGroup(fields...).Title(heading),
	}
	return pf
}

func scaleHelp(fw *checklist.Framework) string {
	var parts []string
	for _, v := range fw.Scale {
		parts = append(parts, strings.ToLower(v.Label)+" ("+strings.TrimSuffix(strings.ToLower(v.Meaning[:1])+v.Meaning[1:], ".")+")")
	}
	return strings.Join(parts, "; ")
}

// setAnswer records an answer, keeping a note or evidence given earlier
// in the file; the skip value removes the answer.
func setAnswer(af *checklist.AnswerFile, id, value string) {
	if value == skipValue {
		delete(af.Answers, id)
		return
	}
	a := af.Answers[id]
	a.Value = value
	af.Answers[id] = a
}

// ChoiceForm asks one question with a few answers, such as which report
// to write at the end; choice receives the index of the answer.
func ChoiceForm(key, title, description string, options []string, choice *int) *pageForm {
	opts := make([]huh.Option[int], len(options))
	for i, o := range options {
		opts[i] = huh.NewOption(o, i)
	}
	value := *choice
	sel := huh.NewSelect[int]().Key(key).Title(title).Description(description).Options(opts...).Value(&value)
	pf := &pageForm{page: &Page{Title: title}}
	pf.bindings = []*binding{{key: key, field: sel, help: description, value: func() any { return value }, commit: func(v any) { *choice = v.(int) }}}
	pf.groups = []*huh.Group{huh.NewGroup(sel)}
	return pf
}

// Ask asks one page form with the session's asker.
func (s *Session) Ask(ctx context.Context, pf *pageForm) error { return s.Asker.Ask(ctx, pf) }

// routeForm asks the framework's routing question; the answer decides
// which key areas the assessment covers.
func routeForm(fw *checklist.Framework, af *checklist.AnswerFile) *pageForm {
	r := fw.Routing
	var options []huh.Option[string]
	for _, o := range r.Options {
		options = append(options, huh.NewOption(o.Label, o.Value))
	}
	value := af.Route
	if value == "" {
		value = r.Options[0].Value
	}
	help := r.Help
	if help != "" {
		help += " "
	}
	help += "Your answer decides which parts you are asked."
	sel := huh.NewSelect[string]().Key("route").Title(r.Question).Description(help).Options(options...).Value(&value)
	pf := &pageForm{page: &Page{Title: "Where you start"}}
	pf.bindings = []*binding{{key: "route", field: sel, help: help, value: func() any { return value }, commit: func(v any) { af.Route = v.(string) }}}
	pf.groups = []*huh.Group{huh.NewGroup(sel)}
	return pf
}
