package report

import "github.com/inclusion-tools/scorecard/scoring"

// The report is laid out once as a document of blocks, which the Markdown,
// HTML and PDF writers all render: the three forms cannot drift apart.
// Blocks carry state as data (a bar's tone, a line's user text), never as
// words for a renderer to recognise.

type spanStyle int

const (
	plain spanStyle = iota
	bold
	italic
)

// span is a run of text in one style. User text (names, notes, file
// names) is marked, so that renderers give it its own direction: an
// Arabic note in an English report reads right to left.
type span struct {
	text  string
	style spanStyle
	user  bool
}

// line is one line of text: spans that run on.
type line []span

func txt(s string) span { return span{text: s} }
func b(s string) span   { return span{text: s, style: bold} }
func it(s string) span  { return span{text: s, style: italic} }

// usr is text a person wrote, in the plain style.
func usr(s string) span { return span{text: s, user: true} }

// styled returns the line with every span in the given style.
func (l line) styled(s spanStyle) line {
	out := make(line, len(l))
	for i, sp := range l {
		sp.style = s
		out[i] = sp
	}
	return out
}

// plainText is the line's text without styles.
func (l line) plainText() string {
	n := 0
	for _, s := range l {
		n += len(s.text)
	}
	buf := make([]byte, 0, n)
	for _, s := range l {
		buf = append(buf, s.text...)
	}
	return string(buf)
}

type block interface{ isBlock() }

// heading is a section title; level 1 is the document's title, 2 a
// section, 3 a key area or dimension.
type heading struct {
	level int
	text  line
}

// label is the title of a short part inside a section ("In place (9)"):
// bold text in Markdown, a heading one level below the section's in HTML,
// kept with what follows in the PDF.
type label struct{ text line }

// para is a paragraph; each line starts on a new line.
type para struct{ lines []line }

// list is a bulleted or numbered list; each item's lines start on new
// lines under its marker.
type list struct {
	ordered bool
	// boxed marks each item with a box to tick (a worksheet's choices)
	// instead of a bullet.
	boxed bool
	items [][]line
}

// table is a table of text. Without a header, the first column holds
// the row headers.
type table struct {
	header []string // nil for a table of facts (a label and a value a row)
	right  []bool   // right-aligned columns
	rows   [][]line
	// widths, when given, share the printed page's width among the
	// columns in these proportions (the PDF); otherwise the first column
	// takes what the others leave.
	widths []float64
	// nowrap marks columns whose cells are never broken across lines
	// (dates) in HTML; the PDF gives them room with widths.
	nowrap []bool
	// whole keeps the table on one page when it fits on one (the PDF),
	// as a chart is: a table of scores to read across.
	whole bool
}

// tone is how a score stands, which decides a bar's colour.
type tone int

const (
	toneNone tone = iota // not assessed
	toneGood             // comprehensive, passed
	toneFair             // can improve
	tonePoor             // needs deep reflection, below the minimum
)

// scoreChart is a set of scores: bars in HTML and the PDF, always with a
// table of the same numbers.
type scoreChart struct {
	title                     string // what the chart shows, for its text alternative
	labelHeader, statusHeader string
	scoreHeader, minHeader    string
	bars                      []bar
	minimumNote               string // explains the minimum marks, when there are any
}

type bar struct {
	label     line
	score     scoring.Score // draws the bar
	scoreText string        // the score as people read it
	threshold *float64
	minText   string
	status    string
	tone      tone
}

// progressChart compares scores then and now: paired bars, and a table
// with the change.
type progressChart struct {
	title   string
	headers [4]string // score, then, now, change
	rows    []progressRow
}

type progressRow struct {
	label                 line
	before, after         scoring.Score
	beforeText, afterText string
	change                string
}

// choices are boxes to tick on a printed worksheet, one per answer.
type choices struct{ options []string }

// ruled is room to write by hand: a few ruled lines.
type ruled struct{ lines int }

// fields are labels with room to write an answer by hand.
type fields struct{ labels []string }

// keep asks the PDF to start a new page unless mm millimetres are left,
// so that what follows (a question and its boxes) stays together.
type keep struct{ mm float64 }

func (fields) isBlock()        {}
func (keep) isBlock()          {}
func (choices) isBlock()       {}
func (ruled) isBlock()         {}
func (heading) isBlock()       {}
func (label) isBlock()         {}
func (para) isBlock()          {}
func (list) isBlock()          {}
func (table) isBlock()         {}
func (scoreChart) isBlock()    {}
func (progressChart) isBlock() {}
