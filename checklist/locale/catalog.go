package locale

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Catalog is the parsed message file of one language:
//
//	language: lt
//	name: Lietuvių
//	date_layout: "2006-01-02"
//	messages:
//	  "Key area %d of %d": "Pagrindinė sritis %d iš %d"
//	  "%d questions":              # plural forms, by CLDR category
//	    one: "%d klausimas"
//	    few: "%d klausimai"
//	    many: "%d klausimo"
//	    other: "%d klausimų"
//	    arg: 1                     # which argument chooses (default 1)
type Catalog struct {
	Code       string
	Name       string
	DateLayout string
	Messages   map[string]Message
	Keys       []string // the message keys in file order
}

// Message is one translated message: a plain text, or plural forms.
type Message struct {
	Text   string
	Forms  map[string]string // "one", "few", "many", "other", "=0", …
	Arg    int               // the argument that chooses a form, from 1
	Line   int
	Column int
}

// Untranslated reports whether a message is still to be translated: its
// text, or each of its plural forms, is empty. A translator's skeleton
// (cmd/internal/catalog) writes every key so; the printer shows the
// English of such a message, as of a key the catalog does not have.
func (m Message) Untranslated() bool {
	for _, f := range m.Forms {
		if f != "" {
			return false
		}
	}
	return m.Text == ""
}

// PluralCategories are the keys a plural message may use.
var PluralCategories = []string{"zero", "one", "two", "few", "many", "other"}

// ParseCatalog reads a catalog file; errors name the file, line and
// column.
func ParseCatalog(name string, b []byte) (*Catalog, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: a catalog is a mapping with language, name and messages", name)
	}
	c := &Catalog{Messages: map[string]Message{}}
	var errs []error
	fail := func(n *yaml.Node, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d:%d: %s", name, n.Line, n.Column, fmt.Sprintf(format, args...)))
	}
	top := doc.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "language":
			c.Code = v.Value
		case "name":
			c.Name = v.Value
		case "date_layout":
			c.DateLayout = v.Value
		case "messages":
			if v.Kind != yaml.MappingNode {
				fail(v, "messages must be a mapping of English text to translation")
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				mk, mv := v.Content[j], v.Content[j+1]
				if _, dup := c.Messages[mk.Value]; dup {
					fail(mk, "message %q appears twice", mk.Value)
					continue
				}
				m, err := parseMessage(mv)
				if err != "" {
					fail(mv, "message %q: %s", mk.Value, err)
					continue
				}
				m.Line, m.Column = mk.Line, mk.Column
				c.Messages[mk.Value] = m
				c.Keys = append(c.Keys, mk.Value)
			}
		default:
			fail(k, "unknown key %q (expected language, name, date_layout or messages)", k.Value)
		}
	}
	if c.Code == "" {
		errs = append(errs, fmt.Errorf("%s: the catalog has no language code", name))
	}
	if c.Name == "" {
		c.Name = c.Code
	}
	if c.DateLayout == "" {
		c.DateLayout = "2006-01-02"
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

func parseMessage(n *yaml.Node) (Message, string) {
	switch n.Kind {
	case yaml.ScalarNode:
		return Message{Text: n.Value}, ""
	case yaml.MappingNode:
		m := Message{Forms: map[string]string{}, Arg: 1}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i].Value, n.Content[i+1]
			switch {
			case k == "arg":
				a, err := strconv.Atoi(v.Value)
				if err != nil || a < 1 {
					return m, "arg must be the number of an argument, from 1"
				}
				m.Arg = a
			case slices.Contains(PluralCategories, k) || strings.HasPrefix(k, "="):
				m.Forms[k] = v.Value
			default:
				return m, fmt.Sprintf("unknown plural form %q (use %s, or =N)", k, strings.Join(PluralCategories, ", "))
			}
		}
		if m.Untranslated() {
			return m, ""
		}
		if m.Forms["other"] == "" {
			return m, `plural forms need "other"`
		}
		return m, ""
	}
	return Message{}, "a translation is a text, or a mapping of plural forms"
}

// addTo registers the catalog's messages for a language.
func (c *Catalog) addTo(b *catalog.Builder, tag language.Tag) error {
	for _, k := range c.Keys {
		m := c.Messages[k]
		if m.Untranslated() {
			continue
		}
		if m.Forms == nil {
			if err := b.SetString(tag, k, m.Text); err != nil {
				return err
			}
			continue
		}
		var cases []any
		// Exact numbers first, then the categories in CLDR order, "other"
		// last, as plural.Selectf requires.
		var exact []string
		for f := range m.Forms {
			if strings.HasPrefix(f, "=") && m.Forms[f] != "" {
				exact = append(exact, f)
			}
		}
		slices.Sort(exact)
		for _, f := range exact {
			cases = append(cases, f, m.Forms[f])
		}
		for _, f := range PluralCategories {
			if s, ok := m.Forms[f]; ok && s != "" {
				cases = append(cases, f, s)
			}
		}
		if err := b.Set(tag, k, plural.Selectf(m.Arg, "", cases...)); err != nil {
			return err
		}
	}
	return nil
}
