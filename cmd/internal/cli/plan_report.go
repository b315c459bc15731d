package cli

import (
	"errors"
	"path/filepath"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/checklist/plan"
	"github.com/inclusion-tools/scorecard/report/actionplan"
)

// planForReport loads a plan for 'report FILE --plan PLAN' and checks it
// against the file reported on: when that file is the plan's own
// assessment (the same file, or one of the same date), the plan as it was
// made; when it is a later round, against that round. It is what the
// report's plan section is built from.
func (f *Factory) planForReport(planPath string, reported *checklist.AnswerFile, reportedName, frameworkRef string, p *locale.Printer, now time.Time) (*actionplan.View, error) {
	pl, err := plan.LoadFile(planPath, f.picker(frameworkRef), p)
	if err != nil {
		return nil, err
	}
	printWarnings(printerOf(f), f.IO, pl.Warnings)
	base, basePath, err := f.loadPlanAssessment(pl, frameworkRef, p)
	if err != nil {
		return nil, err
	}
	opts := actionplan.Options{Printer: p, Today: now, AssessmentName: displayName(basePath), RoundName: reportedName}
	var round *checklist.AnswerFile
	if !sameFile(basePath, reported.Path) && reported.Practice.AssessedOn != base.Practice.AssessedOn {
		round = reported
	}
	v, err := actionplan.Build(pl, base, round, opts)
	var pe *actionplan.Error
	if errors.As(err, &pe) {
		return nil, errors.New(checklist.CleanText("--plan: " + pe.Reason))
	}
	return v, err
}

// sameFile reports whether two paths name the same file.
func sameFile(a, b string) bool {
	absA, err1 := filepath.Abs(a)
	absB, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && absA == absB
}
