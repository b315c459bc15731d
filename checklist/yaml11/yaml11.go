// Package yaml11 tells, for tests, which plain scalars of a YAML document
// a YAML 1.1 reader (PyYAML, many JavaScript and spreadsheet importers)
// would read as something other than text: a boolean, a number, a date,
// a null or a merge key. It uses the regular expressions of the YAML 1.1
// type repository (yaml.org/type), independently of how scorecard decides
// what to quote.
package yaml11

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// The implicit types of YAML 1.1, from https://yaml.org/type/.
var types = []struct {
	name string
	re   string
}{
	{"boolean", `y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`},
	{"integer", `[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`},
	{"float", `[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)`},
	{"null", `~|null|Null|NULL`}, // the empty scalar is null too, and means "nothing" to every reader
	{"timestamp", `[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\.[0-9]*)?(([ \t]*)Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?`},
	{"merge key", `<<`},
	{"value key", `=`},
}

// Type returns the YAML 1.1 type a plain scalar resolves to, or "" for
// text.
func Type(plain string) string {
	for i, re := range compiled() {
		if re.MatchString(plain) {
			return types[i].name
		}
	}
	return ""
}

// compiled is types' patterns, compiled once, when first needed.
var compiled = sync.OnceValue(func() []*regexp.Regexp {
	res := make([]*regexp.Regexp, len(types))
	for i, t := range types {
		res[i] = regexp.MustCompile(`^(?:` + t.re + `)$`)
	}
	return res
})

// NotText lists the plain scalars of a YAML document that a YAML 1.1
// reader takes for anything but text, as "line:col path: value is a
// type", leaving out the paths (such as "scorecard" or
// "practice.refugees_involved") where allow says a number or a boolean is
// meant. Mapping keys are checked too.
func NotText(doc []byte, allow func(path string) bool) ([]string, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(doc, &root); err != nil {
		return nil, err
	}
	var out []string
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				sub := strings.TrimPrefix(path+"."+k.Value, ".")
				walk(k, sub+" (key)")
				walk(n.Content[i+1], sub)
			}
		case yaml.ScalarNode:
			if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 || n.Tag == "!!str" && n.Style&yaml.TaggedStyle != 0 {
				return
			}
			if t := Type(n.Value); t != "" && !allow(path) {
				out = append(out, fmt.Sprintf("%d:%d %s: %q is a %s in YAML 1.1", n.Line, n.Column, path, n.Value, t))
			}
		}
	}
	walk(&root, "")
	return out, nil
}
