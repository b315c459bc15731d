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
	if lp, err := locale.New(code); err == nil && lp.Code() == code {
		l.Name, l.Printer = lp.Name(), lp
	}
	return l
}

// Languages is the list of languages of a form of fw: its own, then one
// per translation. Translations are given as languages with a Lookup.
func Languages(fw *checklist.Framework, p *locale.Printer, translations ...Language) []Language {
	return append([]Language{Base(fw, p)}, translations...)
}
