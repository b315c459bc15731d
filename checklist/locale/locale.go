// Package locale gives scorecard's interface its words in the user's
// language: a Printer looks every message up in the language's catalog
// (data/locales/CODE.yaml), chooses plural forms by the language's rules,
// and writes decimal numbers and dates the way the language does.
//
// Messages are keyed by their English format string, as written in the Go
// code:
//
//	p.Sprintf("Key area %d of %d", i, n)
//
// English needs catalog entries only for plural forms; every other
// language translates each key. Only words meant for people go through a
// Printer: ids, flags, JSON and CSV keys and exit codes never do.
//
// Integer arguments are quantities and are grouped by the language's rules
// ("10,000 files"); pass line numbers, years and ids as strings.
package locale

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/inclusion-tools/scorecard/data"
)

// Pseudo is the code of the pseudo-locale used by tests: English with
// accented, bracketed words, so that any text that bypasses the catalog
// shows up as plain English.
const Pseudo = "qps"

// Printer formats messages for one language. It is safe for concurrent
// use.
type Printer struct {
	code   string
	name   string
	tag    language.Tag
	p      *message.Printer
	layout string // time layout of a date
	point  string // decimal separator
	pseudo bool
	texts  map[string]string // the catalog's texts without plural forms, for Text
}

// Language names an interface language scorecard can speak.
type Language struct {
	Code string // "en", "lt"
	Name string // in the language itself: "English", "Lietuvių"
}

// parsed caches each embedded catalog, parsed on first use: a command
// in English never parses another language's catalog (the Lithuanian one
// alone took some 8 ms, at every start-up, when all were parsed at once).
var parsed struct {
	mu   sync.Mutex
	cats map[string]*Catalog
	errs map[string]error
}

var errNoCatalog = errors.New("no catalog")

// catalogFor parses the embedded catalog of one language, once. ok is
// false when there is none.
func catalogFor(code string) (c *Catalog, ok bool, err error) {
	parsed.mu.Lock()
	defer parsed.mu.Unlock()
	if c, ok := parsed.cats[code]; ok {
		return c, true, nil
	}
	if err, ok := parsed.errs[code]; ok {
		if err == errNoCatalog {
			return nil, false, nil
		}
		return nil, true, err
	}
	if parsed.cats == nil {
		parsed.cats, parsed.errs = map[string]*Catalog{}, map[string]error{}
	}
	name := "locales/" + code + ".yaml"
	b, rerr := data.Locales.ReadFile(name)
	if rerr != nil {
		parsed.errs[code] = errNoCatalog
		return nil, false, nil
	}
	c, err = ParseCatalog(name, b)
	if err == nil && c.Code != code {
		err = fmt.Errorf("%s: language %q does not match the file name", name, c.Code)
	}
	if err != nil {
		parsed.errs[code] = err
		return nil, true, err
	}
	parsed.cats[code] = c
	return c, true, nil
}

// catalogs parses every embedded catalog (for the list of languages, and
// tests).
func catalogs() (map[string]*Catalog, error) {
	entries, err := data.Locales.ReadDir("locales")
	if err != nil {
		return nil, err
	}
	cats := map[string]*Catalog{}
	for _, e := range entries {
		code, ok := strings.CutSuffix(e.Name(), ".yaml")
		if !ok {
			continue
		}
		c, _, err := catalogFor(code)
		if err != nil {
			return nil, err
		}
		cats[code] = c
	}
	return cats, nil
}

// Available lists the interface languages, English first, then by code.
// The pseudo-locale is not listed.
func Available() []Language {
	cats, err := catalogs()
	if err != nil {
		return []Language{{Code: "en", Name: "English"}}
	}
	var out []Language
	for code, c := range cats {
		out = append(out, Language{Code: code, Name: c.Name})
	}
	slices.SortFunc(out, func(a, b Language) int {
		switch {
		case a.Code == "en":
			return -1
		case b.Code == "en":
			return 1
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out
}

// English returns the printer of the default language.
func English() *Printer {
	p, err := New("en")
	if err != nil {
		// The English catalog is embedded and tested; without it, fall
		// back to the bare keys rather than fail.
		return &Printer{code: "en", name: "English", tag: language.English, p: message.NewPrinter(language.English), layout: time.DateOnly, point: "."}
	}
	return p
}

var printers sync.Map // code → *Printer

// New returns the printer for a language code ("lt", "lt-LT", "lt_LT"),
// or an error naming the languages there are.
func New(code string) (*Printer, error) {
	code = normalise(code)
	if p, ok := printers.Load(code); ok {
		return p.(*Printer), nil
	}
	p, err := build(code)
	if err != nil {
		return nil, err
	}
	actual, _ := printers.LoadOrStore(code, p)
	return actual.(*Printer), nil
}

func build(code string) (*Printer, error) {
	base := code
	if code == Pseudo {
		base = "en"
	}
	c, ok, err := catalogFor(base)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &UnknownLanguageError{Code: code}
	}
	p, err := fromCatalog(c)
	if err != nil {
		return nil, err
	}
	if code == Pseudo {
		p.code, p.name, p.pseudo = Pseudo, "Pseudo", true
	}
	return p, nil
}

// fromCatalog builds the printer of a catalog's language. English plural
// forms stand in for any that a partial catalog lacks.
func fromCatalog(c *Catalog) (*Printer, error) {
	tag, err := language.Parse(c.Code)
	if err != nil {
		return nil, &UnknownLanguageError{Code: c.Code}
	}
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	if err := c.addTo(b, tag); err != nil {
		return nil, err
	}
	if c.Code != "en" {
		if en, ok, err := catalogFor("en"); err == nil && ok {
			if err := englishPlurals(en, c).addTo(b, tag); err != nil {
				return nil, err
			}
		}
	}
	mp := message.NewPrinter(tag, message.Catalog(b))
	point := "."
	if s := mp.Sprintf("%.1f", 1.5); len(s) >= 3 {
		point = s[1 : len(s)-1]
	}
	texts := map[string]string{}
	for k, m := range c.Messages {
		if m.Forms == nil && m.Text != "" {
			texts[k] = m.Text
		}
	}
	return &Printer{code: c.Code, name: c.Name, tag: tag, p: mp, layout: c.DateLayout, point: point, texts: texts}, nil
}

// englishPlurals returns the English plural messages that c leaves
// untranslated, to stand in for them under c's language. The printer
// chooses forms by c's language's rules, which can call 21 "one": the
// English singular is given for exactly 1 instead.
func englishPlurals(en, c *Catalog) *Catalog {
	out := &Catalog{Code: c.Code, Messages: map[string]Message{}}
	for _, k := range en.Keys {
		m := en.Messages[k]
		if m.Forms == nil {
			continue
		}
		if t, ok := c.Messages[k]; ok && !t.Untranslated() {
			continue
		}
		forms := map[string]string{"other": m.Forms["other"]}
		for f, s := range m.Forms {
			if strings.HasPrefix(f, "=") {
				forms[f] = s
			}
		}
		if one, ok := m.Forms["one"]; ok {
			if _, set := forms["=1"]; !set {
				forms["=1"] = one
			}
		}
		out.Messages[k] = Message{Forms: forms, Arg: m.Arg}
		out.Keys = append(out.Keys, k)
	}
	return out
}

func normalise(code string) string {
	code = strings.TrimSpace(code)
	if code == "" {
		return "en"
	}
	if strings.EqualFold(code, Pseudo) {
		return Pseudo
	}
	// "lt_LT.UTF-8@euro" → "lt"
	code, _, _ = strings.Cut(code, ".")
	code, _, _ = strings.Cut(code, "@")
	code, _, _ = strings.Cut(strings.ReplaceAll(code, "_", "-"), "-")
	code = strings.ToLower(code)
	if code == "c" || code == "posix" {
		return "en"
	}
	return code
}

// UnknownLanguageError says that scorecard does not speak a language.
type UnknownLanguageError struct{ Code string }

func (e *UnknownLanguageError) Error() string {
	var codes []string
	for _, l := range Available() {
		codes = append(codes, l.Code+" ("+l.Name+")")
	}
	return fmt.Sprintf("there is no interface language %q; choose one of: %s", e.Code, strings.Join(codes, ", "))
}

// Detect chooses the language: the --lang flag when given (an unknown one
// is an error), else the first of LC_ALL, LC_MESSAGES and LANG that is
// set (an unknown one means English, as for any program), else English.
func Detect(flag string, getenv func(string) string) (*Printer, error) {
	if strings.TrimSpace(flag) != "" {
		return New(flag)
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if p, err := New(s); err == nil {
				return p, nil
			}
			break
		}
	}
	return English(), nil
}

// Code is the language's code: "en", "lt", "qps".
func (p *Printer) Code() string { return p.code }

// Name is the language's name in itself.
func (p *Printer) Name() string { return p.name }

// Tag is the language as a BCP 47 tag, for HTML's lang and PDF metadata.
// The pseudo-locale reports English.
func (p *Printer) Tag() language.Tag { return p.tag }

// Sprintf formats a message of the catalog. The format is the English
// text as written in the code; the arguments are formatted for the
// language (decimal comma, digit grouping); an argument that is a
// Localizer (a Msg, an Error) is written in the language too.
func (p *Printer) Sprintf(format string, args ...any) string {
	args = p.localizeArgs(args)
	if p.pseudo {
		return p.pseudoSprintf(format, args)
	}
	return p.p.Sprintf(format, args...)
}

// Text returns a text of the catalog as it is, without formatting it: the
// help of commands and flags, which cobra prints and which may hold a %
// of its own. It is the English key itself where the language has no
// translation.
func (p *Printer) Text(key string) string {
	if p.pseudo {
		return pseudoText(key)
	}
	if t, ok := p.texts[key]; ok {
		return t
	}
	return key
}

// Fprintf writes a message of the catalog to w.
func (p *Printer) Fprintf(w io.Writer, format string, args ...any) (int, error) {
	return io.WriteString(w, p.Sprintf(format, args...))
}

// Decimal writes a number with one decimal, rounded half away from zero,
// with the language's decimal separator: "81.5" in English, "81,5" in
// Lithuanian. Digits are not grouped (scores run from 0 to 100).
func (p *Printer) Decimal(v float64) string {
	return p.Number(strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64))
}

// Change writes a change of a score with its sign and one decimal, in
// the language's way: "+8.8", "-3.5". A change that rounds to nothing is
// "+0.0", never "-0.0" (or "+-0.0").
func (p *Printer) Change(d float64) string {
	r := math.Round(d*10) / 10
	if r == 0 {
		r = 0 // not -0
	}
	s := p.Decimal(r)
	if r >= 0 {
		s = "+" + s
	}
	return s
}

// Number rewrites a number formatted by strconv ("66.5", "-3.25") with the
// language's decimal separator.
func (p *Printer) Number(s string) string {
	if p.point == "." {
		return s
	}
	return strings.Replace(s, ".", p.point, 1)
}

// Date writes a date given as YYYY-MM-DD the way the language writes
// dates; anything else is returned as it is.
func (p *Printer) Date(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil || p.layout == "" {
		return iso
	}
	return t.Format(p.layout)
}
