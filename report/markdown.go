package report

import "github.com/inclusion-tools/scorecard/report/internal/mdtext"

// The escaping lives in report/internal/mdtext, shared with the action
// plan's Markdown: one escaper for every Markdown scorecard writes.

func mdText(s string) string          { return mdtext.Text(s) }
func mdPara(s string) string          { return mdtext.Para(s) }
func mdCell(s string) string          { return mdtext.Cell(s) }
func mdBlock(s string) string         { return mdtext.Block(s) }
func escapeLineStart(s string) string { return mdtext.LineStart(s) }
