// Package mdtext escapes text for Markdown: the one escaper that every
// Markdown scorecard writes goes through (reports, comparisons, worksheets,
// action plans), so that user text (practice names, notes, owners) and
// framework text read as plain words, never as emphasis, links, HTML,
// table cells, headings or list items.
package mdtext

import "strings"

// inline escapes text so that it reads as plain words wherever it is put
// in Markdown: emphasis, code, links, images, HTML and table pipes all lose
// their meaning. User text (practice names, notes) and framework text both
// pass through it, so that neither can break the document's structure.
// Backslash escapes keep the raw file readable; "!" needs none, since the
// "[" of an image is escaped.
var inline = strings.NewReplacer(
	`\`, `\\`,
	"`", "\\`",
	"*", `\*`,
	"_", `\_`,
	"[", `\[`,
	"]", `\]`,
	"|", `\|`,
	"~", `\~`,
	"<", `\<`,
	">", `\>`,
)

// Escape escapes inline text, and an "&" that starts what a Markdown
// renderer would turn into a character ("&amp;", "&#169;"); a lone "&" is
// left as it is.
func Escape(s string) string {
	s = inline.Replace(s)
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' && isEntity(s[i+1:]) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isEntity reports whether s starts with the rest of an HTML entity
// reference: a name or a number, then ";".
func isEntity(s string) bool {
	j := 0
	switch {
	case strings.HasPrefix(s, "#x") || strings.HasPrefix(s, "#X"):
		j = 2
		for j < len(s) && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
			j++
		}
		if j == 2 {
			return false
		}
	case strings.HasPrefix(s, "#"):
		j = 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 1 {
			return false
		}
	default:
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > 0 && s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j == 0 {
			return false
		}
	}
	return j < len(s) && s[j] == ';'
}

// Text escapes text for use inside a line. Line breaks become spaces.
func Text(s string) string {
	return Escape(strings.Join(strings.Fields(s), " "))
}

// Para escapes text that starts a line of its own, as a paragraph.
func Para(s string) string {
	return LineStart(Text(s))
}

// Cell escapes text for a table cell.
func Cell(s string) string {
	return Text(s)
}

// LineStart escapes what would make a line a heading, quote, list
// item, table rule or thematic break: a leading "#", "=", "+", "-" (after
// any spaces), or a number followed by "." or ")" and a space or the end.
func LineStart(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == len(s) {
		return s
	}
	if strings.IndexByte("#=+-", s[i]) >= 0 {
		return s[:i] + `\` + s[i:]
	}
	j := i
	for j < len(s) && j-i < 9 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > i && j < len(s) && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\t') {
		return s[:j] + `\` + s[j:]
	}
	return s
}
