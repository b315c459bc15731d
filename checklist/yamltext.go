package checklist

import (
	"bytes"
	"strconv"
	"strings"
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

// needsQuotes reports whether a plain scalar s could be read as anything
// but text by a YAML 1.1 or 1.2 reader. It errs on the side of quoting:
// every number, date and time starts with a digit or a dot, possibly
// after a sign, so any scalar that does is quoted ("3rd floor" too).
func needsQuotes(s string) bool {
	if yaml11Words[s] {
		return true
	}
	t := strings.TrimLeft(s, "+-")
	return t != "" && (t[0] >= '0' && t[0] <= '9' || t[0] == '.')
}

// quoted writes s for a YAML document: plain when every reader takes it
// for text, else in double quotes.
func quoted(s string) string {
	if !needsQuotes(s) {
		return s
	}
	return strconv.Quote(s) // Go's escapes are all YAML escapes too
}

// leadingComments returns the block of comment lines at the top of a
// YAML file (an editor's modeline, a note), up to the first line that is
// neither a comment nor blank, without the blank lines around it.
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
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}
