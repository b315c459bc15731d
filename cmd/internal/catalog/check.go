package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// NeedsTranslation reports whether a key has words to translate: a
// letter outside its verbs, or quotation marks, which differ from one
// language to another (“%s” is „%s“ in Lithuanian, « %s » in French).
// "%s: %s" and "%q" need none, and catalogs leave them out.
func NeedsTranslation(key string) bool {
	text := verbPattern.ReplaceAllString(key, "")
	return strings.IndexFunc(text, unicode.IsLetter) >= 0 || strings.ContainsAny(text, "“”‘’„«»")
}

// verbPattern matches a verb of a format string, as fmt reads them:
// flags, an explicit argument index, width and precision, the letter.
var verbPattern = regexp.MustCompile(`%[-+# 0]*(?:\[(\d+)\])?(?:\d+|\*)?(?:\.(?:\d+|\*)?)?(?:\[(\d+)\])?([a-zA-Z%])`)

// verb is one formatting verb of a message: the argument it formats (from
// 1) and its letter.
type verb struct {
	arg    int
	letter rune
}

// verbs lists the verbs of a format string in order, resolving explicit
// argument indexes ("%[2]s") as fmt does. %% is no verb.
func verbs(format string) []verb {
	var out []verb
	next := 1
	for _, m := range verbPattern.FindAllStringSubmatch(format, -1) {
		if m[3] == "%" {
			continue
		}
		arg := next
		if idx := m[1] + m[2]; idx != "" {
			arg, _ = strconv.Atoi(idx)
		}
		letter := []rune(m[3])[0]
		out = append(out, verb{arg, letter})
		next = arg + 1
	}
	return out
}

// sameVerbs says how a translation's verbs differ from its key's, or ""
// when they format the same arguments the same way. A translation may
// reorder arguments with explicit indexes ("%[2]s … %[1]s").
func sameVerbs(key, translation string) string {
	want, got := byArg(verbs(key)), byArg(verbs(translation))
	for arg, l := range want {
		switch g, ok := got[arg]; {
		case !ok:
			return fmt.Sprintf("argument %d (%%%c) is missing", arg, l)
		case g != l:
			return fmt.Sprintf("argument %d is %%%c in the key but %%%c in the translation", arg, l, g)
		}
	}
	for arg, l := range got {
		if _, ok := want[arg]; !ok {
			return fmt.Sprintf("the translation has %%%c for argument %d, which the key does not have", l, arg)
		}
	}
	return ""
}

func byArg(vs []verb) map[int]rune {
	m := map[int]rune{}
	for _, v := range vs {
		m[v.arg] = v.letter
	}
	return m
}

// IntegerForms are the plural forms a language chooses among for whole
// numbers, by CLDR's rules: English one and other; Lithuanian one, few
// and other.
func IntegerForms(code string) []string {
	tag, err := language.Parse(code)
	if err != nil {
		return []string{"other"}
	}
	names := map[plural.Form]string{plural.Other: "other", plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many"}
	seen := map[string]bool{}
	for i := 0; i <= 1000; i++ {
		seen[names[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)]] = true
	}
	seen["other"] = true // every plural message has it (for fractions, at least)
	var out []string
	for _, f := range locale.PluralCategories {
		if seen[f] {
			out = append(out, f)
		}
	}
	return out
}

// Check compares the keys the code uses with a catalog and returns what is
// wrong, one line each, "file:line:col: message" where there is a line:
//   - a key the catalog lacks (a language other than English must have
//     every key that has words; an empty value stands for English);
//   - a key the code no longer uses (stale);
//   - a translation whose verbs differ from its key's;
//   - plural forms that are malformed: an argument that is not a %d, a
//     form the language does not use, or (translated) one it needs
//     missing.
func Check(keys []Key, c *locale.Catalog, file string) []string {
	var out []string
	at := func(m locale.Message) string { return fmt.Sprintf("%s:%d:%d", file, m.Line, m.Column) }
	used := map[string]bool{}
	for _, k := range keys {
		used[k.Format] = true
		if _, ok := c.Messages[k.Format]; !ok && c.Code != "en" && NeedsTranslation(k.Format) {
			out = append(out, fmt.Sprintf("%s: missing %q (used in %s); run make catalog", file, k.Format, k.File))
		}
	}
	forms := IntegerForms(c.Code)
	for _, key := range c.Keys {
		m := c.Messages[key]
		if !used[key] {
			out = append(out, fmt.Sprintf("%s: %q is not used by the code any more; run make catalog", at(m), key))
			continue
		}
		if m.Forms == nil {
			if m.Text != "" {
				if why := sameVerbs(key, m.Text); why != "" {
					out = append(out, fmt.Sprintf("%s: the translation of %q does not match its verbs: %s", at(m), key, why))
				}
				// A flag's usage names its value in backquotes ("write to
				// `path`"): --help shows that word as the value's name.
				if strings.Count(key, "`") == 2 && strings.Count(m.Text, "`") != 2 {
					out = append(out, fmt.Sprintf("%s: the translation of %q must name the flag's value in backquotes, as the English does", at(m), key))
				}
			}
			continue
		}
		out = append(out, checkPlural(key, m, c.Code, forms, at(m))...)
	}
	return out
}

func checkPlural(key string, m locale.Message, code string, forms []string, at string) []string {
	var out []string
	vs := verbs(key)
	if i := slices.IndexFunc(vs, func(v verb) bool { return v.arg == m.Arg }); i < 0 || vs[i].letter != 'd' {
		out = append(out, fmt.Sprintf("%s: %q chooses its plural form by argument %d, which is not a %%d", at, key, m.Arg))
	}
	names := make([]string, 0, len(m.Forms))
	for f := range m.Forms {
		names = append(names, f)
	}
	slices.Sort(names)
	for _, f := range names {
		if !strings.HasPrefix(f, "=") && !slices.Contains(forms, f) {
			out = append(out, fmt.Sprintf("%s: %q has the plural form %q, which %s does not use (it uses %s)", at, key, f, code, strings.Join(forms, ", ")))
		}
		s := m.Forms[f]
		if s == "" {
			continue
		}
		why := sameVerbs(key, s)
		if why != "" && (f == "one" || strings.HasPrefix(f, "=")) && dropsOnlyCount(key, s, m.Arg) {
			why = "" // "one question" for "%d questions"
		}
		if why != "" {
			out = append(out, fmt.Sprintf("%s: the %s form of %q does not match its verbs: %s", at, f, key, why))
		}
	}
	if !m.Untranslated() {
		for _, f := range forms {
			if _, ok := m.Forms[f]; !ok {
				out = append(out, fmt.Sprintf("%s: %q lacks the plural form %q that %s uses", at, key, f, code))
			}
		}
	}
	return out
}

// dropsOnlyCount reports whether a form differs from its key only by
// leaving out the count ("one question" for "%d questions"), which the
// singular form of a language may do.
func dropsOnlyCount(key, form string, arg int) bool {
	want, got := byArg(verbs(key)), byArg(verbs(form))
	delete(want, arg)
	delete(got, arg)
	return sameVerbs(mapFormat(want), mapFormat(got)) == ""
}

// mapFormat writes verbs back as a format with explicit indexes.
func mapFormat(m map[int]rune) string {
	var b strings.Builder
	for arg, l := range m {
		fmt.Fprintf(&b, "%%[%d]%c ", arg, l)
	}
	return b.String()
}
