package cli

import (
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/form"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/data"
	"github.com/inclusion-tools/scorecard/report/xlsform"
)

// Field forms: 'framework export --format xlsform|xform', 'template
// --format xlsx' and the languages 'import' reads. Kept in one file so
// that the commands they belong to change by a line or two.
//
// A form speaks every language there is for its framework (README
// "Languages"): the framework's own, each built-in translation of a
// built-in framework, and the --translation file; for the pseudo-locale,
// its pseudo-translation. The language the framework is shown in (the
// interface language, or --translation's) is the form's default.

// fieldForm builds a form of a framework in one language: the
// framework's, as it is shown, with scorecard's words in the interface
// language when the framework's language has no catalog. The worksheet
// is made from it.
func fieldForm(fw *checklist.Framework, p *locale.Printer) (*form.Form, error) {
	return form.New(fw, form.Languages(fw, p))
}

// formTranslations lists the languages a form of fw (as its file has it)
// has besides the framework's own: the built-in translations when ref
// names a built-in framework, then the --translation file in place of
// the built-in one in its language, then for the pseudo-locale its
// pseudo-translation. With strict unset, a --translation file for
// another framework is left out rather than refused: import reads files
// of several frameworks.
func (f *Factory) formTranslations(ref string, fw *checklist.Framework, strict bool) ([]form.Language, error) {
	p, err := f.Printer()
	if err != nil {
		return nil, err
	}
	var trs []*checklist.Translation
	if checklist.IsBuiltin(ref) {
		fsys := f.translations
		if fsys == nil {
			fsys = data.Translations
		}
		entries, _ := fs.ReadDir(fsys, "translations")
		for _, e := range entries {
			rest, ok := strings.CutPrefix(e.Name(), fw.ID+".")
			code, yaml := strings.CutSuffix(rest, ".yaml")
			if !ok || !yaml || code == fw.Language || !checklist.IsLanguageCode(code) {
				continue
			}
			tr, err := checklist.TranslationFromFS(fsys, "translations", fw, code)
			if err != nil {
				return nil, err
			}
			if tr != nil {
				trs = append(trs, tr)
			}
		}
	}
	switch {
	case f.Translation != "":
		tr, err := f.formTranslationFile(p, fw, strict)
		if err != nil {
			return nil, err
		}
		if tr != nil && tr.Language != fw.Language {
			trs = slices.DeleteFunc(trs, func(b *checklist.Translation) bool { return b.Language == tr.Language })
			trs = append(trs, tr)
		}
	case p.Code() == locale.Pseudo:
		trs = append(trs, checklist.PseudoTranslation(fw, locale.Pseudo, locale.PseudoText, locale.PseudoWord))
	}
	var langs []form.Language
	for _, tr := range trs {
		l, err := form.Translated(fw, tr)
		if err != nil {
			return nil, err
		}
		langs = append(langs, l)
	}
	return langs, nil
}

// formTranslationFile loads the --translation file for a form of fw: nil
// when it translates another framework and strict is unset.
func (f *Factory) formTranslationFile(p *locale.Printer, fw *checklist.Framework, strict bool) (*checklist.Translation, error) {
	if !strict {
		f.noteInput(f.Translation)
		b, err := checklist.ReadFile(f.Translation)
		if err != nil {
			return nil, err
		}
		if id, _, err := checklist.TranslationHeader(f.Translation, b); err == nil && id != fw.ID {
			return nil, nil
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.translationFileLocked(p, fw)
}

// isFormFormat reports whether an export format is a field form.
func isFormFormat(format string) bool { return format == "xlsform" || format == "xform" }

// exportForm writes the field form of a framework, in every language
// there is for it; shown is the framework as the user reads it, whose
// language is the form's default. An XLSForm is a workbook: it goes to a
// file, or to standard output only when that is not a terminal.
func exportForm(opts *frameworkExportOptions, shown *checklist.Framework) error {
	f := opts.Factory
	p, err := f.Printer()
	if err != nil {
		return err
	}
	if opts.Format == "xlsform" && (opts.Output == "" || opts.Output == "-") && f.IO.IsStdoutTTY() {
		return usageErrorf("an XLSForm is a workbook: add -o form.xlsx")
	}
	ref := opts.FrameworkRef
	if ref == "" {
		ref = checklist.DefaultFramework
	}
	fw, err := f.UntranslatedFramework(ref)
	if err != nil {
		return err
	}
	trs, err := f.formTranslations(ref, fw, true)
	if err != nil {
		return err
	}
	fm, err := form.New(fw, form.Prefer(form.Languages(fw, p, trs...), shown.Language))
	if err != nil {
		return err
	}
	return f.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		if opts.Format == "xform" {
			return xlsform.WriteXForm(w, fm)
		}
		return xlsform.WriteXLSForm(w, fm)
	})
}

// writeWorksheetXLSX writes the spreadsheet worksheet of 'template
// --format xlsx', in the language the framework is shown in. import
// reads it back in any language, by its hidden keys and the labels of
// every language.
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
