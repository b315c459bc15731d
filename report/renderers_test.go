package report

import (
	"bytes"
	"context"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

func renderAll(t testing.TB, af, baseline *checklist.AnswerFile, opts Options) (md, htm, pdfText string) {
	t.Helper()
	rep, err := Build(af, "x.yaml", baseline, opts)
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
	return m.String(), h.String(), ""
}

// The three renderers draw one model: golden files of the HTML and of
// the PDF's text guard the forms the Markdown goldens do not.
func TestHTMLAndPDFGoldens(t *testing.T) {
	for _, tt := range []struct{ file, baseline, name string }{
		{"complete-local-authority.yaml", "", "report-complete"},
		{"rounds/welcome-bureau-2026.yaml", "rounds/welcome-bureau-2025.yaml", "report-baseline"},
		{"dont-know.yaml", "", "report-dont-know"},
	} {
		var base *checklist.AnswerFile
		if tt.baseline != "" {
			base = load(t, tt.baseline)
		}
		rep, err := Build(load(t, tt.file), tt.file, base, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var h bytes.Buffer
		if err := rep.WriteHTML(context.Background(), &h); err != nil {
			t.Fatal(err)
		}
		golden(t, tt.name+".html", h.Bytes())
		b, _ := pdfOf(t, rep, nil)
		text := regexp.MustCompile(`\n{2,}`).ReplaceAllString(pdfText(t, b), "\n")
		golden(t, tt.name+".pdf.txt", []byte(text))
	}
	// The summary, in every form.
	rep, err := Build(load(t, "complete-rtl-names.yaml"), "complete-rtl-names.yaml", nil, Options{Summary: true})
	if err != nil {
		t.Fatal(err)
	}
	var m bytes.Buffer
	if err := rep.WriteMarkdown(context.Background(), &m); err != nil {
		t.Fatal(err)
	}
	golden(t, "report-summary.md", m.Bytes())
}

// Markdown and HTML carry the same headings, in the same order, and the
// same numbers.
func TestMarkdownAndHTMLSayTheSame(t *testing.T) {
	mdHeading := regexp.MustCompile(`(?m)^#{1,6} (.*)$|^\*\*(.*)\*\*$`)
	htmlHeading := regexp.MustCompile(`<h[1-6]>(.*?)</h[1-6]>`)
	tag := regexp.MustCompile(`<[^>]+>`)
	number := regexp.MustCompile(`\b\d+\.\d\b`)
	unescapeMD := strings.NewReplacer(`\`, "")
	for _, tt := range []struct{ file, baseline string }{
		{"complete-local-authority.yaml", ""},
		{"partial-two-areas.yaml", ""},
		{"rounds/welcome-bureau-2026.yaml", "rounds/welcome-bureau-2025.yaml"},
		{"markdown-injection.yaml", ""},
		{"complete-rtl-names.yaml", ""},
		{"merged-workshop.yaml", ""},
		{"merged-perspectives.yaml", ""},
		{"dont-know.yaml", ""},
	} {
		var base *checklist.AnswerFile
		if tt.baseline != "" {
			base = load(t, tt.baseline)
		}
		md, htm, _ := renderAll(t, load(t, tt.file), base, Options{})
		var mdH, htmlH []string
		for _, m := range mdHeading.FindAllStringSubmatch(md, -1) {
			mdH = append(mdH, unescapeMD.Replace(m[1]+m[2]))
		}
		for _, m := range htmlHeading.FindAllStringSubmatch(htm, -1) {
			htmlH = append(htmlH, html.UnescapeString(tag.ReplaceAllString(m[1], "")))
		}
		if strings.Join(mdH, "\n") != strings.Join(htmlH, "\n") {
			t.Errorf("%s: headings differ:\nMarkdown:\n%s\nHTML:\n%s", tt.file, strings.Join(mdH, "\n"), strings.Join(htmlH, "\n"))
		}
		body := htm[strings.Index(htm, "<main>"):]
		mdNums := number.FindAllString(md, -1)
		htmlNums := number.FindAllString(tag.ReplaceAllString(regexp.MustCompile(`(?s)<svg.*?</svg>`).ReplaceAllString(body, ""), " "), -1)
		if strings.Join(mdNums, " ") != strings.Join(htmlNums, " ") {
			t.Errorf("%s: numbers differ:\nMarkdown: %v\nHTML:     %v", tt.file, mdNums, htmlNums)
		}
	}
}

// User text never becomes markup in the HTML: names and notes full of
// tags stay text.
func TestUserTextCannotBreakTheHTML(t *testing.T) {
	_, htm, _ := renderAll(t, load(t, "markdown-injection.yaml"), nil, Options{})
	for _, bad := range []string{"<script", "<img", "<b>"} {
		if strings.Contains(htm, bad) {
			t.Errorf("%q reached the HTML unescaped", bad)
		}
	}
	// Self-contained: nothing to load, no link to follow.
	if m := regexp.MustCompile(`(?i)<[^>]*\b(src|href|srcset)\s*=|url\(`).FindString(htm); m != "" {
		t.Errorf("the HTML loads or links something: %q", m)
	}
}

func BenchmarkHTMLReport(b *testing.B) {
	af := load(b, "complete-local-authority.yaml")
	b.ReportAllocs()
	for b.Loop() {
		rep, err := Build(af, "x.yaml", nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := rep.WriteHTML(context.Background(), &buf); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(buf.Len())/1024, "KB")
	}
}

// BenchmarkPDFReportArabicNames is the budget case: a complete assessment
// with names and notes in Arabic, Persian, Tigrinya and Hebrew (under
// 200 ms and 600 KB).
func BenchmarkPDFReportArabicNames(b *testing.B) {
	af := load(b, "complete-rtl-names.yaml")
	b.ReportAllocs()
	for b.Loop() {
		rep, err := Build(af, "x.yaml", nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pdf, _ := pdfOf(b, rep, nil)
		b.ReportMetric(float64(len(pdf))/1024, "KB")
	}
}

// Every word of the report goes through the locale printer: with the
// pseudo-locale no heading or label of the report stays plain English.
func TestReportWordsGoThroughThePrinter(t *testing.T) {
	p, err := locale.New(locale.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	md, htm, _ := renderAll(t, load(t, "rounds/welcome-bureau-2026.yaml"), load(t, "rounds/welcome-bureau-2025.yaml"), Options{Printer: p})
	for _, english := range []string{"At a glance", "Priority actions", "Points to discuss", "Summary of your notes", "How the scores are computed",
		"Progress since", "Checklist score", "In place", "Gaps and recommendations", "You answered", "Learn from", "not assessed", "can improve", "Evidence register"} {
		for name, out := range map[string]string{"Markdown": md, "HTML": htm} {
			if strings.Contains(out, english) {
				t.Errorf("%s: %q is not translated", name, english)
			}
		}
	}
}
