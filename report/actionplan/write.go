package actionplan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/inclusion-tools/scorecard/report/internal/mdtext"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/plan"
	"github.com/inclusion-tools/scorecard/report/sheet"
	"github.com/inclusion-tools/scorecard/scoring"
)

// Table is the plan as a printable table, for a report: one row per
// action with its number, questions, action, owner, due date and status,
// and, when a round was given, where it stands. Cells are plain text.
func (v *View) Table() (header []string, rows [][]string) {
	p := v.p
	header = []string{"#", p.Sprintf("Questions"), p.Sprintf("Action"), p.Sprintf("Owner"), p.Sprintf("Due"), p.Sprintf("Status")}
	if v.Round != nil {
		header = append(header, p.Sprintf("Progress"))
	}
	for i, c := range v.Checks {
		a := c.Action
		due := ""
		if a.Due != "" {
			due = p.Date(a.Due)
		}
		row := []string{number(i), strings.Join(a.ItemIDs(), ", "), a.Action, a.Owner, due, v.StatusLabel(a.Status)}
		if v.Round != nil {
			row = append(row, strings.Join(v.Progress(c), "; "))
		}
		rows = append(rows, row)
	}
	return header, rows
}

// WriteMarkdown writes the plan as a Markdown task list (done and
// dropped actions ticked, dropped ones struck through), then the scores
// now and projected.
func (v *View) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n%s\n\n", mdtext.Text(v.Title()), mdtext.Para(v.Source()))
	fmt.Fprintf(&b, "%s\n\n", mdtext.Para(v.Summary()))
	fmt.Fprintf(&b, "## %s\n\n", mdtext.Text(v.p.Sprintf("Actions")))
	for _, c := range v.Checks {
		a := c.Action
		box := "[ ]"
		if !a.Status.Open() {
			box = "[x]"
		}
		text := "**" + mdtext.Text(strings.Join(a.ItemIDs(), ", ")) + "** " + mdtext.Text(a.Action)
		if a.Status == plan.Dropped {
			text = "~~" + text + "~~"
		}
		details := mdtext.Para(v.Details(c))
		for _, m := range v.Marks(c) {
			if m.Flag {
				details += " · **" + mdtext.Text(m.Text) + "**"
			} else {
				details += " · " + mdtext.Text(m.Text)
			}
		}
		fmt.Fprintf(&b, "- %s %s\\\n  %s", box, text, details)
		if a.Note != "" {
			fmt.Fprintf(&b, "\\\n  %s", mdtext.Para(v.p.Sprintf("Note: %s", a.Note)))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\n## %s\n\n", mdtext.Text(v.ProjectionHeading()))
	fmt.Fprintf(&b, "| | %s | %s |\n|---|---:|---:|\n", mdtext.Text(v.p.Sprintf("Now")), mdtext.Text(v.p.Sprintf("Projected")))
	for _, r := range v.Scores {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", mdtext.Text(r.RowLabel()), v.p.Number(r.Now.String()), mdtext.Text(v.ProjectedCell(r)))
	}
	fmt.Fprintf(&b, "| %s | %s | %s |\n\n", mdtext.Text(v.p.Sprintf("Good practice")), mdtext.Text(v.yesNo(v.Now.Quality.GoodPractice)), mdtext.Text(v.yesNo(v.Projected.Quality.GoodPractice)))
	fmt.Fprintf(&b, "%s\n", mdtext.Para(v.ProjectionNote()))
	_, err := w.Write(b.Bytes())
	return err
}

// ProjectedCell is a projected score with its change: "71.3 (+8.8)".
func (v *View) ProjectedCell(r ScoreRow) string {
	s := v.p.Number(r.Projected.String())
	if d, ok := r.Delta(); ok {
		s += " (" + v.p.Change(d) + ")"
	}
	return s
}

// YesNo says yes or no, for the good-practice verdict.
func (v *View) yesNo(b bool) string {
	if b {
		return v.p.Sprintf("yes")
	}
	return v.p.Sprintf("no")
}

// GoodPractice is the good-practice verdict now and projected, in words.
func (v *View) GoodPractice() (now, projected string) {
	return v.yesNo(v.Now.Quality.GoodPractice), v.yesNo(v.Projected.Quality.GoodPractice)
}

// WriteCSV writes one row per action, for other trackers: its number,
// items, action, owner, due date, status, target and note, the answers
// in the assessment and the round (as "ID=value", separated by spaces),
// and whether its target is reached, it regressed, it is overdue.
func (v *View) WriteCSV(w io.Writer) error {
	t := sheet.Table{Header: []string{"number", "items", "action", "owner", "due", "status", "target", "note", "assessment", "round", "reached", "regressed", "overdue"}}
	for i, c := range v.Checks {
		a := c.Action
		target := ""
		if a.Target != nil {
			target = a.Target.Value
		}
		var before, after []string
		for _, ic := range c.Items {
			before = append(before, ic.Item.ID+"="+value(ic.Before))
			if c.Round {
				after = append(after, ic.Item.ID+"="+value(ic.After))
			}
		}
		t.Rows = append(t.Rows, []any{number(i), strings.Join(a.ItemIDs(), " "), a.Action, a.Owner, a.Due, string(a.Status), target, a.Note,
			strings.Join(before, " "), strings.Join(after, " "), c.Reached, c.Regressed, c.Overdue})
	}
	// Actions, owners and notes are people's text: sheet defuses those
	// that a spreadsheet would run as a formula.
	return t.WriteCSV(w, false)
}

// value is an answer as written in answer files, or "" when none.
func value(sv *checklist.ScaleValue) string {
	if sv == nil {
		return ""
	}
	return sv.Value
}

// WriteJSON writes the plan and where it stands as one JSON object.
func (v *View) WriteJSON(w io.Writer) error {
	type answer struct {
		Item       string  `json:"item"`
		Assessment *string `json:"assessment"`
		Round      *string `json:"round,omitempty"`
		Reached    bool    `json:"reached"`
		Regressed  bool    `json:"regressed"`
	}
	type action struct {
		Number       int      `json:"number"`
		Items        []string `json:"items"`
		Action       string   `json:"action"`
		Owner        string   `json:"owner"`
		Due          *string  `json:"due"`
		Status       string   `json:"status"`
		Target       string   `json:"target"`
		Note         string   `json:"note"`
		Answers      []answer `json:"answers"`
		Reached      bool     `json:"reached"`
		Regressed    bool     `json:"regressed"`
		Overdue      bool     `json:"overdue"`
		DoneNotShown bool     `json:"done_not_shown"`
	}
	type score struct {
		ID        string        `json:"id"`
		Title     string        `json:"title"`
		Now       scoring.Score `json:"now"`
		Projected scoring.Score `json:"projected"`
	}
	type file struct {
		File       string `json:"file"`
		AssessedOn string `json:"assessed_on"`
	}
	out := struct {
		Framework    string          `json:"framework"`
		Practice     string          `json:"practice"`
		Assessment   file            `json:"assessment"`
		Round        *file           `json:"round"`
		Today        string          `json:"today"`
		Actions      []action        `json:"actions"`
		Scores       []score         `json:"scores"`
		GoodPractice map[string]bool `json:"good_practice"`
	}{
		Framework:    v.Plan.Framework.ID,
		Practice:     v.Plan.Practice,
		Assessment:   file{v.AssessmentName, v.Assessment.Practice.AssessedOn},
		Today:        v.Today,
		Actions:      []action{},
		GoodPractice: map[string]bool{"now": v.Now.Quality.GoodPractice, "projected": v.Projected.Quality.GoodPractice},
	}
	if v.Round != nil {
		out.Round = &file{v.RoundName, v.Round.Practice.AssessedOn}
	}
	opt := func(sv *checklist.ScaleValue) *string {
		if sv == nil {
			return nil
		}
		return &sv.Value
	}
	for i, c := range v.Checks {
		a := c.Action
		ja := action{Number: i + 1, Items: a.ItemIDs(), Action: a.Action, Owner: a.Owner, Status: string(a.Status), Note: a.Note,
			Answers: []answer{}, Reached: c.Reached, Regressed: c.Regressed, Overdue: c.Overdue, DoneNotShown: c.DoneNotShown}
		if a.Due != "" {
			ja.Due = &a.Due
		}
		if a.Target != nil {
			ja.Target = a.Target.Value
		}
		for _, ic := range c.Items {
			an := answer{Item: ic.Item.ID, Assessment: opt(ic.Before), Reached: ic.Reached, Regressed: ic.Regressed}
			if c.Round {
				an.Round = opt(ic.After)
			}
			ja.Answers = append(ja.Answers, an)
		}
		out.Actions = append(out.Actions, ja)
	}
	for _, r := range v.Scores {
		out.Scores = append(out.Scores, score{r.ID, r.Title, r.Now, r.Projected})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
