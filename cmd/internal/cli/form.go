package cli

import (
	"io"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/report/xlsform"
)

// Field forms: 'framework export --format xlsform|xform' and 'template
// --format xlsx'. Kept in one file so that the commands they belong to
// change by a line or two.

// fieldForm builds the form of a framework in its own language, with
// scorecard's words in the interface language when the framework's
// language has no catalog. Translation overlays, when they exist, add
// languages here.
func fieldForm(fw *checklist.Framework, p *locale.Printer) (*form.Form, error) {
	return form.New(fw, form.Languages(fw, p))
}

// isFormFormat reports whether an export format is a field form.
func isFormFormat(format string) bool { return format == "xlsform" || format == "xform" }

// exportForm writes the field form of a framework. An XLSForm is a
// workbook: it goes to a file, or to standard output only when that is
// not a terminal.
func exportForm(f *Factory, out io.Writer, fw *checklist.Framework, format, output string, force bool) error {
	p, err := f.Printer()
	if err != nil {
		return err
	}
	if format == "xlsform" && (output == "" || output == "-") && f.IO.IsStdoutTTY() {
		return usageErrorf("%s", p.Sprintf("an XLSForm is a workbook: add -o form.xlsx"))
	}
	fm, err := fieldForm(fw, p)
	if err != nil {
		return err
	}
	return writeOutput(out, output, force, func(w io.Writer) error {
		if format == "xform" {
			return xlsform.WriteXForm(w, fm)
		}
		return xlsform.WriteXLSForm(w, fm)
	})
}

// writeWorksheetXLSX writes the spreadsheet worksheet of 'template
// --format xlsx'.
func writeWorksheetXLSX(f *Factory, w io.Writer, fw *checklist.Framework, scope checklist.Scope, today string) error {
	p, err := f.Printer()
	if err != nil {
		return err
	}
	fm, err := fieldForm(fw, p)
	if err != nil {
		return err
	}
	return xlsform.WriteWorksheet(w, fm, xlsform.WorksheetOptions{Scope: scope, Today: today})
}
