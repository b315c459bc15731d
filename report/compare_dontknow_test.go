package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Two rounds of the Kaunas assessment: in the second, KA1-03 is found
// out ("yes"). Worked out by hand:
//
//	round 1: 6 items "don't know" (KA1-03, KA1-08, KA6-09, KA6-10, OC-02,
//	D4-02); KA1 = 5 / 7 = 71.4
//	round 2: 5 left; KA1 = (5 + 1) / 8 = 75.0, a change of +3.6
func TestCompareShowsDontKnow(t *testing.T) {
	t.Parallel()
	first := load(t, "dont-know.yaml")
	second := load(t, "dont-know.yaml")
	second.Practice.AssessedOn = "2027-04-01"
	second.Answers["KA1-03"] = checklist.Answer{Value: "yes"}

	c, err := Compare([]*checklist.AnswerFile{first, second}, []string{"a.yaml", "b.yaml"}, scoringOptions())
	if err != nil {
		t.Fatal(err)
	}
	var ka1, unknown *CompareRow
	for i := range c.Rows {
		switch c.Rows[i].ID {
		case "KA1":
			ka1 = &c.Rows[i]
		case "unknown":
			unknown = &c.Rows[i]
		}
	}
	if ka1 == nil || unknown == nil {
		t.Fatalf("rows %v", c.Rows)
	}
	if got := []string{c.Cell(*ka1, 0), c.Cell(*ka1, 1)}; !cmp.Equal(got, []string{"71.4", "75.0 (+3.6)"}) {
		t.Errorf("KA1 = %v", got)
	}
	if got := []string{unknown.RowLabel(), c.Cell(*unknown, 0), c.Cell(*unknown, 1)}; !cmp.Equal(got, []string{"Answered “Don't know”", "6", "5"}) {
		t.Errorf("unknown row = %v", got)
	}
	var csv bytes.Buffer
	if err := c.WriteCSV(&csv, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), "\nunknown,Answered “Don't know”,6,5,\n") {
		t.Errorf("CSV:\n%s", csv.String())
	}
	// For people, the row speaks the printer's language, set after
	// Compare as 'scorecard compare' sets it; the CSV above stays English.
	p, err := locale.New(locale.Pseudo)
	if err != nil {
		t.Fatal(err)
	}
	c.Printer = p
	if got, want := c.Label(*unknown), p.Sprintf("Answered “%s”", "Don't know"); got != want || got == unknown.RowLabel() {
		t.Errorf("label of the unknown row = %q, want %q", got, want)
	}

	// Without any "don't know", no such row.
	c, err = Compare([]*checklist.AnswerFile{load(t, "complete-local-authority.yaml")}, []string{"a.yaml"}, scoringOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rows {
		if r.ID == "unknown" {
			t.Errorf("a row for don't know with none: %v", r)
		}
	}
}

// compare --items shows the answer's label and names the questions to
// find out; "don't know" against "yes" differs, but is no step apart.
func TestCompareItemsShowsDontKnow(t *testing.T) {
	t.Parallel()
	first := load(t, "dont-know.yaml")
	second := load(t, "dont-know.yaml")
	second.Practice.AssessedOn = "2027-04-01"
	second.Answers["KA1-03"] = checklist.Answer{Value: "yes"}
	c, err := CompareItems([]*checklist.AnswerFile{first, second}, []string{"a.yaml", "b.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rows {
		if r.Item.ID != "KA1-03" {
			continue
		}
		if got := []string{c.Cell(r, 0), c.Cell(r, 1), string(r.Agreement)}; !cmp.Equal(got, []string{"Don't know", "Yes", "differ"}) || r.Spread != 0 {
			t.Errorf("KA1-03 = %v, spread %d", got, r.Spread)
		}
	}
	summary := strings.Join(c.Summary(), "\n")
	if want := "Answered “Don't know” at least once, to find out: 6 questions (KA1-03, KA1-08, KA6-09, KA6-10, OC-02 and D4-02)."; !strings.Contains(summary, want) {
		t.Errorf("summary:\n%s\nwant %q", summary, want)
	}
}
