package checklist

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Scope is the part of a framework an assessment covers: which answer
// sections, which key areas, and for which organisation type.
type Scope struct {
	OrganisationType string    // "" means every item applies
	Route            string    // the routing option taken; "" means every area
	Sections         []Section // nil means every section
	Areas            []string  // key-area ids; nil means every area
}

// HasSection reports whether the scope covers the section.
func (s Scope) HasSection(sec Section) bool {
	return s.Sections == nil || slices.Contains(s.Sections, sec)
}

// HasArea reports whether the scope covers the key area.
func (s Scope) HasArea(id string) bool {
	return s.Areas == nil || slices.Contains(s.Areas, id)
}

// Items returns the items the scope covers, in framework order: only
// those that apply to the organisation type.
func (s Scope) Items(fw *Framework, sec Section) []*Item {
	if !s.HasSection(sec) {
		return nil
	}
	var out []*Item
	for _, it := range fw.ItemsIn(sec) {
		if a := it.Area(); a != nil && !s.HasArea(a.ID) {
			continue
		}
		if o := fw.Route(s.Route); o != nil && it.Area() != nil && !o.HasArea(it.Area().ID) {
			continue
		}
		if it.AppliesToType(s.OrganisationType) {
			out = append(out, it)
		}
	}
	return out
}

// ParseAreas reads a comma-separated list of key-area ids, ignoring case,
// and returns them as the framework spells them.
func ParseAreas(fw *Framework, list string) ([]string, error) {
	var ids []string
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		var found *KeyArea
		for _, a := range fw.KeyAreas {
			if strings.EqualFold(a.ID, part) {
				found = a
			}
		}
		if found == nil {
			known := make([]string, len(fw.KeyAreas))
			for i, a := range fw.KeyAreas {
				known[i] = a.ID
			}
			return nil, locale.Errorf("unknown key area %q (the key areas are %s)", part, strings.Join(known, ", "))
		}
		if !slices.Contains(ids, found.ID) {
			ids = append(ids, found.ID)
		}
	}
	if len(ids) == 0 {
		return nil, locale.Errorf("no key area given")
	}
	return ids, nil
}

// WriteTemplate writes a blank answer file for the scope: every item it
// covers as an empty entry, with its question as a comment above it, so
// that it can be filled in by hand with any text editor. today is the
// date proposed for assessed_on. The comments are in pr's language; the
// first line's "# scorecard answer file:" and the last instruction's
// "scorecard score FILE" stay as they are, so that scorecard knows its
// own comments in a file made from a template in any language.
func WriteTemplate(w io.Writer, pr *locale.Printer, fw *Framework, scope Scope, today string) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	// c writes a comment in pr's language, wrapped into lines that start
	// with prefix.
	c := func(prefix, format string, args ...any) {
		p("%s\n", commentBlock(prefix, pr.Sprintf(format, args...)))
	}

	p("%s%s (%s %s)\n#\n", answerHeaderStart, oneLine(fw.Title), fw.ID, fw.Version)
	c("# ", "Answer each item after its colon with one of these, in quotes (\"%s\") so that every YAML reader takes the answer for text:", fw.Scale[0].Value)
	for _, v := range fw.Scale {
		names := v.Value
		if len(v.Aliases) > 0 {
			names = pr.Sprintf("%s (or %s)", v.Value, strings.Join(v.Aliases, ", "))
		}
		if len([]rune(names)) > 16 {
			// A long list of aliases ("unknown (or don't know, dk)") gets a
			// line of its own, so that the labels stay in one column.
			p("#   %s\n#   %-16s", names, "")
		} else {
			p("#   %-16s", names)
		}
		p(" %s: %s\n", oneLine(v.Label), oneLine(v.Meaning))
	}
	c("# ", "Leave an item empty while it is not answered. To add a note or the evidence for an answer, write the answer as a mapping:")
	for _, sec := range Sections {
		if items := scope.Items(fw, sec); len(items) > 0 {
			p("#   %s: {answer: \"%s\", note: %s, evidence: \"minutes-2026-03.pdf\"}\n", items[0].ID, fw.ScoredValues()[len(fw.ScoredValues())/2].Value,
				strconv.Quote(pr.Sprintf("what is in place, what is missing")))
			break
		}
	}
	p("# %s\n# %s\n", pr.Sprintf("Check the file with: %s", "scorecard validate FILE"), pr.Sprintf("Score it with: %s", "scorecard score FILE"))
	p("scorecard: %d\nframework: %s\n", FormatVersion, yamlText(fw.ID))
	p("practice:\n")
	p("  name: \"\"                # %s\n", pr.Sprintf("required: the practice or service you assess"))
	p("  organisation: \"\"\n")
	if scope.OrganisationType != "" {
		p("  organisation_type: %s\n", yamlText(scope.OrganisationType))
	} else {
		p("  organisation_type:      # %s\n", pr.Sprintf("one of: %s", strings.Join(orgTypeIDs(fw), ", ")))
		p("                          # %s\n", pr.Sprintf("(leave it empty and every item applies)"))
	}
	p("  country: \"\"             # %s\n", pr.Sprintf("for example %s", "BG"))
	p("  assessed_on: \"%s\"\n", today)
	p("  assessors: []           # %s\n", pr.Sprintf("for example %s", "[Ana, Boris]"))
	p("  refugees_involved:      # %s\n", pr.Sprintf("true or false: did refugees take part in this assessment?"))
	p("perspective:              # %s\n", pr.Sprintf("the view you answer from: %s", locale.Or(PerspectiveValues()...)))
	if r := fw.Routing; r != nil {
		if scope.Route != "" {
			p("route: %s\n", yamlText(scope.Route))
		} else {
			c("# ", "%s Answer it here; it decides which key areas apply:", oneLine(r.Question))
			for _, o := range r.Options {
				c("#   ", "%s: %s (key areas %s)", o.Value, oneLine(o.Label), strings.Join(o.KeyAreas, ", "))
			}
			p("route:\n")
		}
	}
	if scope.Sections != nil || scope.Areas != nil {
		c("# ", "The part of the framework this assessment covers:")
		p("scope:\n")
		if scope.Sections != nil {
			p("  sections: [%s]\n", strings.Join(quotedAll(sectionStrings(scope.Sections)), ", "))
		}
		if scope.Areas != nil {
			p("  key_areas: [%s]\n", strings.Join(quotedAll(scope.Areas), ", "))
		}
	}

	if items := scope.Items(fw, SectionChecklist); len(items) > 0 {
		p("checklist:\n")
		var area *KeyArea
		for _, it := range items {
			if it.Area() != area {
				area = it.Area()
				p("\n  # %s %s\n", area.ID, oneLine(area.Title))
				c("  # ", "Aim: %s", oneLine(area.Aim))
			}
			writeTemplateItem(b, it)
		}
	}
	if items := scope.Items(fw, SectionQuickScan); len(items) > 0 {
		p("quick_scan:\n")
		p("\n  # %s\n", oneLine(fw.QuickScan.Title))
		for _, it := range items {
			writeTemplateItem(b, it)
		}
	}
	if items := scope.Items(fw, SectionIndicators); len(items) > 0 {
		p("indicators:\n")
		var q *GuidingQuestion
		for _, it := range items {
			if it.GuidingQuestion() != q {
				q = it.GuidingQuestion()
				if q == it.Dimension().Questions[0] {
					p("\n  # %s %s\n", it.Dimension().ID, oneLine(it.Dimension().Title))
				}
				p("%s\n", commentBlock("  # ", q.ID+" "+q.Text))
			}
			writeTemplateItem(b, it)
		}
	}
	p("notes:\n")
	c("  # ", "Free text on a key area, the quick scan or a dimension, for example:")
	p("  # KA1: %s\n", strconv.Quote(pr.Sprintf("We rely on the annual city survey.")))
	return b.Flush()
}

func writeTemplateItem(w io.Writer, it *Item) {
	fmt.Fprintf(w, "\n%s\n  %s:\n", commentBlock("  # ", it.ID+" "+it.Question), it.ID)
}

// commentBlock wraps text into YAML comment lines of at most 80 columns.
func commentBlock(prefix, text string) string {
	lines := WrapWords(text, 80-len([]rune(prefix)))
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n")
}

func sectionStrings(ss []Section) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}

func quotedAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = yamlText(s)
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
