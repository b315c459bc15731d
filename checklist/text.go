package checklist

import (
	"bufio"
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/inclusion-tools/scorecard/data"
)

// CleanText removes terminal escape sequences and control characters from
// text that came from a file, keeping tabs and line breaks. User text
// (practice names, notes) passes through it when it is loaded, so that a
// crafted answer file cannot move the cursor, change colours or rewrite a
// CI log when its contents are printed.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	s = ansi.Strip(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

func isClean(s string) bool {
	for _, r := range s {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return false
		}
	}
	return true
}

// BuiltinVersion returns the version of an embedded framework by reading
// its top-level "version:" line, without parsing the whole file: the
// version is printed by --version, which must start fast. A test checks
// that it agrees with the parsed framework.
func BuiltinVersion(id string) string {
	// Stream the file rather than read it whole: the line is near the top,
	// and every start-up pays for this.
	f, err := data.FS.Open(id + ".yaml")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v, ok := strings.CutPrefix(sc.Text(), "version:")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if u, err := strconv.Unquote(v); err == nil {
			return u
		}
		return v
	}
	return ""
}
