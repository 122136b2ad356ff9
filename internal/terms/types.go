package terms

import "github.com/dpakit/dpakit/i18n"

// title is a Term with a title only.
func title(en, sv, nb, da string) Term {
	return Term{Title: i18n.Text{EN: en, SV: sv, NB: nb, DA: da}}
}

// typeTerms name the types: a form shows them as the heading of an array
// item or of a reused part, and a schema as the title of a definition.
var typeTerms = map[Key]Term{
	"dpa.Agreement": {
		Title: i18n.Text{EN: "Data processing agreement", SV: "Personuppgiftsbiträdesavtal", NB: "Databehandleravtale", DA: "Databehandleraftale"},
		Description: i18n.Text{
			EN: "A data processing agreement under GDPR Art. 28 between one or more controllers and a processor. This form checks what every agreement needs, drafts included. What only a final agreement needs – no blank fields, no placeholders in square brackets, valid check digits, dates in order and the other rules – is checked when the agreement is validated (dpakit validate).",
			SV: "Ett personuppgiftsbiträdesavtal enligt artikel 28 i dataskyddsförordningen mellan en eller flera personuppgiftsansvariga och ett personuppgiftsbiträde. Formuläret kontrollerar det som varje avtal behöver, även utkast. Det som bara ett slutligt avtal behöver – inga tomma fält, inga platshållare inom hakparentes, giltiga kontrollsiffror, datum i rätt ordning och övriga regler – kontrolleras när avtalet valideras (dpakit validate).",
			NB: "En databehandleravtale etter personvernforordningen artikkel 28 mellom én eller flere behandlingsansvarlige og en databehandler. Skjemaet kontrollerer det enhver avtale trenger, også utkast. Det bare en endelig avtale trenger – ingen tomme felt, ingen plassholdere i hakeparentes, gyldige kontrollsifre, datoer i riktig rekkefølge og de øvrige reglene – kontrolleres når avtalen valideres (dpakit validate).",
			DA: "En databehandleraftale efter databeskyttelsesforordningens artikel 28 mellem en eller flere dataansvarlige og en databehandler. Formularen kontrollerer det, som enhver aftale har brug for, også udkast. Det, som kun en endelig aftale har brug for – ingen tomme felter, ingen pladsholdere i firkantede parenteser, gyldige kontrolcifre, datoer i rigtig rækkefølge og de øvrige regler – kontrolleres, når aftalen valideres (dpakit validate).",
		},
	},
	"dpa.Term":                title("Term", "Avtalstid", "Avtaleperiode", "Aftaleperiode"),
	"dpa.MainAgreement":       title("Main agreement", "Huvudavtal", "Hovedavtale", "Hovedaftale"),
	"dpa.Party":               title("Party", "Part", "Part", "Part"),
	"dpa.Clauses":             title("Clauses", "Avtalsvillkor", "Avtalevilkår", "Aftalevilkår"),
	"dpa.UnlawfulInstruction": title("Unlawful instructions", "Instruktioner som strider mot lag", "Ulovlige instrukser", "Ulovlige instrukser"),
	"dpa.BreachDeadline":      title("Breach notification deadline", "Frist för att rapportera incidenter", "Frist for å varsle om brudd", "Frist for at underrette om brud"),
	"dpa.AssistanceTerms":     title("Fee for assistance", "Ersättning för bistånd", "Vederlag for bistand", "Betaling for bistand"),
	"dpa.EndOfService":        title("End of the services", "När tjänsterna upphör", "Når tjenestene opphører", "Når ydelserne ophører"),
	"dpa.Annexes":             title("Annexes", "Bilagor", "Vedlegg", "Bilag"),
	"dpa.Money": {
		Title: i18n.Text{EN: "Amount and currency", SV: "Belopp och valuta", NB: "Beløp og valuta", DA: "Beløb og valuta"},
		Description: i18n.Text{
			EN: "An amount as a decimal string, such as 950.00, and a currency code, such as NOK.",
			SV: "Ett belopp som decimaltext, till exempel 950.00, och en valutakod, till exempel SEK.",
			NB: "Et beløp som desimaltekst, for eksempel 950.00, og en valutakode, for eksempel NOK.",
			DA: "Et beløb som decimaltekst, for eksempel 950.00, og en valutakode, for eksempel DKK.",
		},
	},
	"dpa.Status":          title("Status", "Status", "Status", "Status"),
	"dpa.Template":        title("Template", "Mall", "Mal", "Skabelon"),
	"dpa.TermKind":        title("Kind of term", "Slag av avtalstid", "Type avtaleperiode", "Type aftaleperiode"),
	"dpa.Precedence":      title("Precedence", "Företräde", "Forrang", "Forrang"),
	"dpa.Confidentiality": title("Duty of confidentiality", "Tystnadsplikt", "Taushetsplikt", "Tavshedspligt"),
	"dpa.BreachKind":      title("Kind of breach", "Slag av incident", "Type brudd", "Type brud"),
	"dpa.EndAction":       title("Delete or return", "Radera eller återlämna", "Slette eller tilbakelevere", "Slette eller tilbagelevere"),

	"civil.Date": {
		Title: i18n.Text{EN: "Date", SV: "Datum", NB: "Dato", DA: "Dato"},
		Description: i18n.Text{
			EN: "A calendar date as YYYY-MM-DD, such as 2026-11-22.",
			SV: "Ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-22.",
			NB: "En dato som ÅÅÅÅ-MM-DD, for eksempel 2026-11-22.",
			DA: "En dato som ÅÅÅÅ-MM-DD, for eksempel 2026-11-22.",
		},
	},
	"civil.Period": {
		Title: i18n.Text{EN: "Period", SV: "Tidsperiod", NB: "Tidsperiode", DA: "Tidsperiode"},
		Description: i18n.Text{
			EN: "A length of time: a whole number of hours, days, weeks, months or years.",
			SV: "En tidslängd: ett helt antal timmar, dagar, veckor, månader eller år.",
			NB: "En tidslengde: et helt antall timer, dager, uker, måneder eller år.",
			DA: "En tidslængde: et helt antal timer, dage, uger, måneder eller år.",
		},
	},
	"civil.Unit": title("Unit", "Enhet", "Enhet", "Enhed"),
	"i18n.Text": {
		Title: i18n.Text{EN: "Text", SV: "Text", NB: "Tekst", DA: "Tekst"},
		Description: i18n.Text{
			EN: "Free text in one or more languages; give it at least in the agreement's main language.",
			SV: "Fritext på ett eller flera språk; ange den åtminstone på avtalets huvudspråk.",
			NB: "Fritekst på ett eller flere språk; oppgi den minst på avtalens hovedspråk.",
			DA: "Fritekst på et eller flere sprog; angiv den mindst på aftalens hovedsprog.",
		},
	},
	"i18n.Lang": title("Language", "Språk", "Språk", "Sprog"),

	"org.ID":          title("Organisation number", "Organisationsnummer", "Organisasjonsnummer", "Virksomhedsnummer"),
	"org.Scheme":      title("Register", "Register", "Register", "Register"),
	"org.Address":     title("Address", "Adress", "Adresse", "Adresse"),
	"org.Contact":     title("Contact person", "Kontaktperson", "Kontaktperson", "Kontaktperson"),
	"org.ContactRole": title("Role", "Roll", "Rolle", "Rolle"),
	"org.Signatory":   title("Signatory", "Firmatecknare", "Underskriver", "Underskriver"),

	"annex.Processing":       title("The processing", "Behandlingen", "Behandlingen", "Behandlingen"),
	"annex.Group":            title("Category of data subjects", "Kategori av registrerade", "Kategori registrerte", "Kategori af registrerede"),
	"annex.OrdinaryData":     title("Ordinary personal data", "Vanliga personuppgifter", "Alminnelige personopplysninger", "Almindelige personoplysninger"),
	"annex.SpecialCategory":  title("Special category of personal data", "Särskild kategori av personuppgifter", "Særlig kategori av personopplysninger", "Særlig kategori af personoplysninger"),
	"annex.ConfidentialData": title("Other confidential data", "Andra skyddsvärda uppgifter", "Andre fortrolige opplysninger", "Andre fortrolige oplysninger"),
	"annex.SubProcessors":    title("Sub-processors", "Underbiträden", "Underdatabehandlere", "Underdatabehandlere"),
	"annex.SubProcessor":     title("Sub-processor", "Underbiträde", "Underdatabehandler", "Underdatabehandler"),
	"annex.Authorisation":    title("Authorisation", "Godkännande", "Godkjenning", "Godkendelse"),
	"annex.Instructions":     title("Instructions", "Instruktioner", "Instrukser", "Instruks"),
	"annex.Security":         title("Security of processing", "Säkerhet i behandlingen", "Sikkerhet ved behandlingen", "Behandlingssikkerhed"),
	"annex.Assistance":       title("Assistance", "Bistånd", "Bistand", "Bistand"),
	"annex.Audit":            title("Audit", "Granskning", "Revisjon", "Revision"),
	"annex.Costs":            title("Who pays", "Vem som betalar", "Hvem som betaler", "Hvem der betaler"),
	"annex.OtherTerms":       title("Other terms", "Övriga villkor", "Andre vilkår", "Andre vilkår"),
	"annex.Term":             title("Term", "Villkor", "Vilkår", "Vilkår"),

	"security.Risk":          title("Risk scoring", "Riskbedömning", "Risikovurdering", "Risikovurdering"),
	"security.SubjectBand":   title("Number of data subjects", "Antal registrerade", "Antall registrerte", "Antal registrerede"),
	"security.Level":         title("Security level", "Säkerhetsnivå", "Sikkerhetsnivå", "Sikkerhedsniveau"),
	"security.AuditForm":     title("Form of audit", "Form för granskning", "Revisjonsform", "Revisionsform"),
	"security.LogField":      title("Log content", "Logginnehåll", "Logginnhold", "Logindhold"),
	"security.Requirements":  title("Required measures", "Åtgärder som krävs", "Påkrevde tiltak", "Påkrævede foranstaltninger"),
	"security.Measure":       title("Measure", "Åtgärd", "Tiltak", "Foranstaltning"),
	"security.Encryption":    title("Encryption", "Kryptering", "Kryptering", "Kryptering"),
	"security.AccessControl": title("Access control", "Behörighetsstyrning", "Tilgangsstyring", "Adgangsstyring"),
	"security.Logging":       title("Logging", "Loggning", "Logging", "Logning"),
	"security.Backup":        title("Backup", "Säkerhetskopiering", "Sikkerhetskopiering", "Backup"),
	"security.Continuity":    title("Contingency plan", "Beredskapsplan", "Beredskapsplan", "Beredskabsplan"),
	"security.RemoteWork":    title("Remote work", "Distansarbete", "Hjemmekontor og fjernarbeid", "Hjemmearbejde"),
	"security.Patching":      title("Security updates", "Säkerhetsuppdateringar", "Sikkerhetsoppdateringer", "Sikkerhedsopdateringer"),
	"security.Training":      title("Awareness training", "Utbildning", "Opplæring", "Uddannelse"),
	"security.MobileMedia":   title("Removable storage media", "Flyttbara lagringsmedier", "Flyttbare lagringsmedier", "Mobile lagringsmedier"),
	"security.Disposal":      title("Disposal", "Kassering", "Kassering", "Kassation"),
	"security.Testing":       title("Regular testing", "Regelbunden testning", "Regelmessig testing", "Regelmæssig afprøvning"),

	"transfer.Country":         title("Country", "Land", "Land", "Land"),
	"transfer.Organisation":    title("International organisation", "Internationell organisation", "Internasjonal organisasjon", "International organisation"),
	"transfer.Location":        title("Processing location", "Plats för behandlingen", "Behandlingssted", "Behandlingssted"),
	"transfer.Basis":           title("Transfer basis", "Grund för överföring", "Overføringsgrunnlag", "Overførselsgrundlag"),
	"transfer.Mechanism":       title("Transfer tool", "Överföringsverktyg", "Overføringsgrunnlag", "Overførselsgrundlag"),
	"transfer.Instruction":     title("Instruction on transfers", "Instruktion om överföring", "Instruks om overføring", "Instruks om overførsel"),
	"transfer.InstructionKind": title("Instruction", "Instruktion", "Instruks", "Instruks"),
}
