package cli

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/inclusion-tools/scorecard/checklist/locale/localetest"
)

// TestPseudoLocaleFlow runs the complete flow in the pseudo-locale (--lang
// qps) and looks for English that bypassed the catalog in everything
// scorecard shows: the questionnaire in accessible mode with piped
// answers, the score, the reports in Markdown and HTML, a template and a
// worksheet, validate's errors on broken files, the framework browser,
// merge, compare, the help topics, the commands' --help and usage errors. The fixtures' user
// text is marked « » (localetest.MarkUserText); the PDFs are checked by
// report's TestPseudoLocaleReports, which reads their text.
func TestPseudoLocaleFlow(t *testing.T) {
	dir := t.TempDir()
	fixture := func(name, from string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", from))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(from, "answers/") && !strings.Contains(from, "broken") {
			if b, err = localetest.MarkUserText(b); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// The frameworks, with the titles of publications marked: they stay
	// as published in every language.
	frameworks := map[string]string{}
	for _, id := range []string{"effective-inclusion", "involvement"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "data", id+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = localetest.MarkPublications(b); err != nil {
			t.Fatal(err)
		}
		frameworks[id] = filepath.Join(dir, id+".yaml")
		if err := os.WriteFile(frameworks[id], b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	complete := fixture("complete.yaml", "answers/complete-local-authority.yaml")
	round1 := fixture("round1.yaml", "answers/rounds/welcome-bureau-2025.yaml")
	round2 := fixture("round2.yaml", "answers/rounds/welcome-bureau-2026.yaml")
	var broken []string
	for _, name := range []string{"header", "ids", "keys", "values", "practice", "scope", "notes", "disagreements", "perspective", "source", "no-header", "plan"} {
		broken = append(broken, fixture("broken-"+name+".yaml", "answers/broken/"+name+".yaml"))
	}
	// A translation with an unknown id, an unknown key and a key given
	// twice.
	badTranslation := filepath.Join(dir, "broken.lt.yaml")
	if err := os.WriteFile(badTranslation, []byte("translation:\n  framework: effective-inclusion\n  version: \"1.0.0\"\n  language: lt\ntitle: \"Veiksminga\"\nkey_areas:\n  KA9:\n    title: \"x\"\n  KA1:\n    titel: \"y\"\n    aim: \"a\"\n    aim: \"b\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A KoboToolbox export with one row whose answer is not on the scale.
	kobo := filepath.Join(dir, "kobo.csv")
	if err := os.WriteFile(kobo, []byte("start;end;practice/practice_name;practice/organisation_type;practice/assessed_on;practice/assessors;practice/refugees_involved;KA1/KA1-01;KA1/KA1-01_note;KA1/KA1-02;scorecard_framework;meta/instanceID\n"+
		"2026-11-20T10:00:00;2026-11-20T10:20:00;«Welcome Bureau»;local-authority;2026-11-20;«Ana»;yes;yes;«Survey every spring»;partly;effective-inclusion;uuid:0b5f1ad6-0001\n"+
		"2026-11-20T10:00:00;2026-11-20T10:25:00;«Welcome Bureau»;local-authority;2026-11-20;«Boris»;no;maybe;;no;effective-inclusion;uuid:0b5f1ad6-0002\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notYAML := filepath.Join(dir, "tabs.yaml")
	if err := os.WriteFile(notYAML, []byte("scorecard: 1\npractice:\n\tname: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// The questionnaire, with user text marked as a person would type it.
	profile := []string{"«Vilnius Welcome»", "«City of Vilnius»", "2", "LT", "", "«Ona, Jonas»", "yes", "staff"}
	ka1 := []string{"1", "2", "3", "4", "5", "1", "1", "2", "", "3"}
	input := lines(append(append(profile, ka1...), "«A note on the page.»", "2")...)
	assessed := filepath.Join(dir, "assessed.yaml")

	type run struct {
		args  []string
		stdin string
		exit  int
	}
	runs := []run{
		{args: []string{"assess", "--accessible", "--areas", "KA1", assessed}, stdin: input},
		{args: []string{"score", complete}},
		{args: []string{"score", assessed, complete, "--min-quality", "99", "--require-complete"}, exit: 1},
		{args: []string{"score", complete, broken[0]}, exit: 2},
		{args: []string{"report", complete}},
		{args: []string{"report", complete, "--format", "html"}},
		{args: []string{"report", round2, "--baseline", round1, "--summary"}},
		{args: []string{"report", complete, "-o", filepath.Join(dir, "report.pdf")}},
		{args: []string{"template"}},
		{args: []string{"template", "--format", "md", "--areas", "KA1"}},
		{args: []string{"template", "--type", "civil-society", "-o", filepath.Join(dir, "worksheet.pdf")}},
		{args: append([]string{"validate"}, broken...), exit: 2},
		{args: []string{"template", "--type", "civil-society", "-o", filepath.Join(dir, "worksheet.xlsx")}},
		{args: []string{"validate", notYAML, filepath.Join(dir, "missing.yaml"), dir + "/"}, exit: 2},
		{args: []string{"framework", "list"}},
		{args: []string{"framework", "show", "KA1"}},
		{args: []string{"framework", "show", "KA4-LA1"}},
		{args: []string{"framework", "show", "KA1-SF2"}},
		{args: []string{"framework", "show", "D1"}},
		{args: []string{"framework", "show", "D1-Q1"}},
		{args: []string{"framework", "show", "OC"}},
		{args: []string{"framework", "show", "glossary"}},
		{args: []string{"framework", "show", "KA9"}, exit: 2},
		{args: []string{"framework", "show", "route", "--framework", frameworks["involvement"]}},
		{args: []string{"framework", "export", "--format", "md"}},
		{args: []string{"framework", "validate", badTranslation}, exit: 2},
		{args: []string{"framework", "validate", "--verbose", filepath.Join("..", "..", "..", "data", "translations", "effective-inclusion.lt.yaml")}},
		{args: []string{"merge", round1, round2, "-o", filepath.Join(dir, "merged.yaml")}},
		{args: []string{"report", filepath.Join(dir, "merged.yaml")}},
		{args: []string{"compare", round1, round2}},
		{args: []string{"compare", round1, round2, "--format", "md"}},
		{args: []string{"compare", round1, round2, "--items"}},
		{args: []string{"plan", round1, "-o", filepath.Join(dir, "plan.yaml")}},
		{args: []string{"plan", "show", filepath.Join(dir, "plan.yaml"), "--round", round2}},
		{args: []string{"plan", "show", filepath.Join(dir, "plan.yaml"), "--format", "md"}},
		{args: []string{"import", kobo, "-o", filepath.Join(dir, "workshop")}, exit: 2},
		{args: []string{"import", kobo, "-o", filepath.Join(dir, "workshop")}, exit: 2},
		{args: []string{"import", filepath.Join(dir, "worksheet.xlsx"), "-o", filepath.Join(dir, "sheets")}, exit: 2},
		{args: []string{"import", complete, "-o", filepath.Join(dir, "sheets")}, exit: 2},
		{args: []string{"help", "exit-codes"}},
		{args: []string{"--version"}},
		{args: []string{"help", "formats"}},
		{args: []string{"help", "environment"}},
		{args: []string{"--help"}},
		{args: []string{"help", "report"}},
		{args: []string{"score", "--help"}},
		{args: []string{"assess", "--help"}},
		{args: []string{"framework", "--help"}},
		{args: []string{"framework", "show", "--help"}},
		{args: []string{"template", "--help"}},
		{args: []string{"plan", "show", "--help"}},
		{args: []string{"import", "--help"}},
		{args: []string{"completion", "--help"}},
		{args: []string{"score", "--min-quality", "abc", complete}, exit: 2},
		{args: []string{"report"}, exit: 2},
		{args: []string{"report", complete, "--format", "docx"}, exit: 2},
		{args: []string{"frameworks"}, exit: 2},
		{args: []string{"merge", round1}, exit: 2},
	}
	var seen strings.Builder
	for _, r := range runs {
		f, out, errOut := assessFactory(t, strings.NewReader(r.stdin), map[string]string{"NO_COLOR": "1"})
		args := append([]string{"--lang", "qps"}, r.args...)
		switch r.args[0] {
		case "help", "frameworks", "--version", "--help", "completion":
		default:
			if !slices.Contains(r.args, "--framework") && !slices.Contains(r.args, "--help") {
				args = append(args, "--framework", frameworks["effective-inclusion"])
			}
		}
		if code := Run(context.Background(), f, args); code != r.exit {
			t.Errorf("%s: exit %d, want %d:\n%s%s", strings.Join(r.args, " "), code, r.exit, out, errOut)
		}
		for name, text := range map[string]string{"stdout": out.String(), "stderr": errOut.String()} {
			if runs := localetest.Untranslated(text); len(runs) > 0 {
				t.Errorf("scorecard %s: %s shows English the catalog should have translated:\n  %s", strings.Join(r.args, " "), name, strings.Join(runs, "\n  "))
			}
			seen.WriteString(text)
		}
		if os.Getenv("SCORECARD_QPS_DUMP") != "" {
			t.Logf("$ scorecard %s\n%s%s", strings.Join(args, " "), out, errOut)
		}
	}
	// The report that assess offered, and the template's comments.
	if b, err := os.ReadFile(filepath.Join(dir, "assessed.md")); err != nil {
		t.Errorf("assess wrote no report: %v", err)
	} else if runs := localetest.Untranslated(string(b)); len(runs) > 0 {
		t.Errorf("the report assess wrote shows English:\n  %s", strings.Join(runs, "\n  "))
	}
	// The spreadsheet worksheet: every cell a person reads.
	x, err := excelize.OpenFile(filepath.Join(dir, "worksheet.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	for _, sheet := range x.GetSheetList() {
		rows, err := x.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if runs := localetest.Untranslated(cell); len(runs) > 0 {
					t.Errorf("the xlsx worksheet (sheet %s) shows English: %q", sheet, runs)
				}
			}
		}
	}
	if !strings.Contains(seen.String(), "[Ķéý åŕéå") {
		t.Error("the outputs hold no pseudo-locale text: was --lang qps taken?")
	}
}
