package security

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// MeasureID names a security measure of the [Catalogue]. Each id equals the
// JSON key of its field in [Requirements], so it also serves as the last
// step of a JSON Pointer: "/" + id.
type MeasureID string

// The measures, in [Catalogue] order.
const (
	MeasurePseudonymisation      MeasureID = "pseudonymisation"              // Art. 32(1)(a)
	MeasureEncryptionAtRest      MeasureID = "encryptionAtRest"              // Art. 32(1)(a); seed 004 C.2.7
	MeasureEncryptionInTransit   MeasureID = "encryptionInTransit"           // Art. 32(1)(a); seed 004 C.2.6
	MeasureMFAInternet           MeasureID = "mfaInternet"                   // seed 004 C.2.5
	MeasureAccessControl         MeasureID = "accessControl"                 // seed 004 C.2.2, seed 000 §11.4
	MeasureTenantSeparation      MeasureID = "tenantSeparation"              // Art. 32(1)(b); seed 003 Vedlegg 2 (confidentiality)
	MeasureLogging               MeasureID = "logging"                       // seed 004 C.2.10, seed 000 §11.12
	MeasureIntegrityMonitoring   MeasureID = "integrityMonitoring"           // Art. 32(1)(b); seed 003 Vedlegg 2 (integrity)
	MeasureBackup                MeasureID = "backup"                        // Art. 32(1)(c); seed 004 C.2.3
	MeasureContinuity            MeasureID = "continuity"                    // Art. 32(1)(c); seed 004 C.2.3
	MeasurePhysicalSecurity      MeasureID = "physicalSecurity"              // seed 004 C.2.8
	MeasureRemoteWork            MeasureID = "remoteWork"                    // seed 004 C.2.9
	MeasureChangeManagement      MeasureID = "changeManagement"              // seed 004 C.2.11
	MeasurePatching              MeasureID = "patching"                      // seed 004 C.2.11
	MeasureAwarenessTraining     MeasureID = "awarenessTraining"             // seed 004 C.2.11
	MeasureMobileMedia           MeasureID = "mobileMedia"                   // seed 004 C.2.11
	MeasureDisposal              MeasureID = "disposal"                      // seed 004 C.2.11
	MeasureRegularTesting        MeasureID = "regularTesting"                // Art. 32(1)(d); seed 004 C.2.4
	MeasureSupplementaryTransfer MeasureID = "supplementaryTransferMeasures" // Art. 46(1) after Schrems II
)

// measures reads [Catalogue].
var measures = enum.Of(Catalogue)

// Def returns the definition of id from [Catalogue], and false when id is
// not a measure.
func (id MeasureID) Def() (MeasureDef, bool) { return measures.Def(id) }

// Valid reports whether id is a measure of the [Catalogue].
func (id MeasureID) Valid() bool { return measures.Valid(id) }

// In returns the measure's name in language l, falling back to English, or
// the id as written when it is not in the [Catalogue], so that a MeasureID
// is a localized argument of finding messages.
func (id MeasureID) In(l i18n.Lang) string { return measures.In(id, l) }

// MeasureDef defines a security measure: its ID (which equals its JSON key
// in [Requirements]), its Name as a heading in the security annex, a
// Description of what it asks of the processor, in each language, and its
// legal Ref, such as "GDPR Art. 32(1)(a)".
type MeasureDef = enum.Def[MeasureID]

// Catalogue defines every security measure an agreement can require, one
// per field of [Requirements] and in the same order. The list follows the
// headings of seed 004 Bilag C.2.1–C.2.11 and seed 000 §11, sorted under the
// letters of GDPR Art. 32(1).
var Catalogue = []MeasureDef{
	{
		// A required measure is a minimum, never left to the risk (review
		// 22 sv R3): the extent is the purposes', and what is left to the
		// risk goes to annex.Security.Assess. Terms of GDPR Art. 4(5).
		ID:   MeasurePseudonymisation,
		Name: i18n.Text{EN: "Pseudonymisation", SV: "Pseudonymisering", NB: "Pseudonymisering", DA: "Pseudonymisering"},
		Description: i18n.Text{
			EN: "Personal data are pseudonymised to the extent that the purposes of the processing can be achieved with pseudonymised data: they are processed so that they can no longer be attributed to the data subject without the use of additional information, which is kept separately and is subject to technical and organisational measures.",
			SV: "Personuppgifterna pseudonymiseras i den utsträckning ändamålen med behandlingen kan uppnås med pseudonymiserade uppgifter: de behandlas så att de inte längre kan hänföras till den registrerade utan att kompletterande uppgifter används, och de kompletterande uppgifterna förvaras separat och är föremål för tekniska och organisatoriska åtgärder.",
			NB: "Personopplysningene pseudonymiseres i den utstrekning formålene med behandlingen kan nås med pseudonymiserte opplysninger: de behandles slik at de ikke lenger kan knyttes til den registrerte uten bruk av tilleggsopplysninger, og tilleggsopplysningene oppbevares separat og er underlagt tekniske og organisatoriske tiltak.",
			DA: "Personoplysningerne pseudonymiseres i det omfang, formålene med behandlingen kan opfyldes med pseudonymiserede oplysninger: de behandles, så de ikke længere kan henføres til den registrerede uden brug af supplerende oplysninger, og de supplerende oplysninger opbevares separat og er underlagt tekniske og organisatoriske foranstaltninger.",
		},
		Ref: "GDPR Art. 32(1)(a)",
	},
	{
		ID:   MeasureEncryptionAtRest,
		Name: i18n.Text{EN: "Encryption at rest", SV: "Kryptering vid lagring", NB: "Kryptering ved lagring", DA: "Kryptering af lagrede personoplysninger"},
		Description: i18n.Text{
			EN: "Personal data are encrypted where they are stored, with current, recognised algorithms and with keys kept apart from the data.",
			SV: "Personuppgifterna krypteras där de lagras, med aktuella och erkända algoritmer och med nycklar som förvaras åtskilda från uppgifterna.",
			NB: "Personopplysningene krypteres der de lagres, med oppdaterte og anerkjente algoritmer og med nøkler som oppbevares atskilt fra opplysningene.",
			DA: "Personoplysningerne krypteres dér, hvor de opbevares, med tidssvarende og anerkendte algoritmer og med nøgler, der opbevares adskilt fra oplysningerne.",
		},
		Ref: "GDPR Art. 32(1)(a)",
	},
	{
		ID:   MeasureEncryptionInTransit,
		Name: i18n.Text{EN: "Encryption in transit", SV: "Kryptering vid överföring", NB: "Kryptering ved overføring", DA: "Kryptering under transmission"},
		Description: i18n.Text{
			EN: "Personal data are encrypted whenever they are transmitted, above all over open networks, in line with recognised industry practice.",
			SV: "Personuppgifterna krypteras varje gång de överförs, särskilt över öppna nät, enligt vedertagen branschpraxis.",
			NB: "Personopplysningene krypteres hver gang de overføres, særlig over åpne nett, i tråd med anerkjent bransjepraksis.",
			DA: "Personoplysningerne krypteres, hver gang de overføres, navnlig over åbne net, i overensstemmelse med anerkendt branchepraksis.",
		},
		Ref: "GDPR Art. 32(1)(a)",
	},
	{
		ID:   MeasureMFAInternet,
		Name: i18n.Text{EN: "Multi-factor authentication for access over the internet", SV: "Flerfaktorsautentisering vid åtkomst via internet", NB: "Flerfaktorautentisering ved tilgang over internett", DA: "Multifaktorautentificering ved adgang via internettet"},
		Description: i18n.Text{
			EN: "Users who reach systems holding the personal data over the internet sign in with more than one authentication factor, over an encrypted connection.",
			SV: "Användare som når system med personuppgifterna via internet loggar in med mer än en autentiseringsfaktor och över en krypterad förbindelse.",
			NB: "Brukere som logger seg på systemer med personopplysningene over internett, bruker mer enn én autentiseringsfaktor og en kryptert forbindelse.",
			DA: "Brugere, der tilgår systemer med personoplysningerne via internettet, logger på med mere end én autentificeringsfaktor og over en krypteret forbindelse.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureAccessControl,
		Name: i18n.Text{EN: "Access control", SV: "Behörighetsstyrning", NB: "Tilgangsstyring", DA: "Adgangsstyring"},
		Description: i18n.Text{
			EN: "Access is given only to persons who need it for their work; it is granted, changed and withdrawn by a documented routine and reviewed at set intervals.",
			SV: "Åtkomst ges bara till personer som behöver den i sitt arbete; den tilldelas, ändras och tas bort enligt en dokumenterad rutin och följs upp med bestämda intervall.",
			NB: "Tilgang gis bare til personer som trenger den i arbeidet sitt; den tildeles, endres og trekkes tilbake etter en dokumentert rutine og gjennomgås med faste mellomrom.",
			DA: "Adgang gives kun til personer, der har et arbejdsbetinget behov; den tildeles, ændres og fjernes efter en dokumenteret procedure og gennemgås med faste mellemrum.",
		},
		Ref: "GDPR Art. 32(1)(b), 32(4)",
	},
	{
		ID: MeasureTenantSeparation,
		Name: i18n.Text{
			EN: "Separation from other controllers' data",
			SV: "Åtskillnad från andra personuppgiftsansvarigas uppgifter",
			NB: "Atskillelse fra andre behandlingsansvarliges opplysninger",
			DA: "Adskillelse fra andre dataansvarliges oplysninger",
		},
		Description: i18n.Text{
			EN: "The personal data are kept logically or physically apart from data the processor processes for other controllers or for its own purposes, so that no other customer can reach them and they can be returned or deleted on their own.",
			SV: "Personuppgifterna hålls logiskt eller fysiskt åtskilda från uppgifter som personuppgiftsbiträdet behandlar för andra personuppgiftsansvariga eller för egna ändamål, så att ingen annan kund kan komma åt dem och så att de kan återlämnas eller raderas för sig.",
			NB: "Personopplysningene holdes logisk eller fysisk atskilt fra opplysninger som databehandleren behandler for andre behandlingsansvarlige eller til egne formål, slik at ingen annen kunde får tilgang til dem, og slik at de kan tilbakeleveres eller slettes for seg.",
			DA: "Personoplysningerne holdes logisk eller fysisk adskilt fra oplysninger, som databehandleren behandler for andre dataansvarlige eller til egne formål, så ingen anden kunde kan få adgang til dem, og så de kan tilbageleveres eller slettes for sig.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureLogging,
		Name: i18n.Text{EN: "Logging", SV: "Loggning", NB: "Logging", DA: "Logning"},
		Description: i18n.Text{
			EN: "Every access to and use of the personal data is recorded automatically; the logs are protected, kept for a set period and checked.",
			SV: "All åtkomst till och användning av personuppgifterna registreras automatiskt; loggarna skyddas, sparas under en bestämd tid och kontrolleras.",
			NB: "All tilgang til og bruk av personopplysningene registreres automatisk; loggene beskyttes, oppbevares i et fastsatt tidsrom og kontrolleres.",
			DA: "Al adgang til og anvendelse af personoplysningerne registreres maskinelt; loggene beskyttes, opbevares i en fastsat periode og kontrolleres.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID: MeasureIntegrityMonitoring,
		Name: i18n.Text{
			EN: "Monitoring of changes to the data",
			SV: "Övervakning av ändringar i uppgifterna",
			NB: "Overvåking av endringer i opplysningene",
			DA: "Overvågning af ændringer i oplysningerne",
		},
		Description: i18n.Text{
			EN: "Changes to the personal data are recorded and monitored, so that an unauthorised or accidental alteration is detected and can be put right, and the integrity of the data can be shown.",
			SV: "Ändringar i personuppgifterna registreras och övervakas, så att en obehörig eller oavsiktlig ändring upptäcks och kan rättas och uppgifternas integritet kan visas.",
			NB: "Endringer i personopplysningene registreres og overvåkes, slik at en uautorisert eller utilsiktet endring oppdages og kan rettes, og opplysningenes integritet kan dokumenteres.",
			DA: "Ændringer i personoplysningerne registreres og overvåges, så en uautoriseret eller hændelig ændring opdages og kan rettes, og oplysningernes integritet kan dokumenteres.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureBackup,
		Name: i18n.Text{EN: "Backup", SV: "Säkerhetskopiering", NB: "Sikkerhetskopiering", DA: "Sikkerhedskopiering"},
		Description: i18n.Text{
			EN: "The personal data are backed up at regular intervals, and restoring them from the backups is tested.",
			SV: "Personuppgifterna säkerhetskopieras regelbundet, och återställning från säkerhetskopiorna provas.",
			NB: "Personopplysningene sikkerhetskopieres jevnlig, og gjenoppretting fra kopiene testes.",
			DA: "Personoplysningerne sikkerhedskopieres regelmæssigt, og genskabelse fra kopierne afprøves.",
		},
		Ref: "GDPR Art. 32(1)(c)",
	},
	{
		ID:   MeasureContinuity,
		Name: i18n.Text{EN: "Contingency and disaster recovery plan", SV: "Kontinuitets- och beredskapsplan", NB: "Beredskaps- og kontinuitetsplan", DA: "Beredskabsplan"},
		Description: i18n.Text{
			EN: "An up-to-date contingency plan restores the personal data and access to them in good time after a physical or technical incident, and the plan is exercised.",
			SV: "En aktuell beredskapsplan återställer personuppgifterna och åtkomsten till dem i rimlig tid efter en fysisk eller teknisk incident, och planen övas.",
			NB: "En oppdatert beredskapsplan gjenoppretter personopplysningene og tilgangen til dem innen rimelig tid etter en fysisk eller teknisk hendelse, og planen øves.",
			DA: "En opdateret beredskabsplan genetablerer personoplysningerne og adgangen til dem inden for rimelig tid efter en fysisk eller teknisk hændelse, og planen øves.",
		},
		Ref: "GDPR Art. 32(1)(c)",
	},
	{
		ID:   MeasurePhysicalSecurity,
		Name: i18n.Text{EN: "Physical security", SV: "Fysisk säkerhet", NB: "Fysisk sikring", DA: "Fysisk sikring"},
		Description: i18n.Text{
			EN: "Premises and equipment where the personal data are processed are protected against unauthorised entry and against fire, water, power failure, theft and vandalism.",
			SV: "Lokaler och utrustning där personuppgifterna behandlas skyddas mot obehörigt tillträde och mot brand, vatten, strömavbrott, stöld och skadegörelse.",
			NB: "Lokaler og utstyr der personopplysningene behandles, er beskyttet mot uautorisert adgang og mot brann, vann, strømbrudd, tyveri og hærverk.",
			DA: "Lokaler og udstyr, hvor personoplysningerne behandles, er beskyttet mod uautoriseret adgang og mod brand, vand, strømsvigt, tyveri og hærværk.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureRemoteWork,
		Name: i18n.Text{EN: "Remote work", SV: "Distansarbete", NB: "Hjemme- og fjernarbeid", DA: "Hjemme- og fjernarbejdspladser"},
		Description: i18n.Text{
			EN: "Work from home or other remote places is done over encrypted connections, with safeguards that keep unauthorised persons from seeing the data.",
			SV: "Arbete hemifrån eller från andra platser sker över krypterade förbindelser och med skydd som hindrar obehöriga från att se uppgifterna.",
			NB: "Arbeid hjemmefra eller fra andre steder skjer over krypterte forbindelser og med tiltak som hindrer uvedkommende i å se opplysningene.",
			DA: "Arbejde hjemmefra eller fra andre steder sker over krypterede forbindelser og med sikring, der forhindrer uvedkommende i at se oplysningerne.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureChangeManagement,
		Name: i18n.Text{EN: "Change management", SV: "Ändringshantering", NB: "Endringshåndtering", DA: "Ændringshåndtering"},
		Description: i18n.Text{
			EN: "Changes to systems are requested and approved in advance, then tested and approved again before they go live, and no single person can put a change into production alone.",
			SV: "Ändringar i system beställs och godkänns i förväg, testas och godkänns på nytt innan de tas i drift, och ingen enskild person kan ensam föra över en ändring till produktion.",
			NB: "Endringer i systemene bestilles og godkjennes på forhånd, testes og godkjennes på nytt før de settes i drift, og ingen enkeltperson kan alene sette en endring i produksjon.",
			DA: "Ændringer i systemerne bestilles og godkendes på forhånd, testes og godkendes igen, før de sættes i drift, og ingen enkeltperson kan alene sætte en ændring i produktion.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasurePatching,
		Name: i18n.Text{EN: "Security updates", SV: "Säkerhetsuppdateringar", NB: "Sikkerhetsoppdateringer", DA: "Sikkerhedsopdateringer"},
		Description: i18n.Text{
			EN: "Security updates to operating systems, databases and applications are assessed and installed promptly, and critical ones within a set period.",
			SV: "Säkerhetsuppdateringar av operativsystem, databaser och program bedöms och installeras skyndsamt, och kritiska uppdateringar inom en bestämd tid.",
			NB: "Sikkerhetsoppdateringer av operativsystemer, databaser og programmer vurderes og installeres raskt, og kritiske oppdateringer innen en fastsatt frist.",
			DA: "Sikkerhedsopdateringer af styresystemer, databaser og programmer vurderes og installeres hurtigt, og kritiske opdateringer inden for en fastsat frist.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureAwarenessTraining,
		Name: i18n.Text{EN: "Security awareness training", SV: "Utbildning i informationssäkerhet", NB: "Opplæring i informasjonssikkerhet", DA: "Uddannelse i informationssikkerhed"},
		Description: i18n.Text{
			EN: "Staff and contractors with access to the personal data are trained at regular intervals in data protection rules, information security and their duty of confidentiality.",
			SV: "Personal och uppdragstagare med åtkomst till personuppgifterna utbildas regelbundet i dataskyddsregler, informationssäkerhet och sin tystnadsplikt.",
			NB: "Ansatte og innleide med tilgang til personopplysningene får jevnlig opplæring i personvernregler, informasjonssikkerhet og taushetsplikten sin.",
			DA: "Medarbejdere og samarbejdspartnere med adgang til personoplysningerne uddannes regelmæssigt i databeskyttelsesregler, informationssikkerhed og deres tavshedspligt.",
		},
		Ref: "GDPR Art. 32(4)",
	},
	{
		ID:   MeasureMobileMedia,
		Name: i18n.Text{EN: "Removable storage media", SV: "Flyttbara lagringsmedier", NB: "Flyttbare lagringsmedier", DA: "Mobile lagringsmedier"},
		Description: i18n.Text{
			EN: "Removable storage media holding personal data are encrypted, labelled, locked away when not in use and entered in a register.",
			SV: "Flyttbara lagringsmedier med personuppgifter krypteras, märks, förvaras inlåsta när de inte används och förs in i ett register.",
			NB: "Flyttbare lagringsmedier med personopplysninger krypteres, merkes, oppbevares innelåst når de ikke er i bruk, og føres i et register.",
			DA: "Mobile lagringsmedier med personoplysninger krypteres, mærkes, opbevares aflåst, når de ikke bruges, og registreres i en fortegnelse.",
		},
		Ref: "GDPR Art. 32(1)(b)",
	},
	{
		ID:   MeasureDisposal,
		Name: i18n.Text{EN: "Disposal of equipment and media", SV: "Kassering av utrustning och lagringsmedier", NB: "Kassering av utstyr og lagringsmedier", DA: "Kassation af udstyr og lagringsmedier"},
		Description: i18n.Text{
			EN: "Equipment and storage media are wiped securely or destroyed before they are sent for repair, sold or thrown away, so that the personal data cannot be recovered, and this is documented.",
			SV: "Utrustning och lagringsmedier raderas på ett säkert sätt eller förstörs innan de lämnas till reparation, säljs eller kasseras, så att personuppgifterna inte kan återskapas, och detta dokumenteras.",
			NB: "Utstyr og lagringsmedier slettes forsvarlig eller destrueres før de sendes til reparasjon, selges eller kasseres, slik at personopplysningene ikke kan gjenskapes, og dette dokumenteres.",
			DA: "Udstyr og lagringsmedier slettes forsvarligt eller destrueres, før de sendes til reparation, sælges eller kasseres, så personoplysningerne ikke kan genskabes, og det dokumenteres.",
		},
		Ref: "GDPR Art. 32(2)",
	},
	{
		ID:   MeasureRegularTesting,
		Name: i18n.Text{EN: "Regular testing, assessment and evaluation", SV: "Regelbunden testning, undersökning och utvärdering", NB: "Regelmessig testing, analysering og vurdering", DA: "Regelmæssig afprøvning, vurdering og evaluering"},
		Description: i18n.Text{
			EN: "The effectiveness of the technical and organisational measures is tested, assessed and evaluated at regular intervals and after major changes or personal data breaches.",
			SV: "Effektiviteten hos de tekniska och organisatoriska åtgärderna testas, undersöks och utvärderas regelbundet samt efter större förändringar eller personuppgiftsincidenter.",
			NB: "Effektiviteten av de tekniske og organisatoriske tiltakene testes, vurderes og evalueres jevnlig og etter større endringer eller brudd på personopplysningssikkerheten.",
			DA: "Effektiviteten af de tekniske og organisatoriske foranstaltninger afprøves, vurderes og evalueres regelmæssigt og efter større ændringer eller brud på persondatasikkerheden.",
		},
		Ref: "GDPR Art. 32(1)(d)",
	},
	{
		ID:   MeasureSupplementaryTransfer,
		Name: i18n.Text{EN: "Supplementary measures for transfers", SV: "Kompletterande åtgärder vid överföring till tredjeland", NB: "Supplerende tiltak ved overføring til tredjestat", DA: "Supplerende foranstaltninger ved overførsel til tredjelande"},
		Description: i18n.Text{
			EN: "Technical, contractual or organisational measures added to a transfer tool so that personal data transferred to a third country keep a level of protection essentially equivalent to that in the EEA.",
			SV: "Tekniska, avtalsmässiga eller organisatoriska åtgärder som läggs till ett överföringsverktyg så att personuppgifter som överförs till tredjeland behåller en skyddsnivå som i huvudsak motsvarar den inom EES.",
			NB: "Tekniske, kontraktsmessige eller organisatoriske tiltak som legges til et overføringsgrunnlag, slik at personopplysninger som overføres til en tredjestat, beholder et beskyttelsesnivå som i hovedsak tilsvarer det i EØS.",
			DA: "Tekniske, kontraktlige eller organisatoriske foranstaltninger, der føjes til et overførselsgrundlag, så personoplysninger, der overføres til et tredjeland, bevarer et beskyttelsesniveau, der i det væsentlige svarer til niveauet i EØS.",
		},
		Ref: "GDPR Art. 44, 46(1)",
	},
}
