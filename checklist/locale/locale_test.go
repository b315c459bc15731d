package locale

import (
	"errors"
	"strings"
	"testing"
)

func TestEnglishPlurals(t *testing.T) {
	t.Parallel()
	p := English()
	for n, want := range map[int]string{0: "0 questions", 1: "1 question", 2: "2 questions", 21: "21 questions"} {
		if got := p.Sprintf("%d questions", n); got != want {
			t.Errorf("Sprintf(%%d questions, %d) = %q, want %q", n, got, want)
		}
	}
	if got := p.Sprintf("Key area %d of %d", 1, 6); got != "Key area 1 of 6" {
		t.Errorf("a message without an entry: got %q", got)
	}
	if got := p.Decimal(81.45); got != "81.5" {
		t.Errorf("Decimal(81.45) = %q, want 81.5 (half away from zero)", got)
	}
}

func TestLithuanianFromCatalog(t *testing.T) {
	t.Parallel()
	c, err := ParseCatalog("lt.yaml", []byte(`language: lt
name: Lietuvių
messages:
  "%d questions":
    one: "%d klausimas"
    few: "%d klausimai"
    many: "%d klausimo"
    other: "%d klausimų"
  "Key area %d of %d": "Pagrindinė sritis %d iš %d"
`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := fromCatalog(c)
	if err != nil {
		t.Fatal(err)
	}
	// Lithuanian: 1, 21 → one; 2–9, 22 → few; 10–20 → other.
	for n, want := range map[int]string{1: "1 klausimas", 3: "3 klausimai", 12: "12 klausimų", 21: "21 klausimas", 22: "22 klausimai"} {
		if got := p.Sprintf("%d questions", n); got != want {
			t.Errorf("%d: got %q, want %q", n, got, want)
		}
	}
	if got := p.Sprintf("Key area %d of %d", 2, 6); got != "Pagrindinė sritis 2 iš 6" {
		t.Errorf("got %q", got)
	}
	if got := p.Decimal(81.5); got != "81,5" {
		t.Errorf("Decimal = %q, want 81,5", got)
	}
	if got := p.Sprintf("Untranslated %s", "x"); got != "Untranslated x" {
		t.Errorf("a missing message falls back to English: got %q", got)
	}
}

func TestCatalogErrors(t *testing.T) {
	t.Parallel()
	_, err := ParseCatalog("xx.yaml", []byte("language: xx\nmessages:\n  \"a\": b\n  \"a\": c\n  \"n\":\n    single: x\n    other: y\nmisc: 1\n"))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{`xx.yaml:4:3: message "a" appears twice`, `xx.yaml:6:5: message "n": unknown plural form "single"`, `xx.yaml:8:1: unknown key "misc"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

func TestPseudo(t *testing.T) {
	t.Parallel()
	p, err := New(Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	got := p.Sprintf("Saved %s: %d of %d answered, see --force and report.pdf", "Gdańsk Welcome", 3, 10)
	want := "[Šåṽéð Gdańsk Welcome: 3 öƒ 10 åñšŵéŕéð, šéé --force åñð report.pdf]"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := p.Sprintf("%d questions", 1); got != "[1 ǫûéšţîöñ]" {
		t.Errorf("plural in pseudo: %q", got)
	}
	if got := p.Sprintf("  %s\n", "x"); got != "  x\n" {
		t.Errorf("a message of only arguments is left alone: %q", got)
	}
}

// TestPseudoText checks the transform that translates frameworks into the
// pseudo-locale: the last word of a sentence is accented too, a file name
// is not, and PseudoWord leaves out the brackets.
func TestPseudoText(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ got, want string }{
		{PseudoText("Over time. Is it done? Yes!"), "[Öṽéŕ ţîɱé. Îš îţ ðöñé? Ýéš!]"},
		{PseudoText("See mine.yaml."), "[Šéé mine.yaml.]"},
		{PseudoText("2021"), "2021"},
		{PseudoWord("durable solutions"), "ðûŕåƀļé šöļûţîöñš"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestDetect(t *testing.T) {
	t.Parallel()
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		flag string
		env  map[string]string
		want string
	}{
		{"", nil, "en"},
		{"", map[string]string{"LANG": "C.UTF-8"}, "en"},
		{"", map[string]string{"LANG": "xx_XX.UTF-8"}, "en"},
		{"qps", map[string]string{"LC_ALL": "en_GB.UTF-8"}, "qps"},
		{"", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "qps"}, "en"},
	}
	for _, c := range cases {
		p, err := Detect(c.flag, env(c.env))
		if err != nil {
			t.Errorf("Detect(%q, %v): %v", c.flag, c.env, err)
			continue
		}
		if p.Code() != c.want {
			t.Errorf("Detect(%q, %v) = %s, want %s", c.flag, c.env, p.Code(), c.want)
		}
	}
	if _, err := Detect("xx", env(nil)); err == nil || !strings.Contains(err.Error(), `there is no interface language "xx"; choose one of: en (English)`) {
		t.Errorf("unknown --lang: %v", err)
	}
}

func TestBuiltinCatalogsParse(t *testing.T) {
	t.Parallel()
	if _, err := catalogs(); err != nil {
		t.Fatal(err)
	}
}

func TestPseudoQuotedArguments(t *testing.T) {
	t.Parallel()
	p, err := New(Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	got := p.Sprintf("invalid answer %q to %s", `may"be`, "KA1-02")
	want := `[îñṽåļîð åñšŵéŕ "may\"be" ţö KA1-02]`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestUntranslatedIsEnglish checks that a skeleton's empty values, plain
// or plural, stand for English rather than for an empty text.
func TestUntranslatedIsEnglish(t *testing.T) {
	t.Parallel()
	c, err := ParseCatalog("lt.yaml", []byte(`language: lt
messages:
  "Saved %s.": ""
  "%d questions":
    one: ""
    few: ""
    other: ""
  "Key area %d of %d": "Pagrindinė sritis %d iš %d"
`))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Messages["Saved %s."].Untranslated() || !c.Messages["%d questions"].Untranslated() || c.Messages["Key area %d of %d"].Untranslated() {
		t.Errorf("Untranslated is wrong: %+v", c.Messages)
	}
	p, err := fromCatalog(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ got, want string }{
		{p.Sprintf("Saved %s.", "x"), "Saved x."},
		{p.Sprintf("%d questions", 1), "1 question"},
		{p.Sprintf("%d questions", 3), "3 questions"},
		{p.Sprintf("%d questions", 21), "21 questions"},
		{p.Sprintf("Key area %d of %d", 1, 2), "Pagrindinė sritis 1 iš 2"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if _, err := ParseCatalog("lt.yaml", []byte("language: lt\nmessages:\n  \"%d questions\":\n    one: \"%d klausimas\"\n    other: \"\"\n")); err == nil || !strings.Contains(err.Error(), `plural forms need "other"`) {
		t.Errorf("a half-translated plural without other: %v", err)
	}
}

// TestMsgAndError checks messages kept for later: a Msg inside a message
// is localized with it, an Error says itself in English and in any
// language, and wraps its error arguments.
func TestMsgAndError(t *testing.T) {
	t.Parallel()
	q, err := New(Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	m := M("%s has no %q", M("the key area %s", "KA1"), "title")
	if got, want := m.String(), `the key area KA1 has no "title"`; got != want {
		t.Errorf("String: got %q, want %q", got, want)
	}
	if got, want := m.Localize(q), `[[ţĥé ķéý åŕéå KA1] ĥåš ñö "title"]`; got != want {
		t.Errorf("Localize: got %q, want %q", got, want)
	}
	inner := errors.New("disk full")
	e := Errorf("cannot save %s: %v", "a.yaml", inner)
	if !errors.Is(e, inner) {
		t.Error("Errorf does not wrap its error argument")
	}
	if got, want := e.Error(), "cannot save a.yaml: disk full"; got != want {
		t.Errorf("Error: got %q, want %q", got, want)
	}
	if got, want := Localize(q, e), "[çåññöţ šåṽé a.yaml: disk full]"; got != want {
		t.Errorf("Localize: got %q, want %q", got, want)
	}
	if got := Localize(q, inner); got != "disk full" {
		t.Errorf("a plain error: %q", got)
	}
}

func TestList(t *testing.T) {
	t.Parallel()
	q, err := New(Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ got, want string }{
		{Or("yes", "partly", "no").String(), "yes, partly or no"},
		{And("D1").String(), "D1"},
		{And("D1", "D2").String(), "D1 and D2"},
		{Or().String(), ""},
		{Or("yes", "no").Localize(q), "[yes öŕ no]"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// Text gives a catalog's text as it is: no verbs are formatted, the
// English stands in where there is no translation, and the pseudo-locale
// accents it.
func TestText(t *testing.T) {
	lt, err := New("lt")
	if err != nil {
		t.Fatal(err)
	}
	if got := lt.Text("treat warnings as errors (exit 2)"); got == "treat warnings as errors (exit 2)" || got == "" {
		t.Errorf("lt: %q is not translated", got)
	}
	if got := lt.Text("no such text, 100%"); got != "no such text, 100%" {
		t.Errorf("lt, an unknown key: %q", got)
	}
	en := English()
	if got := en.Text("treat warnings as errors (exit 2)"); got != "treat warnings as errors (exit 2)" {
		t.Errorf("en: %q", got)
	}
	qps, err := New(Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	if got := qps.Text("treat warnings"); got != "[ţŕéåţ ŵåŕñîñĝš]" {
		t.Errorf("qps: %q", got)
	}
}

// A change of a score carries its sign; one that rounds to nothing is
// +0.0, never -0.0 or +-0.0.
func TestChange(t *testing.T) {
	lt, err := New("lt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		d      float64
		en, lt string
	}{
		{8.75, "+8.8", "+8,8"},
		{-3.45, "-3.5", "-3,5"},
		{-0.04, "+0.0", "+0,0"},
		{-0.05, "-0.1", "-0,1"},
		{0, "+0.0", "+0,0"},
	} {
		if got := English().Change(c.d); got != c.en {
			t.Errorf("Change(%v) = %q, want %q", c.d, got, c.en)
		}
		if got := lt.Change(c.d); got != c.lt {
			t.Errorf("lt: Change(%v) = %q, want %q", c.d, got, c.lt)
		}
	}
}
