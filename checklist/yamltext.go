package checklist

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// What scorecard writes must read the same in every YAML reader. YAML 1.1
// readers (PyYAML, many JavaScript libraries, spreadsheets' importers)
// take plain yes, no, on, off, y and n for booleans, 2026-11-20 for a
// date and 0755 or 1_000 for numbers; YAML 1.2 readers take true, 12 and
// 1e3 for a boolean and numbers. Quoting such a scalar makes it text in
// both.

// yaml11Words are the plain scalars that YAML 1.1 or 1.2 reads as a
// boolean, a null, or a special key.
var yaml11Words = map[string]bool{
	"": true, "~": true, "null": true, "Null": true, "NULL": true,
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
	"n": true, "N": true, "no": true, "No": true, "NO": true,
	"true": true, "True": true, "TRUE": true, "false": true, "False": true, "FALSE": true,
	"on": true, "On": true, "ON": true, "off": true, "Off": true, "OFF": true,
	"<<": true, "=": true,
}

// NeedsQuotes reports whether a plain scalar s could be read as anything
// but text by a YAML 1.1 or 1.2 reader (a boolean, a null, a number, a
// date or time, a merge key), so that every YAML file scorecard writes
// quotes it.
func NeedsQuotes(s string) bool {
	if yaml11Words[s] {
		return true
	}
	// Every number, date and time starts with a digit or a dot, possibly
	// after a sign: only those are matched against the patterns.
	t := strings.TrimLeft(s, "+-")
	if t == "" || !(t[0] >= '0' && t[0] <= '9' || t[0] == '.') {
		return false
	}
	return typedScalar().MatchString(s)
}

// typedScalar matches the plain scalars that YAML 1.1 (yaml.org/type) or
// YAML 1.2's core schema read as an integer, a float or a timestamp. It
// is compiled when first needed, not at start-up.
var typedScalar = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + strings.Join([]string{
		// YAML 1.1 integers: binary, octal, decimal, hexadecimal, base 60.
		`[-+]?0b[0-1_]+`, `[-+]?0[0-7_]+`, `[-+]?(?:0|[1-9][0-9_]*)`, `[-+]?0x[0-9a-fA-F_]+`, `[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`,
		// YAML 1.1 floats.
		`[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?`, `[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.(?:inf|Inf|INF)`, `\.(?:nan|NaN|NAN)`,
		// YAML 1.1 timestamps.
		`[0-9]{4}-[0-9]{2}-[0-9]{2}`, `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*Z|[ \t]*[-+][0-9]{1,2}(?::[0-9]{2})?)?`,
		// YAML 1.2 core schema numbers.
		`[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`, `[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?`,
	}, "|") + `)$`)
})

// yamlText writes s for a YAML document: plain when every reader takes it
// for text, else in double quotes.
func yamlText(s string) string {
	if !NeedsQuotes(s) {
		return s
	}
	return strconv.Quote(s) // Go's escapes are all YAML escapes too
}

// modelinePrefix starts the comment that tells yaml-language-server (VS
// Code's YAML extension and other editors) which schema a file follows.
const modelinePrefix = "# yaml-language-server:"

// answerHeader is the comment WriteAnswers puts at the top of a file,
// saying what it is: two lines, of which the second ends in
// answerHeaderEnd.
func answerHeader(fw *Framework) string {
	return fmt.Sprintf("%s%s.\n# Answers: %s.%s\n", answerHeaderStart, oneLine(fw.Title), fw.ValueList(), answerHeaderEnd)
}

// The wording that tells the comments scorecard writes at the top of a
// file (answerHeader, and WriteTemplate's instructions) from a person's.
const (
	answerHeaderStart = "# scorecard answer file: "
	answerHeaderEnd   = " Check with: scorecard validate FILE"
	templateHeaderEnd = "# Score it with:"
)

// isTemplateEnd reports whether a line is the last of a template's
// instructions: "# Score it with: scorecard score FILE" in any language
// (or, from older versions, with the command aligned after it).
func isTemplateEnd(line string) bool {
	return strings.HasPrefix(line, templateHeaderEnd) || strings.HasPrefix(line, "#") && strings.HasSuffix(line, ": scorecard score FILE")
}

// writeHead is the top of a written answer file: the modelines of head,
// the file's header comment, then the rest of head.
func writeHead(head string, fw *Framework) string {
	var modelines, rest strings.Builder
	if head != "" {
		for _, line := range strings.Split(head, "\n") {
			if strings.HasPrefix(line, modelinePrefix) {
				modelines.WriteString(line + "\n")
			} else {
				rest.WriteString(line + "\n")
			}
		}
	}
	return modelines.String() + answerHeader(fw) + rest.String()
}

// leadingComments returns the block of comment lines at the top of a
// YAML file (an editor's modeline, a note), up to the first line that is
// neither a comment nor blank, without the blank lines around it and
// without the header comment that WriteAnswers writes (written afresh,
// in the language of the framework it is written with).
func leadingComments(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var lines []string
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		text := strings.TrimRight(string(line), " \t\r")
		if text != "" && !strings.HasPrefix(strings.TrimLeft(text, " \t"), "#") {
			break
		}
		// The YAML parser also ends a line at a lone carriage return and
		// at U+0085, U+2028 and U+2029: what follows one is not part of
		// the comment, so the block ends before such a line.
		if strings.ContainsAny(text, "\r\u0085\u2028\u2029") {
			break
		}
		lines = append(lines, text)
	}
	lines = withoutOwnHeader(lines)
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

// withoutOwnHeader drops the comments scorecard wrote at the top of a
// file: its two-line header, or a template's instructions, from their
// first line to their last. They are written afresh, or not at all once
// the file is scorecard's own.
func withoutOwnHeader(lines []string) []string {
	for i, line := range lines {
		if !strings.HasPrefix(line, answerHeaderStart) {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			end := lines[j]
			if j == i+1 && strings.HasPrefix(end, "# Answers: ") && strings.HasSuffix(end, answerHeaderEnd) || isTemplateEnd(end) {
				return append(lines[:i:i], lines[j+1:]...)
			}
			if !strings.HasPrefix(end, "#") {
				break
			}
		}
	}
	return lines
}
