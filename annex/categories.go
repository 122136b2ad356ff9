package annex

import "github.com/dpakit/dpakit/i18n"

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

// Kind describes one value of a data enum: its id, its name in each
// language and the article it falls under.
type Kind struct {
	ID   string
	Name i18n.Text
	Ref  string
}

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
	{string(SocialCircumstances), i18n.Text{EN: "Significant social circumstances", SV: "Väsentliga sociala förhållanden", NB: "Vesentlige sosiale forhold", DA: "Væsentlige sociale forhold"}, ""},
	{string(FinancialCircumstances), i18n.Text{EN: "Significant financial circumstances", SV: "Väsentliga ekonomiska förhållanden", NB: "Vesentlige økonomiske forhold", DA: "Væsentlige økonomiske forhold"}, ""},
	{string(BankDetails), i18n.Text{EN: "Bank details", SV: "Bankuppgifter", NB: "Bankopplysninger", DA: "Bankoplysninger"}, ""},
	{string(ApplicationsAndCVs), i18n.Text{EN: "Job applications and CVs", SV: "Ansökningar och meritförteckningar", NB: "Søknader og CV-er", DA: "Ansøgninger og CV"}, ""},
}

func findKind(kinds []Kind, id string) (Kind, bool) {
	for _, k := range kinds {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// Valid reports whether d is a defined kind.
func (d OrdinaryData) Valid() bool { _, ok := findKind(OrdinaryKinds, string(d)); return ok }

// Name returns the kind's name in language l.
func (d OrdinaryData) Name(l i18n.Lang) string {
	k, _ := findKind(OrdinaryKinds, string(d))
	return k.Name.In(l)
}

// Valid reports whether c is one of the eight special categories.
func (c SpecialCategory) Valid() bool { _, ok := findKind(SpecialKinds, string(c)); return ok }

// Name returns the category's name in language l.
func (c SpecialCategory) Name(l i18n.Lang) string {
	k, _ := findKind(SpecialKinds, string(c))
	return k.Name.In(l)
}

// Valid reports whether d is a defined kind.
func (d ConfidentialData) Valid() bool { _, ok := findKind(ConfidentialKinds, string(d)); return ok }

// Name returns the kind's name in language l.
func (d ConfidentialData) Name(l i18n.Lang) string {
	k, _ := findKind(ConfidentialKinds, string(d))
	return k.Name.In(l)
}

// In returns the kind's name in language l, as [OrdinaryData.Name] does,
// so that it is a localized argument of finding messages.
func (d OrdinaryData) In(l i18n.Lang) string { return nameOr(d.Name(l), string(d)) }

// In returns the category's name in language l, as [SpecialCategory.Name]
// does, so that it is a localized argument of finding messages.
func (c SpecialCategory) In(l i18n.Lang) string { return nameOr(c.Name(l), string(c)) }

// In returns the kind's name in language l, as [ConfidentialData.Name]
// does, so that it is a localized argument of finding messages.
func (d ConfidentialData) In(l i18n.Lang) string { return nameOr(d.Name(l), string(d)) }

// nameOr returns name, or the value as written when it has no name.
func nameOr(name, value string) string {
	if name == "" {
		return value
	}
	return name
}
