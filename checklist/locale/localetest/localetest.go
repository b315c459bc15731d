// Package localetest finds English that a test run in the pseudo-locale
// (--lang qps) shows although the catalog should have translated it. In
// that locale every message of the catalog and every framework text is
// accented ("[Ķéý åŕéå 1 öƒ 6]"), so three plain English words in a row
// are text that bypassed the catalog.
//
// User data (names, notes) is English in the fixtures; MarkUserText wraps
// it in « » so that Untranslated leaves it alone.
package localetest

import (
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Open and Close mark text a person wrote, which no catalog translates.
const (
	Open  = "«"
	Close = "»"
)

var (
	userText = regexp.MustCompile(`(?s)` + Open + `.*?` + Close)
	// A command line in a message ("To continue: scorecard assess x.yaml")
	// is typed, not translated.
	commandLine = regexp.MustCompile(`\bscorecard(?: +[a-z][a-z-]*)+`)
	url         = regexp.MustCompile(`https?://\S+`)
	// A plain word: lower-case ASCII letters, perhaps with an apostrophe,
	// between brackets or quotes, before punctuation.
	plainWord = regexp.MustCompile(`^[(\["“‘']*[a-z]+(?:'[a-z]+)?[)\]"”’']*([,.;:!?]*)[)\]"”’']*$`)
)

// Untranslated returns each run of three or more plain English words in
// text, outside user text (« »), command lines and URLs: what a test in
// the pseudo-locale should find none of. A word that ends in punctuation
// ends its run, so that lists of values ("yes, partly, no") are no run.
func Untranslated(text string) []string {
	text = userText.ReplaceAllString(text, " ")
	text = url.ReplaceAllString(text, " ")
	text = commandLine.ReplaceAllString(text, " ")
	var out, run []string
	flush := func() {
		if len(run) >= 3 {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for _, line := range strings.Split(text, "\n") {
		for _, tok := range strings.Fields(line) {
			m := plainWord.FindStringSubmatch(tok)
			if m == nil {
				flush()
				continue
			}
			run = append(run, tok)
			if m[1] != "" {
				flush()
			}
		}
		// A line break does not end a sentence: wrapped text runs on.
	}
	flush()
	return out
}

// userKeys are the keys of an answer file whose values a person wrote.
var userKeys = map[string]bool{"name": true, "organisation": true, "country": true, "assessors": true, "note": true, "evidence": true, "notes": true, "rater": true}

// MarkUserText returns an answer file with every text a person wrote
// (the practice's name, organisation, country and assessors, notes,
// evidence, raters) between « and ».
func MarkUserText(b []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	var walk func(n *yaml.Node, user bool)
	walk = func(n *yaml.Node, user bool) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, user)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], user || userKeys[n.Content[i].Value])
			}
		case yaml.ScalarNode:
			if user && n.Tag != "!!null" && n.Value != "" {
				n.Value = Open + n.Value + Close
				n.Style = yaml.DoubleQuotedStyle
			}
		}
	}
	walk(&doc, false)
	return yaml.Marshal(&doc)
}

// MarkPublications returns a framework file with the titles of the
// publications it cites (its attribution and each key area's useful
// materials) between « and »: they stay as published in every language,
// like user text.
func MarkPublications(b []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	var walk func(n *yaml.Node, in string)
	walk = func(n *yaml.Node, in string) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, in)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i].Value, n.Content[i+1]
				if k == "title" && (in == "attribution" || in == "materials") && v.Kind == yaml.ScalarNode {
					v.Value = Open + v.Value + Close
					v.Style = yaml.DoubleQuotedStyle
					continue
				}
				walk(v, k)
			}
		}
	}
	walk(&doc, "")
	return yaml.Marshal(&doc)
}
