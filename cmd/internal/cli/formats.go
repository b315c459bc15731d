package cli

import (
	"slices"

	"github.com/inclusion-tools/scorecard/checklist"
)

// outputFormat is one value of a command's --format flag.
type outputFormat struct {
	Name string
	What string // one line, for completions and 'scorecard help formats'
}

// outputFormats lists the values of --format, per command path: the one
// place that shell completion and 'scorecard help formats' read them from.
// A command that gains a format adds it here (TestFormatsAreAccepted
// checks that every value listed is accepted).
var outputFormats = map[string][]outputFormat{
	"scorecard score": {
		{"text", "a summary for people (default)"},
		{"json", "one record per file, for programs"},
		{"csv", "one row per file, for spreadsheets"},
		{"xlsx", "an Excel workbook, one row per file"},
	},
	"scorecard compare": {
		{"text", "a table for people (default)"},
		{"md", "a Markdown table"},
		{"csv", "one row per score, for spreadsheets"},
		{"json", "for programs"},
		{"xlsx", "an Excel workbook, one row per score"},
	},
	"scorecard report": {
		{"md", "Markdown (default, unless -o says .html or .pdf)"},
		{"html", "one self-contained, accessible web page"},
		{"pdf", "an A4 PDF, to print and share (needs -o)"},
	},
	"scorecard template": {
		{"yaml", "a blank answer file (default)"},
		{"md", "a printable worksheet in Markdown"},
		{"pdf", "a printable worksheet in PDF (needs -o)"},
		{"xlsx", "a spreadsheet to fill in, read back by 'scorecard import'"},
	},
	"scorecard framework export": {
		{"yaml", "the framework file format that --framework loads (default)"},
		{"json", "the same structure as JSON"},
		{"md", "a compact, printable handbook of the checklists"},
		{"xlsform", "a form for KoboToolbox and ODK (an XLSForm workbook)"},
		{"xform", "the same form as XForm XML, for ODK Central and Enketo"},
	},
	"scorecard plan show": {
		{"text", "the plan and the scores it would reach, for people (default)"},
		{"md", "a Markdown task list"},
		{"csv", "one row per action, for other trackers"},
		{"json", "for programs"},
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

// formatList says a command's formats in words: "text, json, csv or xlsx".
func formatList(cmdPath string) string {
	return checklist.JoinWords(formatNames(cmdPath), "or")
}

// checkTableFormat checks --format, --bom and where the output goes for
// the commands that write tables (score, compare).
func checkTableFormat(f *Factory, cmdPath, format string, bom bool, output string) error {
	p, err := f.Printer()
	if err != nil {
		return err
	}
	toStdout := output == "" || output == "-"
	switch {
	case !knownFormat(cmdPath, format):
		return usageErrorf("%s", p.Sprintf("unknown format %q: use %s", format, formatList(cmdPath)))
	case bom && format != "csv":
		return usageErrorf("%s", p.Sprintf("--bom is for --format csv"))
	case format == "xlsx" && toStdout && f.IO.IsStdoutTTY():
		return usageErrorf("%s", p.Sprintf("an xlsx workbook is a file, not text for a terminal: add -o %s, or redirect the output to a file", tableFileName(cmdPath)))
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
