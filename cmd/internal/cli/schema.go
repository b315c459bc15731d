package cli

import (
	"encoding/json"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/spf13/cobra"
)

type schemaOptions struct {
	IO           *ui.IOStreams
	Framework    func(string) (*checklist.Framework, error)
	Printer      func() (*locale.Printer, error)
	FrameworkRef string
}

func newCmdSchema(f *Factory, runF func(*schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{IO: f.IO, Framework: f.Framework, Printer: f.Printer}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the answer file, for editor validation",
		Long: `Print a JSON Schema (draft 2020-12) of the answer file, generated from the
framework: every item id with its question, the answer values, the practice
fields. Editors that validate YAML against a JSON Schema (such as VS Code with
the YAML extension) then flag unknown ids and invalid answers as you type.

scorecard's own checks ('scorecard validate') go further: for instance they
know which items apply to which organisation type.`,
		Example: `  $ scorecard schema > scorecard.schema.json
  # then, on the first line of an answer file:
  # yaml-language-server: $schema=./scorecard.schema.json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
	addFrameworkFlag(cmd, &opts.FrameworkRef, false)
	return cmd
}

func schemaRun(opts *schemaOptions) error {
	fw, err := opts.Framework(opts.FrameworkRef)
	if err != nil {
		return err
	}
	p := locale.English()
	if opts.Printer != nil {
		if p, err = opts.Printer(); err != nil {
			return err
		}
	}
	schema := answerSchema(fw)
	schema["properties"].(object)["perspective"] = perspectiveSchema(p)
	enc := json.NewEncoder(opts.IO.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(schema)
}

type object = map[string]any

// answerSchema builds the JSON Schema of an answer file for a framework.
func answerSchema(fw *checklist.Framework) object {
	var values []any
	for _, v := range fw.Scale {
		for _, name := range append([]string{v.Value}, v.Aliases...) {
			// JSON Schema enums are case-sensitive and its patterns have no
			// case-insensitive flag; list the usual spellings.
			for _, s := range []string{name, strings.ToUpper(name[:1]) + name[1:], strings.ToUpper(name)} {
				if !containsAny(values, s) {
					values = append(values, s)
				}
			}
		}
	}
	section := func(s checklist.Section) object {
		props := object{}
		for _, it := range fw.ItemsIn(s) {
			props[it.ID] = object{"$ref": "#/$defs/answer", "description": it.ID + ": " + it.Question}
		}
		return object{"type": []string{"object", "null"}, "additionalProperties": false, "properties": props}
	}
	orgTypes := []any{nil}
	for _, t := range fw.OrganisationTypes {
		orgTypes = append(orgTypes, t.ID)
	}
	notes := object{checklist.NotesKeyQuickScan: object{"type": []string{"string", "null"}}}
	for _, a := range fw.KeyAreas {
		notes[a.ID] = object{"type": []string{"string", "null"}, "description": "Notes on " + a.ID + " " + a.Title}
	}
	for _, d := range fw.Dimensions {
		notes[d.ID] = object{"type": []string{"string", "null"}, "description": "Notes on " + d.ID + " " + d.Title}
	}
	text := object{"type": []string{"string", "null"}}
	return object{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "urn:scorecard:answers:" + fw.ID + ":" + fw.Version,
		"title":                "scorecard answer file: " + fw.Title,
		"description":          "An assessment of one practice against the " + fw.ID + " framework " + fw.Version + ", format version 1.",
		"type":                 "object",
		"required":             []string{"scorecard", "framework", "practice"},
		"additionalProperties": false,
		"properties": object{
			"scorecard": object{"const": checklist.FormatVersion, "description": "Answer-file format version."},
			"framework": object{"const": fw.ID, "description": "The framework the answers are for."},
			"practice": object{
				"type":                 "object",
				"required":             []string{"name"},
				"additionalProperties": false,
				"properties": object{
					"name":              object{"type": "string", "pattern": `\S`, "description": "The practice or service assessed (required)."},
					"organisation":      text,
					"organisation_type": object{"enum": orgTypes, "description": "Leave out to have every item apply."},
					"country":           text,
					"assessed_on":       object{"type": []string{"string", "null"}, "pattern": `^\d{4}-\d{2}-\d{2}$`, "description": "YYYY-MM-DD"},
					"assessors": object{"oneOf": []any{
						object{"type": "array", "items": object{"type": "string"}},
						object{"type": "string"},
						object{"type": "null"},
					}},
					"refugees_involved": object{
						"oneOf":       []any{object{"type": []string{"boolean", "null"}}, object{"enum": []string{"yes", "no", "Yes", "No", "YES", "NO"}}},
						"description": "Did refugees take part in this assessment? (true or false)",
					},
				},
			},
			"route": routeSchema(fw),
			"scope": scopeSchema(fw),
			"source": object{
				"type":                 []string{"object", "null"},
				"additionalProperties": false,
				"description":          "Where imported answers came from ('scorecard import').",
				"properties": object{
					"submission": object{"type": []string{"string", "null"}, "description": "The id of the form submission (KoboToolbox _uuid, ODK meta/instanceID)."},
				},
			},
			"checklist":     section(checklist.SectionChecklist),
			"quick_scan":    section(checklist.SectionQuickScan),
			"indicators":    section(checklist.SectionIndicators),
			"notes":         object{"type": []string{"object", "null"}, "additionalProperties": false, "properties": notes},
			"disagreements": disagreementsSchema(fw),
		},
		"$defs": object{
			"raterAnswers": object{"type": "array", "items": object{
				"type":                 "object",
				"required":             []string{"rater", "answer"},
				"additionalProperties": false,
				"properties": object{
					"rater":  object{"type": "string", "description": "Who gave this answer."},
					"answer": object{"$ref": "#/$defs/value"},
				},
			}},
			"value": object{"enum": values, "description": "The answer: " + fw.ValueList() + "."},
			"answer": object{"oneOf": []any{
				object{"type": "null"},
				object{"$ref": "#/$defs/value"},
				object{
					"type":                 "object",
					"required":             []string{"answer"},
					"additionalProperties": false,
					"properties": object{
						"answer":   object{"$ref": "#/$defs/value"},
						"note":     text,
						"evidence": object{"type": []string{"string", "null"}, "description": "A link or a file name."},
					},
				},
			}},
		},
	}
}

func containsAny(list []any, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func scopeSchema(fw *checklist.Framework) object {
	var sections, areas []any
	for _, s := range checklist.Sections {
		sections = append(sections, string(s))
	}
	for _, a := range fw.KeyAreas {
		areas = append(areas, a.ID)
	}
	return object{
		"type":                 []string{"object", "null"},
		"additionalProperties": false,
		"description":          "The part of the framework chosen for this assessment; completeness is judged against it.",
		"properties": object{
			"sections":  object{"type": "array", "items": object{"enum": sections}, "description": "The answer sections chosen (all when left out)."},
			"key_areas": object{"type": "array", "items": object{"enum": areas}, "description": "The key areas chosen (all when left out)."},
		},
	}
}

func routeSchema(fw *checklist.Framework) object {
	if fw.Routing == nil {
		return object{"type": "null", "description": "This framework has no routing question."}
	}
	values := []any{nil}
	for _, o := range fw.Routing.Options {
		values = append(values, o.Value)
	}
	return object{"enum": values, "description": fw.Routing.Question}
}

// perspectiveSchema describes the optional "perspective:" of an answer
// file: the view the rater answers from.
func perspectiveSchema(p *locale.Printer) object {
	values := []any{nil}
	var meanings []string
	for _, v := range checklist.Perspectives() {
		values = append(values, string(v))
		meanings = append(meanings, p.Sprintf("%s (%s)", string(v), v.Description(p)))
	}
	return object{
		"enum":        values,
		"description": p.Sprintf("The point of view the rater answers from: %s.", strings.Join(meanings, "; ")),
	}
}

// disagreementsSchema describes what 'scorecard merge' records about
// raters who disagree: per item, who answered what.
func disagreementsSchema(fw *checklist.Framework) object {
	props := object{}
	for _, it := range fw.Items() {
		props[it.ID] = object{"$ref": "#/$defs/raterAnswers"}
	}
	return object{
		"type":                 []string{"object", "null"},
		"additionalProperties": false,
		"description":          "Written by 'scorecard merge': the items on which raters' answers were more than one step apart, with who answered what.",
		"properties":           props,
	}
}
