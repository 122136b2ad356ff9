package dpa

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/transfer"
)

// Clauses holds the parameters of the agreement's clauses.
type Clauses struct {
	// Confidentiality is how the processor's staff are bound to secrecy
	// (GDPR Art. 28(3)(b)).
	Confidentiality Confidentiality `json:"confidentiality"`
	// ConfidentialityLaw names the statute that imposes a statutory duty
	// of confidentiality (seed 003 §7.2: arbeids- og
	// velferdsforvaltningsloven § 7).
	ConfidentialityLaw i18n.Text `json:"confidentialityLaw,omitzero"`
	// SubProcessorSecrecy: sub-processors that no statutory duty binds
	// must enter into a confidentiality agreement and have their staff
	// sign undertakings (seed 000 §7.5).
	SubProcessorSecrecy bool `json:"subProcessorSecrecy,omitzero"`
	// NoPublicAccess: neither the processor nor any sub-processor is a
	// public authority or other body subject to rules on public access to
	// official documents (the Swedish offentlighetsprincip, the Norwegian
	// offentleglova, the Danish offentlighedslov), so the clause on how such
	// a body handles a request for access is left out (review 25 en R15,
	// da R13). Unset, the clause stays: it applies only where the processor
	// or a sub-processor is such a body.
	NoPublicAccess bool `json:"noPublicAccess,omitzero"`
	// UnlawfulInstruction is what the processor does when an instruction
	// seems to breach data protection law (Art. 28(3), final sentence).
	UnlawfulInstruction UnlawfulInstruction `json:"unlawfulInstruction"`
	// BreachNotification lists the deadlines for telling the controller of a
	// breach, one per kind of breach (Art. 33(2)).
	BreachNotification []BreachDeadline `json:"breachNotification"`
	// BreachDetails is further information that the parties have agreed a
	// notification of a personal data breach must contain, as far as
	// possible, beyond what Art. 33(3) lists: seed 003 asks for the
	// identity of the data subjects concerned and for whatever else the
	// controller needs to meet its own obligations. Each entry is one item
	// of a list.
	BreachDetails []i18n.Text `json:"breachDetails,omitzero"`
	// ProcessorMayNotifyAuthority is true when the controller mandates the
	// processor to notify the supervisory authority on its behalf.
	ProcessorMayNotifyAuthority bool `json:"processorMayNotifyAuthority,omitzero"`
	// Assistance is the fee for assistance beyond the agreement's scope.
	Assistance AssistanceTerms `json:"assistance,omitzero"`
	// EndOfService is what happens to the data when the services end
	// (Art. 28(3)(g)).
	EndOfService EndOfService `json:"endOfService"`
	// GoverningLaw is the country whose law governs the agreement.
	GoverningLaw transfer.Country `json:"governingLaw"`
	// Venue is the court or arbitration that settles disputes, such as
	// "Oslo tingrett".
	Venue string `json:"venue"`
	// Liability is how the parties' liability to each other is settled;
	// zero when the agreement says nothing about it.
	Liability Liability `json:"liability,omitzero"`
	// Remedies are the controller's rights when the processor breaches the
	// agreement: stop, suspension, correction, termination. Zero gives the
	// standard remedies the rendered agreement then has: suspension until
	// the processor complies, correction also at sub-processors, and
	// termination for a material or persistent breach.
	Remedies Remedies `json:"remedies,omitzero"`
}

// Confidentiality is how persons processing the data are bound to secrecy.
type Confidentiality string

// The forms of secrecy (Art. 28(3)(b)).
const (
	ContractualSecrecy Confidentiality = "contractual" // by a commitment each person signs
	StatutorySecrecy   Confidentiality = "statutory"   // by a statutory duty (public bodies, healthcare)
	BothSecrecy        Confidentiality = "both"        // both
)

// ConfidentialityDef defines a [Confidentiality]: its ID and its Name in
// each language.
type ConfidentialityDef = enum.Def[Confidentiality]

// Confidentialities defines every [Confidentiality], in the order a form
// offers them.
var Confidentialities = []ConfidentialityDef{
	{ID: ContractualSecrecy, Name: i18n.Text{EN: "Written commitment by each person", SV: "Skriftligt åtagande av varje person", NB: "Skriftlig taushetserklæring fra hver person", DA: "Skriftlig erklæring fra hver person"}, Ref: "GDPR Art. 28(3)(b)"},
	{ID: StatutorySecrecy, Name: i18n.Text{EN: "Statutory duty of secrecy", SV: "Lagstadgad tystnadsplikt", NB: "Lovbestemt taushetsplikt", DA: "Lovbestemt tavshedspligt"}, Ref: "GDPR Art. 28(3)(b)"},
	{ID: BothSecrecy, Name: i18n.Text{EN: "Both", SV: "Båda", NB: "Begge", DA: "Begge"}, Ref: "GDPR Art. 28(3)(b)"},
}

// confidentialities reads [Confidentialities].
var confidentialities = enum.Of(Confidentialities)

// Def returns the definition of c from [Confidentialities], and false when c is
// not a form of confidentiality.
func (c Confidentiality) Def() (ConfidentialityDef, bool) { return confidentialities.Def(c) }

// Valid reports whether c is one of [Confidentialities].
func (c Confidentiality) Valid() bool { return confidentialities.Valid(c) }

// In returns the name of c in language l, falling back to English, or
// the value as written when it is not a form of confidentiality, so that a Confidentiality is a
// localized argument of finding messages.
func (c Confidentiality) In(l i18n.Lang) string { return confidentialities.In(c, l) }

// UnlawfulInstruction is the clause on instructions that seem unlawful.
type UnlawfulInstruction struct {
	// NotifyWithin is how soon the processor tells the controller; zero
	// means "immediately", as the GDPR says.
	NotifyWithin civil.Period `json:"notifyWithin,omitzero"`
	// Suspend is true when the agreement sets a refusal procedure: the
	// processor may refuse an instruction the controller has confirmed,
	// but only where it infringes the law, and gives its reasons in
	// writing. Without it the agreement says instead that a confirmation
	// never obliges the processor to carry out an unlawful instruction.
	// Either way the processor may suspend a reported instruction until
	// the controller confirms or changes it; the field keeps its name,
	// and its JSON name, from when that pause was the option.
	Suspend bool `json:"suspend,omitzero"`
}

// BreachKind is a kind of breach with its own notification deadline.
type BreachKind string

// The kinds of breach (seed 000 sets one deadline for intrusion attempts and
// one for other breaches).
const (
	AnyBreach        BreachKind = "breach"            // any personal data breach
	IntrusionAttempt BreachKind = "intrusion-attempt" // an attempt to gain access, even without a breach
	// AgreementBreach is a breach of this agreement that need not be a
	// personal data breach (seed 003 §10.1); Art. 33's 72 hours do not
	// apply to it.
	AgreementBreach BreachKind = "agreement-breach"
)

// BreachKindDef defines a [BreachKind]: its ID and its Name in each
// language.
type BreachKindDef = enum.Def[BreachKind]

// BreachKinds defines every [BreachKind], in the order a form offers them.
var BreachKinds = []BreachKindDef{
	{ID: AnyBreach, Name: i18n.Text{EN: "Personal data breach", SV: "Personuppgiftsincident", NB: "Brudd på personopplysningssikkerheten", DA: "Brud på persondatasikkerheden"}, Ref: "GDPR Art. 33(2)"},
	{ID: IntrusionAttempt, Name: i18n.Text{EN: "Attempt to gain unauthorised access, even without a breach", SV: "Försök att obehörigen få åtkomst, även utan incident", NB: "Forsøk på å skaffe seg uautorisert tilgang, også uten brudd", DA: "Forsøg på at skaffe sig uberettiget adgang, også uden brud"}},
	{ID: AgreementBreach, Name: i18n.Text{EN: "Breach of this agreement", SV: "Brott mot detta avtal", NB: "Brudd på denne avtalen", DA: "Misligholdelse af denne aftale"}},
}

// breachKinds reads [BreachKinds].
var breachKinds = enum.Of(BreachKinds)

// Def returns the definition of k from [BreachKinds], and false when k is
// not a kind of breach.
func (k BreachKind) Def() (BreachKindDef, bool) { return breachKinds.Def(k) }

// Valid reports whether k is one of [BreachKinds].
func (k BreachKind) Valid() bool { return breachKinds.Valid(k) }

// In returns the name of k in language l, falling back to English, or
// the value as written when it is not a kind of breach, so that a BreachKind is a
// localized argument of finding messages.
func (k BreachKind) In(l i18n.Lang) string { return breachKinds.In(k, l) }

// breachSubject is what a notice of a kind of breach tells the controller
// of, as the argument of a finding's message: "a breach of this agreement".
// A kind that is not one of [BreachKinds] reads as a personal data breach.
type breachSubject BreachKind

// breachSubjects are the phrases of [breachSubject], in each language.
var breachSubjects = map[BreachKind]i18n.Text{
	AnyBreach:        {EN: "a personal data breach", SV: "en personuppgiftsincident", NB: "brudd på personopplysningssikkerheten", DA: "brud på persondatasikkerheden"},
	IntrusionAttempt: {EN: "an attempt to gain unauthorised access", SV: "ett försök att obehörigen få åtkomst", NB: "forsøk på å skaffe seg uautorisert tilgang", DA: "forsøg på at skaffe sig uberettiget adgang"},
	AgreementBreach:  {EN: "a breach of this agreement", SV: "ett brott mot detta avtal", NB: "brudd på denne avtalen", DA: "misligholdelse af denne aftale"},
}

// In returns the phrase in language l.
func (k breachSubject) In(l i18n.Lang) string {
	t, ok := breachSubjects[BreachKind(k)]
	if !ok {
		t = breachSubjects[AnyBreach]
	}
	return t.In(l)
}

// BreachDeadline is how soon the processor tells the controller of a breach
// of a kind, counted from when the processor became aware of it.
type BreachDeadline struct {
	Kind   BreachKind   `json:"kind"`            // breach, intrusion-attempt or agreement-breach
	Within civil.Period `json:"within,omitzero"` // blank in a draft that leaves the hours open
	// IfPossible records that the parties wrote "if possible within 24
	// hours" (seeds 001 and 004, the Danish standard clauses' "om muligt
	// senest"): the notice is due without undue delay in any case, and
	// Within is the time the parties aim for, rendered as they agreed it
	// ("without undue delay and, if possible, no later than …"). Within
	// must still not exceed 72 hours for a personal data breach, so that
	// the controller can keep its own (Art. 33(1)).
	IfPossible bool `json:"ifPossible,omitzero"`
	// ExceptRoutine, for an intrusion attempt only, records that the
	// parties leave out the attempts that security measures stop as a
	// matter of routine (rejected log-ins, network scans): only
	// significant attempts are then notified one by one, and the routine
	// ones on request as an overview. Without it every attempt is
	// notified, as seed 000 agrees.
	ExceptRoutine bool `json:"exceptRoutine,omitzero"`
	// WithoutDelay, for an intrusion attempt only, records that the
	// parties agreed notice "without delay" rather than the GDPR's
	// "without undue delay" (seed 000 §11.11: "utan dröjsmål" for attempts,
	// "utan onödigt dröjsmål" for breaches); Within stays the outer limit.
	WithoutDelay bool `json:"withoutDelay,omitzero"`
}

// AssistanceTerms is what the controller pays for assistance.
type AssistanceTerms struct {
	// Fee is the price per unit, excluding VAT; zero when assistance is free.
	Fee Money `json:"fee,omitzero"`
	// Per is the unit the fee is charged per, such as hours.
	Per civil.Unit `json:"per,omitzero"`
	// PriceList gives the terms of payment instead of a fee, as the
	// parties' own sentence, such as a reference to a published price list.
	PriceList i18n.Text `json:"priceList,omitzero"`
	// Covers lists the assistance the fee is for (seed 000 §8.13: the work
	// under §8.10–8.12); empty means assistance beyond the services of the
	// main agreement.
	Covers []AssistanceWork `json:"covers,omitzero"`
	// PaidTo is who is paid; blank is the processor.
	PaidTo Payee `json:"paidTo,omitzero"`
	// MainAgreementPrevails: the main agreement's terms on fees prevail
	// (seed 003 §5.5).
	MainAgreementPrevails bool `json:"mainAgreementPrevails,omitzero"`
}

// AssistanceWork is a kind of assistance a fee can cover.
type AssistanceWork string

// The kinds of assistance.
const (
	DataSubjectRequestsWork AssistanceWork = "data-subject-requests" // Art. 28(3)(e)
	ComplianceWork          AssistanceWork = "compliance"            // Arts. 32–36, Art. 28(3)(f)
	EndOfServiceWork        AssistanceWork = "end-of-service"        // deletion or return, Art. 28(3)(g)
)

// AssistanceWorkDef defines an [AssistanceWork]: its ID, its Name in each
// language and its legal Ref.
type AssistanceWorkDef = enum.Def[AssistanceWork]

// AssistanceWorks defines every [AssistanceWork], in the order of the
// agreement's clauses.
var AssistanceWorks = []AssistanceWorkDef{
	{ID: DataSubjectRequestsWork, Name: i18n.Text{EN: "Requests from data subjects", SV: "Begäranden från registrerade", NB: "Forespørsler fra registrerte", DA: "Anmodninger fra registrerede"}, Ref: "GDPR Art. 28(3)(e)"},
	{ID: ComplianceWork, Name: i18n.Text{EN: "Obligations under Articles 32 to 36", SV: "Skyldigheterna enligt artiklarna 32–36", NB: "Forpliktelsene etter artikkel 32 til 36", DA: "Forpligtelserne efter artikel 32-36"}, Ref: "GDPR Art. 28(3)(f)"},
	{ID: EndOfServiceWork, Name: i18n.Text{EN: "Deletion or return at the end", SV: "Radering eller återlämnande vid upphörandet", NB: "Sletting eller tilbakelevering ved opphør", DA: "Sletning eller tilbagelevering ved ophør"}, Ref: "GDPR Art. 28(3)(g)"},
}

// assistanceWorks reads [AssistanceWorks].
var assistanceWorks = enum.Of(AssistanceWorks)

// Def returns the definition of w from [AssistanceWorks], and false when
// w is not a kind of assistance.
func (w AssistanceWork) Def() (AssistanceWorkDef, bool) { return assistanceWorks.Def(w) }

// Valid reports whether w is one of [AssistanceWorks].
func (w AssistanceWork) Valid() bool { return assistanceWorks.Valid(w) }

// In returns the name of w in language l, falling back to English, or the
// value as written when it is not a kind, so that an AssistanceWork is a
// localized argument of finding messages.
func (w AssistanceWork) In(l i18n.Lang) string { return assistanceWorks.In(w, l) }

// Payee is who an assistance fee is paid to.
type Payee string

// The payees.
const (
	PaidToProcessor         Payee = "processor"           // the processor
	PaidToNamedSubProcessor Payee = "named-sub-processor" // the processor, or a sub-processor it names (seed 000 §8.13)
)

// PayeeDef defines a [Payee]: its ID and its Name in each language.
type PayeeDef = enum.Def[Payee]

// Payees defines every [Payee], in the order a form offers them.
var Payees = []PayeeDef{
	{ID: PaidToProcessor, Name: i18n.Text{EN: "The processor", SV: "Personuppgiftsbiträdet", NB: "Databehandleren", DA: "Databehandleren"}},
	{ID: PaidToNamedSubProcessor, Name: i18n.Text{EN: "The processor or a sub-processor it names", SV: "Personuppgiftsbiträdet eller ett underbiträde som det anvisar", NB: "Databehandleren eller en underdatabehandler den anviser", DA: "Databehandleren eller en underdatabehandler, den anviser"}},
}

// payees reads [Payees].
var payees = enum.Of(Payees)

// Def returns the definition of p from [Payees], and false when p is not
// a payee.
func (p Payee) Def() (PayeeDef, bool) { return payees.Def(p) }

// Valid reports whether p is one of [Payees].
func (p Payee) Valid() bool { return payees.Valid(p) }

// In returns the name of p in language l, falling back to English, or the
// value as written when it is not a payee, so that a Payee is a localized
// argument of finding messages.
func (p Payee) In(l i18n.Lang) string { return payees.In(p, l) }

// EndAction is what the processor does with the data at the end.
type EndAction string

// The end-of-service actions (Art. 28(3)(g)).
const (
	ControllerChooses EndAction = "controller-chooses" // the controller chooses delete or return
	Delete            EndAction = "delete"             // delete all data and copies
	Return            EndAction = "return"             // return all data, then delete copies
)

// EndActionDef defines an [EndAction]: its ID and its Name in each
// language.
type EndActionDef = enum.Def[EndAction]

// EndActions defines every [EndAction], in the order a form offers them.
var EndActions = []EndActionDef{
	{ID: ControllerChooses, Name: i18n.Text{EN: "The controller chooses deletion or return", SV: "Den personuppgiftsansvarige väljer radering eller återlämning", NB: "Den behandlingsansvarlige velger sletting eller tilbakelevering", DA: "Den dataansvarlige vælger sletning eller tilbagelevering"}, Ref: "GDPR Art. 28(3)(g)"},
	{ID: Delete, Name: i18n.Text{EN: "Delete all data and copies", SV: "Radera alla uppgifter och kopior", NB: "Slette alle opplysninger og kopier", DA: "Slette alle oplysninger og kopier"}, Ref: "GDPR Art. 28(3)(g)"},
	{ID: Return, Name: i18n.Text{EN: "Return all data, then delete copies", SV: "Återlämna alla uppgifter och sedan radera kopior", NB: "Tilbakelevere alle opplysninger og deretter slette kopier", DA: "Tilbagelevere alle oplysninger og derefter slette kopier"}, Ref: "GDPR Art. 28(3)(g)"},
}

// endActions reads [EndActions].
var endActions = enum.Of(EndActions)

// Def returns the definition of e from [EndActions], and false when e is
// not an action at the end of the service.
func (e EndAction) Def() (EndActionDef, bool) { return endActions.Def(e) }

// Valid reports whether e is one of [EndActions].
func (e EndAction) Valid() bool { return endActions.Valid(e) }

// In returns the name of e in language l, falling back to English, or
// the value as written when it is not an action at the end of the service, so that an EndAction is a
// localized argument of finding messages.
func (e EndAction) In(l i18n.Lang) string { return endActions.In(e, l) }

// EndOfService is the clause on deletion and return.
type EndOfService struct {
	Action EndAction `json:"action"` // controller-chooses, delete or return
	// Deadline is how soon after the end the data is deleted or returned.
	Deadline civil.Period `json:"deadline,omitzero"`
	// ConfirmWithin is how soon the processor confirms the deletion in
	// writing (seed 003: 14 days).
	ConfirmWithin civil.Period `json:"confirmWithin,omitzero"`
	// RetentionLaw names the provision of Union or Member State law that
	// obliges the processor itself to keep data after the end (GDPR Art.
	// 28(3)(g)). A duty that binds only the controller, such as public
	// archive law (which seed 004 clause 11.2 named), does not belong here.
	RetentionLaw i18n.Text `json:"retentionLaw,omitzero"`
	// ReturnFormat is how returned data are delivered; blank when the
	// agreement does not say.
	ReturnFormat ReturnFormat `json:"returnFormat,omitzero"`
	// BackupsWithin is how soon after the end backup copies are deleted,
	// when the agreement sets a time of its own for them.
	BackupsWithin civil.Period `json:"backupsWithin,omitzero"`
}

// ReturnFormat is how returned personal data are delivered.
type ReturnFormat string

// The formats of a return.
const (
	// ControllerDecidesFormat: the controller decides how, in what format
	// and on what medium (seed 000 §8.12, seed 003 §12.3).
	ControllerDecidesFormat ReturnFormat = "controller-decides"
	// MachineReadable: a structured, commonly used and machine-readable
	// format, in the words of Art. 20(1) (seed 002 P9).
	MachineReadable ReturnFormat = "machine-readable"
)

// ReturnFormatDef defines a [ReturnFormat]: its ID and its Name in each
// language.
type ReturnFormatDef = enum.Def[ReturnFormat]

// ReturnFormats defines every [ReturnFormat], in the order a form offers
// them.
var ReturnFormats = []ReturnFormatDef{
	{ID: ControllerDecidesFormat, Name: i18n.Text{EN: "As the controller decides, format and medium included", SV: "Som den personuppgiftsansvarige bestämmer, inklusive format och medium", NB: "Slik den behandlingsansvarlige bestemmer, herunder format og medium", DA: "Som den dataansvarlige bestemmer, herunder format og medie"}, Ref: "GDPR Art. 28(3)(g)"},
	{ID: MachineReadable, Name: i18n.Text{EN: "A structured, commonly used and machine-readable format", SV: "Ett strukturerat, allmänt använt och maskinläsbart format", NB: "Et strukturert, alminnelig anvendt og maskinlesbart format", DA: "Et struktureret, almindeligt anvendt og maskinlæsbart format"}, Ref: "GDPR Art. 28(3)(g), Art. 20(1)"},
}

// returnFormats reads [ReturnFormats].
var returnFormats = enum.Of(ReturnFormats)

// Def returns the definition of f from [ReturnFormats], and false when f
// is not a format.
func (f ReturnFormat) Def() (ReturnFormatDef, bool) { return returnFormats.Def(f) }

// Valid reports whether f is one of [ReturnFormats].
func (f ReturnFormat) Valid() bool { return returnFormats.Valid(f) }

// In returns the name of f in language l, falling back to English, or the
// value as written when it is not a format, so that a ReturnFormat is a
// localized argument of finding messages.
func (f ReturnFormat) In(l i18n.Lang) string { return returnFormats.In(f, l) }
