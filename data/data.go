// Package data embeds the frameworks that ship with scorecard and the
// message catalogs of its interface. It holds only the files; package
// checklist parses and validates the frameworks, and package
// checklist/locale the catalogs.
package data

import "embed"

// FS holds one YAML file per built-in framework, named after its id.
//
//go:embed *.yaml
var FS embed.FS

// Locales holds one message catalog per interface language,
// locales/CODE.yaml.
//
//go:embed locales/*.yaml
var Locales embed.FS
