package report

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

func pdfOf(t testing.TB, rep *Report, trace *pdfTrace) ([]byte, PDFResult) {
	t.Helper()
	var b bytes.Buffer
	res, err := rep.WritePDF(context.Background(), &b, PDFOptions{Created: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), Producer: "scorecard test", trace: trace})
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), res
}

func pages(t testing.TB, b []byte) int {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return r.NumPage()
}

// Names and notes in Arabic, Persian, Tigrinya and Hebrew reach the PDF
// as text (pdftotext finds them, with no "?" where they stand) and its
// metadata; so do Pashto, Sorani, Urdu and Amharic ones, with letters
// that have no presentation forms.
func TestPDFDrawsEveryScript(t *testing.T) {
	pdftotext := needTool(t, "pdftotext (poppler-utils)", "pdftotext")
	af := load(t, "complete-rtl-names.yaml")
	more := load(t, "more-scripts.yaml")
	af.Notes["KA2"] = more.Practice.Name + "\n" + more.Practice.Organisation + "\n" + strings.Join(more.Practice.Assessors, "\n") + "\n" + more.Notes["KA1"]
	rep, err := Build(af, "complete-rtl-names.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, res := pdfOf(t, rep, nil)
	if len(res.Replaced) > 0 {
		t.Errorf("replaced %q", res.Replaced)
	}
	cmd := exec.Command(pdftotext, "-", "-")
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	// pdftotext gives Arabic in its presentation forms and marks runs
	// with bidi controls; compatibility normalisation and dropping the
	// controls give back the letters.
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F {
				return -1
			}
			return r
		}, norm.NFKC.String(s))
	}
	lines := strings.Split(clean(string(out)), "\n")
	names := append([]string{af.Practice.Organisation, "مكتب الترحيب"}, af.Practice.Assessors...)
	names = append(names, "نعتمد على المسح السنوي", "پناهندگان در بازنویسی بروشورها", "ተሳተፍቲ ኣብ ነፍሲ ወከፍ ዋዕላ", "המדדים נוסחו", "פגישות עם הקהילה מתקיימות פעם בחודש")
	names = append(names, more.Practice.Name, "ښاروالۍ کابل", "شارەوانیی هەولێر", "ہم شہر کے سالانہ سروے", "እናመሰግናለን")
	names = append(names, more.Practice.Assessors...)
	for _, name := range names {
		found := false
		for _, l := range lines {
			// Where the name stands there is no "?": the name is there
			// whole, and no letter next to it was replaced either.
			if i := strings.Index(l, clean(name)); i >= 0 {
				found = true
				before, after := strings.TrimRight(l[:i], " "), strings.TrimLeft(l[i+len(clean(name)):], " ")
				if strings.HasSuffix(before, "?") || strings.HasPrefix(after, "?") {
					t.Errorf("a \"?\" next to %q: %q", name, l)
				}
			}
		}
		if !found {
			t.Errorf("pdftotext does not find %q", name)
		}
	}
	info := exec.Command(needTool(t, "pdfinfo (poppler-utils)", "pdfinfo"), "-")
	info.Stdin = bytes.NewReader(b)
	meta, err := info.Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Title:           Self-assessment: " + af.Practice.Name, "Author:          " + strings.Join(af.Practice.Assessors, ", ")} {
		if !strings.Contains(string(meta), want) {
			t.Errorf("the metadata lack %q:\n%s", want, meta)
		}
	}
}

// Emoji cannot be drawn: they are replaced, and reported once each.
func TestPDFReportsWhatItReplaced(t *testing.T) {
	rep, err := Build(load(t, "unicode-names.yaml"), "x.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, res := pdfOf(t, rep, nil)
	if got := string(res.Replaced); got != "🌍📋🙏𝔘𝔫𝔦𝔠𝔬𝔡𝔢✓" {
		t.Errorf("replaced %q", got)
	}
}

// No heading (or label) ends a page: at least two lines of what it
// heads (or its only line) follow it on its page.
func TestPDFKeepsHeadingsWithTheirContent(t *testing.T) {
	plan, round := planView(t, true)
	type variant struct {
		file     string
		af       *checklist.AnswerFile
		baseline string
		opts     Options
	}
	var variants []variant
	for _, file := range []string{"complete-local-authority.yaml", "complete-rtl-names.yaml", "partial-two-areas.yaml", "complete-civil-society.yaml",
		"complete-business.yaml", "complete-education.yaml", "dont-know.yaml", "merged-perspectives.yaml", "merged-workshop.yaml", "unicode-names.yaml"} {
		variants = append(variants, variant{file: file}, variant{file: file + " (summary)", opts: Options{Summary: true}})
	}
	variants = append(variants,
		variant{file: "rounds/welcome-bureau-2026.yaml", baseline: "rounds/welcome-bureau-2025.yaml"},
		variant{file: "rounds/welcome-bureau-2026.yaml (summary)", baseline: "rounds/welcome-bureau-2025.yaml", opts: Options{Summary: true}},
		variant{file: "round with its plan", af: round, opts: Options{Plan: plan}},
		variant{file: "round with its plan (summary)", af: round, opts: Options{Plan: plan, Summary: true}})
	for _, v := range variants {
		file := v.file
		af := v.af
		if af == nil {
			af = load(t, strings.TrimSuffix(file, " (summary)"))
		}
		var base *checklist.AnswerFile
		if v.baseline != "" {
			base = load(t, v.baseline)
		}
		rep, err := Build(af, "x.yaml", base, v.opts)
		if err != nil {
			t.Fatal(err)
		}
		var trace pdfTrace
		pdfOf(t, rep, &trace)
		ev := trace.events
		for i, e := range ev {
			if !e.heading {
				continue
			}
			// The lines of its content: up to the next heading.
			var content []traceEvent
			for j := i + 1; j < len(ev) && !ev[j].heading; j++ {
				content = append(content, ev[j])
			}
			want := min(2, len(content))
			for k := range want {
				if content[k].page != e.page {
					t.Errorf("%s: heading %q at the foot of page %d (y %.0f mm) has %d line(s) under it there", file, e.text, e.page, e.y, k)
					break
				}
			}
		}
	}
}

// A table that goes on over a page break repeats its header row at the
// top of the next page: the action plan's table, the quality dimensions'
// tables, the perspectives' table, the evidence register.
func TestPDFTablesRepeatTheirHeader(t *testing.T) {
	plan, round := planView(t, true)
	cases := []struct {
		name string
		file *checklist.AnswerFile
		opts Options
	}{
		{"complete", load(t, "complete-local-authority.yaml"), Options{}},
		{"names in four scripts", load(t, "complete-rtl-names.yaml"), Options{}},
		{"perspectives", load(t, "merged-perspectives.yaml"), Options{}},
		{"action plan", round, Options{Plan: plan}},
	}
	split := 0
	for _, c := range cases {
		rep, err := Build(c.file, "x.yaml", nil, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		var trace pdfTrace
		pdfOf(t, rep, &trace)
		for i, rows := range trace.rows {
			for j, r := range rows {
				if j > 0 && r.page != rows[j-1].page {
					split++
					if !r.header {
						t.Errorf("%s: table %d goes on to page %d without its header row", c.name, i+1, r.page)
					}
				}
			}
		}
	}
	if split == 0 {
		t.Error("no table goes over a page break: the test checks nothing")
	}
}

// The short report of a complete assessment fits on three A4 pages, with
// the progress since a baseline too. The baseline is the same file a year
// earlier with every "yes" a "partly", so that every score changed.
func TestSummaryFitsOnThreePages(t *testing.T) {
	for _, file := range []string{"complete-local-authority.yaml", "complete-rtl-names.yaml", "complete-civil-society.yaml", "complete-business.yaml", "complete-education.yaml"} {
		af := load(t, file)
		baseline := load(t, file)
		baseline.Practice.AssessedOn = "2025-11-20"
		for id, a := range baseline.Answers {
			if a.Value == "yes" {
				a.Value = "partly"
				baseline.Answers[id] = a
			}
		}
		for _, base := range []*checklist.AnswerFile{nil, baseline} {
			rep, err := Build(af, "x.yaml", base, Options{Summary: true})
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Result.Complete {
				t.Fatalf("%s is not a complete assessment: %d items unanswered", file, rep.Result.UnansweredCount())
			}
			if base != nil && rep.Progress == nil {
				t.Fatalf("%s: no progress since the baseline", file)
			}
			b, _ := pdfOf(t, rep, nil)
			if n := pages(t, b); n > 3 {
				t.Errorf("%s (baseline %v): the summary has %d pages", file, base != nil, n)
			}
		}
	}
}

// A cancelled context stops the PDF, and nothing is written.
func TestPDFStopsWhenCancelled(t *testing.T) {
	rep, err := Build(load(t, "complete-local-authority.yaml"), "x.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var b bytes.Buffer
	if _, err := rep.WritePDF(ctx, &b, PDFOptions{}); !errors.Is(err, context.Canceled) || b.Len() > 0 {
		t.Errorf("err = %v, %d bytes written", err, b.Len())
	}
}

func longNotes(t testing.TB, size int) *Report {
	af := load(t, "complete-local-authority.yaml")
	words := []string{"the", "volunteers", "met", "every", "Thursday", "evening", "and", "wrote", "down", "what", "refugees", "said", "about", "waiting", "times"}
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		sb.WriteString(words[i%len(words)])
		if i%97 == 96 {
			sb.WriteString("\n")
		} else {
			sb.WriteString(" ")
		}
	}
	af.Notes["KA1"] = sb.String()
	rep, err := Build(af, "x.yaml", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// BenchmarkPDFLongNotes measures a complete report with 1 MiB of notes
// (budget: under 2 s) and one 32,000-character word: time grows in line
// with the text.
func BenchmarkPDFLongNotes(b *testing.B) {
	b.Run("1MiB", func(b *testing.B) {
		rep := longNotes(b, 1<<20)
		for b.Loop() {
			pdfOf(b, rep, nil)
		}
	})
	b.Run("32000-char-word", func(b *testing.B) {
		af := load(b, "complete-local-authority.yaml")
		af.Notes["KA1"] = strings.Repeat("W", 32000)
		rep, err := Build(af, "x.yaml", nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			pdfOf(b, rep, nil)
		}
	})
}

// The PDF's chart at a glance gives each key area's verdict whole, as the
// Markdown's table does: a provisional verdict says on how many answers
// it rests ("can improve so far, 10 of 10 answered, 2 “Don't know”"),
// however many lines it takes.
func TestPDFChartGivesTheWholeVerdict(t *testing.T) {
	row := regexp.MustCompile(`(?m)^\| (KA\d) [^|]* \| [^|]* \| ([^|]*) \|$`)
	for _, file := range []string{"dont-know.yaml", "partial-two-areas.yaml", "merged-perspectives.yaml"} {
		af := load(t, file)
		md := string(markdown(t, af, nil, "x.yaml"))
		rep, err := Build(af, "x.yaml", nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := pdfOf(t, rep, nil)
		text := pdfText(t, b)
		glance := md[strings.Index(md, "## At a glance"):]
		glance = glance[:strings.Index(glance[3:], "\n## ")]
		// The chart only: from "At a glance" to the end of the checklist's
		// chart (a key area's heading further on gives the verdict too).
		flat := strings.Join(strings.Fields(text), " ")
		flat = flat[strings.Index(flat, "At a glance"):]
		flat = flat[:strings.Index(flat, "The assessment is")]
		found := 0
		for _, m := range row.FindAllStringSubmatch(glance, -1) {
			found++
			if !strings.Contains(flat, m[2]) {
				t.Errorf("%s: the PDF does not give %s's verdict %q whole", file, m[1], m[2])
			}
		}
		if found != 6 {
			t.Errorf("%s: %d key areas at a glance, want 6", file, found)
		}
	}
}
