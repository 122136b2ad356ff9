package dpa

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/terms"
)

// The enums of package dpa write their names from the term catalogue, so
// that each is a localized argument of finding messages
// ([finding.Localizer]); a value that is not defined is written as it is.

// In returns the status's name in language l ("Utkast" in Swedish).
func (s Status) In(l i18n.Lang) string { return title(terms.ValueOf(s), string(s), l) }

// In returns the template's name in language l.
func (t Template) In(l i18n.Lang) string { return title(terms.ValueOf(t), string(t), l) }

// In returns the kind of term in language l.
func (k TermKind) In(l i18n.Lang) string { return title(terms.ValueOf(k), string(k), l) }

// In returns the precedence rule in language l.
func (p Precedence) In(l i18n.Lang) string { return title(terms.ValueOf(p), string(p), l) }

// In returns the form of confidentiality in language l.
func (c Confidentiality) In(l i18n.Lang) string { return title(terms.ValueOf(c), string(c), l) }

// In returns the kind of breach in language l.
func (k BreachKind) In(l i18n.Lang) string { return title(terms.ValueOf(k), string(k), l) }

// In returns the action at the end of the service in language l.
func (e EndAction) In(l i18n.Lang) string { return title(terms.ValueOf(e), string(e), l) }

// title returns the catalogue's title of k in l, or value when the
// catalogue has none.
func title(k terms.Key, value string, l i18n.Lang) string {
	if s := terms.Title(k, l); s != "" {
		return s
	}
	return value
}
