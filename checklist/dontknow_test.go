package checklist

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Both built-in frameworks have a "don't know" answer, with no score; a
// custom framework may leave it out.
func TestDontKnowValue(t *testing.T) {
	t.Parallel()
	for id, fw := range allFrameworks(t) {
		dk := fw.DontKnow()
		if id == "mini" {
			if dk != nil {
				t.Errorf("mini has a don't-know value %q", dk.Value)
			}
			continue
		}
		if dk == nil || dk.Value != "unknown" || dk.Label != "Don't know" || dk.Score != nil || dk.NA || dk.Scored() {
			t.Errorf("%s: don't know = %+v", id, dk)
			continue
		}
		for _, s := range []string{"unknown", "UNKNOWN", " Don't know ", "dk"} {
			if v, ok := fw.ParseAnswer(s); !ok || v != dk {
				t.Errorf("%s: %q is not read as don't know", id, s)
			}
		}
		for _, v := range fw.ScoredValues() {
			if v == dk {
				t.Errorf("%s: don't know is among the scored values", id)
			}
		}
	}
}

// The YAML export marks it "unknown: true" and loads again as the same
// answer; the JSON export carries the mark too.
func TestDontKnowExports(t *testing.T) {
	t.Parallel()
	fw, err := LoadBuiltin("effective-inclusion")
	if err != nil {
		t.Fatal(err)
	}
	var y bytes.Buffer
	if err := WriteFramework(&y, fw); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(y.String(), "    unknown: true\n") {
		t.Errorf("the YAML export has no \"unknown: true\"")
	}
	back, err := Load("export.yaml", y.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if dk := back.DontKnow(); dk == nil || dk.Value != "unknown" {
		t.Errorf("after the round trip, don't know = %+v", dk)
	}
	j, err := json.Marshal(fw)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(j), `"value":"unknown","label":"Don't know",`) || !strings.Contains(string(j), `"unknown":true`) {
		t.Errorf("the JSON export does not mark don't know")
	}
}

// The Lithuanian overlays translate its label and meaning.
func TestDontKnowTranslated(t *testing.T) {
	t.Parallel()
	for _, id := range Builtins() {
		fw, err := LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := BuiltinTranslation(fw, "lt")
		if err != nil {
			t.Fatal(err)
		}
		lt, err := tr.Apply(fw)
		if err != nil {
			t.Fatal(err)
		}
		dk := lt.DontKnow()
		if dk == nil || dk.Label != "Nežinau" || dk.Value != "unknown" || !strings.HasPrefix(dk.Meaning, "Jūs nežinote") {
			t.Errorf("%s: translated don't know = %+v", id, dk)
		}
	}
}

// The template's comments list it with its aliases, its label in the
// same column as the others.
func TestDontKnowInTheTemplate(t *testing.T) {
	t.Parallel()
	fw, err := LoadBuiltin("effective-inclusion")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteTemplate(&b, locale.English(), fw, Scope{Areas: []string{"KA1"}}, "2026-11-20"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"#   na (or n/a)      Not applicable: ",
		"#   unknown (or don't know, dk)\n#                    Don't know: You do not know; find out who does.",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the template lacks %q:\n%s", want, b.String())
		}
	}
}
