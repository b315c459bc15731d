package checklist

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

func loadEffectiveInclusion(t testing.TB) *Framework {
	t.Helper()
	fw, err := LoadBuiltin(DefaultFramework)
	if err != nil {
		t.Fatalf("embedded framework does not load:\n%v", err)
	}
	return fw
}

func TestEveryEmbeddedFrameworkIsValid(t *testing.T) {
	ids := Builtins()
	if !slices.Contains(ids, DefaultFramework) {
		t.Fatalf("Builtins() = %v, want it to contain %q", ids, DefaultFramework)
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			fw, err := LoadBuiltin(id)
			if err != nil {
				t.Fatalf("framework %s is invalid:\n%v", id, err)
			}
			if fw.ID != id {
				t.Errorf("file %s.yaml holds framework id %q; the file name and id must match", id, fw.ID)
			}
		})
	}
}

// seq returns ids prefix+01 ... prefix+n, as the handbook's items are
// numbered.
func seq(prefix string, n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s%02d", prefix, i+1)
	}
	return ids
}

func ids(items []*Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}

// TestEffectiveInclusionMatchesTheHandbook checks the framework's shape
// against the counts of the handbook (see ../shared/sources/NOTES.md).
func TestEffectiveInclusionMatchesTheHandbook(t *testing.T) {
	fw := loadEffectiveInclusion(t)

	type areaShape struct {
		id, section                            string
		items                                  []string
		factors, examples, materials, benefits int
	}
	want := []areaShape{
		{"KA1", "5.1", seq("KA1-", 10), 5, 9, 5, 5},
		{"KA2", "5.2", seq("KA2-", 15), 4, 12, 10, 8},
		{"KA3", "5.3", seq("KA3-", 18), 5, 7, 7, 6},
		{"KA4", "5.4", append(seq("KA4-", 14), "KA4-LA1", "KA4-LA2", "KA4-LA3", "KA4-LA4", "KA4-LA5"), 5, 13, 6, 9},
		{"KA5", "5.5", seq("KA5-", 9), 7, 7, 6, 7},
		{"KA6", "5.6", seq("KA6-", 10), 4, 14, 8, 5},
	}
	if len(fw.KeyAreas) != len(want) {
		t.Fatalf("%d key areas, want %d", len(fw.KeyAreas), len(want))
	}
	var factors, examples, items int
	for i, w := range want {
		a := fw.KeyAreas[i]
		got := areaShape{a.ID, a.Section, ids(a.Items()), len(a.SuccessFactors), len(a.Examples), len(a.Materials), len(a.Benefits)}
		if diff := cmp.Diff(w, got, cmp.AllowUnexported(areaShape{})); diff != "" {
			t.Errorf("key area %d (-want +got):\n%s", i+1, diff)
		}
		factors += len(a.SuccessFactors)
		examples += len(a.Examples)
		items += len(a.Items())
		for _, it := range a.Items() {
			if it.Source != a.Section {
				t.Errorf("item %s cites section %q, want %q", it.ID, it.Source, a.Section)
			}
		}
	}
	if items != 81 || factors != 30 || examples != 62 {
		t.Errorf("%d checklist items, %d success factors, %d examples; the handbook has 81, 30 and 62", items, factors, examples)
	}
	if got := len(fw.KeyArea("KA4").Checklists); got != 2 {
		t.Errorf("KA4 has %d checklists, want 2 (service providers, local authorities)", got)
	}

	if diff := cmp.Diff(seq("OC-", 13), ids(fw.ItemsIn(SectionQuickScan))); diff != "" {
		t.Errorf("quick scan items (-want +got):\n%s", diff)
	}

	type dimShape struct {
		id        string
		questions int
		items     []string
	}
	wantDims := []dimShape{
		{"D1", 3, seq("D1-", 11)},
		{"D2", 4, seq("D2-", 9)},
		{"D3", 1, seq("D3-", 6)},
		{"D4", 2, seq("D4-", 4)},
		{"D5", 2, seq("D5-", 4)},
	}
	var gotDims []dimShape
	for _, d := range fw.Dimensions {
		gotDims = append(gotDims, dimShape{d.ID, len(d.Questions), ids(d.Indicators())})
	}
	if diff := cmp.Diff(wantDims, gotDims, cmp.AllowUnexported(dimShape{})); diff != "" {
		t.Errorf("dimensions (-want +got):\n%s", diff)
	}
	if n := len(fw.ItemsIn(SectionIndicators)); n != 34 {
		t.Errorf("%d indicators, want 34", n)
	}
}

func TestEveryItemIsAQuestionAndAnAction(t *testing.T) {
	fw := loadEffectiveInclusion(t)
	for _, it := range fw.Items() {
		if !strings.HasSuffix(it.Question, "?") {
			t.Errorf("%s: question does not end with a question mark: %q", it.ID, it.Question)
		}
		if strings.HasSuffix(it.Action, "?") {
			t.Errorf("%s: action is a question, want an imperative: %q", it.ID, it.Action)
		}
		if it.Section() == SectionChecklist && it.SuccessFactor() == nil {
			t.Errorf("%s: serves no success factor; the report needs one for its recommendation", it.ID)
		}
	}
}

// The handbook gives no example for eight of its thirty success factors.
func TestSuccessFactorsWithoutExamples(t *testing.T) {
	fw := loadEffectiveInclusion(t)
	var got []string
	for _, a := range fw.KeyAreas {
		for _, f := range a.SuccessFactors {
			if len(f.Examples()) == 0 {
				got = append(got, f.ID+" "+f.Name)
			}
		}
	}
	want := []string{
		"KA1-SF2 Multisource needs assessment",
		"KA2-SF4 Collaborative delivery of services",
		"KA3-SF1 Horizontal and multilevel coordination",
		"KA3-SF2 Diversity in public services",
		"KA4-SF2 Continuity",
		"KA5-SF4 Involvement of already settled immigrants",
		"KA5-SF7 Time and place in line with needs",
		"KA6-SF4 Availability of structural funding",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("success factors without examples (-want +got):\n%s", diff)
	}
}

func TestApplicability(t *testing.T) {
	fw := loadEffectiveInclusion(t)
	public := []string{"local-authority", "national-authority", "public-service"}
	restricted := map[string][]string{
		"KA3-02":  public,
		"KA3-11":  public,
		"KA3-12":  public,
		"KA3-13":  public,
		"KA4-LA1": {"local-authority"},
		"KA4-LA2": {"local-authority"},
		"KA4-LA3": {"local-authority"},
		// KA4-LA4 (civic participation in social orientation) is on the
		// local-authority checklist but applies to everyone: NGOs run
		// orientation courses too (the handbook's own example in 5.6 is
		// one), and those who run none answer "not applicable".
		"KA4-LA5": {"local-authority"},
		"KA6-09":  public,
	}
	var types []string
	for _, ot := range fw.OrganisationTypes {
		types = append(types, ot.ID)
	}
	wantTypes := []string{"local-authority", "national-authority", "public-service", "civil-society", "refugee-led", "faith-based", "education", "business"}
	if diff := cmp.Diff(wantTypes, types); diff != "" {
		t.Fatalf("organisation types (-want +got):\n%s", diff)
	}
	for _, it := range fw.Items() {
		want, ok := restricted[it.ID]
		if !ok {
			want = types
		}
		var got []string
		for _, ty := range types {
			if it.AppliesToType(ty) {
				got = append(got, ty)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s applies to (-want +got):\n%s", it.ID, diff)
		}
		if !it.AppliesToType("") {
			t.Errorf("%s does not apply when no organisation type is given; every item should", it.ID)
		}
	}
}

func TestParseAnswer(t *testing.T) {
	fw := loadEffectiveInclusion(t)
	tests := []struct {
		in   string
		want string
	}{
		{"yes", "yes"},
		{"YES", "yes"},
		{" Partly ", "partly"},
		{"no", "no"},
		{"na", "na"},
		{"N/A", "na"},
		{"maybe", ""},
		{"", ""},
	}
	for _, tt := range tests {
		v, ok := fw.ParseAnswer(tt.in)
		got := ""
		if ok {
			got = v.Value
		}
		if got != tt.want {
			t.Errorf("ParseAnswer(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	var steps []string
	for _, v := range fw.ScoredValues() {
		steps = append(steps, v.Value)
	}
	if diff := cmp.Diff([]string{"no", "partly", "yes"}, steps); diff != "" {
		t.Errorf("ScoredValues (-want +got):\n%s", diff)
	}
}

// readWants collects the "# want: LINE:COL message" comments of a broken
// test file: the exact problems loading it must report.
func readWants(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var wants []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w, ok := strings.CutPrefix(sc.Text(), "# want: "); ok {
			wants = append(wants, path+":"+w)
		}
	}
	if len(wants) == 0 {
		t.Fatalf("%s has no \"# want:\" lines", path)
	}
	return wants
}

// checkWants loads every file the pattern matches and compares the
// problems reported with the file's "# want:" lines, exactly.
func checkWants(t *testing.T, pattern string, load func(path string) error) {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := readWants(t, path)
			var probs Problems
			if err := load(path); !errors.As(err, &probs) {
				t.Fatalf("error = %v, want Problems", err)
			}
			var got []string
			for _, p := range probs {
				got = append(got, fmt.Sprintf("%s:%d:%d %s", p.File, p.Line, p.Column, p.MessageIn(locale.English())))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBrokenFrameworks(t *testing.T) {
	checkWants(t, "../testdata/frameworks/broken-*.yaml", func(path string) error {
		_, err := LoadFile(path)
		return err
	})
}

func TestLoadRejectsWhatIsNotAFramework(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "x.yaml: the file is empty"},
		{"only a comment", "# nothing\n", "x.yaml: the file is empty"},
		{"list", "- a\n- b\n", "x.yaml:1:1: expected a mapping of keys to values at the top of the file, found a list"},
		{"scalar", "hello\n", `x.yaml:1:1: expected a mapping of keys to values at the top of the file, found "hello"`},
		{"binary", "id: \x00\x01\x02", "x.yaml:1:5: this is not a text file (it holds binary data); give a YAML file"},
		{"latin-1", "id: caf\xe9\n", "x.yaml:1:8: the file is not valid UTF-8 text; save it with UTF-8 encoding"},
		{"two documents", "id: a\n---\nid: b\n", `x.yaml:2:1: the file holds more than one YAML document; keep only one (remove the "---" line)`},
		{"alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n", "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("x.yaml", []byte(tt.in))
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			first := strings.SplitN(err.Error(), "\n", 2)[0]
			if !strings.Contains(first, tt.want) {
				t.Errorf("first problem = %q, want it to contain %q", first, tt.want)
			}
		})
	}
}

func TestAliasExpansionIsBounded(t *testing.T) {
	// Each level multiplies by ten: expanding d fully would visit 10,000
	// nodes. The decoder must stop at its alias budget instead.
	in := "id: x\nscale: &a [{value: a}, {value: a}, {value: a}, {value: a}, {value: a}]\n" +
		"organisation_types: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
		"key_areas: [" + strings.Repeat("*b, ", 200) + "*b]\n"
	_, err := Load("bomb.yaml", []byte(in))
	if err == nil || !strings.Contains(err.Error(), "too many YAML aliases") {
		t.Fatalf("Load error = %v, want too many YAML aliases", err)
	}
}

func BenchmarkLoadBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadBuiltin(DefaultFramework); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBuiltinVersionAgreesWithTheParsedFramework(t *testing.T) {
	for _, id := range Builtins() {
		fw, err := LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		if got := BuiltinVersion(id); got != fw.Version || got == "" {
			t.Errorf("BuiltinVersion(%q) = %q, parsed version is %q", id, got, fw.Version)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Welcome Bureau", "Welcome Bureau"},
		{"Gdańsk · Україна", "Gdańsk · Україна"},
		{"line one\nline two\ttabbed", "line one\nline two\ttabbed"},
		{"windows\r\nline", "windows\nline"},
		{"\x1b[31mred\x1b[0m name", "red name"},
		{"\x1b]0;pwned\x07title", "title"},
		{"bell\x07 and null\x00", "bell and null"},
		{"c1\u009b31m control", "c131m control"},
		{"\x1b[2J\x1b[Hcleared", "cleared"},
		// Bidirectional controls, which reorder what a terminal shows:
		// "Bureau <RLO>exe.txt" displays as "Bureau txt.exe".
		{"Bureau \u202eexe.txt", "Bureau exe.txt"},
		{"\u202a\u202b\u202c\u202d a \u2066\u2067\u2068\u2069b", " a b"},
		{"\u200eleft\u200f right\u061c", "left right"},
		// Other invisible formatting: zero width space, word joiner,
		// byte-order mark, soft hyphen, tag characters (hidden text).
		{"Wel\u200bcome\u2060 \ufeffBu\u00adreau", "Welcome Bureau"},
		{"flag\U000e0041\U000e0042", "flag"},
		// Line and paragraph separators become line breaks.
		{"one\u2028two\u2029three", "one\ntwo\nthree"},
		// Kept: the zero width non-joiner inside Persian words, the joiner
		// in an Indic conjunct and in an emoji sequence, the Arabic number
		// sign (drawn, spanning the digits after it).
		{"می\u200cخواهم", "می\u200cخواهم"},
		{"क्\u200dष", "क्\u200dष"},
		{"👩\u200d💻", "👩\u200d💻"},
		{"\u0600١٢", "\u0600١٢"},
		// Removed: joiners that join nothing.
		{"\u200cstart end\u200d a\u200c\u200cb \u200c", "start end ab "},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzLoadFramework feeds arbitrary bytes to the framework loader, as a
// custom framework file could: it must never panic, whatever it accepts
// holds no control or invisible formatting characters in its texts, and
// it exports (as `framework export` does) to a file that loads again and
// exports to the same bytes.
func FuzzLoadFramework(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/frameworks/*.yaml")
	builtins, _ := filepath.Glob("../data/*.yaml")
	paths = append(paths, builtins...)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fw, err := Load("fuzz.yaml", b)
		if err != nil {
			var probs Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		checkTexts(t, reflect.ValueOf(fw))
		var out bytes.Buffer
		if err := WriteFramework(&out, fw); err != nil {
			t.Fatal(err)
		}
		again, err := Load("again.yaml", out.Bytes())
		if err != nil {
			t.Fatalf("an accepted framework does not load again after export:\n%v\n%s", err, out.Bytes())
		}
		var twice bytes.Buffer
		if err := WriteFramework(&twice, again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), twice.Bytes()) {
			t.Fatalf("exporting the re-loaded framework gives different YAML:\n%s\n---\n%s", out.Bytes(), twice.Bytes())
		}
	})
}

// checkTexts fails the test if a text anywhere in v holds a character
// that CleanText would remove.
func checkTexts(t *testing.T, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			checkTexts(t, v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				checkTexts(t, v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			checkTexts(t, v.Index(i))
		}
	case reflect.String:
		if r, _, found := UnsafeRune(v.String()); found {
			t.Fatalf("accepted text %q holds %U", v.String(), r)
		}
	}
}

// TestInvolvementMatchesTheMethodology checks the second framework against
// the methodology's counts (see ../shared/sources/NOTES.md, section 2.4).
func TestInvolvementMatchesTheMethodology(t *testing.T) {
	fw, err := LoadBuiltin("involvement")
	if err != nil {
		t.Fatal(err)
	}
	type area struct {
		id, section string
		checklists  []int
		items       []string
	}
	want := []area{
		{"IN1", "3.3.1", []int{6}, seq("IN1-", 6)}, // main steps
		// Five success criteria; accessibility of process repeats main
		// step IN1-04 word for word, so IN2-04 was merged into it.
		{"IN2", "3.3.2", []int{4}, []string{"IN2-01", "IN2-02", "IN2-03", "IN2-05"}},
		{"IN3", "3.3.3", []int{4}, seq("IN3-", 4)},              // methods
		{"IN4", "3.4.1", []int{3, 4, 1, 2, 3}, seq("IN4-", 13)}, // council: 10 steps in 4 phases, 3 after the elections
		{"IN5", "3.4.2", []int{7}, seq("IN5-", 7)},              // forum steps
		{"IN6", "4", []int{5}, seq("IN6-", 5)},                  // factors
		{"IN7", "4", []int{2, 2, 2, 3, 3, 2}, seq("IN7-", 14)},  // 6 risks, 14 mitigations
		{"IN8", "3.1", []int{3}, seq("IN8-", 3)},                // 3 ways to provide information
		// Self-assessment, research, specialists and training; contacts
		// with communities and NGOs are asked in IN1, IN3 and IN4.
		{"IN9", "3.2", []int{4}, seq("IN9-", 4)},
	}
	var got []area
	for _, a := range fw.KeyAreas {
		var sizes []int
		for _, c := range a.Checklists {
			sizes = append(sizes, len(c.Items))
		}
		got = append(got, area{a.ID, a.Section, sizes, ids(a.Items())})
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(area{})); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
	var materials int
	for _, a := range fw.KeyAreas {
		materials += len(a.Materials)
	}
	if materials != 9 {
		t.Errorf("%d useful materials, want 9", materials)
	}

	// Routing (section 3.2): all diverse groups consulted → the advanced
	// part; only nationals, or no process → the starting part. Factors,
	// risks, information (3.1) and preparation (3.2) are on every path.
	r := fw.Routing
	if r == nil {
		t.Fatal("no routing question")
	}
	routes := map[string][]string{}
	for _, o := range r.Options {
		routes[o.Value] = o.KeyAreas
	}
	wantRoutes := map[string][]string{
		"all-groups":     {"IN4", "IN5", "IN6", "IN7", "IN8", "IN9"},
		"nationals-only": {"IN1", "IN2", "IN3", "IN6", "IN7", "IN8", "IN9"},
		"none":           {"IN1", "IN2", "IN3", "IN6", "IN7", "IN8", "IN9"},
	}
	if diff := cmp.Diff(wantRoutes, routes); diff != "" {
		t.Errorf("routes (-want +got):\n%s", diff)
	}
	for _, it := range fw.Items() {
		if !strings.HasSuffix(it.Question, "?") || it.Action == "" || it.Source != it.Area().Section {
			t.Errorf("%s: question %q, action %q, source %q", it.ID, it.Question, it.Action, it.Source)
		}
	}
}

func TestRouting(t *testing.T) {
	fw, err := LoadBuiltin("involvement")
	if err != nil {
		t.Fatal(err)
	}
	pick := func(string) (*Framework, error) { return fw, nil }
	src := "scorecard: 1\nframework: involvement\npractice: {name: Tartu}\nroute: All-Groups\nchecklist:\n  IN1-01: yes\n  IN4-01: partly\n"
	af, err := LoadAnswers("r.yaml", []byte(src), pick)
	if err != nil {
		t.Fatal(err)
	}
	if af.Route != "all-groups" {
		t.Errorf("route = %q, want all-groups", af.Route)
	}
	if _, ok := af.Answers["IN1-01"]; ok {
		t.Error("IN1-01 is off the advanced route but its answer was kept")
	}
	if len(af.Warnings) != 1 || !strings.Contains(af.Warnings[0].MessageIn(locale.English()), `IN1-01 is not on the route "all-groups"`) {
		t.Errorf("warnings = %v", af.Warnings)
	}
	_, err = LoadAnswers("r.yaml", []byte("scorecard: 1\nframework: involvement\npractice: {name: x}\nroute: maybe\n"), pick)
	if err == nil || !strings.Contains(err.Error(), `r.yaml:4:8: unknown route "maybe" (use all-groups, nationals-only or none)`) {
		t.Errorf("unknown route: err = %v", err)
	}
	_, err = LoadAnswers("r.yaml", []byte("scorecard: 1\nframework: effective-inclusion\npractice: {name: x}\nroute: none\n"), builtinPicker(t))
	if err == nil || !strings.Contains(err.Error(), "framework effective-inclusion has no routing question") {
		t.Errorf("route on a framework without routing: err = %v", err)
	}
}

func TestGlossaryLookup(t *testing.T) {
	t.Parallel()
	fw, err := LoadFile("../testdata/frameworks/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"integracja", "INTEGRACJI", " integracja "} {
		if got := fw.Term(s); got == nil || got.ID != "integracja" {
			t.Errorf("Term(%q) = %v, want integracja", s, got)
		}
	}
	if got := fw.Term("integ"); got != nil {
		t.Errorf("Term(integ) = %v, want none: only whole terms match", got)
	}
	cases := map[string]int{
		"Czy wspierasz integrację?":        0, // another form, not listed
		"Plan integracji miasta.":          1,
		"Reintegracji nie liczymy.":        0, // inside a longer word
		"(integracja) jest procesem":       1,
		"Śródintegracja, integracjaX, ...": 0,
	}
	for text, want := range cases {
		if got := len(fw.TermsIn(text)); got != want {
			t.Errorf("TermsIn(%q) found %d terms, want %d", text, got, want)
		}
	}
}

// Steps are what merge, the perception gap and compare count
// disagreement in: yes and no are two steps apart, and answers that carry
// no score never widen the spread.
func TestStepsOfTheBuiltinScale(t *testing.T) {
	fw, err := LoadBuiltin(DefaultFramework)
	if err != nil {
		t.Fatal(err)
	}
	steps := fw.Steps()
	if got := len(steps); got != 3 {
		t.Errorf("%d scored values, want 3 (no, partly, yes)", got)
	}
	for _, c := range []struct {
		values []string
		spread int
		ok     bool
	}{
		{[]string{"yes", "no"}, 2, true},
		{[]string{"partly", "yes", "partly"}, 1, true},
		{[]string{"no", "na", "unknown"}, 0, true},
		{[]string{"yes"}, 0, true},
		{[]string{"na", "unknown"}, 0, false},
		{nil, 0, false},
	} {
		if got := steps.Spread(c.values...); got != c.spread {
			t.Errorf("Spread(%v) = %d, want %d", c.values, got, c.spread)
		}
		if _, _, ok := steps.Range(c.values...); ok != c.ok {
			t.Errorf("Range(%v) ok = %v, want %v", c.values, ok, c.ok)
		}
	}
	if lo, hi, _ := steps.Range("partly", "yes"); lo != 1 || hi != 2 {
		t.Errorf("Range(partly, yes) = %d, %d; want 1, 2", lo, hi)
	}
}
