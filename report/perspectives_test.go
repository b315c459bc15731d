package report

import (
	"bytes"
	"context"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/plan"
	"github.com/inclusion-tools/scorecard/report/actionplan"
	"github.com/inclusion-tools/scorecard/scoring"
)

// A merged file with perspectives written by hand; every score below is
// worked out from it. Answers count yes 1, partly 0.5, no 0; na counts in
// no score.
const mergedByHand = `scorecard: 1
framework: effective-inclusion
practice: {name: Welcome Bureau, assessors: [A, B, C, D, E, F, G, H, I]}
checklist: {KA1-01: "partly", KA1-02: "yes", KA1-03: "no", KA1-04: "na"}
indicators: {D1-01: "partly"}
perspectives:
  min_group: 3
  groups:
    staff:
      raters: 4
      answers: {KA1-01: "yes", KA1-02: "yes", KA1-03: "partly", KA1-04: "yes", D1-01: "yes"}
    refugee:
      raters: 3
      answers: {KA1-01: "no", KA1-02: "partly", KA1-03: "no", KA1-04: "na", D1-01: "no"}
  too_small: [partner]
  without_perspective: 1
`

func loadText(t *testing.T, name, src string) *checklist.AnswerFile {
	t.Helper()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	af, err := checklist.LoadAnswers(name, []byte(src), func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af
}

func TestPerspectiveScores(t *testing.T) {
	t.Parallel()
	rep, err := Build(loadText(t, "merged.yaml", mergedByHand), "merged.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ps := rep.Perspectives
	if ps == nil {
		t.Fatal("no perspectives in the report")
	}
	val := func(s scoring.Score) string {
		if v, ok := s.Value(); ok {
			return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
		}
		return "–"
	}
	var got []string
	for _, r := range ps.Rows {
		cells := []string{r.ID, val(r.Consensus)}
		for _, s := range r.Groups {
			cells = append(cells, val(s))
		}
		got = append(got, strings.Join(cells, " "))
	}
	// Refugees first, whatever the file's order. KA1: consensus partly,
	// yes, no = 1.5 of 3 = 50; refugees no, partly, no (na left out) =
	// 0.5 of 3 = 16.67; staff yes, yes, partly, yes = 3.5 of 4 = 87.5.
	// The checklist score is KA1's, the only key area scored. D1:
	// partly 50, no 0, yes 100, and the quality score is D1's. No other
	// key area, dimension or the quick scan is scored anywhere: no row.
	want := []string{
		"checklist 50 16.67 87.5",
		"KA1 50 16.67 87.5",
		"quality 50 0 100",
		"D1 50 0 100",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (consensus, refugee, staff) (-want +got):\n%s", diff)
	}
	if ps.Groups[0].Perspective != checklist.PerspectiveRefugee || ps.Groups[0].Raters != 3 || ps.Groups[1].Raters != 4 {
		t.Errorf("groups = %+v", ps.Groups)
	}
	// KA1-01 no against yes and D1-01 no against yes are gaps; KA1-02
	// partly/yes and KA1-03 no/partly are one step; KA1-04 na/yes has
	// no refugee value to compare.
	var gaps []string
	for _, g := range ps.Gaps {
		gaps = append(gaps, g.Item.ID)
	}
	if diff := cmp.Diff([]string{"KA1-01", "D1-01"}, gaps); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}

	var md bytes.Buffer
	if err := rep.WriteMarkdown(context.Background(), &md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## Perspectives",
		"Shown on their own: Refugee (3 raters), Staff (4 raters).",
		"Not shown on their own, with fewer than 3 raters: Partner.",
		"1 rater gave no perspective",
		"| Score | Consensus | Refugee | Staff |",
		"| **Checklist score** | 50.0 | 16.7 | 87.5 |",
		"**Perception gap (2)**",
		"- **KA1-01**: Refugee: No; Staff: Yes",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the Markdown report lacks %q", want)
		}
	}
}

// With one perspective shown, there is nothing to set it against; with
// none, no table either; without perspectives, no section.
func TestPerspectivesWithFewGroups(t *testing.T) {
	t.Parallel()
	one := strings.Replace(mergedByHand, "    staff:\n      raters: 4\n      answers: {KA1-01: \"yes\", KA1-02: \"yes\", KA1-03: \"partly\", KA1-04: \"yes\", D1-01: \"yes\"}\n", "", 1)
	none := "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau}\nchecklist: {KA1-01: \"yes\"}\nperspectives: {min_group: 3, too_small: [refugee, staff]}\n"
	for _, tc := range []struct {
		name, src string
		want      []string
		not       []string
	}{
		{"one group", one, []string{"| Score | Consensus | Refugee |", "A perception gap needs two perspectives with at least 3 raters each."}, []string{"Perception gap ("}},
		{"none shown", none, []string{"Not shown on their own, with fewer than 3 raters: Refugee, Staff."}, []string{"| Score | Consensus", "Perception gap"}},
		{"no perspectives", "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau}\n", nil, []string{"## Perspectives"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := string(markdown(t, loadText(t, "m.yaml", tc.src), nil, "m.yaml"))
			for _, w := range tc.want {
				if !strings.Contains(md, w) {
					t.Errorf("lacks %q", w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(md, n) {
					t.Errorf("has %q", n)
				}
			}
		})
	}
}

// planView checks the fixture plan against its own assessment or a later
// round, on a fixed day.
func planView(t testing.TB, round bool) (*actionplan.View, *checklist.AnswerFile) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "plans")
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	pick := func(string) (*checklist.Framework, error) { return fw, nil }
	pl, err := plan.LoadFile(filepath.Join(dir, "plan.yaml"), pick, locale.English())
	if err != nil {
		t.Fatal(err)
	}
	base, err := checklist.LoadAnswersFile(filepath.Join(dir, "welcome-bureau-2026.yaml"), pick)
	if err != nil {
		t.Fatal(err)
	}
	opts := actionplan.Options{Today: time.Date(2027, 11, 25, 12, 0, 0, 0, time.UTC), AssessmentName: "welcome-bureau-2026.yaml"}
	reported := base
	var later *checklist.AnswerFile
	if round {
		if later, err = checklist.LoadAnswersFile(filepath.Join(dir, "welcome-bureau-2027.yaml"), pick); err != nil {
			t.Fatal(err)
		}
		opts.RoundName = "welcome-bureau-2027.yaml"
		reported = later
	}
	v, err := actionplan.Build(pl, base, later, opts)
	if err != nil {
		t.Fatal(err)
	}
	return v, reported
}

// The plan's section follows the priority actions: its table has the
// owner, the date and, against a round, where each action stands.
func TestActionPlanSection(t *testing.T) {
	t.Parallel()
	for _, round := range []bool{false, true} {
		v, af := planView(t, round)
		rep, err := Build(af, "x.yaml", nil, Options{Plan: v})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := rep.WriteMarkdown(context.Background(), &b); err != nil {
			t.Fatal(err)
		}
		md := b.String()
		plan, after := strings.Index(md, "## Action plan"), strings.Index(md, "## Priority actions")
		if plan < 0 || plan < after {
			t.Fatalf("round %v: no action plan after the priority actions:\n%s", round, md)
		}
		header := "| # | Questions | Action | Owner | Due | Status |\n"
		row2 := "| 2 | KA1-04 | Remove the causes of the problems refugees meet. | Boris | 2027-06-30 | doing |\n"
		if round {
			header = "| # | Questions | Action | Owner | Due | Status | Progress |\n"
			row2 = "| 2 | KA1-04 | Remove the causes of the problems refugees meet. | Boris | 2027-06-30 | doing | not reached yet; overdue since 2027-06-30 |\n"
		}
		for _, want := range []string{header, row2, "**Scores if every action reaches its target**", "| **Good practice** |"} {
			if !strings.Contains(md[plan:], want) {
				t.Errorf("round %v: the plan section lacks %q:\n%s", round, want, md[plan:])
			}
		}
	}
}

// The new sections in every form: Markdown, HTML and the PDF's text.
func TestPerspectivesAndPlanGoldens(t *testing.T) {
	t.Parallel()
	v, round := planView(t, true)
	for _, tc := range []struct {
		name string
		af   *checklist.AnswerFile
		opts Options
	}{
		{"report-perspectives", load(t, "merged-perspectives.yaml"), Options{Summary: true}},
		{"report-plan", round, Options{Summary: true, Plan: v}},
	} {
		rep, err := Build(tc.af, tc.name+".yaml", nil, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		var m, h bytes.Buffer
		if err := rep.WriteMarkdown(context.Background(), &m); err != nil {
			t.Fatal(err)
		}
		if err := rep.WriteHTML(context.Background(), &h); err != nil {
			t.Fatal(err)
		}
		golden(t, tc.name+".md", m.Bytes())
		golden(t, tc.name+".html", h.Bytes())
		b, _ := pdfOf(t, rep, nil)
		text := regexp.MustCompile(`\n{2,}`).ReplaceAllString(pdfText(t, b), "\n")
		golden(t, tc.name+".pdf.txt", []byte(text))
	}
}
