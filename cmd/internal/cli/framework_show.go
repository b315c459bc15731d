package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/inclusion-tools/scorecard/scoring"
)

type frameworkShowOptions struct {
	IO           *ui.IOStreams
	Framework    func(string) (*checklist.Framework, error)
	FrameworkRef string
	ID           string
	Printer      func() (*locale.Printer, error)
}

func newCmdFrameworkShow(f *Factory, runF func(*frameworkShowOptions) error) *cobra.Command {
	opts := &frameworkShowOptions{IO: f.IO, Framework: f.Framework, Printer: f.Printer}
	cmd := &cobra.Command{
		Use:   "show <id>",
		Short: "Show a key area, item, success factor, dimension, guiding question or indicator",
		Long: `Show one part of the framework, readably: a key area (KA1), a checklist item
(KA1-03), a success factor (KA1-SF2), the quick scan (OC) or one of its items
(OC-05), a quality dimension (D1), a guiding question (D1-Q2) or an indicator
(D1-04), the glossary ("glossary") or one of its terms ("durable
solutions"). Ids and terms are not case-sensitive.`,
		Example: `  $ scorecard framework show KA4
  $ scorecard framework show ka4-la2
  $ scorecard framework show D3
  $ scorecard framework show glossary`,
		Args: exactArgs(1, locale.M("give one id, such as KA1 or D2-05 (see 'scorecard framework list')")),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return frameworkShowRun(opts)
		},
	}
	addFrameworkFlag(cmd, &opts.FrameworkRef, false)
	return cmd
}

func frameworkShowRun(opts *frameworkShowOptions) error {
	l, err := printerFunc(opts.Printer)
	if err != nil {
		return err
	}
	fw, err := opts.Framework(opts.FrameworkRef)
	if err != nil {
		return err
	}
	p := &printer{w: opts.IO.Out, st: opts.IO.Styles(), width: opts.IO.Width(), fw: fw, l: l}
	id := strings.ToUpper(strings.TrimSpace(opts.ID))
	if show := p.lookup(id); show != nil {
		show()
		return nil
	}
	if (id == "ROUTE" || id == "ROUTING") && fw.Routing != nil {
		p.routing(fw.Routing)
		return nil
	}
	if id == "GLOSSARY" {
		if len(fw.Glossary) == 0 {
			return locale.Errorf("framework %s has no glossary", fw.ID)
		}
		p.glossary()
		return nil
	}
	if t := fw.Term(opts.ID); t != nil {
		p.term(t)
		return nil
	}
	if id == "OC" || id == "QUICK-SCAN" {
		if fw.QuickScan != nil {
			p.quickScan(fw.QuickScan)
			return nil
		}
	}
	return locale.Errorf("framework %s has no part with id %q%s; 'scorecard framework list' shows the ids", fw.ID, opts.ID, suggest(fw, id))
}

// lookup finds the part of the framework that id names, ignoring case,
// and returns the function that shows it, or nil.
func (p *printer) lookup(id string) func() {
	for _, a := range p.fw.KeyAreas {
		if strings.EqualFold(a.ID, id) {
			return func() { p.keyArea(a) }
		}
		for _, f := range a.SuccessFactors {
			if strings.EqualFold(f.ID, id) {
				return func() { p.factor(f) }
			}
		}
	}
	for _, d := range p.fw.Dimensions {
		if strings.EqualFold(d.ID, id) {
			return func() { p.dimension(d) }
		}
		for _, q := range d.Questions {
			if strings.EqualFold(q.ID, id) {
				return func() { p.guidingQuestion(q, d) }
			}
		}
	}
	for _, it := range p.fw.Items() {
		if strings.EqualFold(it.ID, id) {
			return func() { p.item(it) }
		}
	}
	return nil
}

// suggest offers the ids that share the unknown id's stem: "KA9" and
// "KA1-11" get the ids that start with "KA" and "KA1-".
func suggest(fw *checklist.Framework, id string) locale.Msg {
	stem := strings.TrimRight(id, "0123456789")
	if stem == "" {
		return locale.M("")
	}
	var close []string
	for _, c := range allIDs(fw) {
		rest, ok := strings.CutPrefix(strings.ToUpper(c), stem)
		if ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
			close = append(close, c)
		}
	}
	switch {
	case len(close) == 0:
		return locale.M("")
	case len(close) > 6:
		return locale.M(" (ids go from %s to %s)", close[0], close[len(close)-1])
	}
	return locale.M(" (did you mean %s?)", locale.Or(close...))
}

func allIDs(fw *checklist.Framework) []string {
	var ids []string
	for _, a := range fw.KeyAreas {
		ids = append(ids, a.ID)
		for _, f := range a.SuccessFactors {
			ids = append(ids, f.ID)
		}
	}
	for _, d := range fw.Dimensions {
		ids = append(ids, d.ID)
		for _, q := range d.Questions {
			ids = append(ids, q.ID)
		}
	}
	for _, it := range fw.Items() {
		ids = append(ids, it.ID)
	}
	return ids
}

// printer writes parts of a framework as readable, wrapped text.
type printer struct {
	w     io.Writer
	st    ui.Styles
	width int
	fw    *checklist.Framework
	l     *locale.Printer // the interface language
}

// t writes a message in the interface language.
func (p *printer) t(format string, args ...any) string { return p.l.Sprintf(format, args...) }

func (p *printer) title(id, title string) {
	fmt.Fprintf(p.w, "%s  %s\n", p.st.ID.Render(id), renderLines(p.st.Title, ui.Wrap(title, p.width, utf8.RuneCountInString(id)+2)))
}

// heading is a heading, wrapped to the width as the text under it is (a
// checklist's title and a guiding question run long, more so translated);
// hang indents its further lines, under the text after an id.
func (p *printer) heading(s string) { p.headingHang(s, 0) }

func (p *printer) headingHang(s string, hang int) {
	fmt.Fprintf(p.w, "\n%s\n", renderLines(p.st.Heading, ui.Wrap(s, p.width, hang)))
}

// renderLines styles each line of wrapped text on its own, leaving the
// indentation of the further lines unstyled.
func renderLines(st lipgloss.Style, s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		lines[i] = l[:len(l)-len(t)] + st.Render(t)
	}
	return strings.Join(lines, "\n")
}

// field prints "Label: text" with the text wrapped under itself.
func (p *printer) field(label, text string) {
	if text == "" {
		return
	}
	const hang = 12
	if n := utf8.RuneCountInString(label); n+2 > hang {
		// A label longer than its column (a translation's "Key areas") stands
		// on its own line, so the text keeps to the column and the width.
		fmt.Fprintf(p.w, "%s\n%s%s\n", p.st.Label.Render(label+":"), strings.Repeat(" ", hang), ui.Wrap(text, p.width, hang))
		return
	}
	fmt.Fprintf(p.w, "%s%s%s\n", p.st.Label.Render(label+":"), strings.Repeat(" ", hang-utf8.RuneCountInString(label)-1), ui.Wrap(text, p.width, hang))
}

func (p *printer) para(text string) {
	if text == "" {
		return
	}
	fmt.Fprintf(p.w, "%s\n", ui.Wrap(text, p.width, 0))
}

// entry prints a bulleted or id-labelled line with its text wrapped under
// itself.
func (p *printer) entry(label, text string) {
	hang := 2 + len([]rune(label)) + 2
	fmt.Fprintf(p.w, "  %s  %s\n", p.st.ID.Render(label), ui.Wrap(text, p.width, hang))
}

func (p *printer) muted(indent int, text string) {
	fmt.Fprintf(p.w, "%s%s\n", strings.Repeat(" ", indent), p.st.Muted.Render(ui.Wrap(text, p.width, indent)))
}

func (p *printer) applies(it *checklist.Item) string {
	types, restricted := it.Restricted()
	if !restricted {
		return p.t("every organisation type")
	}
	labels := make([]string, len(types))
	for i, t := range types {
		labels[i] = t
		if ot := p.fw.OrganisationType(t); ot != nil {
			labels[i] = ot.Label
		}
	}
	s := p.t("%s only", strings.Join(labels, ", "))
	if it.AppliesNote != "" {
		s += ". " + it.AppliesNote
	} else if c := it.Checklist(); c != nil && c.Note != "" {
		s += ". " + c.Note
	}
	return s
}

func (p *printer) keyArea(a *checklist.KeyArea) {
	p.title(a.ID, a.Title)
	p.muted(0, p.t("Key area, section %s. %d checklist items.", a.Section, len(a.Items())))
	fmt.Fprintln(p.w)
	p.field(p.t("Aim"), a.Aim)
	fmt.Fprintln(p.w)
	p.para(a.Description)
	if len(a.Benefits) > 0 {
		p.heading(p.t("Benefits"))
		for _, b := range a.Benefits {
			p.entry("•", b)
		}
	}
	if len(a.SuccessFactors) > 0 {
		p.heading(p.t("Success factors"))
		for _, f := range a.SuccessFactors {
			p.entry(f.ID, f.Name)
			p.muted(len(f.ID)+4, f.Description)
		}
	}
	for _, c := range a.Checklists {
		p.heading(p.t("%s (%d items)", c.Title, len(c.Items)))
		if c.Note != "" {
			p.muted(2, c.Note)
		}
		for _, it := range c.Items {
			q := it.Question
			if types, restricted := it.Restricted(); restricted && len(it.AppliesTo) > 0 {
				q += " [" + p.t("%s only", strings.Join(types, ", ")) + "]"
			}
			p.entry(fmt.Sprintf("%-7s", it.ID), q)
		}
	}
	if len(a.Examples) > 0 {
		p.heading(p.t("Good-practice examples"))
		for _, e := range a.Examples {
			factor := ""
			if f := p.fw.SuccessFactor(e.SuccessFactor); f != nil {
				factor = " (" + f.Name + ")"
			}
			p.entry("•", e.Country+": "+e.Practice+factor)
			p.muted(4, e.Summary)
		}
	}
	if len(a.Materials) > 0 {
		p.heading(p.t("Useful materials"))
		for _, m := range a.Materials {
			p.entry("•", materialLine(m))
		}
	}
}

func materialLine(m *checklist.Material) string {
	if m.Year > 0 {
		return fmt.Sprintf("%s (%s). %s.", m.Author, strconv.Itoa(m.Year), m.Title)
	}
	return fmt.Sprintf("%s. %s.", m.Author, m.Title)
}

func (p *printer) item(it *checklist.Item) {
	switch {
	case it.Area() != nil:
		p.title(it.ID, p.t("Checklist item of %s: %s", it.Area().ID, it.Area().Title))
	case it.Dimension() != nil:
		p.title(it.ID, p.t("Indicator of %s: %s", it.Dimension().ID, it.Dimension().Title))
	default:
		p.title(it.ID, p.t("Quick-scan item"))
	}
	fmt.Fprintln(p.w)
	p.field(p.t("Question"), it.Question)
	p.field(p.t("Action"), it.Action)
	p.field(p.t("Help"), it.Help)
	if f := it.SuccessFactor(); f != nil {
		p.field(p.t("Serves"), f.ID+" "+f.Name)
	}
	if q := it.GuidingQuestion(); q != nil {
		p.field(p.t("Guiding q."), q.ID+" "+q.Text)
	}
	if len(it.KeyAreas) > 0 {
		var names []string
		for _, id := range it.KeyAreas {
			names = append(names, id+" "+p.fw.KeyArea(id).Title)
		}
		p.field(p.t("Key areas"), strings.Join(names, "; "))
	}
	p.field(p.t("Applies to"), p.applies(it))
	p.field(p.t("Source"), p.sourceLabel(it.Source))
	if terms := p.fw.TermsIn(it.Question + " " + it.Help); len(terms) > 0 {
		p.heading(p.t("Words explained"))
		for _, t := range terms {
			p.entry("•", t.Term+": "+t.Definition)
		}
	}
}

// glossary prints every term of the framework's glossary.
func (p *printer) glossary() {
	p.title("glossary", p.t("Words explained"))
	p.muted(0, p.t("%d terms. 'scorecard framework show TERM' shows one.", len(p.fw.Glossary)))
	for _, t := range p.fw.Glossary {
		fmt.Fprintln(p.w)
		p.term(t)
	}
}

// term prints one glossary entry.
func (p *printer) term(t *checklist.Term) {
	p.title(t.ID, t.Term)
	p.para(t.Definition)
	if len(t.Aliases) > 0 {
		p.field(p.t("Also"), strings.Join(t.Aliases, ", "))
	}
	p.field(p.t("Source"), p.sourceLabel(t.Source))
}

func (p *printer) factor(f *checklist.SuccessFactor) {
	p.title(f.ID, f.Name)
	p.muted(0, p.t("Success factor of %s: %s", f.Area().ID, f.Area().Title))
	fmt.Fprintln(p.w)
	p.para(f.Description)
	var serving []*checklist.Item
	for _, it := range f.Area().Items() {
		if it.SuccessFactor() == f {
			serving = append(serving, it)
		}
	}
	if len(serving) > 0 {
		p.heading(p.t("Checklist items that serve it"))
		for _, it := range serving {
			p.entry(fmt.Sprintf("%-7s", it.ID), it.Question)
		}
	}
	p.heading(p.t("Good-practice examples"))
	if len(f.Examples()) == 0 {
		p.muted(2, p.t("The handbook gives no example for this factor; see the other examples of %s.", f.Area().ID))
	}
	for _, e := range f.Examples() {
		p.entry("•", e.Country+": "+e.Practice)
		p.muted(4, e.Summary)
	}
}

func (p *printer) dimension(d *checklist.Dimension) {
	p.title(d.ID, d.Title)
	p.muted(0, p.t("Quality dimension, section %s. %d indicators; minimum score %s.", d.Section, len(d.Indicators()), p.l.Number(scoring.FormatNumber(p.fw.DimensionThreshold(d)))))
	fmt.Fprintln(p.w)
	p.para(d.Description)
	for _, q := range d.Questions {
		p.guidingQuestionBody(q)
	}
}

func (p *printer) guidingQuestionBody(q *checklist.GuidingQuestion) {
	p.headingHang(q.ID+"  "+q.Text, utf8.RuneCountInString(q.ID)+2)
	for _, it := range q.Indicators {
		p.entry(fmt.Sprintf("%-6s", it.ID), it.Question)
	}
}

func (p *printer) guidingQuestion(q *checklist.GuidingQuestion, d *checklist.Dimension) {
	p.title(q.ID, q.Text)
	p.muted(0, p.t("Guiding question of %s: %s", d.ID, d.Title))
	fmt.Fprintln(p.w)
	for _, it := range q.Indicators {
		p.entry(fmt.Sprintf("%-6s", it.ID), it.Question)
	}
}

func (p *printer) quickScan(q *checklist.QuickScan) {
	p.title("OC", q.Title)
	p.muted(0, p.t("Section %s. %d items.", q.Section, len(q.Items)))
	fmt.Fprintln(p.w)
	p.para(q.Description)
	fmt.Fprintln(p.w)
	for _, it := range q.Items {
		p.entry(it.ID, it.Question+" ("+strings.Join(it.KeyAreas, ", ")+")")
	}
}

func (p *printer) routing(r *checklist.Routing) {
	p.title("route", p.t("Where to start"))
	p.muted(0, p.t("Section %s. The answer decides which key areas are asked.", r.Source))
	fmt.Fprintln(p.w)
	p.field(p.t("Question"), r.Question)
	p.field(p.t("Help"), r.Help)
	p.heading(p.t("Answers"))
	for _, o := range r.Options {
		var titles []string
		for _, id := range o.KeyAreas {
			if a := p.fw.KeyArea(id); a != nil {
				titles = append(titles, id+" "+a.Title)
			}
		}
		p.entry(o.Value, o.Label)
		if o.Description != "" {
			p.muted(len(o.Value)+4, o.Description)
		}
		p.muted(len(o.Value)+4, p.t("Leads to: %s", strings.Join(titles, "; ")))
	}
}

// sourceLabel names where a point comes from: "section 5.4" for a section
// number, the source's own words ("Main concepts") otherwise.
func (p *printer) sourceLabel(src string) string {
	if src != "" && src[0] >= '0' && src[0] <= '9' {
		return p.t("section %s", src)
	}
	return src
}
