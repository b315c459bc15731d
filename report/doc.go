// Package report renders what scorecard produces for people: the
// assessment report in Markdown, HTML and PDF, the Markdown export of a
// framework, worksheets, and the comparison tables.
//
// A report is built once as a model (model.go: what to say), laid out by
// section as blocks (layout.go, layout_sections.go, layout_perspectives.go
// for a merge's perspectives and an action plan), with every word from
// wording.go through the locale printer, and rendered by three writers
// that cannot drift apart: Markdown (report_md.go), HTML (html.go) and PDF
// (pdf*.go, with its own text engine for every script). Renderers take a
// loaded framework and the scores and write to an io.Writer; they never
// print on their own and never read the clock.
package report
