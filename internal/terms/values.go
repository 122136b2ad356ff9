package terms

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// enumValues returns the values of every enum, keyed by type. Enums whose
// package has a definitions table (security.Levels, transfer.Mechanisms…)
// are read from that table, so a name is written once; the others are
// defined in ownValues.
func enumValues() map[Key][]Value {
	out := map[Key][]Value{}
	for k, v := range ownValues {
		out[k] = v
	}
	out[TypeOf[transfer.Country]()] = countries()
	out[TypeOf[transfer.InstructionKind]()] = from(transfer.Instructions, func(d transfer.InstructionDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[transfer.Mechanism]()] = from(transfer.Mechanisms, func(d transfer.MechanismDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[transfer.Organisation]()] = from(transfer.Organisations, func(d transfer.OrganisationDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, i18n.Text{}
	})
	out[TypeOf[org.Scheme]()] = from(org.Schemes, func(d org.SchemeDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, schemeHelp[d.ID]
	})
	out[TypeOf[org.ContactRole]()] = from(org.ContactRoles, func(d struct {
		ID   org.ContactRole
		Name i18n.Text
	}) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, i18n.Text{}
	})
	kind := func(d annex.Kind) (string, i18n.Text, i18n.Text) { return d.ID, d.Name, i18n.Text{} }
	out[TypeOf[annex.OrdinaryData]()] = from(annex.OrdinaryKinds, kind)
	out[TypeOf[annex.SpecialCategory]()] = from(annex.SpecialKinds, kind)
	out[TypeOf[annex.ConfidentialData]()] = from(annex.ConfidentialKinds, kind)
	out[TypeOf[annex.Costs]()] = from(annex.CostsDefs, kind)
	out[TypeOf[security.Level]()] = from(security.Levels, func(d security.LevelDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[security.AuditForm]()] = from(security.AuditForms, func(d security.AuditFormDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[security.LogField]()] = from(security.LogFields, func(d security.LogFieldDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[security.SubjectBand]()] = from(security.SubjectBands, func(d security.SubjectBandDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, i18n.Text{}
	})
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

// countries lists every assigned ISO 3166-1 alpha-2 code in code order, with
// the country's CLDR name in each language ([transfer.Country.Name]). A form
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
				name = name.Set(l, c.Name(l))
			}
			out = append(out, Value{ID: string(c), Term: Term{Title: name}})
		}
	}
	return out
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

// ownValues defines the enums whose package has no definitions table.
var ownValues = map[Key][]Value{
	"dpa.Status": {
		{"draft", Term{
			Title: i18n.Text{EN: "Draft", SV: "Utkast", NB: "Utkast", DA: "Udkast"},
			Description: i18n.Text{
				EN: "Still being negotiated: fields may be left blank.",
				SV: "Förhandlas fortfarande: fält får lämnas tomma.",
				NB: "Forhandles fortsatt: felt kan stå tomme.",
				DA: "Forhandles stadig: felter må stå tomme.",
			}}},
		{"final", Term{
			Title: i18n.Text{EN: "Final", SV: "Slutlig", NB: "Endelig", DA: "Endelig"},
			Description: i18n.Text{
				EN: "Ready to sign or signed: every required field must be filled in.",
				SV: "Klart att underteckna eller undertecknat: alla obligatoriska fält måste vara ifyllda.",
				NB: "Klar til signering eller signert: alle obligatoriske felt må være fylt ut.",
				DA: "Klar til underskrift eller underskrevet: alle obligatoriske felter skal være udfyldt.",
			}}},
	},
	"dpa.Template": {
		{"custom", Term{Title: i18n.Text{EN: "The parties' own text", SV: "Parternas egen text", NB: "Partenes egen tekst", DA: "Parternes egen tekst"}}},
		{"eu-2021-915", Term{
			Title: i18n.Text{EN: "EU standard contractual clauses (Art. 28(7))", SV: "EU:s standardavtalsklausuler (art. 28.7)", NB: "EUs standardavtalevilkår (art. 28 nr. 7)", DA: "EU's standardkontraktbestemmelser (art. 28, stk. 7)"},
			Description: i18n.Text{
				EN: "Commission Implementing Decision (EU) 2021/915.",
				SV: "Kommissionens genomförandebeslut (EU) 2021/915.",
				NB: "Kommisjonens gjennomføringsbeslutning (EU) 2021/915.",
				DA: "Kommissionens gennemførelsesafgørelse (EU) 2021/915.",
			}}},
		{"dk-datatilsynet", Term{Title: i18n.Text{EN: "Danish Datatilsynet standard clauses", SV: "Danska Datatilsynets standardavtalsklausuler", NB: "Danske Datatilsynets standardavtalevilkår", DA: "Datatilsynets standardkontraktbestemmelser"}}},
		{"se-skr-adda-inera", Term{Title: i18n.Text{EN: "Swedish SKR/Adda/Inera template", SV: "SKR:s, Addas och Ineras mall för PUB-avtal", NB: "Den svenske malen fra SKR, Adda og Inera", DA: "Den svenske skabelon fra SKR, Adda og Inera"}}},
	},
	"dpa.TermKind": {
		{"main-agreement", Term{Title: i18n.Text{EN: "Until the main agreement ends", SV: "Så länge huvudavtalet gäller", NB: "Så lenge hovedavtalen gjelder", DA: "Så længe hovedaftalen gælder"}}},
		{"while-processing", Term{Title: i18n.Text{EN: "As long as the processor processes personal data", SV: "Så länge personuppgiftsbiträdet behandlar personuppgifter", NB: "Så lenge databehandleren behandler personopplysninger", DA: "Så længe databehandleren behandler personoplysninger"}}},
		{"fixed-date", Term{Title: i18n.Text{EN: "Until a fixed end date", SV: "Till ett bestämt slutdatum", NB: "Til en fastsatt sluttdato", DA: "Til en fast slutdato"}}},
	},
	"dpa.Precedence": {
		{"this-agreement", Term{Title: i18n.Text{EN: "This agreement prevails on data protection", SV: "Detta avtal har företräde i dataskyddsfrågor", NB: "Denne avtalen går foran i personvernspørsmål", DA: "Denne aftale har forrang i databeskyttelsesspørgsmål"}}},
		{"main-agreement", Term{Title: i18n.Text{EN: "The main agreement prevails, unless that would breach the GDPR", SV: "Huvudavtalet har företräde, utom där det skulle strida mot dataskyddsförordningen", NB: "Hovedavtalen går foran, med mindre det ville stride mot personvernforordningen", DA: "Hovedaftalen har forrang, medmindre det ville stride mod databeskyttelsesforordningen"}}},
	},
	"dpa.Confidentiality": {
		{"contractual", Term{Title: i18n.Text{EN: "Written commitment by each person", SV: "Skriftligt åtagande av varje person", NB: "Skriftlig taushetserklæring fra hver person", DA: "Skriftlig erklæring fra hver person"}}},
		{"statutory", Term{Title: i18n.Text{EN: "Statutory duty of secrecy", SV: "Lagstadgad tystnadsplikt", NB: "Lovbestemt taushetsplikt", DA: "Lovbestemt tavshedspligt"}}},
		{"both", Term{Title: i18n.Text{EN: "Both", SV: "Båda", NB: "Begge", DA: "Begge"}}},
	},
	"dpa.BreachKind": {
		{"breach", Term{Title: i18n.Text{EN: "Personal data breach", SV: "Personuppgiftsincident", NB: "Brudd på personopplysningssikkerheten", DA: "Brud på persondatasikkerheden"}}},
		{"intrusion-attempt", Term{Title: i18n.Text{EN: "Attempted intrusion, even without a breach", SV: "Försök till intrång, även utan incident", NB: "Forsøk på inntrenging, også uten brudd", DA: "Forsøg på indtrængen, også uden brud"}}},
	},
	"dpa.EndAction": {
		{"controller-chooses", Term{Title: i18n.Text{EN: "The controller chooses deletion or return", SV: "Den personuppgiftsansvarige väljer radering eller återlämning", NB: "Den behandlingsansvarlige velger sletting eller tilbakelevering", DA: "Den dataansvarlige vælger sletning eller tilbagelevering"}}},
		{"delete", Term{Title: i18n.Text{EN: "Delete all data and copies", SV: "Radera alla uppgifter och kopior", NB: "Slette alle opplysninger og kopier", DA: "Slette alle oplysninger og kopier"}}},
		{"return", Term{Title: i18n.Text{EN: "Return all data, then delete copies", SV: "Återlämna alla uppgifter och sedan radera kopior", NB: "Tilbakelevere alle opplysninger og deretter slette kopier", DA: "Tilbagelevere alle oplysninger og derefter slette kopier"}}},
	},
	"annex.Authorisation": {
		{"specific", Term{
			Title: i18n.Text{EN: "Specific prior authorisation", SV: "Särskilt förhandstillstånd", NB: "Spesifikk forhåndstillatelse", DA: "Specifik forudgående godkendelse"},
			Description: i18n.Text{
				EN: "Each sub-processor needs the controller's approval in advance.",
				SV: "Varje underbiträde kräver den personuppgiftsansvariges godkännande i förväg.",
				NB: "Hver underdatabehandler krever den behandlingsansvarliges godkjenning på forhånd.",
				DA: "Hver underdatabehandler kræver den dataansvarliges godkendelse på forhånd.",
			}}},
		{"general", Term{
			Title: i18n.Text{EN: "General written authorisation", SV: "Allmänt skriftligt förhandstillstånd", NB: "Generell skriftlig forhåndstillatelse", DA: "Generel skriftlig godkendelse"},
			Description: i18n.Text{
				EN: "The processor may add or replace sub-processors after telling the controller in advance; the controller may object.",
				SV: "Personuppgiftsbiträdet får anlita eller byta underbiträden efter att ha informerat den personuppgiftsansvarige i förväg; den personuppgiftsansvarige får invända.",
				NB: "Databehandleren kan legge til eller bytte underdatabehandlere etter å ha varslet den behandlingsansvarlige på forhånd; den behandlingsansvarlige kan protestere.",
				DA: "Databehandleren må tilføje eller udskifte underdatabehandlere efter at have underrettet den dataansvarlige på forhånd; den dataansvarlige kan gøre indsigelse.",
			}}},
	},
	"i18n.Lang": {
		{"en", Term{Title: i18n.Text{EN: "English", SV: "Engelska", NB: "Engelsk", DA: "Engelsk"}}},
		{"sv", Term{Title: i18n.Text{EN: "Swedish", SV: "Svenska", NB: "Svensk", DA: "Svensk"}}},
		{"nb", Term{Title: i18n.Text{EN: "Norwegian Bokmål", SV: "Norska (bokmål)", NB: "Norsk bokmål", DA: "Norsk bokmål"}}},
		{"da", Term{Title: i18n.Text{EN: "Danish", SV: "Danska", NB: "Dansk", DA: "Dansk"}}},
	},
	"civil.Unit": {
		{"hours", Term{Title: i18n.Text{EN: "Hours", SV: "Timmar", NB: "Timer", DA: "Timer"}}},
		{"days", Term{Title: i18n.Text{EN: "Days", SV: "Dagar", NB: "Dager", DA: "Dage"}}},
		{"weeks", Term{Title: i18n.Text{EN: "Weeks", SV: "Veckor", NB: "Uker", DA: "Uger"}}},
		{"months", Term{Title: i18n.Text{EN: "Months", SV: "Månader", NB: "Måneder", DA: "Måneder"}}},
		{"years", Term{Title: i18n.Text{EN: "Years", SV: "År", NB: "År", DA: "År"}}},
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
}
