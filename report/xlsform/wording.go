package xlsform

import "github.com/inclusion-tools/scorecard/checklist/locale"

// The words of the worksheet, in one place.

func wordAnswerSheet(p *locale.Printer) string { return p.Sprintf("Answers") }
func wordWorksheetHelp(p *locale.Printer) string {
	return p.Sprintf("Fill in the yellow cells. For each question, choose an answer from the list that opens in the Answer cell; a note and the evidence (a document, a link) are optional. Give the filled workbook back to the facilitator, who reads it with: scorecard import FILE -o DIR")
}
func wordID(p *locale.Printer) string                { return p.Sprintf("Id") }
func wordQuestion(p *locale.Printer) string          { return p.Sprintf("Question") }
func wordAnswer(p *locale.Printer) string            { return p.Sprintf("Answer") }
func wordNote(p *locale.Printer) string              { return p.Sprintf("Note") }
func wordEvidence(p *locale.Printer) string          { return p.Sprintf("Evidence") }
func wordNotesOn(p *locale.Printer, s string) string { return p.Sprintf("Notes on %s", s) }
func wordInvalidTitle(p *locale.Printer) string      { return p.Sprintf("Not one of the answers") }
func wordInvalidAnswer(p *locale.Printer) string {
	return p.Sprintf("Choose one of the answers from the list.")
}
