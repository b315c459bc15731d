package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/data"
)

// Translations of frameworks (README "Languages"). A framework is shown
// in the language the user reads:
//
//   - with --translation FILE, in that file's language (any framework it
//     names; a file for another framework is an error);
//   - else, for the pseudo-locale qps, accented by the pseudo-locale, so
//     that a test finds framework texts that bypass translation;
//   - else, for a built-in framework, in the interface language when
//     data/translations/ID.LANG.yaml exists;
//   - else as its file has it.

// TranslationFor returns the framework ref names, untranslated, and its
// translation into lang by the rules above, or nil when there is none.
func (f *Factory) TranslationFor(ref, lang string) (*checklist.Framework, *checklist.Translation, error) {
	if ref == "" {
		ref = checklist.DefaultFramework
	}
	p, err := f.Printer()
	if err != nil {
		return nil, nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	fw, err := f.plainLocked(ref)
	if err != nil {
		return nil, nil, err
	}
	tr, err := f.translationLocked(p, ref, fw, lang)
	return fw, tr, err
}

func (f *Factory) translationLocked(p *locale.Printer, ref string, fw *checklist.Framework, lang string) (*checklist.Translation, error) {
	if f.Translation != "" {
		return f.translationFileLocked(p, fw)
	}
	switch {
	case lang == locale.Pseudo:
		return checklist.PseudoTranslation(fw, locale.Pseudo, locale.PseudoText, locale.PseudoWord), nil
	case lang == fw.Language || !checklist.IsBuiltin(ref):
		return nil, nil
	}
	fsys := f.translations
	if fsys == nil {
		fsys = data.Translations
	}
	return checklist.TranslationFromFS(fsys, "translations", fw, lang)
}

// translationFileLocked loads the --translation file against fw.
func (f *Factory) translationFileLocked(p *locale.Printer, fw *checklist.Framework) (*checklist.Translation, error) {
	path := f.Translation
	f.noteInput(path)
	b, err := checklist.ReadFile(path)
	if err != nil {
		return nil, err
	}
	id, _, err := checklist.TranslationHeader(path, b)
	if err != nil {
		return nil, locale.Errorf("--translation %s could not be used:\n%v", checklist.CleanText(path), err)
	}
	if id != fw.ID {
		return nil, usageErrorf("--translation %s translates framework %s, but this is framework %s; give a translation of %s, or its framework with --framework", checklist.CleanText(path), id, fw.ID, fw.ID)
	}
	tr, err := checklist.LoadTranslation(path, b, fw)
	if err != nil {
		return nil, locale.Errorf("--translation %s could not be used:\n%v", checklist.CleanText(path), err)
	}
	if !f.warned {
		f.warned = true
		for _, w := range tr.Warnings {
			fmt.Fprintln(f.IO.ErrOut, w.Localize(p))
		}
	}
	return tr, nil
}

// languageCode turns what --lang gives into the code of a translation
// file: "lt", "pt-BR".
func languageCode(s string) (string, bool) {
	code := strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if base, region, ok := strings.Cut(code, "-"); ok {
		code = strings.ToLower(base) + "-" + region
	} else {
		code = strings.ToLower(code)
	}
	return code, checklist.IsLanguageCode(code)
}

// frameworkExportTranslation writes, for export --lang, the template of a
// translation of the framework into that language: every text under a
// comment with the original, with the existing translation where there
// is one.
func frameworkExportTranslation(opts *frameworkExportOptions, fw *checklist.Framework, tr *checklist.Translation, lang string) error {
	p, err := opts.Factory.Printer()
	if err != nil {
		return err
	}
	// The instructions in the language of the translation, when the
	// interface speaks it.
	if lp, err := locale.New(lang); err == nil {
		p = lp
	}
	header := p.Sprintf(`Translation into %s of the framework %s %s,
"%s", written by scorecard %s.

Each comment line (starting with #) gives the original text; write its
translation between the quotes "" of the line below. A text left "" shows
in the original language. Keep the keys (before each colon) and the ids
(such as KA1-01) as they are. Inside the quotes, write \" for a quotation
mark.
Check it with: scorecard framework validate FILE
Use it with:   scorecard --translation FILE assess ...`, lang, fw.ID, fw.Version, fw.Title, version())
	return opts.Factory.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		return checklist.WriteTranslation(w, fw, tr, lang, header)
	})
}

// frameworkValidateTranslation checks a translation file against its
// framework and says how much of the framework it translates.
func frameworkValidateTranslation(opts *frameworkValidateOptions, b []byte) error {
	f := opts.Factory
	p, err := f.Printer()
	if err != nil {
		return err
	}
	name := checklist.CleanText(opts.Path)
	id, _, err := checklist.TranslationHeader(opts.Path, b)
	if err != nil {
		return err
	}
	ref := opts.FrameworkRef
	if ref == "" {
		if !checklist.IsBuiltin(id) {
			return usageErrorf("%s translates framework %s, which is not built in; give its file with --framework PATH", name, id)
		}
		ref = id
	}
	fw, err := f.UntranslatedFramework(ref)
	if err != nil {
		return err
	}
	tr, err := checklist.LoadTranslation(opts.Path, b, fw)
	if err != nil {
		var probs checklist.Problems
		if errors.As(err, &probs) {
			return probs
		}
		return err
	}
	for _, w := range tr.Warnings {
		fmt.Fprintln(opts.IO.ErrOut, w.Localize(p))
	}
	done, total := tr.Count()
	fmt.Fprintln(opts.IO.Out, p.Sprintf("%s: ok: translation of %s %s into %s, %s", name, fw.ID, fw.Version, tr.Language, p.Sprintf("%d of %d texts translated", done, total)))
	missing := tr.Missing()
	if len(missing) == 0 {
		return nil
	}
	if !opts.Verbose {
		fmt.Fprintln(opts.IO.Out, p.Sprintf("%d texts are not translated and show in the original language; list them with --verbose", len(missing)))
		return nil
	}
	for _, m := range missing {
		fmt.Fprintln(opts.IO.Out, checklist.Problem{File: opts.Path, Line: m.Line, Column: m.Column, Message: p.Sprintf("not translated: %s", m.Place)}.Localize(p))
	}
	return nil
}

// exportLanguage serves export --lang. For YAML it writes the translation
// to fill in and returns nil; for the other formats it returns the
// framework in that language. In the framework's own language, export
// writes the framework as it is.
func exportLanguage(opts *frameworkExportOptions) (*checklist.Framework, error) {
	f := opts.Factory
	lang, ok := languageCode(opts.Lang)
	if !ok {
		return nil, usageErrorf("--lang %q is not a language code; give one such as lt, lv or pt-BR", opts.Lang)
	}
	fw, tr, err := f.TranslationFor(opts.FrameworkRef, lang)
	if err != nil {
		return nil, err
	}
	if tr != nil && tr.Language != lang {
		return nil, usageErrorf("--translation %s is in %s, but --lang asks for %s", checklist.CleanText(tr.File), tr.Language, lang)
	}
	switch {
	case lang == fw.Language:
		return fw, nil
	case opts.Format == "yaml":
		return nil, frameworkExportTranslation(opts, fw, tr, lang)
	case tr == nil:
		return fw, nil
	}
	return tr.Apply(fw)
}
