package xlsform_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/importer"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/report/xlsform"
	"github.com/inclusion-tools/scorecard/scoring"
	"github.com/xuri/excelize/v2"
)

// rater is one workshop participant's answers, as they would give them on
// a phone.
type rater struct {
	name     string
	refugees bool
	uuid     string
	// perspective is the choice made in the form: a perspective, or
	// form.NotRecorded.
	perspective string
	answers     map[string]string // item id → scale value
	notes       map[string]string // item id → note
}

// workshop makes five raters' answers: every scale value, unanswered
// items, and notes with the characters that break exports (quotes,
// separators, line breaks, letters beyond ASCII).
func workshop(fw *checklist.Framework) []rater {
	names := []string{"Ana", "Boris", "Farid", "Olena", "Şükrü"}
	perspectives := []string{"refugee", "staff", "partner", form.NotRecorded, "community"}
	var out []rater
	for r, name := range names {
		rt := rater{name: name, refugees: r%2 == 0, uuid: fmt.Sprintf("5f0c1a2b-3c4d-4e5f-8a9b-%012d", r+1),
			perspective: perspectives[r], answers: map[string]string{}, notes: map[string]string{}}
		for i, it := range fw.Items() {
			k := (i*3 + r*7 + i/5) % (len(fw.Scale) + 1)
			if k == len(fw.Scale) {
				continue // unanswered
			}
			rt.answers[it.ID] = fw.Scale[k].Value
			if i%11 == r {
				rt.notes[it.ID] = fmt.Sprintf("%s says: \"in place\"; since 2025, partly\nsee the minutes of Łódź", name)
			}
		}
		out = append(out, rt)
	}
	return out
}

// byHand writes a rater's answer file as a person would, in YAML.
func byHand(fw *checklist.Framework, rt rater) string {
	var b strings.Builder
	fmt.Fprintf(&b, "scorecard: 1\nframework: %s\npractice:\n  name: Welcome Bureau\n  organisation_type: local-authority\n  country: BG\n  assessed_on: 2026-11-20\n  assessors: [%s]\n  refugees_involved: %v\n", fw.ID, rt.name, rt.refugees)
	if rt.perspective != form.NotRecorded {
		fmt.Fprintf(&b, "perspective: %s\n", rt.perspective)
	}
	for _, s := range checklist.Sections {
		if len(fw.ItemsIn(s)) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", s)
		for _, it := range fw.ItemsIn(s) {
			v, ok := rt.answers[it.ID]
			if !ok {
				continue
			}
			if note, ok := rt.notes[it.ID]; ok {
				q, _ := json.Marshal(note)
				fmt.Fprintf(&b, "  %s: {answer: %s, note: %s}\n", it.ID, v, q)
			} else {
				fmt.Fprintf(&b, "  %s: %s\n", it.ID, v)
			}
		}
	}
	return b.String()
}

// export is how a tool writes a submission table.
type export struct {
	name      string
	sep       rune
	bom       bool
	header    func(f *form.Form, fd *form.Field) string
	value     func(f *form.Form, fd *form.Field, value string) string
	before    []string // the tool's own columns before the form's
	after     []string // and after
	instance  string   // the header of the submission id
	uuidValue func(string) string
}

func path(sep string) func(*form.Form, *form.Field) string {
	return func(f *form.Form, fd *form.Field) string { return strings.Join(f.Path(fd), sep) }
}

// labelPathIn is KoboToolbox's "labels" header in the form's language
// i: the groups' labels and the field's, joined by "/"; a field without
// a label goes by its name.
func labelPathIn(i int) func(f *form.Form, fd *form.Field) string {
	return func(f *form.Form, fd *form.Field) string {
		if len(fd.Label) == 0 || fd.Label[i] == "" {
			return fd.Name
		}
		parts := []string{fd.Label[i]}
		for g := f.Parent(fd); g != nil; g = f.Parent(g) {
			parts = append([]string{g.Label[i]}, parts...)
		}
		return strings.Join(parts, "/")
	}
}

var labelPath = labelPathIn(0)

func name(_ *form.Form, _ *form.Field, v string) string { return v }

// labelIn is the label in the form's language i of the choice a value
// names, as in KoboToolbox's "labels" exports.
func labelIn(i int) func(f *form.Form, fd *form.Field, v string) string {
	return func(f *form.Form, fd *form.Field, v string) string {
		if fd.Kind != form.SelectOne || v == "" {
			return v
		}
		for _, c := range f.List(fd.List).Choices {
			if c.Name == v {
				return c.Label[i]
			}
		}
		return v
	}
}

var label = labelIn(0)

var exports = []export{
	{name: "kobo-xml-names", sep: ';', bom: true, header: path("/"), value: name,
		before: []string{"start", "end"}, after: []string{"_id", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"},
		instance: "_uuid", uuidValue: func(u string) string { return u }},
	{name: "kobo-labels", sep: ';', bom: true, header: labelPath, value: label,
		before: []string{"start", "end"}, after: []string{"_id", "_submission_time", "_index"},
		instance: "_uuid", uuidValue: func(u string) string { return u }},
	{name: "kobo-labels-comma-no-groups", sep: ',', header: func(_ *form.Form, fd *form.Field) string {
		if len(fd.Label) == 0 || fd.Label[0] == "" {
			return fd.Name
		}
		return fd.Label[0]
	}, value: label, instance: "meta/instanceID", uuidValue: func(u string) string { return "uuid:" + u }},
	{name: "odk-central", sep: ',', header: path("-"), value: name,
		before: []string{"SubmissionDate"}, after: []string{"KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"},
		instance: "meta-instanceID", uuidValue: func(u string) string { return "uuid:" + u }},
}

// table lays out the raters' submissions as an export does: every field
// of the form (groups aside), the tool's own columns around them.
func (e export) table(f *form.Form, raters []rater) [][]string {
	var fields []*form.Field
	f.Walk(func(fd *form.Field) {
		if fd.Kind != form.Group {
			fields = append(fields, fd)
		}
	})
	header := append([]string{}, e.before...)
	for _, fd := range fields {
		header = append(header, e.header(f, fd))
	}
	header = append(append(header, e.instance), e.after...)
	rows := [][]string{header}
	for _, rt := range raters {
		row := make([]string, len(e.before))
		for i := range row {
			row[i] = "2026-11-20T10:0" + fmt.Sprint(i) + ":00.000+02:00"
		}
		for _, fd := range fields {
			v := ""
			switch fd.Role {
			case form.RoleFramework:
				v = f.ID
			case form.RoleName:
				v = "Welcome Bureau"
			case form.RoleOrganisationType:
				v = "local-authority"
			case form.RoleCountry:
				v = "BG"
			case form.RoleAssessedOn:
				v = "2026-11-20"
			case form.RoleAssessors:
				v = rt.name
			case form.RoleRefugeesInvolved:
				v = map[bool]string{true: "yes", false: "no"}[rt.refugees]
			case form.RolePerspective:
				v = rt.perspective
			case form.RoleRoute:
				v = f.Framework.Routing.Options[0].Value
			case form.RoleAnswer:
				v = rt.answers[fd.Item.ID]
			case form.RoleNote:
				v = rt.notes[fd.Item.ID]
			default:
				if fd.Kind == form.Calculate {
					v = "37.5" // the score calculations, which import ignores
				}
			}
			row = append(row, e.value(f, fd, v))
		}
		row = append(row, e.uuidValue(rt.uuid))
		for range e.after {
			row = append(row, "x")
		}
		rows = append(rows, row)
	}
	return rows
}

func (e export) csv(t testing.TB, rows [][]string) []byte {
	var b bytes.Buffer
	if e.bom {
		b.WriteString("\ufeff")
	}
	w := csv.NewWriter(&b)
	w.Comma = e.sep
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func xlsxOf(t testing.TB, rows [][]string) []byte {
	x := excelize.NewFile()
	defer x.Close()
	for r, row := range rows {
		cells := make([]any, len(row))
		for i, c := range row {
			cells[i] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := x.SetSheetRow("Sheet1", cell, &cells); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := x.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// summary is what a person reads of a scoring: every score, verdict and
// count.
func summary(r *scoring.Result) string {
	var b strings.Builder
	groups := append(append([]*scoring.Group{}, r.Checklist.Areas...), r.Quality.Dimensions...)
	if r.QuickScan != nil {
		groups = append(groups, r.QuickScan)
	}
	for _, g := range groups {
		v, ok := g.Score.Value()
		fmt.Fprintf(&b, "%s %v %v %s scored %d na %d unanswered %d gaps %v\n", g.ID, v, ok, g.Verdict, g.Scored, g.NA, g.Unanswered, g.GapIDs())
	}
	cv, _ := r.Checklist.Score.Value()
	qv, _ := r.Quality.Score.Value()
	fmt.Fprintf(&b, "checklist %v quality %v good %v complete %v\n", cv, qv, r.Quality.GoodPractice, r.Complete)
	return b.String()
}

var ignoreOrigin = []cmp.Option{
	cmpopts.IgnoreFields(checklist.Answer{}, "Pos"),
	cmpopts.IgnoreFields(checklist.AnswerFile{}, "Path", "Warnings", "Framework", "Source"),
	cmpopts.EquateEmpty(),
}

// TestRoundTrip exports the form, makes five raters' submissions the way
// KoboToolbox and ODK Central export them, imports them, and checks that
// each answer file is the one the rater would have written by hand, and
// scores the same.
func TestRoundTrip(t *testing.T) {
	for _, ref := range []string{"effective-inclusion", "involvement"} {
		fw := loadFramework(t, ref)
		f := newForm(t, fw)
		raters := workshop(fw)
		pick := func(id string) (*checklist.Framework, error) {
			if id != fw.ID {
				return nil, checklist.UnknownFrameworkError(id)
			}
			return fw, nil
		}
		type file struct {
			name string
			b    []byte
		}
		var files []file
		for _, e := range exports {
			if fw.Routing == nil || e.name == "odk-central" || e.name == "kobo-xml-names" {
				rows := e.table(f, raters)
				files = append(files, file{e.name + ".csv", e.csv(t, rows)})
				if e.name == "kobo-xml-names" {
					files = append(files, file{e.name + ".xlsx", xlsxOf(t, rows)})
				}
			}
		}
		for _, fl := range files {
			t.Run(fw.ID+"/"+fl.name, func(t *testing.T) {
				t.Parallel()
				res, err := importer.Import(fl.name, fl.b, importer.Options{Printer: locale.English(), Pick: pick})
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Problems) > 0 {
					t.Fatalf("problems:\n%v", res.Problems)
				}
				if len(res.Submissions) != len(raters) {
					t.Fatalf("%d submissions imported, want %d", len(res.Submissions), len(raters))
				}
				for i, sub := range res.Submissions {
					rt := raters[i]
					text := byHand(fw, rt)
					if fw.Routing != nil {
						text = strings.Replace(text, "checklist:\n", "route: "+fw.Routing.Options[0].Value+"\nchecklist:\n", 1)
					}
					want, err := checklist.LoadAnswers(rt.name+".yaml", []byte(text), pick)
					if err != nil {
						t.Fatalf("the hand-written file does not load: %v\n%s", err, text)
					}
					// Written and read back, as 'scorecard import' writes it and
					// 'scorecard validate' reads it.
					var buf bytes.Buffer
					if err := checklist.WriteAnswers(&buf, sub.File); err != nil {
						t.Fatal(err)
					}
					got, err := checklist.LoadAnswers("imported.yaml", buf.Bytes(), pick)
					if err != nil {
						t.Fatalf("the imported file does not validate: %v\n%s", err, buf.String())
					}
					if diff := cmp.Diff(want, got, ignoreOrigin...); diff != "" {
						t.Errorf("%s: imported file differs from the hand-written one (-hand +imported):\n%s", rt.name, diff)
					}
					if got.Source == nil || got.Source.Submission != rt.uuid {
						t.Errorf("%s: submission id %+v, want %s", rt.name, got.Source, rt.uuid)
					}
					ws, gs := summary(scoring.Evaluate(want, scoring.Options{})), summary(scoring.Evaluate(got, scoring.Options{}))
					if diff := cmp.Diff(ws, gs); diff != "" {
						t.Errorf("%s: scores differ (-hand +imported):\n%s", rt.name, diff)
					}
				}
			})
		}
	}
}

// TestWorksheetRoundTrip writes the spreadsheet worksheet, fills it in by
// program as a person would (choosing labels from the drop-downs), reads
// it back and checks that the answers are those given.
func TestWorksheetRoundTrip(t *testing.T) {
	fw := loadFramework(t, "effective-inclusion")
	lt := lithuanian(t, fw)
	cases := []struct {
		name  string
		scope checklist.Scope
		lang  string // the worksheet's language
	}{
		{"whole framework", checklist.Scope{OrganisationType: "civil-society"}, "en"},
		{"two key areas", checklist.Scope{OrganisationType: "local-authority", Areas: []string{"KA1", "KA4"}, Sections: []checklist.Section{checklist.SectionChecklist}}, "en"},
		{"in Lithuanian", checklist.Scope{OrganisationType: "civil-society"}, "lt"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			// As template writes it: in the language the framework is
			// shown in.
			f, err := form.New(fw, form.Prefer(form.Languages(fw, locale.English(), lt), tc.lang))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := xlsform.WriteWorksheet(&buf, f, xlsform.WorksheetOptions{Scope: tc.scope, Today: "2026-11-20"}); err != nil {
				t.Fatal(err)
			}
			x, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			sheet := x.GetSheetList()[0]
			rows, _ := x.GetRows(sheet)
			want := &checklist.AnswerFile{Framework: fw, Answers: map[string]checklist.Answer{}, Notes: map[string]string{},
				Practice: checklist.Practice{Name: "Punkt Informacyjny Gdańsk", OrganisationType: tc.scope.OrganisationType, AssessedOn: "2026-11-20",
					Assessors: []string{"Ana", "Boris"}, Country: "PL"}}
			if tc.scope.Sections != nil {
				want.Sections = tc.scope.Sections
				want.Scope = &checklist.Scope{Sections: tc.scope.Sections, Areas: tc.scope.Areas}
			} else {
				want.Sections = checklist.Sections
			}
			yes := true
			want.Practice.RefugeesInvolved = &yes
			want.Perspective = checklist.PerspectiveStaff
			set := func(col, row int, v string) {
				c, _ := excelize.CoordinatesToCellName(col, row)
				if err := x.SetCellStr(sheet, c, v); err != nil {
					t.Fatal(err)
				}
			}
			// Choices as the drop-downs offer them: their labels.
			profile := map[string]string{"practice_name": "Punkt Informacyjny Gdańsk", "country": "PL", "assessors": "Ana, Boris", "refugees_involved": f.List(form.ListYesNo).Choices[0].Label[0],
				"perspective": f.List(form.ListPerspectives).Choices[1].Label[0]}
			seen := 0
			for r, row := range rows {
				if len(row) == 0 || row[0] == "" {
					continue
				}
				key := row[0]
				if v, ok := profile[key]; ok {
					set(form.ColAnswer, r+1, v)
					continue
				}
				if k, ok := strings.CutPrefix(key, form.NotesKeyPrefix); ok {
					if k == "KA4" {
						set(form.ColAnswer, r+1, "Two meetings with the refugee council.")
						want.Notes["KA4"] = "Two meetings with the refugee council."
					}
					continue
				}
				fd := f.Field(key)
				if fd == nil || fd.Item == nil {
					continue
				}
				seen++
				if seen%9 == 0 {
					continue // left unanswered
				}
				v := fw.Scale[seen%len(fw.Scale)]
				set(form.ColAnswer, r+1, f.List(form.ListScale).Choices[seen%len(fw.Scale)].Label[0])
				a := checklist.Answer{Value: v.Value}
				if seen%5 == 0 {
					set(form.ColNote, r+1, "Note "+key)
					set(form.ColEvidence, r+1, "https://example.org/"+key)
					a.Note, a.Evidence = "Note "+key, "https://example.org/"+key
				}
				want.Answers[fd.Item.ID] = a
			}
			if seen == 0 {
				t.Fatal("the worksheet has no item rows")
			}
			var filled bytes.Buffer
			if _, err := x.WriteTo(&filled); err != nil {
				t.Fatal(err)
			}
			if got := f.List(form.ListScale).Choices[0].Label[0]; (got == fw.Scale[0].Label) != (tc.lang == "en") {
				t.Fatalf("the worksheet's answers are labelled %q in language %s", got, tc.lang)
			}
			res, err := importer.Import("filled.xlsx", filled.Bytes(), importer.Options{Printer: locale.English(), Framework: fw,
				Translations: func(*checklist.Framework) ([]form.Language, error) { return []form.Language{lt}, nil }})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Problems) > 0 || len(res.Submissions) != 1 {
				t.Fatalf("problems %v, %d submissions", res.Problems, len(res.Submissions))
			}
			if diff := cmp.Diff(want, res.Submissions[0].File, ignoreOrigin...); diff != "" {
				t.Errorf("imported answers differ from those filled in (-filled +imported):\n%s", diff)
			}
		})
	}
}

// BenchmarkImport imports 500 submissions of the whole framework, as a
// KoboToolbox CSV and as an XLSX export.
func BenchmarkImport(b *testing.B) {
	fw := loadFramework(b, "effective-inclusion")
	f := newForm(b, fw)
	var raters []rater
	for len(raters) < 500 {
		raters = append(raters, workshop(fw)...)
	}
	rows := exports[0].table(f, raters)
	files := map[string][]byte{"csv": exports[0].csv(b, rows), "xlsx": xlsxOf(b, rows)}
	opts := importer.Options{Printer: locale.English(), Framework: fw}
	for _, kind := range []string{"csv", "xlsx"} {
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(len(files[kind])))
			for b.Loop() {
				res, err := importer.Import("x."+kind, files[kind], opts)
				if err != nil || len(res.Submissions) != len(raters) {
					b.Fatalf("%v %v", err, res.Problems)
				}
			}
		})
	}
}

// lithuanian is the built-in Lithuanian translation of a framework as a
// language of its form, as 'framework export' adds it.
func lithuanian(t testing.TB, fw *checklist.Framework) form.Language {
	t.Helper()
	tr, err := checklist.BuiltinTranslation(fw, "lt")
	if err != nil || tr == nil {
		t.Fatalf("no built-in Lithuanian translation of %s: %v", fw.ID, err)
	}
	l, err := form.Translated(fw, tr)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestRoundTripInLithuanian fills the form in English and in Lithuanian
// (KoboToolbox's "labels" exports, whose headers and answers are the
// labels of the language chosen) and checks that each rater's answer
// file is byte for byte the same whichever language they answered in:
// answer files are language-neutral.
func TestRoundTripInLithuanian(t *testing.T) {
	for _, ref := range []string{"effective-inclusion", "involvement"} {
		fw := loadFramework(t, ref)
		lt := lithuanian(t, fw)
		f, err := form.New(fw, form.Languages(fw, locale.English(), lt))
		if err != nil {
			t.Fatal(err)
		}
		raters := workshop(fw)
		opts := importer.Options{Printer: locale.English(), Framework: fw,
			Translations: func(*checklist.Framework) ([]form.Language, error) { return []form.Language{lt}, nil }}
		files := map[string][]byte{}
		for lang, i := range map[string]int{"en": 0, "lt": 1} {
			e := export{name: "kobo-labels-" + lang, sep: ';', bom: true, header: labelPathIn(i), value: labelIn(i),
				before: []string{"start", "end"}, after: []string{"_id", "_index"},
				instance: "_uuid", uuidValue: func(u string) string { return u }}
			rows := e.table(f, raters)
			files[lang+".csv"] = e.csv(t, rows)
			files[lang+".xlsx"] = xlsxOf(t, rows)
		}
		enCSV, ltCSV := string(files["en.csv"]), string(files["lt.csv"])
		question := fw.Items()[0].Question
		if !strings.Contains(enCSV, question) || strings.Contains(ltCSV, question) || !strings.Contains(ltCSV, f.Field(form.FieldName(fw.Items()[0].ID)).Label[1]) {
			t.Fatalf("%s: the Lithuanian export should have the Lithuanian question of %s, and not the English one", fw.ID, fw.Items()[0].ID)
		}
		written := map[string][]string{}
		for _, name := range []string{"en.csv", "lt.csv", "lt.xlsx"} {
			res, err := importer.Import(name, files[name], opts)
			if err != nil {
				t.Fatalf("%s %s: %v", fw.ID, name, err)
			}
			if len(res.Problems) > 0 || len(res.Submissions) != len(raters) {
				t.Fatalf("%s %s: %d submissions, problems:\n%v", fw.ID, name, len(res.Submissions), res.Problems)
			}
			for _, sub := range res.Submissions {
				var buf bytes.Buffer
				if err := checklist.WriteAnswers(&buf, sub.File); err != nil {
					t.Fatal(err)
				}
				written[name] = append(written[name], buf.String())
			}
		}
		for i, rt := range raters {
			en := written["en.csv"][i]
			if !strings.Contains(en, rt.name) {
				t.Errorf("%s: row %d is not %s's:\n%s", fw.ID, i+2, rt.name, en)
			}
			for _, name := range []string{"lt.csv", "lt.xlsx"} {
				if diff := cmp.Diff(en, written[name][i]); diff != "" {
					t.Errorf("%s %s: %s's answer file differs from the one made in English (-en +lt):\n%s", fw.ID, name, rt.name, diff)
				}
			}
		}
	}
}
