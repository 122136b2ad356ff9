package annex

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// OrdinaryData is a kind of ordinary personal data (GDPR Art. 6).
type OrdinaryData string

// The kinds of ordinary personal data of seed 004 Annex A.3.
const (
	Name       OrdinaryData = "name"
	Address    OrdinaryData = "address"
	Email      OrdinaryData = "email"
	Phone      OrdinaryData = "phone"
	BirthDate  OrdinaryData = "birth-date"
	EmployeeID OrdinaryData = "employee-id"
	Photo      OrdinaryData = "photo"
	IPAddress  OrdinaryData = "ip-address"
)

// SpecialCategory is a special category of personal data (GDPR Art. 9(1)).
type SpecialCategory string

// The eight special categories of GDPR Art. 9(1).
const (
	RacialOrEthnicOrigin SpecialCategory = "racial-or-ethnic-origin"
	PoliticalOpinions    SpecialCategory = "political-opinions"
	ReligiousBeliefs     SpecialCategory = "religious-or-philosophical-beliefs"
	TradeUnionMembership SpecialCategory = "trade-union-membership"
	Genetic              SpecialCategory = "genetic"
	Biometric            SpecialCategory = "biometric"
	Health               SpecialCategory = "health"
	SexLifeOrOrientation SpecialCategory = "sex-life-or-orientation"
)

// ConfidentialData is a kind of other confidential personal data (seed 004
// Annex A.3, "andre fortrolige personoplysninger").
type ConfidentialData string

// The kinds of other confidential data.
const (
	SocialCircumstances    ConfidentialData = "social-circumstances"
	FinancialCircumstances ConfidentialData = "financial-circumstances"
	BankDetails            ConfidentialData = "bank-details"
	ApplicationsAndCVs     ConfidentialData = "applications-and-cvs"
)

// Kind describes one value of a data enum or of [Costs]: its id, its name
// in each language and the article it falls under.
type Kind struct {
	ID   string    // the value, as written in JSON
	Name i18n.Text // name, as in a list of the data processed
	Ref  string    // legal reference, such as "GDPR Art. 9(1)"; may be empty
}

// kinds returns the Table of a table of kinds whose ids are of type K.
func kinds[K ~string](defs []Kind) enum.Table[K, Kind] {
	return enum.New(defs, func(k *Kind) K { return K(k.ID) }, func(k *Kind) i18n.Text { return k.Name })
}

// The tables of the kinds.
var (
	ordinaryKinds     = kinds[OrdinaryData](OrdinaryKinds)
	specialKinds      = kinds[SpecialCategory](SpecialKinds)
	confidentialKinds = kinds[ConfidentialData](ConfidentialKinds)
	costKinds         = kinds[Costs](CostKinds)
	auditRoles        = kinds[AuditRole](AuditRoles)
)

// OrdinaryKinds defines the ordinary data kinds. Source: seed 004 Annex A.3.
var OrdinaryKinds = []Kind{
	{string(Name), i18n.Text{EN: "Name", SV: "Namn", NB: "Navn", DA: "Navn"}, "GDPR Art. 6"},
	{string(Address), i18n.Text{EN: "Address", SV: "Adress", NB: "Adresse", DA: "Adresse"}, "GDPR Art. 6"},
	{string(Email), i18n.Text{EN: "E-mail address", SV: "E-postadress", NB: "E-postadresse", DA: "E-mailadresse"}, "GDPR Art. 6"},
	{string(Phone), i18n.Text{EN: "Telephone number", SV: "Telefonnummer", NB: "Telefonnummer", DA: "Telefonnummer"}, "GDPR Art. 6"},
	{string(BirthDate), i18n.Text{EN: "Date of birth", SV: "Födelsedatum", NB: "Fødselsdato", DA: "Fødselsdato"}, "GDPR Art. 6"},
	{string(EmployeeID), i18n.Text{EN: "Employee number", SV: "Anställningsnummer", NB: "Ansattnummer", DA: "Medarbejdernummer"}, "GDPR Art. 6"},
	{string(Photo), i18n.Text{EN: "Photographs", SV: "Fotografier", NB: "Fotografier", DA: "Fotografier"}, "GDPR Art. 6"},
	{string(IPAddress), i18n.Text{EN: "IP address", SV: "IP-adress", NB: "IP-adresse", DA: "IP-adresse"}, "GDPR Art. 6"},
}

// SpecialKinds defines the special categories. Source: GDPR Art. 9(1),
// DOMAIN.md §1.7.
var SpecialKinds = []Kind{
	{string(RacialOrEthnicOrigin), i18n.Text{EN: "Racial or ethnic origin", SV: "Ras eller etniskt ursprung", NB: "Rasemessig eller etnisk opprinnelse", DA: "Race eller etnisk oprindelse"}, "GDPR Art. 9(1)"},
	{string(PoliticalOpinions), i18n.Text{EN: "Political opinions", SV: "Politiska åsikter", NB: "Politisk oppfatning", DA: "Politisk overbevisning"}, "GDPR Art. 9(1)"},
	{string(ReligiousBeliefs), i18n.Text{EN: "Religious or philosophical beliefs", SV: "Religiös eller filosofisk övertygelse", NB: "Religion eller filosofisk overbevisning", DA: "Religiøs eller filosofisk overbevisning"}, "GDPR Art. 9(1)"},
	{string(TradeUnionMembership), i18n.Text{EN: "Trade union membership", SV: "Medlemskap i fackförening", NB: "Fagforeningsmedlemskap", DA: "Fagforeningsmæssigt tilhørsforhold"}, "GDPR Art. 9(1)"},
	{string(Genetic), i18n.Text{EN: "Genetic data", SV: "Genetiska uppgifter", NB: "Genetiske opplysninger", DA: "Genetiske data"}, "GDPR Art. 9(1)"},
	{string(Biometric), i18n.Text{EN: "Biometric data for unique identification", SV: "Biometriska uppgifter för att entydigt identifiera en person", NB: "Biometriske opplysninger for entydig identifisering", DA: "Biometriske data til entydig identifikation"}, "GDPR Art. 9(1)"},
	{string(Health), i18n.Text{EN: "Data concerning health", SV: "Uppgifter om hälsa", NB: "Helseopplysninger", DA: "Helbredsoplysninger"}, "GDPR Art. 9(1)"},
	{string(SexLifeOrOrientation), i18n.Text{EN: "Sex life or sexual orientation", SV: "Sexualliv eller sexuell läggning", NB: "Seksuelle forhold eller seksuell orientering", DA: "Seksuelle forhold eller seksuel orientering"}, "GDPR Art. 9(1)"},
}

// ConfidentialKinds defines the other confidential data kinds. Source: seed
// 004 Annex A.3.
var ConfidentialKinds = []Kind{
	{string(SocialCircumstances), i18n.Text{EN: "Significant social circumstances", SV: "Uppgifter om sociala förhållanden", NB: "Vesentlige sosiale forhold", DA: "Væsentlige sociale forhold"}, ""},
	{string(FinancialCircumstances), i18n.Text{EN: "Significant financial circumstances", SV: "Uppgifter om ekonomiska förhållanden", NB: "Vesentlige økonomiske forhold", DA: "Væsentlige økonomiske forhold"}, ""},
	{string(BankDetails), i18n.Text{EN: "Bank details", SV: "Bankuppgifter", NB: "Bankopplysninger", DA: "Bankoplysninger"}, ""},
	{string(ApplicationsAndCVs), i18n.Text{EN: "Job applications and CVs", SV: "Ansökningar och meritförteckningar", NB: "Søknader og CV-er", DA: "Ansøgninger og CV"}, ""},
}

// Def returns the definition of d from [OrdinaryKinds], and false when d
// is not a kind of ordinary data.
func (d OrdinaryData) Def() (Kind, bool) { return ordinaryKinds.Def(d) }

// Valid reports whether d is one of [OrdinaryKinds].
func (d OrdinaryData) Valid() bool { return ordinaryKinds.Valid(d) }

// In returns the kind's name in language l, falling back to English, or the
// value as written when it is not a kind, so that it is a localized argument
// of finding messages.
func (d OrdinaryData) In(l i18n.Lang) string { return ordinaryKinds.In(d, l) }

// Def returns the definition of c from [SpecialKinds], and false when c is
// not one of the eight special categories.
func (c SpecialCategory) Def() (Kind, bool) { return specialKinds.Def(c) }

// Valid reports whether c is one of the eight special categories of
// [SpecialKinds].
func (c SpecialCategory) Valid() bool { return specialKinds.Valid(c) }

// In returns the category's name in language l, falling back to English, or
// the value as written when it is not a category, so that it is a localized
// argument of finding messages.
func (c SpecialCategory) In(l i18n.Lang) string { return specialKinds.In(c, l) }

// Def returns the definition of d from [ConfidentialKinds], and false when d
// is not a kind of confidential data.
func (d ConfidentialData) Def() (Kind, bool) { return confidentialKinds.Def(d) }

// Valid reports whether d is one of [ConfidentialKinds].
func (d ConfidentialData) Valid() bool { return confidentialKinds.Valid(d) }

// In returns the kind's name in language l, falling back to English, or the
// value as written when it is not a kind, so that it is a localized argument
// of finding messages.
func (d ConfidentialData) In(l i18n.Lang) string { return confidentialKinds.In(d, l) }
