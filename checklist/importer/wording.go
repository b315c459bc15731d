package importer

import (
	"io/fs"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// The importer's messages, in one place. Row and column numbers are
// given by the caller as the problem's position; ids are passed as text.

// msgNotRegular says that a path is not a regular file, in the words
// every command uses, and what to give instead.
func msgNotRegular(p *locale.Printer, m fs.FileMode) string {
	return p.Sprintf("%s; give the exported CSV or XLSX files", checklist.NotRegular(m))
}
func msgNoStdin(p *locale.Printer) string {
	return p.Sprintf("standard input cannot be read here; give the exported CSV or XLSX files by name")
}
func msgTooBig(p *locale.Printer, limit int) string {
	return p.Sprintf("the file is larger than %d MiB; export fewer submissions at a time (filter them by date in KoboToolbox or ODK Central)", limit>>20)
}
func msgTooManyCells(p *locale.Printer, limit string) string {
	return p.Sprintf("the workbook is too large for an export: its sheets hold more than %s cells, counted to the last filled cell of each row; export fewer submissions at a time", limit)
}
func msgBadSheet(p *locale.Printer, part, detail string) string {
	return p.Sprintf("the workbook is damaged: its sheet %s is not well-formed XML (%s); export it again", part, detail)
}
func msgEmpty(p *locale.Printer) string {
	return p.Sprintf("the file is empty; export the submissions again from KoboToolbox or ODK Central")
}
func msgNoRows(p *locale.Printer) string {
	return p.Sprintf("there are no submissions under the header row")
}
func msgBinary(p *locale.Printer) string {
	return p.Sprintf("this is not a CSV or XLSX export (it holds binary data)")
}
func msgNotUTF8(p *locale.Printer) string {
	return p.Sprintf("the file is not UTF-8 text; export it again, or save it as \"CSV UTF-8\"")
}
func msgBadCSV(p *locale.Printer, detail string) string {
	return p.Sprintf("malformed CSV (%s); export the submissions again", detail)
}
func msgNotXLSX(p *locale.Printer, err error) string {
	return p.Sprintf("cannot read this XLSX workbook (%s); export it again", err.Error())
}
func msgOldXLS(p *locale.Printer) string {
	return p.Sprintf("this is an old Excel 97-2003 workbook (.xls); save it as .xlsx, or export as CSV")
}
func msgOtherFramework(p *locale.Printer, id, want string) string {
	return p.Sprintf("these answers were collected with the form of framework %q, not %q; import them with --framework %s", id, want, id)
}
func msgRowOtherFramework(p *locale.Printer, id, want string) string {
	return p.Sprintf("this submission was made with the form of framework %q, not %q; import it on its own with --framework %s", id, want, id)
}
func msgAmbiguous(p *locale.Printer, header, a, b string) string {
	return p.Sprintf("column %q could be %s or %s; export with XML names as headers instead of labels", header, a, b)
}
func msgDuplicateColumn(p *locale.Printer, header, field string, first int) string {
	return p.Sprintf("column %q holds %s, as column %d already does; keep only one", header, field, first)
}
func msgNoNameColumn(p *locale.Printer, fw string) string {
	return p.Sprintf("no column holds the practice's name (practice_name): is this an export of scorecard's form for framework %s? Export all questions, with XML names or labels as headers", fw)
}
func msgNoAnswerColumns(p *locale.Printer, fw string) string {
	return p.Sprintf("no column holds an answer to a question of framework %s: is this an export of scorecard's form?", fw)
}
func msgNoName(p *locale.Printer) string {
	return p.Sprintf("the practice has no name; fill in the name of the practice or service assessed")
}
func msgUnknownChoice(p *locale.Printer, value, question, choices string) string {
	return p.Sprintf("unknown answer %q to %q (use %s)", value, question, choices)
}
func msgUnknownAnswer(p *locale.Printer, value, id, choices string) string {
	return p.Sprintf("unknown answer %q to %s (use %s)", value, id, choices)
}
func msgBadDate(p *locale.Printer, value string) string {
	return p.Sprintf("%q is not a date; write it as YYYY-MM-DD, such as 2026-11-20", value)
}
func msgFormula(p *locale.Printer, formula string) string {
	return p.Sprintf("the cell holds a formula (%s); scorecard imports values only, so type the answer itself", shown(formula))
}
func msgRemovedCharacters(p *locale.Printer) string {
	return p.Sprintf("control characters or invisible formatting characters (such as the bidirectional controls that reverse text) removed from the cell")
}

// shown is a cell's text as a message quotes it: on one line, without
// control or invisible formatting characters (the message goes to a
// terminal), and at most 60 characters long.
func shown(s string) string {
	s = strings.Join(strings.Fields(checklist.CleanText(s)), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return s
}
func msgNotApplicable(p *locale.Printer, id string) string {
	return p.Sprintf("%s does not apply to this organisation type or route, so its answer is left out", id)
}
func msgInvalidResult(p *locale.Printer, detail string) string {
	return p.Sprintf("the answers do not make a valid answer file:\n%s", detail)
}
func msgWorksheetFormat(p *locale.Printer, format string) string {
	return p.Sprintf("this workbook is not a scorecard worksheet that this version reads (format %q); make a new one with 'scorecard template --format xlsx'", format)
}
func msgNoSheet(p *locale.Printer, sheet string) string {
	return p.Sprintf("the worksheet has no sheet %q; make a new one with 'scorecard template --format xlsx'", sheet)
}
func msgUnknownKey(p *locale.Printer, key string) string {
	return p.Sprintf("unknown row key %q in the hidden first column; make a new worksheet with 'scorecard template --format xlsx'", key)
}
func msgNotApplicableNote(p *locale.Printer, id string) string {
	return p.Sprintf("%s does not apply to this organisation type or route, so the note on it is left out", id)
}
func msgAnswerFile(p *locale.Printer) string {
	return p.Sprintf("this is a scorecard answer file already, not an export; give the CSV or XLSX file exported from KoboToolbox or ODK Central, or a filled worksheet")
}
func msgTooManyRows(p *locale.Printer, n int) string {
	return p.Sprintf("more than %d submissions in one file; export fewer at a time (filter them by date in KoboToolbox or ODK Central)", n)
}
func wordNotRecorded(p *locale.Printer) string { return p.Sprintf("Not recorded") }
