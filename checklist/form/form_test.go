package form

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

func TestFieldName(t *testing.T) {
	t.Parallel()
	for id, want := range map[string]string{"KA1-01": "KA1-01", "1-01": "_1-01", "D2.Q3": "D2.Q3", "": ""} {
		if got := FieldName(id); got != want {
			t.Errorf("FieldName(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestFormOfMini(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadFile("../../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(fw, Languages(fw, locale.English()))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Languages[0].Column(); got != "pl (pl)" {
		t.Errorf("language column %q, want the framework's language, pl (pl)", got)
	}
	if diff := cmp.Diff([]string{"B", "B-LA1_note"}, f.Path(f.Field("B-LA1_note"))); diff != "" {
		t.Errorf("path (-want +got):\n%s", diff)
	}
	if got, want := f.Field("B-LA1").Relevant, "${organisation_type} = '' or ${organisation_type} = 'city'"; got != want {
		t.Errorf("relevant %q, want %q", got, want)
	}
	if got := f.Field("B-01").Relevant; got != "" {
		t.Errorf("B-01 applies to every type, but has relevant %q", got)
	}
	var tops []string
	for _, fd := range f.Fields {
		tops = append(tops, fd.Name)
	}
	if diff := cmp.Diff([]string{FieldFramework, GroupPractice, "A", "B", "quick_scan", "D", GroupScores}, tops); diff != "" {
		t.Errorf("top-level fields (-want +got):\n%s", diff)
	}
	if got, want := f.Field("checklist_score").Calculation, "if(${checklist_weight} > 0, round((if(${A_n} > 0, 1 * 100 * ${A_sum} div ${A_n}, 0) + if(${B_n} > 0, 1 * 100 * ${B_sum} div ${B_n}, 0)) div ${checklist_weight}, 1), '–')"; got != want {
		t.Errorf("checklist score\n got %s\nwant %s", got, want)
	}
}

func TestRouting(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadBuiltin("involvement")
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(fw, Languages(fw, locale.English()))
	if err != nil {
		t.Fatal(err)
	}
	for area, want := range map[string]string{
		"IN1": "${route} = 'nationals-only' or ${route} = 'none'",
		"IN4": "${route} = 'all-groups'",
		"IN6": "",
	} {
		if got := f.Field(area).Relevant; got != want {
			t.Errorf("%s relevant %q, want %q", area, got, want)
		}
	}
	if r := f.Field(FieldRoute); r == nil || !r.Required || r.Role != RoleRoute {
		t.Errorf("the routing question should be a required route field: %+v", r)
	}
}

// TestNameClash: a framework id that is also one of the names scorecard
// gives its own fields is refused with a clear message, never written
// into a form that ODK would reject.
func TestNameClash(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(b), `- id: "D-Q1"`, `- id: "scores"`, 1)
	fw, err := checklist.Load("clash.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(fw, Languages(fw, locale.English()))
	want := `framework mini: the form would have two fields named "scores"; rename the id that clashes with it`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestTranslated: a translation overlay becomes a language of the form.
// Its texts replace the framework's where it gives them; scorecard's own
// words come from the language's catalog, or in English for a language
// scorecard's interface does not speak, which is then named by its code.
func TestTranslated(t *testing.T) {
	t.Parallel()
	fw, err := checklist.LoadBuiltin("effective-inclusion")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := checklist.LoadTranslation("lv.yaml", []byte(`translation:
  framework: effective-inclusion
  version: "`+fw.Version+`"
  language: lv
scale:
  "yes":
    label: "Jā"
key_areas:
  KA1:
    checklists:
      - items:
          KA1-01:
            question: "LV: Do you plan?"
`), fw)
	if err != nil {
		t.Fatal(err)
	}
	lv, err := Translated(fw, tr)
	if err != nil {
		t.Fatal(err)
	}
	pseudo, err := Translated(fw, checklist.PseudoTranslation(fw, locale.Pseudo, locale.PseudoText, locale.PseudoWord))
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(fw, Languages(fw, locale.English(), lv, pseudo))
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, l := range f.Languages {
		cols = append(cols, l.Column())
	}
	if diff := cmp.Diff([]string{"English (en)", "lv (lv)", "Pseudo (qps)"}, cols); diff != "" {
		t.Errorf("languages (-want +got):\n%s", diff)
	}
	qps, _ := locale.New(locale.Pseudo)
	for _, tc := range []struct {
		what string
		got  []string
		want []string
	}{
		{"KA1-01", f.Field("KA1-01").Label[:2], []string{"KA1-01 " + fw.Item("KA1-01").Question, "KA1-01 LV: Do you plan?"}},
		{"KA1-02, not translated", f.Field("KA1-02").Label[1:2], f.Field("KA1-02").Label[:1]},
		{"the scale", []string{f.List(ListScale).Choices[0].Label[1], f.List(ListScale).Choices[1].Label[1]}, []string{"Jā", fw.Scale[1].Label}},
		{"the profile", f.Field("practice_name").Label, []string{"Name of the practice or service", "Name of the practice or service", qps.Sprintf("Name of the practice or service")}},
	} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.what, diff)
		}
	}
	if f.Field("KA1-01").Label[2] == f.Field("KA1-01").Label[0] {
		t.Error("the pseudo-translation should change KA1-01's label")
	}
}

func TestPrefer(t *testing.T) {
	t.Parallel()
	langs := []Language{{Code: "en"}, {Code: "lt"}, {Code: "lv"}}
	codes := func(ls []Language) string {
		var out []string
		for _, l := range ls {
			out = append(out, l.Code)
		}
		return strings.Join(out, " ")
	}
	for code, want := range map[string]string{"lv": "lv en lt", "lt": "lt en lv", "en": "en lt lv", "de": "en lt lv"} {
		if got := codes(Prefer(langs, code)); got != want {
			t.Errorf("Prefer(%s) = %s, want %s", code, got, want)
		}
	}
	if codes(langs) != "en lt lv" {
		t.Errorf("Prefer changed its argument: %s", codes(langs))
	}
}
