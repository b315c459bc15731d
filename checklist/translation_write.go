package checklist

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// WriteTranslation writes a translation of fw into language, to start a
// translation from or to bring one up to date: every text of the
// framework, in the framework's order, each under a comment that gives
// the original, with t's translation where t gives one and "" where not
// (a text left "" shows in the original language). t may be nil. header
// is written first, as comment lines.
//
// Values are always double-quoted, so a translator types between the
// quotes without learning YAML's other forms; texts of several lines are
// written as literal blocks.
func WriteTranslation(w io.Writer, fw *Framework, t *Translation, language, header string) error {
	if t == nil {
		t = &Translation{}
	}
	root := &yaml.Node{Kind: yaml.MappingNode}
	root.Content = append(root.Content, plainKey(TranslationKey), &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		plainKey("framework"), QuotedNode(fw.ID),
		plainKey("version"), QuotedNode(fw.Version),
		plainKey("language"), QuotedNode(language),
	}})
	body := frameworkShape(fw).node("", t, 0)
	if body != nil {
		root.Content = append(root.Content, body.Content...)
	}
	var buf bytes.Buffer
	for _, line := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		buf.WriteString(strings.TrimRight("# "+line, " ") + "\n")
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := w.Write(spaceOut(liftComments(buf.Bytes())))
	return err
}

// liftComments moves the comment that the encoder writes after a list's
// dash ("- # Title", then "  title: \"\"") above the dash, where a reader
// expects it: "# Title", then "- title: \"\"".
func liftComments(b []byte) []byte {
	lines := strings.SplitAfter(string(b), "\n")
	var out strings.Builder
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		trimmed := strings.TrimLeft(l, " ")
		indent := l[:len(l)-len(trimmed)]
		if !strings.HasPrefix(trimmed, "- #") {
			out.WriteString(l)
			continue
		}
		out.WriteString(indent + trimmed[2:])
		inner := indent + "  "
		j := i + 1
		for ; j < len(lines) && strings.HasPrefix(lines[j], inner+"#"); j++ {
			out.WriteString(indent + lines[j][len(inner):])
		}
		if j < len(lines) && strings.HasPrefix(lines[j], inner) {
			out.WriteString(indent + "- " + lines[j][len(inner):])
		}
		i = j
	}
	return []byte(out.String())
}

// node builds the YAML of a shape, or nil when the framework has no text
// there. indent is the column of the shape's keys, for the width of
// comments.
func (s *shape) node(path string, t *Translation, indent int) *yaml.Node {
	switch s.kind {
	case shapeText:
		if strings.TrimSpace(*s.text) == "" {
			return nil
		}
		n := QuotedNode(t.texts[path])
		if strings.Contains(n.Value, "\n") && literalSafe(n.Value) {
			n.Style = yaml.LiteralStyle
		}
		return n
	case shapeWords:
		words, given := t.lists[path]
		if !given {
			// Empty, not [], which would say "no other forms".
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
		}
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, w := range words {
			n.Content = append(n.Content, QuotedNode(w))
		}
		return n
	case shapeFields, shapeKeyed:
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range s.keys {
			kid := s.kids[k]
			v := kid.node(join(path, k), t, indent+2)
			if v == nil {
				continue
			}
			key := plainKey(k)
			if s.kind == shapeKeyed && (s.noun == "example" || s.noun == "scale value" || s.noun == "routing option") {
				key.Style = yaml.DoubleQuotedStyle
			}
			key.HeadComment = kid.comment(indent)
			m.Content = append(m.Content, key, v)
		}
		if len(m.Content) == 0 {
			return nil
		}
		return m
	case shapeList:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for i, e := range s.elems {
			v := e.node(join(path, fmt.Sprint(i+1)), t, indent+2)
			if v == nil {
				// Keep every position, so that the next ones match.
				v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "~"}
			}
			v.HeadComment = e.comment(indent)
			seq.Content = append(seq.Content, v)
		}
		if len(seq.Content) == 0 {
			return nil
		}
		return seq
	}
	return nil
}

// comment is the original text of a leaf, as comment lines for the
// translator, to stand at column indent.
func (s *shape) comment(indent int) string {
	var text string
	switch s.kind {
	case shapeText:
		text = *s.text
	case shapeWords:
		hint := `# (optional: other forms of the term that the texts use, as in ["word", "words"])`
		if len(*s.words) == 0 {
			return hint
		}
		return "# " + strings.Join(*s.words, ", ") + "\n" + hint
	default:
		return ""
	}
	var lines []string
	for _, para := range strings.Split(strings.TrimSpace(text), "\n") {
		if strings.TrimSpace(para) == "" {
			lines = append(lines, "#")
			continue
		}
		for _, l := range WrapWords(para, max(78-indent, 40)) {
			lines = append(lines, "# "+l)
		}
	}
	return strings.Join(lines, "\n")
}

// WrapWords breaks text into lines of at most width characters, at
// spaces; a longer word stands on its own line. The comments of the files
// scorecard writes are wrapped with it.
func WrapWords(text string, width int) []string {
	var lines []string
	var line strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		wl := len([]rune(w))
		if n > 0 && n+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			n = 0
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(w)
		n += wl
	}
	if n > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func plainKey(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// spaceOut adds a blank line before each top-level key and each key area
// and dimension (with the comment above it), so that a long file reads in
// sections.
func spaceOut(b []byte) []byte {
	lines := strings.SplitAfter(string(b), "\n")
	var out strings.Builder
	section := ""
	commentStart := -1 // index in pending of the first comment line
	var pending []string
	flush := func() {
		for _, l := range pending {
			out.WriteString(l)
		}
		pending = pending[:0]
		commentStart = -1
	}
	first := false // the previous line opened a section
	for i, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		indent := len(l) - len(trimmed)
		if strings.HasPrefix(trimmed, "#") {
			if commentStart < 0 {
				commentStart = len(pending)
			}
			pending = append(pending, l)
			continue
		}
		top := indent == 0 && trimmed != "" && trimmed != "\n"
		if top {
			section, _, _ = strings.Cut(trimmed, ":")
		}
		sub := indent == 2 && (section == "key_areas" || section == "dimensions") && !first
		first = top
		if (top || sub) && i > 0 && out.Len() > 0 {
			at := len(pending)
			if commentStart >= 0 {
				at = commentStart
			}
			pending = append(pending[:at], append([]string{"\n"}, pending[at:]...)...)
		}
		pending = append(pending, l)
		flush()
	}
	flush()
	return []byte(out.String())
}
