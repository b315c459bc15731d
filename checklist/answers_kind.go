package checklist

import "go.yaml.in/yaml/v3"

// planFileKey is the key that starts an action plan ('scorecard plan'),
// which is YAML too and often sits beside the answer files.
const planFileKey = "plan"

// isPlanFile tells an action plan from an answer file, so that loading
// one as the other says what it is instead of listing unknown keys.
func isPlanFile(root *yaml.Node) bool {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Kind == yaml.ScalarNode && k.Value == planFileKey {
			return true
		}
	}
	return false
}
