package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist"
)

// withBuiltinTranslations makes the test fixtures the factory's built-in
// translations.
func withBuiltinTranslations(t *testing.T, f *Factory) {
	t.Helper()
	b, err := os.ReadFile("../../../testdata/translations/effective-inclusion.lt.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f.translations = fstest.MapFS{"translations/effective-inclusion.lt.yaml": {Data: b}}
}

func TestBuiltinTranslationFollowsTheLanguage(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	withBuiltinTranslations(t, f)
	fw, tr, err := f.TranslationFor("", "lt")
	if err != nil {
		t.Fatal(err)
	}
	if tr == nil || tr.Language != "lt" {
		t.Fatalf("TranslationFor(lt) = %v, want the built-in lt translation", tr)
	}
	lt, err := tr.Apply(fw)
	if err != nil {
		t.Fatal(err)
	}
	if lt.Title != "LT: Effective inclusion of refugees" || lt.Item("KA1-02").Question != fw.Item("KA1-02").Question {
		t.Errorf("translated title %q, KA1-02 %q", lt.Title, lt.Item("KA1-02").Question)
	}
	for _, lang := range []string{"en", "de"} {
		if _, tr, err := f.TranslationFor("", lang); tr != nil || err != nil {
			t.Errorf("TranslationFor(%s) = %v, %v; want none", lang, tr, err)
		}
	}
	// A framework file gets no built-in translation, even with a built-in id.
	if _, tr, err := f.TranslationFor("../../../testdata/frameworks/mini.yaml", "en"); tr != nil || err != nil {
		t.Errorf("a framework file got translation %v, %v", tr, err)
	}
}

func TestPseudoLocaleTranslatesTheFramework(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", map[string]string{"LC_ALL": "qps"})
	fw, err := f.Framework("")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := f.UntranslatedFramework("")
	if err != nil {
		t.Fatal(err)
	}
	if fw.Language != "qps" || plain.Language != "en" {
		t.Errorf("languages %q and %q, want qps and en", fw.Language, plain.Language)
	}
	if want := "[Éƒƒéçţîṽé îñçļûšîöñ öƒ ŕéƒûĝééš]"; fw.Title != want {
		t.Errorf("title %q, want %q", fw.Title, want)
	}
	if plain.Title != "Effective inclusion of refugees" {
		t.Errorf("the untranslated framework's title is %q", plain.Title)
	}
	again, _ := f.Framework(checklist.DefaultFramework)
	if again != fw {
		t.Error("the translated framework is not cached")
	}
}

func TestTranslationFlag(t *testing.T) {
	t.Parallel()
	f, io := testFactory(t, "", nil)
	f.Translation = "../../../testdata/translations/mini.en.yaml"
	fw, err := f.Framework("../../../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if fw.Title != "Mini: including refugees" || fw.Language != "en" {
		t.Errorf("title %q in %q, want the test translation's", fw.Title, fw.Language)
	}
	if s := io.ErrOut.(interface{ String() string }).String(); s != "" {
		t.Errorf("stderr: %s", s)
	}
	_, err = f.Framework("")
	if err == nil || !strings.Contains(err.Error(), "translates framework mini, but this is framework effective-inclusion") {
		t.Errorf("a translation of another framework: %v", err)
	}
}

func TestExportLanguageKeepsTheBuiltinTranslation(t *testing.T) {
	t.Parallel()
	f, io := testFactory(t, "", nil)
	withBuiltinTranslations(t, f)
	if err := frameworkExportRun(&frameworkExportOptions{IO: io, Framework: f.Framework, Factory: f, Format: "yaml", Lang: "LT"}); err != nil {
		t.Fatal(err)
	}
	out := io.Out.(interface{ Bytes() []byte }).Bytes()
	for _, want := range []string{
		"\n  language: \"lt\"\n",
		"\n# Effective inclusion of refugees\ntitle: \"LT: Effective inclusion of refugees\"\n",
		"\n# Participatory approaches for practitioners at the local level\nsubtitle: \"\"\n",
		"\n            question: \"LT: Do you plan your services with what you know of refugees?\"\n",
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the export lacks %q", want)
		}
	}
	fw, _ := f.UntranslatedFramework("")
	tr, err := checklist.LoadTranslation("lt.yaml", out, fw)
	if err != nil {
		t.Fatalf("the export does not load:\n%v", err)
	}
	if done, _ := tr.Count(); done != 3 {
		t.Errorf("%d texts translated, want the fixture's 3", done)
	}
}

func TestExportInTheFrameworksLanguageIsTheFramework(t *testing.T) {
	t.Parallel()
	f, io := testFactory(t, "", nil)
	if err := frameworkExportRun(&frameworkExportOptions{IO: io, Framework: f.Framework, Factory: f, Format: "yaml"}); err != nil {
		t.Fatal(err)
	}
	g, io2 := testFactory(t, "", nil)
	if err := frameworkExportRun(&frameworkExportOptions{IO: io2, Framework: g.Framework, Factory: g, Format: "yaml", Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	a, b := io.Out.(interface{ String() string }).String(), io2.Out.(interface{ String() string }).String()
	if a != b || !strings.Contains(a, "\nkey_areas:\n") {
		t.Error("export --lang en differs from export")
	}
}

// An assessment answered in another language writes the same answer
// file, but for the comment at its top: answer files hold ids and scale
// values only, so raters who answered in different languages merge.
func TestAssessInAnotherLanguageWritesTheSameFile(t *testing.T) {
	ka1 := []string{"1", "2", "3", "4", "5", "1", "1", "2", "", "3"}
	input := lines(append(append(profileAnswers, ka1...), "", "2")...)
	dir := t.TempDir()
	saved := map[string]string{}
	for _, lang := range []string{"en", "qps"} {
		path := filepath.Join(dir, lang+".yaml")
		f, _, errOut := assessFactory(t, strings.NewReader(input), nil)
		if code := Run(context.Background(), f, []string{"assess", "--lang", lang, "--accessible", "--areas", "KA1", path}); code != 0 {
			t.Fatalf("--lang %s: exit %d:\n%s", lang, code, errOut)
		}
		if lang == "qps" && !strings.Contains(errOut.String(), "[Ĥåṽé çļåŕîţý åƀöûţ ţĥé šûþþöŕţ ŕéƒûĝééš ñééð]") {
			t.Errorf("the questionnaire in qps does not show the translated framework:\n%.600s", errOut)
		}
		saved[lang] = readFile(t, path)
	}
	if diff := cmp.Diff(saved["en"], saved["qps"]); diff != "" {
		t.Errorf("the answer file depends on the language (-en +qps):\n%s", diff)
	}
	if !strings.Contains(saved["en"], "  KA1-04: \"na\"\n") {
		t.Errorf("unexpected answers:\n%s", saved["en"])
	}

	// Merged under either language, the two files make one consensus.
	for _, lang := range []string{"en", "qps"} {
		f, _, errOut := assessFactory(t, strings.NewReader(""), nil)
		out := filepath.Join(dir, "merged-"+lang+".yaml")
		if code := Run(context.Background(), f, []string{"merge", "--lang", lang, filepath.Join(dir, "en.yaml"), filepath.Join(dir, "qps.yaml"), "-o", out}); code != 0 {
			t.Fatalf("merge --lang %s: exit %d:\n%s", lang, code, errOut)
		}
	}
	if diff := cmp.Diff(readFile(t, filepath.Join(dir, "merged-en.yaml")), readFile(t, filepath.Join(dir, "merged-qps.yaml"))); diff != "" {
		t.Errorf("merged under qps differs (-en +qps):\n%s", diff)
	}
}
