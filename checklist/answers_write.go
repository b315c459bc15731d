package checklist

import (
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// WriteAnswers writes an answer file in its canonical form: the sections
// the file uses, items in framework order, answers with a note or
// evidence as a short mapping. LoadAnswers reads back exactly what was
// written. At the top: an editor's modeline from the file it was read
// from, a comment saying what the file is (fixed English words, which
// later writes recognise, around the framework's title),
// then the file's other comment lines from the top (see AnswerFile.Head).
//
// Every scalar that a YAML 1.1 reader would take for anything but text
// is quoted, answers and dates always: "yes", "no", "2026-11-20".
func WriteAnswers(w io.Writer, af *AnswerFile) error {
	fw := af.Framework
	root := &yaml.Node{Kind: yaml.MappingNode}
	if _, err := io.WriteString(w, writeHead(af.Head, fw)); err != nil {
		return err
	}
	add := func(m *yaml.Node, key string, v *yaml.Node) {
		m.Content = append(m.Content, str(key), v)
	}
	add(root, "scorecard", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(FormatVersion)})
	add(root, "framework", str(fw.ID))

	p := af.Practice
	practice := &yaml.Node{Kind: yaml.MappingNode}
	add(practice, "name", str(p.Name))
	for _, kv := range [][2]string{
		{"organisation", p.Organisation},
		{"organisation_type", p.OrganisationType},
		{"country", p.Country},
	} {
		if kv[1] != "" {
			add(practice, kv[0], str(kv[1]))
		}
	}
	if p.AssessedOn != "" {
		add(practice, "assessed_on", QuotedNode(p.AssessedOn))
	}
	if len(p.Assessors) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, a := range p.Assessors {
			seq.Content = append(seq.Content, str(a))
		}
		add(practice, "assessors", seq)
	}
	if p.RefugeesInvolved != nil {
		add(practice, "refugees_involved", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(*p.RefugeesInvolved)})
	}
	add(root, "practice", practice)
	if af.Perspective != "" {
		add(root, "perspective", str(string(af.Perspective)))
	}
	if af.Route != "" {
		add(root, "route", str(af.Route))
	}
	if af.Scope != nil {
		add(root, "scope", scopeNode(af.Scope))
	}
	if af.Source != nil && af.Source.Submission != "" {
		src := &yaml.Node{Kind: yaml.MappingNode}
		add(src, "submission", str(af.Source.Submission))
		add(root, "source", src)
	}

	for _, s := range Sections {
		if !af.UsesSection(s) {
			continue
		}
		sec := &yaml.Node{Kind: yaml.MappingNode}
		for _, it := range fw.ItemsIn(s) {
			a, ok := af.Answers[it.ID]
			if !ok {
				continue
			}
			add(sec, it.ID, answerNode(a))
		}
		add(root, string(s), sec)
	}

	if len(af.Notes) > 0 {
		notes := &yaml.Node{Kind: yaml.MappingNode}
		for _, key := range NoteKeys(fw) {
			if n, ok := af.Notes[key]; ok {
				v := str(n)
				if strings.Contains(n, "\n") {
					v.Style = yaml.LiteralStyle
				}
				add(notes, key, v)
			}
		}
		add(root, "notes", notes)
	}
	if len(af.Disagreements) > 0 {
		add(root, "disagreements", disagreementsNode(af.Disagreements))
	}
	if af.Perspectives != nil {
		add(root, "perspectives", perspectivesNode(fw, af.Perspectives))
	}

	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return err
	}
	return enc.Close()
}

// NoteKeys lists the keys of the notes section in the order they are
// written: key areas, the quick scan, dimensions.
func NoteKeys(fw *Framework) []string {
	var keys []string
	for _, a := range fw.KeyAreas {
		keys = append(keys, a.ID)
	}
	keys = append(keys, NotesKeyQuickScan)
	for _, d := range fw.Dimensions {
		keys = append(keys, d.ID)
	}
	return keys
}

// scopeNode writes a scope as "scope:" does: only the lists that are
// restricted, in flow style.
func scopeNode(sc *Scope) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	if sc.Sections != nil {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range sc.Sections {
			seq.Content = append(seq.Content, str(string(s)))
		}
		m.Content = append(m.Content, str("sections"), seq)
	}
	if sc.Areas != nil {
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, a := range sc.Areas {
			seq.Content = append(seq.Content, str(a))
		}
		m.Content = append(m.Content, str("key_areas"), seq)
	}
	return m
}

// str is a text scalar, quoted when a YAML 1.1 reader would take it for
// anything else (see NeedsQuotes).
func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if NeedsQuotes(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// TextNode is a text scalar for a file scorecard writes, quoted when a
// YAML 1.1 reader would take it for anything else (see NeedsQuotes).
func TextNode(s string) *yaml.Node { return str(s) }

// QuotedNode is a text scalar in double quotes: for answers and dates,
// quoted always so that they look alike in a file, and for what people
// fill in, so that an empty one shows as "".
func QuotedNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: yaml.DoubleQuotedStyle, Value: s}
}

func answerNode(a Answer) *yaml.Node {
	if a.Note == "" && a.Evidence == "" {
		return QuotedNode(a.Value)
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	m.Content = append(m.Content, str("answer"), QuotedNode(a.Value))
	if a.Note != "" {
		m.Content = append(m.Content, str("note"), QuotedNode(a.Note))
	}
	if a.Evidence != "" {
		m.Content = append(m.Content, str("evidence"), QuotedNode(a.Evidence))
	}
	return m
}

// disagreementsNode writes raters' disagreements as data: per item, who
// answered what.
func disagreementsNode(ds []Disagreement) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	m.HeadComment = "Items on which the raters' answers were more than one step apart."
	for _, d := range ds {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, a := range d.Answers {
			seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle,
				Content: []*yaml.Node{str("rater"), str(a.Rater), str("answer"), QuotedNode(a.Value)}})
		}
		m.Content = append(m.Content, str(d.Item.ID), seq)
	}
	return m
}
