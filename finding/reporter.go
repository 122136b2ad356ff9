package finding

import (
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/visible"
)

// Reporter is what a rule reports through: the list it adds to, whether the
// agreement is final (a blank is then an error rather than a warning) and
// the agreement's main language (free text must be there). The zero
// Reporter discards what is reported.
//
// Lang is "" when the agreement names no valid language; [Reporter.Text]
// then does not check for the main language, since the missing language is
// reported once, at the agreement's languages.
type Reporter struct {
	List  *List     // where findings go
	Final bool      // the agreement is final: blanks are errors
	Lang  i18n.Lang // the agreement's main language
}

// Add reports d at path with its default severity.
func (r Reporter) Add(d *Def, path string, args ...any) { r.List.Add(d, path, args...) }

// Blank reports a field that is not filled in: an [Error] in a final
// agreement and a [Warning] in a draft.
func (r Reporter) Blank(d *Def, path string, args ...any) {
	sev := Warning
	if r.Final {
		sev = Error
	}
	r.List.AddAs(d, sev, path, args...)
}

// Text checks free text that must be given: text that is empty, or only
// invisible characters (white space, controls, zero-width and bidi
// characters) in every language, is reported as a blank of d; text that lacks the main language is reported as
// [TextMainLanguage]; in a final agreement, text with a bracketed
// placeholder such as "[time]" is reported as [TextPlaceholder]. path is
// built only when a finding is reported; a nil path stands for "", the
// whole agreement.
func (r Reporter) Text(d *Def, t i18n.Text, path func() string) {
	path = orRoot(path)
	switch {
	case Blank(t):
		r.Blank(d, path())
	case r.Lang != "" && visible.Blank(t.In(r.Lang)):
		r.List.Add(TextMainLanguage, path(), string(r.Lang))
	}
	r.Placeholders(t, path)
}

// Placeholders reports [TextPlaceholder] when a final agreement's text still
// holds a bracketed blank such as "[time]" or "[beskriv hvilke]".
// A nil path stands for "".
func (r Reporter) Placeholders(t i18n.Text, path func() string) {
	if !r.Final {
		return
	}
	path = orRoot(path)
	for _, l := range i18n.Langs {
		if hasPlaceholder(t.In(l)) {
			r.List.Add(TextPlaceholder, path()+"/"+string(l))
		}
	}
}

// Blank reports whether t has no text a reader can see in any language: it
// is empty, or holds only white space, control, zero-width or bidi
// characters. Rules treat such text as not filled in.
func Blank(t i18n.Text) bool {
	return visible.Blank(t.EN) && visible.Blank(t.SV) && visible.Blank(t.NB) && visible.Blank(t.DA)
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

// Defs common to every package.
var (
	// TextMainLanguage: free text has no version in the agreement's main language.
	TextMainLanguage = &Def{Code: "text.main-language-missing", Severity: Warning, Message: i18n.Text{
		EN: "The text has no version in the agreement's main language (%[1]s).",
		SV: "Texten saknar version på avtalets huvudspråk (%[1]s).",
		NB: "Teksten mangler versjon på avtalens hovedspråk (%[1]s).",
		DA: "Teksten mangler en version på aftalens hovedsprog (%[1]s).",
	}}
	// TextPlaceholder: a final agreement still holds a bracketed blank.
	TextPlaceholder = &Def{Code: "text.placeholder", Severity: Error, Message: i18n.Text{
		EN: "The text still holds a placeholder in square brackets; a final agreement must be filled in.",
		SV: "Texten innehåller fortfarande en platshållare inom hakparentes; ett slutligt avtal måste vara ifyllt.",
		NB: "Teksten inneholder fortsatt en plassholder i hakeparentes; en endelig avtale må være utfylt.",
		DA: "Teksten indeholder stadig en pladsholder i firkantede parenteser; en endelig aftale skal være udfyldt.",
	}}
	// PeriodInvalid: a period has an unknown unit or a negative value.
	PeriodInvalid = &Def{Code: "period.invalid", Severity: Error, Message: i18n.Text{
		EN: "The period is invalid: %[1]v.",
		SV: "Perioden är ogiltig: %[1]v.",
		NB: "Perioden er ugyldig: %[1]v.",
		DA: "Perioden er ugyldig: %[1]v.",
	}}
	// EnumInvalid: a value is not one of the defined choices. The
	// arguments are the value and the allowed values as [Choices].
	EnumInvalid = &Def{Code: "value.unknown", Severity: Error, Message: i18n.Text{
		EN: "%[1]q is not one of the allowed values: %[2]v.",
		SV: "%[1]q är inte ett av de tillåtna värdena: %[2]v.",
		NB: "%[1]q er ikke en av de tillatte verdiene: %[2]v.",
		DA: "%[1]q er ikke en af de tilladte værdier: %[2]v.",
	}}
)

// NotNormalised: a value is not in the canonical form that Decode gives
// and the schema asks for, such as an organisation number with a hyphen or a
// lower-case country code. The arguments are the value as given and its
// canonical form.
var NotNormalised = &Def{Code: "value.not-normalised", Severity: Warning, Message: i18n.Text{
	EN: "%[1]q is not written in its standard form, %[2]q; Agreement.Normalize (which Decode calls) writes it so.",
	SV: "%[1]q är inte skrivet i sin standardform, %[2]q; Agreement.Normalize (som Decode anropar) skriver det så.",
	NB: "%[1]q er ikke skrevet i standardformen, %[2]q; Agreement.Normalize (som Decode kaller) skriver det slik.",
	DA: "%[1]q er ikke skrevet i sin standardform, %[2]q; Agreement.Normalize (som Decode kalder) skriver det sådan.",
}}

// Trimmed reports [NotNormalised] at path when s has white space around
// visible text, which Normalize would trim. path is built only when a
// finding is reported.
func (r Reporter) Trimmed(s string, path func() string) {
	if t := strings.TrimSpace(s); t != s && !visible.Blank(t) {
		r.List.Add(NotNormalised, orRoot(path)(), s, t)
	}
}

// Undefined stands in for the definition of a finding that a rule reported
// with a nil [*Def]: the rule is broken, not the agreement, but the finding
// is kept so that nothing is lost silently.
var Undefined = &Def{Code: "finding.undefined", Severity: Error, Message: i18n.Text{
	EN: "A rule reported a finding without saying which one; the rule needs fixing.",
	SV: "En regel rapporterade ett fynd utan att ange vilket; regeln behöver rättas.",
	NB: "En regel rapporterte et funn uten å angi hvilket; regelen må rettes.",
	DA: "En regel rapporterede et fund uden at angive hvilket; reglen skal rettes.",
}}

// Defs lists the definitions this package declares.
var Defs = []*Def{TextMainLanguage, TextPlaceholder, PeriodInvalid, EnumInvalid, NotNormalised, Undefined}
