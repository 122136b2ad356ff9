package terms

import "github.com/dpakit/dpakit/i18n"

// dpaTerms are the fields of package dpa.
var dpaTerms = map[Key]Term{
	"dpa.Agreement.ID": {
		Title: i18n.Text{EN: "Agreement ID", SV: "Avtals-id", NB: "Avtale-ID", DA: "Aftale-id"},
		Description: i18n.Text{
			EN: "Your own reference for the agreement in your contract system, such as DPA-2026-014.",
			SV: "Er egen referens till avtalet i ert avtalssystem, till exempel PUB-2026-014.",
			NB: "Deres egen referanse til avtalen i avtalesystemet, for eksempel DBA-2026-014.",
			DA: "Jeres egen reference til aftalen i jeres kontraktsystem, for eksempel DBA-2026-014.",
		},
	},
	"dpa.Agreement.Version": {
		Title: i18n.Text{EN: "Version", SV: "Version", NB: "Versjon", DA: "Version"},
		Description: i18n.Text{
			EN: "The version of this text, such as 1.1. Leave blank if you do not number versions.",
			SV: "Textens version, till exempel 1.1. Lämna tomt om ni inte numrerar versioner.",
			NB: "Versjonen av teksten, for eksempel 1.1. La feltet stå tomt hvis dere ikke nummererer versjoner.",
			DA: "Tekstens version, for eksempel 1.1. Lad feltet stå tomt, hvis I ikke nummererer versioner.",
		},
	},
	"dpa.Agreement.Status": {
		Title: i18n.Text{EN: "Status", SV: "Status", NB: "Status", DA: "Status"},
		Description: i18n.Text{
			EN: "Choose draft while the agreement is negotiated; blanks are then only warnings. Choose final when it is ready to sign: every required field must then be filled in.",
			SV: "Välj utkast medan avtalet förhandlas; tomma fält ger då bara varningar. Välj slutligt när avtalet är klart att underteckna: då måste alla obligatoriska fält vara ifyllda.",
			NB: "Velg utkast mens avtalen forhandles; tomme felt gir da bare advarsler. Velg endelig når avtalen er klar til signering: da må alle obligatoriske felt være fylt ut.",
			DA: "Vælg udkast, mens aftalen forhandles; tomme felter giver så kun advarsler. Vælg endelig, når aftalen er klar til underskrift: så skal alle obligatoriske felter være udfyldt.",
		},
	},
	"dpa.Agreement.Title": {
		Title: i18n.Text{EN: "Title", SV: "Rubrik", NB: "Tittel", DA: "Titel"},
		Description: i18n.Text{
			EN: "The agreement's own title, if it has one. Leave blank to use the standard title in each language.",
			SV: "Avtalets egen rubrik, om det har en. Lämna tomt för att använda standardrubriken på varje språk.",
			NB: "Avtalens egen tittel, hvis den har en. La feltet stå tomt for å bruke standardtittelen på hvert språk.",
			DA: "Aftalens egen titel, hvis den har en. Lad feltet stå tomt for at bruge standardtitlen på hvert sprog.",
		},
	},
	"dpa.Agreement.Languages": {
		Title: i18n.Text{EN: "Languages", SV: "Språk", NB: "Språk", DA: "Sprog"},
		Description: i18n.Text{
			EN: "The languages the agreement is written in. Put the main language first: every free text must be given in it.",
			SV: "De språk avtalet är skrivet på. Ange huvudspråket först: alla fritexter måste finnas på det.",
			NB: "Språkene avtalen er skrevet på. Sett hovedspråket først: all fritekst må finnes på det.",
			DA: "De sprog, aftalen er skrevet på. Angiv hovedsproget først: al fritekst skal findes på det.",
		},
	},
	"dpa.Agreement.BasedOn": {
		Title: i18n.Text{EN: "Based on template", SV: "Baserat på mall", NB: "Basert på mal", DA: "Baseret på skabelon"},
		Description: i18n.Text{
			EN: "The template the agreement follows, if any.",
			SV: "Den mall avtalet följer, om någon.",
			NB: "Malen avtalen følger, hvis noen.",
			DA: "Den skabelon, aftalen følger, hvis nogen.",
		},
	},
	"dpa.Agreement.Date": {
		Title: i18n.Text{EN: "Date of agreement", SV: "Avtalsdatum", NB: "Avtaledato", DA: "Aftaledato"},
		Description: i18n.Text{
			EN: "The day the agreement is made or signed, as YYYY-MM-DD. Transfers to third countries are assessed on this day.",
			SV: "Dagen då avtalet ingås eller undertecknas, som ÅÅÅÅ-MM-DD. Överföringar till tredjeland bedöms per denna dag.",
			NB: "Dagen avtalen inngås eller signeres, som ÅÅÅÅ-MM-DD. Overføringer til tredjestater vurderes per denne dagen.",
			DA: "Den dag, aftalen indgås eller underskrives, som ÅÅÅÅ-MM-DD. Overførsler til tredjelande vurderes pr. denne dag.",
		},
	},
	"dpa.Agreement.EffectiveDate": {
		Title: i18n.Text{EN: "Effective date", SV: "Giltig från", NB: "Gjelder fra", DA: "Gælder fra"},
		Description: i18n.Text{
			EN: "The day the agreement takes effect, as YYYY-MM-DD. Leave blank if it takes effect when both parties have signed.",
			SV: "Dagen då avtalet börjar gälla, som ÅÅÅÅ-MM-DD. Lämna tomt om det börjar gälla när båda parter har undertecknat.",
			NB: "Dagen avtalen trer i kraft, som ÅÅÅÅ-MM-DD. La feltet stå tomt hvis den trer i kraft når begge parter har signert.",
			DA: "Den dag, aftalen træder i kraft, som ÅÅÅÅ-MM-DD. Lad feltet stå tomt, hvis den træder i kraft, når begge parter har underskrevet.",
		},
	},
	"dpa.Agreement.Term": {
		Title: i18n.Text{EN: "Term", SV: "Avtalstid", NB: "Avtaleperiode", DA: "Aftaleperiode"},
		Description: i18n.Text{
			EN: "How long the agreement runs.",
			SV: "Hur länge avtalet gäller.",
			NB: "Hvor lenge avtalen gjelder.",
			DA: "Hvor længe aftalen gælder.",
		},
	},
	"dpa.Agreement.MainAgreement": {
		Title: i18n.Text{EN: "Main agreement", SV: "Huvudavtal", NB: "Hovedavtale", DA: "Hovedaftale"},
		Description: i18n.Text{
			EN: "The agreement on the services that this agreement belongs to.",
			SV: "Avtalet om de tjänster som detta avtal hör till.",
			NB: "Avtalen om tjenestene som denne avtalen hører til.",
			DA: "Aftalen om de ydelser, som denne aftale hører til.",
		},
	},
	"dpa.Agreement.Precedence": {
		Title: i18n.Text{EN: "Precedence", SV: "Företräde", NB: "Forrang", DA: "Forrang"},
		Description: i18n.Text{
			EN: "Which agreement prevails if this agreement and the main agreement conflict.",
			SV: "Vilket avtal som gäller före det andra om detta avtal och huvudavtalet strider mot varandra.",
			NB: "Hvilken avtale som går foran hvis denne avtalen og hovedavtalen er i strid med hverandre.",
			DA: "Hvilken aftale der har forrang, hvis denne aftale og hovedaftalen strider mod hinanden.",
		},
	},
	"dpa.Agreement.Controllers": {
		Title: i18n.Text{EN: "Controllers", SV: "Personuppgiftsansvariga", NB: "Behandlingsansvarlige", DA: "Dataansvarlige"},
		Description: i18n.Text{
			EN: "The organisations that decide why and how the personal data are processed; usually one.",
			SV: "De organisationer som bestämmer ändamålen med och medlen för behandlingen av personuppgifterna; oftast en.",
			NB: "Organisasjonene som bestemmer formålet med og midlene for behandlingen av personopplysningene; som regel én.",
			DA: "De organisationer, der fastlægger formålet med og hjælpemidlerne til behandlingen af personoplysningerne; oftest én.",
		},
	},
	"dpa.Agreement.Processor": {
		Title: i18n.Text{EN: "Processor", SV: "Personuppgiftsbiträde", NB: "Databehandler", DA: "Databehandler"},
		Description: i18n.Text{
			EN: "The organisation that processes personal data on the controller's behalf.",
			SV: "Den organisation som behandlar personuppgifter för den personuppgiftsansvariges räkning.",
			NB: "Organisasjonen som behandler personopplysninger på vegne av den behandlingsansvarlige.",
			DA: "Den organisation, der behandler personoplysninger på vegne af den dataansvarlige.",
		},
	},
	"dpa.Agreement.Clauses": {
		Title: i18n.Text{EN: "Clauses", SV: "Avtalsvillkor", NB: "Avtalevilkår", DA: "Aftalevilkår"},
		Description: i18n.Text{
			EN: "The choices the clauses of the agreement leave to the parties.",
			SV: "De val som avtalets villkor överlåter åt parterna.",
			NB: "Valgene som avtalens vilkår overlater til partene.",
			DA: "De valg, som aftalens vilkår overlader til parterne.",
		},
	},
	"dpa.Agreement.Annexes": {
		Title: i18n.Text{EN: "Annexes", SV: "Bilagor", NB: "Vedlegg", DA: "Bilag"},
		Description: i18n.Text{
			EN: "Annexes A to D. The chain of sub-processors (Annex E) is built from Annex B.",
			SV: "Bilaga A–D. Kedjan av underbiträden (bilaga E) byggs upp från bilaga B.",
			NB: "Vedlegg A–D. Kjeden av underdatabehandlere (vedlegg E) bygges opp fra vedlegg B.",
			DA: "Bilag A–D. Kæden af underdatabehandlere (bilag E) opbygges ud fra bilag B.",
		},
	},

	"dpa.Term.Kind": {
		Title: i18n.Text{EN: "The agreement runs", SV: "Avtalet gäller", NB: "Avtalen gjelder", DA: "Aftalen gælder"},
		Description: i18n.Text{
			EN: "Choose how the agreement ends. With a fixed end date, give the date below.",
			SV: "Välj hur avtalet upphör. Vid ett bestämt slutdatum anger du datumet nedan.",
			NB: "Velg hvordan avtalen opphører. Ved en fastsatt sluttdato oppgir du datoen nedenfor.",
			DA: "Vælg, hvordan aftalen ophører. Ved en fast slutdato angiver du datoen nedenfor.",
		},
	},
	"dpa.Term.EndDate": {
		Title: i18n.Text{EN: "End date", SV: "Slutdatum", NB: "Sluttdato", DA: "Slutdato"},
		Description: i18n.Text{
			EN: "The last day of the agreement, as YYYY-MM-DD; only with a fixed end date. It must not be before the effective date.",
			SV: "Avtalets sista dag, som ÅÅÅÅ-MM-DD; endast vid ett bestämt slutdatum. Det får inte ligga före giltighetsdagen.",
			NB: "Avtalens siste dag, som ÅÅÅÅ-MM-DD; bare ved en fastsatt sluttdato. Den kan ikke være før ikrafttredelsesdatoen.",
			DA: "Aftalens sidste dag, som ÅÅÅÅ-MM-DD; kun ved en fast slutdato. Den må ikke ligge før ikrafttrædelsesdatoen.",
		},
	},

	"dpa.MainAgreement.Title": {
		Title: i18n.Text{EN: "Title", SV: "Rubrik", NB: "Tittel", DA: "Titel"},
		Description: i18n.Text{
			EN: "The main agreement's title, such as Licence agreement.",
			SV: "Huvudavtalets rubrik, till exempel Licensavtal.",
			NB: "Hovedavtalens tittel, for eksempel Lisensavtale.",
			DA: "Hovedaftalens titel, for eksempel Licensaftale.",
		},
	},
	"dpa.MainAgreement.Reference": {
		Title: i18n.Text{EN: "Reference", SV: "Referens", NB: "Referanse", DA: "Reference"},
		Description: i18n.Text{
			EN: "The main agreement's contract number or reference, as written on it.",
			SV: "Huvudavtalets avtalsnummer eller referens, så som det står på avtalet.",
			NB: "Hovedavtalens avtalenummer eller referanse, slik det står på avtalen.",
			DA: "Hovedaftalens kontraktnummer eller reference, som det står på aftalen.",
		},
	},
	"dpa.MainAgreement.Date": {
		Title: i18n.Text{EN: "Date", SV: "Datum", NB: "Dato", DA: "Dato"},
		Description: i18n.Text{
			EN: "The day the main agreement was made, as YYYY-MM-DD.",
			SV: "Dagen då huvudavtalet ingicks, som ÅÅÅÅ-MM-DD.",
			NB: "Dagen hovedavtalen ble inngått, som ÅÅÅÅ-MM-DD.",
			DA: "Den dag, hovedaftalen blev indgået, som ÅÅÅÅ-MM-DD.",
		},
	},

	"dpa.Party.Name": {
		Title: i18n.Text{EN: "Legal name", SV: "Juridiskt namn", NB: "Juridisk navn", DA: "Juridisk navn"},
		Description: i18n.Text{
			EN: "The organisation's registered name, as in the trade register.",
			SV: "Organisationens registrerade namn, så som det står i handelsregistret.",
			NB: "Organisasjonens registrerte navn, slik det står i Enhetsregisteret eller Foretaksregisteret.",
			DA: "Organisationens registrerede navn, som det står i CVR.",
		},
	},
	"dpa.Party.OrgID": {
		Title: i18n.Text{EN: "Organisation number", SV: "Organisationsnummer", NB: "Organisasjonsnummer", DA: "CVR-nummer"},
		Description: i18n.Text{
			EN: "The party's number in its country's register. Choose the register first.",
			SV: "Partens nummer i registret i dess land. Välj register först.",
			NB: "Partens nummer i registeret i landet. Velg register først.",
			DA: "Partens nummer i registret i dens land. Vælg register først.",
		},
	},
	"dpa.Party.Address": {
		Title: i18n.Text{EN: "Registered address", SV: "Registrerad adress", NB: "Forretningsadresse", DA: "Registreret adresse"},
		Description: i18n.Text{
			EN: "The address in the trade register. The country is needed to assess transfers.",
			SV: "Adressen i handelsregistret. Landet behövs för att bedöma överföringar.",
			NB: "Adressen i registeret. Landet trengs for å vurdere overføringer.",
			DA: "Adressen i CVR. Landet er nødvendigt for at vurdere overførsler.",
		},
	},
	"dpa.Party.Contacts": {
		Title: i18n.Text{EN: "Contact persons", SV: "Kontaktpersoner", NB: "Kontaktpersoner", DA: "Kontaktpersoner"},
		Description: i18n.Text{
			EN: "Who to contact about the agreement, the data protection officer and where to report breaches.",
			SV: "Vem man kontaktar om avtalet, dataskyddsombudet och vart personuppgiftsincidenter rapporteras.",
			NB: "Hvem man kontakter om avtalen, personvernombudet og hvor brudd på personopplysningssikkerheten meldes.",
			DA: "Hvem man kontakter om aftalen, databeskyttelsesrådgiveren og hvor brud på persondatasikkerheden anmeldes.",
		},
	},
	"dpa.Party.Signatory": {
		Title: i18n.Text{EN: "Signatory", SV: "Firmatecknare", NB: "Underskriver", DA: "Underskriver"},
		Description: i18n.Text{
			EN: "The person who signs for the party. Needed in a final agreement.",
			SV: "Den person som undertecknar för parten. Behövs i ett slutligt avtal.",
			NB: "Personen som signerer for parten. Trengs i en endelig avtale.",
			DA: "Den person, der underskriver for parten. Nødvendig i en endelig aftale.",
		},
	},

	"dpa.Clauses.Confidentiality": {
		Title: i18n.Text{EN: "Duty of confidentiality", SV: "Tystnadsplikt", NB: "Taushetsplikt", DA: "Tavshedspligt"},
		Description: i18n.Text{
			EN: "How the people who process the data are bound to secrecy (GDPR Art. 28(3)(b)).",
			SV: "Hur de personer som behandlar uppgifterna är bundna av tystnadsplikt (artikel 28.3 b i dataskyddsförordningen).",
			NB: "Hvordan personene som behandler opplysningene, er bundet av taushetsplikt (personvernforordningen artikkel 28 nr. 3 bokstav b).",
			DA: "Hvordan de personer, der behandler oplysningerne, er bundet af tavshedspligt (databeskyttelsesforordningens artikel 28, stk. 3, litra b).",
		},
	},
	"dpa.Clauses.UnlawfulInstruction": {
		Title: i18n.Text{EN: "Unlawful instructions", SV: "Instruktioner som strider mot lag", NB: "Ulovlige instrukser", DA: "Ulovlige instrukser"},
		Description: i18n.Text{
			EN: "What the processor does when an instruction seems to breach data protection law.",
			SV: "Vad personuppgiftsbiträdet gör när en instruktion verkar strida mot dataskyddsregler.",
			NB: "Hva databehandleren gjør når en instruks ser ut til å være i strid med personvernregelverket.",
			DA: "Hvad databehandleren gør, når en instruks synes at stride mod databeskyttelsesreglerne.",
		},
	},
	"dpa.Clauses.BreachNotification": {
		Title: i18n.Text{EN: "Breach notification deadlines", SV: "Frister för att rapportera personuppgiftsincidenter", NB: "Frister for å varsle om brudd", DA: "Frister for at underrette om brud"},
		Description: i18n.Text{
			EN: "How soon the processor tells the controller of a breach, counted from when it became aware of it. Add one line per kind of breach; at most 72 hours.",
			SV: "Hur snart personuppgiftsbiträdet underrättar den personuppgiftsansvarige om en incident, räknat från när biträdet fick kännedom om den. Lägg till en rad per slag av incident; högst 72 timmar.",
			NB: "Hvor raskt databehandleren varsler den behandlingsansvarlige om et brudd, regnet fra når databehandleren ble kjent med det. Legg til én linje per type brudd; høyst 72 timer.",
			DA: "Hvor hurtigt databehandleren underretter den dataansvarlige om et brud, regnet fra det tidspunkt, hvor databehandleren blev opmærksom på det. Tilføj én linje pr. type brud; højst 72 timer.",
		},
	},
	"dpa.Clauses.ProcessorMayNotifyAuthority": {
		Title: i18n.Text{EN: "Processor notifies the supervisory authority", SV: "Biträdet anmäler till tillsynsmyndigheten", NB: "Databehandleren melder til tilsynsmyndigheten", DA: "Databehandleren anmelder til tilsynsmyndigheden"},
		Description: i18n.Text{
			EN: "Tick if the controller mandates the processor to notify the supervisory authority of breaches on its behalf.",
			SV: "Markera om den personuppgiftsansvarige ger personuppgiftsbiträdet i uppdrag att anmäla incidenter till tillsynsmyndigheten för dess räkning.",
			NB: "Kryss av hvis den behandlingsansvarlige gir databehandleren fullmakt til å melde brudd til tilsynsmyndigheten på sine vegne.",
			DA: "Markér, hvis den dataansvarlige giver databehandleren fuldmagt til at anmelde brud til tilsynsmyndigheden på dens vegne.",
		},
	},
	"dpa.Clauses.Assistance": {
		Title: i18n.Text{EN: "Fee for assistance", SV: "Ersättning för bistånd", NB: "Vederlag for bistand", DA: "Betaling for bistand"},
		Description: i18n.Text{
			EN: "What the controller pays for assistance beyond the agreement. Leave blank if assistance is free.",
			SV: "Vad den personuppgiftsansvarige betalar för bistånd utöver avtalet. Lämna tomt om biståndet är kostnadsfritt.",
			NB: "Hva den behandlingsansvarlige betaler for bistand utover avtalen. La feltet stå tomt hvis bistanden er gratis.",
			DA: "Hvad den dataansvarlige betaler for bistand ud over aftalen. Lad feltet stå tomt, hvis bistanden er gratis.",
		},
	},
	"dpa.Clauses.EndOfService": {
		Title: i18n.Text{EN: "End of the services", SV: "När tjänsterna upphör", NB: "Når tjenestene opphører", DA: "Når ydelserne ophører"},
		Description: i18n.Text{
			EN: "What happens to the personal data when the services end (GDPR Art. 28(3)(g)).",
			SV: "Vad som händer med personuppgifterna när tjänsterna upphör (artikel 28.3 g i dataskyddsförordningen).",
			NB: "Hva som skjer med personopplysningene når tjenestene opphører (personvernforordningen artikkel 28 nr. 3 bokstav g).",
			DA: "Hvad der sker med personoplysningerne, når ydelserne ophører (databeskyttelsesforordningens artikel 28, stk. 3, litra g).",
		},
	},
	"dpa.Clauses.GoverningLaw": {
		Title: i18n.Text{EN: "Governing law", SV: "Tillämplig lag", NB: "Lovvalg", DA: "Lovvalg"},
		Description: i18n.Text{
			EN: "The country whose law governs the agreement. Leave blank if the main agreement decides.",
			SV: "Det land vars lag gäller för avtalet. Lämna tomt om huvudavtalet avgör.",
			NB: "Landet hvis lov gjelder for avtalen. La feltet stå tomt hvis hovedavtalen avgjør.",
			DA: "Det land, hvis lov gælder for aftalen. Lad feltet stå tomt, hvis hovedaftalen afgør det.",
		},
	},
	"dpa.Clauses.Venue": {
		Title: i18n.Text{EN: "Venue", SV: "Forum", NB: "Verneting", DA: "Værneting"},
		Description: i18n.Text{
			EN: "The court or arbitration that settles disputes, such as Oslo tingrett. Leave blank if the main agreement decides.",
			SV: "Den domstol eller det skiljeförfarande som avgör tvister, till exempel Stockholms tingsrätt. Lämna tomt om huvudavtalet avgör.",
			NB: "Domstolen eller voldgiften som avgjør tvister, for eksempel Oslo tingrett. La feltet stå tomt hvis hovedavtalen avgjør.",
			DA: "Den domstol eller voldgift, der afgør tvister, for eksempel Københavns Byret. Lad feltet stå tomt, hvis hovedaftalen afgør det.",
		},
	},

	"dpa.UnlawfulInstruction.NotifyWithin": {
		Title: i18n.Text{EN: "Notify within", SV: "Underrätta inom", NB: "Varsle innen", DA: "Underret inden for"},
		Description: i18n.Text{
			EN: "How soon the processor tells the controller. Leave blank for immediately, as the GDPR says.",
			SV: "Hur snart personuppgiftsbiträdet underrättar den personuppgiftsansvarige. Lämna tomt för omedelbart, som dataskyddsförordningen säger.",
			NB: "Hvor raskt databehandleren varsler den behandlingsansvarlige. La feltet stå tomt for umiddelbart, slik personvernforordningen sier.",
			DA: "Hvor hurtigt databehandleren underretter den dataansvarlige. Lad feltet stå tomt for omgående, som databeskyttelsesforordningen siger.",
		},
	},
	"dpa.UnlawfulInstruction.Suspend": {
		Title: i18n.Text{EN: "May suspend the instruction", SV: "Får skjuta upp instruktionen", NB: "Kan stanse instruksen", DA: "Må suspendere instruksen"},
		Description: i18n.Text{
			EN: "Tick if the processor may hold back the instruction until the controller confirms or changes it.",
			SV: "Markera om personuppgiftsbiträdet får vänta med instruktionen tills den personuppgiftsansvarige bekräftar eller ändrar den.",
			NB: "Kryss av hvis databehandleren kan vente med instruksen til den behandlingsansvarlige bekrefter eller endrer den.",
			DA: "Markér, hvis databehandleren må udsætte instruksen, indtil den dataansvarlige bekræfter eller ændrer den.",
		},
	},

	"dpa.BreachDeadline.Kind": {
		Title: i18n.Text{EN: "Kind of breach", SV: "Slag av incident", NB: "Type brudd", DA: "Type brud"},
		Description: i18n.Text{
			EN: "Which breaches this deadline is for. Give each kind once.",
			SV: "Vilka incidenter fristen gäller. Ange varje slag en gång.",
			NB: "Hvilke brudd fristen gjelder. Oppgi hver type én gang.",
			DA: "Hvilke brud fristen gælder. Angiv hver type én gang.",
		},
	},
	"dpa.BreachDeadline.Within": {
		Title: i18n.Text{EN: "Within", SV: "Inom", NB: "Innen", DA: "Inden for"},
		Description: i18n.Text{
			EN: "The deadline, such as 24 hours. More than 72 hours leaves the controller no time to notify the supervisory authority.",
			SV: "Fristen, till exempel 24 timmar. Mer än 72 timmar ger den personuppgiftsansvarige ingen tid att anmäla till tillsynsmyndigheten.",
			NB: "Fristen, for eksempel 24 timer. Mer enn 72 timer gir den behandlingsansvarlige ikke tid til å melde til tilsynsmyndigheten.",
			DA: "Fristen, for eksempel 24 timer. Mere end 72 timer giver den dataansvarlige ikke tid til at anmelde til tilsynsmyndigheden.",
		},
	},

	"dpa.AssistanceTerms.Fee": {
		Title: i18n.Text{EN: "Fee", SV: "Avgift", NB: "Honorar", DA: "Honorar"},
		Description: i18n.Text{
			EN: "The price per unit, excluding VAT. Give the unit it is charged per as well.",
			SV: "Priset per enhet, exklusive moms. Ange också den enhet det debiteras per.",
			NB: "Prisen per enhet, eksklusive merverdiavgift. Oppgi også enheten det faktureres per.",
			DA: "Prisen pr. enhed, eksklusive moms. Angiv også den enhed, der faktureres pr.",
		},
	},
	"dpa.AssistanceTerms.Per": {
		Title: i18n.Text{EN: "Charged per", SV: "Debiteras per", NB: "Faktureres per", DA: "Faktureres pr."},
		Description: i18n.Text{
			EN: "The unit the fee is charged per, usually hours.",
			SV: "Den enhet avgiften debiteras per, oftast timmar.",
			NB: "Enheten honoraret faktureres per, som regel timer.",
			DA: "Den enhed, honoraret faktureres pr., som regel timer.",
		},
	},
	"dpa.AssistanceTerms.PriceList": {
		Title: i18n.Text{EN: "Price list", SV: "Prislista", NB: "Prisliste", DA: "Prisliste"},
		Description: i18n.Text{
			EN: "Instead of a fee, name the published price list that applies.",
			SV: "I stället för en avgift, ange den publicerade prislista som gäller.",
			NB: "I stedet for et honorar, oppgi den publiserte prislisten som gjelder.",
			DA: "I stedet for et honorar, angiv den offentliggjorte prisliste, der gælder.",
		},
	},

	"dpa.EndOfService.Action": {
		Title: i18n.Text{EN: "Delete or return", SV: "Radera eller återlämna", NB: "Slette eller tilbakelevere", DA: "Slette eller tilbagelevere"},
		Description: i18n.Text{
			EN: "What the processor does with the personal data when the services end.",
			SV: "Vad personuppgiftsbiträdet gör med personuppgifterna när tjänsterna upphör.",
			NB: "Hva databehandleren gjør med personopplysningene når tjenestene opphører.",
			DA: "Hvad databehandleren gør med personoplysningerne, når ydelserne ophører.",
		},
	},
	"dpa.EndOfService.Deadline": {
		Title: i18n.Text{EN: "Deadline", SV: "Tidsfrist", NB: "Frist", DA: "Frist"},
		Description: i18n.Text{
			EN: "How soon after the end the data are deleted or returned, such as 30 days.",
			SV: "Hur snart efter upphörandet uppgifterna raderas eller återlämnas, till exempel 30 dagar.",
			NB: "Hvor raskt etter opphøret opplysningene slettes eller tilbakeleveres, for eksempel 30 dager.",
			DA: "Hvor hurtigt efter ophøret oplysningerne slettes eller tilbageleveres, for eksempel 30 dage.",
		},
	},
	"dpa.EndOfService.ConfirmWithin": {
		Title: i18n.Text{EN: "Confirm in writing within", SV: "Bekräfta skriftligen inom", NB: "Bekrefte skriftlig innen", DA: "Bekræfte skriftligt inden for"},
		Description: i18n.Text{
			EN: "How soon the processor confirms the deletion in writing, such as 14 days. Leave blank if no confirmation is agreed.",
			SV: "Hur snart personuppgiftsbiträdet skriftligen bekräftar raderingen, till exempel 14 dagar. Lämna tomt om ingen bekräftelse har avtalats.",
			NB: "Hvor raskt databehandleren bekrefter slettingen skriftlig, for eksempel 14 dager. La feltet stå tomt hvis det ikke er avtalt noen bekreftelse.",
			DA: "Hvor hurtigt databehandleren skriftligt bekræfter sletningen, for eksempel 14 dage. Lad feltet stå tomt, hvis der ikke er aftalt nogen bekræftelse.",
		},
	},
	"dpa.EndOfService.RetentionLaw": {
		Title: i18n.Text{EN: "Law requiring retention", SV: "Lag som kräver lagring", NB: "Lov som krever lagring", DA: "Lov, der kræver opbevaring"},
		Description: i18n.Text{
			EN: "Name any law that requires the processor to keep data after the end, such as an archives act.",
			SV: "Ange lag som kräver att personuppgiftsbiträdet behåller uppgifter efter upphörandet, till exempel arkivlagen.",
			NB: "Oppgi lov som krever at databehandleren beholder opplysninger etter opphøret, for eksempel arkivlova.",
			DA: "Angiv lov, der kræver, at databehandleren opbevarer oplysninger efter ophøret, for eksempel arkivloven.",
		},
	},

	"dpa.Annexes.A": {
		Title: i18n.Text{EN: "Annex A – The processing", SV: "Bilaga A – Behandlingen", NB: "Vedlegg A – Behandlingen", DA: "Bilag A – Behandlingen"},
		Description: i18n.Text{
			EN: "What is processed, why, about whom and for how long.",
			SV: "Vad som behandlas, varför, om vem och hur länge.",
			NB: "Hva som behandles, hvorfor, om hvem og hvor lenge.",
			DA: "Hvad der behandles, hvorfor, om hvem og hvor længe.",
		},
	},
	"dpa.Annexes.B": {
		Title: i18n.Text{EN: "Annex B – Sub-processors", SV: "Bilaga B – Underbiträden", NB: "Vedlegg B – Underdatabehandlere", DA: "Bilag B – Underdatabehandlere"},
		Description: i18n.Text{
			EN: "The terms for using sub-processors and the sub-processors the controller has approved.",
			SV: "Villkoren för att anlita underbiträden och de underbiträden som den personuppgiftsansvarige har godkänt.",
			NB: "Vilkårene for å bruke underdatabehandlere og underdatabehandlerne den behandlingsansvarlige har godkjent.",
			DA: "Vilkårene for at bruge underdatabehandlere og de underdatabehandlere, den dataansvarlige har godkendt.",
		},
	},
	"dpa.Annexes.C": {
		Title: i18n.Text{EN: "Annex C – Instructions", SV: "Bilaga C – Instruktioner", NB: "Vedlegg C – Instrukser", DA: "Bilag C – Instruks"},
		Description: i18n.Text{
			EN: "The controller's documented instructions for the processing.",
			SV: "Den personuppgiftsansvariges dokumenterade instruktioner för behandlingen.",
			NB: "Den behandlingsansvarliges dokumenterte instrukser for behandlingen.",
			DA: "Den dataansvarliges dokumenterede instruks for behandlingen.",
		},
	},
	"dpa.Annexes.D": {
		Title: i18n.Text{EN: "Annex D – Other terms", SV: "Bilaga D – Övriga villkor", NB: "Vedlegg D – Andre vilkår", DA: "Bilag D – Andre vilkår"},
		Description: i18n.Text{
			EN: "Other terms the parties agree on, each with a heading. Leave empty if there are none.",
			SV: "Övriga villkor som parterna kommer överens om, vart och ett med en rubrik. Lämna tomt om det inte finns några.",
			NB: "Andre vilkår partene blir enige om, hvert med en overskrift. La feltet stå tomt hvis det ikke finnes noen.",
			DA: "Andre vilkår, parterne aftaler, hvert med en overskrift. Lad feltet stå tomt, hvis der ikke er nogen.",
		},
	},

	"dpa.Money.Amount": {
		Title: i18n.Text{EN: "Amount", SV: "Belopp", NB: "Beløp", DA: "Beløb"},
		Description: i18n.Text{
			EN: "The amount with a full stop before the decimals, such as 950.00.",
			SV: "Beloppet med punkt före decimalerna, till exempel 950.00.",
			NB: "Beløpet med punktum foran desimalene, for eksempel 950.00.",
			DA: "Beløbet med punktum før decimalerne, for eksempel 950.00.",
		},
	},
	"dpa.Money.Currency": {
		Title: i18n.Text{EN: "Currency", SV: "Valuta", NB: "Valuta", DA: "Valuta"},
		Description: i18n.Text{
			EN: "The three-letter currency code, such as SEK, NOK, DKK or EUR.",
			SV: "Valutakoden med tre bokstäver, till exempel SEK, NOK, DKK eller EUR.",
			NB: "Valutakoden med tre bokstaver, for eksempel SEK, NOK, DKK eller EUR.",
			DA: "Valutakoden med tre bogstaver, for eksempel SEK, NOK, DKK eller EUR.",
		},
	},
}
