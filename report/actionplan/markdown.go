package actionplan

import "strings"

// The escaping below follows report's (report/markdown.go): whatever
// people write in a plan (actions, owners, notes) must read as plain words
// in Markdown, never as emphasis, links, HTML, table cells or headings.
// It is repeated here because report will include plans (report --plan),
// so this package cannot import report.

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
	"&", `\&`,
)

// md escapes text for use inside a line; line breaks become spaces.
func md(s string) string {
	return mdInline.Replace(strings.Join(strings.Fields(s), " "))
}

// mdLine escapes text that starts a line of its own.
func mdLine(s string) string {
	s = md(s)
	if s == "" {
		return s
	}
	if strings.IndexByte("#=+-", s[0]) >= 0 {
		return `\` + s
	}
	j := 0
	for j < len(s) && j < 9 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > 0 && j < len(s) && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ') {
		return s[:j] + `\` + s[j:]
	}
	return s
}
