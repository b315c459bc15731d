package cli

import (
	"slices"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// outputFormat is one value of a command's --format flag.
type outputFormat struct {
	Name string
	What locale.Msg // one line, for completions and 'scorecard help formats'
}

// outputFormats lists the values of --format, per command path: the one
// place that shell completion and 'scorecard help formats' read them from.
// A command that gains a format adds it here (TestFormatsAreAccepted
// checks that every value listed is accepted).
var outputFormats = map[string][]outputFormat{
	"scorecard score": {
		{"text", locale.M("a summary for people (default)")},
		{"json", locale.M("one record per file, for programs")},
		{"csv", locale.M("one row per file, for spreadsheets")},
		{"xlsx", locale.M("an Excel workbook, one row per file")},
	},
	"scorecard compare": {
		{"text", locale.M("a table for people (default)")},
		{"md", locale.M("a Markdown table")},
		{"csv", locale.M("one row per score, for spreadsheets")},
		{"json", locale.M("for programs")},
		{"xlsx", locale.M("an Excel workbook, one row per score")},
	},
	"scorecard report": {
		{"md", locale.M("Markdown (default, unless -o says .html or .pdf)")},
		{"html", locale.M("one self-contained, accessible web page")},
		{"pdf", locale.M("an A4 PDF, to print and share (needs -o)")},
	},
	"scorecard template": {
		{"yaml", locale.M("a blank answer file (default)")},
		{"md", locale.M("a printable worksheet in Markdown")},
		{"pdf", locale.M("a printable worksheet in PDF (needs -o)")},
		{"xlsx", locale.M("a spreadsheet to fill in, read back by 'scorecard import'")},
	},
	"scorecard framework export": {
		{"yaml", locale.M("the framework file format that --framework loads (default)")},
		{"json", locale.M("the same structure as JSON")},
		{"md", locale.M("a compact, printable handbook of the checklists")},
		{"xlsform", locale.M("a form for KoboToolbox and ODK (an XLSForm workbook)")},
		{"xform", locale.M("the same form as XForm XML, for ODK Central and Enketo")},
	},
	"scorecard plan show": {
		{"text", locale.M("the plan and the scores it would reach, for people (default)")},
		{"md", locale.M("a Markdown task list")},
		{"csv", locale.M("one row per action, for other trackers")},
		{"json", locale.M("for programs")},
	},
}

// formatNames returns the names of a command's formats, in order.
func formatNames(cmdPath string) []string {
	var names []string
	for _, f := range outputFormats[cmdPath] {
		names = append(names, f.Name)
	}
	return names
}

// knownFormat reports whether format is one of the command's formats.
func knownFormat(cmdPath, format string) bool {
	return slices.Contains(formatNames(cmdPath), format)
}

// formatList says a command's formats in words: "text, json, csv or
// xlsx", in the language of the printer that writes it (String: English,
// for --help).
func formatList(cmdPath string) locale.List {
	return locale.Or(formatNames(cmdPath)...)
}

// checkTableFormat checks --format, --bom and where the output goes for
// the commands that write tables (score, compare).
func checkTableFormat(f *Factory, cmdPath, format string, bom bool, output string) error {
	toStdout := output == "" || output == "-"
	switch {
	case !knownFormat(cmdPath, format):
		return usageErrorf("unknown format %q: use %s", format, formatList(cmdPath))
	case bom && format != "csv":
		return usageErrorf("--bom is for --format csv")
	case format == "xlsx" && toStdout && f.IO.IsStdoutTTY():
		return usageErrorf("an xlsx workbook is a file, not text for a terminal: add -o %s, or redirect the output to a file", tableFileName(cmdPath))
	}
	return nil
}

func tableFileName(cmdPath string) string {
	if cmdPath == "scorecard compare" {
		return "compare.xlsx"
	}
	return "scores.xlsx"
}

// anys turns a header into cells.
func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
