package cli

import (
	"encoding/json"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

type schemaOptions struct {
	IO           *ui.IOStreams
	Factory      *Factory
	Framework    func(string) (*checklist.Framework, error)
	Printer      func() (*locale.Printer, error)
	FrameworkRef string
	Output       string
	Force        bool
}

func newCmdSchema(f *Factory, runF func(*schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{IO: f.IO, Factory: f, Framework: f.Framework, Printer: f.Printer}
	cmd := &cobra.Command{
		Use:   "schema [-o <path>]",
		Short: "Print the JSON Schema of the answer file, for editor validation",
		Long: `Print a JSON Schema (draft 2020-12) of the answer file, generated from the
framework, for editors that check YAML as you type (VS Code with the YAML
extension, or any editor with yaml-language-server):

- hovering over an item id or its answer shows the question and its help;
- completing an answer offers yes, partly, no and na, each with its meaning;
- an invalid answer, an unknown id, an item in the wrong section, a date
  that does not exist, or a misspelt key is flagged with what is allowed.

The schema follows 'scorecard validate' (answers in any case, dates that
exist); validate goes further, for instance it knows which items apply to
which organisation type.

Save the schema next to your answer files and point them at it with a first
line such as

  # yaml-language-server: $schema=./scorecard.schema.json

('scorecard template --schema ./scorecard.schema.json' writes that line, and
'scorecard assess' keeps it).`,
		Example: `  $ scorecard schema -o scorecard.schema.json
  $ scorecard template --schema ./scorecard.schema.json -o welcome-bureau.yaml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `path` instead of standard output")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite the output file if it exists")
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
	return opts.Factory.writeOutput(opts.IO.Out, opts.Output, opts.Force, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(answerSchema(fw, p))
	})
}

type object = map[string]any

// The schema says what 'scorecard validate' says, in JSON Schema's terms:
// the two agree on every fixture (TestSchemaAgreesWithValidate). Where the
// loader is tolerant, so is the schema: answers and routes in any case
// (as regular expressions of letter classes, the one way JSON Schema has,
// written in the subset that both JavaScript and Go understand), text
// fields that YAML reads as numbers. Editors built on yaml-language-server
// show an item's title and description on hover, so only the item's own
// schema carries them: the schemas it refers to have none, which would
// win over it.

// answerSchema builds the JSON Schema of an answer file for a framework.
func answerSchema(fw *checklist.Framework, p *locale.Printer) object {
	section := func(s checklist.Section) object {
		props := object{}
		for _, it := range fw.ItemsIn(s) {
			props[it.ID] = itemSchema(it, p)
		}
		return object{"type": []string{"object", "null"}, "additionalProperties": false, "properties": props}
	}
	notes := object{checklist.NotesKeyQuickScan: textOrNull(p.Sprintf("Notes on the quick scan"))}
	for _, a := range fw.KeyAreas {
		notes[a.ID] = textOrNull(p.Sprintf("Notes on %s %s", a.ID, a.Title))
	}
	for _, d := range fw.Dimensions {
		notes[d.ID] = textOrNull(p.Sprintf("Notes on %s %s", d.ID, d.Title))
	}
	return object{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "urn:scorecard:answers:" + fw.ID + ":" + fw.Version,
		"title":                p.Sprintf("scorecard answer file: %s", fw.Title),
		"description":          p.Sprintf("An assessment of one practice against the %s framework %s, format version 1.", fw.ID, fw.Version),
		"type":                 "object",
		"required":             []string{"scorecard", "framework", "practice"},
		"additionalProperties": false,
		"properties": object{
			"scorecard":   object{"enum": []any{checklist.FormatVersion, "1"}, "description": p.Sprintf("Answer-file format version: 1.")},
			"framework":   object{"const": fw.ID, "description": p.Sprintf("The framework the answers are for: %s.", fw.ID)},
			"practice":    practiceSchema(fw, p),
			"perspective": perspectiveSchema(p),
			"route":       routeSchema(fw, p),
			"scope":       scopeSchema(fw, p),
			"source": object{
				"title":                p.Sprintf("Source"),
				"type":                 []string{"object", "null"},
				"additionalProperties": false,
				"description":          p.Sprintf("Where imported answers came from ('scorecard import')."),
				"properties": object{
					"submission": textOrNull(p.Sprintf("The id of the form submission (KoboToolbox _uuid, ODK meta/instanceID).")),
				},
			},
			"checklist":     section(checklist.SectionChecklist),
			"quick_scan":    section(checklist.SectionQuickScan),
			"indicators":    section(checklist.SectionIndicators),
			"notes":         object{"type": []string{"object", "null"}, "additionalProperties": false, "properties": notes},
			"disagreements": disagreementsSchema(fw, p),
			"perspectives":  perspectivesSchema(fw, p),
		},
		// Parts shared by every item's answer. Nothing here may be matched
		// at the node of an item's answer itself (see itemSchema).
		"$defs": object{
			"raterAnswers": object{"type": "array", "items": object{
				"type":                 "object",
				"required":             []string{"rater", "answer"},
				"additionalProperties": false,
				"properties": object{
					"rater":  object{"type": "string", "description": p.Sprintf("Who gave this answer.")},
					"answer": ref("value"),
				},
			}},
			"answer": object{
				"pattern":              answerPattern(fw),
				"patternErrorMessage":  answerHint(fw, p),
				"defaultSnippets":      valueSnippets(fw, p),
				"additionalProperties": false,
				"properties":           object{"answer": ref("value"), "note": ref("note"), "evidence": ref("evidence")},
			},
			"value": object{
				"title":               p.Sprintf("Answer"),
				"description":         p.Sprintf("The answer: %s.", valuesWithLabels(fw, p)),
				"pattern":             answerPattern(fw),
				"patternErrorMessage": answerHint(fw, p),
				"defaultSnippets":     valueSnippets(fw, p),
				"allOf":               []any{notOfKinds(answerHint(fw, p), "number", "boolean", "array", "object")},
			},
			"note":     titled(textOrNull(p.Sprintf("A note on this answer: what is in place, what is missing.")), p.Sprintf("Note")),
			"evidence": titled(textOrNull(p.Sprintf("A link or a file name that shows the answer holds.")), p.Sprintf("Evidence")),
			"blank":    object{"type": []string{"string", "null"}, "pattern": "^[" + spaceClass() + "]*$"},
		},
	}
}

func answerHint(fw *checklist.Framework, p *locale.Printer) string {
	return p.Sprintf("Answer %s (in any case), or leave it empty while it is not answered.", fw.ValueList())
}

func titled(o object, title string) object {
	o["title"] = title
	return o
}

// itemSchema is an item's entry: its id and question, for hover and
// completion, and its answer: a scale value in any case, nothing yet, or
// a mapping with the answer, a note and the evidence ($defs/answer).
//
// Kinds of answer are told apart by keywords that apply to one kind each
// (pattern to text, properties to mappings) rather than by oneOf, so that
// a wrong answer gets one clear message, not one per alternative; wrong
// kinds are caught with if/then rather than "type", so that editors do
// not offer "null" among the answers. The subschemas under allOf are the
// item's own: yaml-language-server records on a subschema the title of
// the property it was last reached from, and shows it on hover, so a
// shared one would show another item's id.
func itemSchema(it *checklist.Item, p *locale.Printer) object {
	fw := it.Framework()
	desc := it.Question
	if it.Help != "" {
		desc += "\n\n" + it.Help
	}
	desc += "\n\n" + p.Sprintf("Answer: %s.", fw.ValueList())
	return object{
		"title":       it.ID,
		"description": desc,
		"$ref":        "#/$defs/answer",
		"allOf": []any{
			notOfKinds(answerHint(fw, p), "number", "boolean", "array"),
			// A note or evidence needs an answer.
			object{
				"if":   object{"properties": object{"note": ref("blank"), "evidence": ref("blank")}},
				"else": object{"required": []string{"answer"}, "properties": object{"answer": object{"type": "string"}}},
			},
		},
	}
}

// notOfKinds refuses values of the given JSON types with a message.
func notOfKinds(message string, kinds ...string) object {
	return object{
		"if":   object{"type": kinds},
		"then": object{"type": "string", "errorMessage": message},
	}
}

// valueSnippets offer each scale value with its label and meaning when an
// answer is completed. Values are written quoted, as scorecard writes
// them, so that YAML 1.1 readers do not take yes and no for booleans.
// valuesWithLabels lists the scale's values with what they mean to
// people: "yes (Yes), …, na (Not applicable) or unknown (Don't know)".
func valuesWithLabels(fw *checklist.Framework, p *locale.Printer) string {
	names := make([]string, len(fw.Scale))
	for i, v := range fw.Scale {
		names[i] = p.Sprintf("%s (%s)", v.Value, v.Label)
	}
	return locale.Or(names...).Localize(p)
}

func valueSnippets(fw *checklist.Framework, p *locale.Printer) []any {
	var out []any
	for _, v := range fw.Scale {
		out = append(out, object{
			"label":       v.Value,
			"description": p.Sprintf("%s: %s", v.Label, v.Meaning),
			"bodyText":    `"` + v.Value + `"`,
		})
	}
	return out
}

func practiceSchema(fw *checklist.Framework, p *locale.Printer) object {
	orgTypes := []any{nil, ""}
	var typeDescs []string
	for _, t := range fw.OrganisationTypes {
		orgTypes = append(orgTypes, t.ID)
		typeDescs = append(typeDescs, t.ID+": "+t.Label)
	}
	return object{
		"type":                 "object",
		"required":             []string{"name"},
		"additionalProperties": false,
		"properties": object{
			"name": object{
				"type":        textTypes,
				"pattern":     `[^` + spaceClass() + `]`,
				"description": p.Sprintf("The practice or service assessed (required)."),
			},
			"organisation": textOrNull(p.Sprintf("The organisation that runs the practice.")),
			"organisation_type": object{
				"enum":        orgTypes,
				"description": p.Sprintf("The type of organisation; leave it out and every item applies.") + "\n\n" + strings.Join(typeDescs, "\n"),
			},
			"country": textOrNull(p.Sprintf("The country, such as BG.")),
			"assessed_on": object{
				"type":         []string{"string", "null"},
				"pattern":      `^(?:|` + datePattern + `)$`,
				"format":       "date",
				"errorMessage": p.Sprintf("Write a date that exists, as YYYY-MM-DD, such as \"2026-11-20\"."),
				"description":  p.Sprintf("The date of the assessment, YYYY-MM-DD."),
			},
			"assessors": object{
				"anyOf": []any{
					object{"type": "array", "items": object{"type": append([]string{"null"}, textTypes...)}},
					object{"type": append([]string{"null"}, textTypes...)},
				},
				"description": p.Sprintf("Who took part in the assessment: a list of names."),
			},
			"refugees_involved": object{
				"type":         []string{"boolean", "string", "null"},
				"pattern":      "^(?:" + caseInsensitive("true", false) + "|" + caseInsensitive("false", false) + "|" + caseInsensitive("yes", false) + "|" + caseInsensitive("no", false) + ")$",
				"errorMessage": p.Sprintf("Write true or false."),
				"description":  p.Sprintf("Did refugees take part in this assessment? true or false."),
			},
		},
	}
}

// textTypes are what the loader takes as text: any scalar, since YAML
// reads some names (2024, NO) as numbers or booleans.
var textTypes = []string{"string", "number", "boolean"}

func textOrNull(description string) object {
	return object{"type": append([]string{"null"}, textTypes...), "description": description}
}

func ref(def string) object { return object{"$ref": "#/$defs/" + def} }

func scopeSchema(fw *checklist.Framework, p *locale.Printer) object {
	var sections, areas []any
	for _, s := range checklist.Sections {
		sections = append(sections, string(s))
	}
	for _, a := range fw.KeyAreas {
		areas = append(areas, a.ID)
	}
	return object{
		"title":                p.Sprintf("Scope"),
		"type":                 []string{"object", "null"},
		"additionalProperties": false,
		"description":          p.Sprintf("The part of the framework chosen for this assessment; completeness is judged against it."),
		"properties": object{
			"sections":  object{"type": []string{"array", "null"}, "items": object{"enum": sections}, "description": p.Sprintf("The answer sections chosen (all when left out).")},
			"key_areas": object{"type": []string{"array", "null"}, "items": object{"enum": areas}, "description": p.Sprintf("The key areas chosen (all when left out).")},
		},
	}
}

// perspectiveSchema describes the optional "perspective:" of an answer
// file, the view the rater answers from: read in any case, as
// checklist.ParsePerspective does.
func perspectiveSchema(p *locale.Printer) object {
	var alts, meanings []string
	var snippets []any
	for _, v := range checklist.Perspectives() {
		alts = append(alts, caseInsensitive(string(v), false))
		meanings = append(meanings, p.Sprintf("%s (%s)", string(v), v.Description(p)))
		snippets = append(snippets, object{"label": string(v), "description": v.Description(p), "bodyText": string(v)})
	}
	hint := p.Sprintf("Use %s, or leave it out.", locale.Or(checklist.PerspectiveValues()...).Localize(p))
	// Kinds other than text are refused with if/then, not "type", so
	// that editors do not offer "null" among the values (see itemSchema).
	return object{
		"title":               p.Sprintf("Perspective"),
		"pattern":             "^(?:" + trimmed("") + "|" + trimmed("(?:"+strings.Join(alts, "|")+")") + ")$",
		"patternErrorMessage": hint,
		"defaultSnippets":     snippets,
		"allOf":               []any{notOfKinds(hint, "number", "boolean", "array", "object")},
		"description":         p.Sprintf("The point of view the rater answers from: %s.", strings.Join(meanings, "; ")),
	}
}

// disagreementsSchema describes what 'scorecard merge' records about
// raters who disagree: per item, who answered what.
func disagreementsSchema(fw *checklist.Framework, p *locale.Printer) object {
	props := object{}
	for _, it := range fw.Items() {
		// The item's id and question, for hover, as in the sections.
		props[it.ID] = object{"title": it.ID, "description": it.Question, "$ref": "#/$defs/raterAnswers"}
	}
	return object{
		"title":                p.Sprintf("Disagreements"),
		"type":                 []string{"object", "null"},
		"additionalProperties": false,
		"description":          p.Sprintf("Written by 'scorecard merge': the items on which raters' answers were more than one step apart, with who answered what."),
		"properties":           props,
	}
}

// perspectivesSchema describes what 'scorecard merge' records of its
// raters' perspectives: the smallest group shown, each group's number of
// raters and answers, the groups too small to show, the raters without
// a perspective. Perspectives are read in any case, as the loader does.
func perspectivesSchema(fw *checklist.Framework, p *locale.Printer) object {
	var alts []string
	for _, v := range checklist.Perspectives() {
		alts = append(alts, caseInsensitive(string(v), false))
	}
	name := "^" + trimmed("(?:"+strings.Join(alts, "|")+")") + "$"
	answers := object{}
	for _, it := range fw.Items() {
		answers[it.ID] = ref("value")
	}
	count := func(min int, desc string) object {
		return object{"type": "integer", "minimum": min, "description": desc}
	}
	group := object{
		"type":                 "object",
		"required":             []string{"raters"},
		"additionalProperties": false,
		"properties": object{
			"raters":  count(1, p.Sprintf("How many raters answered from this perspective.")),
			"answers": object{"type": []string{"object", "null"}, "additionalProperties": false, "properties": answers, "description": p.Sprintf("The perspective's answers: per item, the median of its raters' answers.")},
		},
	}
	return object{
		"type":                 []string{"object", "null"},
		"required":             []string{"min_group"},
		"additionalProperties": false,
		"description":          p.Sprintf("Written by 'scorecard merge': the answers of each perspective its raters answered from, when at least min_group raters shared it."),
		"properties": object{
			"min_group": count(1, p.Sprintf("How many raters a perspective needs to be shown on its own (merge --min-group).")),
			"groups": object{
				"type":                 []string{"object", "null"},
				"propertyNames":        object{"pattern": name},
				"additionalProperties": group,
				"description":          p.Sprintf("Each perspective shown on its own: its number of raters and its answers."),
			},
			"too_small": object{
				"type":        []string{"array", "null"},
				"uniqueItems": true,
				"items":       object{"type": "string", "pattern": name},
				"description": p.Sprintf("Perspectives with fewer than min_group raters: their answers count in the consensus only."),
			},
			"without_perspective": count(0, p.Sprintf("How many raters gave no perspective.")),
		},
	}
}

func routeSchema(fw *checklist.Framework, p *locale.Printer) object {
	if fw.Routing == nil {
		return object{"type": []string{"string", "null"}, "maxLength": 0, "description": p.Sprintf("This framework has no routing question.")}
	}
	var alts, lines []string
	for _, o := range fw.Routing.Options {
		alts = append(alts, caseInsensitive(o.Value, true))
		lines = append(lines, o.Value+": "+o.Label)
	}
	return object{
		"type":         []string{"string", "null"},
		"pattern":      "^(?:|" + trimmed("(?:"+strings.Join(alts, "|")+")") + ")$",
		"errorMessage": p.Sprintf("Answer %s.", locale.Or(routeValues(fw)...).Localize(p)),
		"description":  fw.Routing.Question + "\n\n" + strings.Join(lines, "\n"),
	}
}

func routeValues(fw *checklist.Framework) []string {
	var vs []string
	for _, o := range fw.Routing.Options {
		vs = append(vs, o.Value)
	}
	return vs
}

// datePattern matches the dates that exist, YYYY-MM-DD, leap days
// included, as Go's time.Parse(time.DateOnly) accepts them.
const datePattern = `(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))` +
	`|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)`

// answerPattern matches what Framework.ParseAnswer accepts: a scale value
// or alias, in any case, with space around it.
func answerPattern(fw *checklist.Framework) string {
	var alts []string
	for _, v := range fw.Scale {
		for _, name := range append([]string{v.Value}, v.Aliases...) {
			alts = append(alts, caseInsensitive(strings.ToLower(name), false))
		}
	}
	return "^" + trimmed("(?:"+strings.Join(alts, "|")+")") + "$"
}

// trimmed allows the space that strings.TrimSpace removes around re.
func trimmed(re string) string {
	return "[" + spaceClass() + "]*" + re + "[" + spaceClass() + "]*"
}

// caseInsensitive writes a regular expression that matches s in any
// case: each letter becomes the class of the letters that lower-case to
// it (fold false: strings.ToLower's rule) or that fold to it (fold true:
// strings.EqualFold's rule).
func caseInsensitive(s string, fold bool) string {
	var b strings.Builder
	for _, r := range s {
		forms := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if fold || unicode.ToLower(f) == r {
				forms = append(forms, f)
			}
		}
		if !fold && r == 'i' {
			forms = append(forms, 'İ') // lower-cases to i, but is outside i's fold orbit
		}
		if len(forms) == 1 {
			b.WriteString(regexpLiteral(r))
			continue
		}
		slices.Sort(forms)
		b.WriteByte('[')
		for _, f := range forms {
			b.WriteString(classLiteral(f))
		}
		b.WriteByte(']')
	}
	return b.String()
}

// spaceClass lists, for a character class, the characters that
// unicode.IsSpace (and so strings.TrimSpace) takes for space.
func spaceClass() string {
	var b strings.Builder
	for r := rune(0); r <= 0x3000; r++ {
		if unicode.IsSpace(r) {
			b.WriteString(classLiteral(r))
		}
	}
	return b.String()
}

// regexpLiteral writes r to match itself outside a class. Only ECMAScript's
// syntax characters are escaped: with the u flag, JavaScript refuses any
// other escape.
func regexpLiteral(r rune) string {
	if strings.ContainsRune(`^$\.*+?()[]{}|/`, r) {
		return `\` + string(r)
	}
	return string(r)
}

// classLiteral writes r to match itself inside a class.
func classLiteral(r rune) string {
	if strings.ContainsRune(`\]^-`, r) {
		return `\` + string(r)
	}
	return string(r)
}
