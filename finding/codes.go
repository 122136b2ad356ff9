package finding

//go:generate go run ../internal/catalog/catalogen -target finding

// The common codes, which the rules of several packages report.
const (
	// CodeTextMainLanguage: free text has no version in the agreement's main
	// language, which is its argument.
	CodeTextMainLanguage Code = "text.main-language-missing"
	// CodeTextPlaceholder: a final agreement's text still holds a bracketed
	// blank such as "[time]", at the path of the text in that language.
	CodeTextPlaceholder Code = "text.placeholder"
	// CodeTextClauseReference: free text refers to a clause or annex by a
	// number typed by hand ("punkt 11.1 a", "Bestemmelse 10.3", "vedlegg
	// 1"), at the path of the text in that language; the argument is the
	// reference as written. Such numbers often belong to the document the
	// text was taken from, and break when clauses move.
	CodeTextClauseReference Code = "text.clause-reference"
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
	textMainLanguage = Def{Code: CodeTextMainLanguage, Severity: Warning, Message: message(kTextMainLanguageMissing)}
	// textPlaceholder: a final agreement still holds a bracketed blank.
	textPlaceholder = Def{Code: CodeTextPlaceholder, Severity: Error, Message: message(kTextPlaceholder)}
	// textClauseReference: free text refers to a clause by a typed number.
	textClauseReference = Def{Code: CodeTextClauseReference, Severity: Warning, Message: message(kTextClauseReference)}
	// periodInvalid: a period has an unknown unit or a negative value.
	periodInvalid = Def{Code: CodePeriodInvalid, Severity: Error, Message: message(kPeriodInvalid)}
	// enumInvalid: a value is not one of the defined choices. The
	// arguments are the value and the allowed values as [Choices].
	enumInvalid = Def{Code: CodeEnumInvalid, Severity: Error, Message: message(kValueUnknown)}
)

// notNormalised: a value is not in the canonical form that Decode gives
// and the schema asks for, such as an organisation number with a hyphen or a
// lower-case country code. The arguments are the value as given and its
// canonical form.
var notNormalised = Def{Code: CodeNotNormalised, Severity: Warning, Message: message(kValueNotNormalised)}

// orgIDInvalid: an organisation number fails its scheme's check.
var orgIDInvalid = Def{Code: CodeOrgIDInvalid, Severity: Error, Message: message(kOrgIdInvalid)}

// countryInvalid: a country code is not an ISO 3166-1 alpha-2 code.
var countryInvalid = Def{Code: CodeCountryInvalid, Severity: Error, Message: message(kCountryInvalid)}

// undefined stands in for the definition of a finding that a rule reported
// with a nil [*Def]: the rule is broken, not the agreement, but the finding
// is kept so that nothing is lost silently.
var undefined = Def{Code: CodeUndefined, Severity: Error, Message: message(kFindingUndefined)}

// defs lists the definitions of the common codes, in the order [Defs]
// gives them.
var defs = []*Def{&textMainLanguage, &textPlaceholder, &textClauseReference, &periodInvalid, &enumInvalid, &notNormalised,
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
