package checklist

import (
	"bytes"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Pos is where a value was found in its YAML file. A struct that has a
// field of type Pos also learns where each of its keys' values sits, so
// validation can point at the exact field that is wrong.
type Pos struct {
	Line, Column int
	keys         map[string]Pos
}

// Key returns the position of the value stored under key, or p itself
// when the key was absent.
func (p Pos) Key(key string) Pos {
	if q, ok := p.keys[key]; ok {
		return q
	}
	return Pos{Line: p.Line, Column: p.Column}
}

func nodePos(n *yaml.Node) Pos { return Pos{Line: n.Line, Column: n.Column} }

// maxAliasExpansions bounds how many alias nodes a document may expand
// while it is decoded. Real framework and answer files need none; the
// bound only exists so that a "billion laughs" file fails fast.
const maxAliasExpansions = 100

// decoder fills Go values from a yaml.Node tree strictly: unknown keys,
// duplicate keys and values of the wrong kind are all reported, each with
// its line and column, and decoding carries on so that one run reports
// every problem. yaml.v3's own KnownFields mode stops short of this: it
// gives lines without columns and ignores duplicate keys in nodes.
type decoder struct {
	file    string
	src     []byte // the file's text, for exact columns in messages
	probs   *Problems
	aliases int
}

func (d *decoder) errorf(p Pos, format string, args ...any) {
	d.probs.add(d.file, p, false, format, args...)
}

// resolve follows an alias node, charging the alias budget. It returns nil
// when the budget is spent.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		d.aliases++
		if d.aliases > maxAliasExpansions {
			if d.aliases == maxAliasExpansions+1 {
				d.errorf(nodePos(n), "too many YAML aliases (more than %d); write the values out instead", maxAliasExpansions)
			}
			return nil
		}
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// kindName says what a node is, for "expected …, found …" messages.
func kindName(n *yaml.Node) locale.Msg {
	switch n.Kind {
	case yaml.MappingNode:
		return locale.M("a mapping")
	case yaml.SequenceNode:
		return locale.M("a list")
	case yaml.ScalarNode:
		if isNull(n) {
			return locale.M("nothing")
		}
		return locale.M("%q", n.Value)
	}
	return locale.M("an unexpected value")
}

var posType = reflect.TypeOf(Pos{})

// exhausted reports whether the document used up its alias budget, after
// which further problems are only echoes of that one.
func (d *decoder) exhausted() bool { return d.aliases > maxAliasExpansions }

// decode fills v, which must be settable, from n.
func (d *decoder) decode(n *yaml.Node, v reflect.Value) {
	n = d.resolve(n)
	if n == nil {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			return
		}
		e := reflect.New(v.Type().Elem())
		d.decode(n, e.Elem())
		v.Set(e)
	case reflect.Struct:
		d.decodeStruct(n, v)
	case reflect.Slice:
		if isNull(n) {
			return
		}
		if n.Kind != yaml.SequenceNode {
			d.errorf(nodePos(n), "expected a list, found %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
		for _, c := range n.Content {
			e := reflect.New(v.Type().Elem()).Elem()
			d.decode(c, e)
			// An entry that decoded to nothing (a null, or an alias past the
			// budget) is dropped, so that no nil pointer reaches validation.
			if e.Kind() == reflect.Pointer && e.IsNil() {
				if rc := d.resolve(c); rc != nil && isNull(rc) {
					d.errorf(nodePos(rc), "empty entry in a list; remove the lone \"-\" or fill it in")
				}
				continue
			}
			s = reflect.Append(s, e)
		}
		v.Set(s)
	case reflect.String:
		if s, ok := d.scalar(n, locale.M("text")); ok {
			d.checkText(n, s)
			v.SetString(s)
		}
	case reflect.Int:
		if s, ok := d.scalar(n, locale.M("a whole number")); ok {
			i, err := strconv.Atoi(s)
			if err != nil {
				d.errorf(nodePos(n), "expected a whole number, found %q", s)
				return
			}
			v.SetInt(int64(i))
		}
	case reflect.Float64:
		if s, ok := d.scalar(n, locale.M("a number")); ok {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil && !yamlNonFinite(s) && !math.IsInf(f, 0) {
				d.errorf(nodePos(n), "expected a number, found %q", s)
				return
			}
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				d.errorf(nodePos(n), "expected a number, found %q, which is not a finite number; write a number such as 0.5", s)
				return
			}
			v.SetFloat(f)
		}
	case reflect.Bool:
		if s, ok := d.scalar(n, locale.M("true or false")); ok {
			switch strings.ToLower(s) {
			case "true":
				v.SetBool(true)
			case "false":
				v.SetBool(false)
			default:
				d.errorf(nodePos(n), "expected true or false, found %q", s)
			}
		}
	default:
		panic("checklist: cannot decode into " + v.Type().String())
	}
}

// checkText reports a control character or an invisible formatting
// character in a text of the file (see UnsafeRune): framework texts are
// shown in terminals and copied into reports and templates, so they must
// be plain text. The position is the character's own when it can be told
// from the scalar (a plain or single-quoted one on one line), else the
// scalar's.
func (d *decoder) checkText(n *yaml.Node, s string) {
	r, off, found := UnsafeRune(s)
	if !found {
		return
	}
	at := nodePos(n)
	if col, ok := d.columnOf(n, s[:off+utf8.RuneLen(r)]); ok {
		at.Column = col
	}
	fix := locale.M("remove it")
	if r == '\u2028' || r == '\u2029' {
		fix = locale.M("use an ordinary line break instead")
	}
	d.errorf(at, "the text holds %s; %s (framework texts are plain text: the only special characters they may hold are tabs and line breaks)", describeRune(r), fix)
}

// columnOf finds the column of the last character of prefix, the start
// of scalar n's text, when the file holds that text as written: a plain
// or single-quoted scalar whose text up to there has no escapes and no
// line breaks.
func (d *decoder) columnOf(n *yaml.Node, prefix string) (int, bool) {
	start := n.Column
	switch n.Style {
	case 0:
	case yaml.SingleQuotedStyle:
		start++
	default:
		return 0, false
	}
	line, ok := sourceLine(d.src, n.Line)
	if !ok || strings.ContainsAny(prefix, "\n'") {
		return 0, false
	}
	// Columns count characters.
	runes := []rune(line)
	if start-1 > len(runes) || !strings.HasPrefix(string(runes[start-1:]), prefix) {
		return 0, false
	}
	return start + utf8.RuneCountInString(prefix) - 1, true
}

// sourceLine returns line n (from 1) of src.
func sourceLine(src []byte, n int) (string, bool) {
	for i := 1; len(src) > 0; i++ {
		line, rest, _ := bytes.Cut(src, []byte("\n"))
		if i == n {
			return string(line), true
		}
		src = rest
	}
	return "", false
}

// describeRune names a character that cannot be shown as itself.
func describeRune(r rune) locale.Msg {
	name, ok := map[rune]locale.Msg{
		'\r':     locale.M("a carriage return"),
		'\x1b':   locale.M("an escape character (the start of a terminal control sequence)"),
		'\u2028': locale.M("a line separator (U+2028)"),
		'\u2029': locale.M("a paragraph separator (U+2029)"),
		'\u200c': locale.M("a zero width non-joiner (U+200C) outside a word"),
		'\u200d': locale.M("a zero width joiner (U+200D) outside a word"),
		'\u202e': locale.M("a right-to-left override (U+202E), which displays the text after it reversed"),
		'\u202d': locale.M("a left-to-right override (U+202D)"),
		'\u202a': locale.M("a left-to-right embedding (U+202A)"),
		'\u202b': locale.M("a right-to-left embedding (U+202B)"),
		'\u202c': locale.M("a pop directional formatting (U+202C)"),
		'\u2066': locale.M("a left-to-right isolate (U+2066)"),
		'\u2067': locale.M("a right-to-left isolate (U+2067)"),
		'\u2068': locale.M("a first strong isolate (U+2068)"),
		'\u2069': locale.M("a pop directional isolate (U+2069)"),
		'\u200e': locale.M("a left-to-right mark (U+200E)"),
		'\u200f': locale.M("a right-to-left mark (U+200F)"),
		'\u061c': locale.M("an Arabic letter mark (U+061C)"),
		'\u200b': locale.M("a zero width space (U+200B)"),
		'\ufeff': locale.M("a byte-order mark or zero width no-break space (U+FEFF)"),
		'\u00ad': locale.M("a soft hyphen (U+00AD)"),
	}[r]
	switch {
	case ok:
		return name
	case isJoiner(r):
		return locale.M("a joining character (U+%s) outside a word", codePoint(r))
	case unicode.IsControl(r):
		return locale.M("a control character (U+%s)", codePoint(r))
	}
	return locale.M("an invisible formatting character (U+%s)", codePoint(r))
}

// codePoint writes a character's number as Unicode does: "200B".
func codePoint(r rune) string { return fmt.Sprintf("%04X", r) }

// yamlNonFinite reports YAML's own spellings of not-a-number and the
// infinities, which strconv does not read.
func yamlNonFinite(s string) bool {
	switch strings.ToLower(s) {
	case ".nan", ".inf", "+.inf", "-.inf":
		return true
	}
	return false
}

// scalar returns n's text when n is a non-null scalar.
func (d *decoder) scalar(n *yaml.Node, want locale.Msg) (string, bool) {
	if isNull(n) {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		d.errorf(nodePos(n), "expected %s, found %s", want, kindName(n))
		return "", false
	}
	return n.Value, true
}

type fieldInfo struct {
	index []int
	name  string
}

func yamlFields(t reflect.Type) (fields []fieldInfo, pos []int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == posType {
			pos = f.Index
			continue
		}
		tag := f.Tag.Get("yaml")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fields = append(fields, fieldInfo{index: f.Index, name: name})
	}
	return fields, pos
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(nodePos(n), "expected a mapping of keys to values, found %s", kindName(n))
		return
	}
	fields, posIndex := yamlFields(v.Type())
	byName := make(map[string]fieldInfo, len(fields))
	for _, f := range fields {
		byName[f.name] = f
	}
	p := nodePos(n)
	p.keys = make(map[string]Pos, len(n.Content)/2)
	seen := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(nodePos(k), "expected a key, found %s", kindName(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.errorf(nodePos(k), "duplicate key %q (first given on line %s); keep only one", k.Value, strconv.Itoa(first))
			continue
		}
		seen[k.Value] = k.Line
		f, ok := byName[k.Value]
		if !ok {
			d.errorf(nodePos(k), "unknown key %q (expected one of: %s)", k.Value, knownKeys(fields))
			continue
		}
		rv := d.resolve(val)
		if rv == nil {
			continue
		}
		p.keys[k.Value] = nodePos(rv)
		d.decode(rv, v.FieldByIndex(f.index))
	}
	if posIndex != nil {
		v.FieldByIndex(posIndex).Set(reflect.ValueOf(p))
	}
}

func knownKeys(fields []fieldInfo) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
