package merge

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist"
)

func withPerspective(t *testing.T, rater, perspective, body string) Rating {
	t.Helper()
	if perspective != "" {
		body = "perspective: " + perspective + "\n" + body
	}
	return rating(t, rater, body)
}

// workshop is ten raters: three refugees, four staff, two partners (a
// group too small for the default --min-group of 3) and one rater who
// gave no perspective.
func workshop(t *testing.T) []Rating {
	return []Rating{
		withPerspective(t, "Farid", "refugee", "checklist: {KA1-01: no, KA1-02: partly, KA1-03: na, KA1-04: yes, KA1-05: no}\n"),
		withPerspective(t, "Amina", "refugee", "checklist: {KA1-01: no, KA1-02: yes, KA1-03: na, KA1-04: yes, KA1-05: partly}\n"),
		withPerspective(t, "Yusuf", "Refugee", "checklist: {KA1-01: partly, KA1-02: no, KA1-03: yes, KA1-05: yes}\n"),
		withPerspective(t, "Ana", "staff", "checklist: {KA1-01: yes, KA1-02: yes, KA1-03: yes, KA1-04: no, KA1-05: yes}\n"),
		withPerspective(t, "Boris", "staff", "checklist: {KA1-01: yes, KA1-02: partly, KA1-03: no, KA1-04: no, KA1-05: yes}\n"),
		withPerspective(t, "Olena", "staff", "checklist: {KA1-01: partly, KA1-02: yes, KA1-03: yes, KA1-04: partly, KA1-05: yes}\n"),
		withPerspective(t, "Ivan", "staff", "checklist: {KA1-01: yes, KA1-02: no, KA1-03: yes, KA1-04: no}\n"),
		withPerspective(t, "Petra", "partner", "checklist: {KA1-01: no, KA1-04: yes}\n"),
		withPerspective(t, "Marta", "partner", "checklist: {KA1-01: no, KA1-04: yes}\n"),
		withPerspective(t, "Hugo", "", "checklist: {KA1-04: yes}\n"),
	}
}

// Every expectation is worked out by hand; the steps are no (0) <
// partly (1) < yes (2).
func TestMergeByPerspective(t *testing.T) {
	t.Parallel()
	merged, err := Merge(workshop(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	pg := merged.Perspectives
	if pg == nil {
		t.Fatal("no perspectives recorded")
	}
	type group struct {
		Raters  int
		Answers map[string]string
	}
	got := map[checklist.Perspective]group{}
	for _, g := range pg.Groups {
		got[g.Perspective] = group{g.Raters, g.Answers}
	}
	want := map[checklist.Perspective]group{
		"refugee": {3, map[string]string{
			"KA1-01": "no",     // no, no, partly: the middle one
			"KA1-02": "partly", // partly, yes, no → no, partly, yes
			"KA1-03": "na",     // na, na, yes: most said na
			"KA1-04": "yes",    // yes, yes (Yusuf did not answer)
			"KA1-05": "partly", // no, partly, yes
		}},
		"staff": {4, map[string]string{
			"KA1-01": "yes",    // partly, yes, yes, yes: the lower middle is yes
			"KA1-02": "partly", // no, partly, yes, yes: a tie, the lower middle
			"KA1-03": "yes",    // no, yes, yes, yes
			"KA1-04": "no",     // no, no, no, partly
			"KA1-05": "yes",    // yes, yes, yes (Ivan did not answer)
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	// Two partners are fewer than 3: named, never shown.
	if diff := cmp.Diff([]checklist.Perspective{"partner"}, pg.TooSmall); diff != "" {
		t.Errorf("too small (-want +got):\n%s", diff)
	}
	if pg.MinGroup != 3 || pg.WithoutPerspective != 1 {
		t.Errorf("min group %d, without perspective %d; want 3, 1", pg.MinGroup, pg.WithoutPerspective)
	}
	// The hidden partners and Hugo still count in the consensus. KA1-04:
	// yes ×5 (Farid, Amina, Petra, Marta, Hugo), partly, no ×3 → no, no,
	// no, partly, yes, yes, yes, yes, yes: the middle is yes. Without the
	// partners and Hugo it would be no, no, no, partly, yes, yes → no.
	if v := merged.Answers["KA1-04"].Value; v != "yes" {
		t.Errorf("consensus on KA1-04 = %s, want yes", v)
	}

	// Perception gaps: refugee against staff. KA1-01 no/yes and KA1-04
	// yes/no are two steps apart; KA1-02 partly/partly is none; KA1-03
	// na/yes compares nothing (na is no value); KA1-05 partly/yes is one
	// step.
	var gaps []string
	for _, g := range Gaps(merged) {
		var parts []string
		for _, a := range g.Answers {
			parts = append(parts, string(a.Perspective)+"="+a.Value)
		}
		gaps = append(gaps, g.Item.ID+" "+strings.Join(parts, " "))
	}
	wantGaps := []string{"KA1-01 refugee=no staff=yes", "KA1-04 refugee=yes staff=no"}
	if diff := cmp.Diff(wantGaps, gaps); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
}

// A group of two with --min-group 3 is in neither the merged file nor
// its gaps; with --min-group 2 it is shown.
func TestMinGroupKeepsSmallGroupsOutOfTheFile(t *testing.T) {
	t.Parallel()
	merged, err := Merge(workshop(t), Options{MinGroup: 3})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := checklist.WriteAnswers(&b, merged); err != nil {
		t.Fatal(err)
	}
	file := b.String()
	_, section, ok := strings.Cut(file, "\nperspectives:\n")
	if !ok {
		t.Fatalf("no perspectives section:\n%s", file)
	}
	if strings.Contains(section, "partner:") || !strings.Contains(section, "too_small: [partner]") {
		t.Errorf("the partners' group of two is written, or not named as too small:\n%s", section)
	}
	again, err := checklist.LoadAnswers("merged.yaml", []byte(file), builtinPicker(t))
	if err != nil {
		t.Fatalf("%v\n%s", err, file)
	}
	if diff := cmp.Diff(merged.Perspectives, again.Perspectives); diff != "" {
		t.Errorf("perspectives read back (-written +read):\n%s", diff)
	}

	merged, err = Merge(workshop(t), Options{MinGroup: 2})
	if err != nil {
		t.Fatal(err)
	}
	partner := merged.Perspectives.Group("partner")
	if partner == nil || partner.Raters != 2 || partner.Answers["KA1-01"] != "no" || len(merged.Perspectives.TooSmall) != 0 {
		t.Errorf("with --min-group 2, partners = %+v, too small %v", partner, merged.Perspectives.TooSmall)
	}
	// The partners now say no to KA1-01 against staff's yes, and yes to
	// KA1-04 against staff's no: the gaps gain their answers, refugees'
	// view still first.
	g := Gaps(merged)
	if len(g) != 2 || len(g[0].Answers) != 3 || g[0].Answers[0].Perspective != "refugee" || g[0].Answers[2].Perspective != "partner" {
		t.Errorf("gaps = %+v", g)
	}

	// With --min-group 5 no perspective has enough raters.
	merged, err = Merge(workshop(t), Options{MinGroup: 5})
	if err != nil {
		t.Fatal(err)
	}
	if pg := merged.Perspectives; len(pg.Groups) != 0 || len(pg.TooSmall) != 3 || Gaps(merged) != nil {
		t.Errorf("with --min-group 5: %+v", pg)
	}
}

// Gaps involving the refugees' view come first; a gap between two other
// perspectives, with the refugees' answer in between, comes after.
func TestGapsPutRefugeesFirst(t *testing.T) {
	t.Parallel()
	merged, err := Merge([]Rating{
		withPerspective(t, "R1", "refugee", "checklist: {KA1-01: partly, KA1-02: no, KA1-03: no, KA1-04: partly}\n"),
		withPerspective(t, "S1", "staff", "checklist: {KA1-01: yes, KA1-02: yes, KA1-03: partly, KA1-04: na}\n"),
		withPerspective(t, "P1", "partner", "checklist: {KA1-01: no, KA1-02: yes, KA1-03: partly, KA1-04: yes}\n"),
	}, Options{MinGroup: 1})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range Gaps(merged) {
		got = append(got, g.Item.ID)
		if want := g.Item.ID == "KA1-02"; g.Refugees != want {
			t.Errorf("%s: refugees = %v, want %v", g.Item.ID, g.Refugees, want)
		}
	}
	// KA1-01: staff yes against partner no, refugees partly in between:
	// a gap, but not the refugees'. KA1-02: refugees no against yes. KA1-03:
	// one step. KA1-04: partly, na, yes: one step between scored answers.
	if diff := cmp.Diff([]string{"KA1-02", "KA1-01"}, got); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
}

// Files without perspectives merge as before: no perspectives section.
func TestMergeWithoutPerspectives(t *testing.T) {
	t.Parallel()
	merged, err := Merge([]Rating{rating(t, "Ana", "checklist: {KA1-01: yes}\n"), rating(t, "Boris", "checklist: {KA1-01: no}\n")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if merged.Perspectives != nil {
		t.Errorf("perspectives = %+v, want none", merged.Perspectives)
	}
	var b strings.Builder
	if err := checklist.WriteAnswers(&b, merged); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "perspectives") {
		t.Errorf("a perspectives section was written:\n%s", b.String())
	}
}

// One perspective's answers score like any answer file.
func TestGroupFile(t *testing.T) {
	t.Parallel()
	merged, err := Merge(workshop(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	af := GroupFile(merged, *merged.Perspectives.Group("refugee"))
	if af.Answers["KA1-03"].Value != "na" || af.Answers["KA1-01"].Value != "no" || len(af.Answers) != 5 || af.Perspectives != nil || af.Disagreements != nil {
		t.Errorf("refugees' file: %+v", af)
	}
	if merged.Answers["KA1-01"].Value == "no" {
		t.Error("the group's file shares its answers with the merged file")
	}
}
