package report

import (
	"regexp"
	"strings"
)

// mdInline escapes text so that it reads as plain words wherever it is put
// in Markdown: emphasis, code, links, images, HTML and table pipes all lose
// their meaning. User text (practice names, notes) and framework text both
// pass through it, so that neither can break the document's structure.
// Backslash escapes keep the raw file readable; "!" needs none, since the
// "[" of an image is escaped.
var mdInline = strings.NewReplacer(
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

// mdEntity matches what a Markdown renderer would turn into a character
// ("&amp;", "&#169;"); a lone "&" is left as it is.
var mdEntity = regexp.MustCompile(`&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`)

func mdEscape(s string) string {
	return mdEntity.ReplaceAllString(mdInline.Replace(s), `\&$1;`)
}

// blockStart matches what would make a line a heading, quote, list item,
// table rule or thematic break at the start of a line.
var blockStart = regexp.MustCompile(`^(\s*)([#=+-]|\d{1,9}[.)](\s|$))`)

// mdText escapes text for use inside a line. Line breaks become spaces.
func mdText(s string) string {
	return mdEscape(strings.Join(strings.Fields(s), " "))
}

// mdPara escapes text that starts a line of its own, as a paragraph.
func mdPara(s string) string {
	return escapeLineStart(mdText(s))
}

// mdCell escapes text for a table cell.
func mdCell(s string) string {
	return mdText(s)
}

// mdBlock escapes multi-line text (a note) as one paragraph that keeps its
// line breaks, with no line able to start a heading, list or quote.
func mdBlock(s string) string {
	var lines []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		lines = append(lines, escapeLineStart(mdEscape(line)))
	}
	return strings.Join(lines, "\\\n")
}

func escapeLineStart(s string) string {
	m := blockStart.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	// Escape the marker's first character after any digits: "#" → "\#",
	// "1. " → "1\. ".
	end := m[4]
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	return s[:end] + `\` + s[end:]
}
