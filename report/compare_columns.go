package report

import (
	"path/filepath"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// CompareKind says what the files of a comparison are to each other,
// which decides the title and how columns are named.
type CompareKind string

// The kinds of comparison.
const (
	// CompareRounds: one practice, every file of another date (a later
	// round of the assessment). Columns are dates.
	CompareRounds CompareKind = "rounds"
	// CompareRaters: one practice, files of the same date or without one
	// (several raters' answers). Columns are the raters.
	CompareRaters CompareKind = "raters"
	// ComparePractices: different practices. Columns are their names.
	ComparePractices CompareKind = "practices"
)

// compareKind tells what the files are: different practices, rounds of
// one practice (each file of another date), or its raters.
func compareKind(files []*checklist.AnswerFile) CompareKind {
	if len(files) < 2 {
		return ComparePractices
	}
	dates := map[string]bool{}
	for _, af := range files {
		if !checklist.SamePractice(af.Practice.Name, files[0].Practice.Name) {
			return ComparePractices
		}
		dates[af.Practice.AssessedOn] = true
	}
	if len(dates) == len(files) && !dates[""] {
		return CompareRounds
	}
	return CompareRaters
}

// compareColumns describes each file as a column, named for people: a
// round by its date, a rater by the assessors' names (else the file's
// base name), a practice by its name. Names that would be the same get
// the date or the file name after them.
func compareColumns(kind CompareKind, files []*checklist.AnswerFile, names []string) []CompareColumn {
	cols := make([]CompareColumn, len(files))
	for i, af := range files {
		c := CompareColumn{
			File:        names[i],
			Practice:    af.Practice.Name,
			AssessedOn:  af.Practice.AssessedOn,
			Assessors:   af.Practice.Assessors,
			Perspective: string(af.Perspective),
		}
		switch kind {
		case CompareRounds:
			c.Label = c.AssessedOn
		case CompareRaters:
			c.Label = strings.Join(c.Assessors, ", ")
			if c.Label == "" {
				c.Label = baseName(names[i])
			}
		default:
			c.Label = c.Practice
		}
		cols[i] = c
	}
	disambiguate(cols, func(c CompareColumn) string { return c.AssessedOn })
	disambiguate(cols, func(c CompareColumn) string { return baseName(c.File) })
	disambiguate(cols, func(c CompareColumn) string { return c.File })
	return cols
}

// disambiguate adds "(extra)" to the labels that more than one column
// shares, when extra tells those columns apart.
func disambiguate(cols []CompareColumn, extra func(CompareColumn) string) {
	groups := map[string][]int{}
	for i, c := range cols {
		groups[c.Label] = append(groups[c.Label], i)
	}
	for _, idx := range groups {
		if len(idx) < 2 {
			continue
		}
		seen := map[string]bool{}
		for _, i := range idx {
			seen[extra(cols[i])] = true
		}
		if len(seen) != len(idx) || seen[""] {
			continue
		}
		for _, i := range idx {
			cols[i].Label += " (" + extra(cols[i]) + ")"
		}
	}
}

// baseName is a file's name without folder and extension: "ana" for
// "workshop/ana.yaml".
func baseName(name string) string {
	b := filepath.Base(name)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// LegendEntry says what one column is, beyond its label: the file, and
// the date, practice or perspective when the label and the title do not
// already say them.
type LegendEntry struct {
	Label  string
	Detail string
}

// legend describes the columns, leaving out every column whose label
// already says all there is (a column labelled with its own file name).
func legend(p *locale.Printer, kind CompareKind, cols []CompareColumn) []LegendEntry {
	dates := map[string]bool{}
	for _, c := range cols {
		dates[c.AssessedOn] = true
	}
	var out []LegendEntry
	for _, c := range cols {
		var parts []string
		if c.File != c.Label && baseName(c.File) != c.Label {
			parts = append(parts, c.File)
		}
		if kind == ComparePractices && c.AssessedOn != "" && !strings.Contains(c.Label, c.AssessedOn) {
			parts = append(parts, p.Date(c.AssessedOn))
		}
		if kind == CompareRaters && len(dates) > 1 && c.AssessedOn != "" && !strings.Contains(c.Label, c.AssessedOn) {
			parts = append(parts, p.Date(c.AssessedOn))
		}
		if kind == CompareRounds && len(c.Assessors) > 0 {
			parts = append(parts, strings.Join(c.Assessors, ", "))
		}
		if persp, ok := checklist.ParsePerspective(c.Perspective); ok {
			parts = append(parts, p.Sprintf("perspective: %s", persp.Label(p)))
		}
		if len(parts) == 0 {
			continue
		}
		out = append(out, LegendEntry{Label: c.Label, Detail: strings.Join(parts, " · ")})
	}
	return out
}

// compareTitle is the title of a comparison of scores.
func compareTitle(p *locale.Printer, kind CompareKind, cols []CompareColumn) string {
	switch kind {
	case CompareRounds:
		return p.Sprintf("Progress of %s", cols[0].Practice)
	case CompareRaters:
		return p.Sprintf("Raters of %s compared", cols[0].Practice)
	}
	return p.Sprintf("Practices compared")
}

// Title is the comparison's title: "Progress of Welcome Bureau" for
// rounds, "Raters of Welcome Bureau compared", "Practices compared".
func (c *Comparison) Title() string {
	return compareTitle(printerOr(c.Printer), c.Kind, c.Columns)
}

// Legend says what each column is, leaving out columns whose label says
// it all.
func (c *Comparison) Legend() []LegendEntry {
	return legend(printerOr(c.Printer), c.Kind, c.Columns)
}

// sameFramework refuses files of different frameworks.
func sameFramework(files []*checklist.AnswerFile, names []string) error {
	fw := files[0].Framework
	for i, af := range files {
		if af.Framework.ID != fw.ID {
			return &CompareError{locale.M("%s uses framework %q and %s %q: scores of different frameworks cannot be compared", names[0], fw.ID, names[i], af.Framework.ID)}
		}
	}
	return nil
}

// printerOr returns p, or the English printer when p is nil.
func printerOr(p *locale.Printer) *locale.Printer {
	if p == nil {
		return locale.English()
	}
	return p
}
