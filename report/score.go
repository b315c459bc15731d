package report

import (
	"bytes"
	"encoding/json"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/scoring"
)

// ScoreRecord is one scored file in `scorecard score --format json`
// (SPEC §5.1). Its field names are a public interface.
type ScoreRecord struct {
	File      string          `json:"file"`
	Framework string          `json:"framework"`
	Practice  PracticeRecord  `json:"practice"`
	Route     *RouteRecord    `json:"route,omitempty"`
	Checklist ChecklistRecord `json:"checklist"`
	QuickScan *GroupRecord    `json:"quick_scan"`
	Quality   QualityRecord   `json:"quality"`
	Complete  bool            `json:"complete"`
	Gates     GatesRecord     `json:"gates"`
	// Perspectives is set for a merged file whose raters gave their
	// perspectives ('scorecard merge'), and left out otherwise.
	Perspectives *PerspectivesRecord `json:"perspectives,omitempty"`
}

// PerspectivesRecord gives each perspective's scores beside the
// consensus's (the record's own), and the perception gap.
type PerspectivesRecord struct {
	MinGroup int `json:"min_group"`
	// Groups are the perspectives shown on their own, refugees first.
	Groups []PerspectiveRecord `json:"groups"`
	// TooSmall are the perspectives with fewer than min_group raters.
	TooSmall           []string `json:"too_small"`
	WithoutPerspective int      `json:"without_perspective"`
	// Gaps are the items on which two perspectives answer two steps or
	// more apart, refugees' view first.
	Gaps []GapRecord `json:"gaps"`
}

// PerspectiveRecord is one perspective's scores: the totals
// ("checklist", "quick_scan", "quality") and each key area and dimension
// scored by the consensus or by any perspective, by id.
type PerspectiveRecord struct {
	Perspective string          `json:"perspective"`
	Raters      int             `json:"raters"`
	Scores      []ScoreOfRecord `json:"scores"`
}

// ScoreOfRecord is one score of a perspective.
type ScoreOfRecord struct {
	ID    string        `json:"id"`
	Score scoring.Score `json:"score"`
}

// GapRecord is one item of the perception gap: the perspectives'
// answers, as written in answer files, refugees' first.
type GapRecord struct {
	Item     string              `json:"item"`
	Steps    int                 `json:"steps"`
	Refugees bool                `json:"refugees"`
	Answers  []PerspectiveAnswer `json:"answers"`
}

// PerspectiveAnswer is a perspective's answer to an item of the gap.
type PerspectiveAnswer struct {
	Perspective string `json:"perspective"`
	Answer      string `json:"answer"`
}

// newPerspectivesRecord records a merged file's perspectives. Scores do
// not depend on thresholds, so the framework's serve.
func newPerspectivesRecord(af *checklist.AnswerFile, r *scoring.Result) *PerspectivesRecord {
	if af.Perspectives == nil {
		return nil // most files: nothing more to do in a batch
	}
	ps := newPerspectives(newWording(nil), af, r, scoring.Options{})
	rec := &PerspectivesRecord{MinGroup: ps.Record.MinGroup, Groups: []PerspectiveRecord{}, TooSmall: []string{},
		WithoutPerspective: ps.Record.WithoutPerspective, Gaps: []GapRecord{}}
	for i, g := range ps.Groups {
		pr := PerspectiveRecord{Perspective: string(g.Perspective), Raters: g.Raters, Scores: []ScoreOfRecord{}}
		for _, row := range ps.Rows {
			pr.Scores = append(pr.Scores, ScoreOfRecord{row.ID, row.Groups[i]})
		}
		rec.Groups = append(rec.Groups, pr)
	}
	for _, p := range ps.Record.TooSmall {
		rec.TooSmall = append(rec.TooSmall, string(p))
	}
	for _, g := range ps.Gaps {
		gr := GapRecord{Item: g.Item.ID, Steps: g.Steps, Refugees: g.Refugees, Answers: []PerspectiveAnswer{}}
		for _, a := range g.Answers {
			gr.Answers = append(gr.Answers, PerspectiveAnswer{string(a.Perspective), a.Value})
		}
		rec.Gaps = append(rec.Gaps, gr)
	}
	return rec
}

// ErrorRecord stands in for a file that could not be loaded.
type ErrorRecord struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// PracticeRecord identifies the practice; absent fields are "".
type PracticeRecord struct {
	Name             string `json:"name"`
	Organisation     string `json:"organisation"`
	OrganisationType string `json:"organisation_type"`
	Country          string `json:"country"`
	AssessedOn       string `json:"assessed_on"`
}

// RouteRecord says which path a framework with a routing question took:
// the option chosen (empty when not answered) and the key areas it asks.
type RouteRecord struct {
	Value    string   `json:"value"`
	Label    string   `json:"label"`
	KeyAreas []string `json:"key_areas"`
}

// NewRouteRecord describes the route of an answer file, or returns nil
// when its framework has no routing question.
func NewRouteRecord(af *checklist.AnswerFile) *RouteRecord {
	if af.Framework.Routing == nil {
		return nil
	}
	if o := af.Framework.Route(af.Route); o != nil {
		return &RouteRecord{Value: o.Value, Label: o.Label, KeyAreas: o.KeyAreas}
	}
	var all []string
	for _, a := range af.Framework.KeyAreas {
		all = append(all, a.ID)
	}
	return &RouteRecord{Label: "not answered: every key area is asked", KeyAreas: all}
}

// ChecklistRecord holds the key-area checklist scores.
type ChecklistRecord struct {
	Score    scoring.Score `json:"score"`
	Complete bool          `json:"complete"`
	Areas    []GroupRecord `json:"areas"`
}

// GroupRecord is a key area, the quick scan or a dimension. Fields that
// do not apply to the kind of group are left out.
type GroupRecord struct {
	ID      string          `json:"id,omitempty"`
	Title   string          `json:"title,omitempty"`
	Score   scoring.Score   `json:"score"`
	Verdict scoring.Verdict `json:"verdict,omitempty"`
	// Provisional is set for key areas: true when the verdict rests on
	// some answers while applicable items are still unanswered or
	// answered "don't know".
	Provisional *bool    `json:"provisional,omitempty"`
	Threshold   *float64 `json:"threshold,omitempty"`
	Passed      *bool    `json:"passed,omitempty"`
	// InScope is true when the group is part of what the assessment set
	// out to cover (the file's scope, else the sections it uses): its
	// unanswered items count against completeness. A key area left out
	// of the scope has in_scope false, and its unanswered items are no
	// gap.
	InScope    bool      `json:"in_scope"`
	Scored     int       `json:"scored"`
	Applicable int       `json:"applicable"`
	Unanswered int       `json:"unanswered"`
	Gaps       *[]string `json:"gaps,omitempty"`
	// Unknown counts the items answered "don't know", which UnknownItems
	// lists in framework order: things to find out.
	Unknown      int      `json:"unknown"`
	UnknownItems []string `json:"unknown_items"`
}

// newGroupRecord fills the counts every kind of group has.
func newGroupRecord(g *scoring.Group) GroupRecord {
	return GroupRecord{
		Score: g.Score, InScope: g.InScope, Scored: g.Scored, Applicable: g.Applicable, Unanswered: g.Unanswered,
		Unknown: g.Unknown, UnknownItems: nonNil(g.UnknownIDs()),
	}
}

// QualityRecord holds the quality dimension scores and the good-practice
// verdict with its reasons.
type QualityRecord struct {
	Score        scoring.Score `json:"score"`
	GoodPractice bool          `json:"good_practice"`
	Reasons      []string      `json:"reasons"`
	Dimensions   []GroupRecord `json:"dimensions"`
}

// GatesRecord says whether the file passed the gates of the run.
type GatesRecord struct {
	Passed   bool     `json:"passed"`
	Failures []string `json:"failures"`
}

// NewScoreRecord builds the record of a scored file.
func NewScoreRecord(file string, af *checklist.AnswerFile, r *scoring.Result, failures []string) ScoreRecord {
	p := af.Practice
	rec := ScoreRecord{
		File:      file,
		Framework: af.Framework.ID,
		Practice:  PracticeRecord{p.Name, p.Organisation, p.OrganisationType, p.Country, p.AssessedOn},
		Route:     NewRouteRecord(af),
		Complete:  r.Complete,
		Gates:     GatesRecord{Passed: len(failures) == 0, Failures: nonNil(failures)},
	}
	rec.Perspectives = newPerspectivesRecord(af, r)
	rec.Checklist.Score = r.Checklist.Score
	rec.Checklist.Complete = r.Checklist.Complete
	rec.Checklist.Areas = []GroupRecord{}
	for _, g := range r.Checklist.Areas {
		gaps := g.GapIDs()
		provisional := g.Provisional()
		gr := newGroupRecord(g)
		gr.ID, gr.Title, gr.Verdict, gr.Provisional, gr.Gaps = g.ID, g.Title, g.Verdict, &provisional, &gaps
		rec.Checklist.Areas = append(rec.Checklist.Areas, gr)
	}
	if q := r.QuickScan; q != nil {
		gr := newGroupRecord(q)
		rec.QuickScan = &gr
	}
	rec.Quality.Score = r.Quality.Score
	rec.Quality.GoodPractice = r.Quality.GoodPractice
	// The reasons in English, as every word of a machine format.
	rec.Quality.Reasons = []string{}
	for _, reason := range r.Quality.Reasons {
		rec.Quality.Reasons = append(rec.Quality.Reasons, reason.String())
	}
	rec.Quality.Dimensions = []GroupRecord{}
	for _, g := range r.Quality.Dimensions {
		threshold, passed := g.Threshold, g.Passed
		gr := newGroupRecord(g)
		gr.ID, gr.Title, gr.Threshold, gr.Passed = g.ID, g.Title, &threshold, &passed
		rec.Quality.Dimensions = append(rec.Quality.Dimensions, gr)
	}
	return rec
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// MarshalRecord encodes a record as one JSON object on one line: the
// output array holds one file per line, which keeps batch output fast to
// write and easy to grep; jq makes it pretty.
func MarshalRecord(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
