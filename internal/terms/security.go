package terms

import (
	"reflect"
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// measureNote is the note every measure carries.
var measureNote = Term{
	Title: i18n.Text{EN: "Note", SV: "Kommentar", NB: "Merknad", DA: "Bemærkning"},
	Description: i18n.Text{
		EN: "Free text that adds to or explains the requirement. Leave blank if the measure needs no more.",
		SV: "Fritext som kompletterar eller förklarar kravet. Lämna tomt om åtgärden inte behöver mer.",
		NB: "Fritekst som utfyller eller forklarer kravet. La feltet stå tomt hvis tiltaket ikke trenger mer.",
		DA: "Fritekst, der supplerer eller forklarer kravet. Lad feltet stå tomt, hvis foranstaltningen ikke behøver mere.",
	},
}

// interval is the term of a "how often" period; what is done differs.
func interval(en, sv, nb, da string) Term {
	return Term{
		Title: i18n.Text{EN: "How often", SV: "Hur ofta", NB: "Hvor ofte", DA: "Hvor ofte"},
		Description: i18n.Text{
			EN: "How often " + en + ", such as every 1 year. Leave blank if the agreement sets no interval.",
			SV: "Hur ofta " + sv + ", till exempel vart 1 år. Lämna tomt om avtalet inte anger något intervall.",
			NB: "Hvor ofte " + nb + ", for eksempel hvert 1 år. La feltet stå tomt hvis avtalen ikke fastsetter noe intervall.",
			DA: "Hvor ofte " + da + ", for eksempel hvert 1 år. Lad feltet stå tomt, hvis aftalen ikke fastsætter noget interval.",
		},
	}
}

// securityTerms are the fields of package security, except the measures of
// Requirements, which measureFieldTerms reads from security.Catalogue.
var securityTerms = map[Key]Term{
	"security.Risk.Subjects": {
		Title: i18n.Text{EN: "Number of data subjects", SV: "Antal registrerade", NB: "Antall registrerte", DA: "Antal registrerede"},
		Description: i18n.Text{
			EN: "How many data subjects the processing covers: 1 to 3 points.",
			SV: "Hur många registrerade behandlingen omfattar: 1 till 3 poäng.",
			NB: "Hvor mange registrerte behandlingen omfatter: 1 til 3 poeng.",
			DA: "Hvor mange registrerede behandlingen omfatter: 1 til 3 point.",
		},
	},
	"security.Risk.SpecialCategories": {
		Title: i18n.Text{EN: "Special categories of personal data", SV: "Särskilda kategorier av personuppgifter", NB: "Særlige kategorier av personopplysninger", DA: "Særlige kategorier af personoplysninger"},
		Description: i18n.Text{
			EN: "Tick if special categories are processed (GDPR Art. 9): 3 points. It must match Annex A.",
			SV: "Markera om särskilda kategorier behandlas (artikel 9 i dataskyddsförordningen): 3 poäng. Det ska stämma med bilaga A.",
			NB: "Kryss av hvis særlige kategorier behandles (personvernforordningen artikkel 9): 3 poeng. Det må stemme med vedlegg A.",
			DA: "Markér, hvis særlige kategorier behandles (databeskyttelsesforordningens artikel 9): 3 point. Det skal stemme med bilag A.",
		},
	},
	"security.Risk.Confidential": {
		Title: i18n.Text{EN: "Other confidential data", SV: "Andra skyddsvärda uppgifter", NB: "Andre fortrolige opplysninger", DA: "Andre fortrolige oplysninger"},
		Description: i18n.Text{
			EN: "Tick if national identity numbers, criminal data or other confidential data are processed: 2 points. It must match Annex A.",
			SV: "Markera om personnummer, uppgifter om lagöverträdelser eller andra skyddsvärda uppgifter behandlas: 2 poäng. Det ska stämma med bilaga A.",
			NB: "Kryss av hvis fødselsnummer, opplysninger om lovovertredelser eller andre fortrolige opplysninger behandles: 2 poeng. Det må stemme med vedlegg A.",
			DA: "Markér, hvis CPR-numre, oplysninger om strafbare forhold eller andre fortrolige oplysninger behandles: 2 point. Det skal stemme med bilag A.",
		},
	},
	"security.Risk.SpecialProcessing": {
		Title: i18n.Text{EN: "Special processing", SV: "Särskild behandling", NB: "Særlig behandling", DA: "Særlig behandling"},
		Description: i18n.Text{
			EN: "Tick if the processing includes monitoring, profiling, mapping of behaviour or automated decisions: 2 points.",
			SV: "Markera om behandlingen omfattar övervakning, profilering, kartläggning av beteende eller automatiserade beslut: 2 poäng.",
			NB: "Kryss av hvis behandlingen omfatter overvåking, profilering, kartlegging av atferd eller automatiserte avgjørelser: 2 poeng.",
			DA: "Markér, hvis behandlingen omfatter overvågning, profilering, kortlægning af adfærd eller automatiske afgørelser: 2 point.",
		},
	},

	"security.Measure.Note":       measureNote,
	"security.Encryption.Note":    measureNote,
	"security.AccessControl.Note": measureNote,
	"security.Logging.Note":       measureNote,
	"security.Backup.Note":        measureNote,
	"security.Continuity.Note":    measureNote,
	"security.RemoteWork.Note":    measureNote,
	"security.Patching.Note":      measureNote,
	"security.Training.Note":      measureNote,
	"security.MobileMedia.Note":   measureNote,
	"security.Disposal.Note":      measureNote,
	"security.Testing.Note":       measureNote,

	"security.Encryption.Standard": {
		Title: i18n.Text{EN: "Standard", SV: "Standard", NB: "Standard", DA: "Standard"},
		Description: i18n.Text{
			EN: "The algorithm or protocol required, such as AES-256 or TLS 1.2 or later. Leave blank for recognised industry practice.",
			SV: "Den algoritm eller det protokoll som krävs, till exempel AES-256 eller TLS 1.2 eller senare. Lämna tomt för vedertagen branschpraxis.",
			NB: "Algoritmen eller protokollet som kreves, for eksempel AES-256 eller TLS 1.2 eller nyere. La feltet stå tomt for anerkjent bransjepraksis.",
			DA: "Den algoritme eller protokol, der kræves, for eksempel AES-256 eller TLS 1.2 eller nyere. Lad feltet stå tomt for anerkendt branchepraksis.",
		},
	},
	"security.AccessControl.ReviewInterval": {
		Title: i18n.Text{EN: "Review access every", SV: "Granska behörigheter var", NB: "Gjennomgå tilganger hver", DA: "Gennemgå adgange hver"},
		Description: i18n.Text{
			EN: "How often access rights are reviewed, such as 6 months. Leave blank if the agreement sets no interval.",
			SV: "Hur ofta behörigheterna granskas, till exempel 6 månader. Lämna tomt om avtalet inte anger något intervall.",
			NB: "Hvor ofte tilgangene gjennomgås, for eksempel 6 måneder. La feltet stå tomt hvis avtalen ikke fastsetter noe intervall.",
			DA: "Hvor ofte adgangsrettighederne gennemgås, for eksempel 6 måneder. Lad feltet stå tomt, hvis aftalen ikke fastsætter noget interval.",
		},
	},
	"security.Logging.Content": {
		Title: i18n.Text{EN: "Each log entry records", SV: "Varje loggpost innehåller", NB: "Hver logglinje inneholder", DA: "Hver logpost indeholder"},
		Description: i18n.Text{
			EN: "Tick what every log entry must hold. Leave empty if the agreement does not list it.",
			SV: "Markera vad varje loggpost måste innehålla. Lämna tomt om avtalet inte räknar upp det.",
			NB: "Kryss av for hva hver logglinje må inneholde. La feltet stå tomt hvis avtalen ikke lister det opp.",
			DA: "Markér, hvad hver logpost skal indeholde. Lad feltet stå tomt, hvis aftalen ikke opregner det.",
		},
	},
	"security.Logging.Retention": {
		Title: i18n.Text{EN: "Keep logs for", SV: "Spara loggar i", NB: "Oppbevar logger i", DA: "Opbevar logs i"},
		Description: i18n.Text{
			EN: "How long logs are kept before they may be deleted, such as 13 months or 5 years.",
			SV: "Hur länge loggarna sparas innan de får raderas, till exempel 13 månader eller 5 år.",
			NB: "Hvor lenge loggene oppbevares før de kan slettes, for eksempel 13 måneder eller 5 år.",
			DA: "Hvor længe logs opbevares, før de må slettes, for eksempel 13 måneder eller 5 år.",
		},
	},
	"security.Logging.SpotChecks": {
		Title: i18n.Text{EN: "Systematic spot checks", SV: "Systematiska stickprov", NB: "Systematiske stikkprøver", DA: "Systematiske stikprøver"},
		Description: i18n.Text{
			EN: "Tick if the processor must check the logs by systematic, recurring spot checks.",
			SV: "Markera om personuppgiftsbiträdet ska kontrollera loggarna genom systematiska och återkommande stickprov.",
			NB: "Kryss av hvis databehandleren skal kontrollere loggene med systematiske og jevnlige stikkprøver.",
			DA: "Markér, hvis databehandleren skal kontrollere logs ved systematiske og tilbagevendende stikprøver.",
		},
	},
	"security.Logging.ChecksDocumented": {
		Title: i18n.Text{EN: "Checks documented", SV: "Kontrollerna dokumenteras", NB: "Kontrollene dokumenteres", DA: "Kontrollerne dokumenteres"},
		Description: i18n.Text{
			EN: "Tick if the log checks must be documented.",
			SV: "Markera om kontrollerna av loggarna ska dokumenteras.",
			NB: "Kryss av hvis kontrollene av loggene skal dokumenteres.",
			DA: "Markér, hvis kontrollerne af logs skal dokumenteres.",
		},
	},
	"security.Logging.LockoutAfterFailures": {
		Title: i18n.Text{EN: "Lock out after failed log-ins", SV: "Spärra efter misslyckade inloggningar", NB: "Sperre etter mislykkede pålogginger", DA: "Spær efter mislykkede logins"},
		Description: i18n.Text{
			EN: "The number of failed log-ins in a row after which a user is blocked, such as 5. Leave blank if no lockout is agreed.",
			SV: "Antal misslyckade inloggningar i följd varefter en användare spärras, till exempel 5. Lämna tomt om ingen spärr har avtalats.",
			NB: "Antall mislykkede pålogginger på rad før en bruker sperres, for eksempel 5. La feltet stå tomt hvis det ikke er avtalt noen sperre.",
			DA: "Antal mislykkede logins i træk, hvorefter en bruger spærres, for eksempel 5. Lad feltet stå tomt, hvis der ikke er aftalt nogen spærring.",
		},
	},
	"security.Backup.Interval": {
		Title: i18n.Text{EN: "Back up every", SV: "Säkerhetskopiera var", NB: "Ta sikkerhetskopi hver", DA: "Tag backup hver"},
		Description: i18n.Text{
			EN: "How often a backup is taken, such as 1 day. Leave blank if the agreement only asks for regular backups.",
			SV: "Hur ofta en säkerhetskopia tas, till exempel 1 dag. Lämna tomt om avtalet bara kräver regelbundna säkerhetskopior.",
			NB: "Hvor ofte det tas sikkerhetskopi, for eksempel 1 dag. La feltet stå tomt hvis avtalen bare krever jevnlige sikkerhetskopier.",
			DA: "Hvor ofte der tages backup, for eksempel 1 dag. Lad feltet stå tomt, hvis aftalen kun kræver regelmæssig backup.",
		},
	},
	"security.Backup.RestoreTestInterval": {
		Title: i18n.Text{EN: "Test restore every", SV: "Testa återläsning var", NB: "Test gjenoppretting hver", DA: "Test genetablering hver"},
		Description: i18n.Text{
			EN: "How often restoring from a backup is tested, such as 12 months. Leave blank if the agreement sets no interval.",
			SV: "Hur ofta återläsning från säkerhetskopia testas, till exempel 12 månader. Lämna tomt om avtalet inte anger något intervall.",
			NB: "Hvor ofte gjenoppretting fra sikkerhetskopi testes, for eksempel 12 måneder. La feltet stå tomt hvis avtalen ikke fastsetter noe intervall.",
			DA: "Hvor ofte genetablering fra backup testes, for eksempel 12 måneder. Lad feltet stå tomt, hvis aftalen ikke fastsætter noget interval.",
		},
	},
	"security.Continuity.ExerciseInterval": interval("the contingency plan is exercised", "beredskapsplanen övas", "beredskapsplanen øves", "beredskabsplanen afprøves"),
	"security.RemoteWork.VPN": {
		Title: i18n.Text{EN: "VPN required", SV: "VPN krävs", NB: "VPN kreves", DA: "VPN kræves"},
		Description: i18n.Text{
			EN: "Tick if remote access must go through a VPN or a technology that protects as well.",
			SV: "Markera om åtkomst på distans måste ske via VPN eller en teknik som skyddar lika väl.",
			NB: "Kryss av hvis fjerntilgang må gå via VPN eller en teknologi som beskytter like godt.",
			DA: "Markér, hvis fjernadgang skal ske via VPN eller en teknologi, der beskytter lige så godt.",
		},
	},
	"security.RemoteWork.MFA": {
		Title: i18n.Text{EN: "Multi-factor authentication required", SV: "Flerfaktorsautentisering krävs", NB: "Flerfaktorautentisering kreves", DA: "Flerfaktorgodkendelse kræves"},
		Description: i18n.Text{
			EN: "Tick if remote users must sign in with multi-factor authentication or an equivalent safeguard.",
			SV: "Markera om användare på distans måste logga in med flerfaktorsautentisering eller ett likvärdigt skydd.",
			NB: "Kryss av hvis brukere med fjerntilgang må logge på med flerfaktorautentisering eller en tilsvarende sikring.",
			DA: "Markér, hvis brugere med fjernadgang skal logge ind med flerfaktorgodkendelse eller en tilsvarende sikring.",
		},
	},
	"security.Patching.CriticalWithin": {
		Title: i18n.Text{EN: "Install critical updates within", SV: "Installera kritiska uppdateringar inom", NB: "Installer kritiske oppdateringer innen", DA: "Installér kritiske opdateringer inden for"},
		Description: i18n.Text{
			EN: "The longest time to install a critical security update after its release, such as 14 days. Leave blank for without undue delay.",
			SV: "Längsta tid för att installera en kritisk säkerhetsuppdatering efter att den släppts, till exempel 14 dagar. Lämna tomt för utan onödigt dröjsmål.",
			NB: "Lengste tid for å installere en kritisk sikkerhetsoppdatering etter at den er utgitt, for eksempel 14 dager. La feltet stå tomt for uten ugrunnet opphold.",
			DA: "Længste tid til at installere en kritisk sikkerhedsopdatering efter udgivelsen, for eksempel 14 dage. Lad feltet stå tomt for uden unødig forsinkelse.",
		},
	},
	"security.Training.Interval": interval("staff are trained", "personalen utbildas", "de ansatte får opplæring", "medarbejderne uddannes"),
	"security.MobileMedia.Encrypted": {
		Title: i18n.Text{EN: "Encrypted", SV: "Krypterade", NB: "Kryptert", DA: "Krypteret"},
		Description: i18n.Text{
			EN: "Tick if media holding personal data must be encrypted.",
			SV: "Markera om lagringsmedier med personuppgifter måste krypteras.",
			NB: "Kryss av hvis lagringsmedier med personopplysninger må krypteres.",
			DA: "Markér, hvis lagringsmedier med personoplysninger skal krypteres.",
		},
	},
	"security.MobileMedia.Register": {
		Title: i18n.Text{EN: "Register of media", SV: "Register över medier", NB: "Register over medier", DA: "Fortegnelse over medier"},
		Description: i18n.Text{
			EN: "Tick if the processor must keep a register of the media used for the processing.",
			SV: "Markera om personuppgiftsbiträdet måste föra register över de medier som används i behandlingen.",
			NB: "Kryss av hvis databehandleren må føre register over mediene som brukes i behandlingen.",
			DA: "Markér, hvis databehandleren skal føre en fortegnelse over de medier, der bruges i behandlingen.",
		},
	},
	"security.Disposal.Documented": {
		Title: i18n.Text{EN: "Disposal documented", SV: "Kassering dokumenteras", NB: "Kassering dokumenteres", DA: "Kassation dokumenteres"},
		Description: i18n.Text{
			EN: "Tick if each disposal must be documented and the documentation shown to the controller on request.",
			SV: "Markera om varje kassering ska dokumenteras och dokumentationen visas för den personuppgiftsansvarige på begäran.",
			NB: "Kryss av hvis hver kassering skal dokumenteres og dokumentasjonen vises den behandlingsansvarlige på forespørsel.",
			DA: "Markér, hvis hver kassation skal dokumenteres og dokumentationen forevises den dataansvarlige på anmodning.",
		},
	},
	"security.Testing.Interval": interval("the measures are tested and evaluated", "åtgärderna testas och utvärderas", "tiltakene testes og evalueres", "foranstaltningerne afprøves og evalueres"),
}

// measureFieldTerms names each field of security.Requirements after its
// measure in security.Catalogue: the field's JSON name is the measure's id.
// A field without a measure panics, so that any test run finds it.
func measureFieldTerms() map[Key]Term {
	out := map[Key]Term{}
	t := reflect.TypeFor[security.Requirements]()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		d, ok := security.MeasureID(name).Def()
		if !ok {
			panic("terms: no measure in security.Catalogue for field " + f.Name)
		}
		out[FieldKey(t, f.Name)] = Term{Title: d.Name, Description: d.Description}
	}
	return out
}
