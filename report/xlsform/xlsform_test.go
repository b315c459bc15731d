package xlsform_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/report/xlsform"
	"github.com/inclusion-tools/scorecard/scoring"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// frameworks are the frameworks every form test runs on: both built-in
// ones and the Polish test framework.
var frameworks = []string{"effective-inclusion", "involvement", "../../testdata/frameworks/mini.yaml"}

func loadFramework(t testing.TB, ref string) *checklist.Framework {
	t.Helper()
	var fw *checklist.Framework
	var err error
	if strings.HasSuffix(ref, ".yaml") {
		fw, err = checklist.LoadFile(ref)
	} else {
		fw, err = checklist.LoadBuiltin(ref)
	}
	if err != nil {
		t.Fatal(err)
	}
	return fw
}

func newForm(t testing.TB, fw *checklist.Framework) *form.Form {
	t.Helper()
	f, err := form.New(fw, form.Languages(fw, locale.English()))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// describe reads an XLSForm back and describes it for a golden file:
// its sheets and columns, every survey row's type, name, required,
// relevant, appearance, calculation and default (labels come from the
// framework and are left out, except their count), every choice, and the
// settings.
func describe(t *testing.T, b []byte) string {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var out strings.Builder
	fmt.Fprintf(&out, "sheets: %s\n", strings.Join(x.GetSheetList(), ", "))
	for _, sheet := range x.GetSheetList() {
		rows, err := x.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			t.Fatalf("sheet %s is empty", sheet)
		}
		header := rows[0]
		fmt.Fprintf(&out, "\n[%s] %s\n", sheet, strings.Join(header, " | "))
		col := func(row []string, name string) string {
			for i, h := range header {
				if h == name && i < len(row) {
					return row[i]
				}
			}
			return ""
		}
		labels := 0
		for _, row := range rows[1:] {
			switch sheet {
			case xlsform.SheetSurvey:
				if col(row, "label::English (en)") != "" || col(row, "label::pl (pl)") != "" {
					labels++
				}
				var parts []string
				for _, c := range []string{"required", "relevant", "appearance", "calculation", "default"} {
					if v := col(row, c); v != "" {
						parts = append(parts, c+"="+v)
					}
				}
				fmt.Fprintf(&out, "%s %s %s\n", col(row, "type"), col(row, "name"), strings.Join(parts, " "))
			default:
				fmt.Fprintf(&out, "%s\n", strings.Join(row, " | "))
			}
		}
		if sheet == xlsform.SheetSurvey {
			fmt.Fprintf(&out, "(%d rows with a label)\n", labels)
		}
	}
	return out.String()
}

func TestXLSFormGolden(t *testing.T) {
	for _, ref := range frameworks {
		fw := loadFramework(t, ref)
		t.Run(fw.ID, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := xlsform.WriteXLSForm(&buf, newForm(t, fw)); err != nil {
				t.Fatal(err)
			}
			got := describe(t, buf.Bytes())
			golden := filepath.Join("testdata", "xlsform-"+fw.ID+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("XLSForm differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestXLSFormLabelsAndHints checks what a person reads on the phone: each
// item's question as its label, its help as its hint, in the English
// column.
func TestXLSFormLabelsAndHints(t *testing.T) {
	fw := loadFramework(t, "effective-inclusion")
	var buf bytes.Buffer
	if err := xlsform.WriteXLSForm(&buf, newForm(t, fw)); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows(xlsform.SheetSurvey)
	byName := map[string][]string{}
	for _, r := range rows[1:] {
		if len(r) > 1 {
			byName[r[1]] = r
		}
	}
	it := fw.Item("KA1-01")
	got := byName["KA1-01"]
	want := []string{"select_one scale", "KA1-01", "KA1-01 " + it.Question, it.Help}
	if diff := cmp.Diff(want, got[:4]); diff != "" {
		t.Errorf("KA1-01 row (-want +got):\n%s", diff)
	}
	settings, _ := x.GetRows(xlsform.SheetSettings)
	if diff := cmp.Diff([][]string{
		{"form_title", "form_id", "version", "default_language", "style"},
		{fw.Title, "effective-inclusion", fw.Version, "English (en)", "pages"},
	}, settings); diff != "" {
		t.Errorf("settings (-want +got):\n%s", diff)
	}
}

// TestFormTranslations checks the hook for translation overlays: each
// language adds a label and a hint column, and missing strings fall back
// to the framework's.
func TestFormTranslations(t *testing.T) {
	fw := loadFramework(t, "effective-inclusion")
	pseudo, err := locale.New(locale.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	lt := form.Language{Name: "Lietuvių", Code: "lt", Printer: pseudo, Lookup: func(k form.TextKey) (string, bool) {
		if k == (form.TextKey{Kind: form.KindItem, ID: "KA1-01", Field: "question"}) {
			return "Ar planuojate?", true
		}
		return "", false
	}}
	f, err := form.New(fw, form.Languages(fw, locale.English(), lt))
	if err != nil {
		t.Fatal(err)
	}
	cols := xlsform.SurveyColumns(f)
	want := []string{"type", "name", "label::English (en)", "label::Lietuvių (lt)", "hint::English (en)", "hint::Lietuvių (lt)", "required", "relevant", "appearance", "calculation", "default"}
	if diff := cmp.Diff(want, cols); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	q := f.Field("KA1-01")
	if diff := cmp.Diff([]string{"KA1-01 " + fw.Item("KA1-01").Question, "KA1-01 Ar planuojate?"}, q.Label); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if got := f.Field("KA1-02").Label[1]; got != f.Field("KA1-02").Label[0] {
		t.Errorf("a missing translation should fall back to the original, got %q", got)
	}
	if got := f.Field("practice_name").Label[1]; got == f.Field("practice_name").Label[0] {
		t.Errorf("scorecard's own words should come from the language's printer, got %q in both", got)
	}
}

// odkEngine finds node and the ODK form engine that .ci/run installs into
// .cache/node. Without them a test skips, except in CI, where it fails.
func odkEngine(t *testing.T) (node, modules string) {
	t.Helper()
	missing := func(what string) {
		msg := what + ": run .ci/run, or npm install --no-save --prefix .cache/node @getodk/xforms-engine@0.22.0 jsdom@27.4.0"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	modules = filepath.Join(root, ".cache", "node", "node_modules")
	for _, pkg := range []string{"@getodk/xforms-engine", "jsdom"} {
		if _, err := os.Stat(filepath.Join(modules, pkg, "package.json")); err != nil {
			missing(pkg + " is not in .cache/node")
		}
	}
	return node, modules
}

type engineField struct {
	Value    *string `json:"value"`
	Relevant bool    `json:"relevant"`
	Label    *string `json:"label"`
	Hint     *string `json:"hint"`
	Type     string  `json:"type"`
	Options  []struct {
		Value string `json:"value"`
		Label string `json:"label"`
	} `json:"options"`
}

type engineReply struct {
	File      string                 `json:"file"`
	Status    string                 `json:"status"`
	Error     *string                `json:"error"`
	Languages []string               `json:"languages"`
	Fields    map[string]engineField `json:"fields"`
}

type engineForm struct {
	File     string            `json:"file"`
	Language string            `json:"language,omitempty"`
	Answers  map[string]string `json:"answers"`
}

func runEngine(t *testing.T, forms []engineForm) []engineReply {
	t.Helper()
	node, modules := odkEngine(t)
	req, err := json.Marshal(map[string]any{"forms": forms})
	if err != nil {
		t.Fatal(err)
	}
	script, _ := filepath.Abs("testdata/odk-check.mjs")
	cmd := exec.Command(node, script)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "SCORECARD_NODE_MODULES="+modules)
	cmd.Stdin = bytes.NewReader(req)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the ODK engine failed: %v\n%s", err, stderr.String())
	}
	var replies []engineReply
	if err := json.Unmarshal(out, &replies); err != nil {
		t.Fatalf("reading the engine's reply: %v\n%s", err, out)
	}
	return replies
}

// sampleAnswers answers every item of a framework, going round the scale
// so that every value is used, for an organisation of the given type and,
// when the framework routes, on its first route.
func sampleAnswers(fw *checklist.Framework, orgType string) (map[string]string, *checklist.AnswerFile) {
	answers := map[string]string{"practice_name": "Welcome Bureau", "organisation_type": orgType, "perspective": "refugee"}
	af := &checklist.AnswerFile{Framework: fw, Answers: map[string]checklist.Answer{}, Notes: map[string]string{}, Sections: checklist.Sections,
		Practice: checklist.Practice{Name: "Welcome Bureau", OrganisationType: orgType}, Perspective: checklist.PerspectiveRefugee}
	if r := fw.Routing; r != nil {
		answers["route"] = r.Options[0].Value
		af.Route = r.Options[0].Value
	}
	for i, it := range fw.Items() {
		if i%7 == 6 {
			continue // some items stay unanswered
		}
		v := fw.Scale[(i*5+i/3)%len(fw.Scale)].Value
		answers[form.FieldName(it.ID)] = v
		if af.Applies(it) {
			af.Answers[it.ID] = checklist.Answer{Value: v}
		}
	}
	return answers, af
}

// scoreText is how the form shows a score: one decimal at most, or "–".
func scoreText(s scoring.Score) string {
	v, ok := s.Value()
	if !ok {
		return "–"
	}
	return strconv.FormatFloat(scoring.Round1(v), 'f', -1, 64)
}

// TestXFormInODKEngine loads the XForm of each framework in ODK's own form
// engine (the engine of ODK Web Forms), answers every question, and
// checks that the engine accepts the form, hides what does not apply,
// and computes the scores that scorecard computes. The built-in
// frameworks' forms are loaded a second time with their Lithuanian
// translation, answered in Lithuanian: the engine must offer both
// languages, show the Lithuanian texts, and score the same.
func TestXFormInODKEngine(t *testing.T) {
	dir := t.TempDir()
	type check struct {
		fw     *checklist.Framework
		f      *form.Form
		lang   int               // the language answered in
		want   map[string]string // field → value
		hidden []string
	}
	var forms []engineForm
	checks := map[string]*check{} // by file
	for _, ref := range frameworks {
		fw := loadFramework(t, ref)
		orgType := fw.OrganisationTypes[len(fw.OrganisationTypes)-1].ID
		answers, af := sampleAnswers(fw, orgType)
		res := scoring.Evaluate(af, scoring.Options{})
		w := map[string]string{form.FieldFramework: fw.ID, "perspective": string(af.Perspective)}
		for _, g := range res.Checklist.Areas {
			w[form.FieldName(g.ID)+"_score"] = scoreText(g.Score)
		}
		if len(res.Checklist.Areas) > 1 {
			w["checklist_score"] = scoreText(res.Checklist.Score)
		}
		if res.QuickScan != nil {
			w["quick_scan_score"] = scoreText(res.QuickScan.Score)
		}
		for _, g := range res.Quality.Dimensions {
			w[form.FieldName(g.ID)+"_score"] = scoreText(g.Score)
		}
		if len(res.Quality.Dimensions) > 1 {
			w["quality_score"] = scoreText(res.Quality.Score)
		}
		var hidden []string
		for _, it := range fw.Items() {
			if !af.Applies(it) {
				hidden = append(hidden, form.FieldName(it.ID))
			}
		}
		if len(hidden) == 0 {
			t.Fatalf("%s: the sample should leave some items out, to test relevance", fw.ID)
		}
		variants := []*check{{fw: fw, f: newForm(t, fw)}}
		if checklist.IsBuiltin(ref) {
			f, err := form.New(fw, form.Languages(fw, locale.English(), lithuanian(t, fw)))
			if err != nil {
				t.Fatal(err)
			}
			variants = append(variants, &check{fw: fw, f: f, lang: 1})
		}
		for i, c := range variants {
			c.want, c.hidden = w, hidden
			var buf bytes.Buffer
			if err := xlsform.WriteXForm(&buf, c.f); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, fmt.Sprintf("%s-%d.xml", fw.ID, i))
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			ef := engineForm{File: file, Answers: answers}
			if c.lang > 0 {
				ef.Language = c.f.Languages[c.lang].Column()
			}
			forms = append(forms, ef)
			checks[file] = c
		}
	}
	for _, reply := range runEngine(t, forms) {
		name := filepath.Base(reply.File)
		c := checks[reply.File]
		if reply.Status != "success" {
			t.Errorf("%s: the ODK engine did not load the form: %s %v", name, reply.Status, deref(reply.Error))
			continue
		}
		got := map[string]string{}
		for field := range c.want {
			f, ok := reply.Fields[field]
			if !ok {
				t.Errorf("%s: the engine has no field %s", name, field)
				continue
			}
			got[field] = deref(f.Value)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: the engine's scores differ from scorecard's (-scorecard +engine):\n%s", name, diff)
		}
		for _, field := range c.hidden {
			if f := reply.Fields[field]; f.Relevant || deref(f.Value) != "" {
				t.Errorf("%s: %s does not apply, but the engine shows it (relevant %v, value %q)", name, field, f.Relevant, deref(f.Value))
			}
		}
		if c.lang == 0 {
			if f := reply.Fields["KA1-01"]; f.Label != nil && !strings.HasPrefix(*f.Label, "KA1-01 ") {
				t.Errorf("%s: KA1-01's label is %q", name, *f.Label)
			}
			continue
		}
		// What a person who chose Lithuanian reads.
		var langs []string
		for _, l := range c.f.Languages {
			langs = append(langs, l.Column())
		}
		if diff := cmp.Diff(langs, reply.Languages); diff != "" {
			t.Errorf("%s: the engine offers other languages (-form +engine):\n%s", name, diff)
		}
		first := c.f.Field(form.FieldName(c.fw.Items()[0].ID))
		shown := engineTexts{}
		wantShown := engineTexts{Label: first.Label[c.lang], Hint: first.Hint[c.lang]}
		if f, ok := reply.Fields[first.Name]; ok {
			shown.Label, shown.Hint = deref(f.Label), deref(f.Hint)
			for _, o := range f.Options {
				shown.Options = append(shown.Options, o.Label)
			}
		}
		for _, ch := range c.f.List(form.ListScale).Choices {
			wantShown.Options = append(wantShown.Options, ch.Label[c.lang])
		}
		if wantShown.Label == first.Label[0] || wantShown.Options[0] == c.f.List(form.ListScale).Choices[0].Label[0] {
			t.Errorf("%s: the Lithuanian texts of %s are the English ones", name, first.Name)
		}
		if diff := cmp.Diff(wantShown, shown); diff != "" {
			t.Errorf("%s: %s in Lithuanian (-form +engine):\n%s", name, first.Name, diff)
		}
	}
}

// engineTexts is what a person reads of a question.
type engineTexts struct {
	Label, Hint string
	Options     []string
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
