package transfer

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// Mechanism is the legal ground in Chapter V of the GDPR that a transfer to a
// third country or an international organisation rests on. The values are
// defined in [Mechanisms].
type Mechanism string

// The transfer mechanisms, in the order of the hierarchy of Chapter V: an
// adequacy decision, then appropriate safeguards under Art. 46, then, as a
// last resort, the derogations of Art. 49.
const (
	// Adequacy: an adequacy decision of the Commission covers the location
	// (Art. 45). See [DecisionFor].
	Adequacy Mechanism = "adequacy"
	// SCC: the standard contractual clauses of Implementing Decision (EU)
	// 2021/914 (Art. 46(2)(c)); [Basis.SCCModule] names the module, 1 to 4.
	SCC Mechanism = "scc"
	// BCR: binding corporate rules approved under Art. 47 (Art. 46(2)(b)).
	BCR Mechanism = "bcr"
	// CodeOfConduct: an approved code of conduct with binding commitments of
	// the recipient (Art. 46(2)(e), Art. 40).
	CodeOfConduct Mechanism = "code-of-conduct"
	// Certification: an approved certification mechanism with binding
	// commitments of the recipient (Art. 46(2)(f), Art. 42).
	Certification Mechanism = "certification"
	// AdHocClauses: contractual clauses authorised by the competent
	// supervisory authority (Art. 46(3)(a)).
	AdHocClauses Mechanism = "ad-hoc-clauses"
	// PublicBodyInstrument: a legally binding and enforceable instrument
	// between public authorities or bodies (Art. 46(2)(a)).
	PublicBodyInstrument Mechanism = "public-body-instrument"
	// Derogation: one of the derogations of Art. 49(1)(a) to (g);
	// [Basis.Derogation] names the letter.
	Derogation Mechanism = "derogation"
	// CompellingInterests: the compelling legitimate interests of the
	// controller, Art. 49(1) second subparagraph, the last resort.
	CompellingInterests Mechanism = "compelling-legitimate-interests"
)

// MechanismDef defines a [Mechanism]: its ID, its short Name as a heading
// or a choice in a form, a Description of one or two sentences for the
// agreement or a tooltip, in each language, and its legal Ref, such as
// "GDPR Art. 46(2)(c)".
type MechanismDef = enum.Def[Mechanism]

// Mechanisms defines every [Mechanism], in the order of the constants.
// Source: DOMAIN.md §2.1–§2.4 (GDPR Arts 45, 46, 47, 49; Implementing
// Decision (EU) 2021/914); terms from DOMAIN.md §3 (official GDPR
// translations). Terms that §3 does not list (code of conduct, certification
// mechanism, derogations) follow the wording of Arts 40, 42 and 49 of the
// Swedish, Norwegian and Danish texts of the GDPR.
var Mechanisms = []MechanismDef{
	{
		ID: Adequacy,
		Name: i18n.Text{
			EN: "Adequacy decision",
			SV: "Beslut om adekvat skyddsnivå",
			NB: "Beslutning om tilstrekkelig beskyttelsesnivå",
			DA: "Afgørelse om tilstrækkeligheden af beskyttelsesniveauet",
		},
		Description: i18n.Text{
			EN: "The Commission has decided under Article 45 that the country or international organisation ensures an adequate level of protection; no further safeguard is needed.",
			SV: "Kommissionen har genom ett beslut enligt artikel 45 fastställt att landet eller den internationella organisationen säkerställer en adekvat skyddsnivå; inga ytterligare skyddsåtgärder behövs.",
			NB: "Kommisjonen har i en beslutning etter artikkel 45 fastslått at landet eller den internasjonale organisasjonen sikrer et tilstrekkelig beskyttelsesnivå; det trengs ingen ytterligere garantier.",
			DA: "Kommissionen har ved en afgørelse efter artikel 45 fastslået, at landet eller den internationale organisation sikrer et tilstrækkeligt beskyttelsesniveau; der kræves ingen yderligere garantier.",
		},
		Ref: "GDPR Art. 45",
	},
	{
		ID: SCC,
		Name: i18n.Text{
			EN: "Standard contractual clauses (standard data protection clauses under Article 46(2)(c); Commission Implementing Decision (EU) 2021/914)",
			SV: "Standardavtalsklausuler (standardiserade dataskyddsbestämmelser enligt artikel 46.2 c; kommissionens genomförandebeslut (EU) 2021/914)",
			NB: "Standard personvernbestemmelser (artikkel 46 nr. 2 bokstav c; Kommisjonens gjennomføringsbeslutning (EU) 2021/914)",
			DA: "Standardbestemmelser om databeskyttelse vedtaget af Kommissionen (artikel 46, stk. 2, litra c; standardkontraktbestemmelserne i gennemførelsesafgørelse (EU) 2021/914)",
		},
		Description: i18n.Text{
			EN: "The standard data protection clauses of Commission Implementing Decision (EU) 2021/914, with one of Modules One to Four.",
			SV: "Standardavtalsklausuler (standardiserade dataskyddsbestämmelser) som kommissionen har antagit genom genomförandebeslut (EU) 2021/914, med en av modulerna ett till fyra.",
			NB: "Standard personvernbestemmelser som Kommisjonen har vedtatt i gjennomføringsbeslutning (EU) 2021/914, med én av modulene én til fire.",
			DA: "Standardkontraktbestemmelser (standardbestemmelser om databeskyttelse), som Kommissionen har vedtaget ved gennemførelsesafgørelse (EU) 2021/914, med et af modulerne et til fire.",
		},
		Ref: "GDPR Art. 46(2)(c); Implementing Decision (EU) 2021/914",
	},
	{
		ID: BCR,
		Name: i18n.Text{
			EN: "Binding corporate rules",
			SV: "Bindande företagsbestämmelser",
			NB: "Bindende virksomhetsregler",
			DA: "Bindende virksomhedsregler",
		},
		Description: i18n.Text{
			EN: "Binding corporate rules approved by the competent supervisory authority under Article 47.",
			SV: "Bindande företagsbestämmelser som behörig tillsynsmyndighet har godkänt enligt artikel 47.",
			NB: "Bindende virksomhetsregler som vedkommende tilsynsmyndighet har godkjent etter artikkel 47.",
			DA: "Bindende virksomhedsregler, som den kompetente tilsynsmyndighed har godkendt efter artikel 47.",
		},
		Ref: "GDPR Art. 46(2)(b), Art. 47",
	},
	{
		ID: CodeOfConduct,
		Name: i18n.Text{
			EN: "Approved code of conduct",
			SV: "Godkänd uppförandekod",
			NB: "Godkjent atferdsnorm",
			DA: "Godkendt adfærdskodeks",
		},
		Description: i18n.Text{
			EN: "An approved code of conduct under Article 40 together with binding and enforceable commitments of the recipient in the third country.",
			SV: "En godkänd uppförandekod enligt artikel 40 tillsammans med bindande och verkställbara åtaganden från mottagaren i tredjelandet.",
			NB: "En godkjent atferdsnorm etter artikkel 40 sammen med bindende og håndhevbare forpliktelser fra mottakeren i tredjestaten.",
			DA: "Et godkendt adfærdskodeks efter artikel 40 sammen med bindende og håndhævelige forpligtelser fra modtageren i tredjelandet.",
		},
		Ref: "GDPR Art. 46(2)(e), Art. 40",
	},
	{
		ID: Certification,
		Name: i18n.Text{
			EN: "Approved certification mechanism",
			SV: "Godkänd certifieringsmekanism",
			NB: "Godkjent sertifiseringsmekanisme",
			DA: "Godkendt certificeringsmekanisme",
		},
		Description: i18n.Text{
			EN: "An approved certification mechanism under Article 42 together with binding and enforceable commitments of the recipient in the third country.",
			SV: "En godkänd certifieringsmekanism enligt artikel 42 tillsammans med bindande och verkställbara åtaganden från mottagaren i tredjelandet.",
			NB: "En godkjent sertifiseringsmekanisme etter artikkel 42 sammen med bindende og håndhevbare forpliktelser fra mottakeren i tredjestaten.",
			DA: "En godkendt certificeringsmekanisme efter artikel 42 sammen med bindende og håndhævelige forpligtelser fra modtageren i tredjelandet.",
		},
		Ref: "GDPR Art. 46(2)(f), Art. 42",
	},
	{
		ID: AdHocClauses,
		Name: i18n.Text{
			EN: "Ad hoc contractual clauses",
			SV: "Särskilda avtalsklausuler",
			NB: "Særskilte avtalevilkår",
			DA: "Særlige kontraktbestemmelser",
		},
		Description: i18n.Text{
			EN: "Contractual clauses that the exporter and the recipient have drawn up themselves and that the competent supervisory authority has authorised.",
			SV: "Avtalsklausuler som dataexportören och mottagaren själva har tagit fram och som behörig tillsynsmyndighet har godkänt.",
			NB: "Avtalevilkår som dataeksportøren og mottakeren selv har utarbeidet, og som vedkommende tilsynsmyndighet har godkjent.",
			DA: "Kontraktbestemmelser, som dataeksportøren og modtageren selv har udarbejdet, og som den kompetente tilsynsmyndighed har godkendt.",
		},
		Ref: "GDPR Art. 46(3)(a)",
	},
	{
		ID: PublicBodyInstrument,
		Name: i18n.Text{
			EN: "Instrument between public authorities",
			SV: "Instrument mellan offentliga myndigheter",
			NB: "Instrument mellom offentlige myndigheter",
			DA: "Instrument mellem offentlige myndigheder",
		},
		Description: i18n.Text{
			EN: "A legally binding and enforceable instrument between public authorities or bodies.",
			SV: "Ett rättsligt bindande och verkställbart instrument mellan offentliga myndigheter eller organ.",
			NB: "Et rettslig bindende og håndhevbart instrument mellom offentlige myndigheter eller organer.",
			DA: "Et retligt bindende og håndhæveligt instrument mellem offentlige myndigheder eller organer.",
		},
		Ref: "GDPR Art. 46(2)(a)",
	},
	{
		ID: Derogation,
		Name: i18n.Text{
			EN: "Derogation for a specific situation",
			SV: "Undantag i en särskild situation",
			NB: "Unntak i en særlig situasjon",
			DA: "Undtagelse i en særlig situation",
		},
		Description: i18n.Text{
			EN: "One of the derogations in Article 49(1)(a) to (g), such as explicit consent; they are read restrictively and may be used only when there is neither an adequacy decision nor appropriate safeguards.",
			SV: "Ett av undantagen i artikel 49.1 a–g, till exempel uttryckligt samtycke; de tolkas restriktivt och får användas bara när det varken finns ett beslut om adekvat skyddsnivå eller lämpliga skyddsåtgärder.",
			NB: "Ett av unntakene i artikkel 49 nr. 1 bokstav a–g, for eksempel uttrykkelig samtykke; de tolkes snevert og kan bare brukes når det verken finnes en beslutning om tilstrekkelig beskyttelsesnivå eller nødvendige garantier.",
			DA: "En af undtagelserne i artikel 49, stk. 1, litra a–g, for eksempel udtrykkeligt samtykke; de fortolkes indskrænkende og må kun bruges, når der hverken foreligger en afgørelse om tilstrækkeligheden af beskyttelsesniveauet eller fornødne garantier.",
		},
		Ref: "GDPR Art. 49(1)(a)–(g)",
	},
	{
		ID: CompellingInterests,
		Name: i18n.Text{
			EN: "Compelling legitimate interests",
			SV: "Tvingande berättigade intressen",
			NB: "Tvingende berettigede interesser",
			DA: "Vægtige legitime interesser",
		},
		Description: i18n.Text{
			EN: "The last resort of Article 49(1), second subparagraph: a transfer that is not repetitive, concerns only a limited number of data subjects and is necessary for compelling legitimate interests of the controller; the supervisory authority and the data subject must be informed.",
			SV: "Sista utvägen enligt artikel 49.1 andra stycket: en överföring som inte är upprepad, bara gäller ett begränsat antal registrerade och är nödvändig för den personuppgiftsansvariges tvingande berättigade intressen; tillsynsmyndigheten och den registrerade ska informeras.",
			NB: "Siste utvei etter artikkel 49 nr. 1 annet ledd: en overføring som ikke gjentas, bare gjelder et begrenset antall registrerte og er nødvendig for den behandlingsansvarliges tvingende berettigede interesser; tilsynsmyndigheten og den registrerte skal underrettes.",
			DA: "Sidste udvej efter artikel 49, stk. 1, andet afsnit: en overførsel, der ikke gentages, kun vedrører et begrænset antal registrerede og er nødvendig af hensyn til den dataansvarliges vægtige legitime interesser; tilsynsmyndigheden og den registrerede skal underrettes.",
		},
		Ref: "GDPR Art. 49(1) second subparagraph",
	},
}

// mechanisms reads [Mechanisms].
var mechanisms = enum.Of(Mechanisms)

// Def returns the definition of m from [Mechanisms], and false when m is
// not a mechanism.
func (m Mechanism) Def() (MechanismDef, bool) { return mechanisms.Def(m) }

// Valid reports whether m is one of [Mechanisms].
func (m Mechanism) Valid() bool { return mechanisms.Valid(m) }

// In returns the name of m in language l, falling back to English; an
// unknown mechanism is returned as it is. It makes a Mechanism a localized
// argument of finding messages.
func (m Mechanism) In(l i18n.Lang) string { return mechanisms.In(m, l) }

// article46 reports whether m is an appropriate safeguard under Art. 46.
func (m Mechanism) article46() bool {
	switch m {
	case SCC, BCR, CodeOfConduct, Certification, AdHocClauses, PublicBodyInstrument:
		return true
	}
	return false
}

// Basis is the transfer basis for one recipient outside the EEA: the
// mechanism and what it needs. Inside the EEA it is left empty.
type Basis struct {
	// Mechanism is the legal ground of the transfer.
	Mechanism Mechanism `json:"mechanism"`
	// SCCModule is the module of the standard contractual clauses, 1 to 4:
	// 1 controller to controller, 2 controller to processor, 3 processor to
	// processor, 4 processor to controller. Required with [SCC].
	SCCModule int `json:"sccModule,omitzero"`
	// Derogation is the letter of Art. 49(1), "a" to "g". Required with
	// [Derogation].
	Derogation string `json:"derogation,omitzero"`
	// DPFCertified says that the recipient in the United States is on the
	// Data Privacy Framework List (dataprivacyframework.gov), which the
	// adequacy decision for the United States requires. Check it per legal
	// entity.
	DPFCertified bool `json:"dpfCertified,omitzero"`
	// DPFCertifiedUntil is the day the recipient's certification must be
	// renewed by (its re-certification date on the Data Privacy Framework
	// List). After it the certification is taken to have lapsed; empty when
	// the date is not recorded.
	DPFCertifiedUntil civil.Date `json:"dpfCertifiedUntil,omitzero"`
	// TIA says that a transfer impact assessment was made, as an Art. 46
	// mechanism needs after the judgment in Case C-311/18 (Schrems II).
	TIA bool `json:"transferImpactAssessment,omitzero"`
	// SupplementaryMeasures describes the measures taken on top of the
	// mechanism, such as encryption with keys held in the EEA.
	SupplementaryMeasures i18n.Text `json:"supplementaryMeasures,omitzero"`
}

// derogationLetter reports whether s is one of the letters a to g of
// Art. 49(1), in either case.
func derogationLetter(s string) bool {
	return len(s) == 1 && ('a' <= s[0] && s[0] <= 'g' || 'A' <= s[0] && s[0] <= 'G')
}
