package importer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// "Don't know" comes back from a form as its label, its value or an
// alias, in any case and spacing, and is imported as unknown.
func TestDontKnowImports(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	res, err := Import("x.csv", []byte("practice_name,KA1-01,KA1-02,KA1-03,KA1-04,KA1-05,meta-instanceID\n"+
		"Welcome Bureau,Don't know,DON'T  KNOW,unknown, dk ,yes,uuid:abc\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Fatal(res.Problems)
	}
	af := res.Submissions[0].File
	var got []string
	for _, id := range []string{"KA1-01", "KA1-02", "KA1-03", "KA1-04", "KA1-05"} {
		got = append(got, af.Answers[id].Value)
	}
	if diff := cmp.Diff([]string{"unknown", "unknown", "unknown", "unknown", "yes"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
