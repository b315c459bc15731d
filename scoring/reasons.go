package scoring

import (
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// ReasonKind is what a reason for the good-practice verdict says.
type ReasonKind int

const (
	// NoDimensions: the framework has no quality dimensions.
	NoDimensions ReasonKind = iota
	// ReasonNotAssessed: some dimensions have no scored indicator (Missing).
	ReasonNotAssessed
	// DimensionBelow: a dimension (Group) scores below its minimum.
	DimensionBelow
	// QualityBelow: the quality score is below the overall minimum.
	QualityBelow
	// AllReached: every dimension (Count of them) and the quality score
	// reach their minimums.
	AllReached
)

// Reason is one reason for the good-practice verdict, as data. The
// report and the score command write it in the reader's language
// (Localize); JSON output keeps its English words (String), as a machine
// format should.
type Reason struct {
	Kind    ReasonKind
	Group   *Group   // DimensionBelow: the dimension
	Missing []string // ReasonNotAssessed: the ids of the dimensions
	Score   float64  // the score compared with Limit
	Limit   float64  // the minimum
	Count   int      // AllReached: how many dimensions
}

// Msg is the reason as a message of the catalog.
func (r Reason) Msg() locale.Msg {
	switch r.Kind {
	case NoDimensions:
		return locale.M("the framework has no quality dimensions")
	case ReasonNotAssessed:
		return locale.M("not every dimension is assessed (no scored indicator in %s)", locale.And(r.Missing...))
	case DimensionBelow:
		return locale.M("%s %s scores %s, below its minimum of %s", r.Group.ID, r.Group.Title, locale.Number(FormatCompared(r.Score, r.Limit)), locale.Number(FormatNumber(r.Limit)))
	case QualityBelow:
		return locale.M("the quality score %s is below the minimum of %s", locale.Number(FormatCompared(r.Score, r.Limit)), locale.Number(FormatNumber(r.Limit)))
	}
	return locale.M("all %d dimensions reach their minimum and the quality score %s reaches %s", r.Count, locale.Number(Percent(r.Score).String()), locale.Number(FormatNumber(r.Limit)))
}

// Localize writes the reason in p's language.
func (r Reason) Localize(p *locale.Printer) string { return r.Msg().Localize(p) }

// String writes the reason in English.
func (r Reason) String() string { return r.Msg().String() }
