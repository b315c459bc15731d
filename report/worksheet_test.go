package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
)

// Worksheets in Markdown and PDF: boxes for every answer of the scale
// ("Don't know" too), and at the end the glossary terms the worksheet
// uses, with their meanings.
func TestWorksheetGoldens(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		framework, name string
		scope           checklist.Scope
		pdf             bool
	}{
		{"effective-inclusion", "worksheet-ka4", checklist.Scope{OrganisationType: "civil-society", Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"KA4"}}, true},
		{"involvement", "worksheet-involvement-in1", checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}, Areas: []string{"IN1"}}, false},
	} {
		fw, err := checklist.LoadBuiltin(tt.framework)
		if err != nil {
			t.Fatal(err)
		}
		var md bytes.Buffer
		if err := WriteWorksheetMarkdown(&md, nil, fw, tt.scope); err != nil {
			t.Fatal(err)
		}
		golden(t, tt.name+".md", md.Bytes())
		if !strings.Contains(md.String(), "☐ Don't know") {
			t.Errorf("%s: no box for Don't know", tt.name)
		}
		if !strings.Contains(md.String(), "\n## Glossary\n") {
			t.Errorf("%s: no glossary", tt.name)
		}
		if !tt.pdf {
			continue
		}
		var pdf bytes.Buffer
		if err := WriteWorksheetPDF(&pdf, nil, fw, tt.scope, PDFOptions{}); err != nil {
			t.Fatal(err)
		}
		text := regexp.MustCompile(`\n{2,}`).ReplaceAllString(pdfText(t, pdf.Bytes()), "\n")
		golden(t, tt.name+".pdf.txt", []byte(text))
	}
}

// The worksheet's glossary holds exactly the terms its text uses: KA4's
// questions speak of focus groups and vulnerable groups, never of durable
// solutions.
func TestWorksheetGlossaryHasTheTermsUsed(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadBuiltin("effective-inclusion")
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := WriteWorksheetMarkdown(&md, nil, fw, checklist.Scope{Areas: []string{"KA4"}, Sections: []checklist.Section{checklist.SectionChecklist}}); err != nil {
		t.Fatal(err)
	}
	glossary := md.String()[strings.Index(md.String(), "## Glossary"):]
	for _, want := range []string{"**Focus group discussion**", "**Vulnerable**"} {
		if !strings.Contains(glossary, want) {
			t.Errorf("the glossary lacks %s:\n%s", want, glossary)
		}
	}
	if strings.Contains(glossary, "Durable solutions") {
		t.Errorf("the glossary explains a word the worksheet does not use:\n%s", glossary)
	}
}
