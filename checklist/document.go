package checklist

import (
	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// ParseDocument checks the bytes of a YAML file as scorecard checks all
// its files (size, UTF-8 text, a single document, no tab indentation)
// and returns its top-level mapping, or nil and the problems found, each
// with its line and column. Other file formats of scorecard (action
// plans) start from it.
func ParseDocument(name string, b []byte) (*yaml.Node, Problems) {
	var probs Problems
	root := parseDocument(name, b, &probs)
	return root, probs
}

// NodePos is where a YAML node sits in its file.
func NodePos(n *yaml.Node) Pos { return nodePos(n) }

// UnknownItemHint helps with an id the framework does not have, as the
// answer-file loader does: " (key area KA1 has items KA1-01 to KA1-10)",
// or where to look up the ids.
func UnknownItemHint(fw *Framework, id string) locale.Msg {
	return (&answerLoader{fw: fw}).idHint(id)
}
