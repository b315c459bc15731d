// Package assess is the guided assessment: the questionnaire that walks a
// practitioner through the profile of a practice and then one page per key
// area, the quick scan and each quality dimension, saving after every page.
//
// A page is asked by an Asker: the terminal one runs a huh form; the
// accessible one asks the same fields one at a time as plain numbered
// prompts that a screen reader can follow and that also read answers piped
// on standard input.
package assess

import (
	"fmt"
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
)

// PageKind tells what a page asks.
type PageKind int

// The kinds of page, in the order they come.
const (
	ProfilePage PageKind = iota
	ScopePage
	ItemsPage
)

// Page is one screen of the questionnaire.
type Page struct {
	Kind     PageKind
	ID       string // KA1, OC, D1 for item pages
	Title    string
	Progress string // "Key area 3 of 6"
	Intro    string
	Items    []*checklist.Item
	NoteKey  string // key of the page's note in the answer file
}

// itemPages lists the pages of items for a scope, in order: the key areas,
// the quick scan, then the dimensions. Pages with no applicable item are
// left out.
func itemPages(fw *checklist.Framework, scope checklist.Scope) []*Page {
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
				Kind:     ItemsPage,
				ID:       a.ID,
				Title:    a.ID + " " + a.Title,
				Progress: fmt.Sprintf("Key area %d of %d", i+1, len(areas)),
				Intro:    areaIntro(a),
				Items:    applicable(a.Items(), scope.OrganisationType),
				NoteKey:  a.ID,
			})
		}
	}
	if q := fw.QuickScan; q != nil && scope.HasSection(checklist.SectionQuickScan) {
		if items := applicable(q.Items, scope.OrganisationType); len(items) > 0 {
			pages = append(pages, &Page{
				Kind:     ItemsPage,
				ID:       "OC",
				Title:    q.Title,
				Progress: "Quick scan",
				Intro:    q.Description,
				Items:    items,
				NoteKey:  checklist.NotesKeyQuickScan,
			})
		}
	}
	if scope.HasSection(checklist.SectionIndicators) {
		for i, d := range fw.Dimensions {
			intro := d.Description
			if intro != "" {
				intro += "\n\n"
			}
			intro += fmt.Sprintf("A good practice scores at least %s here.", trimFloat(fw.DimensionThreshold(d)))
			pages = append(pages, &Page{
				Kind:     ItemsPage,
				ID:       d.ID,
				Title:    d.ID + " " + d.Title,
				Progress: fmt.Sprintf("Quality dimension %d of %d", i+1, len(fw.Dimensions)),
				Intro:    intro,
				Items:    applicable(d.Indicators(), scope.OrganisationType),
				NoteKey:  d.ID,
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

func areaIntro(a *checklist.KeyArea) string {
	var b strings.Builder
	b.WriteString("Aim: " + a.Aim)
	if len(a.SuccessFactors) > 0 {
		b.WriteString("\n\nSuccess factors:")
		for _, f := range a.SuccessFactors {
			b.WriteString("\n• " + f.Name)
		}
	}
	return b.String()
}

func trimFloat(v float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") }

// done reports whether every item of a page has an answer.
func (p *Page) done(af *checklist.AnswerFile) bool {
	for _, it := range p.Items {
		if _, ok := af.Answers[it.ID]; !ok {
			return false
		}
	}
	return true
}

// answered counts the page's answered items.
func (p *Page) answered(af *checklist.AnswerFile) int {
	n := 0
	for _, it := range p.Items {
		if _, ok := af.Answers[it.ID]; ok {
			n++
		}
	}
	return n
}

// scopeOf guesses the scope of an earlier session from its file: the
// sections it uses (all when none) and the key areas with an answer (all
// when none).
func scopeOf(fw *checklist.Framework, af *checklist.AnswerFile) checklist.Scope {
	scope := checklist.Scope{OrganisationType: af.Practice.OrganisationType, Route: af.Route}
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
