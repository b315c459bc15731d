package report

import (
	"bytes"
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/locale/localetest"
)

// pseudoFramework is the built-in framework as --lang qps shows it: every
// text accented.
func pseudoFramework(t testing.TB) *checklist.Framework {
	t.Helper()
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	fw, err = checklist.PseudoTranslation(fw, locale.Pseudo, locale.PseudoText, locale.PseudoWord).Apply(fw)
	if err != nil {
		t.Fatal(err)
	}
	// The titles of publications stay as published, in every language:
	// like user text, they are marked.
	mark := func(s *string) { *s = localetest.Open + *s + localetest.Close }
	mark(&fw.Attribution.Title)
	for _, a := range fw.KeyAreas {
		for _, m := range a.Materials {
			mark(&m.Title)
		}
	}
	return fw
}

// loadMarked loads a fixture with its user text marked (see localetest).
func loadMarked(t testing.TB, fw *checklist.Framework, name string) *checklist.AnswerFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "answers", name))
	if err != nil {
		t.Fatal(err)
	}
	if b, err = localetest.MarkUserText(b); err != nil {
		t.Fatal(err)
	}
	af, err := checklist.LoadAnswers(name, b, func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	return af
}

var (
	htmlTag   = regexp.MustCompile(`(?s)<style.*?</style>|<script.*?</script>|<[^>]*>`)
	htmlLabel = regexp.MustCompile(`(?:aria-label|alt|title)="([^"]*)"`)
)

// htmlText is what a person reads or hears of an HTML page: its text,
// and the labels screen readers say.
func htmlText(b []byte) string {
	var labels []string
	for _, m := range htmlLabel.FindAllSubmatch(b, -1) {
		labels = append(labels, string(m[1]))
	}
	return html.UnescapeString(htmlTag.ReplaceAllString(string(b), "\n") + "\n" + strings.Join(labels, "\n"))
}

// TestPseudoLocaleReports renders the reports and worksheets of complete
// fixtures in the pseudo-locale and looks for English that bypassed the
// catalog: none may be left in Markdown, HTML, the PDF's text, or a
// worksheet. A planted bypass shows the test would see one.
func TestPseudoLocaleReports(t *testing.T) {
	t.Parallel()
	p, err := locale.New(locale.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	fw := pseudoFramework(t)
	complete := loadMarked(t, fw, "complete-local-authority.yaml")
	now := loadMarked(t, fw, "rounds/welcome-bureau-2026.yaml")
	base := loadMarked(t, fw, "rounds/welcome-bureau-2025.yaml")
	merged := loadMarked(t, fw, "merged-workshop.yaml")
	ctx := context.Background()
	outputs := map[string]string{}
	for name, build := range map[string]func() (*Report, error){
		"complete": func() (*Report, error) { return Build(complete, "complete.yaml", nil, Options{Printer: p}) },
		"baseline": func() (*Report, error) { return Build(now, "2026.yaml", base, Options{Printer: p}) },
		"summary":  func() (*Report, error) { return Build(merged, "merged.yaml", nil, Options{Printer: p, Summary: true}) },
		"merged":   func() (*Report, error) { return Build(merged, "merged.yaml", nil, Options{Printer: p}) },
	} {
		rep, err := build()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var md, h, pdf bytes.Buffer
		if err := rep.WriteMarkdown(ctx, &md); err != nil {
			t.Fatal(err)
		}
		if err := rep.WriteHTML(ctx, &h); err != nil {
			t.Fatal(err)
		}
		if _, err := rep.WritePDF(ctx, &pdf, PDFOptions{Created: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
		outputs[name+".md"] = md.String()
		outputs[name+".html"] = htmlText(h.Bytes())
		outputs[name+".pdf"] = pdfText(t, pdf.Bytes())
	}
	scope := checklist.Scope{OrganisationType: "", Areas: []string{"KA1", "KA4"}}
	var wsMD, wsPDF, handbook bytes.Buffer
	if err := WriteWorksheetMarkdown(&wsMD, p, fw, checklist.Scope{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteWorksheetPDF(&wsPDF, p, fw, scope, PDFOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteFrameworkMarkdown(&handbook, p, fw); err != nil {
		t.Fatal(err)
	}
	outputs["worksheet.md"] = wsMD.String()
	outputs["worksheet.pdf"] = pdfText(t, wsPDF.Bytes())
	outputs["handbook.md"] = handbook.String()

	for name, text := range outputs {
		if runs := localetest.Untranslated(text); len(runs) > 0 {
			t.Errorf("%s shows English the catalog should have translated:\n  %s", name, strings.Join(runs, "\n  "))
		}
		if !strings.Contains(text, "[") {
			t.Errorf("%s has no pseudo-locale text at all:\n%.300s", name, text)
		}
	}
	// The scan finds a bypass: a heading written without the printer.
	planted := outputs["complete.md"] + "\n## Priority actions for this year\n"
	if runs := localetest.Untranslated(planted); len(runs) != 1 || runs[0] != "actions for this year" {
		t.Errorf("a planted bypass was not found: %q", runs)
	}
}
