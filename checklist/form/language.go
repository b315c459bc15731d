package form

import (
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// TextKind says what part of a framework a translated text belongs to.
type TextKind string

// The parts of a framework whose texts a form shows.
const (
	KindFramework        TextKind = "framework"         // id: the framework's id; field: title
	KindScale            TextKind = "scale"             // id: a scale value; field: label
	KindOrganisationType TextKind = "organisation_type" // id: the type's id; field: label
	KindRouting          TextKind = "routing"           // id: "routing"; fields: question, help
	KindRouteOption      TextKind = "route_option"      // id: the option's value; field: label
	KindKeyArea          TextKind = "key_area"          // id: the area's id; fields: title, aim
	KindQuickScan        TextKind = "quick_scan"        // id: "quick_scan"; fields: title, description
	KindDimension        TextKind = "dimension"         // id: the dimension's id; field: title
	KindGuidingQuestion  TextKind = "guiding_question"  // id: the question's id; field: text
	KindItem             TextKind = "item"              // id: the item's id; fields: question, help
)

// TextKey names one translatable text of a framework: the kind of part,
// its id, and the field ("question", "help", "title", "label"…), as the
// framework file spells them.
type TextKey struct {
	Kind  TextKind
	ID    string
	Field string
}

// Language is one language of a form: one label::Name (code) column of
// the XLSForm, one translation of the XForm.
//
// A form has the framework's own language first. Each translation
// overlay adds one more Language, whose Lookup gives the overlay's
// strings; a string it lacks falls back to the framework's.
type Language struct {
	Name string // the language's name in itself: "English", "Lietuvių"
	Code string // "en", "lt"
	// Printer gives the words scorecard adds (the profile's questions,
	// the closing note); nil means English.
	Printer *locale.Printer
	// Lookup returns the translation of a framework text; nil, or false,
	// means the framework's own text.
	Lookup func(TextKey) (string, bool)
}

// Column is how XLSForm and XForm name the language: "English (en)".
func (l Language) Column() string { return l.Name + " (" + l.Code + ")" }

func (l Language) printer() *locale.Printer {
	if l.Printer == nil {
		return locale.English()
	}
	return l.Printer
}

// text is the translation of a framework text, or the original.
func (l Language) text(kind TextKind, id, field, original string) string {
	if l.Lookup != nil {
		if s, ok := l.Lookup(TextKey{Kind: kind, ID: id, Field: field}); ok && strings.TrimSpace(s) != "" {
			return s
		}
	}
	return original
}

// Base is the framework's own language: its texts as they are, and
// scorecard's words in that language when scorecard speaks it, else in
// the interface language p.
func Base(fw *checklist.Framework, p *locale.Printer) Language {
	code := strings.TrimSpace(fw.Language)
	if code == "" {
		code = "en"
	}
	l := Language{Name: code, Code: code, Printer: p}
	if name, lp, ok := named(code); ok {
		l.Name, l.Printer = name, lp
	}
	return l
}

// Languages is the list of languages of a form of fw: its own, then one
// per translation. Translations are given as languages with a Lookup.
func Languages(fw *checklist.Framework, p *locale.Printer, translations ...Language) []Language {
	return append([]Language{Base(fw, p)}, translations...)
}

// named gives a language code its name and scorecard's words in it: the
// interface language's own name and printer when scorecard speaks it.
func named(code string) (string, *locale.Printer, bool) {
	if lp, err := locale.New(code); err == nil && lp.Code() == code {
		return lp.Name(), lp, true
	}
	return code, nil, false
}

// Translated is the language of a translation overlay of fw: the
// framework's texts as tr gives them (the original where it gives none),
// and scorecard's own words (the profile's questions, the notes on
// scores) from that language's interface catalog when scorecard speaks
// it, else in English. Its name is the language's name in itself when
// scorecard speaks it ("Lietuvių"), else its code.
func Translated(fw *checklist.Framework, tr *checklist.Translation) (Language, error) {
	t, err := tr.Apply(fw)
	if err != nil {
		return Language{}, err
	}
	l := Language{Name: tr.Language, Code: tr.Language, Printer: locale.English()}
	if name, p, ok := named(tr.Language); ok {
		l.Name, l.Printer = name, p
	}
	texts := frameworkTexts(t)
	l.Lookup = func(k TextKey) (string, bool) {
		s, ok := texts[k]
		return s, ok
	}
	return l, nil
}

// frameworkTexts lists every text of a framework that a form shows.
func frameworkTexts(fw *checklist.Framework) map[TextKey]string {
	m := map[TextKey]string{}
	put := func(kind TextKind, id, field, text string) {
		if text != "" {
			m[TextKey{Kind: kind, ID: id, Field: field}] = text
		}
	}
	items := func(its []*checklist.Item) {
		for _, it := range its {
			put(KindItem, it.ID, "question", it.Question)
			put(KindItem, it.ID, "help", it.Help)
		}
	}
	put(KindFramework, fw.ID, "title", fw.Title)
	for _, v := range fw.Scale {
		put(KindScale, v.Value, "label", v.Label)
	}
	for _, t := range fw.OrganisationTypes {
		put(KindOrganisationType, t.ID, "label", t.Label)
	}
	if r := fw.Routing; r != nil {
		put(KindRouting, "routing", "question", r.Question)
		put(KindRouting, "routing", "help", r.Help)
		for _, o := range r.Options {
			put(KindRouteOption, o.Value, "label", o.Label)
		}
	}
	for _, a := range fw.KeyAreas {
		put(KindKeyArea, a.ID, "title", a.Title)
		put(KindKeyArea, a.ID, "aim", a.Aim)
		items(a.Items())
	}
	if qs := fw.QuickScan; qs != nil {
		put(KindQuickScan, "quick_scan", "title", qs.Title)
		put(KindQuickScan, "quick_scan", "description", qs.Description)
		items(qs.Items)
	}
	for _, d := range fw.Dimensions {
		put(KindDimension, d.ID, "title", d.Title)
		for _, q := range d.Questions {
			put(KindGuidingQuestion, q.ID, "text", q.Text)
			items(q.Indicators)
		}
	}
	return m
}

// Prefer moves the language with the given code to the front of langs,
// where it is the form's default: the language a person reads first. The
// others keep their order; without such a language, langs is unchanged.
func Prefer(langs []Language, code string) []Language {
	for i, l := range langs {
		if l.Code == code && i > 0 {
			out := append([]Language{l}, langs[:i]...)
			return append(out, langs[i+1:]...)
		}
	}
	return langs
}
