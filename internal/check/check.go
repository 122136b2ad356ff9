// Package check holds the checks that the built-in rules of packages annex
// and dpa share: free text, periods, organisation numbers and country codes,
// reported with the common codes of package finding.
package check

import (
	"fmt"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// The common definitions, copied once from [finding.Defs]: package finding
// does not export them.
var (
	TextMainLanguage = def(finding.CodeTextMainLanguage)
	TextPlaceholder  = def(finding.CodeTextPlaceholder)
	PeriodInvalid    = def(finding.CodePeriodInvalid)
	EnumInvalid      = def(finding.CodeEnumInvalid)
	NotNormalised    = def(finding.CodeNotNormalised)
	OrgIDInvalid     = def(finding.CodeOrgIDInvalid)
	CountryInvalid   = def(finding.CodeCountryInvalid)
)

// def returns the common definition of c; it panics, when the package is
// initialised, for a code finding does not define.
func def(c finding.Code) *finding.Def {
	for _, d := range finding.Defs() {
		if d.Code == c {
			return &d
		}
	}
	panic("check: finding defines no code " + string(c))
}

// Text checks free text that must be given: text that is empty, or only
// invisible characters (white space, controls, zero-width and bidi
// characters) in every language, is reported as a blank of d; text that
// lacks the main language is reported as [TextMainLanguage]; in a final
// agreement, text with a bracketed placeholder such as "[time]" is reported
// as [TextPlaceholder]. path is built only when a finding is reported; a
// nil path stands for "", the whole agreement.
func Text(r finding.Reporter, d *finding.Def, t i18n.Text, path func() string) {
	path = orRoot(path)
	switch {
	case Blank(t):
		r.Blank(d, path())
	case r.Lang() != "" && visible.Blank(t.In(r.Lang())):
		r.Add(TextMainLanguage, path(), string(r.Lang()))
	}
	Placeholders(r, t, path)
}

// Placeholders reports [TextPlaceholder] when a final agreement's text
// still holds a bracketed blank such as "[time]" or "[beskriv hvilke]". A
// nil path stands for "".
func Placeholders(r finding.Reporter, t i18n.Text, path func() string) {
	if !r.Final() {
		return
	}
	path = orRoot(path)
	for _, l := range i18n.Langs {
		if hasPlaceholder(t.In(l)) {
			r.Add(TextPlaceholder, path()+"/"+string(l))
		}
	}
}

// Blank reports whether t has no text a reader can see in any language: it
// is empty, or holds only white space, control, zero-width or bidi
// characters. Rules treat such text as not filled in.
func Blank(t i18n.Text) bool {
	return visible.Blank(t.EN) && visible.Blank(t.SV) && visible.Blank(t.NB) && visible.Blank(t.DA)
}

// Trimmed reports [NotNormalised] at path when s has white space around
// visible text, which Normalize would trim. path is built only when a
// finding is reported; a nil path stands for "".
func Trimmed(r finding.Reporter, s string, path func() string) {
	if t := strings.TrimSpace(s); t != s && !visible.Blank(t) {
		r.Add(NotNormalised, orRoot(path)(), s, t)
	}
}

// Period reports [PeriodInvalid] at path when p is given but invalid. A nil
// path stands for "".
func Period(r finding.Reporter, p civil.Period, path func() string) {
	if p.IsZero() {
		return
	}
	if !p.Valid() {
		r.Add(PeriodInvalid, orRoot(path)(), PeriodProblem(p))
	}
}

// PeriodProblem is a message argument that says, in the finding's
// language, what is wrong with an invalid period.
type PeriodProblem civil.Period

// In describes the problem in language l.
func (p PeriodProblem) In(l i18n.Lang) string {
	v := civil.Period(p)
	if !v.Unit.Valid() {
		t := i18n.Text{EN: "unknown unit %q", SV: "okänd enhet %q", NB: "ukjent enhet %q", DA: "ukendt enhed %q"}
		return fmt.Sprintf(t.In(l), string(v.Unit))
	}
	t := i18n.Text{EN: "the value %d is negative", SV: "värdet %d är negativt", NB: "verdien %d er negativ", DA: "værdien %d er negativ"}
	return fmt.Sprintf(t.In(l), v.Value)
}

// OrgID reports [OrgIDInvalid] at path when id is given but fails its
// scheme's check (the error, one of org's, writes itself in the message's
// language), and [NotNormalised] with the canonical number when only its
// form is off ("212000-0142" for "2120000142"). A nil path stands for "".
func OrgID(r finding.Reporter, id org.ID, path func() string) {
	if id.IsZero() || id.Check() == nil {
		return // canonical ids pass Check without the cost of normalising
	}
	n := id.Normalize()
	switch err := n.Check(); {
	case err != nil:
		r.Add(OrgIDInvalid, orRoot(path)(), id.Value, err)
	case n != id:
		r.Add(NotNormalised, orRoot(path)(), id.Value, n.Value)
	}
}

// Country reports a country code at path that is given but is not an ISO
// 3166-1 alpha-2 code ([CountryInvalid]), or is one only once normalised,
// such as "se" or "EL" ([NotNormalised]). It reports nothing for "" or a
// valid code. A nil path stands for "".
func Country(r finding.Reporter, c transfer.Country, path func() string) {
	if c == "" || c.Valid() {
		return
	}
	if n := c.Normalize(); n.Valid() {
		r.Add(NotNormalised, orRoot(path)(), string(c), string(n))
		return
	}
	r.Add(CountryInvalid, orRoot(path)(), string(c))
}

// orRoot returns path, or a function that returns "" when path is nil.
func orRoot(path func() string) func() string {
	if path == nil {
		return root
	}
	return path
}

func root() string { return "" }

func hasPlaceholder(s string) bool {
	i := strings.IndexByte(s, '[')
	return i >= 0 && strings.IndexByte(s[i:], ']') > 0
}
