// Command catalog keeps the interface catalogs (data/locales/*.yaml) in
// step with the code. It extracts every message key the Go code uses
// (the English format string of each call of the locale printer, of
// locale.M and locale.Errorf, and of every function that passes its
// format on to them) and checks each catalog against them: every key
// present, none stale, the same verbs in a translation as in its key,
// plural forms well formed.
//
//	go run ./cmd/internal/catalog              # check; exit 1 on problems
//	go run ./cmd/internal/catalog -write       # update every catalog but English
//	go run ./cmd/internal/catalog -new lv -name Latviešu   # start a language
//	go run ./cmd/internal/catalog -keys        # list the keys, one JSON string a line
//
// 'make catalog' runs it with -write. Run it from the module's root.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

const localesDir = "data/locales"

func main() {
	write := flag.Bool("write", false, "rewrite every catalog but English with every key of the code, keeping its translations")
	newCode := flag.String("new", "", "start the catalog of a new language `code`, such as lv")
	newName := flag.String("name", "", "with -new: the language's `name` in itself, such as Latviešu")
	keysOnly := flag.Bool("keys", false, "list the keys the code uses, one JSON string a line")
	flag.Parse()
	if err := run(*write, *newCode, *newName, *keysOnly); err != nil {
		fmt.Fprintf(os.Stderr, "catalog: %v\n", err)
		os.Exit(1)
	}
}

func run(write bool, newCode, newName string, keysOnly bool) error {
	x, err := Extract(".")
	if err != nil {
		return err
	}
	if keysOnly {
		for _, k := range x.Keys {
			b, _ := json.Marshal(k.Format)
			fmt.Println(string(b))
		}
		return nil
	}
	cats, err := loadCatalogs(localesDir)
	if err != nil {
		return err
	}
	if newCode != "" {
		if _, ok := cats[newCode]; ok {
			return fmt.Errorf("%s/%s.yaml exists; update it with -write", localesDir, newCode)
		}
		if newName == "" {
			return fmt.Errorf("-new needs -name, the language's name in itself")
		}
		cats[newCode] = &locale.Catalog{Code: newCode, Name: newName, DateLayout: "2006-01-02", Messages: map[string]locale.Message{}}
		write = true
	}
	if write {
		for code, c := range cats {
			if code == "en" {
				continue
			}
			var b bytes.Buffer
			if err := WriteSkeleton(&b, x.Keys, cats["en"], c); err != nil {
				return err
			}
			path := filepath.Join(localesDir, code+".yaml")
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "wrote %s\n", path)
		}
		if cats, err = loadCatalogs(localesDir); err != nil {
			return err
		}
	}
	var problems []string
	problems = append(problems, CheckCode(x)...)
	for _, code := range sortedCodes(cats) {
		problems = append(problems, Check(x.Keys, cats[code], filepath.Join(localesDir, code+".yaml"))...)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problems:\n%s", len(problems), strings.Join(problems, "\n"))
	}
	fmt.Fprintf(os.Stderr, "%d keys; catalogs %s in step with the code\n", len(x.Keys), strings.Join(sortedCodes(cats), ", "))
	return nil
}

// loadCatalogs parses every catalog of a folder, by language code.
func loadCatalogs(dir string) (map[string]*locale.Catalog, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	cats := map[string]*locale.Catalog{}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		c, err := locale.ParseCatalog(path, b)
		if err != nil {
			return nil, err
		}
		cats[c.Code] = c
	}
	if cats["en"] == nil {
		return nil, fmt.Errorf("%s has no en.yaml", dir)
	}
	return cats, nil
}

func sortedCodes(cats map[string]*locale.Catalog) []string {
	var codes []string
	for c := range cats {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// localFormatters are the printf-like functions that may format text
// without the catalog: each writes the layout of a file around messages
// that went through the printer (YAML keys and comment marks, Markdown
// marks), never words of its own.
var localFormatters = []string{
	"github.com/inclusion-tools/scorecard/checklist.p (local)", // WriteTemplate's YAML lines
	"github.com/inclusion-tools/scorecard/report.p (local)",    // WriteFrameworkMarkdown's Markdown lines
}

// CheckCode says what in the code escapes extraction: a format that is not
// a constant, and a printf-like function that does not pass its format to
// the catalog (unless it is one of localFormatters).
func CheckCode(x *Extraction) []string {
	var out []string
	for _, d := range x.Dynamic {
		out = append(out, fmt.Sprintf("%s: %s: the format is not a constant, so it cannot be translated; write the message as a literal (or a locale.M)", d.Pos, d.Call))
	}
	for _, f := range x.Unlocalized {
		if !slices.Contains(localFormatters, f) {
			out = append(out, fmt.Sprintf("%s formats text outside the catalog: pass its format to a locale printer, or (for layout only) list it in localFormatters", f))
		}
	}
	return out
}
