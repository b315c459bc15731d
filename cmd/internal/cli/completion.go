package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Shell completion of values. Cobra completes command and flag names by
// itself; the functions here complete what goes after them: formats,
// organisation types, key areas, sections, frameworks, languages, the ids
// of 'framework show' and the files each command reads. Every shell
// (bash, zsh, fish, PowerShell) asks through the hidden __complete
// command, so one set of functions serves them all.

// registerCompletions attaches the value completions to every command of
// the tree under root.
func registerCompletions(f *Factory, root *cobra.Command) {
	_ = root.RegisterFlagCompletionFunc("lang", completeLanguages)
	_ = root.RegisterFlagCompletionFunc("translation", yamlFiles)
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		addFlagCompletions(f, cmd)
		if cmd.ValidArgsFunction == nil && cmd.Runnable() {
			cmd.ValidArgsFunction = argsCompletion(f, cmd)
		}
		for _, c := range cmd.Commands() {
			walk(c)
		}
	}
	for _, c := range root.Commands() {
		walk(c)
	}
}

func addFlagCompletions(f *Factory, cmd *cobra.Command) {
	fl := cmd.LocalNonPersistentFlags()
	register := func(name string, fn cobra.CompletionFunc) {
		if fl.Lookup(name) != nil {
			_ = cmd.RegisterFlagCompletionFunc(name, fn)
		}
	}
	if formats, ok := outputFormats[cmd.CommandPath()]; ok {
		// The descriptions are worded when completing, not at every
		// start-up.
		register("format", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var choices []cobra.Completion
			for _, ft := range formats {
				choices = append(choices, cobra.CompletionWithDesc(ft.Name, ft.What.String()))
			}
			return choices, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
		})
	}
	register("framework", completeFrameworks)
	register("type", f.completeOrganisationTypes)
	register("areas", f.completeKeyAreas)
	register("sections", completeSections)
	register("baseline", yamlFiles)
	register("plan", yamlFiles)
	register("min-group", cobra.NoFileCompletions)
	register("round", yamlFiles)
	// Numbers: nothing to offer, and no file names either.
	for _, name := range []string{"min-checklist", "min-quality", "dimension-threshold", "overall-threshold"} {
		register(name, cobra.NoFileCompletions)
	}
	if cmd.CommandPath() == "scorecard framework export" {
		register("lang", f.completeTranslationLanguages)
	}
	register("schema", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []cobra.Completion{"json"}, cobra.ShellCompDirectiveFilterFileExt
	})
}

// argsCompletion completes a command's arguments: answer files for the
// commands that read them, ids for 'framework show', a framework file for
// 'framework validate', a plan for 'plan show', the CSV and xlsx files
// that 'import' reads, nothing for commands without arguments, and any
// file for the others.
func argsCompletion(f *Factory, cmd *cobra.Command) cobra.CompletionFunc {
	switch cmd.CommandPath() {
	case "scorecard import":
		return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"csv", "tsv", "txt", "xlsx"}, cobra.ShellCompDirectiveFilterFileExt
		}
	case "scorecard plan show":
		return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return yamlFiles(c, args, toComplete)
		}
	case "scorecard assess", "scorecard report":
		return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return yamlFiles(c, args, toComplete)
		}
	case "scorecard score", "scorecard validate", "scorecard compare", "scorecard merge", "scorecard plan":
		return yamlFiles
	case "scorecard framework validate":
		return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return yamlFiles(c, args, toComplete)
		}
	case "scorecard framework show":
		return f.completeFrameworkIDs
	case "scorecard schema", "scorecard template", "scorecard framework list", "scorecard framework export":
		return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
	}
	return nil // any file: the shell's own completion
}

// yamlFiles lets the shell complete file names ending in .yaml or .yml
// (and directories).
func yamlFiles(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
}

// completionFramework is the framework a completion is about: the one
// --framework names on the command line so far, else the default.
func (f *Factory) completionFramework(cmd *cobra.Command) *checklist.Framework {
	ref := ""
	if fl := cmd.Flags().Lookup("framework"); fl != nil {
		ref = fl.Value.String()
	}
	fw, err := f.Framework(ref)
	if err != nil {
		return nil
	}
	return fw
}

func (f *Factory) completeOrganisationTypes(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	fw := f.completionFramework(cmd)
	if fw == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, t := range fw.OrganisationTypes {
		if strings.HasPrefix(t.ID, toComplete) {
			out = append(out, cobra.CompletionWithDesc(t.ID, completionLine(t.Label+": "+t.Description)))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

func (f *Factory) completeKeyAreas(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	fw := f.completionFramework(cmd)
	if fw == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var choices []cobra.Completion
	for _, a := range fw.KeyAreas {
		choices = append(choices, cobra.CompletionWithDesc(a.ID, a.Title))
	}
	return completeList(choices, toComplete)
}

func completeSections(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var choices []cobra.Completion
	for _, s := range checklist.Sections {
		choices = append(choices, cobra.CompletionWithDesc(string(s), s.Title()))
	}
	return completeList(choices, toComplete)
}

// completeList completes the last entry of a comma-separated list
// ("KA1,KA" → "KA1,KA2", "KA1,KA3"…), leaving out the entries already
// given. The list may go on, so no space is added after a completion.
// Ids match in any case and are offered in the case being typed.
//
// Only the first entry gets descriptions: cobra's bash script matches a
// completion that has one against what was typed after escaping it with
// printf %q, which escapes the comma ("KA1\,KA2"), so that none would
// match.
func completeList(choices []cobra.Completion, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	i := strings.LastIndex(toComplete, ",")
	done, last := toComplete[:i+1], toComplete[i+1:]
	given := strings.Split(strings.ToUpper(done), ",")
	var out []cobra.Completion
	for _, c := range choices {
		value, desc, _ := strings.Cut(c, "\t")
		if slices.Contains(given, strings.ToUpper(value)) || !hasPrefixFold(value, last) {
			continue
		}
		if done != "" {
			out = append(out, done+inCaseOf(last, value))
			continue
		}
		out = append(out, cobra.CompletionWithDesc(inCaseOf(last, value), desc))
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveKeepOrder
}

// completeFrameworks offers the built-in frameworks' ids and the framework
// files (*.yaml, *.yml) and folders under the path being typed.
func completeFrameworks(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	if !strings.ContainsAny(toComplete, `/\`) {
		for _, id := range checklist.Builtins() {
			if strings.HasPrefix(id, toComplete) {
				out = append(out, cobra.CompletionWithDesc(id, "built-in framework "+checklist.BuiltinVersion(id)))
			}
		}
	}
	dir, base := filepath.Split(toComplete)
	entries, _ := os.ReadDir(dirOrDot(dir))
	directive := cobra.ShellCompDirectiveNoFileComp
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, base) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dirOrDot(dir), name)); err == nil {
				isDir = st.IsDir()
			}
		}
		switch ext := strings.ToLower(filepath.Ext(name)); {
		case isDir:
			out = append(out, dir+name+string(filepath.Separator))
			directive |= cobra.ShellCompDirectiveNoSpace
		case ext == ".yaml" || ext == ".yml":
			out = append(out, dir+name)
		}
	}
	return out, directive
}

func dirOrDot(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}

// completeFrameworkIDs offers every id 'framework show' knows that starts
// with what is typed, in any case: "KA4-" gives KA4's items and success
// factors, "ka4-" the same in lower case.
func (f *Factory) completeFrameworkIDs(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	fw := f.completionFramework(cmd)
	if fw == nil || len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	type part struct{ id, what string }
	var parts []part
	for _, a := range fw.KeyAreas {
		parts = append(parts, part{a.ID, a.Title})
		for _, it := range a.Items() {
			parts = append(parts, part{it.ID, it.Question})
		}
		for _, sf := range a.SuccessFactors {
			parts = append(parts, part{sf.ID, sf.Name})
		}
	}
	if fw.QuickScan != nil {
		parts = append(parts, part{"OC", fw.QuickScan.Title})
		for _, it := range fw.ItemsIn(checklist.SectionQuickScan) {
			parts = append(parts, part{it.ID, it.Question})
		}
	}
	for _, d := range fw.Dimensions {
		parts = append(parts, part{d.ID, d.Title})
		for _, q := range d.Questions {
			parts = append(parts, part{q.ID, q.Text})
			for _, it := range q.Indicators {
				parts = append(parts, part{it.ID, it.Question})
			}
		}
	}
	if fw.Routing != nil {
		parts = append(parts, part{"route", fw.Routing.Question})
	}
	if len(fw.Glossary) > 0 {
		parts = append(parts, part{"glossary", printerOf(f).Sprintf("The glossary")})
		for _, t := range fw.Glossary {
			parts = append(parts, part{t.ID, t.Term})
		}
	}
	var out []cobra.Completion
	for _, p := range parts {
		if hasPrefixFold(p.id, toComplete) {
			out = append(out, cobra.CompletionWithDesc(inCaseOf(toComplete, p.id), completionLine(p.what)))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
}

// completeLanguages offers the interface languages.
func completeLanguages(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	for _, l := range locale.Available() {
		out = append(out, cobra.CompletionWithDesc(l.Code, l.Name))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeTranslationLanguages offers, for 'framework export --lang',
// the languages the framework has a built-in translation into and the
// interface languages, but not the framework's own; any other language
// code may be typed.
func (f *Factory) completeTranslationLanguages(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	seen := map[string]bool{}
	add := func(code, what string) {
		if !seen[code] && strings.HasPrefix(code, toComplete) {
			seen[code] = true
			out = append(out, cobra.CompletionWithDesc(code, what))
		}
	}
	fw := f.completionFramework(cmd)
	if fw != nil {
		own := fw.Language
		if own == "" {
			own = "en"
		}
		seen[own] = true
		for _, name := range checklist.BuiltinTranslations() {
			rest, ok := strings.CutPrefix(name, fw.ID+".")
			if code, yaml := strings.CutSuffix(rest, ".yaml"); ok && yaml && checklist.IsLanguageCode(code) {
				add(code, printerOf(f).Sprintf("built-in translation of %s", fw.ID))
			}
		}
	}
	for _, l := range locale.Available() {
		add(l.Code, l.Name)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func hasPrefixFold(s, prefix string) bool {
	return strings.HasPrefix(strings.ToLower(s), strings.ToLower(prefix))
}

// inCaseOf writes id in lower case when what is typed so far is, so that
// the shell, which matches completions case-sensitively, keeps it.
func inCaseOf(typed, id string) string {
	if typed != "" && strings.IndexFunc(typed, unicode.IsUpper) < 0 && strings.IndexFunc(typed, unicode.IsLower) >= 0 {
		return strings.ToLower(id)
	}
	return id
}

// completionLine shortens a description to one line that fits beside a
// completion.
func completionLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 72 {
		s = strings.TrimRight(string(r[:71]), " ") + "…"
	}
	return s
}
