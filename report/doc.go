// Package report renders what scorecard produces for people: the
// assessment report in Markdown and PDF, the Markdown export of a
// framework, and the comparison tables. Renderers take a loaded framework
// and the scores and write to an io.Writer; they never print on their own
// and never read the clock.
package report
