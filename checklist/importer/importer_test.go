package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/xuri/excelize/v2"
)

func builtins(t testing.TB) (*checklist.Framework, Options) {
	t.Helper()
	fws := map[string]*checklist.Framework{}
	for _, id := range checklist.Builtins() {
		fw, err := checklist.LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		fws[id] = fw
	}
	opts := Options{Printer: locale.English(), Pick: func(id string) (*checklist.Framework, error) {
		if fw, ok := fws[id]; ok {
			return fw, nil
		}
		return nil, checklist.UnknownFrameworkError(id)
	}}
	return fws[checklist.DefaultFramework], opts
}

// kobo is a small KoboToolbox export (XML names, groups joined by "/",
// semicolons, a byte-order mark) with the rows given.
func kobo(rows ...string) []byte {
	return []byte("\ufeffstart;practice/practice_name;practice/organisation_type;practice/assessors;KA1/KA1-01;KA1/KA1-01_note;KA1/KA1-02;scorecard_framework;_uuid\n" + strings.Join(rows, "\n") + "\n")
}

// problems turns an import's outcome into lines: the file's error, or
// each row's problem, then the files made.
func problems(res *Result, err error) []string {
	var out []string
	var probs checklist.Problems
	if errors.As(err, &probs) {
		for _, p := range probs {
			out = append(out, p.String())
		}
	} else if err != nil {
		out = append(out, "error: "+err.Error())
	}
	if res != nil {
		for _, p := range res.Problems {
			out = append(out, p.String())
		}
		for _, s := range res.Submissions {
			out = append(out, "imported row "+itoa(s.Row)+": "+s.File.Practice.Name+" "+strings.Join(s.File.Practice.Assessors, ",")+" "+itoa(len(s.File.Answers))+" answers")
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestBrokenImports(t *testing.T) {
	t.Parallel()
	fw, opts := builtins(t)
	fixed := opts
	fixed.Framework = fw
	xlsxWithFormula := func() []byte {
		x := excelize.NewFile()
		defer x.Close()
		for i, v := range []string{"practice/practice_name", "KA1/KA1-01", "_uuid"} {
			c, _ := excelize.CoordinatesToCellName(i+1, 1)
			x.SetCellStr("Sheet1", c, v)
		}
		x.SetCellStr("Sheet1", "A2", "Welcome Bureau")
		x.SetCellStr("Sheet1", "B2", "yes")
		x.SetCellStr("Sheet1", "A3", "Welcome Bureau")
		x.SetCellFormula("Sheet1", "B3", `IF(1=1,"yes","no")`)
		var b bytes.Buffer
		x.WriteTo(&b)
		return b.Bytes()
	}
	// A row's cells up to column XFD (16,384), 300 rows: 4.9 million
	// cells, as the spreadsheet library would make them, from 30 KB. It
	// used to take gigabytes and never stop.
	var wide strings.Builder
	wide.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>practice_name</t></is></c><c r="B1" t="inlineStr"><is><t>KA1-01</t></is></c></row>`)
	for r := 2; r <= 301; r++ {
		fmt.Fprintf(&wide, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r)
	}
	cases := []struct {
		name string
		file []byte
		opts Options
		want []string
	}{{
		name: "a workbook of millions of cells",
		file: workbook(t, wide.String()),
		want: []string{"x.csv: the workbook is too large for an export: its sheets hold more than 4000000 cells, counted to the last filled cell of each row; export fewer submissions at a time"},
	}, {
		// The spreadsheet library used to drop the rest of the row
		// without a word: the note, the second answer, the submission id.
		name: "a workbook whose XML is damaged",
		file: workbook(t, `<row r="1"><c r="A1" t="inlineStr"><is><t>practice_name</t></is></c><c r="B1" t="inlineStr"><is><t>KA1-01</t></is></c></row>`+
			"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Bureau \x1b[31m</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>yes</t></is></c></row>"),
		want: []string{"x.csv: the workbook is damaged: its sheet sheet1.xml is not well-formed XML (XML syntax error on line 2: illegal character code U+001B); export it again"},
	}, {
		name: "an unknown answer label",
		file: kobo(
			"t;Welcome Bureau;local-authority;Ana;yes;;no;effective-inclusion;u1",
			"t;Welcome Bureau;local-authority;Boris;Maybe;;no;effective-inclusion;u2",
			"t;Welcome Bureau;Town hall;Farid;yes;;no;effective-inclusion;u3"),
		want: []string{
			`x.csv:3:5: unknown answer "Maybe" to KA1-01 (use "Yes", "Partly", "No", "Not applicable" or "Don't know")`,
			`x.csv:4:3: unknown answer "Town hall" to "Type of organisation" (use "Local authority", "National authority", "Public service", "Civil-society organisation", "Refugee-led organisation", "Faith-based organisation", "Educational institution" or "Business")`,
			"imported row 2: Welcome Bureau Ana 2 answers",
		},
	}, {
		name: "a missing required column",
		file: []byte("practice/organisation_type;KA1/KA1-01\nlocal-authority;yes\n"),
		want: []string{`x.csv:1:1: no column holds the practice's name (practice_name): is this an export of scorecard's form for framework effective-inclusion? Export all questions, with XML names or labels as headers`},
	}, {
		name: "no answer columns",
		file: []byte("practice/practice_name;colour\nWelcome Bureau;blue\n"),
		want: []string{`x.csv:1:1: no column holds an answer to a question of framework effective-inclusion: is this an export of scorecard's form?`},
	}, {
		name: "a row for another framework's form",
		file: kobo(
			"t;Welcome Bureau;;Ana;yes;;no;effective-inclusion;u1",
			"t;Tartu;;Mari;yes;;no;involvement;u2"),
		opts: fixed,
		want: []string{
			`x.csv:3:8: this submission was made with the form of framework "involvement", not "effective-inclusion"; import it on its own with --framework involvement`,
			"imported row 2: Welcome Bureau Ana 2 answers",
		},
	}, {
		name: "a file of another framework's form, with --framework",
		file: kobo("t;Tartu;;Mari;yes;;no;involvement;u2"),
		opts: fixed,
		want: []string{`x.csv:2:8: these answers were collected with the form of framework "involvement", not "effective-inclusion"; import them with --framework involvement`},
	}, {
		name: "an empty file",
		file: nil,
		want: []string{"x.csv:1:1: the file is empty; export the submissions again from KoboToolbox or ODK Central"},
	}, {
		name: "only a byte-order mark and a line break",
		file: []byte("\ufeff\r\n"),
		want: []string{"x.csv:1:1: the file is empty; export the submissions again from KoboToolbox or ODK Central"},
	}, {
		name: "a header and no rows",
		file: kobo(),
		want: []string{"x.csv:2:1: there are no submissions under the header row"},
	}, {
		name: "a 50 MB file",
		file: bytes.Repeat([]byte("a;b;c\n"), 50<<20/6),
		want: []string{"x.csv: the file is larger than 32 MiB; export fewer submissions at a time (filter them by date in KoboToolbox or ODK Central)"},
	}, {
		name: "too many submissions",
		file: append([]byte("practice_name;KA1-01\n"), bytes.Repeat([]byte("A;yes\n"), 10001)...),
		want: []string{"x.csv:10002:1: more than 10,000 submissions in one file; export fewer at a time (filter them by date in KoboToolbox or ODK Central)"},
	}, {
		name: "formulas in cells of a CSV file",
		file: kobo(
			`t;Welcome Bureau;;Ana;"=HYPERLINK(""http://x"";""yes"")";;no;effective-inclusion;u1`,
			"t;=1+1;;Boris;yes;;no;effective-inclusion;u2",
			"t;Welcome Bureau;;Farid;yes;;no;effective-inclusion;u3"),
		want: []string{
			`x.csv:2:5: the cell holds a formula (=HYPERLINK("http://x";"yes")); scorecard imports values only, so type the answer itself`,
			`x.csv:3:2: the cell holds a formula (=1+1); scorecard imports values only, so type the answer itself`,
			"imported row 4: Welcome Bureau Farid 2 answers",
		},
	}, {
		// The formula is quoted on one line, without its escape
		// sequences and bidirectional controls, which used to reach the
		// terminal.
		name: "a formula on several lines, with control characters",
		file: kobo("t;\"=A1\x1b[31m\n# h\u202e\a " + strings.Repeat("x", 80) + "\";;Ana;yes;;no;effective-inclusion;u1"),
		want: []string{
			"x.csv:2:2: the cell holds a formula (=A1 # h " + strings.Repeat("x", 51) + "…); scorecard imports values only, so type the answer itself",
		},
	}, {
		name: "formulas in cells of a workbook",
		file: xlsxWithFormula(),
		want: []string{
			`x.csv:3:2: the cell holds a formula (=IF(1=1,"yes","no")); scorecard imports values only, so type the answer itself`,
			"imported row 2: Welcome Bureau  1 answers",
		},
	}, {
		name: "an empty practice name and a bad date",
		file: []byte("practice/practice_name,practice/assessed_on,KA1/KA1-01\n ,2026-11-20,yes\nWelcome Bureau,20/11/2026,yes\n"),
		want: []string{
			"x.csv:2:1: the practice has no name; fill in the name of the practice or service assessed",
			`x.csv:3:2: "20/11/2026" is not a date; write it as YYYY-MM-DD, such as 2026-11-20`,
		},
	}, {
		name: "text that is not UTF-8",
		file: []byte("practice/practice_name;KA1/KA1-01\nGda\xf1sk;yes\n"),
		want: []string{`x.csv:2:4: the file is not UTF-8 text; export it again, or save it as "CSV UTF-8"`},
	}, {
		name: "malformed CSV",
		file: []byte("practice/practice_name;KA1/KA1-01\n\"Welcome \"Bureau;yes\n"),
		want: []string{`x.csv:2:10: malformed CSV (extraneous or missing " in quoted-field); export the submissions again`},
	}, {
		name: "binary data",
		file: []byte("\x00\x01\x02\xff\xfe"),
		want: []string{"x.csv:1:4: this is not a CSV or XLSX export (it holds binary data)"},
	}, {
		name: "an old Excel workbook",
		file: []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 rest"),
		want: []string{"x.csv: this is an old Excel 97-2003 workbook (.xls); save it as .xlsx, or export as CSV"},
	}, {
		name: "a broken workbook",
		file: []byte("PK\x03\x04 not really a zip"),
		want: []string{"x.csv: cannot read this XLSX workbook (zip: not a valid zip file); export it again"},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			o := opts
			if tc.opts.Framework != nil {
				o = tc.opts
			}
			got := problems(Import("x.csv", tc.file, o))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// workbook is an XLSX workbook whose first sheet holds the rows given as
// sheet XML.
func workbook(t *testing.T, rows string) []byte {
	t.Helper()
	x := excelize.NewFile()
	var b bytes.Buffer
	if _, err := x.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	x.Close()
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+
				`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+rows+`</sheetData></worksheet>`)
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(w, r)
		r.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestCleanedCellsAreWarnedAbout: control characters and bidirectional
// controls are removed from what is imported, with a warning at their
// cell, as when an answer file is loaded (they used to go silently).
func TestCleanedCellsAreWarnedAbout(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	res, err := Import("x.csv", kobo("t;Bureau \u202eexe;;Ana\u2066;yes;\x1b[31mred;no;effective-inclusion;u1"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Submissions) != 1 {
		t.Fatalf("got %v", problems(res, err))
	}
	sub := res.Submissions[0]
	var got []string
	for _, w := range sub.Warnings {
		got = append(got, w.String())
	}
	const removed = "warning: control characters or invisible formatting characters (such as the bidirectional controls that reverse text) removed from the cell"
	want := []string{"x.csv:2:2: " + removed, "x.csv:2:4: " + removed, "x.csv:2:6: " + removed}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	af := sub.File
	if af.Practice.Name != "Bureau exe" || af.Practice.Assessors[0] != "Ana" || af.Answers["KA1-01"].Note != "red" {
		t.Errorf("not cleaned: %q %q %q", af.Practice.Name, af.Practice.Assessors, af.Answers["KA1-01"].Note)
	}
}

// TestReadFileRefusesWhatIsNotARegularFile: a named pipe used to block
// import for ever, deaf to Ctrl-C; a device was read to the size limit.
func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.csv")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	for path, want := range map[string]string{
		fifo: "is a pipe (FIFO), not a regular file; give the exported CSV or XLSX files",
		dir:  "is a folder, not a file; give the exported CSV or XLSX files",
	} {
		_, err := ReadFile(path, locale.English())
		if err == nil || err.Error() != path+": "+want {
			t.Errorf("got %v, want %s: %s", err, path, want)
		}
	}
}

// TestReadFileRefusesLargeFilesBeforeReading checks the size before
// reading: a 50 MB file is refused at once.
func TestReadFileRefusesLargeFilesBeforeReading(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "big.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadFile(path, locale.English())
	want := path + ": the file is larger than 32 MiB; export fewer submissions at a time (filter them by date in KoboToolbox or ODK Central)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestHeaders checks the ways a column can be named: group prefixes
// joined by "/" or "-", none, unknown outer groups, and labels; and that
// a prefix is never split on "-".
func TestHeaders(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	cases := []struct{ header, want string }{
		{"KA1/KA1-01", "KA1-01"},
		{"KA1-KA1-01", "KA1-01"},
		{"KA1-01", "KA1-01"},
		{"ka1-01", "KA1-01"},
		{"KA4-KA4-LA1", "KA4-LA1"},
		{"KA4-LA1", "KA4-LA1"},
		{"KA1/KA1-01_note", "KA1-01_note"},
		{"KA1-KA1-01_note", "KA1-01_note"},
		{"welcome/KA1/KA1-01", "KA1-01"},
		{"outer-KA1-KA1-10", "KA1-10"},
		{"KA1 Have clarity about the support refugees need/Your note on KA1-01", "KA1-01_note"},
		{"Your note on KA1-01", "KA1-01_note"},
		{"  your   NOTE on ka1-01 ", "KA1-01_note"},
		{"practice-practice_name", "practice_name"},
		{"The practice you assess/Name of the practice or service", "practice_name"},
		{"KA1-01x", ""},
		{"KA1", ""},
	}
	fw, _ := builtins(t)
	f, err := buildForm(fw, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		header := []string{tc.header, "KA2-01"}
		if tc.want != "practice_name" {
			header = append(header, "practice_name")
		}
		h, probs := mapHeaders("x.csv", f, header, opts)
		if len(probs) > 0 {
			t.Errorf("%q: %v", tc.header, probs)
			continue
		}
		got := ""
		for fd, c := range h.fields {
			if c.index == 0 {
				got = fd.Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: read as %q, want %q", tc.header, got, tc.want)
		}
	}
}

func TestDuplicateColumns(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	got := problems(Import("x.csv", []byte("practice_name;KA1/KA1-01;KA1-KA1-01\nA;yes;no\n"), opts))
	want := []string{`x.csv:1:3: column "KA1-KA1-01" holds KA1-01, as column 2 already does; keep only one`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestValuesInAnyForm accepts values, aliases and labels in any case, and
// dates from a workbook as day numbers.
func TestValuesInAnyForm(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	res, err := Import("x.csv", []byte("practice_name,organisation_type,refugees_involved,assessed_on,assessors,KA1-01,KA1-02,KA1-03,KA1-04,KA1-05,meta-instanceID\n"+
		"Welcome Bureau,Local Authority,TRUE,2026-11-20T09:30:00.000+01:00,\"Ana; Boris , Farid\",N/A,not applicable,PARTLY, Yes ,no,uuid:abc\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Fatal(res.Problems)
	}
	af := res.Submissions[0].File
	got := []string{af.Practice.OrganisationType, af.Practice.AssessedOn, strings.Join(af.Practice.Assessors, "|"), af.Source.Submission}
	for _, id := range []string{"KA1-01", "KA1-02", "KA1-03", "KA1-04", "KA1-05"} {
		got = append(got, af.Answers[id].Value)
	}
	want := []string{"local-authority", "2026-11-20", "Ana|Boris|Farid", "abc", "na", "na", "partly", "yes", "no"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if af.Practice.RefugeesInvolved == nil || !*af.Practice.RefugeesInvolved {
		t.Errorf("refugees_involved = %v, want true", af.Practice.RefugeesInvolved)
	}
	if d, ok := date("46346", true); !ok || d != "2026-11-20" {
		t.Errorf("day number 46346 = %q, want 2026-11-20", d)
	}
}

// TestNotApplicableAnswersAreLeftOut: an answer to an item that does not
// apply to the organisation type is left out with a warning, as
// 'scorecard validate' would ignore it.
func TestNotApplicableAnswersAreLeftOut(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	res, err := Import("x.csv", []byte("practice_name;organisation_type;KA4/KA4-LA1;KA4/KA4-LA1_note;KA1/KA1-01\nA;civil-society;yes;a note;no\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	sub := res.Submissions[0]
	var warnings []string
	for _, w := range sub.Warnings {
		warnings = append(warnings, w.String())
	}
	want := []string{
		"x.csv:2:3: warning: KA4-LA1 does not apply to this organisation type or route, so its answer is left out",
		"x.csv:2:4: warning: KA4-LA1 does not apply to this organisation type or route, so the note on it is left out",
	}
	if diff := cmp.Diff(want, warnings); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, ok := sub.File.Answers["KA4-LA1"]; ok || len(sub.File.Answers) != 1 {
		t.Errorf("answers %v, want only KA1-01", sub.File.Answers)
	}
}

// FuzzImport feeds arbitrary bytes to the importer: it must never panic,
// every problem must have a file name, and every answer file it makes
// must load again.
func FuzzImport(f *testing.F) {
	f.Add(kobo("t;Welcome Bureau;local-authority;Ana;yes;note;no;effective-inclusion;u1"))
	f.Add([]byte("SubmissionDate,practice-practice_name,KA1-KA1-01,meta-instanceID\n2026,A,partly,uuid:1\n"))
	f.Add([]byte("practice_name\tKA1-01\nA\tn/a\n"))
	f.Add([]byte("\"a\"\"b\";c\n\"x\ny\";=1\n"))
	f.Add([]byte("\ufeff;;;\n;;;\n"))
	fw, opts := builtins(f)
	x := excelize.NewFile()
	x.SetCellStr("Sheet1", "A1", "practice_name")
	x.SetCellStr("Sheet1", "B1", "KA1-01")
	x.SetCellStr("Sheet1", "A2", "A")
	x.SetCellStr("Sheet1", "B2", "yes")
	var b bytes.Buffer
	x.WriteTo(&b)
	x.Close()
	f.Add(b.Bytes())
	f.Add(worksheetSeed())
	f.Add(kobo("t;\"Bureau \u202e\x1b[31m\";;Ana\u2066;yes;\"=A1\n\x07\";no;effective-inclusion;u\u200b1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := Import("fuzz.csv", b, opts)
		if err != nil {
			var probs checklist.Problems
			if !errors.As(err, &probs) || len(probs) == 0 {
				t.Fatalf("error is not a list of problems: %v", err)
			}
			return
		}
		for _, p := range res.Problems {
			if p.File != "fuzz.csv" || p.Line < 1 {
				t.Fatalf("a row's problem without its place: %+v", p)
			}
		}
		for _, s := range res.Submissions {
			var buf bytes.Buffer
			if err := checklist.WriteAnswers(&buf, s.File); err != nil {
				t.Fatal(err)
			}
			if _, err := checklist.LoadAnswers("w.yaml", buf.Bytes(), func(string) (*checklist.Framework, error) { return s.File.Framework, nil }); err != nil {
				t.Fatalf("imported file does not load: %v\n%s", err, buf.String())
			}
			// Every text imported is clean (see checklist.CleanText).
			af := s.File
			texts := []string{af.Practice.Name, af.Practice.Organisation, af.Practice.Country}
			texts = append(texts, af.Practice.Assessors...)
			for _, n := range af.Notes {
				texts = append(texts, n)
			}
			for _, a := range af.Answers {
				texts = append(texts, a.Note, a.Evidence)
			}
			if af.Source != nil {
				texts = append(texts, af.Source.Submission)
			}
			for _, text := range texts {
				if r, _, found := checklist.UnsafeRune(text); found {
					t.Fatalf("imported text %q holds %U", text, r)
				}
			}
		}
		_ = fw
	})
}

// worksheetSeed is a small filled worksheet, laid out as 'scorecard
// template --format xlsx' lays it out.
func worksheetSeed() []byte {
	x := excelize.NewFile()
	defer x.Close()
	x.SetSheetName("Sheet1", "Answers")
	x.NewSheet("scorecard")
	for i, kv := range [][2]string{{"format", "scorecard-worksheet 1"}, {"framework", "effective-inclusion"}, {"version", "1.0.0"}, {"sheet", "Answers"}, {"sections", "checklist"}} {
		x.SetCellStr("scorecard", "A"+strconv.Itoa(i+1), kv[0])
		x.SetCellStr("scorecard", "B"+strconv.Itoa(i+1), kv[1])
	}
	for i, row := range [][]string{{"practice_name", "", "", "Welcome Bureau"}, {"KA1-01", "KA1-01", "Q", "Partly", "a note", "minutes.pdf"}, {"notes:KA1", "", "", "area note"}} {
		for j, v := range row {
			c, _ := excelize.CoordinatesToCellName(j+1, i+4)
			x.SetCellStr("Answers", c, v)
		}
	}
	var b bytes.Buffer
	x.WriteTo(&b)
	return b.Bytes()
}

func TestWorksheetSeedImports(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	got := problems(Import("w.xlsx", worksheetSeed(), opts))
	if diff := cmp.Diff([]string{"imported row 0: Welcome Bureau  1 answers"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestPerspectives reads the rater's point of view as the form's value,
// the choice's label, or the perspective's short name, in any case; "not
// recorded" leaves the answer file without one, and anything else is
// reported with its row and column.
func TestPerspectives(t *testing.T) {
	t.Parallel()
	_, opts := builtins(t)
	res, err := Import("x.csv", []byte("practice_name;assessors;practice/perspective;KA1-01\n"+
		"A;Ana;refugee;yes\n"+
		"A;Boris;Staff: someone who works for the organisation that runs the practice;yes\n"+
		"A;Farid; PARTNER ;yes\n"+
		"A;Olena;not_recorded;yes\n"+
		"A;Mari;Not recorded;yes\n"+
		"A;Şükrü;;yes\n"+
		"A;Jonas;donor;yes\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Submissions {
		got = append(got, s.File.Practice.Assessors[0]+"="+string(s.File.Perspective))
	}
	for _, p := range res.Problems {
		got = append(got, p.String())
	}
	want := []string{"Ana=refugee", "Boris=staff", "Farid=partner", "Olena=", "Mari=", "Şükrü=",
		`x.csv:8:3: unknown answer "donor" to "From which point of view do you answer?" (use "Refugee", "Staff", "Partner", "Volunteer", "Community", "Other" or "Not recorded")`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := checklist.WriteAnswers(&buf, res.Submissions[0].File); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\nperspective: refugee\n") {
		t.Errorf("the answer file does not record the perspective:\n%s", buf.String())
	}
}
