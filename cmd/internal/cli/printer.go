package cli

import "github.com/inclusion-tools/scorecard/checklist/locale"

// printerOr returns p, or the English printer when p is nil (options
// built by tests without a factory).
func printerOr(p *locale.Printer) *locale.Printer {
	if p == nil {
		return locale.English()
	}
	return p
}
