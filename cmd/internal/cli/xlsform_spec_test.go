package cli

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"
)

// The XLSForm that 'framework export --format xlsform' writes follows the
// rules of the XLSForm specification (https://xlsform.org/en/), checked
// here one by one, as a form converter (pyxform, behind KoboToolbox and
// ODK Central) checks them, on the forms of both built-in frameworks (in
// English and Lithuanian) and of testdata/frameworks/mini.yaml (in Polish,
// and with an English translation). The golden description in
// report/xlsform says what the form holds; this test says that it is a
// valid form.
func TestExportedXLSFormFollowsTheSpec(t *testing.T) {
	t.Parallel()
	mini := "../../../testdata/frameworks/mini.yaml"
	for _, tc := range []struct {
		name  string
		args  []string
		ref   string
		langs []string // the language codes the form must have, the default first
	}{
		{"effective-inclusion", nil, "effective-inclusion", []string{"en", "lt"}},
		{"involvement", []string{"--framework", "involvement"}, "involvement", []string{"en", "lt"}},
		{"mini", []string{"--framework", mini}, mini, []string{"pl"}},
		{"mini with a translation", []string{"--framework", mini, "--translation", "../../../testdata/translations/mini.en.yaml"}, mini, []string{"en", "pl"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f, _ := testFactory(t, "", nil)
			path := filepath.Join(t.TempDir(), "form.xlsx")
			args := append([]string{"framework", "export", "--format", "xlsform", "-o", path}, tc.args...)
			if _, stderr, code := run(t, f, args...); code != 0 {
				t.Fatalf("export exited %d: %s", code, stderr)
			}
			fw, err := f.UntranslatedFramework(tc.ref)
			if err != nil {
				t.Fatal(err)
			}
			for _, problem := range xlsformProblems(t, path, fw, tc.langs) {
				t.Error(problem)
			}
		})
	}
}

// The XLSForm's vocabulary: the question types, the columns of the survey
// and choices sheets (the translatable ones as "column::Language (code)"),
// the appearances, and the XPath functions an expression may call.
var (
	xlsformTypes        = []string{"text", "integer", "decimal", "note", "date", "calculate", "begin_group", "end_group", "begin group", "end group"}
	xlsformColumns      = []string{"type", "name", "label", "hint", "required", "relevant", "appearance", "calculation", "default", "constraint", "constraint_message", "read_only", "choice_filter", "parameters"}
	xlsformTranslatable = []string{"label", "hint", "constraint_message", "required_message", "guidance_hint"}
	xlsformAppearances  = map[string][]string{"begin_group": {"field-list"}, "text": {"multiline"}, "select_one": {"", "minimal", "horizontal", "horizontal-compact", "likert", "quick"}}
	xpathFunctions      = []string{"if", "round", "today", "now", "selected", "count-selected", "not", "true", "false", "coalesce", "concat", "string-length", "number", "int", "string", "boolean", "sum", "jr:choice-name"}
	// A name is an XML name without a colon (pyxform's rule).
	xmlName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)
	// "English (en)": a name, then a BCP 47 code in brackets.
	languageColumn = regexp.MustCompile(`^(\S.*) \(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)$`)
	// A token of an XPath expression as XLSForm writes it.
	xpathToken = regexp.MustCompile(`^(?:\s+|\$\{([^}]*)\}|'[^']*'|"[^"]*"|[0-9]+(?:\.[0-9]+)?|!=|<=|>=|[=<>+*(),-]|[A-Za-z][A-Za-z0-9:-]*)`)
)

// xlsformProblems checks an XLSForm workbook against the specification's
// rules and says what breaks them.
func xlsformProblems(t *testing.T, path string, fw *checklist.Framework, wantLangs []string) []string {
	t.Helper()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	sheet := func(name string) (header []string, rows []map[string]string) {
		all, err := x.GetRows(name)
		if err != nil || len(all) == 0 {
			fail("no %s sheet (%v)", name, err)
			return nil, nil
		}
		header = all[0]
		for _, r := range all[1:] {
			row := map[string]string{}
			for i, c := range r {
				if i < len(header) {
					row[header[i]] = c
				}
			}
			if strings.Join(r, "") != "" {
				rows = append(rows, row)
			}
		}
		return header, rows
	}
	if got := x.GetSheetList(); !slices.Equal(got, []string{"survey", "choices", "settings"}) {
		fail("sheets %q, want survey, choices and settings", got)
	}
	surveyHeader, survey := sheet("survey")
	choicesHeader, choices := sheet("choices")
	settingsHeader, settings := sheet("settings")

	// Columns: known ones, the translatable ones once per language, and
	// the same languages for labels, hints and the choices' labels.
	languages := func(sheetName string, header []string, allowed []string) map[string][]string {
		byColumn := map[string][]string{}
		for _, h := range header {
			col, lang, translated := strings.Cut(h, "::")
			switch {
			case h != strings.TrimSpace(h) || h == "":
				fail("%s: column %q", sheetName, h)
			case translated:
				if !slices.Contains(xlsformTranslatable, col) {
					fail("%s: column %q: %s is not translatable", sheetName, h, col)
				}
				m := languageColumn.FindStringSubmatch(lang)
				if m == nil {
					fail("%s: column %q is not column::Language (code)", sheetName, h)
					continue
				}
				if _, err := language.Parse(m[2]); err != nil {
					fail("%s: column %q: %q is not a language code (%v)", sheetName, h, m[2], err)
				}
				byColumn[col] = append(byColumn[col], lang)
			case slices.Contains(xlsformTranslatable, col):
				fail("%s: column %q without a language in a form with several", sheetName, h)
			case !slices.Contains(allowed, col):
				fail("%s: unknown column %q", sheetName, h)
			}
		}
		return byColumn
	}
	surveyLangs := languages("survey", surveyHeader, xlsformColumns)
	choiceLangs := languages("choices", choicesHeader, []string{"list_name", "name"})
	langs := surveyLangs["label"]
	var codes []string
	for _, l := range langs {
		codes = append(codes, languageColumn.FindStringSubmatch(l)[2])
	}
	if !slices.Equal(codes, wantLangs) {
		fail("languages %q, want %q", langs, wantLangs)
	}
	for _, other := range [][]string{surveyLangs["hint"], choiceLangs["label"]} {
		if !slices.Equal(other, langs) {
			fail("the hints and choices are in %q, the labels in %q", other, langs)
		}
	}
	label := func(row map[string]string, lang string) string { return row["label::"+lang] }

	// Choices: lists of named, labelled choices.
	lists := map[string][]string{}
	for i, c := range choices {
		where := fmt.Sprintf("choices row %d", i+2)
		if !xmlName.MatchString(c["list_name"]) {
			fail("%s: list_name %q", where, c["list_name"])
		}
		if c["name"] == "" || strings.ContainsAny(c["name"], " \t") {
			fail("%s: choice name %q", where, c["name"])
		}
		if slices.Contains(lists[c["list_name"]], c["name"]) {
			fail("%s: %s is twice in list %s", where, c["name"], c["list_name"])
		}
		lists[c["list_name"]] = append(lists[c["list_name"]], c["name"])
		for _, l := range langs {
			if strings.TrimSpace(label(c, l)) == "" {
				fail("%s: no label in %s", where, l)
			}
		}
	}

	// Survey: types, unique names, labels in every language, groups
	// that open and close, appearances, required.
	names := map[string]int{} // name → row
	var open []string         // the groups open at a row
	groups := map[string]bool{}
	for i, r := range survey {
		where := fmt.Sprintf("survey row %d (%s %s)", i+2, r["type"], r["name"])
		typ, list, isSelect := strings.Cut(r["type"], " ")
		switch {
		case isSelect && (typ == "select_one" || typ == "select_multiple"):
			if lists[list] == nil {
				fail("%s: no list %q in choices", where, list)
			}
		case !slices.Contains(xlsformTypes, r["type"]):
			fail("%s: unknown type", where)
		}
		typ = strings.ReplaceAll(typ, " ", "_")
		if typ == "end_group" {
			if len(open) == 0 {
				fail("%s: no group to end", where)
			} else if last := open[len(open)-1]; r["name"] != "" && r["name"] != last {
				fail("%s: ends group %s", where, last)
			}
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			continue
		}
		if !xmlName.MatchString(r["name"]) {
			fail("%s: name %q is not an XML name", where, r["name"])
		}
		if prev, ok := names[r["name"]]; ok {
			fail("%s: name %s is also on row %d", where, r["name"], prev)
		}
		names[r["name"]] = i + 2
		if typ == "begin_group" {
			open = append(open, r["name"])
			groups[r["name"]] = true
			if len(open) > 1 {
				fail("%s: a group inside group %s, which a field-list page cannot show", where, open[0])
			}
		}
		if typ != "calculate" {
			for _, l := range langs {
				if strings.TrimSpace(label(r, l)) == "" {
					fail("%s: no label in %s", where, l)
				}
			}
		} else if r["calculation"] == "" {
			fail("%s: a calculate without a calculation", where)
		}
		if allowed, ok := xlsformAppearances[typ]; ok && r["appearance"] != "" && !slices.Contains(allowed, r["appearance"]) || !ok && r["appearance"] != "" {
			fail("%s: appearance %q", where, r["appearance"])
		}
		if typ == "begin_group" && r["appearance"] != "field-list" {
			fail("%s: a page without the field-list appearance", where)
		}
		if !slices.Contains([]string{"", "yes", "true()"}, r["required"]) {
			fail("%s: required %q", where, r["required"])
		}
	}
	if len(open) > 0 {
		fail("groups %q are never ended", open)
	}

	// Expressions: XPath as XLSForm writes it, referring to fields that
	// exist (never a calculation to itself), and labels that show fields.
	for i, r := range survey {
		where := fmt.Sprintf("survey row %d (%s)", i+2, r["name"])
		for _, col := range []string{"relevant", "calculation", "constraint", "default"} {
			expr := r[col]
			if expr == "" || col == "default" && !strings.Contains(expr, "(") {
				continue
			}
			refs, err := xpathRefs(expr)
			if err != nil {
				fail("%s: %s %q: %v", where, col, expr, err)
			}
			for _, ref := range refs {
				if _, ok := names[ref]; !ok {
					fail("%s: %s refers to ${%s}, which is no field", where, col, ref)
				}
				if ref == r["name"] && col == "calculation" {
					fail("%s: the calculation refers to itself", where)
				}
			}
		}
		for _, l := range langs {
			for _, m := range regexp.MustCompile(`\$\{([^}]*)\}`).FindAllStringSubmatch(label(r, l), -1) {
				if _, ok := names[m[1]]; !ok {
					fail("%s: the label in %s shows ${%s}, which is no field", where, l, m[1])
				}
			}
		}
	}

	// Settings: the form's id and version are the framework's, its
	// default language one of its languages.
	if len(settings) != 1 {
		fail("settings: %d rows, want 1", len(settings))
	} else {
		s := settings[0]
		for _, col := range []string{"form_title", "form_id", "version", "default_language"} {
			if !slices.Contains(settingsHeader, col) || s[col] == "" {
				fail("settings: no %s", col)
			}
		}
		if s["form_id"] != fw.ID || s["version"] != fw.Version {
			fail("settings: form_id %q, version %q; want the framework's, %q and %q", s["form_id"], s["version"], fw.ID, fw.Version)
		}
		if !xmlName.MatchString(s["form_id"]) {
			fail("settings: form_id %q is not an XML name", s["form_id"])
		}
		if len(langs) > 0 && s["default_language"] != langs[0] {
			fail("settings: default_language %q, want the first language, %q", s["default_language"], langs[0])
		}
		if st := s["style"]; st != "" && st != "pages" && st != "theme-grid" {
			fail("settings: style %q", st)
		}
	}

	// The framework in the form: item ids are field names, each a choice
	// on the scale with a note; one page per key area, the quick scan and
	// each dimension, with its score; the practice's name required; the
	// items that apply to some organisations only, and the areas off a
	// route, hidden by a relevant expression.
	var scale []string
	for _, v := range fw.Scale {
		scale = append(scale, v.Value)
	}
	byName := map[string]map[string]string{}
	for _, r := range survey {
		if !strings.HasPrefix(strings.ReplaceAll(r["type"], " ", "_"), "end_group") {
			byName[r["name"]] = r
		}
	}
	for _, it := range fw.Items() {
		r := byName[it.ID]
		if r == nil {
			fail("item %s is no field", it.ID)
			continue
		}
		_, list, _ := strings.Cut(r["type"], " ")
		if !strings.HasPrefix(r["type"], "select_one ") || !slices.Equal(lists[list], scale) {
			fail("item %s: type %q, want a select_one of the scale %q", it.ID, r["type"], scale)
		}
		if n := byName[it.ID+"_note"]; n == nil || n["type"] != "text" {
			fail("item %s has no note field", it.ID)
		}
		if _, restricted := it.Restricted(); restricted && !strings.Contains(r["relevant"], "${organisation_type}") {
			fail("item %s applies to some organisations only, but its relevant is %q", it.ID, r["relevant"])
		}
	}
	var pages []string
	for _, a := range fw.KeyAreas {
		pages = append(pages, a.ID)
		onEveryRoute := fw.Routing == nil || !slices.ContainsFunc(fw.Routing.Options, func(o *checklist.RouteOption) bool { return !o.HasArea(a.ID) })
		if !onEveryRoute && !strings.Contains(byName[a.ID]["relevant"], "${route}") {
			fail("key area %s is on some routes only, but its relevant is %q", a.ID, byName[a.ID]["relevant"])
		}
	}
	if fw.QuickScan != nil {
		pages = append(pages, "quick_scan")
	}
	for _, d := range fw.Dimensions {
		pages = append(pages, d.ID)
	}
	for _, id := range pages {
		if !groups[id] {
			fail("no page for %s", id)
		}
		if byName[id+"_score"]["type"] != "calculate" {
			fail("no score calculated for %s", id)
		}
	}
	if byName["practice_name"]["required"] != "yes" {
		fail("the practice's name is not required")
	}
	for _, p := range []string{"organisation_type", "perspective", "refugees_involved"} {
		if !strings.HasPrefix(byName[p]["type"], "select_one ") {
			fail("%s: type %q, want a select_one", p, byName[p]["type"])
		}
	}
	if byName["assessed_on"]["type"] != "date" {
		fail("assessed_on: type %q, want date", byName["assessed_on"]["type"])
	}
	return problems
}

// xpathRefs reads an XPath expression as XLSForm writes it and returns
// the fields it refers to (${name}); an error for a token that is no
// part of XPath, an unknown function, a function not called, or
// parentheses that do not match.
func xpathRefs(expr string) ([]string, error) {
	var refs []string
	depth := 0
	for rest := expr; rest != ""; {
		m := xpathToken.FindStringSubmatchIndex(rest)
		if m == nil {
			return nil, fmt.Errorf("cannot read %q", rest)
		}
		tok := rest[:m[1]]
		after := strings.TrimLeft(rest[m[1]:], " ")
		switch {
		case m[2] >= 0:
			refs = append(refs, rest[m[2]:m[3]])
		case tok == "(":
			depth++
		case tok == ")":
			if depth--; depth < 0 {
				return nil, fmt.Errorf("a ) without its (")
			}
		case tok == "and" || tok == "or" || tok == "div" || tok == "mod":
		case tok[0] >= 'A' && tok[0] <= 'z':
			if !slices.Contains(xpathFunctions, tok) {
				return nil, fmt.Errorf("unknown function or word %q", tok)
			}
			if !strings.HasPrefix(after, "(") {
				return nil, fmt.Errorf("function %s is not called", tok)
			}
		}
		rest = rest[m[1]:]
	}
	if depth != 0 {
		return nil, fmt.Errorf("%d ( without their )", depth)
	}
	return refs, nil
}

// The expression reader itself, on expressions that break the rules.
func TestXPathRefs(t *testing.T) {
	t.Parallel()
	for expr, want := range map[string]string{
		"${a} = 'x' or ${b} != 'y'":                        "[a b]",
		"if(${n} > 0, round(100 * ${s} div ${n}, 1), '–')": "[n s n]",
		"today()":                           "[]",
		"${a} = 'x' || ${b}":                "error",
		"if(${a} > 0, 1":                    "error",
		"${a} = yes":                        "error",
		"round":                             "error",
		"${a})":                             "error",
		"selected(${a}, 'x') and not(${b})": "[a b]",
	} {
		refs, err := xpathRefs(expr)
		got := fmt.Sprint(refs)
		if err != nil {
			got = "error"
		}
		if got != want {
			t.Errorf("%s: %s (%v), want %s", expr, got, err, want)
		}
	}
}

// The rules catch a broken form: each change below, made to a good
// export, is reported.
func TestXLSFormRulesCatchBrokenForms(t *testing.T) {
	t.Parallel()
	f, _ := testFactory(t, "", nil)
	good := filepath.Join(t.TempDir(), "form.xlsx")
	if _, stderr, code := run(t, f, "framework", "export", "--format", "xlsform", "-o", good); code != 0 {
		t.Fatalf("export exited %d: %s", code, stderr)
	}
	fw, err := f.UntranslatedFramework("")
	if err != nil {
		t.Fatal(err)
	}
	// The survey's cell in the row whose name is name, and column col.
	cellOf := func(x *excelize.File, name, col string) string {
		rows, _ := x.GetRows("survey")
		c := slices.IndexFunc(rows[0], func(h string) bool {
			// "label::(lt)": the Lithuanian label, whatever its name.
			prefix, code, ok := strings.Cut(col, "(")
			return h == col || ok && strings.HasPrefix(h, prefix) && strings.HasSuffix(h, "("+code)
		})
		for i, r := range rows {
			if len(r) > 1 && r[1] == name {
				cell, _ := excelize.CoordinatesToCellName(c+1, i+1)
				return cell
			}
		}
		t.Fatalf("no row %s", name)
		return ""
	}
	for _, tc := range []struct {
		name   string
		change func(x *excelize.File)
		want   string
	}{
		{"a label missing in Lithuanian", func(x *excelize.File) { x.SetCellStr("survey", cellOf(x, "KA1-02", "label::(lt)"), "") }, "survey row 17 (select_one scale KA1-02): no label in "},
		{"a name with a space", func(x *excelize.File) { x.SetCellStr("survey", cellOf(x, "KA1-02", "name"), "KA1 02") }, `name "KA1 02" is not an XML name`},
		{"a duplicate name", func(x *excelize.File) { x.SetCellStr("survey", cellOf(x, "KA1-02", "name"), "KA1-01") }, "name KA1-01 is also on row 15"},
		{"an unknown list", func(x *excelize.File) { x.SetCellStr("survey", cellOf(x, "KA1-02", "type"), "select_one scales") }, `no list "scales" in choices`},
		{"a reference to no field", func(x *excelize.File) { x.SetCellStr("survey", cellOf(x, "KA1_n", "calculation"), "${KA1-99} + 1") }, "refers to ${KA1-99}, which is no field"},
		{"an unbalanced expression", func(x *excelize.File) {
			x.SetCellStr("survey", cellOf(x, "KA1_score", "calculation"), "round(${KA1_sum}")
		}, "( without their )"},
		{"a page that is not a field-list", func(x *excelize.File) { x.SetCellStr("survey", cellOf(x, "KA2", "appearance"), "") }, "a page without the field-list appearance"},
		{"a column without a language", func(x *excelize.File) { x.SetCellStr("survey", "C1", "label") }, `column "label" without a language`},
		{"a language without a code", func(x *excelize.File) { x.SetCellStr("survey", "D1", "label::Lietuvių") }, `column "label::Lietuvių" is not column::Language (code)`},
		{"another form id", func(x *excelize.File) { x.SetCellStr("settings", "B2", "effective-inclusion-2") }, `form_id "effective-inclusion-2"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			x, err := excelize.OpenFile(good)
			if err != nil {
				t.Fatal(err)
			}
			tc.change(x)
			path := filepath.Join(t.TempDir(), "broken.xlsx")
			if err := x.SaveAs(path); err != nil {
				t.Fatal(err)
			}
			x.Close()
			got := xlsformProblems(t, path, fw, []string{"en", "lt"})
			if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, tc.want) }) {
				t.Errorf("not reported: %s\ngot:\n%s", tc.want, strings.Join(got, "\n"))
			}
		})
	}
}
