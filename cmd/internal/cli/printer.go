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

// printerFunc calls a command's printer function, or gives English when
// there is none (options built by tests without a factory).
func printerFunc(fn func() (*locale.Printer, error)) (*locale.Printer, error) {
	if fn == nil {
		return locale.English(), nil
	}
	return fn()
}
