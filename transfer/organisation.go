package transfer

import (
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// Organisation is an international organisation that receives personal data
// as a recipient of its own, without a country (GDPR Art. 4(26), Art. 44). The
// values are lower-case identifiers from [Organisations].
type Organisation string

// The international organisations dpakit knows.
const (
	// EuropeanPatentOrganisation is the European Patent Organisation, the
	// first international organisation with an adequacy decision.
	EuropeanPatentOrganisation Organisation = "epo"
)

// OrganisationDef defines an [Organisation]: its ID and its official Name
// in each language.
type OrganisationDef = enum.Def[Organisation]

// organisations reads [Organisations].
var organisations = enum.Of(Organisations)

// Def returns the definition of o from [Organisations], exactly as written,
// and false when o is not one of them.
func (o Organisation) Def() (OrganisationDef, bool) { return organisations.Def(o) }

// Organisations defines every [Organisation]. Source: DOMAIN.md §2.5 (the
// European Patent Organisation, adequacy decision C(2025) 4626); the names are
// the organisation's own names in each language.
var Organisations = []OrganisationDef{
	{
		ID: EuropeanPatentOrganisation,
		Name: i18n.Text{
			EN: "European Patent Organisation",
			SV: "Europeiska patentorganisationen",
			NB: "Den europeiske patentorganisasjonen",
			DA: "Den Europæiske Patentorganisation",
		},
	},
}

// lookupOrganisation returns the index in [Organisations] of o, ignoring
// surrounding space and case, or -1. It does not allocate.
func lookupOrganisation(o Organisation) int {
	s := strings.TrimSpace(string(o))
	for i, d := range Organisations {
		if strings.EqualFold(s, string(d.ID)) {
			return i
		}
	}
	return -1
}

// Normalize returns o with surrounding spaces removed and in lower case.
func (o Organisation) Normalize() Organisation {
	if i := lookupOrganisation(o); i >= 0 {
		return Organisations[i].ID
	}
	return Organisation(strings.ToLower(strings.TrimSpace(string(o))))
}

// Valid reports whether o is one of [Organisations], exactly as written.
func (o Organisation) Valid() bool { return organisations.Valid(o) }

// In returns the organisation's name in language l, falling back to
// English. An unknown organisation is returned as it is.
func (o Organisation) In(l i18n.Lang) string { return organisations.In(o, l) }
