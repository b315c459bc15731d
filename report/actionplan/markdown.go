package actionplan

import "github.com/inclusion-tools/scorecard/report/internal/mdtext"

// Whatever people write in a plan (actions, owners, notes) must read as
// plain words in Markdown, never as emphasis, links, HTML, table cells or
// headings: it goes through the one escaper of every Markdown scorecard
// writes (report/internal/mdtext), which report uses too.

// md escapes text for use inside a line; line breaks become spaces.
func md(s string) string { return mdtext.Text(s) }

// mdLine escapes text that starts a line of its own.
func mdLine(s string) string { return mdtext.Para(s) }
