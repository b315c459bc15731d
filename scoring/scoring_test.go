package scoring

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Every expected value in this file is computed by hand in the comment
// next to it.

func builtin(t testing.TB) *checklist.Framework {
	t.Helper()
	fw, err := checklist.LoadBuiltin("effective-inclusion")
	if err != nil {
		t.Fatal(err)
	}
	return fw
}

func loadAnswers(t testing.TB, fw *checklist.Framework, body string) *checklist.AnswerFile {
	t.Helper()
	src := "scorecard: 1\nframework: " + fw.ID + "\n" + body
	af, err := checklist.LoadAnswers("test.yaml", []byte(src), func(id string) (*checklist.Framework, error) {
		if id != fw.ID {
			return nil, fmt.Errorf("unexpected framework %q", id)
		}
		return fw, nil
	})
	if err != nil {
		t.Fatalf("answers do not load:\n%v\n%s", err, src)
	}
	return af
}

// answers writes "id: value" lines for ids prefix01..prefixNN with the
// given values in order.
func answers(prefix string, values ...string) string {
	var b strings.Builder
	for i, v := range values {
		fmt.Fprintf(&b, "  %s%02d: %s\n", prefix, i+1, v)
	}
	return b.String()
}

func rep(v string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

type groupWant struct {
	Score                              string
	Verdict                            Verdict
	Scored, Applicable, NA, Unanswered int
	Gaps                               []string
}

func gotGroup(g *Group) groupWant {
	return groupWant{g.Score.String(), g.Verdict, g.Scored, g.Applicable, g.NA, g.Unanswered, g.GapIDs()}
}

func area(r *Result, id string) *Group {
	for _, g := range r.Checklist.Areas {
		if g.ID == id {
			return g
		}
	}
	return nil
}

func TestKeyAreas(t *testing.T) {
	fw := builtin(t)
	tests := []struct {
		name      string
		body      string
		want      map[string]groupWant
		checklist string
		complete  bool
	}{
		{
			// KA1: yes 1 + partly 0.5 + no 0 = 1.5 over 3 scored = 50.0;
			// na is left out; 6 of 10 unanswered.
			name: "the SPEC example",
			body: "practice: {name: Welcome Bureau}\nchecklist:\n" + answers("KA1-", "yes", "partly", "no", "na"),
			want: map[string]groupWant{
				"KA1": {"50.0", Improve, 3, 10, 1, 6, []string{"KA1-03", "KA1-02"}},
				"KA2": {"–", NotAssessed, 0, 15, 0, 15, nil},
			},
			checklist: "50.0", // only KA1 is assessed
		},
		{
			// KA2 all yes: 15/15 = 100, comprehensive. KA1 all no: 0/10 = 0,
			// reflect. Checklist = mean(100, 0) = 50.
			name: "all yes and all no",
			body: "practice: {name: x}\nchecklist:\n" + answers("KA1-", rep("no", 10)...) + answers("KA2-", rep("yes", 15)...),
			want: map[string]groupWant{
				"KA1": {"0.0", Reflect, 10, 10, 0, 0, seqIDs("KA1-", 10)},
				"KA2": {"100.0", Comprehensive, 15, 15, 0, 0, nil},
			},
			checklist: "50.0",
		},
		{
			// 9 × partly = 4.5 / 9 = 50; some points partly met: improve.
			name: "only partly",
			body: "practice: {name: x}\nchecklist:\n" + answers("KA5-", rep("partly", 9)...),
			want: map[string]groupWant{
				"KA5": {"50.0", Improve, 9, 9, 0, 0, seqIDs("KA5-", 9)},
			},
			checklist: "50.0",
		},
		{
			// Every item na: nothing scored, so no score and not assessed.
			name: "all not applicable",
			body: "practice: {name: x}\nchecklist:\n" + answers("KA6-", rep("na", 10)...),
			want: map[string]groupWant{
				"KA6": {"–", NotAssessed, 0, 10, 10, 0, nil},
			},
			checklist: "–",
		},
		{
			name: "nothing answered",
			body: "practice: {name: x}\n",
			want: map[string]groupWant{
				"KA1": {"–", NotAssessed, 0, 10, 0, 10, nil},
			},
			checklist: "–",
		},
		{
			// 01 partly, 02 no, 03 partly, 04 no, 05 yes: gaps are the
			// no's first (02, 04), then the partly's (01, 03).
			// Score (0.5 + 0 + 0.5 + 0 + 1) / 5 = 40.
			name: "gaps: lowest value first, then id order",
			body: "practice: {name: x}\nchecklist:\n" + answers("KA1-", "partly", "no", "partly", "no", "yes"),
			want: map[string]groupWant{
				"KA1": {"40.0", Improve, 5, 10, 0, 5, []string{"KA1-02", "KA1-04", "KA1-01", "KA1-03"}},
			},
			checklist: "40.0",
		},
		{
			// A civil-society organisation: 4 of the 5 local-authority items
			// of KA4 do not apply (their answers are ignored with a warning);
			// KA4-LA4 (social orientation) applies to everyone. So 15 items
			// apply: 14 × yes and KA4-LA4 no = 14 / 15 = 93.3. In KA3 the 4
			// public-body items are left out: 18 - 4 = 14 apply; 14 × no = 0.
			name: "items that do not apply to the type",
			body: "practice: {name: x, organisation_type: civil-society}\nchecklist:\n" +
				answers("KA4-", rep("yes", 14)...) +
				"  KA4-LA1: no\n  KA4-LA2: no\n  KA4-LA3: no\n  KA4-LA4: no\n  KA4-LA5: no\n" +
				"  KA3-01: no\n  KA3-03: no\n  KA3-04: no\n  KA3-05: no\n  KA3-06: no\n  KA3-07: no\n  KA3-08: no\n" +
				"  KA3-09: no\n  KA3-10: no\n  KA3-14: no\n  KA3-15: no\n  KA3-16: no\n  KA3-17: no\n  KA3-18: no\n",
			want: map[string]groupWant{
				"KA4": {"93.3", Improve, 15, 15, 0, 0, []string{"KA4-LA4"}},
				"KA3": {"0.0", Reflect, 14, 14, 0, 0, []string{"KA3-01", "KA3-03", "KA3-04", "KA3-05", "KA3-06", "KA3-07", "KA3-08", "KA3-09", "KA3-10", "KA3-14", "KA3-15", "KA3-16", "KA3-17", "KA3-18"}},
			},
			checklist: "46.7", // mean(93.33, 0)
			complete:  false,  // KA1, KA2, KA5 and KA6 are unanswered
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(loadAnswers(t, fw, tt.body), Options{})
			for id, want := range tt.want {
				if diff := cmp.Diff(want, gotGroup(area(r, id)), cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("%s (-want +got):\n%s", id, diff)
				}
			}
			if got := r.Checklist.Score.String(); got != tt.checklist {
				t.Errorf("checklist score = %s, want %s", got, tt.checklist)
			}
			if r.Complete != tt.complete {
				t.Errorf("complete = %v, want %v", r.Complete, tt.complete)
			}
		})
	}
}

func seqIDs(prefix string, n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s%02d", prefix, i+1)
	}
	return ids
}

// A complete set of quality indicators, computed by hand:
//
//	D1: 7 yes, 2 partly, 2 no  = 8/11  = 72.727… → 72.7, passes 66
//	D2: 6 yes, 3 no            = 6/9   = 66.666… → 66.7, passes 66
//	D3: 3 yes, 1 partly, 2 no  = 3.5/6 = 58.333… → 58.3, fails 66
//	D4: 4 yes                  = 4/4   = 100.0, passes
//	D5: 2 yes, 2 partly        = 3/4   = 75.0, passes
//	quality = (72.727 + 66.667 + 58.333 + 100 + 75) / 5 = 74.545… → 74.5
const indicatorAnswers = "indicators:\n" +
	"  D1-01: yes\n  D1-02: yes\n  D1-03: yes\n  D1-04: yes\n  D1-05: yes\n  D1-06: yes\n  D1-07: yes\n  D1-08: partly\n  D1-09: partly\n  D1-10: no\n  D1-11: no\n" +
	"  D2-01: yes\n  D2-02: yes\n  D2-03: yes\n  D2-04: yes\n  D2-05: yes\n  D2-06: yes\n  D2-07: no\n  D2-08: no\n  D2-09: no\n" +
	"  D3-01: yes\n  D3-02: yes\n  D3-03: yes\n  D3-04: partly\n  D3-05: no\n  D3-06: no\n" +
	"  D4-01: yes\n  D4-02: yes\n  D4-03: yes\n  D4-04: yes\n" +
	"  D5-01: yes\n  D5-02: yes\n  D5-03: partly\n  D5-04: partly\n"

func TestQuality(t *testing.T) {
	fw := builtin(t)
	af := loadAnswers(t, fw, "practice: {name: x}\n"+indicatorAnswers)
	f := func(v float64) *float64 { return &v }

	tests := []struct {
		name    string
		opts    Options
		dims    []string // "ID score passed"
		quality string
		good    bool
		reasons []string
	}{
		{
			name:    "framework thresholds",
			dims:    []string{"D1 72.7 true", "D2 66.7 true", "D3 58.3 false", "D4 100.0 true", "D5 75.0 true"},
			quality: "74.5",
			reasons: []string{"D3 Effectiveness scores 58.3, below its minimum of 66"},
		},
		{
			name:    "a lower dimension threshold makes it a good practice",
			opts:    Options{DimensionThreshold: f(50)},
			dims:    []string{"D1 72.7 true", "D2 66.7 true", "D3 58.3 true", "D4 100.0 true", "D5 75.0 true"},
			quality: "74.5",
			good:    true,
			reasons: []string{"all 5 dimensions reach their minimum and the quality score 74.5 reaches 70"},
		},
		{
			// 66.666… is below 66.7: the comparison uses the unrounded value.
			name:    "a higher overall threshold",
			opts:    Options{DimensionThreshold: f(66.7), OverallThreshold: f(75)},
			dims:    []string{"D1 72.7 true", "D2 66.7 false", "D3 58.3 false", "D4 100.0 true", "D5 75.0 true"},
			quality: "74.5",
			reasons: []string{
				"D2 Relevance and complementarity scores 66.66, below its minimum of 66.7",
				"D3 Effectiveness scores 58.3, below its minimum of 66.7",
				"the quality score 74.5 is below the minimum of 75",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(af, tt.opts)
			var dims []string
			for _, g := range r.Quality.Dimensions {
				dims = append(dims, fmt.Sprintf("%s %s %v", g.ID, g.Score, g.Passed))
			}
			if diff := cmp.Diff(tt.dims, dims); diff != "" {
				t.Errorf("dimensions (-want +got):\n%s", diff)
			}
			if got := r.Quality.Score.String(); got != tt.quality {
				t.Errorf("quality = %s, want %s", got, tt.quality)
			}
			if r.Quality.GoodPractice != tt.good {
				t.Errorf("good practice = %v, want %v", r.Quality.GoodPractice, tt.good)
			}
			if diff := cmp.Diff(tt.reasons, strs(r.Quality.Reasons)); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGoodPracticeNeedsEveryDimension(t *testing.T) {
	fw := builtin(t)
	// D1 all yes (100), D2 all yes (100), nothing else: the quality score
	// is 100, but three dimensions are not assessed.
	af := loadAnswers(t, fw, "practice: {name: x}\nindicators:\n"+answers("D1-", rep("yes", 11)...)+answers("D2-", rep("yes", 9)...))
	r := Evaluate(af, Options{})
	if got := r.Quality.Score.String(); got != "100.0" {
		t.Errorf("quality = %s, want 100.0", got)
	}
	if r.Quality.GoodPractice {
		t.Error("good practice with three dimensions unassessed")
	}
	want := []string{"not every dimension is assessed (no scored indicator in D3, D4 and D5)"}
	if diff := cmp.Diff(want, strs(r.Quality.Reasons)); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
}

func TestQuickScanAndCompleteness(t *testing.T) {
	fw := builtin(t)
	// 13 items: 5 yes, 4 partly, 4 no = 7/13 = 53.846… → 53.8.
	vals := cat(rep("yes", 5), rep("partly", 4), rep("no", 4))
	af := loadAnswers(t, fw, "practice: {name: x}\nquick_scan:\n"+answers("OC-", vals...))
	r := Evaluate(af, Options{})
	if diff := cmp.Diff(groupWant{"53.8", "", 13, 13, 0, 0, []string{"OC-10", "OC-11", "OC-12", "OC-13", "OC-06", "OC-07", "OC-08", "OC-09"}}, gotGroup(r.QuickScan)); diff != "" {
		t.Errorf("quick scan (-want +got):\n%s", diff)
	}
	// The file uses only the quick scan, and answers all of it.
	if !r.Complete || r.Checklist.Complete {
		t.Errorf("complete = %v, checklist complete = %v; want true, false", r.Complete, r.Checklist.Complete)
	}

	// One quick-scan item left out: incomplete.
	af = loadAnswers(t, fw, "practice: {name: x}\nquick_scan:\n"+answers("OC-", vals[:12]...))
	if r := Evaluate(af, Options{}); r.Complete || r.UnansweredCount() != 1 {
		t.Errorf("complete = %v with %d unanswered; want false with 1", r.Complete, r.UnansweredCount())
	}

	// A file that uses no section has nothing to be complete about.
	if r := Evaluate(loadAnswers(t, fw, "practice: {name: x}\n"), Options{}); r.Complete {
		t.Error("an empty assessment is complete")
	}
}

// An area with a single applicable item, in a small custom framework: for
// an NGO, key area B keeps only B-01 (B-LA1 is for cities).
func TestAreaWithOneItem(t *testing.T) {
	b, err := os.ReadFile("../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := checklist.Load("mini.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	af := loadAnswers(t, fw, "practice: {name: x, organisation_type: ngo}\nchecklist:\n  B-01: tak\n  A-01: częściowo\n  A-02: nie\n")
	r := Evaluate(af, Options{})
	// B: 1/1 = 100, comprehensive. A: (0.5 + 0) / 2 = 25, improve.
	if diff := cmp.Diff(groupWant{"100.0", Comprehensive, 1, 1, 0, 0, nil}, gotGroup(area(r, "B")), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("B (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(groupWant{"25.0", Improve, 2, 2, 0, 0, []string{"A-02", "A-01"}}, gotGroup(area(r, "A"))); diff != "" {
		t.Errorf("A (-want +got):\n%s", diff)
	}
	// Checklist = mean(25, 100) = 62.5.
	if got := r.Checklist.Score.String(); got != "62.5" {
		t.Errorf("checklist = %s, want 62.5", got)
	}
}

// Weights from the framework: D weighs 3, E weighs 1.
func TestDimensionWeights(t *testing.T) {
	b, err := os.ReadFile("../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(b), "  - id: \"D\"\n", "  - id: \"D\"\n    weight: 3\n", 1) + `  - id: "E"
    title: "Druga"
    section: "7"
    description: "Opis."
    questions:
      - id: "E-Q1"
        text: "Czy?"
        indicators:
          - id: "E-01"
            question: "Czy współpracujesz?"
            action: "Współpracuj."
            source: "7"
`
	fw, err := checklist.Load("weighted.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// D = (1 + 0) / 2 = 50 with weight 3; E = 100 with weight 1.
	// Quality = (3 × 50 + 1 × 100) / 4 = 62.5 (unweighted it would be 75).
	// Thresholds 50 and 60: both pass, 62.5 ≥ 60, so a good practice.
	af := loadAnswers(t, fw, "practice: {name: x}\nindicators:\n  D-01: tak\n  D-02: nie\n  E-01: tak\n")
	r := Evaluate(af, Options{})
	if got := r.Quality.Score.String(); got != "62.5" {
		t.Errorf("quality = %s, want 62.5", got)
	}
	if !r.Quality.GoodPractice {
		t.Errorf("not a good practice: %v", r.Quality.Reasons)
	}
}

func TestGates(t *testing.T) {
	fw := builtin(t)
	// Checklist: KA1 = (1 + 0.5) / 2 = 75. Quality: 74.5 (see
	// indicatorAnswers), not a good practice. Incomplete.
	af := loadAnswers(t, fw, "practice: {name: x}\nchecklist:\n  KA1-01: yes\n  KA1-02: partly\n"+indicatorAnswers)
	r := Evaluate(af, Options{})
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name  string
		gates Gates
		want  []string
	}{
		{"no gates", Gates{}, nil},
		{"minimums met", Gates{MinChecklist: f(75), MinQuality: f(74.5)}, nil},
		{"checklist below", Gates{MinChecklist: f(80)}, []string{"checklist score 75.0 is below the minimum of 80"}},
		// 74.545 rounds to 74.5 but is above 74.5; 74.6 is not met.
		{"quality below", Gates{MinQuality: f(74.6)}, []string{"quality score 74.5 is below the minimum of 74.6"}},
		{"good practice and complete", Gates{RequireGoodPractice: true, RequireComplete: true}, []string{"not a good practice", "incomplete: 79 applicable items unanswered"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, strs(tt.gates.Check(r))); diff != "" {
				t.Errorf("failures (-want +got):\n%s", diff)
			}
		})
	}
	empty := Evaluate(loadAnswers(t, fw, "practice: {name: x}\n"), Options{})
	if diff := cmp.Diff([]string{"checklist score not assessed (minimum 50)"}, strs(Gates{MinChecklist: f(50)}.Check(empty))); diff != "" {
		t.Errorf("unassessed checklist (-want +got):\n%s", diff)
	}
}

func TestFormatCompared(t *testing.T) {
	tests := []struct {
		v, limit float64
		want     string
	}{
		{74.545, 74.6, "74.5"},
		{74.545, 74.55, "74.5"}, // 74.5 is visibly below 74.55
		{69.96, 70, "69.96"},    // 70.0 would look like a pass
		{65.951, 66, "65.95"},   // likewise, floored to two decimals
		{66.666, 66, "66.7"},    // above the limit: the usual display
	}
	for _, tt := range tests {
		if got := FormatCompared(tt.v, tt.limit); got != tt.want {
			t.Errorf("FormatCompared(%v, %v) = %s, want %s", tt.v, tt.limit, got, tt.want)
		}
	}
}

func TestRound1(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{72.25, 72.3}, // half away from zero
		{68.75, 68.8},
		{12.24, 12.2},
		{0.25, 0.3},
		{-0.25, -0.3},
		{100, 100},
		{200.0 / 3, 66.7},
	}
	for _, tt := range tests {
		if got := Round1(tt.in); got != tt.want {
			t.Errorf("Round1(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := Percent(68).String(); got != "68.0" {
		t.Errorf("Percent(68) = %s, want 68.0", got)
	}
}

// Completeness is judged against the scope the file records: two key
// areas chosen and fully answered make a complete assessment, and the
// other four are out of scope, not "not assessed" gaps.
func TestCompletenessFollowsTheScope(t *testing.T) {
	fw := builtin(t)
	body := "practice: {name: P}\nscope: {sections: [checklist], key_areas: [KA1, KA4]}\nchecklist:\n" +
		answers("KA1-", rep("yes", 10)...) + answers("KA4-", rep("no", 14)...) +
		"  KA4-LA1: no\n  KA4-LA2: no\n  KA4-LA3: no\n  KA4-LA4: no\n  KA4-LA5: no\n"
	r := Evaluate(loadAnswers(t, fw, body), Options{})
	if !r.Complete || !r.Checklist.Complete || r.UnansweredCount() != 0 {
		t.Errorf("complete = %v, checklist complete = %v, unanswered = %d; want true, true, 0", r.Complete, r.Checklist.Complete, r.UnansweredCount())
	}
	var inScope []string
	for _, g := range r.Checklist.Areas {
		if g.InScope {
			inScope = append(inScope, g.ID)
		}
	}
	if diff := cmp.Diff([]string{"KA1", "KA4"}, inScope); diff != "" {
		t.Errorf("areas in scope (-want +got):\n%s", diff)
	}
	if r.Covers(checklist.SectionIndicators) || !r.Covers(checklist.SectionChecklist) {
		t.Error("the scope covers only the checklist")
	}

	// The same answers without a scope: every area of the checklist counts,
	// 81 − 10 − 19 = 52 items are unanswered.
	body = strings.Replace(body, "scope: {sections: [checklist], key_areas: [KA1, KA4]}\n", "", 1)
	r = Evaluate(loadAnswers(t, fw, body), Options{})
	if r.Complete || r.UnansweredCount() != 52 {
		t.Errorf("without a scope: complete = %v, unanswered = %d; want false, 52", r.Complete, r.UnansweredCount())
	}

	// A scope that names no section covers them all.
	r = Evaluate(loadAnswers(t, fw, "practice: {name: P}\nscope: {key_areas: [KA1]}\nchecklist:\n"+answers("KA1-", rep("yes", 10)...)), Options{})
	if r.Complete || !r.Covers(checklist.SectionQuickScan) || !r.Covers(checklist.SectionIndicators) {
		t.Errorf("scope without sections: complete = %v, covers quick scan %v, indicators %v; want false, true, true",
			r.Complete, r.Covers(checklist.SectionQuickScan), r.Covers(checklist.SectionIndicators))
	}
}

// How far the checklist is answered is counted against the scope too, so
// that "14 of 25 answered" and "11 not answered yet" agree.
func TestTallyFollowsTheScope(t *testing.T) {
	fw := builtin(t)
	// Scope KA1 and KA4 (no organisation type: KA4 has 19 items). KA1:
	// 9 yes and 1 na, all 10 answered; KA4: 01 yes, 02 don't know, 03 and
	// 04 no, 4 of 19 answered; KA2-01 answered although KA2 was not
	// chosen; OC-01 to OC-03 answered although the quick scan was not
	// chosen.
	body := "practice: {name: P}\nscope: {sections: [checklist], key_areas: [KA1, KA4]}\nchecklist:\n" +
		answers("KA1-", append(rep("yes", 9), "na")...) + answers("KA4-", "yes", "unknown", "no", "no") + "  KA2-01: yes\n" +
		"quick_scan:\n" + answers("OC-", "yes", "no", "yes")
	r := Evaluate(loadAnswers(t, fw, body), Options{})
	// Areas: KA1 10 of 10, KA4 4 of 19, KA2 counts only its 1 answer:
	// 15 answered of 10 + 19 + 1 = 30, 1 don't know; 30 − 15 = 15
	// unanswered, KA4's 15.
	got := TallyOf(r.Checklist.Areas)
	if diff := cmp.Diff(Tally{Answered: 15, Applicable: 30, Unknown: 1}, got); diff != "" {
		t.Errorf("checklist (-want +got):\n%s", diff)
	}
	if got.Unanswered() != 15 || r.UnansweredCount() != 15 {
		t.Errorf("unanswered: tally %d, result %d; want 15 and 15", got.Unanswered(), r.UnansweredCount())
	}
	// The quick scan is outside the scope, and alone: it counts whole,
	// 3 of 13.
	if diff := cmp.Diff(Tally{Answered: 3, Applicable: 13}, TallyOf([]*Group{r.QuickScan})); diff != "" {
		t.Errorf("quick scan (-want +got):\n%s", diff)
	}
	// Without a scope, every area of the checklist is in it: 15 of 81.
	r = Evaluate(loadAnswers(t, fw, strings.Replace(body, "scope: {sections: [checklist], key_areas: [KA1, KA4]}\n", "", 1)), Options{})
	if diff := cmp.Diff(Tally{Answered: 15, Applicable: 81, Unknown: 1}, TallyOf(r.Checklist.Areas)); diff != "" {
		t.Errorf("without a scope (-want +got):\n%s", diff)
	}
}

// One "yes" and nine unanswered items: the verdict is comprehensive, but
// only provisionally, on 1 of 10 answered.
func TestProvisionalVerdicts(t *testing.T) {
	fw := builtin(t)
	r := Evaluate(loadAnswers(t, fw, "practice: {name: P}\nchecklist:\n  KA1-01: yes\n"+answers("KA2-", rep("partly", 15)...)), Options{})
	ka1, ka2, ka3 := r.Checklist.Areas[0], r.Checklist.Areas[1], r.Checklist.Areas[2]
	if ka1.Verdict != Comprehensive || !ka1.Provisional() || ka1.Answered() != 1 || ka1.Applicable != 10 {
		t.Errorf("KA1: %s, provisional %v, %d of %d answered; want comprehensive, true, 1 of 10", ka1.Verdict, ka1.Provisional(), ka1.Answered(), ka1.Applicable)
	}
	if ka2.Verdict != Improve || ka2.Provisional() {
		t.Errorf("KA2: %s, provisional %v; want improve, false (all 15 answered)", ka2.Verdict, ka2.Provisional())
	}
	if ka3.Verdict != NotAssessed || ka3.Provisional() {
		t.Errorf("KA3: %s, provisional %v; want not-assessed, false", ka3.Verdict, ka3.Provisional())
	}
}

// strs writes reasons and gate failures in English, as JSON output does.
func strs[T fmt.Stringer](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

// Reasons are data: the report and the score command write them in the
// reader's language, with its decimal separator; JSON keeps String's
// English.
func TestReasonsInALanguage(t *testing.T) {
	t.Parallel()
	lt, err := locale.New("lt")
	if err != nil {
		t.Fatal(err)
	}
	r := Reason{Kind: QualityBelow, Score: 74.5, Limit: 75.5}
	if got, want := r.String(), "the quality score 74.5 is below the minimum of 75.5"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if got := r.Localize(lt); !strings.Contains(got, "74,5") || !strings.Contains(got, "75,5") {
		t.Errorf("Localize(lt) = %q, want decimal commas", got)
	}
	one := Reason{Kind: AllReached, Count: 1, Score: 80, Limit: 70}
	if got, want := one.String(), "the 1 dimension reaches its minimum and the quality score 80.0 reaches 70"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	gates := Gates{MinQuality: new(float64)}
	*gates.MinQuality = 99.5
	failures := gates.Check(&Result{})
	if len(failures) != 1 || !strings.Contains(failures[0].Localize(lt), "99,5") {
		t.Errorf("gate failures in lt: %v", failures)
	}
}

// "Don't know" is left out of every score like "not applicable", counted
// on its own, listed, and keeps the assessment open: incomplete, and the
// verdict of its key area provisional.
func TestDontKnow(t *testing.T) {
	fw := builtin(t)
	type want struct {
		Score, Verdict                              string
		Scored, Applicable, NA, Unanswered, Unknown int
		UnknownIDs                                  []string
		Provisional                                 bool
	}
	got := func(g *Group) want {
		return want{g.Score.String(), string(g.Verdict), g.Scored, g.Applicable, g.NA, g.Unanswered, g.Unknown, g.UnknownIDs(), g.Provisional()}
	}
	tests := []struct {
		name  string
		body  string
		group func(*Result) *Group
		want  want
	}{
		{
			// KA1: yes 1 + partly 0.5 + no 0 = 1.5 over 3 scored = 50.0;
			// na and the two unknowns are left out; 01–06 answered, 07–10
			// unanswered.
			name:  "mixed with the other answers",
			body:  "checklist:\n" + answers("KA1-", "yes", "partly", "no", "na", "unknown", "unknown"),
			group: func(r *Result) *Group { return area(r, "KA1") },
			want:  want{"50.0", "improve", 3, 10, 1, 4, 2, []string{"KA1-05", "KA1-06"}, true},
		},
		{
			// KA1 all yes but KA1-10 unknown: 9/9 = 100, comprehensive, but
			// only provisionally, though nothing is unanswered.
			name:  "every other item yes",
			body:  "checklist:\n" + answers("KA1-", append(rep("yes", 9), "unknown")...),
			group: func(r *Result) *Group { return area(r, "KA1") },
			want:  want{"100.0", "comprehensive", 9, 10, 0, 0, 1, []string{"KA1-10"}, true},
		},
		{
			// Aliases and case: "Don't know", "DK" and "unknown" are the
			// same answer. Nothing scored: no score, not assessed, not
			// provisional (there is no verdict to change).
			name:  "aliases, nothing scored",
			body:  "checklist:\n  KA6-01: Don't know\n  KA6-02: DK\n  KA6-03: {answer: unknown, note: ask the finance office}\n",
			group: func(r *Result) *Group { return area(r, "KA6") },
			want:  want{"–", "not-assessed", 0, 10, 0, 7, 3, []string{"KA6-01", "KA6-02", "KA6-03"}, false},
		},
		{
			// Quick scan: 2 yes + 1 no = 2/3 = 66.666… → 66.7; OC-04–OC-13
			// unknown (10).
			name:  "quick scan",
			body:  "quick_scan:\n" + answers("OC-", cat([]string{"yes", "yes", "no"}, rep("unknown", 10))...),
			group: func(r *Result) *Group { return r.QuickScan },
			want:  want{"66.7", "", 3, 13, 0, 0, 10, seqIDs("OC-", 13)[3:], false},
		},
		{
			// D4: yes, no, unknown, na: 1/2 = 50.0, below 66.
			name:  "dimension",
			body:  "indicators:\n  D4-01: yes\n  D4-02: no\n  D4-03: unknown\n  D4-04: na\n",
			group: func(r *Result) *Group { return r.Quality.Dimensions[3] },
			want:  want{"50.0", "", 2, 4, 1, 0, 1, []string{"D4-03"}, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(loadAnswers(t, fw, "practice: {name: x}\n"+tt.body), Options{})
			if diff := cmp.Diff(tt.want, got(tt.group(r)), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// An assessment that answers every item, some "don't know", is not
// complete, and --require-complete says why.
func TestDontKnowIsNotComplete(t *testing.T) {
	fw := builtin(t)
	// The 13 quick-scan items: 11 yes, OC-12 and OC-13 unknown.
	af := loadAnswers(t, fw, "practice: {name: x}\nquick_scan:\n"+answers("OC-", cat(rep("yes", 11), rep("unknown", 2))...))
	r := Evaluate(af, Options{})
	if r.Complete || r.UnansweredCount() != 0 || r.UnknownCount() != 2 {
		t.Errorf("complete = %v, unanswered %d, unknown %d; want false, 0, 2", r.Complete, r.UnansweredCount(), r.UnknownCount())
	}
	if got, want := r.QuickScan.Score.String(), "100.0"; got != want {
		t.Errorf("quick scan = %s, want %s (11 of 11 scored are yes)", got, want)
	}
	if diff := cmp.Diff([]string{`incomplete: 0 applicable items unanswered, 2 answered "Don't know"`}, strs(Gates{RequireComplete: true}.Check(r))); diff != "" {
		t.Errorf("gate (-want +got):\n%s", diff)
	}

	// The checklist: KA1 all answered, KA1-03 unknown, with KA1 the only
	// area in scope. Unanswered 0, unknown 1: the checklist is not
	// complete either.
	body := "practice: {name: x}\nscope: {sections: [checklist], key_areas: [KA1]}\nchecklist:\n" + answers("KA1-", "yes", "yes", "unknown", "yes", "yes", "yes", "yes", "yes", "yes", "yes")
	r = Evaluate(loadAnswers(t, fw, body), Options{})
	if r.Complete || r.Checklist.Complete || r.UnknownCount() != 1 {
		t.Errorf("complete = %v, checklist complete = %v, unknown %d; want false, false, 1", r.Complete, r.Checklist.Complete, r.UnknownCount())
	}
	// Found out: yes. Now it is complete.
	r = Evaluate(loadAnswers(t, fw, strings.Replace(body, "KA1-03: unknown", "KA1-03: yes", 1)), Options{})
	if !r.Complete || !r.Checklist.Complete {
		t.Errorf("complete = %v, checklist complete = %v; want true, true", r.Complete, r.Checklist.Complete)
	}
}

// A framework without a "don't know" value (mini.yaml) refuses the answer,
// as it refuses any value not on its scale.
func TestDontKnowIsOptional(t *testing.T) {
	b, err := os.ReadFile("../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := checklist.Load("mini.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	if fw.DontKnow() != nil {
		t.Fatal("mini.yaml has a don't-know value")
	}
	_, err = checklist.LoadAnswers("a.yaml", []byte("scorecard: 1\nframework: mini\npractice: {name: x}\nchecklist:\n  A-01: unknown\n"),
		func(string) (*checklist.Framework, error) { return fw, nil })
	if err == nil || !strings.Contains(err.Error(), `invalid answer "unknown" to A-01`) {
		t.Errorf("err = %v, want an invalid answer", err)
	}
}
