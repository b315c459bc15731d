package checklist

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const miniPath = "../testdata/frameworks/mini.yaml"

func loadMini(t testing.TB) *Framework {
	t.Helper()
	fw, err := LoadFile(miniPath)
	if err != nil {
		t.Fatal(err)
	}
	return fw
}

func loadTranslationFile(t testing.TB, path string, fw *Framework) (*Translation, error) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return LoadTranslation(path, b, fw)
}

func TestBrokenTranslations(t *testing.T) {
	t.Parallel()
	checkWants(t, "../testdata/translations/broken-*.yaml", func(path string) error {
		_, err := loadTranslationFile(t, path, loadMini(t))
		return err
	})
}

func TestLoadTranslationRejectsWhatIsNotATranslation(t *testing.T) {
	t.Parallel()
	fw := loadMini(t)
	tests := []struct{ name, in, want string }{
		{"a framework", "id: mini\ntitle: Mini\n", "x.yaml:1:1: this is not a translation: it has no \"translation\" header"},
		{"empty", "", "x.yaml: the file is empty"},
		{"list", "- a\n", "x.yaml:1:1: expected a mapping of keys to values at the top of the file, found a list"},
		{"header not a mapping", "translation: mini\n", `x.yaml:1:14: "translation" must be a mapping with framework, version and language, found "mini"`},
		{"control character in the version", "translation:\n  framework: mini\n  version: \"0.1\\e[31m\"\n  language: en\n", "x.yaml:3:12: the text holds an escape character"},
		{"empty header value", "translation:\n  framework: mini\n  version: \"0.1\"\n  language: \"\"\n", `x.yaml:4:13: the translation's "language" is empty; fill it in, as in "language: lt"`},
		{"alias bomb", "translation: {framework: mini, version: \"0.1\", language: en}\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n", "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadTranslation("x.yaml", []byte(tt.in), fw)
			if err == nil {
				t.Fatal("LoadTranslation succeeded, want an error")
			}
			first := strings.SplitN(err.Error(), "\n", 2)[0]
			if !strings.Contains(first, tt.want) {
				t.Errorf("first problem = %q, want it to contain %q", first, tt.want)
			}
		})
	}
}

func TestIsTranslation(t *testing.T) {
	t.Parallel()
	framework, err := os.ReadFile(miniPath)
	if err != nil {
		t.Fatal(err)
	}
	overlay, err := os.ReadFile("../testdata/translations/mini.en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		in   []byte
		want bool
	}{
		{"framework", framework, false},
		{"translation", overlay, true},
		{"broken translation", []byte("translation:\n  framework: mini\n\tlanguage: lt\n"), true},
		{"list", []byte("- translation\n"), false},
		{"empty", nil, false},
	} {
		if got := IsTranslation(tt.in); got != tt.want {
			t.Errorf("IsTranslation(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPartialTranslation checks the counts of the small test translation
// of mini, counted by hand: mini has 49 texts (title 1, scoring note 1,
// scale 4×2, organisation types 2×2, key area A 13, B 9, quick scan 4,
// dimension D 7, glossary 2); mini.en.yaml gives 12 of them.
func TestPartialTranslation(t *testing.T) {
	t.Parallel()
	fw := loadMini(t)
	tr, err := loadTranslationFile(t, "../testdata/translations/mini.en.yaml", fw)
	if err != nil {
		t.Fatal(err)
	}
	done, total := tr.Count()
	if done != 12 || total != 49 {
		t.Errorf("Count() = %d of %d, want 12 of 49", done, total)
	}
	if len(tr.Missing()) != 37 {
		t.Errorf("%d missing, want 37", len(tr.Missing()))
	}
	if len(tr.Warnings) != 0 {
		t.Errorf("warnings: %v", tr.Warnings)
	}
	// The first missing texts, in the order of the framework; an empty
	// value in the file has its position, an absent one has none.
	var got []string
	for _, m := range tr.Missing()[:4] {
		got = append(got, fmt.Sprintf("%d:%d %s", m.Line, m.Column, m.Place))
	}
	want := []string{"0:0 attribution.scoring_note", "0:0 scale.częściowo.label", "0:0 scale.częściowo.meaning", "18:14 scale.nie.meaning"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("missing (-want +got):\n%s", diff)
	}
	places := make([]string, len(tr.Missing()))
	for i, m := range tr.Missing() {
		places[i] = m.Place
	}
	for _, p := range []string{"A.description", "A-02.action", "A-02.question", `A.examples["Gdańsk"].practice`, "D-Q1.text", "glossary.integracja.definition"} {
		if !slices.Contains(places, p) {
			t.Errorf("missing %s is not listed", p)
		}
	}
	for _, p := range []string{"A.title", "A-01.question", "glossary.integracja.aliases"} {
		if slices.Contains(places, p) {
			t.Errorf("%s is translated (or not counted) but listed as missing", p)
		}
	}
}

func TestApplyPutsTranslationsInPlaceAndFallsBack(t *testing.T) {
	t.Parallel()
	fw := loadMini(t)
	tr, err := loadTranslationFile(t, "../testdata/translations/mini.en.yaml", fw)
	if err != nil {
		t.Fatal(err)
	}
	en, err := tr.Apply(fw)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ what, got, want string }{
		{"language", en.Language, "en"},
		{"title", en.Title, "Mini: including refugees"},
		{"yes label", en.Scale[0].Label, "Yes"},
		{"no meaning (falls back)", en.Scale[2].Meaning, "Wcale."},
		{"A title", en.KeyArea("A").Title, "Knowing the needs"},
		{"A description (falls back)", en.KeyArea("A").Description, "Opis."},
		{"A-01 question", en.Item("A-01").Question, "Do you assess needs regularly?"},
		{"A-02 question (falls back)", en.Item("A-02").Question, "Czy zbierasz opinie?"},
		{"A-01 checklist", en.Item("A-01").Checklist().Title, "Checklist A"},
		{"example summary", en.SuccessFactor("A-SF1").Examples()[0].Summary, "The Immigrant Council.\nA second line."},
		{"example practice (falls back)", en.KeyArea("A").Examples[0].Practice, "Gdańsk"},
		{"glossary term", en.Term("integrating").Term, "integration"},
		// The original is untouched.
		{"original title", fw.Title, "Mini: włączanie uchodźców"},
		{"original language", fw.Language, "pl"},
		{"original A-01", fw.Item("A-01").Question, "Czy regularnie badasz potrzeby?"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	// Links point into the copy, not the original.
	if en.Item("A-01").Framework() != en || en.Item("A-01").Area() != en.KeyArea("A") {
		t.Error("the translated framework's items link to the original")
	}
	if got := en.TermsIn("We are integrating newcomers."); len(got) != 1 {
		t.Errorf("TermsIn found %d terms in the translated text, want 1 (the translated alias)", len(got))
	}
	if got := fw.Term("integrating"); got != nil {
		t.Errorf("the original glossary learned the translated alias: %v", got)
	}
}

// translatable lists, independently of the code under test, the fields a
// translation may change.
var translatable = []cmp.Option{
	cmpopts.IgnoreFields(Framework{}, "Title", "Subtitle", "Language"),
	cmpopts.IgnoreFields(Attribution{}, "ScoringNote"),
	cmpopts.IgnoreFields(ScaleValue{}, "Label", "Meaning"),
	cmpopts.IgnoreFields(OrganisationType{}, "Label", "Description"),
	cmpopts.IgnoreFields(Routing{}, "Question", "Help"),
	cmpopts.IgnoreFields(RouteOption{}, "Label", "Description"),
	cmpopts.IgnoreFields(Term{}, "Term", "Aliases", "Definition"),
	cmpopts.IgnoreFields(KeyArea{}, "Title", "Aim", "Description", "Benefits"),
	cmpopts.IgnoreFields(SuccessFactor{}, "Name", "Description"),
	cmpopts.IgnoreFields(Checklist{}, "Title", "Note"),
	cmpopts.IgnoreFields(Example{}, "Country", "Practice", "Summary"),
	cmpopts.IgnoreFields(QuickScan{}, "Title", "Description"),
	cmpopts.IgnoreFields(Dimension{}, "Title", "Description"),
	cmpopts.IgnoreFields(GuidingQuestion{}, "Text"),
	cmpopts.IgnoreFields(Item{}, "Question", "Action", "Help", "AppliesNote"),
}

func pseudo(s string) string { return "‹" + strings.ToUpper(s) + "›" }

func allFrameworks(t *testing.T) map[string]*Framework {
	t.Helper()
	out := map[string]*Framework{"mini": loadMini(t)}
	for _, id := range Builtins() {
		fw, err := LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		out[id] = fw
	}
	return out
}

// TestApplyChangesOnlyTexts translates every text of each framework and
// checks that ids, structure, scores and applicability are the same as
// before, that every text did change, and that the original framework is
// as it was.
func TestApplyChangesOnlyTexts(t *testing.T) {
	t.Parallel()
	for id, fw := range allFrameworks(t) {
		t.Run(id, func(t *testing.T) {
			before, err := json.Marshal(fw)
			if err != nil {
				t.Fatal(err)
			}
			tr := PseudoTranslation(fw, "qps", pseudo, strings.ToUpper)
			got, err := tr.Apply(fw)
			if err != nil {
				t.Fatal(err)
			}
			opts := append([]cmp.Option{cmpopts.IgnoreUnexported(Framework{}, KeyArea{}, SuccessFactor{}, Dimension{}, Item{}), cmp.AllowUnexported(Pos{})}, translatable...)
			if diff := cmp.Diff(fw, got, opts...); diff != "" {
				t.Errorf("the translation changed more than texts (-original +translated):\n%s", diff)
			}
			after, err := json.Marshal(fw)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Error("Apply changed the original framework")
			}
			translated, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			var a, b any
			_ = json.Unmarshal(before, &a)
			_ = json.Unmarshal(translated, &b)
			n := checkEveryTextChanged(t, "", a, b)
			if _, total := tr.Count(); n != total+1 { // +1: the language
				t.Errorf("%d texts changed, but the translation counts %d", n-1, total)
			}
			for _, it := range fw.Items() {
				if got.Item(it.ID) == nil || got.Item(it.ID).Section() != it.Section() || got.Item(it.ID).Group() != it.Group() {
					t.Errorf("item %s is not linked as in the original", it.ID)
				}
			}
		})
	}
}

// untranslated are the JSON paths of texts that stay as they are: the
// source's and materials' titles and authors, which name publications,
// and the words written in answer files.
var untranslated = regexp.MustCompile(`^(id|version|attribution\.(title|publisher)|.*\.(id|section|source|serves|value|success_factor)|.*\.materials\..*|.*\.applies_to\..*|.*\.key_areas\.\d+|scale\.\d+\.aliases\.\d+)$`)

// checkEveryTextChanged walks two JSON trees of the same shape and checks
// that every string at a translatable path differs and every other is
// equal. It returns how many strings differ.
func checkEveryTextChanged(t *testing.T, path string, a, b any) int {
	t.Helper()
	switch a := a.(type) {
	case map[string]any:
		n := 0
		for k, v := range a {
			n += checkEveryTextChanged(t, strings.TrimPrefix(path+"."+k, "."), v, b.(map[string]any)[k])
		}
		return n
	case []any:
		n := 0
		for i, v := range a {
			n += checkEveryTextChanged(t, fmt.Sprintf("%s.%d", path, i), v, b.([]any)[i])
		}
		return n
	case string:
		changed := a != b.(string)
		if untranslated.MatchString(path) {
			if changed {
				t.Errorf("%s changed from %q to %q", path, a, b)
			}
			return 0
		}
		if !changed {
			t.Errorf("%s = %q was not translated", path, a)
			return 0
		}
		if strings.Contains(path, ".aliases.") {
			return 0 // word lists are not counted as texts
		}
		return 1
	}
	return 0
}

func TestPseudoTranslationValidates(t *testing.T) {
	t.Parallel()
	for id, fw := range allFrameworks(t) {
		tr := PseudoTranslation(fw, "qps", pseudo, strings.ToUpper)
		var buf bytes.Buffer
		if err := WriteTranslation(&buf, fw, tr, "qps", "pseudo"); err != nil {
			t.Fatal(err)
		}
		back, err := LoadTranslation(id+".qps.yaml", buf.Bytes(), fw)
		if err != nil {
			t.Fatalf("%s: the written pseudo-translation does not load:\n%v", id, err)
		}
		if done, total := back.Count(); done != total || len(back.Missing()) != 0 {
			t.Errorf("%s: %d of %d translated, %d missing; want all", id, done, total, len(back.Missing()))
		}
	}
}

// fill puts a made-up translation into every empty value of a written
// translation, as a translator would.
var emptyValue = regexp.MustCompile(`(?m)^(\s*(- )?[a-z_]+: )""$|^(\s*- )""$`)

func fill(b []byte) []byte {
	n := 0
	return emptyValue.ReplaceAllFunc(b, func(m []byte) []byte {
		n++
		return fmt.Appendf(nil, "%s\"vertimas %d\"", bytes.TrimSuffix(m, []byte(`""`)), n)
	})
}

// TestExportThenValidate follows a translator: write the template of a
// new language, check it (everything missing), fill it in, check it again
// (nothing missing), and continue it (the translations come back).
func TestExportThenValidate(t *testing.T) {
	t.Parallel()
	for id, fw := range allFrameworks(t) {
		t.Run(id, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteTranslation(&buf, fw, nil, "lt", "A new translation"); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("# A new translation\ntranslation:\n")) {
				t.Errorf("the file starts %q", buf.String()[:60])
			}
			empty, err := LoadTranslation(id+".lt.yaml", buf.Bytes(), fw)
			if err != nil {
				t.Fatalf("the template does not load:\n%v", err)
			}
			done, total := empty.Count()
			if done != 0 || len(empty.Missing()) != total || total == 0 {
				t.Errorf("template: %d of %d translated, %d missing; want none translated", done, total, len(empty.Missing()))
			}
			for _, m := range empty.Missing() {
				if m.Line == 0 {
					t.Errorf("missing %s has no line: the template leaves it out", m.Place)
				}
			}
			filled := fill(buf.Bytes())
			full, err := LoadTranslation(id+".lt.yaml", filled, fw)
			if err != nil {
				t.Fatalf("the filled-in template does not load:\n%v", err)
			}
			if done, total := full.Count(); done != total || len(full.Missing()) != 0 {
				t.Errorf("filled in: %d of %d translated, missing %v", done, total, full.Missing())
			}
			// Writing it again keeps every translation.
			var again bytes.Buffer
			if err := WriteTranslation(&again, fw, full, "lt", "A new translation"); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(filled), again.String()); diff != "" {
				t.Errorf("a filled-in translation written again differs (-filled +written):\n%s", diff)
			}
		})
	}
}

func TestWriteTranslationKeepsWhatItIsGiven(t *testing.T) {
	t.Parallel()
	fw := loadMini(t)
	tr, err := loadTranslationFile(t, "../testdata/translations/mini.en.yaml", fw)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteTranslation(&buf, fw, tr, "en", "again"); err != nil {
		t.Fatal(err)
	}
	back, err := LoadTranslation("again.yaml", buf.Bytes(), fw)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := tr.Apply(fw)
	b, _ := back.Apply(fw)
	if diff := cmp.Diff(a, b, cmpopts.IgnoreUnexported(Framework{}, KeyArea{}, SuccessFactor{}, Dimension{}, Item{}), cmp.AllowUnexported(Pos{})); diff != "" {
		t.Errorf("written and read back, the translation differs:\n%s", diff)
	}
	for _, want := range []string{
		"# Mini: włączanie uchodźców\ntitle: \"Mini: including refugees\"\n",
		"    examples:\n      \"Gdańsk\":\n        # Polska\n        country: \"Poland\"\n",
		"        summary: |-\n          The Immigrant Council.\n          A second line.\n",
		"    # integracji\n    # (optional: other forms of the term that the texts use, as in [\"word\", \"words\"])\n    aliases: [\"integrate\", \"integrating\"]\n",
		"    checklists:\n      # Lista A\n      - title: \"Checklist A\"\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the written translation lacks\n%s\nin\n%s", want, buf.String())
		}
	}
}

func TestTranslationVersionWarning(t *testing.T) {
	t.Parallel()
	fw := loadMini(t)
	in := "translation:\n  framework: mini\n  version: \"0.0.9\"\n  language: en\ntitle: Mini\n"
	tr, err := LoadTranslation("old.yaml", []byte(in), fw)
	if err != nil {
		t.Fatal(err)
	}
	want := "old.yaml:3:12: warning: made from version 0.0.9 of mini, which is now at version 0.1: texts changed since then may be out of date or missing (compare with 'scorecard framework export --lang en')"
	if len(tr.Warnings) != 1 || tr.Warnings[0].String() != want {
		t.Errorf("warnings = %v, want\n%s", tr.Warnings, want)
	}
}

// TestAnswerFilesStayLanguageNeutral: an answer file loaded and written
// with a translated framework is the same as with the original, but for
// the comment at its top, which names the framework in the language it
// was written in (package merge checks that files loaded with either
// merge as one).
func TestAnswerFilesStayLanguageNeutral(t *testing.T) {
	t.Parallel()
	fw := loadEffectiveInclusion(t)
	lt, err := PseudoTranslation(fw, "lt", pseudo, strings.ToUpper).Apply(fw)
	if err != nil {
		t.Fatal(err)
	}
	path := "../testdata/answers/complete-business.yaml"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pick := func(f *Framework) FrameworkPicker {
		return func(string) (*Framework, error) { return f, nil }
	}
	plain, err := LoadAnswers(path, b, pick(fw))
	if err != nil {
		t.Fatal(err)
	}
	translated, err := LoadAnswers(path, b, pick(lt))
	if err != nil {
		t.Fatal(err)
	}
	var wa, wb bytes.Buffer
	if err := WriteAnswers(&wa, plain); err != nil {
		t.Fatal(err)
	}
	if err := WriteAnswers(&wb, translated); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(withoutComments(wa.String()), withoutComments(wb.String())); diff != "" {
		t.Errorf("the answer file written with a translation differs (-plain +translated):\n%s", diff)
	}
	if !strings.Contains(wb.String(), lt.Title) {
		t.Errorf("the comment at the top does not name the translated framework %q", lt.Title)
	}
	// A file written in the translation loads with the plain framework.
	back, err := LoadAnswers("lt.yaml", wb.Bytes(), pick(fw))
	if err != nil {
		t.Fatalf("written with the translation, the file does not load with the original:\n%v", err)
	}
	if diff := cmp.Diff(plain.Answers, back.Answers, cmpopts.IgnoreFields(Answer{}, "Pos")); diff != "" {
		t.Errorf("answers differ (-plain +translated):\n%s", diff)
	}

}

func withoutComments(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestEmbeddedTranslationsValidate loads every built-in translation
// against its framework: each must be valid, named FRAMEWORK.LANG.yaml
// after its header, and made from the framework's current version.
func TestEmbeddedTranslationsValidate(t *testing.T) {
	t.Parallel()
	for _, name := range BuiltinTranslations() {
		t.Run(name, func(t *testing.T) {
			id, lang, ok := strings.Cut(strings.TrimSuffix(name, ".yaml"), ".")
			if !ok || !IsBuiltin(id) {
				t.Fatalf("%s: name it FRAMEWORK.LANG.yaml after a built-in framework (%s)", name, strings.Join(Builtins(), ", "))
			}
			fw, err := LoadBuiltin(id)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := BuiltinTranslation(fw, lang)
			if err != nil {
				t.Fatal(err)
			}
			if tr == nil {
				t.Fatal("not found")
			}
			if len(tr.Warnings) > 0 {
				t.Errorf("warnings:\n%v", tr.Warnings)
			}
			if _, err := tr.Apply(fw); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestBuiltinTranslationIsNilWhenThereIsNone(t *testing.T) {
	t.Parallel()
	fw := loadEffectiveInclusion(t)
	tr, err := BuiltinTranslation(fw, "xx")
	if tr != nil || err != nil {
		t.Errorf("BuiltinTranslation(xx) = %v, %v; want nil, nil", tr, err)
	}
}

func BenchmarkApplyTranslation(b *testing.B) {
	fw := loadEffectiveInclusion(b)
	tr := PseudoTranslation(fw, "qps", pseudo, strings.ToUpper)
	for b.Loop() {
		if _, err := tr.Apply(fw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadTranslation(b *testing.B) {
	fw := loadEffectiveInclusion(b)
	var buf bytes.Buffer
	if err := WriteTranslation(&buf, fw, PseudoTranslation(fw, "qps", pseudo, strings.ToUpper), "qps", "bench"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := LoadTranslation("x.yaml", buf.Bytes(), fw); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzLoadTranslation feeds the translation loader arbitrary files for
// the test framework: it must never panic, must report problems as
// Problems, and whatever it accepts must apply and survive being written
// out and read again.
func FuzzLoadTranslation(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/translations/*.yaml")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	fw := loadMini(f)
	var template bytes.Buffer
	if err := WriteTranslation(&template, fw, nil, "lt", "seed"); err != nil {
		f.Fatal(err)
	}
	f.Add(template.Bytes())
	f.Add(fill(template.Bytes()))
	f.Add([]byte("translation: {framework: mini, version: \"0.1\", language: en}\ntitle: \"  leading\\n\\n trailing  \\n\"\nattribution: {scoring_note: \"a\\tb\\n\"}\nglossary: {integracja: {aliases: [\" x \", \"y\\nz\"]}}\n"))
	ignore := []cmp.Option{cmpopts.IgnoreUnexported(Framework{}, KeyArea{}, SuccessFactor{}, Dimension{}, Item{}), cmp.AllowUnexported(Pos{})}
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := LoadTranslation("fuzz.yaml", b, fw)
		if err != nil {
			var probs Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		applied, err := tr.Apply(fw)
		if err != nil {
			t.Fatalf("an accepted translation does not apply:\n%v", err)
		}
		var buf bytes.Buffer
		if err := WriteTranslation(&buf, fw, tr, tr.Language, "again"); err != nil {
			t.Fatal(err)
		}
		back, err := LoadTranslation("again.yaml", buf.Bytes(), fw)
		if err != nil {
			t.Fatalf("an accepted translation does not load again after export:\n%v\n%s", err, buf.String())
		}
		again, err := back.Apply(fw)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(applied, again, ignore...); diff != "" {
			t.Fatalf("written and read again, the translation differs:\n%s", diff)
		}
	})
}
