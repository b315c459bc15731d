package report

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/data"
)

// TestLithuanianReport renders the complete fixture as 'scorecard report
// FILE --lang lt' does: the framework in its built-in Lithuanian overlay,
// the words of the report from the interface catalog data/locales/lt.yaml,
// numbers with a decimal comma. Its golden files show the catalog as it
// is: a message the catalog leaves "" shows in English, so while the
// catalog is being translated they change with it (regenerate them with
// go test ./report -run TestLithuanianReport -update, and review them).
func TestLithuanianReport(t *testing.T) {
	p, err := locale.New("lt")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := checklist.TranslationFromFS(data.Translations, "translations", fw, "lt")
	if err != nil || tr == nil {
		t.Fatalf("no Lithuanian translation of %s: %v", fw.ID, err)
	}
	if fw, err = tr.Apply(fw); err != nil {
		t.Fatal(err)
	}
	af, err := checklist.LoadAnswersFile(filepath.Join("..", "testdata", "answers", "complete-local-authority.yaml"), func(string) (*checklist.Framework, error) { return fw, nil })
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Build(af, "complete-local-authority.yaml", nil, Options{Printer: p})
	if err != nil {
		t.Fatal(err)
	}
	var md, h bytes.Buffer
	if err := rep.WriteMarkdown(context.Background(), &md); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteHTML(context.Background(), &h); err != nil {
		t.Fatal(err)
	}
	pdf, res := pdfOf(t, rep, nil)
	text := regexp.MustCompile(`\n{2,}`).ReplaceAllString(pdfText(t, pdf), "\n")
	golden(t, "report-complete.lt.md", md.Bytes())
	golden(t, "report-complete.lt.html", h.Bytes())
	golden(t, "report-complete.lt.pdf.txt", []byte(text))

	// Whatever the catalog's progress: scores with a decimal comma in
	// every form, the framework's Lithuanian words, every Lithuanian
	// letter drawn in the PDF, and the page in Lithuanian for screen
	// readers.
	for name, s := range map[string]string{"md": md.String(), "html": h.String(), "pdf": text} {
		if !strings.Contains(s, "81,5") || strings.Contains(s, "81.5") {
			t.Errorf("%s: the checklist score is not written 81,5", name)
		}
		if !strings.Contains(s, "Aiškiai žinokite, kokios paramos reikia pabėgėliams") {
			t.Errorf("%s: KA1 is not in Lithuanian", name)
		}
	}
	if len(res.Replaced) > 0 {
		t.Errorf("the PDF cannot draw %q", string(res.Replaced))
	}
	if !strings.Contains(h.String(), `<html lang="lt"`) {
		t.Errorf("the HTML page does not say it is Lithuanian:\n%.300s", h.String())
	}
}
