package dpa

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// Agreement is a data processing agreement under GDPR Art. 28: the parties,
// the clause parameters and the annexes. A draft may have blanks; a final
// agreement may not.
type Agreement struct {
	// Schema names the JSON Schema the document follows, for editors and
	// validators that read it: one of the $ids [SchemaID] gives, or empty.
	// [Decode] refuses any other value; [Digest] and [change.Diff] leave it
	// out, since it says nothing about the agreement.
	Schema string `json:"$schema,omitzero"`
	// ID identifies the agreement in the caller's contract system.
	ID string `json:"id"`
	// Version is the agreement's version, such as "1.1.0".
	Version string `json:"version,omitzero"`
	// Replaces identifies the version of the agreement this one replaces;
	// empty for the first version. [Agreement.Reference] gives it for the
	// version replaced.
	Replaces Reference `json:"replaces,omitzero"`
	// Status is draft or final. Blanks are warnings in a draft and errors in
	// a final agreement.
	Status Status `json:"status"`
	// Title is the agreement's title, when it has one of its own.
	Title i18n.Text `json:"title,omitzero"`
	// Languages are the languages the agreement is written in; the first is
	// the main language, which free text must be given in.
	Languages []i18n.Lang `json:"languages"`
	// BasedOn names the template the agreement follows.
	BasedOn Template `json:"basedOn,omitzero"`
	// Date is the day this version of the agreement is made (signed): for
	// the first version the day the agreement is concluded, for a later one
	// the day of that version, which does not change the day the agreement
	// was concluded (the version replaced keeps its own, [Reference.Date]).
	// The rendered agreement shows it with the version under its title.
	// Transfers are assessed on this day.
	Date civil.Date `json:"date,omitzero"`
	// EffectiveDate is the day it takes effect; when blank, it takes effect
	// when both parties have signed.
	EffectiveDate civil.Date `json:"effectiveDate,omitzero"`
	// TimeZone is the IANA time zone the agreement counts its days in, such
	// as "Europe/Copenhagen": the days of a change notice, of the time to
	// object and of other deadlines. Blank, the zone follows from the
	// governing law or the controller's country ([Agreement.ZoneName]).
	TimeZone string `json:"timeZone,omitzero"`
	// Term is how long the agreement runs.
	Term Term `json:"term"`
	// MainAgreement is the agreement on the services this one belongs to.
	MainAgreement MainAgreement `json:"mainAgreement,omitzero"`
	// Precedence says which agreement prevails on conflict. Unset, this
	// agreement prevails on the processing of personal data.
	Precedence Precedence `json:"precedence,omitzero"`
	// Controllers are the controllers (usually one).
	Controllers []Party `json:"controllers"`
	// Processor is the processor.
	Processor Party `json:"processor"`
	// Clauses holds the parameters of the agreement's clauses.
	Clauses Clauses `json:"clauses"`
	// Annexes holds Annexes A–D; Annex E, the processor chain, is derived
	// from Annex B.
	Annexes Annexes `json:"annexes"`
}

// MainLang returns the agreement's main language: the first of Languages,
// or English when none is given. A nil agreement has no languages: its
// main language is English too.
func (a *Agreement) MainLang() i18n.Lang {
	if a != nil && len(a.Languages) > 0 && a.Languages[0].Valid() {
		return a.Languages[0]
	}
	return i18n.EN
}

// Status is the state of an agreement.
type Status string

// The statuses.
const (
	Draft Status = "draft" // being negotiated; blanks are allowed
	Final Status = "final" // ready to sign or signed; blanks are errors
)

// StatusDef defines a [Status]: its ID, and its Name and a Description of
// what it allows in each language.
type StatusDef = enum.Def[Status]

// Statuses defines every [Status], in the order a form offers them.
var Statuses = []StatusDef{
	{
		ID:   Draft,
		Name: i18n.Text{EN: "Draft", SV: "Utkast", NB: "Utkast", DA: "Udkast"},
		Description: i18n.Text{
			EN: "Still being negotiated: fields may be left blank.",
			SV: "Förhandlas fortfarande: fält får lämnas tomma.",
			NB: "Forhandles fortsatt: felt kan stå tomme.",
			DA: "Forhandles stadig: felter må stå tomme.",
		},
	},
	{
		ID:   Final,
		Name: i18n.Text{EN: "Final", SV: "Slutlig", NB: "Endelig", DA: "Endelig"},
		Description: i18n.Text{
			EN: "Ready to sign or signed: every required field must be filled in.",
			SV: "Klart att underteckna eller undertecknat: alla obligatoriska fält måste vara ifyllda.",
			NB: "Klar til signering eller signert: alle obligatoriske felt må være fylt ut.",
			DA: "Klar til underskrift eller underskrevet: alle obligatoriske felter skal være udfyldt.",
		},
	},
}

// statuses reads [Statuses].
var statuses = enum.Of(Statuses)

// Def returns the definition of s from [Statuses], and false when s is
// not a status.
func (s Status) Def() (StatusDef, bool) { return statuses.Def(s) }

// Valid reports whether s is one of [Statuses].
func (s Status) Valid() bool { return statuses.Valid(s) }

// In returns the name of s in language l, falling back to English, or
// the value as written when it is not a status, so that a Status is a
// localized argument of finding messages.
func (s Status) In(l i18n.Lang) string { return statuses.In(s, l) }

// Template names the model an agreement is built on.
type Template string

// The templates seen in Nordic agreements (DOMAIN.md §5.1).
const (
	Custom         Template = "custom"            // the parties' own text
	EU2021915      Template = "eu-2021-915"       // Commission SCCs under Art. 28(7), Decision (EU) 2021/915
	DKDatatilsynet Template = "dk-datatilsynet"   // Danish Datatilsynet standard clauses (Art. 28(8))
	SESKRAddaInera Template = "se-skr-adda-inera" // Swedish SKR/Adda/Inera PUB-avtal
)

// TemplateDef defines a [Template]: its ID, its Name and, where there is
// one, a Description in each language, and its legal Ref.
type TemplateDef = enum.Def[Template]

// Templates defines every [Template], in the order a form offers them.
var Templates = []TemplateDef{
	{ID: Custom, Name: i18n.Text{EN: "The parties' own text", SV: "Parternas egen text", NB: "Partenes egen tekst", DA: "Parternes egen tekst"}},
	{
		ID:   EU2021915,
		Name: i18n.Text{EN: "EU standard contractual clauses (Art. 28(7))", SV: "EU:s standardavtalsklausuler (art. 28.7)", NB: "EUs standardavtalevilkår (art. 28 nr. 7)", DA: "EU's standardkontraktbestemmelser (art. 28, stk. 7)"},
		Description: i18n.Text{
			EN: "Commission Implementing Decision (EU) 2021/915.",
			SV: "Kommissionens genomförandebeslut (EU) 2021/915.",
			NB: "Kommisjonens gjennomføringsbeslutning (EU) 2021/915.",
			DA: "Kommissionens gennemførelsesafgørelse (EU) 2021/915.",
		},
		Ref: "GDPR Art. 28(7); Implementing Decision (EU) 2021/915",
	},
	{ID: DKDatatilsynet, Name: i18n.Text{EN: "Danish Datatilsynet standard clauses", SV: "Danska Datatilsynets standardavtalsklausuler", NB: "Danske Datatilsynets standardavtalevilkår", DA: "Datatilsynets standardkontraktbestemmelser"}, Ref: "GDPR Art. 28(8)"},
	{ID: SESKRAddaInera, Name: i18n.Text{EN: "Swedish SKR/Adda/Inera template", SV: "SKR:s, Addas och Ineras mall för PUB-avtal", NB: "Den svenske malen fra SKR, Adda og Inera", DA: "Den svenske skabelon fra SKR, Adda og Inera"}},
}

// templates reads [Templates].
var templates = enum.Of(Templates)

// Def returns the definition of t from [Templates], and false when t is
// not a template.
func (t Template) Def() (TemplateDef, bool) { return templates.Def(t) }

// Valid reports whether t is one of [Templates].
func (t Template) Valid() bool { return templates.Valid(t) }

// In returns the name of t in language l, falling back to English, or
// the value as written when it is not a template, so that a Template is a
// localized argument of finding messages.
func (t Template) In(l i18n.Lang) string { return templates.In(t, l) }

// TermKind says how long an agreement runs.
type TermKind string

// The kinds of term.
const (
	// UntilMainAgreementEnds: the agreement ends with the main agreement.
	UntilMainAgreementEnds TermKind = "main-agreement"
	// WhileProcessing: the agreement runs as long as the processor processes
	// personal data for the controller (seed 003, seed 004).
	WhileProcessing TermKind = "while-processing"
	// FixedDate: the agreement ends on EndDate.
	FixedDate TermKind = "fixed-date"
)

// TermKindDef defines a [TermKind]: its ID and its Name in each language.
type TermKindDef = enum.Def[TermKind]

// TermKinds defines every [TermKind], in the order a form offers them.
var TermKinds = []TermKindDef{
	{ID: UntilMainAgreementEnds, Name: i18n.Text{EN: "Until the main agreement ends", SV: "Så länge huvudavtalet gäller", NB: "Så lenge hovedavtalen gjelder", DA: "Så længe hovedaftalen gælder"}},
	{ID: WhileProcessing, Name: i18n.Text{EN: "As long as the processor processes personal data", SV: "Så länge personuppgiftsbiträdet behandlar personuppgifter", NB: "Så lenge databehandleren behandler personopplysninger", DA: "Så længe databehandleren behandler personoplysninger"}},
	{ID: FixedDate, Name: i18n.Text{EN: "Until a fixed end date", SV: "Till ett bestämt slutdatum", NB: "Til en fastsatt sluttdato", DA: "Til en fast slutdato"}},
}

// termKinds reads [TermKinds].
var termKinds = enum.Of(TermKinds)

// Def returns the definition of k from [TermKinds], and false when k is
// not a kind of term.
func (k TermKind) Def() (TermKindDef, bool) { return termKinds.Def(k) }

// Valid reports whether k is one of [TermKinds].
func (k TermKind) Valid() bool { return termKinds.Valid(k) }

// In returns the name of k in language l, falling back to English, or
// the value as written when it is not a kind of term, so that a TermKind is a
// localized argument of finding messages.
func (k TermKind) In(l i18n.Lang) string { return termKinds.In(k, l) }

// Term is how long the agreement runs.
type Term struct {
	Kind    TermKind   `json:"kind"`             // main-agreement, while-processing or fixed-date
	EndDate civil.Date `json:"endDate,omitzero"` // with fixed-date
	// Notice says when a party may terminate this agreement by notice;
	// blank when the agreement does not provide for it.
	Notice TerminationNotice `json:"notice,omitzero"`
	// NoticePeriod is the period of notice; zero means the notice takes
	// effect when given.
	NoticePeriod civil.Period `json:"noticePeriod,omitzero"`
	// Replaceable: a later valid data processing agreement between the
	// parties may replace this one without the main agreement ending
	// (seed 001 §2.4).
	Replaceable bool `json:"replaceable,omitzero"`
}

// MainAgreement identifies the agreement on the services.
type MainAgreement struct {
	Title     i18n.Text  `json:"title,omitzero"`     // its title, such as "Licence agreement"
	Reference string     `json:"reference,omitzero"` // contract number or reference
	Date      civil.Date `json:"date,omitzero"`      // when it was made
	// Blank says that this agreement belongs to a main agreement whose
	// title and date are left blank to fill in, as in a template (seed
	// 003: "[navn på hovedavtalen] datert [dato]"): the rendering shows
	// both as blanks, and validation reports them.
	Blank bool `json:"blank,omitzero"`
}

// Precedence says which text prevails when this agreement and another
// agreement between the parties conflict.
type Precedence string

// The precedence rules.
const (
	// ThisAgreementPrevails: this agreement prevails on data protection
	// (the Danish standard clauses' rule).
	ThisAgreementPrevails Precedence = "this-agreement"
	// MainAgreementPrevails: the main agreement prevails, except where that
	// would breach the GDPR.
	MainAgreementPrevails Precedence = "main-agreement"
)

// PrecedenceDef defines a [Precedence]: its ID and its Name in each
// language.
type PrecedenceDef = enum.Def[Precedence]

// Precedences defines every [Precedence], in the order a form offers them.
var Precedences = []PrecedenceDef{
	{ID: ThisAgreementPrevails, Name: i18n.Text{EN: "This agreement prevails on data protection", SV: "Detta avtal har företräde i dataskyddsfrågor", NB: "Denne avtalen går foran i personvernspørsmål", DA: "Denne aftale har forrang i databeskyttelsesspørgsmål"}},
	{ID: MainAgreementPrevails, Name: i18n.Text{EN: "The main agreement prevails, unless that would breach the GDPR", SV: "Huvudavtalet har företräde, utom där det skulle strida mot dataskyddsförordningen", NB: "Hovedavtalen går foran, med mindre det ville stride mot personvernforordningen", DA: "Hovedaftalen har forrang, medmindre det ville stride mod databeskyttelsesforordningen"}},
}

// precedences reads [Precedences].
var precedences = enum.Of(Precedences)

// Def returns the definition of p from [Precedences], and false when p is
// not a precedence rule.
func (p Precedence) Def() (PrecedenceDef, bool) { return precedences.Def(p) }

// Valid reports whether p is one of [Precedences].
func (p Precedence) Valid() bool { return precedences.Valid(p) }

// In returns the name of p in language l, falling back to English, or
// the value as written when it is not a precedence rule, so that a Precedence is a
// localized argument of finding messages.
func (p Precedence) In(l i18n.Lang) string { return precedences.In(p, l) }

// Party is a controller or the processor.
type Party struct {
	Name string `json:"name"` // legal name
	// TradeName is the name the party trades under, when it is not its
	// legal name (seed 001: Agrinavia AB, trading as Datalogisk).
	TradeName string `json:"tradeName,omitzero"`
	// ShortName is the word by which the parties' own text in the annexes
	// refers to the party besides its role, in each language they wrote
	// it in ("vårdgivaren", "the care provider" in seed 000); clause 1.1
	// then defines it next to the role term. dpakit's own clauses always
	// use the role term.
	ShortName i18n.Text `json:"shortName,omitzero"`
	// Unit is the committee, board or unit of a public body that is the
	// party (seed 000 §1.2: "och nämnd"); a Swedish nämnd is an authority
	// of its own and may itself be the controller.
	Unit      string        `json:"unit,omitzero"`
	OrgID     org.ID        `json:"orgId,omitzero"`     // organisation number
	Address   org.Address   `json:"address"`            // registered address; the country is required
	Contacts  []org.Contact `json:"contacts,omitzero"`  // contact persons
	Signatory org.Signatory `json:"signatory,omitzero"` // who signs
}

// Annexes holds the annexes.
type Annexes struct {
	A annex.Processing    `json:"a"`          // the processing
	B annex.SubProcessors `json:"b"`          // sub-processors
	C annex.Instructions  `json:"c"`          // instructions
	D annex.OtherTerms    `json:"d,omitzero"` // other terms
}

// exporter is the country the processor's transfers to its sub-processors
// leave from: the processor's own.
func (a *Agreement) exporter() transfer.Country { return a.Processor.Address.Country }
