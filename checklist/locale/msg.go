package locale

import "fmt"

// Localizer is a value that can say itself in a printer's language: a
// message kept for later (Msg), an error made with Errorf, a loader's
// problem. A Printer localizes any argument that is a Localizer before it
// formats a message, so a message can hold another.
type Localizer interface {
	Localize(p *Printer) string
}

// Msg is a message of the catalog whose language is chosen later, when a
// printer is known: the loaders of the checklist package and the scoring
// rules have no printer, and keep their words as Msgs; the command that
// prints them localizes them. Its String form is English, for logs,
// tests and machine formats.
type Msg struct {
	Format string // the English format string: the catalog key
	Args   []any
}

// M keeps a message for later. Like Printer.Sprintf, its format is the
// English text and the key of the catalog.
func M(format string, args ...any) Msg { return Msg{Format: format, Args: args} }

// IsZero reports whether m holds no message.
func (m Msg) IsZero() bool { return m.Format == "" && m.Args == nil }

// Localize formats m in p's language.
func (m Msg) Localize(p *Printer) string { return p.Sprintf(m.Format, m.Args...) }

// String formats m in English.
func (m Msg) String() string { return m.Localize(English()) }

// Error is an error whose message is a catalog message, formatted in
// English by Error and in any language by Localize. The errors among its
// arguments are wrapped: errors.Is and errors.As find them.
type Error struct {
	Msg
}

// Errorf returns an error with a message of the catalog. The format
// takes %v (not %w) for an error argument, as the catalog's translations
// do; every error argument is wrapped all the same.
func Errorf(format string, args ...any) error { return &Error{Msg: M(format, args...)} }

func (e *Error) Error() string { return e.Msg.String() }

// Unwrap returns the errors among the message's arguments.
func (e *Error) Unwrap() []error {
	var errs []error
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	return errs
}

// Localize writes an error in p's language: an error that is a Localizer
// says itself, any other gives its own (English) message. Only err
// itself is asked, not the errors it wraps: a wrapping error's words
// would be lost.
func Localize(p *Printer, err error) string {
	if err == nil {
		return ""
	}
	if l, ok := err.(Localizer); ok {
		return l.Localize(p)
	}
	return err.Error()
}

// localizeArgs replaces each argument that is a Localizer by its text in
// p's language.
func (p *Printer) localizeArgs(args []any) []any {
	var out []any
	for i, a := range args {
		l, ok := a.(Localizer)
		if !ok {
			continue
		}
		if out == nil {
			out = make([]any, len(args))
			copy(out, args)
		}
		out[i] = l.Localize(p)
	}
	if out == nil {
		return args
	}
	return out
}

var _ fmt.Stringer = Msg{}
