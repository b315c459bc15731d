package assess

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

// keystrokeModel is the questionnaire at KA4, the largest page (19
// questions), with styles on, in a 120×40 window.
func keystrokeModel(b *testing.B) *model {
	fw := framework(b)
	af := bureau(b, fw, "")
	session := &Session{Framework: fw, File: af, Today: "2026-11-20", Review: true,
		Save:  func(*checklist.AnswerFile) error { return nil },
		Scope: &checklist.Scope{Sections: []checklist.Section{checklist.SectionChecklist}}}
	m := session.newModel(ui.HuhTheme(true), ui.NewStyles(true))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return m
}

// BenchmarkKeystrokeNote measures one keystroke in the note of a KA4
// question that holds 1,000 characters: the model's Update and the View
// the program draws after it. Keystrokes type a letter and delete it in
// turn, so that the note stays at 1,000 characters however long it runs.
func BenchmarkKeystrokeNote(b *testing.B) {
	m := keystrokeModel(b)
	m.open("KA4", 18)
	m.Update(tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	m.noteField.Update(tea.PasteMsg{Content: strings.Repeat("Weekly talks ", 77)[:1000]})
	if n := len(m.noteField.GetValue().(string)); n != 1000 {
		b.Fatalf("the note holds %d characters, want 1000", n)
	}
	m.View()
	keys := []tea.KeyPressMsg{{Code: 'x', Text: "x"}, {Code: tea.KeyBackspace}}
	pressInTurn(b, m, keys)
	if n := len(m.noteField.GetValue().(string)); n < 1000 || n > 1001 {
		b.Fatalf("the note holds %d characters after the run, want 1000", n)
	}
}

// BenchmarkKeystrokeAnswer measures moving the cursor among the answers
// of a KA4 question, and answering one (which moves to the next).
func BenchmarkKeystrokeAnswer(b *testing.B) {
	m := keystrokeModel(b)
	m.open("KA4", 0)
	m.View()
	b.ReportAllocs()
	for b.Loop() {
		m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
		m.View()
	}
}

// BenchmarkKeystrokePage measures a move from question to question on
// KA4 (→ and ← in turn), with the View drawn after it.
func BenchmarkKeystrokePage(b *testing.B) {
	m := keystrokeModel(b)
	m.open("KA4", 0)
	m.View()
	keys := []tea.KeyPressMsg{{Code: tea.KeyRight}, {Code: tea.KeyLeft}}
	pressInTurn(b, m, keys)
	if m.q != 0 && m.q != 1 {
		b.Fatalf("the keys moved to question %d", m.q)
	}
}

// BenchmarkKeystrokeCountrySearch measures a letter typed into the
// country search and deleted again: the heaviest keystroke of the
// questionnaire, as the list of some 250 countries is filtered and drawn.
func BenchmarkKeystrokeCountrySearch(b *testing.B) {
	m := keystrokeModel(b)
	m.open("profile", 0)
	for m.formField() == nil || m.formField().Key != "country" {
		if m.q++; m.q >= len(shownFields(m.page())) {
			b.Fatal("no country field on the profile")
		}
		m.buildFormField()
	}
	m.View()
	keys := []tea.KeyPressMsg{{Code: 'a', Text: "a"}, {Code: tea.KeyBackspace}}
	pressInTurn(b, m, keys)
	if m.search != "" && m.search != "a" {
		b.Fatalf("the search holds %q", m.search)
	}
}

// pressInTurn presses keys in turn, one per iteration, each followed by
// the View the program draws, and reports the CPU time per key.
func pressInTurn(b *testing.B, m *model, keys []tea.KeyPressMsg) {
	b.ReportAllocs()
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		m.Update(keys[i%len(keys)])
		m.View()
		i++
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}
