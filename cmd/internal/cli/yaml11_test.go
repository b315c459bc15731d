package cli

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist/yaml11"
)

// The YAML files that scorecard writes (assess, merge, template, import,
// plan, framework export and the translation it starts) read the same in
// a YAML 1.1 reader: no answer, date, version or section number changes
// type. Checked with YAML 1.1's own rules and, for answer files, where
// Python has PyYAML, with PyYAML itself.
func TestWrittenFilesAreTextInYAML11(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	written := map[string]string{}

	// assess, in accessible mode, with a name and a country that YAML 1.1
	// takes for booleans.
	assessed := filepath.Join(dir, "assessed.yaml")
	profile := []string{"Yes", "Sofia Development Association", "1", "NO", "", "Ana, On", "1", "staff"}
	input := lines(append(append(profile, "1", "2", "3", "4", "1", "1", "1", "1", "1", "1"), "no", "3")...)
	f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1", assessed}); code != 0 {
		t.Fatalf("assess exited %d:\n%s", code, errOut)
	}
	written["assess"] = assessed

	// merge of two raters.
	for _, r := range []struct{ name, answers string }{{"ana", "yes"}, {"boris", "no"}} {
		body := "scorecard: 1\nframework: effective-inclusion\npractice: {name: Welcome Bureau, assessors: [" + r.name + "], assessed_on: 2026-11-20, country: 'NO'}\nchecklist:\n  KA1-01: " + r.answers + "\n  KA1-02: {answer: partly, note: \"off\"}\n"
		if err := os.WriteFile(filepath.Join(dir, r.name+".yaml"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, _ = testFactory(t, "", nil)
	merged := filepath.Join(dir, "merged.yaml")
	if _, stderr, code := run(t, f, "merge", filepath.Join(dir, "ana.yaml"), filepath.Join(dir, "boris.yaml"), "-o", merged); code != 0 {
		t.Fatalf("merge: %s", stderr)
	}
	written["merge"] = merged

	template := filepath.Join(dir, "template.yaml")
	if _, stderr, code := run(t, f, "template", "--type", "business", "--areas", "KA1", "-o", template); code != 0 {
		t.Fatalf("template: %s", stderr)
	}
	written["template"] = template

	// import, of a submission whose every text YAML 1.1 would read as
	// something else.
	csv := filepath.Join(dir, "kobo.csv")
	if err := os.WriteFile(csv, []byte("practice/practice_name;practice/country;practice/assessors;practice/assessed_on;KA1/KA1-01;KA1/KA1-01_note;_uuid\nyes;NO;on;2026-11-20;Yes;1.0;12345\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, f, "import", csv, "-o", filepath.Join(dir, "imported")); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	imported, _ := filepath.Glob(filepath.Join(dir, "imported", "*.yaml"))
	if len(imported) != 1 {
		t.Fatalf("import wrote %q, want one file", imported)
	}
	written["import"] = imported[0]

	for cmd, path := range written {
		checkYAML11(t, cmd, path, func(p string) bool { return p == "scorecard" || p == "practice.refugees_involved" })
		pyYAMLTypes(t, cmd, path)
	}

	// The other files scorecard writes in YAML: an action plan, a
	// framework and a translation to fill in. Only the format version and
	// the framework's numbers and flags are meant as anything but text.
	plan := filepath.Join(dir, "plan.yaml")
	if _, stderr, code := run(t, f, "plan", "--all", merged, "-o", plan); code != 0 {
		t.Fatalf("plan: %s", stderr)
	}
	checkYAML11(t, "plan", plan, func(p string) bool { return p == "plan" })
	framework := func(p string) bool {
		switch p {
		case "attribution.year", "key_areas.materials.year", "scale.score", "scale.na", "scale.unknown", "thresholds.dimension", "thresholds.overall":
			return true
		}
		return false
	}
	for _, id := range []string{"effective-inclusion", "involvement"} {
		path := filepath.Join(dir, id+".yaml")
		if _, stderr, code := run(t, f, "framework", "export", "--framework", id, "-o", path); code != 0 {
			t.Fatalf("framework export: %s", stderr)
		}
		checkYAML11(t, "framework export --framework "+id, path, framework)
		path = filepath.Join(dir, id+".lv.yaml")
		if _, stderr, code := run(t, f, "framework", "export", "--framework", id, "--lang", "lv", "-o", path); code != 0 {
			t.Fatalf("framework export --lang lv: %s", stderr)
		}
		checkYAML11(t, "framework export --lang lv --framework "+id, path, func(string) bool { return false })
	}
}

// checkYAML11 reports every scalar of a file that a YAML 1.1 reader takes
// for anything but text, except where allow says so.
func checkYAML11(t *testing.T, cmd, path string, allow func(string) bool) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	problems, err := yaml11.NotText(b, allow)
	if err != nil {
		t.Fatalf("%s wrote YAML that does not parse: %v", cmd, err)
	}
	for _, p := range problems {
		t.Errorf("%s wrote %s", cmd, p)
	}
}

// pyYAMLTypes reads a file with PyYAML, a YAML 1.1 reader, and checks
// that every answer and the date are text. Skipped where Python or
// PyYAML is missing: the YAML 1.1 rules above are the test that always
// runs.
func pyYAMLTypes(t *testing.T, cmd, path string) {
	t.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Logf("no python3: PyYAML not tried")
		return
	}
	const script = `
import json, sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
out = {}
for sec in ("checklist", "quick_scan", "indicators"):
    for k, v in (doc.get(sec) or {}).items():
        out[sec + "." + k] = type(v["answer"] if isinstance(v, dict) else v).__name__
p = doc.get("practice") or {}
for k in ("name", "country", "assessed_on"):
    if k in p:
        out["practice." + k] = type(p[k]).__name__
print(json.dumps(out))
`
	out, err := exec.Command(python, "-c", script, path).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok && strings.Contains(string(ee.Stderr), "No module named 'yaml'") {
			t.Logf("no PyYAML: not tried")
			return
		}
		t.Fatalf("python3: %v", err)
	}
	var types map[string]string
	if err := json.Unmarshal(out, &types); err != nil {
		t.Fatal(err)
	}
	for k, typ := range types {
		if typ != "str" && typ != "NoneType" {
			t.Errorf("PyYAML reads %s of the file %s wrote as %s", k, cmd, typ)
		}
	}
}

// assess keeps the comment lines at the top of the file it continues,
// such as the editor's modeline that 'template --schema' writes.
func TestAssessKeepsTheModeline(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "bureau.yaml")
	f, _ := testFactory(t, "", nil)
	if _, stderr, code := run(t, f, "template", "--schema", "./scorecard.schema.json", "--areas", "KA1", "-o", path); code != 0 {
		t.Fatalf("template: %s", stderr)
	}
	b, _ := os.ReadFile(path)
	b = []byte(strings.Replace(string(b), `name: ""`, `name: "Welcome Bureau"`, 1))
	os.WriteFile(path, b, 0o644)
	answers := []string{"", "", "", "", "", "", "", ""} // keep the profile
	for range 10 {
		answers = append(answers, "1")
	}
	answers = append(answers, "", "3") // no note; no report now
	f, _, errOut := assessFactory(t, strings.NewReader(lines(answers...)), nil)
	if code := Run(context.Background(), f, []string{"assess", "--accessible", "--areas", "KA1", path}); code != 0 {
		t.Fatalf("assess exited %d:\n%s", code, errOut)
	}
	got, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(got), "# yaml-language-server: $schema=./scorecard.schema.json\n# scorecard answer file: ") {
		t.Errorf("the modeline is gone, or the header is not under it:\n%.400s", got)
	}
	if !strings.Contains(string(got), "  KA1-10: \"yes\"\n") {
		t.Errorf("the answers were not saved:\n%s", got)
	}
}
