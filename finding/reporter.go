package finding

import "github.com/dpakit/dpakit/i18n"

// Reporter is what the built-in rules report through: the list they add
// to, whether the agreement is final (a blank is then an error rather than
// a warning) and the agreement's main language (free text must be there).
// Make one with [NewReporter]; the zero Reporter discards what is reported.
//
// A rule of your own reports through a dpa.Reporter instead, which adds
// the rule's code to every finding.
type Reporter struct {
	list  *List
	final bool
	lang  i18n.Lang
}

// NewReporter returns a Reporter that adds to list, for an agreement that
// is final or a draft and whose free text must be given in lang. lang is ""
// when the agreement names no valid language: free text is then not
// checked for it, since the missing language is reported once, at the
// agreement's languages. A nil list discards what is reported.
func NewReporter(list *List, final bool, lang i18n.Lang) Reporter {
	return Reporter{list: list, final: final, lang: lang}
}

// Add reports d at path with its default severity.
func (r Reporter) Add(d *Def, path string, args ...any) { r.list.Add(d, path, args...) }

// AddAs reports d at path with severity sev instead of its default.
func (r Reporter) AddAs(d *Def, sev Severity, path string, args ...any) {
	r.list.AddAs(d, sev, path, args...)
}

// Blank reports a field that is not filled in: an [Error] in a final
// agreement and a [Warning] in a draft.
func (r Reporter) Blank(d *Def, path string, args ...any) {
	sev := Warning
	if r.final {
		sev = Error
	}
	r.list.AddAs(d, sev, path, args...)
}

// Final reports whether the agreement is final, in which case blanks are
// errors.
func (r Reporter) Final() bool { return r.final }

// Lang returns the language free text must be given in, or "" when the
// agreement names no valid language.
func (r Reporter) Lang() i18n.Lang { return r.lang }
