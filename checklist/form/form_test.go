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
