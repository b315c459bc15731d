package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// skeletonHeader starts every catalog that WriteSkeleton writes.
const skeletonHeader = `# The interface of scorecard in %s (%s): every message the program
# shows a person, keyed by its English text as the Go code writes it.
#
# Write each translation between the quotes after its key; a message left
# "" shows in English. Keep every %%s, %%d, %%q and %%v of the key (the test
# of cmd/internal/catalog checks them); to put them in another order, number
# them: "%%[2]s … %%[1]s". Messages with a count have a form for each plural
# category of the language (see the English forms above them).
#
# This file is written by 'make catalog', which keeps the translations and
# adds the keys the code gained (comments are written afresh). See README
# "Languages".
`

// WriteSkeleton writes the catalog of one language for translators: every
// key of the code that has words to translate, grouped by the file that
// first uses it, in the code's order, with its translation from old where
// it has one and "" where not. Messages with English plural forms (in en)
// get the language's plural forms, under the English ones as comments.
func WriteSkeleton(w io.Writer, keys []Key, en, old *locale.Catalog) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, skeletonHeader, old.Name, old.Code)
	fmt.Fprintf(b, "language: %s\nname: %s\ndate_layout: %s\nmessages:\n", quote(old.Code), quote(old.Name), quote(old.DateLayout))
	forms := IntegerForms(old.Code)
	file := ""
	for _, k := range keys {
		if !NeedsTranslation(k.Format) {
			continue
		}
		if k.File != file {
			file = k.File
			fmt.Fprintf(b, "\n  # %s\n", file)
		}
		if strings.Contains(k.Format, "\n") {
			for _, line := range strings.Split(k.Format, "\n") {
				fmt.Fprintf(b, "  # %s\n", strings.TrimRight(line, " "))
			}
		}
		eng, isPlural := en.Messages[k.Format]
		if !isPlural || eng.Forms == nil {
			fmt.Fprintf(b, "  %s%s\n", keyOf(k.Format), quote(old.Messages[k.Format].Text))
			continue
		}
		writePlural(b, k.Format, eng, old.Messages[k.Format], forms)
	}
	return b.Flush()
}

// keyOf writes a mapping key and its colon, up to the value. YAML allows
// a plain "key: value" only for keys of at most 1024 characters; longer
// ones (a help topic) are written as explicit keys, "? key" then ": ".
func keyOf(key string) string {
	q := quote(key)
	if len(q) < 1000 {
		return q + ": "
	}
	return "? " + q + "\n  : "
}

// writePlural writes a message with plural forms: the English ones as
// comments, then each form of the language (and any "=N" form the old
// translation had).
func writePlural(b *bufio.Writer, key string, eng, old locale.Message, forms []string) {
	for _, f := range sortedForms(eng.Forms) {
		fmt.Fprintf(b, "  # English %s: %s\n", f, eng.Forms[f])
	}
	fmt.Fprintf(b, "  %s\n", strings.TrimRight(keyOf(key), " "))
	if eng.Arg > 1 {
		fmt.Fprintf(b, "    arg: %d\n", eng.Arg)
	}
	all := slices.Clone(forms)
	for f := range old.Forms {
		if !slices.Contains(all, f) {
			all = append(all, f)
		}
	}
	for _, f := range sortedForms(setOf(all)) {
		fmt.Fprintf(b, "    %s: %s\n", quote(f), quote(old.Forms[f]))
	}
}

func setOf(names []string) map[string]string {
	m := map[string]string{}
	for _, n := range names {
		m[n] = ""
	}
	return m
}

// sortedForms orders plural forms as CLDR does, exact numbers first.
func sortedForms(m map[string]string) []string {
	var out []string
	for f := range m {
		if strings.HasPrefix(f, "=") {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	for _, f := range locale.PluralCategories {
		if _, ok := m[f]; ok {
			out = append(out, f)
		}
	}
	return out
}

// quote writes a YAML double-quoted scalar: Go's escapes are YAML's too.
func quote(s string) string { return strconv.Quote(s) }
