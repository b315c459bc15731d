package localetest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUntranslated(t *testing.T) {
	t.Parallel()
	text := `[Ķéý åŕéå 1 öƒ 6] «Welcome Bureau for nationals»
[Ţö çöñţîñûé:] scorecard assess welcome bureau.yaml
[Ûšé] yes, partly, no [öŕ] na; see https://no-color.org/for more
This text bypassed
the catalog. KA1-01 is fine, so are --force and file.yaml here`
	got := Untranslated(text)
	want := []string{"text bypassed the catalog."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestMarkUserText(t *testing.T) {
	t.Parallel()
	b, err := MarkUserText([]byte("scorecard: 1\npractice:\n  name: Welcome Bureau\n  assessors: [Ana, Boris]\n  organisation_type: local-authority\nchecklist:\n  KA1-01: {answer: \"yes\", note: We ask them.}\nnotes:\n  KA1: We rely on the survey.\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{`name: "«Welcome Bureau»"`, `"«Ana»"`, "organisation_type: local-authority", `answer: "yes"`, `note: "«We ask them.»"`, `KA1: "«We rely on the survey.»"`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
}
