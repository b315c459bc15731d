package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist"
)

// compileSchema compiles the answer-file schema of a framework with an
// independent validator.
func compileSchema(t *testing.T, framework string) *jsonschema.Schema {
	t.Helper()
	f, io := testFactory(t, "", nil)
	if err := schemaRun(&schemaOptions{IO: io, Framework: f.Framework, FrameworkRef: framework}); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(io.Out.(*bytes.Buffer))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return sch
}

// schemaVerdict validates a YAML document against the schema as an editor
// does: the YAML read with YAML 1.2's types (unquoted dates stay text),
// then checked as JSON. It returns nil for a valid document, and
// errSeenByYAML for one the YAML parser itself refuses.
func schemaVerdict(t *testing.T, sch *jsonschema.Schema, b []byte) error {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal(b, &n); err != nil {
		return errSeenByYAML
	}
	v, err := asJSON(&n)
	if err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(inst)
}

var errSeenByYAML = errors.New("not valid YAML (duplicate keys): editors flag this themselves")

// validateVerdict is what 'scorecard validate' says: nil when the file
// loads without errors (warnings allowed).
func validateVerdict(f *Factory, name string, b []byte) error {
	_, err := checklist.LoadAnswers(name, b, f.picker(""))
	return err
}

// The JSON Schema and 'scorecard validate' agree on every fixture: a file
// is valid for one exactly when it is valid for the other (except for
// what only the YAML parser sees, duplicate keys).
func TestSchemaAgreesWithValidateOnEveryFixture(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	schemas := map[string]*jsonschema.Schema{}
	var paths []string
	for _, glob := range []string{"*.yaml", "*/*.yaml"} {
		p, _ := filepath.Glob("../../../testdata/answers/" + glob)
		paths = append(paths, p...)
	}
	if len(paths) < 15 {
		t.Fatalf("found only %d fixtures", len(paths))
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var head struct{ Framework string }
		yaml.Unmarshal(b, &head)
		if !checklist.IsBuiltin(head.Framework) {
			head.Framework = checklist.DefaultFramework
		}
		if schemas[head.Framework] == nil {
			schemas[head.Framework] = compileSchema(t, head.Framework)
		}
		byValidate := validateVerdict(f, path, b)
		bySchema := schemaVerdict(t, schemas[head.Framework], b)
		if bySchema == errSeenByYAML {
			continue
		}
		if (byValidate == nil) != (bySchema == nil) {
			t.Errorf("%s: validate says %v\nschema says %v", path, orOK(byValidate), orOK(bySchema))
		}
	}
}

func orOK(err error) any {
	if err == nil {
		return "ok"
	}
	return err
}

// Case by case, on the points where a schema could easily differ from
// the loader: letter case, dates that do not exist, empty and odd kinds
// of values, notes without answers.
func TestSchemaAgreesWithValidateCaseByCase(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	schemas := map[string]*jsonschema.Schema{
		"effective-inclusion": compileSchema(t, "effective-inclusion"),
		"involvement":         compileSchema(t, "involvement"),
	}
	doc := func(framework, practice, rest string) string {
		return fmt.Sprintf("scorecard: 1\nframework: %s\npractice:\n  name: Welcome Bureau\n%s%s", framework, practice, rest)
	}
	answer := func(v string) string { return doc("effective-inclusion", "", "checklist:\n  KA1-01: "+v+"\n") }
	practice := func(line string) string { return doc("effective-inclusion", "  "+line+"\n", "") }
	persp := func(body string) string { return doc("effective-inclusion", "", "perspectives:\n  "+body) }
	for _, tc := range []struct {
		name, yaml string
		valid      bool
	}{
		{"lower case", answer("yes"), true},
		{"quoted", answer(`"yes"`), true},
		{"mixed case", answer("yEs"), true},
		{"upper case", answer("PARTLY"), true},
		{"alias", answer("N/A"), true},
		{"don't know", answer("unknown"), true},
		{"don't know, by its label", answer("Don't know"), true},
		{"don't know, short", answer("DK"), true},
		{"don't know with a note", answer("{answer: unknown, note: ask the finance office}"), true},
		{"don't know, misspelt", answer("dont know"), false},
		{"spaces inside quotes", answer(`" no "`), true},
		{"empty", answer(""), true},
		{"null", answer("null"), true},
		{"unknown value", answer("maybe"), false},
		{"YAML 1.1 boolean", answer("true"), false},
		{"number", answer("1"), false},
		{"list", answer("[yes]"), false},
		{"long s is not s", answer("yeſ"), false},
		{"mapping", answer("{answer: No, note: x}"), true},
		{"mapping without answer", answer(`{note: "forgot the answer"}`), false},
		{"mapping with a blank note", answer(`{note: "  "}`), true},
		{"empty mapping", answer("{}"), true},
		{"mapping with a null answer", answer("{answer: null}"), true},
		{"mapping with an unknown value", answer("{answer: maybe}"), false},
		{"mapping with an unknown key", answer("{answer: yes, who: Ana}"), false},
		{"unknown item", doc("effective-inclusion", "", "checklist:\n  KA1-11: yes\n"), false},
		{"item in the wrong section", doc("effective-inclusion", "", "checklist:\n  OC-01: yes\n"), false},
		{"item id in lower case", doc("effective-inclusion", "", "checklist:\n  ka1-01: yes\n"), false},

		{"a date", practice("assessed_on: 2026-11-20"), true},
		{"a quoted date", practice(`assessed_on: "2026-11-20"`), true},
		{"a leap day", practice("assessed_on: 2024-02-29"), true},
		{"a leap day of 2000", practice("assessed_on: 2000-02-29"), true},
		{"no leap day in 2025", practice("assessed_on: 2025-02-29"), false},
		{"no leap day in 1900", practice("assessed_on: 1900-02-29"), false},
		{"30 February", practice("assessed_on: 2026-02-30"), false},
		{"31 April", practice("assessed_on: 2026-04-31"), false},
		{"month 13", practice("assessed_on: 2026-13-01"), false},
		{"one-digit month", practice("assessed_on: 2026-1-05"), false},
		{"an empty date", practice(`assessed_on: ""`), true},
		{"a year only", practice("assessed_on: 2026"), false},

		{"refugees involved", practice("refugees_involved: true"), true},
		{"refugees involved, YAML 1.1 style", practice("refugees_involved: Yes"), true},
		{"refugees involved, quoted", practice(`refugees_involved: "FALSE"`), true},
		{"refugees involved, unknown", practice("refugees_involved: sometimes"), false},
		{"organisation type", practice("organisation_type: civil-society"), true},
		{"organisation type in another case", practice("organisation_type: Civil-Society"), false},
		{"organisation type left empty", practice("organisation_type:"), true},
		{"a name YAML reads as a number", "scorecard: 1\nframework: effective-inclusion\npractice:\n  name: 2024\n", true},
		{"a blank name", "scorecard: 1\nframework: effective-inclusion\npractice:\n  name: \"  \"\n", false},
		{"a country YAML 1.1 reads as false", practice("country: NO"), true},
		{"format version quoted", "scorecard: \"1\"\nframework: effective-inclusion\npractice: {name: x}\n", true},
		{"format version 2", "scorecard: 2\nframework: effective-inclusion\npractice: {name: x}\n", false},

		{"scope", doc("effective-inclusion", "", "scope:\n  sections: [checklist]\n  key_areas: [KA1]\n"), true},
		{"scope with a key area in lower case", doc("effective-inclusion", "", "scope:\n  key_areas: [ka1]\n"), false},
		{"route", doc("involvement", "", "route: all-groups\n"), true},
		{"route in another case", doc("involvement", "", "route: All-Groups\n"), true},
		{"unknown route", doc("involvement", "", "route: some\n"), false},
		{"route in a framework without routing", doc("effective-inclusion", "", "route: all-groups\n"), false},
		{"notes", doc("effective-inclusion", "", "notes:\n  KA1: text\n  quick_scan: more\n"), true},
		{"notes on an item", doc("effective-inclusion", "", "notes:\n  KA1-01: text\n"), false},

		// A merged file's perspectives. A group with fewer raters than
		// min_group is refused by validate only: a schema cannot compare
		// two values.
		{"perspectives", persp("min_group: 3\n  groups:\n    refugee: {raters: 3, answers: {KA1-01: \"no\", D1-01: \"na\"}}\n    Staff: {raters: 4, answers: {}}\n  too_small: [partner]\n  without_perspective: 0\n"), true},
		{"perspectives without min_group", persp("groups: {refugee: {raters: 3}}\n"), false},
		{"perspectives with min_group quoted", persp("min_group: \"3\"\n"), false},
		{"perspectives with min_group 0", persp("min_group: 0\n"), false},
		{"perspectives with an unknown perspective", persp("min_group: 3\n  groups: {donors: {raters: 3}}\n"), false},
		{"perspectives with a group without raters", persp("min_group: 3\n  groups: {staff: {answers: {KA1-01: \"yes\"}}}\n"), false},
		{"perspectives with an invalid answer", persp("min_group: 3\n  groups: {staff: {raters: 3, answers: {KA1-01: maybe}}}\n"), false},
		{"perspectives with an unknown item", persp("min_group: 3\n  groups: {staff: {raters: 3, answers: {KA1-11: \"yes\"}}}\n"), false},
		{"perspectives with an unknown too_small", persp("min_group: 3\n  too_small: [donors]\n"), false},
		{"perspectives with an unknown key", persp("min_group: 3\n  weights: none\n"), false},
		// The keys that came after the schema was first written: the
		// rater's perspective, the scope, import's source, merge's
		// disagreements.
		{"perspective", doc("effective-inclusion", "", "perspective: refugee\n"), true},
		{"perspective in another case", doc("effective-inclusion", "", "perspective: Staff\n"), true},
		{"perspective left empty", doc("effective-inclusion", "", "perspective:\n"), true},
		{"perspective unknown", doc("effective-inclusion", "", "perspective: guest\n"), false},
		{"perspective a number", doc("effective-inclusion", "", "perspective: 1\n"), false},
		{"perspective a list", doc("effective-inclusion", "", "perspective: [refugee]\n"), false},
		{"scope with an unknown section", doc("effective-inclusion", "", "scope:\n  sections: [checklists]\n"), false},
		{"scope with an unknown key area", doc("effective-inclusion", "", "scope:\n  key_areas: [KA9]\n"), false},
		{"scope with an unknown key", doc("effective-inclusion", "", "scope:\n  areas: [KA1]\n"), false},
		{"source", doc("effective-inclusion", "", "source:\n  submission: uuid:0b5f1ad6-0001\n"), true},
		{"source with an unknown key", doc("effective-inclusion", "", "source:\n  form: x\n"), false},
		{"disagreements", doc("effective-inclusion", "", "disagreements:\n  KA1-01:\n    - {rater: Ana, answer: \"yes\"}\n    - {rater: Boris, answer: No}\n"), true},
		{"disagreements with an unknown answer", doc("effective-inclusion", "", "disagreements:\n  KA1-01:\n    - {rater: Ana, answer: maybe}\n"), false},
		{"disagreements without a rater", doc("effective-inclusion", "", "disagreements:\n  KA1-01:\n    - {answer: \"yes\"}\n"), false},
		{"disagreements on an unknown item", doc("effective-inclusion", "", "disagreements:\n  KA1-99:\n    - {rater: Ana, answer: \"yes\"}\n"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			framework := "effective-inclusion"
			if strings.Contains(tc.yaml, "framework: involvement") {
				framework = "involvement"
			}
			byValidate := validateVerdict(f, "test.yaml", []byte(tc.yaml))
			bySchema := schemaVerdict(t, schemas[framework], []byte(tc.yaml))
			if (byValidate == nil) != tc.valid {
				t.Errorf("validate says %v, want valid=%v (the case is wrong)", orOK(byValidate), tc.valid)
			}
			if (bySchema == nil) != tc.valid {
				t.Errorf("schema says %v, want valid=%v\n%s", orOK(bySchema), tc.valid, tc.yaml)
			}
		})
	}
}

// asJSON gives a YAML node the value a YAML 1.2 reader gives it, as
// editors read YAML: unquoted dates stay text (yaml.v3 would make them
// time.Time, and take 2026-1-05 for a date).
func asJSON(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		return asJSON(n.Content[0])
	case yaml.AliasNode:
		return asJSON(n.Alias)
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := asJSON(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[n.Content[i].Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			v, err := asJSON(c)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, nil
	}
	if n.Tag == "!!timestamp" {
		return n.Value, nil
	}
	var v any
	err := n.Decode(&v)
	return v, err
}
