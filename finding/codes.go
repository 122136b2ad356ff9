package finding

import "github.com/dpakit/dpakit/i18n"

// The common codes, which the rules of several packages report.
const (
	// CodeTextMainLanguage: free text has no version in the agreement's main
	// language, which is its argument.
	CodeTextMainLanguage Code = "text.main-language-missing"
	// CodeTextPlaceholder: a final agreement's text still holds a bracketed
	// blank such as "[time]", at the path of the text in that language.
	CodeTextPlaceholder Code = "text.placeholder"
	// CodePeriodInvalid: a period has an unknown unit or a negative value.
	CodePeriodInvalid Code = "period.invalid"
	// CodeEnumInvalid: a value is not one of the defined choices; the
	// arguments are the value and the allowed values as [Choices].
	CodeEnumInvalid Code = "value.unknown"
	// CodeNotNormalised: a value is not in the canonical form that Decode
	// gives, such as "212000-0142" or country "se"; the arguments are the
	// value as given and its canonical form.
	CodeNotNormalised Code = "value.not-normalised"
	// CodeOrgIDInvalid: an organisation number fails its scheme's check;
	// the arguments are the number and what is wrong with it.
	CodeOrgIDInvalid Code = "org-id.invalid"
	// CodeCountryInvalid: a country code is not an ISO 3166-1 alpha-2
	// code, even once normalised; the argument is the code.
	CodeCountryInvalid Code = "country.invalid"
	// CodeUndefined: a rule reported a finding without a definition (a nil
	// [*Def]); the rule is broken, not the agreement.
	CodeUndefined Code = "finding.undefined"
)

// The definitions of the common codes, kept unexported so that no caller
// can change a message or a severity; [Defs] returns copies.
var (
	// textMainLanguage: free text has no version in the agreement's main language.
	textMainLanguage = Def{Code: CodeTextMainLanguage, Severity: Warning, Message: i18n.Text{
		EN: "The text has no version in the agreement's main language (%[1]s).",
		SV: "Texten saknar version på avtalets huvudspråk (%[1]s).",
		NB: "Teksten mangler versjon på avtalens hovedspråk (%[1]s).",
		DA: "Teksten mangler en version på aftalens hovedsprog (%[1]s).",
	}}
	// textPlaceholder: a final agreement still holds a bracketed blank.
	textPlaceholder = Def{Code: CodeTextPlaceholder, Severity: Error, Message: i18n.Text{
		EN: "The text still holds a placeholder in square brackets; a final agreement must be filled in.",
		SV: "Texten innehåller fortfarande en platshållare inom hakparentes; ett slutligt avtal måste vara ifyllt.",
		NB: "Teksten inneholder fortsatt en plassholder i hakeparentes; en endelig avtale må være utfylt.",
		DA: "Teksten indeholder stadig en pladsholder i firkantede parenteser; en endelig aftale skal være udfyldt.",
	}}
	// periodInvalid: a period has an unknown unit or a negative value.
	periodInvalid = Def{Code: CodePeriodInvalid, Severity: Error, Message: i18n.Text{
		EN: "The period is invalid: %[1]v.",
		SV: "Perioden är ogiltig: %[1]v.",
		NB: "Perioden er ugyldig: %[1]v.",
		DA: "Perioden er ugyldig: %[1]v.",
	}}
	// enumInvalid: a value is not one of the defined choices. The
	// arguments are the value and the allowed values as [Choices].
	enumInvalid = Def{Code: CodeEnumInvalid, Severity: Error, Message: i18n.Text{
		EN: "%[1]q is not one of the allowed values: %[2]v.",
		SV: "%[1]q är inte ett av de tillåtna värdena: %[2]v.",
		NB: "%[1]q er ikke en av de tillatte verdiene: %[2]v.",
		DA: "%[1]q er ikke en af de tilladte værdier: %[2]v.",
	}}
)

// notNormalised: a value is not in the canonical form that Decode gives
// and the schema asks for, such as an organisation number with a hyphen or a
// lower-case country code. The arguments are the value as given and its
// canonical form.
var notNormalised = Def{Code: CodeNotNormalised, Severity: Warning, Message: i18n.Text{
	EN: "%[1]q is not written in its standard form, %[2]q; Agreement.Normalize (which Decode calls) writes it so.",
	SV: "%[1]q är inte skrivet i sin standardform, %[2]q; Agreement.Normalize (som Decode anropar) skriver det så.",
	NB: "%[1]q er ikke skrevet i standardformen, %[2]q; Agreement.Normalize (som Decode kaller) skriver det slik.",
	DA: "%[1]q er ikke skrevet i sin standardform, %[2]q; Agreement.Normalize (som Decode kalder) skriver det sådan.",
}}

// orgIDInvalid: an organisation number fails its scheme's check.
var orgIDInvalid = Def{Code: CodeOrgIDInvalid, Severity: Error, Message: i18n.Text{
	EN: "The organisation number %[1]q is not valid: %[2]v.",
	SV: "Organisationsnumret %[1]q är ogiltigt: %[2]v.",
	NB: "Organisasjonsnummeret %[1]q er ugyldig: %[2]v.",
	DA: "Organisationsnummeret %[1]q er ugyldigt: %[2]v.",
}}

// countryInvalid: a country code is not an ISO 3166-1 alpha-2 code.
var countryInvalid = Def{Code: CodeCountryInvalid, Severity: Error, Message: i18n.Text{
	EN: "%[1]q is not an ISO 3166-1 alpha-2 country code.",
	SV: "%[1]q är inte en landskod enligt ISO 3166-1 alpha-2.",
	NB: "%[1]q er ikke en landkode etter ISO 3166-1 alpha-2.",
	DA: "%[1]q er ikke en landekode efter ISO 3166-1 alpha-2.",
}}

// undefined stands in for the definition of a finding that a rule reported
// with a nil [*Def]: the rule is broken, not the agreement, but the finding
// is kept so that nothing is lost silently.
var undefined = Def{Code: CodeUndefined, Severity: Error, Message: i18n.Text{
	EN: "A rule reported a finding without saying which one; the rule needs fixing.",
	SV: "En regel rapporterade ett fynd utan att ange vilket; regeln behöver rättas.",
	NB: "En regel rapporterte et funn uten å angi hvilket; regelen må rettes.",
	DA: "En regel rapporterede et fund uden at angive hvilket; reglen skal rettes.",
}}

// defs lists the definitions of the common codes, in the order [Defs]
// gives them.
var defs = []*Def{&textMainLanguage, &textPlaceholder, &periodInvalid, &enumInvalid, &notNormalised,
	&orgIDInvalid, &countryInvalid, &undefined}

// Defs returns the definitions of the common codes: copies, so that
// changing one changes nothing the rules report. Package dpa's Defs lists
// them with every other built-in code.
func Defs() []Def {
	out := make([]Def, len(defs))
	for i, d := range defs {
		out[i] = *d
	}
	return out
}
