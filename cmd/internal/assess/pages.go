package assess

import (
	"slices"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// PageKind tells what a page asks.
type PageKind int

// The kinds of page, in the order they come.
const (
	ProfilePage PageKind = iota
	RoutePage
	ScopePage
	ItemsPage
)

// Page is one page of the questionnaire: a form (the profile, the route,
// the scope) or the items of a key area, the quick scan or a dimension.
// The terminal and the accessible prompts walk the same list of pages.
type Page struct {
	Kind PageKind
	// ID is "profile", "route" or "scope" for forms; KA1, OC, D1 for
	// items.
	ID string
	// Title is shown: "The practice", "KA1 Have clarity about…".
	Title string
	// Place says where the page is, in words: "Key area 3 of 6".
	Place string
	// Spoken names the page in a sentence: "key area KA3".
	Spoken string
	Intro  string
	Items  []*checklist.Item
	// NoteKey is the key of the page's note in the answer file.
	NoteKey string
	// Fields are the questions of a form page.
	Fields []*Field
}

// itemPages lists the pages of items for a scope, in order: the key areas,
// the quick scan, then the dimensions. Pages with no applicable item are
// left out.
func itemPages(p *locale.Printer, fw *checklist.Framework, scope checklist.Scope) []*Page {
	var pages []*Page
	if scope.HasSection(checklist.SectionChecklist) {
		var areas []*checklist.KeyArea
		route := fw.Route(scope.Route)
		for _, a := range fw.KeyAreas {
			if route != nil && !route.HasArea(a.ID) {
				continue
			}
			if scope.HasArea(a.ID) && len(applicable(a.Items(), scope.OrganisationType)) > 0 {
				areas = append(areas, a)
			}
		}
		for i, a := range areas {
			pages = append(pages, &Page{
				Kind:    ItemsPage,
				ID:      a.ID,
				Title:   a.ID + " " + a.Title,
				Place:   p.Sprintf("Key area %d of %d", i+1, len(areas)),
				Spoken:  p.Sprintf("key area %s", a.ID),
				Intro:   areaIntro(p, a),
				Items:   applicable(a.Items(), scope.OrganisationType),
				NoteKey: a.ID,
			})
		}
	}
	if q := fw.QuickScan; q != nil && scope.HasSection(checklist.SectionQuickScan) {
		if items := applicable(q.Items, scope.OrganisationType); len(items) > 0 {
			pages = append(pages, &Page{
				Kind:    ItemsPage,
				ID:      "OC",
				Title:   q.Title,
				Place:   p.Sprintf("Quick scan"),
				Spoken:  p.Sprintf("the quick scan"),
				Intro:   q.Description,
				Items:   items,
				NoteKey: checklist.NotesKeyQuickScan,
			})
		}
	}
	if scope.HasSection(checklist.SectionIndicators) {
		for i, d := range fw.Dimensions {
			items := applicable(d.Indicators(), scope.OrganisationType)
			if len(items) == 0 {
				continue
			}
			intro := d.Description
			if intro != "" {
				intro += "\n\n"
			}
			intro += p.Sprintf("A good practice scores at least %s here.", p.Number(trimFloat(fw.DimensionThreshold(d))))
			pages = append(pages, &Page{
				Kind:    ItemsPage,
				ID:      d.ID,
				Title:   d.ID + " " + d.Title,
				Place:   p.Sprintf("Quality dimension %d of %d", i+1, len(fw.Dimensions)),
				Spoken:  p.Sprintf("quality dimension %s", d.ID),
				Intro:   intro,
				Items:   items,
				NoteKey: d.ID,
			})
		}
	}
	return pages
}

func applicable(items []*checklist.Item, orgType string) []*checklist.Item {
	var out []*checklist.Item
	for _, it := range items {
		if it.AppliesToType(orgType) {
			out = append(out, it)
		}
	}
	return out
}

// areaIntro is a key area's aim and success factors, one per line, with
// no bullet a screen reader would read out.
func areaIntro(p *locale.Printer, a *checklist.KeyArea) string {
	var b strings.Builder
	b.WriteString(p.Sprintf("Aim: %s", a.Aim))
	if len(a.SuccessFactors) > 0 {
		b.WriteString("\n\n" + p.Sprintf("Success factors:"))
		for _, f := range a.SuccessFactors {
			b.WriteString("\n  " + f.Name)
		}
	}
	return b.String()
}

func trimFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// done reports whether a page is finished: every item answered, or every
// question of a form confirmed.
func (pg *Page) done(af *checklist.AnswerFile) bool {
	if pg.Kind != ItemsPage {
		for _, f := range pg.Fields {
			if !f.confirmed && (f.hidden == nil || !f.hidden()) {
				return false
			}
		}
		return true
	}
	return pg.answered(af) == len(pg.Items)
}

// answered counts the page's answered items.
func (pg *Page) answered(af *checklist.AnswerFile) int {
	n := 0
	for _, it := range pg.Items {
		if _, ok := af.Answers[it.ID]; ok {
			n++
		}
	}
	return n
}

// firstUnanswered is the index of the page's first unanswered item, or -1.
func (pg *Page) firstUnanswered(af *checklist.AnswerFile, from int) int {
	for i := max(from, 0); i < len(pg.Items); i++ {
		if _, ok := af.Answers[pg.Items[i].ID]; !ok {
			return i
		}
	}
	return -1
}

// unansweredIDs lists the ids of the page's unanswered items.
func (pg *Page) unansweredIDs(af *checklist.AnswerFile) []string {
	var ids []string
	for _, it := range pg.Items {
		if _, ok := af.Answers[it.ID]; !ok {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

// scopeOf guesses the scope of an earlier session from its file: the
// scope it records, else the sections it uses (all when none) and the key
// areas with an answer (all when none).
func scopeOf(fw *checklist.Framework, af *checklist.AnswerFile) checklist.Scope {
	scope := checklist.Scope{OrganisationType: af.Practice.OrganisationType, Route: af.Route}
	if sc := af.Scope; sc != nil {
		scope.Sections = slices.Clone(sc.Sections)
		scope.Areas = slices.Clone(sc.Areas)
		return scope
	}
	if len(af.Sections) > 0 {
		scope.Sections = slices.Clone(af.Sections)
	}
	for _, a := range fw.KeyAreas {
		for _, it := range a.Items() {
			if _, ok := af.Answers[it.ID]; ok {
				scope.Areas = append(scope.Areas, a.ID)
				break
			}
		}
	}
	return scope
}
