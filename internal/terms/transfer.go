package terms

import "github.com/dpakit/dpakit/i18n"

// transferTerms are the fields of package transfer.
var transferTerms = map[Key]Term{
	"transfer.Location.Country": {
		Title: i18n.Text{EN: "Country", SV: "Land", NB: "Land", DA: "Land"},
		Description: i18n.Text{
			EN: "The country where the data are processed or accessed from. Leave blank for an international organisation.",
			SV: "Det land där uppgifterna behandlas eller nås ifrån. Lämna tomt för en internationell organisation.",
			NB: "Landet der opplysningene behandles eller nås fra. La feltet stå tomt for en internasjonal organisasjon.",
			DA: "Det land, hvor oplysningerne behandles eller tilgås fra. Lad feltet stå tomt for en international organisation.",
		},
	},
	"transfer.Location.Organisation": {
		Title: i18n.Text{EN: "International organisation", SV: "Internationell organisation", NB: "Internasjonal organisasjon", DA: "International organisation"},
		Description: i18n.Text{
			EN: "Only when an international organisation receives the data; then leave the country blank.",
			SV: "Endast när en internationell organisation tar emot uppgifterna; lämna då landet tomt.",
			NB: "Bare når en internasjonal organisasjon mottar opplysningene; la da landet stå tomt.",
			DA: "Kun når en international organisation modtager oplysningerne; lad så landet stå tomt.",
		},
	},
	"transfer.Location.Place": {
		Title: i18n.Text{EN: "Place", SV: "Plats", NB: "Sted", DA: "Sted"},
		Description: i18n.Text{
			EN: "The city, site or data centre, such as Stockholm or AWS eu-north-1. Shown in the agreement, not checked.",
			SV: "Ort, anläggning eller datacenter, till exempel Stockholm eller AWS eu-north-1. Visas i avtalet men kontrolleras inte.",
			NB: "By, anlegg eller datasenter, for eksempel Oslo eller AWS eu-north-1. Vises i avtalen, men kontrolleres ikke.",
			DA: "By, anlæg eller datacenter, for eksempel København eller AWS eu-north-1. Vises i aftalen, men kontrolleres ikke.",
		},
	},

	"transfer.Basis.Mechanism": {
		Title: i18n.Text{EN: "Transfer tool", SV: "Överföringsverktyg", NB: "Overføringsgrunnlag", DA: "Overførselsgrundlag"},
		Description: i18n.Text{
			EN: "The legal ground under Chapter V of the GDPR that the transfer rests on.",
			SV: "Den rättsliga grund enligt kapitel V i dataskyddsförordningen som överföringen vilar på.",
			NB: "Det rettslige grunnlaget etter kapittel V i personvernforordningen som overføringen bygger på.",
			DA: "Det retsgrundlag efter kapitel V i databeskyttelsesforordningen, som overførslen hviler på.",
		},
	},
	"transfer.Basis.SCCModule": {
		Title: i18n.Text{EN: "SCC module", SV: "Modul i standardavtalsklausulerna", NB: "Modul i standardavtalevilkårene", DA: "Modul i standardkontraktbestemmelserne"},
		Description: i18n.Text{
			EN: "With standard contractual clauses: module 1 to 4. A processor engaging a sub-processor uses module 3.",
			SV: "Vid standardavtalsklausuler: modul 1–4. Ett personuppgiftsbiträde som anlitar ett underbiträde använder modul 3.",
			NB: "Ved standardavtalevilkår: modul 1–4. En databehandler som engasjerer en underdatabehandler, bruker modul 3.",
			DA: "Ved standardkontraktbestemmelser: modul 1–4. En databehandler, der antager en underdatabehandler, bruger modul 3.",
		},
	},
	"transfer.Basis.Derogation": {
		Title: i18n.Text{EN: "Derogation (Art. 49(1))", SV: "Undantag (artikel 49.1)", NB: "Unntak (artikkel 49 nr. 1)", DA: "Undtagelse (artikel 49, stk. 1)"},
		Description: i18n.Text{
			EN: "With a derogation: the letter of GDPR Art. 49(1), a to g.",
			SV: "Vid undantag: bokstaven i artikel 49.1 i dataskyddsförordningen, a–g.",
			NB: "Ved unntak: bokstaven i personvernforordningen artikkel 49 nr. 1, a–g.",
			DA: "Ved undtagelse: litra i databeskyttelsesforordningens artikel 49, stk. 1, a–g.",
		},
	},
	"transfer.Basis.DPFCertified": {
		Title: i18n.Text{EN: "Certified under the Data Privacy Framework", SV: "Certifierad enligt Data Privacy Framework", NB: "Sertifisert under Data Privacy Framework", DA: "Certificeret under Data Privacy Framework"},
		Description: i18n.Text{
			EN: "Tick if the recipient in the United States is on the Data Privacy Framework List; the US adequacy decision covers only those.",
			SV: "Markera om mottagaren i USA finns på Data Privacy Framework-listan; beslutet om adekvat skyddsnivå för USA omfattar bara dem.",
			NB: "Kryss av hvis mottakeren i USA står på Data Privacy Framework-listen; beslutningen om tilstrekkelig beskyttelsesnivå for USA omfatter bare dem.",
			DA: "Markér, hvis modtageren i USA står på Data Privacy Framework-listen; tilstrækkelighedsafgørelsen for USA omfatter kun dem.",
		},
	},
	"transfer.Basis.TIA": {
		Title: i18n.Text{EN: "Transfer impact assessment made", SV: "Konsekvensbedömning av överföringen gjord", NB: "Vurdering av overføringen gjort", DA: "Vurdering af overførslen foretaget"},
		Description: i18n.Text{
			EN: "Tick if a transfer impact assessment was made, as the safeguards of GDPR Art. 46 need.",
			SV: "Markera om en konsekvensbedömning av överföringen har gjorts, vilket skyddsåtgärderna i artikel 46 kräver.",
			NB: "Kryss av hvis det er gjort en vurdering av overføringen, slik garantiene i artikkel 46 krever.",
			DA: "Markér, hvis der er foretaget en vurdering af overførslen, som garantierne i artikel 46 kræver.",
		},
	},
	"transfer.Basis.SupplementaryMeasures": {
		Title: i18n.Text{EN: "Supplementary measures", SV: "Kompletterande åtgärder", NB: "Supplerende tiltak", DA: "Supplerende foranstaltninger"},
		Description: i18n.Text{
			EN: "The measures taken on top of the transfer tool, such as encryption with keys held in the EU/EEA.",
			SV: "De åtgärder som vidtas utöver överföringsverktyget, till exempel kryptering med nycklar som förvaras inom EU/EES.",
			NB: "Tiltakene som gjennomføres i tillegg til overføringsgrunnlaget, for eksempel kryptering med nøkler som oppbevares i EU/EØS.",
			DA: "De foranstaltninger, der træffes ud over overførselsgrundlaget, for eksempel kryptering med nøgler, der opbevares i EU/EØS.",
		},
	},

	"transfer.Instruction.Kind": {
		Title: i18n.Text{EN: "Instruction", SV: "Instruktion", NB: "Instruks", DA: "Instruks"},
		Description: i18n.Text{
			EN: "Where the data may be processed. With only the listed countries, list them below.",
			SV: "Var uppgifterna får behandlas. Vid endast angivna länder anger du länderna nedan.",
			NB: "Hvor opplysningene kan behandles. Ved bare de oppførte landene oppgir du landene nedenfor.",
			DA: "Hvor oplysningerne må behandles. Ved kun de anførte lande angiver du landene nedenfor.",
		},
	},
	"transfer.Instruction.Countries": {
		Title: i18n.Text{EN: "Allowed countries", SV: "Tillåtna länder", NB: "Tillatte land", DA: "Tilladte lande"},
		Description: i18n.Text{
			EN: "The countries where processing is allowed; needed with only the listed countries.",
			SV: "De länder där behandling är tillåten; behövs vid endast angivna länder.",
			NB: "Landene der behandling er tillatt; trengs ved bare de oppførte landene.",
			DA: "De lande, hvor behandling er tilladt; nødvendig ved kun de anførte lande.",
		},
	},
}
