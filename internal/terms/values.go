package terms

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// enumValues returns the values of every enum, keyed by type. Each enum is
// read from the definitions table beside its constants (security.Levels,
// dpa.Statuses…), so that a name is written once; only [i18n.Lang], whose
// package cannot hold a table of its own names, is defined in ownValues.
func enumValues() map[Key][]Value {
	out := map[Key][]Value{}
	for k, v := range ownValues {
		out[k] = v
	}
	out[TypeOf[transfer.Country]()] = countries()
	out[TypeOf[transfer.InstructionKind]()] = defs(transfer.InstructionKinds)
	out[TypeOf[transfer.Mechanism]()] = defs(transfer.Mechanisms)
	out[TypeOf[transfer.Organisation]()] = defs(transfer.Organisations)
	out[TypeOf[org.Scheme]()] = from(org.Schemes, func(d org.SchemeDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, schemeHelp[d.ID]
	})
	out[TypeOf[org.ContactRole]()] = defs(org.ContactRoles)
	kind := func(d annex.Kind) (string, i18n.Text, i18n.Text) { return d.ID, d.Name, i18n.Text{} }
	out[TypeOf[annex.OrdinaryData]()] = from(annex.OrdinaryKinds, kind)
	out[TypeOf[annex.SpecialCategory]()] = from(annex.SpecialKinds, kind)
	out[TypeOf[annex.ConfidentialData]()] = from(annex.ConfidentialKinds, kind)
	out[TypeOf[annex.Costs]()] = from(annex.CostKinds, kind)
	out[TypeOf[annex.Authorisation]()] = defs(annex.Authorisations)
	out[TypeOf[security.Level]()] = from(security.Levels, func(d security.LevelDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[security.AuditForm]()] = defs(security.AuditForms)
	out[TypeOf[security.LogField]()] = defs(security.LogFields)
	out[TypeOf[security.SubjectBand]()] = from(security.SubjectBands, func(d security.SubjectBandDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, i18n.Text{}
	})
	out[TypeOf[civil.Unit]()] = defs(civil.Units)
	out[TypeOf[dpa.Status]()] = defs(dpa.Statuses)
	out[TypeOf[dpa.Template]()] = defs(dpa.Templates)
	out[TypeOf[dpa.TermKind]()] = defs(dpa.TermKinds)
	out[TypeOf[dpa.Precedence]()] = defs(dpa.Precedences)
	out[TypeOf[dpa.Confidentiality]()] = defs(dpa.Confidentialities)
	out[TypeOf[dpa.BreachKind]()] = defs(dpa.BreachKinds)
	out[TypeOf[dpa.EndAction]()] = defs(dpa.EndActions)
	return out
}

// from turns a model package's definitions table into values.
func from[D any](defs []D, f func(D) (id string, title, desc i18n.Text)) []Value {
	out := make([]Value, len(defs))
	for i, d := range defs {
		id, title, desc := f(d)
		out[i] = Value{ID: id, Term: Term{Title: title, Description: desc}}
	}
	return out
}

// defs turns a table of the common definition rows into values.
func defs[K ~string](table []enum.Def[K]) []Value {
	return from(table, func(d enum.Def[K]) (string, i18n.Text, i18n.Text) { return string(d.ID), d.Name, d.Description })
}

// countries lists every assigned ISO 3166-1 alpha-2 code in code order, with
// the country's CLDR name in each language ([transfer.Country.In]). A form
// sorts them by name in its own language.
func countries() []Value {
	var out []Value
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			c := transfer.Country([]byte{a, b})
			if !c.Valid() {
				continue
			}
			var name i18n.Text
			for _, l := range i18n.Langs {
				name = name.Set(l, c.In(l))
			}
			out = append(out, Value{ID: string(c), Term: Term{Title: name}})
		}
	}
	return out
}

// choiceTitles name the enum values whose name in their definitions table
// says too little as a choice in a form, by value key. The registers are in
// sentence case, with the country named and the register's own term where it
// differs from the reader's language; [org.SchemeDef.Name] stays the
// lower-case name that messages use mid-sentence.
var choiceTitles = map[Key]i18n.Text{
	ValueOf(org.SEOrgNr): {EN: "Swedish organisation number (organisationsnummer)", SV: "Svenskt organisationsnummer", NB: "Svensk organisasjonsnummer (organisationsnummer)", DA: "Svensk organisationsnummer"},
	ValueOf(org.NOOrgNr): {EN: "Norwegian organisation number (organisasjonsnummer)", SV: "Norskt organisationsnummer (organisasjonsnummer)", NB: "Norsk organisasjonsnummer", DA: "Norsk organisationsnummer (organisasjonsnummer)"},
	ValueOf(org.DKCVR):   {EN: "Danish CVR number (CVR-nummer)", SV: "Danskt CVR-nummer", NB: "Dansk CVR-nummer", DA: "Dansk CVR-nummer"},
	ValueOf(org.Other):   {EN: "Other organisation identifier", SV: "Annan organisationsidentitet", NB: "Annen organisasjonsidentifikator", DA: "Anden virksomhedsidentifikator"},
}

// schemeHelp says how each organisation number is written in the schema's
// canonical form: digits only, as dpa.Decode normalises it.
var schemeHelp = map[org.Scheme]i18n.Text{
	org.SEOrgNr: {
		EN: "Ten digits without a hyphen, such as 5560360793; the last digit is a check digit.",
		SV: "Tio siffror utan bindestreck, till exempel 5560360793; den sista siffran är en kontrollsiffra.",
		NB: "Ti sifre uten bindestrek, for eksempel 5560360793; det siste sifferet er et kontrollsiffer.",
		DA: "Ti cifre uden bindestreg, for eksempel 5560360793; det sidste ciffer er et kontrolciffer.",
	},
	org.NOOrgNr: {
		EN: "Nine digits without spaces, such as 123456785; the last digit is a check digit.",
		SV: "Nio siffror utan mellanslag, till exempel 123456785; den sista siffran är en kontrollsiffra.",
		NB: "Ni sifre uten mellomrom, for eksempel 123456785; det siste sifferet er et kontrollsiffer.",
		DA: "Ni cifre uden mellemrum, for eksempel 123456785; det sidste ciffer er et kontrolciffer.",
	},
	org.DKCVR: {
		EN: "Eight digits not starting with 0, such as 13748136; the last digit is a check digit.",
		SV: "Åtta siffror som inte börjar med 0, till exempel 13748136; den sista siffran är en kontrollsiffra.",
		NB: "Åtte sifre som ikke begynner med 0, for eksempel 13748136; det siste sifferet er et kontrollsiffer.",
		DA: "Otte cifre, der ikke begynder med 0, for eksempel 13748136; det sidste ciffer er et kontrolciffer.",
	},
	org.Other: {
		EN: "The identifier as the register writes it, such as HRB 86891.",
		SV: "Identiteten så som registret skriver den, till exempel HRB 86891.",
		NB: "Identifikatoren slik registeret skriver den, for eksempel HRB 86891.",
		DA: "Identifikatoren, som registret skriver den, for eksempel HRB 86891.",
	},
}

// ownValues defines the enums whose package has no definitions table:
// package i18n is below the table mechanism (internal/enum imports it).
var ownValues = map[Key][]Value{
	"i18n.Lang": {
		{"en", Term{Title: i18n.Text{EN: "English", SV: "Engelska", NB: "Engelsk", DA: "Engelsk"}}},
		{"sv", Term{Title: i18n.Text{EN: "Swedish", SV: "Svenska", NB: "Svensk", DA: "Svensk"}}},
		{"nb", Term{Title: i18n.Text{EN: "Norwegian Bokmål", SV: "Norska (bokmål)", NB: "Norsk bokmål", DA: "Norsk bokmål"}}},
		{"da", Term{Title: i18n.Text{EN: "Danish", SV: "Danska", NB: "Dansk", DA: "Dansk"}}},
	},
}

// uiTerms are the texts that name no Go identifier.
var uiTerms = map[Key]Term{
	Blank: {
		Title: i18n.Text{EN: "Not decided yet", SV: "Inte bestämt än", NB: "Ikke bestemt ennå", DA: "Ikke besluttet endnu"},
		Description: i18n.Text{
			EN: "Leaves the choice open; allowed in a draft only.",
			SV: "Lämnar valet öppet; tillåtet endast i ett utkast.",
			NB: "Lar valget stå åpent; bare tillatt i et utkast.",
			DA: "Lader valget stå åbent; kun tilladt i et udkast.",
		},
	},
	BlankOptional: {
		Title: i18n.Text{EN: "Not stated", SV: "Inte angivet", NB: "Ikke angitt", DA: "Ikke angivet"},
		Description: i18n.Text{
			EN: "The field is optional; leave it blank when it does not apply.",
			SV: "Fältet är frivilligt; lämna det tomt när det inte är aktuellt.",
			NB: "Feltet er valgfritt; la det stå tomt når det ikke er aktuelt.",
			DA: "Feltet er valgfrit; lad det stå tomt, når det ikke er relevant.",
		},
	},
	BlankMainRule: {
		Title: i18n.Text{EN: "As the main rule", SV: "Enligt huvudregeln", NB: "Etter hovedregelen", DA: "Efter hovedreglen"},
		Description: i18n.Text{
			EN: "This entry follows the authorisation chosen for all sub-processors.",
			SV: "Posten följer det godkännande som har valts för alla underbiträden.",
			NB: "Oppføringen følger godkjenningen som er valgt for alle underdatabehandlere.",
			DA: "Posten følger den godkendelse, der er valgt for alle underdatabehandlere.",
		},
	},
	BlankNoTransferTool: {
		Title: i18n.Text{EN: "None needed (inside the EEA)", SV: "Behövs inte (inom EES)", NB: "Trengs ikke (innenfor EØS)", DA: "Ikke nødvendigt (inden for EØS)"},
		Description: i18n.Text{
			EN: "Leave it blank when every location of the recipient is inside the EEA.",
			SV: "Lämna tomt när mottagaren bara behandlar uppgifterna inom EES.",
			NB: "La det stå tomt når mottakeren bare behandler opplysningene innenfor EØS.",
			DA: "Lad det stå tomt, når modtageren kun behandler oplysningerne inden for EØS.",
		},
	},
}
