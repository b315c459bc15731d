package checklist

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

func loadInvolvement(t testing.TB) *Framework {
	t.Helper()
	fw, err := LoadBuiltin("involvement")
	if err != nil {
		t.Fatalf("embedded framework does not load:\n%v", err)
	}
	return fw
}

// TestInvolvementCityOnlyItems checks which steps of the involvement
// framework only a public body can take: those that need the city's legal
// powers, its bylaws, a law, its election authority, the Forum's mandate
// or acting on the Forum's recommendations. Every other item applies to
// every organisation type.
func TestInvolvementCityOnlyItems(t *testing.T) {
	t.Parallel()
	fw := loadInvolvement(t)
	want := map[string][]string{
		"IN4-04": {"local-authority"},                       // the city's legal powers
		"IN4-06": {"local-authority"},                       // the city council's bylaws
		"IN4-08": {"local-authority", "national-authority"}, // the right to a Council in (regional) law
		"IN4-09": {"local-authority"},                       // instructing the local election authority
		"IN5-02": {"local-authority"},                       // the Forum's mandate within the city's powers
		"IN5-07": {"local-authority"},                       // carrying out the Forum's recommendations
	}
	got := map[string][]string{}
	for _, it := range fw.Items() {
		types, restricted := it.Restricted()
		if !restricted {
			continue
		}
		got[it.ID] = types
		if it.AppliesNote == "" {
			t.Errorf("%s is restricted to %v without an applies_note saying why", it.ID, types)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("restricted items (-want +got):\n%s", diff)
	}
	for _, id := range []string{"IN4-04", "IN4-06", "IN4-09", "IN5-02", "IN5-07"} {
		it := fw.Item(id)
		if !it.AppliesToType("local-authority") || it.AppliesToType("civil-society") || it.AppliesToType("education") || it.AppliesToType("business") {
			t.Errorf("%s: a city-only step must apply to local authorities and not to NGOs, schools or businesses", id)
		}
	}
}

// TestInvolvementRoutesByOrganisationType counts, from an answer file's
// point of view, the items asked on each path of the routing question for
// a local authority, an NGO and others. The counts are worked out by hand
// from the areas (IN1 6, IN2 4, IN3 4, IN4 13, IN5 7, IN6 5, IN7 14, IN8 3,
// IN9 4) and the six city-only steps, five of them local-authority only
// and IN4-08 also national-authority.
func TestInvolvementRoutesByOrganisationType(t *testing.T) {
	t.Parallel()
	fw := loadInvolvement(t)
	pick := func(string) (*Framework, error) { return fw, nil }
	cases := []struct {
		route, orgType string
		want           int
		excluded       []string // restricted items not asked on this path
	}{
		// Advanced path: IN4-IN9 = 13+7+5+14+3+4 = 46.
		{"all-groups", "local-authority", 46, nil},
		{"all-groups", "civil-society", 40, []string{"IN4-04", "IN4-06", "IN4-08", "IN4-09", "IN5-02", "IN5-07"}},
		{"all-groups", "refugee-led", 40, []string{"IN4-04", "IN4-06", "IN4-08", "IN4-09", "IN5-02", "IN5-07"}},
		{"all-groups", "national-authority", 41, []string{"IN4-04", "IN4-06", "IN4-09", "IN5-02", "IN5-07"}},
		{"all-groups", "", 46, nil}, // no type given: every item applies
		// Starting path: IN1-IN3 and IN6-IN9 = 6+4+4+5+14+3+4 = 40, none
		// of them city-only.
		{"nationals-only", "local-authority", 40, nil},
		{"nationals-only", "civil-society", 40, nil},
		{"none", "local-authority", 40, nil},
		{"none", "civil-society", 40, nil},
		{"none", "education", 40, nil},
		{"none", "business", 40, nil},
		// No route chosen: every area, 60 items, 6 of them city-only.
		{"", "local-authority", 60, nil},
		{"", "civil-society", 54, []string{"IN4-04", "IN4-06", "IN4-08", "IN4-09", "IN5-02", "IN5-07"}},
	}
	for _, c := range cases {
		t.Run(c.route+"/"+c.orgType, func(t *testing.T) {
			src := "scorecard: 1\nframework: involvement\npractice: {name: x"
			if c.orgType != "" {
				src += ", organisation_type: " + c.orgType
			}
			src += "}\n"
			if c.route != "" {
				src += "route: " + c.route + "\n"
			}
			af, err := LoadAnswers("a.yaml", []byte(src), pick)
			if err != nil {
				t.Fatal(err)
			}
			var n int
			var excluded []string
			for _, it := range fw.Items() {
				switch {
				case af.Applies(it):
					n++
				case af.OnRoute(it):
					excluded = append(excluded, it.ID)
				}
			}
			if n != c.want {
				t.Errorf("%d items apply, want %d", n, c.want)
			}
			if diff := cmp.Diff(c.excluded, excluded); diff != "" {
				t.Errorf("items on the path that do not apply (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInvolvementNGOAnswerToCityStep checks what a user sees when an NGO
// answers a city-only step: a warning, and the answer is not kept; a local
// authority's answer to the same step is kept.
func TestInvolvementNGOAnswerToCityStep(t *testing.T) {
	t.Parallel()
	fw := loadInvolvement(t)
	pick := func(string) (*Framework, error) { return fw, nil }
	for orgType, kept := range map[string]bool{"civil-society": false, "local-authority": true} {
		src := fmt.Sprintf("scorecard: 1\nframework: involvement\npractice: {name: x, organisation_type: %s}\nroute: all-groups\nchecklist:\n  IN4-01: yes\n  IN4-06: yes\n", orgType)
		af, err := LoadAnswers("a.yaml", []byte(src), pick)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := af.Answers["IN4-06"]; ok != kept {
			t.Errorf("%s: IN4-06 answer kept = %v, want %v", orgType, ok, kept)
		}
		if _, ok := af.Answers["IN4-01"]; !ok {
			t.Errorf("%s: IN4-01 (networking, open to all) was not kept", orgType)
		}
		var warned bool
		for _, w := range af.Warnings {
			warned = warned || strings.Contains(w.MessageIn(locale.English()), `IN4-06 does not apply to organisation type "civil-society"`)
		}
		if warned == kept {
			t.Errorf("%s: warnings = %v", orgType, af.Warnings)
		}
	}
}

// TestInvolvementCrossReferences checks that every item id named in the
// framework's texts (help, applies notes, descriptions) exists: the
// merged and split pairs point at each other, and a stale pointer would
// send a reader nowhere. IN2-04 was merged into IN1-04 and must not come
// back.
func TestInvolvementCrossReferences(t *testing.T) {
	t.Parallel()
	fw := loadInvolvement(t)
	ref := regexp.MustCompile(`\bIN\d-\d\d\b`)
	check := func(where, text string) {
		for _, id := range ref.FindAllString(text, -1) {
			if fw.Item(id) == nil {
				t.Errorf("%s names %s, which does not exist", where, id)
			}
		}
	}
	for _, a := range fw.KeyAreas {
		check(a.ID+" description", a.Description)
	}
	for _, it := range fw.Items() {
		check(it.ID+" help", it.Help)
		check(it.ID+" applies_note", it.AppliesNote)
	}
	if fw.Item("IN2-04") != nil {
		t.Error("IN2-04 is back; it repeats IN1-04 on the same path")
	}
	// Each pair that used to score one point twice now names its partner.
	pairs := [][2]string{{"IN1-03", "IN2-05"}, {"IN2-05", "IN1-03"}, {"IN2-03", "IN6-01"}, {"IN6-01", "IN2-03"}, {"IN2-01", "IN6-03"}, {"IN6-03", "IN2-01"}, {"IN1-01", "IN6-03"}, {"IN1-02", "IN7-02"}, {"IN2-02", "IN7-02"}}
	for _, p := range pairs {
		if !strings.Contains(fw.Item(p[0]).Help, p[1]) {
			t.Errorf("%s's help does not say that the rest of its point is asked in %s", p[0], p[1])
		}
	}
}

// TestInvolvementGlossary checks the methodology's seven main concepts.
func TestInvolvementGlossary(t *testing.T) {
	t.Parallel()
	fw := loadInvolvement(t)
	var got []string
	for _, term := range fw.Glossary {
		got = append(got, term.ID)
		if term.Source != "Main concepts" {
			t.Errorf("%s: source %q, want the methodology's \"Main concepts\"", term.ID, term.Source)
		}
	}
	want := []string{"asylum", "asylum-seeker", "immigrant", "refugee", "third-country-national", "integration", "involvement"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("glossary (-want +got):\n%s", diff)
	}
	for s, id := range map[string]string{"Asylum seekers": "asylum-seeker", "refugees": "refugee", "third country nationals": "third-country-national", "involving immigrants and refugees": "involvement"} {
		if term := fw.Term(s); term == nil || term.ID != id {
			t.Errorf("Term(%q) = %v, want %s", s, term, id)
		}
	}
}
