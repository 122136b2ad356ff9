package security

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// AuditForm is a way for the processor to show the controller that it
// complies (GDPR Art. 28(3)(h)): an assurance report, a certificate, a
// self-declaration or an inspection. In JSON it is a kebab-case string such
// as "isae3000-type2".
type AuditForm string

// The audit forms. A type 1 report describes the controls as designed at a
// given date; a type 2 report also tests how they operated over a period,
// usually twelve months.
const (
	// ISAE3000Type2 is an ISAE 3000 (GDPR) type 2 assurance report by an
	// independent auditor (in Denmark a "revisorerklæring").
	ISAE3000Type2 AuditForm = "isae3000-type2"
	// ISAE3000Type1 is an ISAE 3000 (GDPR) type 1 assurance report.
	ISAE3000Type1 AuditForm = "isae3000-type1"
	// ISAE3402Type1 is an ISAE 3402 type 1 report on a service
	// organisation's controls.
	ISAE3402Type1 AuditForm = "isae3402-type1"
	// ISAE3402Type2 is an ISAE 3402 type 2 report on a service
	// organisation's controls.
	ISAE3402Type2 AuditForm = "isae3402-type2"
	// SOC2Type1 is an AICPA SOC 2 Type I report.
	SOC2Type1 AuditForm = "soc2-type1"
	// SOC2Type2 is an AICPA SOC 2 Type II report.
	SOC2Type2 AuditForm = "soc2-type2"
	// ISO27001 is an ISO/IEC 27001 certificate of the processor's information
	// security management system.
	ISO27001 AuditForm = "iso27001"
	// SelfDeclaration is a written statement of compliance by the processor
	// itself.
	SelfDeclaration AuditForm = "self-declaration"
	// Inspection is an inspection of the processor by the controller or an
	// auditor the controller mandates.
	Inspection AuditForm = "inspection"
)

// auditForms reads [AuditForms].
var auditForms = enum.Of(AuditForms)

// Def returns the definition of f from [AuditForms], and false when f is not
// an audit form.
func (f AuditForm) Def() (AuditFormDef, bool) { return auditForms.Def(f) }

// Valid reports whether f is one of [AuditForms].
func (f AuditForm) Valid() bool { return auditForms.Valid(f) }

// In returns the form's name in language lang, falling back to English, or
// the value as written when it is not a form; it makes an AuditForm a
// localized argument of finding messages.
func (f AuditForm) In(lang i18n.Lang) string { return auditForms.In(f, lang) }

// Assurance ranks how strong the evidence of f is, from 1 to 5, and is 0
// when f is not an audit form:
//
//   - 1 [SelfDeclaration]: the processor vouches for itself; nobody
//     independent has looked.
//   - 2 type 1 reports ([ISAE3000Type1], [ISAE3402Type1], [SOC2Type1]): an
//     independent auditor has looked at how the controls are designed at one
//     date, but not whether they work.
//   - 3 [ISO27001]: an accredited body certifies a working management system
//     and audits it every year, but the processor chooses its scope and the
//     certificate is no opinion on the controls this agreement requires.
//   - 4 type 2 reports ([ISAE3000Type2], [ISAE3402Type2], [SOC2Type2]): an
//     independent auditor has tested that the controls operated throughout a
//     period. They rank alike: ISAE 3000 (GDPR) is aimed at data protection,
//     but seed 004 Bilag C.7 names it as the report to get, and the other
//     two are accepted in practice as equivalent when their scope covers the
//     agreement's requirements.
//   - 5 [Inspection]: the controller, or an auditor it chooses, examines the
//     processor directly and can look at whatever it needs to.
func (f AuditForm) Assurance() int {
	switch f {
	case SelfDeclaration:
		return 1
	case ISAE3000Type1, ISAE3402Type1, SOC2Type1:
		return 2
	case ISO27001:
		return 3
	case ISAE3000Type2, ISAE3402Type2, SOC2Type2:
		return 4
	case Inspection:
		return 5
	}
	return 0
}

// Satisfies reports whether f is enough evidence for an agreement at level
// l. It is false when f or l is invalid.
//
// The rule follows seed 004 Bilag C.7: at a considerable or high level the
// processor must deliver an annual independent type 2 report (ISAE 3000
// GDPR type 2, or an equivalent ISAE 3402 type 2 or SOC 2 Type II report);
// at a very low or basic level an annual self-declaration is enough, so
// every form satisfies those levels. An [Inspection] satisfies every level.
// Type 1 reports and an ISO/IEC 27001 certificate do not satisfy
// considerable or high: neither shows that the controls worked over time.
//
// In terms of ranks, f satisfies l exactly when f.Assurance() is at least
// l.MinimumAudit().Assurance().
func (f AuditForm) Satisfies(l Level) bool {
	need := l.MinimumAudit().Assurance()
	return need != 0 && f.Assurance() >= need
}

// AuditFormDef defines an [AuditForm]: its ID, its Name as written in an
// agreement and a Description of what the form is and who makes it, in
// each language.
type AuditFormDef = enum.Def[AuditForm]

// AuditForms defines every [AuditForm], ordered by [AuditForm.Assurance]
// from the strongest evidence to the weakest, as a form in an agreement
// would offer them.
var AuditForms = []AuditFormDef{
	{
		ID: Inspection,
		Name: i18n.Text{
			EN: "Inspection",
			SV: "Inspektion",
			NB: "Inspeksjon",
			DA: "Inspektion",
		},
		Description: i18n.Text{
			EN: "An inspection of the processor's premises, systems and records, made by the controller or by an auditor the controller mandates.",
			SV: "Inspektion av personuppgiftsbiträdets lokaler, system och dokumentation, utförd av den personuppgiftsansvarige eller av en revisor som denne har utsett.",
			NB: "Inspeksjon av databehandlerens lokaler, systemer og dokumentasjon, utført av den behandlingsansvarlige eller av en revisor som den behandlingsansvarlige har utpekt.",
			DA: "Inspektion af databehandlerens lokaler, systemer og dokumentation, foretaget af den dataansvarlige eller af en revisor, som den dataansvarlige har bemyndiget.",
		},
	},
	{
		ID: ISAE3000Type2,
		Name: i18n.Text{
			EN: "ISAE 3000 (GDPR) type 2 assurance report",
			SV: "ISAE 3000-rapport (GDPR), typ 2",
			NB: "ISAE 3000-erklæring (GDPR), type 2",
			DA: "ISAE 3000-erklæring (GDPR), type 2",
		},
		Description: i18n.Text{
			EN: "An independent auditor's reasonable-assurance report under ISAE 3000 on compliance with the GDPR and the agreement, covering how the controls operated over a period, usually twelve months.",
			SV: "En oberoende revisors rapport med hög grad av säkerhet enligt ISAE 3000 om efterlevnaden av dataskyddsförordningen och avtalet, som omfattar hur kontrollerna har fungerat under en period, oftast tolv månader.",
			NB: "En uavhengig revisors erklæring med betryggende sikkerhet etter ISAE 3000 om etterlevelsen av personvernforordningen og avtalen, som dekker hvordan kontrollene har virket over en periode, som regel tolv måneder.",
			DA: "En uafhængig revisors erklæring med høj grad af sikkerhed efter ISAE 3000 om overholdelsen af databeskyttelsesforordningen og aftalen, som dækker, hvordan kontrollerne har fungeret i en periode, typisk tolv måneder.",
		},
	},
	{
		ID: ISAE3402Type2,
		Name: i18n.Text{
			EN: "ISAE 3402 type 2 assurance report",
			SV: "ISAE 3402-rapport, typ 2",
			NB: "ISAE 3402-erklæring, type 2",
			DA: "ISAE 3402-erklæring, type 2",
		},
		Description: i18n.Text{
			EN: "An independent auditor's report under ISAE 3402 on how a service organisation's controls are designed and how effectively they operated over a period.",
			SV: "En oberoende revisors rapport enligt ISAE 3402 om hur en tjänsteleverantörs kontroller är utformade och hur effektivt de har fungerat under en period.",
			NB: "En uavhengig revisors erklæring etter ISAE 3402 om hvordan en tjenesteleverandørs kontroller er utformet, og hvor effektivt de har virket over en periode.",
			DA: "En uafhængig revisors erklæring efter ISAE 3402 om, hvordan en serviceleverandørs kontroller er udformet, og hvor effektivt de har fungeret i en periode.",
		},
	},
	{
		ID: SOC2Type2,
		Name: i18n.Text{
			EN: "SOC 2 Type II report",
			SV: "SOC 2-rapport, typ II",
			NB: "SOC 2-rapport, type II",
			DA: "SOC 2-rapport, type II",
		},
		Description: i18n.Text{
			EN: "An auditor's report under the AICPA SOC 2 framework on controls for security, availability, processing integrity, confidentiality and privacy, testing how they operated over a period.",
			SV: "En revisors rapport enligt AICPA:s ramverk SOC 2 om kontroller för säkerhet, tillgänglighet, behandlingsintegritet, konfidentialitet och integritetsskydd, där det prövas hur kontrollerna har fungerat under en period.",
			NB: "En revisors rapport etter AICPAs rammeverk SOC 2 om kontroller for sikkerhet, tilgjengelighet, behandlingsintegritet, konfidensialitet og personvern, der det testes hvordan kontrollene har virket over en periode.",
			DA: "En revisors rapport efter AICPA's SOC 2-rammeværk om kontroller for sikkerhed, tilgængelighed, behandlingsintegritet, fortrolighed og privatlivsbeskyttelse, hvor det afprøves, hvordan kontrollerne har fungeret i en periode.",
		},
	},
	{
		ID: ISO27001,
		Name: i18n.Text{
			EN: "ISO/IEC 27001 certificate",
			SV: "ISO/IEC 27001-certifikat",
			NB: "ISO/IEC 27001-sertifikat",
			DA: "ISO/IEC 27001-certifikat",
		},
		Description: i18n.Text{
			EN: "A certificate from an accredited certification body that the processor runs an information security management system meeting ISO/IEC 27001, kept up by yearly surveillance audits. The processor decides its scope.",
			SV: "Ett certifikat från ett ackrediterat certifieringsorgan om att personuppgiftsbiträdet har ett ledningssystem för informationssäkerhet som uppfyller ISO/IEC 27001 och som följs upp med årliga revisioner. Personuppgiftsbiträdet bestämmer omfattningen.",
			NB: "Et sertifikat fra et akkreditert sertifiseringsorgan om at databehandleren har et styringssystem for informasjonssikkerhet som oppfyller ISO/IEC 27001, og som følges opp med årlige revisjoner. Databehandleren bestemmer omfanget.",
			DA: "Et certifikat fra et akkrediteret certificeringsorgan om, at databehandleren har et ledelsessystem for informationssikkerhed, der opfylder ISO/IEC 27001, og som følges op med årlige revisioner. Databehandleren fastlægger omfanget.",
		},
	},
	{
		ID: ISAE3000Type1,
		Name: i18n.Text{
			EN: "ISAE 3000 (GDPR) type 1 assurance report",
			SV: "ISAE 3000-rapport (GDPR), typ 1",
			NB: "ISAE 3000-erklæring (GDPR), type 1",
			DA: "ISAE 3000-erklæring (GDPR), type 1",
		},
		Description: i18n.Text{
			EN: "An independent auditor's report under ISAE 3000 on how the controls for the GDPR and the agreement are designed and put in place at a given date, without testing how they operated over time.",
			SV: "En oberoende revisors rapport enligt ISAE 3000 om hur kontrollerna för dataskyddsförordningen och avtalet är utformade och införda vid en viss tidpunkt, utan prövning av hur de har fungerat över tid.",
			NB: "En uavhengig revisors erklæring etter ISAE 3000 om hvordan kontrollene for personvernforordningen og avtalen er utformet og innført på et gitt tidspunkt, uten testing av hvordan de har virket over tid.",
			DA: "En uafhængig revisors erklæring efter ISAE 3000 om, hvordan kontrollerne for databeskyttelsesforordningen og aftalen er udformet og implementeret på et givet tidspunkt, uden afprøvning af, hvordan de har fungeret over tid.",
		},
	},
	{
		ID: ISAE3402Type1,
		Name: i18n.Text{
			EN: "ISAE 3402 type 1 assurance report",
			SV: "ISAE 3402-rapport, typ 1",
			NB: "ISAE 3402-erklæring, type 1",
			DA: "ISAE 3402-erklæring, type 1",
		},
		Description: i18n.Text{
			EN: "An independent auditor's report under ISAE 3402 on a service organisation's controls as they are designed at a given date.",
			SV: "En oberoende revisors rapport enligt ISAE 3402 om en tjänsteleverantörs kontroller så som de är utformade vid en viss tidpunkt.",
			NB: "En uavhengig revisors erklæring etter ISAE 3402 om en tjenesteleverandørs kontroller slik de er utformet på et gitt tidspunkt.",
			DA: "En uafhængig revisors erklæring efter ISAE 3402 om en serviceleverandørs kontroller, som de er udformet på et givet tidspunkt.",
		},
	},
	{
		ID: SOC2Type1,
		Name: i18n.Text{
			EN: "SOC 2 Type I report",
			SV: "SOC 2-rapport, typ I",
			NB: "SOC 2-rapport, type I",
			DA: "SOC 2-rapport, type I",
		},
		Description: i18n.Text{
			EN: "An auditor's report under the AICPA SOC 2 framework on controls for security, availability, processing integrity, confidentiality and privacy, as they are designed at a given date.",
			SV: "En revisors rapport enligt AICPA:s ramverk SOC 2 om kontroller för säkerhet, tillgänglighet, behandlingsintegritet, konfidentialitet och integritetsskydd, så som de är utformade vid en viss tidpunkt.",
			NB: "En revisors rapport etter AICPAs rammeverk SOC 2 om kontroller for sikkerhet, tilgjengelighet, behandlingsintegritet, konfidensialitet og personvern, slik de er utformet på et gitt tidspunkt.",
			DA: "En revisors rapport efter AICPA's SOC 2-rammeværk om kontroller for sikkerhed, tilgængelighed, behandlingsintegritet, fortrolighed og privatlivsbeskyttelse, som de er udformet på et givet tidspunkt.",
		},
	},
	{
		ID: SelfDeclaration,
		Name: i18n.Text{
			EN: "Self-declaration",
			SV: "Egenförsäkran",
			NB: "Egenerklæring",
			DA: "Egenerklæring",
		},
		Description: i18n.Text{
			EN: "A written statement by the processor itself, without an independent auditor, that it complies with the GDPR and the agreement.",
			SV: "En skriftlig försäkran från personuppgiftsbiträdet självt, utan oberoende revisor, om att det följer dataskyddsförordningen och avtalet.",
			NB: "En skriftlig erklæring fra databehandleren selv, uten uavhengig revisor, om at den overholder personvernforordningen og avtalen.",
			DA: "En skriftlig erklæring fra databehandleren selv, uden uafhængig revisor, om at den overholder databeskyttelsesforordningen og aftalen.",
		},
	},
}
