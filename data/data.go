// Package data embeds the frameworks that ship with scorecard, their
// translations and the message catalogs of its interface. It holds only
// the files; package checklist parses and validates the frameworks and
// translations, and package checklist/locale the catalogs.
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

// Translations holds the built-in translations of the frameworks,
// translations/FRAMEWORK.LANG.yaml, each an overlay of the framework's
// texts in one language (see README "Languages").
//
//go:embed translations
var Translations embed.FS
