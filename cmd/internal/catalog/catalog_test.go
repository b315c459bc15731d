package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// TestCatalogs is the catalog's guard: every key the code uses is in
// every language's catalog, no catalog keeps a key the code dropped, each
// translation has its key's verbs, plural forms are the language's, and
// no message escapes extraction. 'make catalog' fixes the first two.
func TestCatalogs(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and type-checks the whole module")
	}
	root := filepath.Join("..", "..", "..")
	x, err := Extract(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Keys) < 1000 {
		t.Fatalf("only %d keys extracted: the extractor misses calls", len(x.Keys))
	}
	cats, err := loadCatalogs(filepath.Join(root, localesDir))
	if err != nil {
		t.Fatal(err)
	}
	if cats["lt"] == nil {
		t.Error("there is no Lithuanian catalog, data/locales/lt.yaml")
	}
	problems := CheckCode(x)
	for _, code := range sortedCodes(cats) {
		problems = append(problems, Check(x.Keys, cats[code], code+".yaml")...)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// TestExtract runs the extractor on planted code: every way a key reaches
// the catalog is found, and each escape is reported.
func TestExtract(t *testing.T) {
	t.Parallel()
	x, err := Extract(filepath.Join("testdata", "planted"))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, k := range x.Keys {
		keys = append(keys, k.Format)
	}
	want := []string{"Saved %d answers.", "Hello, %s.", "a key made of two parts", "a literal message", "cannot read %s",
		"the file is empty", "%d files", "Opening page %d.",
		"Plant a seed", "Plant a seed in the garden.", "  $ plant --deep   # deeper", "plant it `deep`er", "the seed's name", "A topic"}
	for _, k := range want {
		if !slices.Contains(keys, k) {
			t.Errorf("key %q not extracted; got %q", k, keys)
		}
	}
	if slices.Contains(keys, "not translated %s") || slices.Contains(keys, "warning: ") {
		t.Errorf("extracted what is no key: %q", keys)
	}
	problems := CheckCode(x)
	if len(problems) != 2 || !strings.Contains(problems[0], "p.Sprintf(word): the format is not a constant") ||
		!strings.Contains(problems[1], "planted.english formats text outside the catalog") {
		t.Errorf("escapes: got\n%s", strings.Join(problems, "\n"))
	}
	for _, w := range []string{"planted.warnf", "planted.twice", "planted.say (local)"} {
		if !slices.ContainsFunc(x.Wrappers, func(s string) bool { return strings.HasSuffix(s, w) }) {
			t.Errorf("wrapper %s not found in %q", w, x.Wrappers)
		}
	}
}

func catalog(t *testing.T, src string) *locale.Catalog {
	t.Helper()
	c, err := locale.ParseCatalog("xx.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func keysOf(formats ...string) []Key {
	var out []Key
	for _, f := range formats {
		out = append(out, Key{Format: f, File: "code.go"})
	}
	return out
}

// TestCheck plants each kind of mistake in a catalog and expects it
// reported, and lets pass what translators may do: reorder arguments,
// leave the count out of the singular, leave a message "".
func TestCheck(t *testing.T) {
	t.Parallel()
	keys := keysOf("Saved %s.", "%s of %d", "%d questions", "%d of %d answered", "Key %s is %q", "%s: %s", "left %s")
	c := catalog(t, `language: lt
messages:
  "Saved %s.": "Išsaugota %d."
  "%s of %d": "%[2]d iš %[1]s"
  "%d questions":
    one: "vienas klausimas"
    many: "%d klausimo"
    other: "%d klausimų"
  "%d of %d answered":
    arg: 1
    one: "%d iš %d"
    other: "%d iš %d"
  "Key %s is %q": "Raktas %s yra %q, %s"
  "Gone %s": "Nebėra %s"
  "left %s": ""
`)
	got := Check(keys, c, "lt.yaml")
	want := []string{
		`lt.yaml:3:3: the translation of "Saved %s." does not match its verbs: argument 1 is %s in the key but %d in the translation`,
		`lt.yaml:5:3: "%d questions" has the plural form "many", which lt does not use (it uses one, few, other)`,
		`lt.yaml:5:3: "%d questions" lacks the plural form "few" that lt uses`,
		`lt.yaml:9:3: "%d of %d answered" lacks the plural form "few" that lt uses`,
		`lt.yaml:13:3: the translation of "Key %s is %q" does not match its verbs: the translation has %s for argument 3, which the key does not have`,
		`lt.yaml:14:3: "Gone %s" is not used by the code any more; run make catalog`,
	}
	// "%s of %d" reordered, "vienas klausimas" without its count, "left
	// %s" left "" and "%s: %s" (no words) absent are all fine.
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	missing := Check(keysOf("New message"), catalog(t, "language: lt\nmessages: {}\n"), "lt.yaml")
	if len(missing) != 1 || !strings.Contains(missing[0], `missing "New message" (used in code.go)`) {
		t.Errorf("a missing key: %q", missing)
	}
	plural := Check(keysOf("%s files"), catalog(t, "language: lt\nmessages:\n  \"%s files\":\n    one: \"%s failas\"\n    few: \"%s failai\"\n    other: \"%s failų\"\n"), "lt.yaml")
	if len(plural) != 1 || !strings.Contains(plural[0], "chooses its plural form by argument 1, which is not a %d") {
		t.Errorf("a plural over a string: %q", plural)
	}
}

func TestVerbs(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		format string
		want   []verb
	}{
		{"%d of %d", []verb{{1, 'd'}, {2, 'd'}}},
		{"100%% of %-8s %.1f %q", []verb{{1, 's'}, {2, 'f'}, {3, 'q'}}},
		{"%[2]s then %[1]s and %s", []verb{{2, 's'}, {1, 's'}, {2, 's'}}},
		{"no verbs", nil},
	} {
		if diff := cmp.Diff(tt.want, verbs(tt.format), cmp.AllowUnexported(verb{})); diff != "" {
			t.Errorf("verbs(%q) (-want +got):\n%s", tt.format, diff)
		}
	}
	if NeedsTranslation("%s: %s") || NeedsTranslation("%q") || !NeedsTranslation("--%s wants %s") || !NeedsTranslation("“%s” %s") {
		t.Error("NeedsTranslation is wrong")
	}
}

func TestIntegerForms(t *testing.T) {
	t.Parallel()
	for code, want := range map[string][]string{
		"en": {"one", "other"},
		"lt": {"one", "few", "other"},
		"pl": {"one", "few", "many", "other"},
		"ja": {"other"},
	} {
		if got := IntegerForms(code); !slices.Equal(got, want) {
			t.Errorf("IntegerForms(%s) = %v, want %v", code, got, want)
		}
	}
}

// TestSkeleton writes a catalog for translators and reads it back: the
// translations kept, new keys empty, plural keys with the language's
// forms under the English ones, keys without words left out.
func TestSkeleton(t *testing.T) {
	t.Parallel()
	en := catalog(t, "language: en\nmessages:\n  \"%d questions\":\n    one: \"%d question\"\n    other: \"%d questions\"\n")
	old := catalog(t, "language: lt\nname: Lietuvių\nmessages:\n  \"Saved.\": \"Išsaugota.\"\n  \"%d questions\":\n    one: \"%d klausimas\"\n    \"=0\": \"nė vieno klausimo\"\n    other: \"%d klausimų\"\n")
	keys := []Key{{Format: "Saved.", File: "a.go"}, {Format: "%s: %s", File: "a.go"}, {Format: "Two\nlines %q", File: "a.go"}, {Format: "%d questions", File: "b.go"}}
	var b bytes.Buffer
	if err := WriteSkeleton(&b, keys, en, old); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"language: \"lt\"\nname: \"Lietuvių\"\ndate_layout: \"2006-01-02\"\nmessages:\n",
		"\n  # a.go\n  \"Saved.\": \"Išsaugota.\"\n  # Two\n  # lines %q\n  \"Two\\nlines %q\": \"\"\n",
		"\n  # b.go\n  # English one: %d question\n  # English other: %d questions\n  \"%d questions\":\n    \"=0\": \"nė vieno klausimo\"\n    \"one\": \"%d klausimas\"\n    \"few\": \"\"\n    \"other\": \"%d klausimų\"\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing\n%s\nin\n%s", want, got)
		}
	}
	if strings.Contains(got, `"%s: %s"`) {
		t.Errorf("a key without words is in the skeleton:\n%s", got)
	}
	back := catalog(t, got)
	if back.Messages["Saved."].Text != "Išsaugota." || !back.Messages["Two\nlines %q"].Untranslated() {
		t.Errorf("read back: %+v", back.Messages)
	}
}

// TestLithuanianCatalogFile checks the catalog file: it parses, names its
// language as the interface offers it, and translates every message.
func TestLithuanianCatalogFile(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", localesDir, "lt.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := locale.ParseCatalog("lt.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Lietuvių" || c.DateLayout != "2006-01-02" {
		t.Errorf("name %q, date layout %q", c.Name, c.DateLayout)
	}
	// The Lithuanian edition is complete: a message added to the code
	// is translated before it lands.
	for _, k := range c.Keys {
		if m := c.Messages[k]; m.Untranslated() {
			t.Errorf("lt.yaml:%d: %q is not translated yet", m.Line, k)
		}
	}
}
