package terms

import "github.com/dpakit/dpakit/i18n"

// annexTerms are the fields of package annex.
var annexTerms = map[Key]Term{
	"annex.Processing.Purpose": {
		Title: i18n.Text{EN: "Purpose", SV: "Ändamål", NB: "Formål", DA: "Formål"},
		Description: i18n.Text{
			EN: "Why the processor processes personal data for the controller, such as payroll for the controller's staff.",
			SV: "Varför personuppgiftsbiträdet behandlar personuppgifter för den personuppgiftsansvarige, till exempel lönehantering för dennes anställda.",
			NB: "Hvorfor databehandleren behandler personopplysninger for den behandlingsansvarlige, for eksempel lønnskjøring for de ansatte.",
			DA: "Hvorfor databehandleren behandler personoplysninger for den dataansvarlige, for eksempel lønadministration for de ansatte.",
		},
	},
	"annex.Processing.Nature": {
		Title: i18n.Text{EN: "Nature of the processing", SV: "Behandlingens art", NB: "Behandlingens art", DA: "Behandlingens karakter"},
		Description: i18n.Text{
			EN: "What the processing consists of, such as collection, storage, hosting, support or deletion.",
			SV: "Vad behandlingen består av, till exempel insamling, lagring, drift, support eller radering.",
			NB: "Hva behandlingen består av, for eksempel innsamling, lagring, drift, brukerstøtte eller sletting.",
			DA: "Hvad behandlingen består af, for eksempel indsamling, opbevaring, drift, support eller sletning.",
		},
	},
	"annex.Processing.Groups": {
		Title: i18n.Text{EN: "Data subjects and personal data", SV: "Registrerade och personuppgifter", NB: "Registrerte og personopplysninger", DA: "Registrerede og personoplysninger"},
		Description: i18n.Text{
			EN: "Add one entry per category of data subjects, such as employees or customers, with the personal data processed about them.",
			SV: "Lägg till en post per kategori av registrerade, till exempel anställda eller kunder, med de personuppgifter som behandlas om dem.",
			NB: "Legg til én oppføring per kategori registrerte, for eksempel ansatte eller kunder, med personopplysningene som behandles om dem.",
			DA: "Tilføj én post pr. kategori af registrerede, for eksempel ansatte eller kunder, med de personoplysninger, der behandles om dem.",
		},
	},
	"annex.Processing.Duration": {
		Title: i18n.Text{EN: "Duration", SV: "Varaktighet", NB: "Varighet", DA: "Varighed"},
		Description: i18n.Text{
			EN: "How long the processing lasts, such as for as long as the main agreement runs.",
			SV: "Hur länge behandlingen pågår, till exempel så länge huvudavtalet gäller.",
			NB: "Hvor lenge behandlingen varer, for eksempel så lenge hovedavtalen gjelder.",
			DA: "Hvor længe behandlingen varer, for eksempel så længe hovedaftalen gælder.",
		},
	},
	"annex.Processing.Deletion": {
		Title: i18n.Text{EN: "Specific deletion rules", SV: "Särskilda regler för radering", NB: "Særlige regler for sletting", DA: "Særlige regler for sletning"},
		Description: i18n.Text{
			EN: "Deletion rules that apply to this processing only. Leave blank if the general clause is enough.",
			SV: "Regler för radering som gäller bara denna behandling. Lämna tomt om det allmänna villkoret räcker.",
			NB: "Regler for sletting som bare gjelder denne behandlingen. La feltet stå tomt hvis det generelle vilkåret er nok.",
			DA: "Regler for sletning, der kun gælder denne behandling. Lad feltet stå tomt, hvis det generelle vilkår er nok.",
		},
	},

	"annex.Group.Name": {
		Title: i18n.Text{EN: "Category of data subjects", SV: "Kategori av registrerade", NB: "Kategori registrerte", DA: "Kategori af registrerede"},
		Description: i18n.Text{
			EN: "Who the data are about, such as employees, pupils or patients.",
			SV: "Vilka uppgifterna gäller, till exempel anställda, elever eller patienter.",
			NB: "Hvem opplysningene gjelder, for eksempel ansatte, elever eller pasienter.",
			DA: "Hvem oplysningerne vedrører, for eksempel ansatte, elever eller patienter.",
		},
	},
	"annex.Group.Ordinary": {
		Title: i18n.Text{EN: "Ordinary personal data", SV: "Vanliga personuppgifter", NB: "Alminnelige personopplysninger", DA: "Almindelige personoplysninger"},
		Description: i18n.Text{
			EN: "Tick the ordinary personal data processed about this group (GDPR Art. 6).",
			SV: "Markera de vanliga personuppgifter som behandlas om gruppen (artikel 6 i dataskyddsförordningen).",
			NB: "Kryss av for de alminnelige personopplysningene som behandles om gruppen (personvernforordningen artikkel 6).",
			DA: "Markér de almindelige personoplysninger, der behandles om gruppen (databeskyttelsesforordningens artikel 6).",
		},
	},
	"annex.Group.OtherOrdinary": {
		Title: i18n.Text{EN: "Other ordinary personal data", SV: "Andra vanliga personuppgifter", NB: "Andre alminnelige personopplysninger", DA: "Andre almindelige personoplysninger"},
		Description: i18n.Text{
			EN: "Describe ordinary personal data that the list does not offer.",
			SV: "Beskriv vanliga personuppgifter som inte finns i listan.",
			NB: "Beskriv alminnelige personopplysninger som ikke finnes i listen.",
			DA: "Beskriv almindelige personoplysninger, som ikke findes på listen.",
		},
	},
	"annex.Group.Special": {
		Title: i18n.Text{EN: "Special categories of personal data", SV: "Särskilda kategorier av personuppgifter", NB: "Særlige kategorier av personopplysninger", DA: "Særlige kategorier af personoplysninger"},
		Description: i18n.Text{
			EN: "Tick the special categories processed about this group (GDPR Art. 9). They call for at least a considerable security level.",
			SV: "Markera de särskilda kategorier som behandlas om gruppen (artikel 9 i dataskyddsförordningen). De kräver minst en betydande säkerhetsnivå.",
			NB: "Kryss av for de særlige kategoriene som behandles om gruppen (personvernforordningen artikkel 9). De krever minst et betydelig sikkerhetsnivå.",
			DA: "Markér de særlige kategorier, der behandles om gruppen (databeskyttelsesforordningens artikel 9). De kræver mindst et betragteligt sikkerhedsniveau.",
		},
	},
	"annex.Group.Criminal": {
		Title: i18n.Text{EN: "Criminal convictions and offences", SV: "Personuppgifter som rör lagöverträdelser", NB: "Personopplysninger om straffedommer og lovovertredelser", DA: "Oplysninger om strafbare forhold"},
		Description: i18n.Text{
			EN: "Tick if data about criminal convictions and offences are processed (GDPR Art. 10).",
			SV: "Markera om personuppgifter som rör lagöverträdelser behandlas (artikel 10 i dataskyddsförordningen).",
			NB: "Kryss av hvis det behandles personopplysninger om straffedommer og lovovertredelser (personvernforordningen artikkel 10).",
			DA: "Markér, hvis der behandles oplysninger om strafbare forhold (databeskyttelsesforordningens artikel 10).",
		},
	},
	"annex.Group.NationalID": {
		Title: i18n.Text{EN: "National identity numbers", SV: "Personnummer", NB: "Fødselsnummer", DA: "CPR-numre"},
		Description: i18n.Text{
			EN: "Tick if personnummer, fødselsnummer or CPR numbers are processed (GDPR Art. 87).",
			SV: "Markera om personnummer eller samordningsnummer behandlas (artikel 87 i dataskyddsförordningen).",
			NB: "Kryss av hvis fødselsnummer eller D-nummer behandles (personvernforordningen artikkel 87).",
			DA: "Markér, hvis der behandles CPR-numre (databeskyttelsesforordningens artikel 87).",
		},
	},
	"annex.Group.Confidential": {
		Title: i18n.Text{EN: "Other confidential data", SV: "Andra skyddsvärda uppgifter", NB: "Andre fortrolige opplysninger", DA: "Andre fortrolige oplysninger"},
		Description: i18n.Text{
			EN: "Tick other confidential personal data processed about this group.",
			SV: "Markera andra skyddsvärda personuppgifter som behandlas om gruppen.",
			NB: "Kryss av for andre fortrolige personopplysninger som behandles om gruppen.",
			DA: "Markér andre fortrolige personoplysninger, der behandles om gruppen.",
		},
	},
	"annex.Group.OtherConfidential": {
		Title: i18n.Text{EN: "Other confidential data, described", SV: "Andra skyddsvärda uppgifter, beskrivna", NB: "Andre fortrolige opplysninger, beskrevet", DA: "Andre fortrolige oplysninger, beskrevet"},
		Description: i18n.Text{
			EN: "Describe confidential personal data that the list does not offer.",
			SV: "Beskriv skyddsvärda personuppgifter som inte finns i listan.",
			NB: "Beskriv fortrolige personopplysninger som ikke finnes i listen.",
			DA: "Beskriv fortrolige personoplysninger, som ikke findes på listen.",
		},
	},

	"annex.SubProcessors.Authorisation": {
		Title: i18n.Text{EN: "Authorisation", SV: "Godkännande", NB: "Godkjenning", DA: "Godkendelse"},
		Description: i18n.Text{
			EN: "How the controller authorises sub-processors (GDPR Art. 28(2)). With general authorisation, give the notice period and the objection window.",
			SV: "Hur den personuppgiftsansvarige godkänner underbiträden (artikel 28.2 i dataskyddsförordningen). Vid allmänt tillstånd anger du även varseltid och invändningsfrist.",
			NB: "Hvordan den behandlingsansvarlige godkjenner underdatabehandlere (personvernforordningen artikkel 28 nr. 2). Ved generell tillatelse oppgir du også varslingsfrist og frist for innsigelser.",
			DA: "Hvordan den dataansvarlige godkender underdatabehandlere (databeskyttelsesforordningens artikel 28, stk. 2). Ved generel godkendelse angiver du også varslingsfrist og indsigelsesfrist.",
		},
	},
	"annex.SubProcessors.NoticePeriod": {
		Title: i18n.Text{EN: "Notice period", SV: "Varseltid", NB: "Varslingsfrist", DA: "Varslingsfrist"},
		Description: i18n.Text{
			EN: "How long before adding or replacing a sub-processor the processor tells the controller, such as 30 days. Needed with general authorisation.",
			SV: "Hur lång tid innan ett underbiträde läggs till eller byts ut som personuppgiftsbiträdet informerar den personuppgiftsansvarige, till exempel 30 dagar. Behövs vid allmänt tillstånd.",
			NB: "Hvor lang tid før en underdatabehandler legges til eller byttes ut databehandleren varsler den behandlingsansvarlige, for eksempel 30 dager. Trengs ved generell tillatelse.",
			DA: "Hvor lang tid før en underdatabehandler tilføjes eller udskiftes databehandleren underretter den dataansvarlige, for eksempel 30 dage. Nødvendig ved generel godkendelse.",
		},
	},
	"annex.SubProcessors.ObjectionWindow": {
		Title: i18n.Text{EN: "Objection window", SV: "Invändningsfrist", NB: "Frist for innsigelser", DA: "Indsigelsesfrist"},
		Description: i18n.Text{
			EN: "How long the controller has to object after being told, such as 14 days. It must not be longer than the notice period.",
			SV: "Hur lång tid den personuppgiftsansvarige har på sig att invända efter att ha informerats, till exempel 14 dagar. Den får inte vara längre än varseltiden.",
			NB: "Hvor lang tid den behandlingsansvarlige har til å protestere etter å ha blitt varslet, for eksempel 14 dager. Den kan ikke være lengre enn varslingsfristen.",
			DA: "Hvor lang tid den dataansvarlige har til at gøre indsigelse efter at være underrettet, for eksempel 14 dage. Den må ikke være længere end varslingsfristen.",
		},
	},
	"annex.SubProcessors.Entries": {
		Title: i18n.Text{EN: "Approved sub-processors", SV: "Godkända underbiträden", NB: "Godkjente underdatabehandlere", DA: "Godkendte underdatabehandlere"},
		Description: i18n.Text{
			EN: "Every sub-processor at every level of the chain. Say who engaged each one under Engaged by.",
			SV: "Alla underbiträden i alla led av kedjan. Ange under Anlitat av vem som anlitade vart och ett.",
			NB: "Alle underdatabehandlere i alle ledd av kjeden. Oppgi under Engasjert av hvem som engasjerte hver av dem.",
			DA: "Alle underdatabehandlere i alle led af kæden. Angiv under Antaget af, hvem der antog hver enkelt.",
		},
	},

	"annex.SubProcessor.ID": {
		Title: i18n.Text{EN: "Short key", SV: "Kortnamn", NB: "Kortnavn", DA: "Kortnavn"},
		Description: i18n.Text{
			EN: "A short key, unique in this list, that other entries can name under Engaged by, such as inera.",
			SV: "Ett kort namn, unikt i listan, som andra poster kan ange under Anlitat av, till exempel inera.",
			NB: "Et kort navn, unikt i listen, som andre oppføringer kan oppgi under Engasjert av, for eksempel tietoevry.",
			DA: "Et kort navn, entydigt på listen, som andre poster kan angive under Antaget af, for eksempel netcompany.",
		},
	},
	"annex.SubProcessor.Name": {
		Title: i18n.Text{EN: "Name", SV: "Namn", NB: "Navn", DA: "Navn"},
		Description: i18n.Text{
			EN: "The sub-processor's registered name.",
			SV: "Underbiträdets registrerade namn.",
			NB: "Underdatabehandlerens registrerte navn.",
			DA: "Underdatabehandlerens registrerede navn.",
		},
	},
	"annex.SubProcessor.OrgID": {
		Title: i18n.Text{EN: "Organisation number", SV: "Organisationsnummer", NB: "Organisasjonsnummer", DA: "CVR-nummer"},
		Description: i18n.Text{
			EN: "The sub-processor's number in its country's register, if it has one.",
			SV: "Underbiträdets nummer i registret i dess land, om det har ett.",
			NB: "Underdatabehandlerens nummer i registeret i landet, hvis den har et.",
			DA: "Underdatabehandlerens nummer i registret i dens land, hvis den har et.",
		},
	},
	"annex.SubProcessor.Address": {
		Title: i18n.Text{EN: "Registered address", SV: "Registrerad adress", NB: "Forretningsadresse", DA: "Registreret adresse"},
		Description: i18n.Text{
			EN: "The sub-processor's registered address. The country is needed.",
			SV: "Underbiträdets registrerade adress. Landet behövs.",
			NB: "Underdatabehandlerens forretningsadresse. Landet trengs.",
			DA: "Underdatabehandlerens registrerede adresse. Landet er nødvendigt.",
		},
	},
	"annex.SubProcessor.Activity": {
		Title: i18n.Text{EN: "What it does", SV: "Vad underbiträdet gör", NB: "Hva den gjør", DA: "Hvad den gør"},
		Description: i18n.Text{
			EN: "What the sub-processor does with the personal data, such as hosting or support.",
			SV: "Vad underbiträdet gör med personuppgifterna, till exempel drift eller support.",
			NB: "Hva underdatabehandleren gjør med personopplysningene, for eksempel drift eller brukerstøtte.",
			DA: "Hvad underdatabehandleren gør med personoplysningerne, for eksempel drift eller support.",
		},
	},
	"annex.SubProcessor.Locations": {
		Title: i18n.Text{EN: "Processing locations", SV: "Platser för behandlingen", NB: "Behandlingssteder", DA: "Behandlingssteder"},
		Description: i18n.Text{
			EN: "Every place where it processes the data, including remote access from other countries.",
			SV: "Alla platser där underbiträdet behandlar uppgifterna, även åtkomst på distans från andra länder.",
			NB: "Alle steder der underdatabehandleren behandler opplysningene, også fjerntilgang fra andre land.",
			DA: "Alle steder, hvor underdatabehandleren behandler oplysningerne, også fjernadgang fra andre lande.",
		},
	},
	"annex.SubProcessor.Transfer": {
		Title: i18n.Text{EN: "Transfer basis", SV: "Grund för överföring", NB: "Overføringsgrunnlag", DA: "Overførselsgrundlag"},
		Description: i18n.Text{
			EN: "The legal basis under Chapter V of the GDPR for locations outside the EU/EEA. Leave blank if all locations are inside.",
			SV: "Den rättsliga grunden enligt kapitel V i dataskyddsförordningen för platser utanför EU/EES. Lämna tomt om alla platser ligger inom.",
			NB: "Det rettslige grunnlaget etter kapittel V i personvernforordningen for steder utenfor EU/EØS. La feltet stå tomt hvis alle steder er innenfor.",
			DA: "Retsgrundlaget efter kapitel V i databeskyttelsesforordningen for steder uden for EU/EØS. Lad feltet stå tomt, hvis alle steder ligger inden for.",
		},
	},
	"annex.SubProcessor.EngagedBy": {
		Title: i18n.Text{EN: "Engaged by", SV: "Anlitat av", NB: "Engasjert av", DA: "Antaget af"},
		Description: i18n.Text{
			EN: "The short key of the sub-processor that engaged this one. Leave blank if the processor engaged it directly.",
			SV: "Kortnamnet på det underbiträde som anlitade detta. Lämna tomt om personuppgiftsbiträdet anlitade det direkt.",
			NB: "Kortnavnet til underdatabehandleren som engasjerte denne. La feltet stå tomt hvis databehandleren engasjerte den direkte.",
			DA: "Kortnavnet på den underdatabehandler, der antog denne. Lad feltet stå tomt, hvis databehandleren antog den direkte.",
		},
	},
	"annex.SubProcessor.FlowDown": {
		Title: i18n.Text{EN: "Same obligations imposed", SV: "Samma skyldigheter ålagda", NB: "Samme forpliktelser pålagt", DA: "Samme forpligtelser pålagt"},
		Description: i18n.Text{
			EN: "Tick to confirm that the same data protection obligations were imposed on it by contract (GDPR Art. 28(4)).",
			SV: "Markera för att bekräfta att samma dataskyddsskyldigheter har ålagts underbiträdet genom avtal (artikel 28.4 i dataskyddsförordningen).",
			NB: "Kryss av for å bekrefte at de samme personvernforpliktelsene er pålagt underdatabehandleren ved avtale (personvernforordningen artikkel 28 nr. 4).",
			DA: "Markér for at bekræfte, at de samme databeskyttelsesforpligtelser er pålagt underdatabehandleren ved kontrakt (databeskyttelsesforordningens artikel 28, stk. 4).",
		},
	},
	"annex.SubProcessor.Authorisation": {
		Title: i18n.Text{EN: "Own authorisation", SV: "Eget godkännande", NB: "Egen godkjenning", DA: "Egen godkendelse"},
		Description: i18n.Text{
			EN: "Only if this sub-processor is authorised differently from the default above.",
			SV: "Endast om detta underbiträde godkänns på annat sätt än enligt huvudregeln ovan.",
			NB: "Bare hvis denne underdatabehandleren godkjennes på en annen måte enn hovedregelen ovenfor.",
			DA: "Kun hvis denne underdatabehandler godkendes anderledes end efter hovedreglen ovenfor.",
		},
	},
	"annex.SubProcessor.ObjectionWindow": {
		Title: i18n.Text{EN: "Own objection window", SV: "Egen invändningsfrist", NB: "Egen frist for innsigelser", DA: "Egen indsigelsesfrist"},
		Description: i18n.Text{
			EN: "Only if changes among the sub-processors this one engages have their own objection window.",
			SV: "Endast om ändringar bland de underbiträden som detta anlitar har en egen invändningsfrist.",
			NB: "Bare hvis endringer blant underdatabehandlerne denne engasjerer, har en egen frist for innsigelser.",
			DA: "Kun hvis ændringer blandt de underdatabehandlere, som denne antager, har deres egen indsigelsesfrist.",
		},
	},

	"annex.Instructions.Subject": {
		Title: i18n.Text{EN: "Subject of the instructions", SV: "Instruktionernas föremål", NB: "Instruksenes gjenstand", DA: "Instruksens genstand"},
		Description: i18n.Text{
			EN: "What the processor is instructed to do with the personal data.",
			SV: "Vad personuppgiftsbiträdet instrueras att göra med personuppgifterna.",
			NB: "Hva databehandleren instrueres om å gjøre med personopplysningene.",
			DA: "Hvad databehandleren instrueres om at gøre med personoplysningerne.",
		},
	},
	"annex.Instructions.Security": {
		Title: i18n.Text{EN: "Security of processing", SV: "Säkerhet i behandlingen", NB: "Sikkerhet ved behandlingen", DA: "Behandlingssikkerhed"},
		Description: i18n.Text{
			EN: "The agreed security level and the measures the processor must take at least (GDPR Art. 32).",
			SV: "Den avtalade säkerhetsnivån och de åtgärder personuppgiftsbiträdet minst måste vidta (artikel 32 i dataskyddsförordningen).",
			NB: "Det avtalte sikkerhetsnivået og tiltakene databehandleren minst må gjennomføre (personvernforordningen artikkel 32).",
			DA: "Det aftalte sikkerhedsniveau og de foranstaltninger, databehandleren mindst skal gennemføre (databeskyttelsesforordningens artikel 32).",
		},
	},
	"annex.Instructions.Assistance": {
		Title: i18n.Text{EN: "Assistance to the controller", SV: "Bistånd till den personuppgiftsansvarige", NB: "Bistand til den behandlingsansvarlige", DA: "Bistand til den dataansvarlige"},
		Description: i18n.Text{
			EN: "How the processor helps with data subjects' requests, breaches and impact assessments (GDPR Art. 28(3)(e) and (f)).",
			SV: "Hur personuppgiftsbiträdet hjälper till med de registrerades begäranden, incidenter och konsekvensbedömningar (artikel 28.3 e och f i dataskyddsförordningen).",
			NB: "Hvordan databehandleren hjelper med de registrertes anmodninger, brudd og vurderinger av personvernkonsekvenser (personvernforordningen artikkel 28 nr. 3 bokstav e og f).",
			DA: "Hvordan databehandleren hjælper med de registreredes anmodninger, brud og konsekvensanalyser (databeskyttelsesforordningens artikel 28, stk. 3, litra e og f).",
		},
	},
	"annex.Instructions.Retention": {
		Title: i18n.Text{EN: "Retention and deletion", SV: "Lagring och radering", NB: "Lagring og sletting", DA: "Opbevaring og sletning"},
		Description: i18n.Text{
			EN: "How long personal data are kept and the deletion routine while the agreement runs.",
			SV: "Hur länge personuppgifterna lagras och rutinen för radering medan avtalet gäller.",
			NB: "Hvor lenge personopplysningene lagres, og rutinen for sletting mens avtalen gjelder.",
			DA: "Hvor længe personoplysningerne opbevares, og rutinen for sletning, mens aftalen gælder.",
		},
	},
	"annex.Instructions.Locations": {
		Title: i18n.Text{EN: "Processor's processing locations", SV: "Personuppgiftsbiträdets platser för behandlingen", NB: "Databehandlerens behandlingssteder", DA: "Databehandlerens behandlingssteder"},
		Description: i18n.Text{
			EN: "Where the processor itself processes the data, including remote access. The sub-processors' locations are in Annex B.",
			SV: "Var personuppgiftsbiträdet självt behandlar uppgifterna, även åtkomst på distans. Underbiträdenas platser anges i bilaga B.",
			NB: "Hvor databehandleren selv behandler opplysningene, også fjerntilgang. Underdatabehandlernes steder står i vedlegg B.",
			DA: "Hvor databehandleren selv behandler oplysningerne, også fjernadgang. Underdatabehandlernes steder står i bilag B.",
		},
	},
	"annex.Instructions.Transfers": {
		Title: i18n.Text{EN: "Transfers to third countries", SV: "Överföring till tredjeland", NB: "Overføring til tredjestater", DA: "Overførsel til tredjelande"},
		Description: i18n.Text{
			EN: "The controller's instruction on where the data may be processed and whether they may leave the EU/EEA.",
			SV: "Den personuppgiftsansvariges instruktion om var uppgifterna får behandlas och om de får lämna EU/EES.",
			NB: "Den behandlingsansvarliges instruks om hvor opplysningene kan behandles, og om de kan forlate EU/EØS.",
			DA: "Den dataansvarliges instruks om, hvor oplysningerne må behandles, og om de må forlade EU/EØS.",
		},
	},
	"annex.Instructions.Audit": {
		Title: i18n.Text{EN: "Audit of the processor", SV: "Granskning av personuppgiftsbiträdet", NB: "Revisjon av databehandleren", DA: "Revision af databehandleren"},
		Description: i18n.Text{
			EN: "How the processor shows that it complies (GDPR Art. 28(3)(h)).",
			SV: "Hur personuppgiftsbiträdet visar att det följer avtalet (artikel 28.3 h i dataskyddsförordningen).",
			NB: "Hvordan databehandleren viser at den overholder avtalen (personvernforordningen artikkel 28 nr. 3 bokstav h).",
			DA: "Hvordan databehandleren påviser, at den overholder aftalen (databeskyttelsesforordningens artikel 28, stk. 3, litra h).",
		},
	},
	"annex.Instructions.SubProcessorAudit": {
		Title: i18n.Text{EN: "Audit of sub-processors", SV: "Granskning av underbiträden", NB: "Revisjon av underdatabehandlere", DA: "Revision af underdatabehandlere"},
		Description: i18n.Text{
			EN: "How the sub-processors are audited. Leave blank if the agreement does not say.",
			SV: "Hur underbiträdena granskas. Lämna tomt om avtalet inte reglerar det.",
			NB: "Hvordan underdatabehandlerne revideres. La feltet stå tomt hvis avtalen ikke sier noe om det.",
			DA: "Hvordan underdatabehandlerne revideres. Lad feltet stå tomt, hvis aftalen ikke siger noget om det.",
		},
	},

	"annex.Security.Risk": {
		Title: i18n.Text{EN: "Risk scoring", SV: "Riskbedömning", NB: "Risikovurdering", DA: "Risikovurdering"},
		Description: i18n.Text{
			EN: "The Danish public-sector risk scoring, if you use it; it suggests the security level.",
			SV: "Den danska offentliga sektorns riskbedömning, om ni använder den; den ger förslag på säkerhetsnivå.",
			NB: "Den danske offentlige sektorens risikovurdering, hvis dere bruker den; den gir forslag til sikkerhetsnivå.",
			DA: "Den offentlige sektors risikovurdering, hvis I bruger den; den foreslår sikkerhedsniveauet.",
		},
	},
	"annex.Security.Level": {
		Title: i18n.Text{EN: "Security level", SV: "Säkerhetsnivå", NB: "Sikkerhetsnivå", DA: "Sikkerhedsniveau"},
		Description: i18n.Text{
			EN: "The agreed level. Each level calls for some measures at least, and for a matching audit form.",
			SV: "Den avtalade nivån. Varje nivå kräver vissa åtgärder och en motsvarande form av granskning.",
			NB: "Det avtalte nivået. Hvert nivå krever visse tiltak og en tilsvarende form for revisjon.",
			DA: "Det aftalte niveau. Hvert niveau kræver visse foranstaltninger og en tilsvarende form for revision.",
		},
	},
	"annex.Security.Measures": {
		Title: i18n.Text{EN: "Required measures", SV: "Åtgärder som krävs", NB: "Påkrevde tiltak", DA: "Påkrævede foranstaltninger"},
		Description: i18n.Text{
			EN: "Add each measure the processor must take at least, with its parameters. A measure that is not added is not required.",
			SV: "Lägg till varje åtgärd som personuppgiftsbiträdet minst måste vidta, med dess parametrar. En åtgärd som inte läggs till krävs inte.",
			NB: "Legg til hvert tiltak databehandleren minst må gjennomføre, med parameterne. Et tiltak som ikke legges til, er ikke påkrevd.",
			DA: "Tilføj hver foranstaltning, databehandleren mindst skal gennemføre, med dens parametre. En foranstaltning, der ikke tilføjes, er ikke påkrævet.",
		},
	},
	"annex.Security.Note": {
		Title: i18n.Text{EN: "Other security requirements", SV: "Övriga säkerhetskrav", NB: "Andre sikkerhetskrav", DA: "Andre sikkerhedskrav"},
		Description: i18n.Text{
			EN: "Anything about security that the measures do not say.",
			SV: "Sådant om säkerheten som åtgärderna inte säger.",
			NB: "Det om sikkerhet som tiltakene ikke sier.",
			DA: "Det om sikkerhed, som foranstaltningerne ikke siger.",
		},
	},

	"annex.Assistance.DataSubjectRequests": {
		Title: i18n.Text{EN: "Data subjects' requests", SV: "De registrerades begäranden", NB: "De registrertes anmodninger", DA: "De registreredes anmodninger"},
		Description: i18n.Text{
			EN: "How the processor helps the controller answer requests from data subjects, such as for access or erasure.",
			SV: "Hur personuppgiftsbiträdet hjälper den personuppgiftsansvarige att besvara begäranden från registrerade, till exempel om tillgång eller radering.",
			NB: "Hvordan databehandleren hjelper den behandlingsansvarlige med å besvare anmodninger fra registrerte, for eksempel om innsyn eller sletting.",
			DA: "Hvordan databehandleren hjælper den dataansvarlige med at besvare anmodninger fra registrerede, for eksempel om indsigt eller sletning.",
		},
	},
	"annex.Assistance.ForwardRequestsWithin": {
		Title: i18n.Text{EN: "Forward requests within", SV: "Vidarebefordra begäranden inom", NB: "Videresende anmodninger innen", DA: "Videresende anmodninger inden for"},
		Description: i18n.Text{
			EN: "How soon the processor passes on a request it receives itself, such as 2 days.",
			SV: "Hur snart personuppgiftsbiträdet skickar vidare en begäran som det själv tar emot, till exempel 2 dagar.",
			NB: "Hvor raskt databehandleren sender videre en anmodning den selv mottar, for eksempel 2 dager.",
			DA: "Hvor hurtigt databehandleren sender en anmodning videre, som den selv modtager, for eksempel 2 dage.",
		},
	},
	"annex.Assistance.Breach": {
		Title: i18n.Text{EN: "Information on breaches", SV: "Information vid personuppgiftsincidenter", NB: "Informasjon ved brudd", DA: "Oplysninger ved brud"},
		Description: i18n.Text{
			EN: "What the processor provides when a breach occurs, beyond what GDPR Art. 33(3) requires.",
			SV: "Vad personuppgiftsbiträdet lämnar vid en incident, utöver vad artikel 33.3 i dataskyddsförordningen kräver.",
			NB: "Hva databehandleren gir ved et brudd, utover det personvernforordningen artikkel 33 nr. 3 krever.",
			DA: "Hvad databehandleren giver ved et brud, ud over hvad databeskyttelsesforordningens artikel 33, stk. 3, kræver.",
		},
	},
	"annex.Assistance.ImpactAssessment": {
		Title: i18n.Text{EN: "Impact assessments", SV: "Konsekvensbedömningar", NB: "Vurderinger av personvernkonsekvenser", DA: "Konsekvensanalyser"},
		Description: i18n.Text{
			EN: "How the processor helps with data protection impact assessments and prior consultation (GDPR Arts. 35–36).",
			SV: "Hur personuppgiftsbiträdet hjälper till med konsekvensbedömningar avseende dataskydd och förhandssamråd (artiklarna 35–36 i dataskyddsförordningen).",
			NB: "Hvordan databehandleren hjelper med vurderinger av personvernkonsekvenser og forhåndsdrøftelser (personvernforordningen artikkel 35–36).",
			DA: "Hvordan databehandleren hjælper med konsekvensanalyser vedrørende databeskyttelse og forudgående høring (databeskyttelsesforordningens artikel 35–36).",
		},
	},

	"annex.Audit.Form": {
		Title: i18n.Text{EN: "Form of audit", SV: "Form för granskning", NB: "Revisjonsform", DA: "Revisionsform"},
		Description: i18n.Text{
			EN: "The kind of audit or report. A considerable or high security level calls for a type 2 report or an inspection.",
			SV: "Slag av granskning eller rapport. En betydande eller hög säkerhetsnivå kräver en typ 2-rapport eller en inspektion.",
			NB: "Type revisjon eller rapport. Et betydelig eller høyt sikkerhetsnivå krever en type 2-uttalelse eller en inspeksjon.",
			DA: "Type revision eller erklæring. Et betragteligt eller højt sikkerhedsniveau kræver en type 2-erklæring eller en inspektion.",
		},
	},
	"annex.Audit.Frequency": {
		Title: i18n.Text{EN: "How often", SV: "Hur ofta", NB: "Hvor ofte", DA: "Hvor ofte"},
		Description: i18n.Text{
			EN: "How often the audit is made, such as every 1 year. Leave blank for on request only.",
			SV: "Hur ofta granskningen görs, till exempel vart 1 år. Lämna tomt för endast på begäran.",
			NB: "Hvor ofte revisjonen gjøres, for eksempel hvert 1 år. La feltet stå tomt for bare etter anmodning.",
			DA: "Hvor ofte revisionen foretages, for eksempel hvert 1 år. Lad feltet stå tomt for kun efter anmodning.",
		},
	},
	"annex.Audit.Costs": {
		Title: i18n.Text{EN: "Who pays", SV: "Vem som betalar", NB: "Hvem som betaler", DA: "Hvem der betaler"},
		Description: i18n.Text{
			EN: "Who bears the costs of the audit.",
			SV: "Vem som står för kostnaderna för granskningen.",
			NB: "Hvem som bærer kostnadene ved revisjonen.",
			DA: "Hvem der afholder omkostningerne ved revisionen.",
		},
	},
	"annex.Audit.Note": {
		Title: i18n.Text{EN: "Details of the procedure", SV: "Närmare om förfarandet", NB: "Nærmere om framgangsmåten", DA: "Nærmere om fremgangsmåden"},
		Description: i18n.Text{
			EN: "Anything else about how the audit is made, such as notice before an inspection.",
			SV: "Annat om hur granskningen görs, till exempel förvarning före en inspektion.",
			NB: "Annet om hvordan revisjonen gjøres, for eksempel varsel før en inspeksjon.",
			DA: "Andet om, hvordan revisionen foretages, for eksempel varsel før en inspektion.",
		},
	},

	"annex.Term.Heading": {
		Title: i18n.Text{EN: "Heading", SV: "Rubrik", NB: "Overskrift", DA: "Overskrift"},
		Description: i18n.Text{
			EN: "A short heading for the term.",
			SV: "En kort rubrik för villkoret.",
			NB: "En kort overskrift for vilkåret.",
			DA: "En kort overskrift for vilkåret.",
		},
	},
	"annex.Term.Text": {
		Title: i18n.Text{EN: "Text", SV: "Text", NB: "Tekst", DA: "Tekst"},
		Description: i18n.Text{
			EN: "The term itself, as it should read in the agreement.",
			SV: "Själva villkoret, så som det ska stå i avtalet.",
			NB: "Selve vilkåret, slik det skal stå i avtalen.",
			DA: "Selve vilkåret, som det skal stå i aftalen.",
		},
	},
}
