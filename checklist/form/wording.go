package form

import (
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// The words scorecard adds to a form, in one place. Each goes through the
// language's printer, so a catalog translates it.

func wordYes(p *locale.Printer) string     { return p.Sprintf("Yes") }
func wordNo(p *locale.Printer) string      { return p.Sprintf("No") }
func wordProfile(p *locale.Printer) string { return p.Sprintf("The practice you assess") }
func wordName(p *locale.Printer) string    { return p.Sprintf("Name of the practice or service") }
func wordNameHint(p *locale.Printer) string {
	return p.Sprintf("Write it the same way as the others in your group, so that your answers can be merged.")
}
func wordOrganisation(p *locale.Printer) string { return p.Sprintf("Organisation") }
func wordOrgType(p *locale.Printer) string      { return p.Sprintf("Type of organisation") }
func wordOrgTypeHint(p *locale.Printer) string {
	return p.Sprintf("Questions that do not concern this type of organisation are left out.")
}
func wordCountry(p *locale.Printer) string     { return p.Sprintf("Country") }
func wordCountryHint(p *locale.Printer) string { return p.Sprintf("Its two-letter code, such as BG") }
func wordDate(p *locale.Printer) string        { return p.Sprintf("Date of the assessment") }
func wordAssessors(p *locale.Printer) string   { return p.Sprintf("Your name") }
func wordAssessorsHint(p *locale.Printer) string {
	return p.Sprintf("If you answer together with others, add their names, separated by commas.")
}
func wordRefugees(p *locale.Printer) string {
	return p.Sprintf("Did refugees take part in this assessment?")
}
func wordPerspective(p *locale.Printer) string {
	return p.Sprintf("From which point of view do you answer?")
}
func wordPerspectiveHint(p *locale.Printer) string {
	return p.Sprintf("So that the views of refugees, staff and partners can be set side by side when the answers are merged.")
}

// wordPerspectiveChoice is a perspective as a choice: its name and who
// answers from it, as assess offers it.
func wordPerspectiveChoice(p *locale.Printer, v checklist.Perspective) string {
	return v.Label(p) + ": " + v.Description(p)
}
func wordNotRecorded(p *locale.Printer) string  { return p.Sprintf("Not recorded") }
func wordWhereToStart(p *locale.Printer) string { return p.Sprintf("Where to start") }
func wordNoteOn(p *locale.Printer, id string) string {
	return p.Sprintf("Your note on %s", id)
}
func wordScores(p *locale.Printer) string { return p.Sprintf("Your scores") }
func wordScoresIntro(p *locale.Printer) string {
	return p.Sprintf("Scores out of 100 from your answers so far. Questions answered \"not applicable\", left unanswered or not concerning your organisation are left out; – means nothing was answered.")
}
func wordChecklistScore(p *locale.Printer) string { return p.Sprintf("Checklist score") }
func wordQualityScore(p *locale.Printer) string   { return p.Sprintf("Quality score") }
