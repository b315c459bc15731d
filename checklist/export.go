package checklist

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// WriteFramework writes fw as YAML in exactly the form Load reads, so that
// an exported framework can be edited and loaded again; the framework
// fuzzer checks that every framework Load accepts survives the trip
// unchanged.
//
// The YAML is built node by node rather than by yaml.v3's marshaller,
// writes some texts as literal blocks it cannot read back: a text that
// starts with a tab (https://github.com/yaml/go-yaml/issues/383), with an
// empty line (https://github.com/yaml/go-yaml/issues/76), or with a space
// inside a list (https://github.com/yaml/go-yaml/issues/399, first
// reported as https://github.com/go-yaml/yaml/issues/643). Such texts are
// written double-quoted instead, with escapes.
func WriteFramework(w io.Writer, fw *Framework) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(exportNode(reflect.ValueOf(fw))); err != nil {
		return err
	}
	return enc.Close()
}

// exportNode returns the YAML node of v, following the yaml struct tags
// of the framework's types.
func exportNode(v reflect.Value) *yaml.Node {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
		}
		return exportNode(v.Elem())
	case reflect.Struct:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, f := range exportFields(v.Type()) {
			fv := v.FieldByIndex(f.index)
			if f.omitEmpty && fv.IsZero() || f.omitEmpty && fv.Kind() == reflect.Slice && fv.Len() == 0 {
				continue
			}
			n.Content = append(n.Content, textNode(f.name), exportNode(fv))
		}
		return n
	case reflect.Slice:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		if v.Len() == 0 {
			n.Style = yaml.FlowStyle
		}
		for i := range v.Len() {
			n.Content = append(n.Content, exportNode(v.Index(i)))
		}
		return n
	case reflect.String:
		return textNode(v.String())
	case reflect.Int:
		return &yaml.Node{Kind: yaml.ScalarNode, Value: strconv.FormatInt(v.Int(), 10)}
	case reflect.Float64:
		// As yaml.v3 writes numbers: 1 rather than 1.0. Load refuses NaN
		// and infinities, so none reach here.
		return &yaml.Node{Kind: yaml.ScalarNode, Value: strconv.FormatFloat(v.Float(), 'g', -1, 64)}
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Value: strconv.FormatBool(v.Bool())}
	}
	panic(fmt.Sprintf("checklist: cannot export a %s", v.Type()))
}

// textNode returns the node of a text. The encoder chooses plain, quoted
// or literal style, and quotes a text that would read as something else
// in YAML 1.2 ("true", "1.0"); texts that a YAML 1.1 reader would take
// for anything but text (NeedsQuotes: "yes", "1:20", a version such as
// "1.0.0" or a section such as "3.4.1", which YAML 1.1's float pattern
// matches) are double-quoted too, as are texts whose literal blocks go
// wrong (see WriteFramework).
func textNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if !literalSafe(s) || NeedsQuotes(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// literalSafe reports whether s can be written as it is, or as a literal
// block, and read back the same. It cannot when it holds a tab or an
// unusual line break, or, spanning lines, starts with a space or a line
// break (yaml.v3 writes those in forms it does not read back), ends with
// a line break, or has a line that reads, once indented, as a comment:
// the passes that lay out a written file's comments and blank lines take
// such lines for their own (FuzzLoadTranslation found a summary whose line
// "# …" came back with a blank line before it). Such a text is written
// double-quoted.
func literalSafe(s string) bool {
	if strings.ContainsAny(s, "\t\r\u0085\u2028\u2029") {
		return false
	}
	if !strings.Contains(s, "\n") {
		return true
	}
	// A text that ends with a line break is written with "|+", and the
	// blank line a writer puts before the next key would join it.
	if s[0] == ' ' || s[0] == '\n' || strings.HasSuffix(s, "\n") {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- #") {
			return false
		}
	}
	return true
}

type exportField struct {
	index     []int
	name      string
	omitEmpty bool
}

func exportFields(t reflect.Type) []exportField {
	var fields []exportField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() || f.Type == posType {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fields = append(fields, exportField{index: f.Index, name: name, omitEmpty: opts == "omitempty"})
	}
	return fields
}
