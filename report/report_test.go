package report

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got); if intended, run with -update and review the diff:\n%s", name, diff)
	}
}

func load(t testing.TB, name string) *checklist.AnswerFile {
	t.Helper()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	af, err := checklist.LoadAnswersFile(filepath.Join("..", "testdata", "answers", name), func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af
}

func markdown(t testing.TB, af, baseline *checklist.AnswerFile, name string) []byte {
	t.Helper()
	rep, err := Build(af, name, baseline, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := rep.WriteMarkdown(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMarkdownReports(t *testing.T) {
	tests := []struct {
		name, file, baseline, golden string
	}{
		{"complete", "complete-local-authority.yaml", "", "report-complete.md"},
		{"partial", "partial-two-areas.yaml", "", "report-partial.md"},
		{"baseline", "rounds/welcome-bureau-2026.yaml", "rounds/welcome-bureau-2025.yaml", "report-baseline.md"},
		{"user text with markdown syntax", "markdown-injection.yaml", "", "report-injection.md"},
		{"don't know", "dont-know.yaml", "", "report-dont-know.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *checklist.AnswerFile
			if tt.baseline != "" {
				base = load(t, tt.baseline)
			}
			golden(t, tt.golden, markdown(t, load(t, tt.file), base, tt.file))
		})
	}
}

// User text cannot add headings, list items, table cells, links, images,
// code or HTML to the report: whatever a practitioner writes, the
// document keeps the structure scorecard gave it.
func TestUserTextCannotBreakTheMarkdown(t *testing.T) {
	hostile := func(af *checklist.AnswerFile) *checklist.AnswerFile {
		evil := load(t, "markdown-injection.yaml")
		af.Practice.Name = evil.Practice.Name
		af.Practice.Organisation = evil.Practice.Organisation
		af.Practice.Country = evil.Practice.Country
		af.Practice.Assessors = evil.Practice.Assessors
		af.Notes["KA1"] = evil.Notes["KA1"]
		af.Notes["D1"] = evil.Answers["KA1-01"].Note
		a := af.Answers["KA1-02"]
		a.Note = evil.Answers["KA1-01"].Note
		af.Answers["KA1-02"] = a
		return af
	}
	clean := markdown(t, load(t, "spec-example.yaml"), nil, "x.yaml")
	evil := markdown(t, hostile(load(t, "spec-example.yaml")), nil, "x.yaml")

	headings := regexp.MustCompile(`(?m)^#{1,6} `)
	if got, want := len(headings.FindAll(evil, -1)), len(headings.FindAll(clean, -1)); got != want {
		t.Errorf("%d headings with hostile user text, %d without", got, want)
	}
	blockStarts := regexp.MustCompile(`(?m)^ *(- not|> not|\x60\x60\x60|1\) not|=== not|---$|\| not)`)
	if m := blockStarts.FindAll(evil, -1); len(m) > 0 {
		t.Errorf("user text started blocks: %q", m)
	}
	// Anything that would make a link, an image, HTML, code or an entity
	// must be escaped (preceded by a backslash).
	for _, pat := range []string{`<script`, `<img`, `<b>`, `\]\(http`, "\x60rm", `&amp;`, `\*bold\*`} {
		re := regexp.MustCompile(`(^|[^\\])` + pat)
		if loc := re.FindIndex(evil); loc != nil {
			t.Errorf("unescaped %s in: %q", pat, evil[max(0, loc[0]-30):min(len(evil), loc[1]+30)])
		}
	}
	// Tables keep their shape: every row of a table has as many unescaped
	// pipes as its header.
	unescapedPipe := regexp.MustCompile(`(^|[^\\])\|`)
	pipes := func(l string) int { return len(unescapedPipe.FindAllString(l, -1)) + strings.Count(l, "||") }
	var header int
	for _, l := range strings.Split(string(evil), "\n") {
		switch {
		case !strings.HasPrefix(l, "|"):
			header = 0
		case header == 0:
			header = pipes(l)
		case pipes(l) != header:
			t.Errorf("table row has %d cell borders, its header %d: %q", pipes(l), header, l)
		}
	}
	if bytes.ContainsRune(evil, '\x1b') {
		t.Error("an escape character reached the report")
	}
}

func TestBaselineOfAnotherPracticeOrFrameworkIsRefused(t *testing.T) {
	now := load(t, "rounds/welcome-bureau-2026.yaml")
	_, err := Build(now, "x.yaml", load(t, "complete-civil-society.yaml"), Options{})
	var be *BaselineError
	if !errors.As(err, &be) || !strings.Contains(be.Reason, `assesses "Women's Meeting Club", not "Welcome Bureau"`) {
		t.Errorf("another practice: err = %v", err)
	}
	other := load(t, "rounds/welcome-bureau-2025.yaml")
	other.Framework = &checklist.Framework{ID: "involvement"}
	_, err = Build(now, "x.yaml", other, Options{})
	if !errors.As(err, &be) || !strings.Contains(be.Reason, `framework "involvement", not "effective-inclusion"`) {
		t.Errorf("another framework: err = %v", err)
	}
}

// The progress since a baseline, computed by hand from the two rounds:
// KA1 2025: partly, yes, no, no, partly, no, yes, partly, (na), yes
// = 0.5+1+0+0+0.5+0+1+0.5+1 = 4.5 / 9 = 50.0; 2026: yes, yes, partly, no,
// partly, yes, partly, yes, (na), yes = 1+1+.5+0+.5+1+.5+1+1 = 6.5 / 9 =
// 72.2; change +22.2.
func TestProgressSinceTheBaseline(t *testing.T) {
	rep, err := Build(load(t, "rounds/welcome-bureau-2026.yaml"), "x.yaml", load(t, "rounds/welcome-bureau-2025.yaml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := rep.Progress
	var ka1 ScoreChange
	for _, c := range p.Scores {
		if strings.HasPrefix(c.Label, "KA1 ") {
			ka1 = c
		}
	}
	if d := rep.w.delta(ka1); ka1.Before.String() != "50.0" || ka1.After.String() != "72.2" || d != "+22.2" {
		t.Errorf("KA1 change = %s → %s (%s), want 50.0 → 72.2 (+22.2)", ka1.Before, ka1.After, d)
	}
	ids := func(cs []AnswerChange) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Item.ID+" "+c.Before.Value+">"+c.After.Value)
		}
		return out
	}
	wantImproved := []string{"KA1-01 partly>yes", "KA1-03 no>partly", "KA1-06 no>yes", "KA1-08 partly>yes",
		"KA4-01 no>partly", "KA4-02 partly>yes", "KA4-04 no>partly", "KA4-05 no>yes", "KA4-08 partly>yes",
		"KA4-10 no>partly", "KA4-11 partly>yes", "KA4-13 partly>yes", "KA4-14 no>partly", "KA4-LA2 partly>yes", "KA4-LA3 no>partly",
		"OC-01 partly>yes", "OC-03 no>partly", "OC-06 no>partly", "OC-07 no>partly", "OC-08 partly>yes", "OC-09 partly>yes", "OC-12 partly>yes", "OC-13 no>partly"}
	if diff := cmp.Diff(wantImproved, ids(p.Improved)); diff != "" {
		t.Errorf("improved (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"KA1-07 yes>partly"}, ids(p.Regressed)); diff != "" {
		t.Errorf("regressed (-want +got):\n%s", diff)
	}
}

// Each gap's recommendation comes with the success factor it serves and
// an example from its key area: the first gap of a factor gets an example
// filed under that factor (when one is not cited yet), and within a key
// area no example is cited twice while another is unused.
func TestRecommendationsCarryAFactorAndAnExample(t *testing.T) {
	for _, file := range []string{"complete-local-authority.yaml", "complete-civil-society.yaml", "rounds/welcome-bureau-2025.yaml"} {
		rep, err := Build(load(t, file), "x.yaml", nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, ga := range rep.Areas {
			cited := map[*checklist.Example]int{}
			factorSeen := map[*checklist.SuccessFactor]bool{}
			for _, rec := range ga.Gaps {
				n++
				if rec.Factor == nil || rec.Factor.Area() != ga.KeyArea {
					t.Errorf("%s %s: no success factor of its own area", file, rec.Item.ID)
					continue
				}
				switch {
				case rec.Example == nil:
					t.Errorf("%s %s: no example", file, rec.Item.ID)
				case !containsExample(ga.KeyArea.Examples, rec.Example):
					t.Errorf("%s %s: example %q is from another area", file, rec.Item.ID, rec.Example.Practice)
				case !factorSeen[rec.Factor] && uncited(rec.Factor.Examples(), cited) && rec.Example.SuccessFactor != rec.Factor.ID:
					t.Errorf("%s %s: the first gap of %s gets %q, not one of its examples", file, rec.Item.ID, rec.Factor.ID, rec.Example.Practice)
				}
				factorSeen[rec.Factor] = true
				cited[rec.Example]++
			}
			for e, times := range cited {
				if times < 2 {
					continue
				}
				for _, other := range ga.KeyArea.Examples {
					if cited[other] == 0 {
						t.Errorf("%s %s: %q cited %d times while %q is not cited", file, ga.KeyArea.ID, e.Practice, times, other.Practice)
						break
					}
				}
			}
		}
		if n == 0 {
			t.Fatalf("%s: no gaps to check", file)
		}
	}
}

func uncited(list []*checklist.Example, cited map[*checklist.Example]int) bool {
	for _, e := range list {
		if cited[e] == 0 {
			return true
		}
	}
	return false
}

func containsExample(list []*checklist.Example, e *checklist.Example) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func TestPriorities(t *testing.T) {
	rep, err := Build(load(t, "complete-local-authority.yaml"), "x.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rep.Priorities {
		got = append(got, p.Item.ID+" "+p.Answer.Value)
	}
	// Lowest groups first: D3 41.7, KA5 72.2, the quick scan 73.1 (8 yes,
	// 3 partly, 2 no: 9.5/13), KA4 75.0; at most three from each; "no"
	// before "partly" within one.
	want := []string{"D3-03 no", "D3-05 no", "D3-01 partly", "KA5-06 no", "KA5-01 partly", "KA5-05 partly",
		"OC-07 no", "OC-11 no", "OC-03 partly", "KA4-05 no"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("priorities (-want +got):\n%s", diff)
	}
}

func pdfBytes(t testing.TB, af *checklist.AnswerFile) []byte {
	t.Helper()
	rep, err := Build(af, "x.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := rep.WritePDF(context.Background(), &b, PDFOptions{Created: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), Producer: "scorecard test"}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPDFText(t *testing.T) {
	af := load(t, "unicode-names.yaml")
	text := pdfText(t, pdfBytes(t, af))
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	all := squeeze(text)
	for _, want := range []string{"Gdańsk", "Klaipėda", "Україна", "Łukasz Żółć", "Олена Ґудзь", "Νίκος Παπαδόπουλος", "Дякуємо", "Ευχαριστώ"} {
		if !strings.Contains(all, squeeze(want)) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	for _, a := range af.Framework.KeyAreas {
		if !strings.Contains(all, squeeze(a.ID+" "+a.Title)) {
			t.Errorf("PDF text lacks the key area %q", a.Title)
		}
	}
	for _, v := range []string{"can improve", "needs deep reflection", "comprehensive", "not assessed", "below the minimum"} {
		if !strings.Contains(all, squeeze(v)) {
			t.Errorf("PDF text lacks the verdict %q", v)
		}
	}
	if strings.Contains(text, "🌍") || strings.Contains(text, "𝔘") {
		t.Error("characters outside the fonts were not replaced")
	}
}

func TestPDFMetadata(t *testing.T) {
	b := pdfBytes(t, load(t, "complete-local-authority.yaml"))
	for _, want := range []string{"/Lang (en)", "/Title", "/Author", "/Subject", "/Count "} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	text := pdfText(t, b)
	if !regexp.MustCompile(`Page 1 of \d+`).MatchString(text) {
		t.Error("pages are not numbered")
	}
}

// No text can make the PDF fail or panic: controls, emoji, scripts the
// fonts lack, combining marks, right-to-left text, very long words.
func TestPDFNeverFailsOnText(t *testing.T) {
	weird := []string{
		"", "\x00\x01\x1b[31m", "🌍🙏🏽👩‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文字符测试", "עברית ועربية", "e\u0301\u0302\u0303",
		"\uFFFD\uFEFF\u200B\u202E reversed", strings.Repeat("W", 3000), strings.Repeat("long words ", 2000),
		"tab\tand\r\ncarriage", "ﷺ ﷽", "\u00A0\u2028\u2029",
	}
	for i, s := range weird {
		af := load(t, "spec-example.yaml")
		af.Practice.Name = "Practice " + s
		af.Practice.Organisation = s
		af.Practice.Assessors = []string{s, s}
		af.Notes["KA1"] = s + "\n" + s
		a := af.Answers["KA1-02"]
		a.Note = s
		af.Answers["KA1-02"] = a
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("case %d: panic: %v", i, r)
				}
			}()
			if b := pdfBytes(t, af); !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Errorf("case %d: not a PDF", i)
			}
		}()
	}
}

func BenchmarkMarkdownReport(b *testing.B) {
	af := load(b, "complete-local-authority.yaml")
	b.ReportAllocs()
	for b.Loop() {
		rep, err := Build(af, "x.yaml", nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := rep.WriteMarkdown(context.Background(), &buf); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(buf.Len())/1024, "KB")
	}
}

func BenchmarkPDFReport(b *testing.B) {
	af := load(b, "complete-local-authority.yaml")
	b.ReportAllocs()
	for b.Loop() {
		b.ReportMetric(float64(len(pdfBytes(b, af)))/1024, "KB")
	}
}

// At a glance counts what is answered against the scope the file
// records, so that its numbers add up: the items left unanswered in the
// checklist, the quick scan and the quality indicators are those the
// closing sentence says are not answered yet, and so for "don't know".
// Two key areas chosen, 14 of their 25 items answered, say "14 of 25",
// never "14 of 72".
func TestAtAGlanceCountsAddUp(t *testing.T) {
	counts := regexp.MustCompile(`(\d+) of (\d+) applicable items answered(?:, (\d+) of them)?`)
	open := regexp.MustCompile(`(\d+) applicable items are not answered yet`)
	unknown := regexp.MustCompile(`(\d+) items are answered “`)
	num := func(s string) int {
		n := 0
		for _, c := range s {
			n = n*10 + int(c-'0')
		}
		return n
	}
	for _, c := range []struct{ file, want string }{
		{"partial-two-areas.yaml", "14 of 25 applicable items answered"},
		{"dont-know.yaml", "20 of 20 applicable items answered, 4 of them"},
		{"merged-perspectives.yaml", "29 of 29 applicable items answered"},
		{"rounds/welcome-bureau-2026.yaml", "29 of 81 applicable items answered"},
		{"complete-local-authority.yaml", "81 of 81 applicable items answered"},
		{"partial-quick-scan.yaml", ""},
		{"spec-example.yaml", ""},
	} {
		md := string(markdown(t, load(t, c.file), nil, "x.yaml"))
		glance := md[strings.Index(md, "## At a glance"):]
		glance = glance[:strings.Index(glance[3:], "\n## ")+3]
		if !strings.Contains(glance, c.want) {
			t.Errorf("%s: at a glance lacks %q:\n%s", c.file, c.want, glance)
		}
		left, dk := 0, 0
		for _, m := range counts.FindAllStringSubmatch(glance, -1) {
			left += num(m[2]) - num(m[1])
			dk += num(m[3])
		}
		wantLeft, wantDK := 0, 0
		if m := open.FindStringSubmatch(glance); m != nil {
			wantLeft = num(m[1])
		}
		if m := unknown.FindStringSubmatch(glance); m != nil {
			wantDK = num(m[1])
		}
		if left != wantLeft || dk != wantDK {
			t.Errorf("%s: the counts leave %d unanswered and %d \"don't know\"; the closing sentence says %d and %d:\n%s", c.file, left, dk, wantLeft, wantDK, glance)
		}
	}
}

// A key area off the path the routing question took is "not on this
// path", in the table at a glance and in its own heading, as 'scorecard
// score' says, never "not assessed".
func TestAreasOffThePath(t *testing.T) {
	fw, err := checklist.LoadBuiltin("involvement")
	if err != nil {
		t.Fatal(err)
	}
	src := "scorecard: 1\nframework: involvement\npractice: {name: Tartu, organisation_type: civil-society}\nroute: all-groups\nchecklist:\n  IN4-01: yes\n  IN6-01: no\n"
	af, err := checklist.LoadAnswers("inv.yaml", []byte(src), func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	md := string(markdown(t, af, nil, "inv.yaml"))
	for _, want := range []string{
		"| IN1 Follow the main steps to involve immigrants and refugees | – | not on this path |",
		"### IN1 Follow the main steps to involve immigrants and refugees: –, not on this path",
		"| IN5 Hold Immigrant and Refugee Citizenship Forums | – | not assessed |",
		// 2 of the path's 40 items for an NGO (IN4–IN9 less the six
		// city-only steps)
		"2 of 40 applicable items answered",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}
