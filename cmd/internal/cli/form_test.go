package cli

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/xuri/excelize/v2"
)

// surveyOf reads back an exported XLSForm: the survey's header, its rows
// by field name, and the settings row.
func surveyOf(t *testing.T, path string) (header []string, rows map[string]map[string]string, settings []string) {
	t.Helper()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	survey, err := x.GetRows("survey")
	if err != nil || len(survey) < 2 {
		t.Fatalf("survey sheet: %v", err)
	}
	header = survey[0]
	rows = map[string]map[string]string{}
	for _, r := range survey[1:] {
		row := map[string]string{}
		for i, c := range r {
			row[header[i]] = c
		}
		if r[0] != "end_group" {
			rows[row["name"]] = row
		}
	}
	set, err := x.GetRows("settings")
	if err != nil || len(set) != 2 {
		t.Fatalf("settings sheet: %v", err)
	}
	return header, rows, set[1]
}

// TestExportedFormLanguages: the XLSForm of a built-in framework has a
// label and a hint column for English and for each built-in translation;
// the framework's texts come from the translation, scorecard's own words
// from the language's catalog when scorecard speaks it, else in English.
func TestExportedFormLanguages(t *testing.T) {
	t.Parallel()
	lt := "lt (lt)"
	ltWords := locale.English()
	if p, err := locale.New("lt"); err == nil && p.Code() == "lt" {
		lt, ltWords = p.Name()+" (lt)", p
	}
	for _, id := range checklist.Builtins() {
		t.Run(id, func(t *testing.T) {
			t.Parallel()
			f, _ := testFactory(t, "", nil)
			path := filepath.Join(t.TempDir(), "form.xlsx")
			if _, stderr, code := run(t, f, "framework", "export", "--framework", id, "--format", "xlsform", "-o", path); code != 0 {
				t.Fatalf("export exited %d: %s", code, stderr)
			}
			header, rows, settings := surveyOf(t, path)
			want := []string{"type", "name", "label::English (en)", "label::" + lt, "hint::English (en)", "hint::" + lt, "required", "relevant", "appearance", "calculation", "default"}
			if diff := cmp.Diff(want, header); diff != "" {
				t.Errorf("survey columns (-want +got):\n%s", diff)
			}
			if settings[3] != "English (en)" {
				t.Errorf("default language %q, want English (en)", settings[3])
			}
			fw, err := checklist.LoadBuiltin(id)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := checklist.BuiltinTranslation(fw, "lt")
			if err != nil || tr == nil {
				t.Fatalf("no built-in Lithuanian translation: %v", err)
			}
			tfw, err := tr.Apply(fw)
			if err != nil {
				t.Fatal(err)
			}
			it := fw.Items()[0]
			got := []string{rows[it.ID]["label::"+lt], rows["practice_name"]["label::"+lt], rows["perspective"]["label::"+lt]}
			want = []string{it.ID + " " + tfw.Item(it.ID).Question, ltWords.Sprintf("Name of the practice or service"), ltWords.Sprintf("From which point of view do you answer?")}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Lithuanian labels (-want +got):\n%s", diff)
			}
		})
	}
}

// TestExportedFormInTheShownLanguage: the language the framework is shown
// in is the form's default, and scorecard's words in it come from its
// catalog (here the pseudo-locale's, so that they differ from English).
func TestExportedFormInTheShownLanguage(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", map[string]string{"LC_ALL": "qps"})
	path := filepath.Join(t.TempDir(), "form.xlsx")
	if _, stderr, code := run(t, f, "framework", "export", "--format", "xlsform", "-o", path); code != 0 {
		t.Fatalf("export exited %d: %s", code, stderr)
	}
	header, rows, settings := surveyOf(t, path)
	if header[2] != "label::Pseudo (qps)" || header[3] != "label::English (en)" || settings[3] != "Pseudo (qps)" {
		t.Fatalf("columns %q, default language %q; want the pseudo-locale first and the default", header, settings[3])
	}
	qps, err := locale.New(locale.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{rows["practice_name"]["label::Pseudo (qps)"], rows["practice_name"]["label::English (en)"]}
	want := []string{qps.Sprintf("Name of the practice or service"), "Name of the practice or service"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the profile's first question (-want +got):\n%s", diff)
	}
	if want[0] == want[1] {
		t.Error("the pseudo-locale should change the words")
	}
}
