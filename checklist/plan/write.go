package plan

import (
	"fmt"
	"io"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"go.yaml.in/yaml/v3"
)

// Write writes a plan file: a comment saying how to fill it in and check
// it, then the plan. Above each action a comment gives its questions and
// the answers they had in the assessment (af; nil leaves the answers
// out). Load reads back exactly what was written.
func Write(w io.Writer, pl *Plan, af *checklist.AnswerFile, p *locale.Printer) error {
	fw := pl.Framework
	root := &yaml.Node{Kind: yaml.MappingNode}
	var targets []string
	for _, v := range Targets(fw) {
		targets = append(targets, v.Value)
	}
	// Comments cannot escape anything: a control character in one (from
	// a file name, say) would make the plan unreadable.
	root.HeadComment = wrapComment(p.Sprintf("scorecard action plan for %s, made from %s.", checklist.CleanText(pl.Practice), checklist.CleanText(pl.Assessment))) + "\n" +
		wrapComment(p.Sprintf("For each action, write who does it (owner), by when (due: YYYY-MM-DD), where it stands (status: %s) and the answer it aims for (target: %s).",
			locale.Or(statusValues()...).Localize(p), locale.Or(targets...).Localize(p))) + "\n" +
		p.Sprintf("Check it with: %s", "scorecard plan show PLAN [--round NEXT-ROUND.yaml]")
	add := func(m *yaml.Node, key string, v *yaml.Node) {
		m.Content = append(m.Content, checklist.TextNode(key), v)
	}
	add(root, "plan", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(FormatVersion)})
	add(root, "framework", checklist.TextNode(fw.ID))
	add(root, "practice", checklist.TextNode(pl.Practice))
	add(root, "assessment", checklist.TextNode(pl.Assessment))
	if pl.AssessedOn != "" {
		add(root, "assessed_on", checklist.TextNode(pl.AssessedOn))
	}
	actions := &yaml.Node{Kind: yaml.SequenceNode}
	for _, a := range pl.Actions {
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: actionComment(a, af, p)}
		ids := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, id := range a.ItemIDs() {
			ids.Content = append(ids.Content, checklist.TextNode(id))
		}
		add(m, "items", ids)
		add(m, "action", checklist.TextNode(a.Action))
		add(m, "owner", checklist.QuotedNode(a.Owner))
		add(m, "due", checklist.QuotedNode(a.Due))
		add(m, "status", checklist.TextNode(string(a.Status)))
		if a.Target != nil {
			add(m, "target", checklist.QuotedNode(a.Target.Value)) // "yes": quoted, as in answer files
		}
		add(m, "note", checklist.QuotedNode(a.Note))
		actions.Content = append(actions.Content, m)
	}
	add(root, "actions", actions)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return err
	}
	return enc.Close()
}

// actionComment names the action's questions, with the answer each had
// in the assessment: "KA4-03 (now No): Do you …?".
func actionComment(a *Action, af *checklist.AnswerFile, p *locale.Printer) string {
	var lines []string
	for _, it := range a.Items {
		q := strings.Join(strings.Fields(it.Question), " ")
		if af == nil {
			lines = append(lines, p.Sprintf("%s: %s", it.ID, q))
			continue
		}
		now := p.Sprintf("not answered")
		if ans, ok := af.Answers[it.ID]; ok {
			if v, ok := af.Framework.ParseAnswer(ans.Value); ok {
				now = v.Label
			}
		}
		lines = append(lines, p.Sprintf("%s (now %s): %s", it.ID, now, q))
	}
	return strings.Join(lines, "\n")
}

// wrapComment breaks text into lines of at most 78 characters, for a
// comment at the top of the file (yaml.v3 adds the "# ").
func wrapComment(text string) string { return strings.Join(checklist.WrapWords(text, 78), "\n") }
