package finding

import (
	"cmp"
	"slices"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/locale"
)

// Severity says how serious a finding is.
type Severity string

// The severities, from the most serious.
const (
	// Error: the agreement does not meet the law or cannot be signed as it is.
	Error Severity = "error"
	// Warning: something is missing or doubtful that must be looked at,
	// such as a blank in a draft.
	Warning Severity = "warning"
	// Info: worth knowing, nothing to fix.
	Info Severity = "info"
)

// Code is the stable identifier of a kind of finding, such as
// "breach.deadline-over-72h". A code is documented and never reused for
// another meaning.
type Code string

// Def defines a finding code: what it means, how serious it is by default,
// where it comes from in the law, and its message in each language. A
// message is a format for [golang.org/x/text/message.Printer.Sprintf] and may
// refer to the arguments the rule reports with (%[1]v); numbers in them are
// written in the language's own format. A rule of one's own writes its
// formats inline; the built-in codes' messages are data, each package's
// locales/{lang}/messages.gotext.json with named placeholders ({Deadline}),
// which go generate compiles into these formats.
type Def struct {
	Code     Code      // stable code
	Severity Severity  // default severity
	Ref      string    // legal reference, such as "GDPR Art. 28(3)(c)"; empty when none
	Message  i18n.Text // message format per language; English is required
}

// Finding is one problem found in an agreement.
type Finding struct {
	Code     Code     // stable code
	Severity Severity // how serious it is here
	Path     string   // JSON Pointer to the field the finding is about ("" is the whole agreement)
	Ref      string   // legal reference, or ""
	Args     []any    // values the message refers to
	def      *Def     // the definition of the code, for the message; nil when unknown
}

// Message returns the finding's message in language l, falling back to
// English when the definition has no text in l, and to the code for a
// finding that was not made by [List.Add] or [List.AddAs].
func (f Finding) Message(l i18n.Lang) string {
	if f.def == nil {
		return string(f.Code)
	}
	format, used := f.def.Message.Get(l, i18n.EN)
	if format == "" {
		return string(f.Code)
	}
	args := f.Args
	for i, a := range f.Args {
		if loc, ok := a.(Localizer); ok {
			if &args[0] == &f.Args[0] {
				args = append([]any(nil), f.Args...)
			}
			args[i] = loc.In(used)
		}
	}
	return locale.For(used).Printer().Sprintf(format, args...)
}

// Localizer is an argument that writes itself in a language, as
// [civil.Period] and [i18n.Text] do. Finding messages use it so that
// "24 hours" reads "24 timmar" in Swedish.
type Localizer interface {
	In(l i18n.Lang) string
}

// Messages returns the message in every supported language.
func (f Finding) Messages() i18n.Text {
	var t i18n.Text
	for _, l := range i18n.Langs {
		t = t.Set(l, f.Message(l))
	}
	return t
}

// String returns "severity code path: message" in English.
func (f Finding) String() string {
	path := f.Path
	if path == "" {
		path = "(agreement)"
	}
	return string(f.Severity) + " " + string(f.Code) + " " + path + ": " + f.Message(i18n.EN)
}

// List collects findings. The zero List is empty and ready to use.
type List []Finding

// Add reports a finding of d at path with d's default severity. A nil d is
// reported as [CodeUndefined], with its severity. The finding keeps d for
// its message: d must not change afterwards.
func (l *List) Add(d *Def, path string, args ...any) {
	if d == nil {
		d = &undefined
	}
	l.AddAs(d, d.Severity, path, args...)
}

// AddAs reports a finding of d at path with severity sev. A nil d is
// reported as [CodeUndefined] (with sev), so that a rule's mistake shows in the
// findings instead of stopping validation. Adding to a nil *List discards
// the finding.
func (l *List) AddAs(d *Def, sev Severity, path string, args ...any) {
	if l == nil {
		return
	}
	if d == nil {
		d = &undefined
	}
	if cap(*l) == 0 {
		// One allocation for the first four findings instead of three:
		// a draft typically has a handful.
		*l = make(List, 0, firstFindings)
	}
	*l = append(*l, Finding{Code: d.Code, Severity: sev, Path: path, Ref: d.Ref, Args: args, def: d})
}

// firstFindings is the capacity a list gets with its first finding.
const firstFindings = 4

// Count returns how many findings have severity sev.
func (l List) Count(sev Severity) int {
	n := 0
	for _, f := range l {
		if f.Severity == sev {
			n++
		}
	}
	return n
}

// HasErrors reports whether any finding is an [Error].
func (l List) HasErrors() bool { return l.Count(Error) > 0 }

// Has reports whether there is a finding with code c at path.
func (l List) Has(c Code, path string) bool {
	for _, f := range l {
		if f.Code == c && f.Path == path {
			return true
		}
	}
	return false
}

// Codes returns the codes of the findings in order, with repeats.
func (l List) Codes() []Code {
	out := make([]Code, len(l))
	for i, f := range l {
		out[i] = f.Code
	}
	return out
}

var severityRank = map[Severity]int{Error: 0, Warning: 1, Info: 2}

// Sort orders the findings by path, then code, then severity, so that output
// does not depend on the order rules ran in.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Code, b.Code),
			cmp.Compare(severityRank[a.Severity], severityRank[b.Severity]))
	})
}
