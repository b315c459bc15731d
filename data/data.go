// Package data embeds the frameworks that ship with scorecard. It holds
// only the files; package checklist parses and validates them.
package data

import "embed"

// FS holds one YAML file per built-in framework, named after its id.
//
//go:embed *.yaml
var FS embed.FS
