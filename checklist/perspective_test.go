package checklist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

func TestPerspectiveIsOptionalAndRoundTrips(t *testing.T) {
	t.Parallel()
	pick := builtinPicker(t)
	head := "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau}\n"
	for _, tc := range []struct {
		name, line string
		want       Perspective
	}{
		{"absent, as in every file before perspectives", "", ""},
		{"empty", "perspective:\n", ""},
		{"lower case", "perspective: refugee\n", PerspectiveRefugee},
		{"any case, spaces", "perspective: ' Staff '\n", PerspectiveStaff},
		{"community", "perspective: community\n", PerspectiveCommunity},
	} {
		t.Run(tc.name, func(t *testing.T) {
			af, err := LoadAnswers("a.yaml", []byte(head+tc.line), pick)
			if err != nil {
				t.Fatal(err)
			}
			if af.Perspective != tc.want {
				t.Fatalf("perspective = %q, want %q", af.Perspective, tc.want)
			}
			var buf bytes.Buffer
			if err := WriteAnswers(&buf, af); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(buf.String(), "\nperspective: "); got != (tc.want != "") {
				t.Errorf("written file has perspective line = %v, want %v:\n%s", got, tc.want != "", buf.String())
			}
			back, err := LoadAnswers("b.yaml", buf.Bytes(), pick)
			if err != nil {
				t.Fatal(err)
			}
			if back.Perspective != tc.want {
				t.Errorf("after a write, perspective = %q, want %q", back.Perspective, tc.want)
			}
		})
	}
}

func TestEveryPerspectiveHasWords(t *testing.T) {
	t.Parallel()
	p := locale.English()
	if got := strings.Join(PerspectiveValues(), ","); got != "refugee,staff,partner,volunteer,community,other" {
		t.Errorf("perspectives = %s; refugees' view must come first", got)
	}
	for _, v := range Perspectives() {
		if v.Label(p) == string(v) || v.Description(p) == "" {
			t.Errorf("%s has no label or description", v)
		}
		if got, ok := ParsePerspective(strings.ToUpper(string(v))); !ok || got != v {
			t.Errorf("ParsePerspective(%q) = %q, %v", strings.ToUpper(string(v)), got, ok)
		}
	}
	if _, ok := ParsePerspective("refugees"); ok {
		t.Error("ParsePerspective accepts \"refugees\"; only the listed values are valid")
	}
}
