package annex

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// Instructions is Annex C: the controller's instructions for the processing.
type Instructions struct {
	// Subject is what the processor is instructed to do (C.1).
	Subject i18n.Text `json:"subject"`
	// Security is the agreed security level and the measures the processor
	// must take at least (C.2, GDPR Art. 32).
	Security Security `json:"security"`
	// Assistance is how the processor helps the controller (C.3).
	Assistance Assistance `json:"assistance"`
	// Retention is how long personal data is kept and the deletion routine
	// while the agreement runs (C.4).
	Retention i18n.Text `json:"retention,omitzero"`
	// Locations are the processor's own processing locations (C.5); the
	// sub-processors' locations are in Annex B.
	Locations []transfer.Location `json:"locations"`
	// Transfers is the instruction on transfers to third countries (C.6).
	Transfers transfer.Instruction `json:"transfers"`
	// Audits are the procedures by which the processor's compliance is
	// audited (C.7), such as a yearly report by an independent auditor
	// and the controller's right to inspect; at least one is required.
	Audits []Audit `json:"audits"`
	// SubProcessorAudits are the procedures by which the sub-processors
	// are audited (C.8), by the processor or by the controller's
	// representatives.
	SubProcessorAudits []Audit `json:"subProcessorAudits,omitzero"`
}

// Security is the security part of Annex C.
type Security struct {
	// Risk is the Danish public-sector risk scoring, when used.
	Risk security.Risk `json:"risk,omitzero"`
	// Level is the agreed security level.
	Level security.Level `json:"level"`
	// Measures are the measures the processor must take at least.
	Measures security.Requirements `json:"measures"`
	// Assess are measures the parties have not agreed as part of that
	// minimum but that the processor shall assess against the risk and
	// take where they are appropriate, documenting each assessment (GDPR
	// Art. 32(1)(a), 28(3)(h); seed 000 §11.1 asks only for a level
	// appropriate to the risk). Annex C.2 lists them apart from the
	// minimum; a measure that Measures also requires stands only there.
	Assess []security.MeasureID `json:"assess,omitzero"`
	// OpenHeadings are headings of the minimum measures that the parties
	// have named but not yet filled in (seed 003's Vedlegg 2: physical
	// security, test data, other measures). Each is a row of Annex C.2
	// whose requirements are a blank, so that clause 1's rule on blanks
	// among the minimum measures applies to it; validation reports each.
	OpenHeadings []i18n.Text `json:"openHeadings,omitzero"`
	// Note adds anything the measures do not say.
	Note i18n.Text `json:"note,omitzero"`
	// AuditPolicy is the table of audit forms the parties accept as enough
	// at each level; blank is security.DKMunicipal.
	AuditPolicy security.AuditPolicy `json:"auditPolicy,omitzero"`
}

// Assistance is the assistance part of Annex C (GDPR Art. 28(3)(e) and (f)).
type Assistance struct {
	// DataSubjectRequests is how the processor helps answer requests from
	// data subjects (Chapter III).
	DataSubjectRequests i18n.Text `json:"dataSubjectRequests"`
	// ForwardRequestsWithin is how soon the processor passes on a request it
	// receives itself.
	ForwardRequestsWithin civil.Period `json:"forwardRequestsWithin,omitzero"`
	// Breach is what the processor provides when a breach occurs, beyond
	// the Art. 33(3) content.
	Breach i18n.Text `json:"breach,omitzero"`
	// ImpactAssessment is how the processor helps with impact assessments
	// and prior consultation (Arts. 35–36).
	ImpactAssessment i18n.Text `json:"impactAssessment,omitzero"`
}

// Costs says who pays for an audit.
type Costs string

// Who bears audit costs.
const (
	ProcessorPays          Costs = "processor"
	ControllerPays         Costs = "controller"
	ControllerUnlessBreach Costs = "controller-unless-breach" // the processor pays the controller's reasonable costs when the audit or inspection finds a material breach it must correct
	EachOwn                Costs = "each-own"                 // each party bears its own costs
	// EachOwnUnlessDeviations: each party bears its own costs, but the
	// processor bears all of them, the controller's and its auditors'
	// included, when the audit reveals deviations (seed 003 §11.6).
	EachOwnUnlessDeviations Costs = "each-own-unless-deviations"
)

// CostKinds defines every [Costs] rule, in the order of the constants.
var CostKinds = []Kind{
	{string(ProcessorPays), i18n.Text{EN: "The processor bears the costs", SV: "Personuppgiftsbiträdet står för kostnaderna", NB: "Databehandleren bærer kostnadene", DA: "Databehandleren afholder omkostningerne"}, ""},
	{string(ControllerPays), i18n.Text{EN: "The controller bears the costs", SV: "Den personuppgiftsansvarige står för kostnaderna", NB: "Den behandlingsansvarlige bærer kostnadene", DA: "Den dataansvarlige afholder omkostningerne"}, ""},
	{string(ControllerUnlessBreach), i18n.Text{EN: "The controller bears the costs unless this procedure reveals a material breach of the agreement or of data protection law that the processor must correct; in that case the processor bears the controller's reasonable costs of it", SV: "Den personuppgiftsansvarige står för kostnaderna, utom när kontrollen visar ett väsentligt brott mot avtalet eller mot dataskyddsreglerna som personuppgiftsbiträdet måste rätta; då står personuppgiftsbiträdet för den personuppgiftsansvariges skäliga kostnader för kontrollen", NB: "Den behandlingsansvarlige bærer kostnadene, med mindre kontrollen avdekker et vesentlig brudd på avtalen eller på personvernregelverket som databehandleren må rette; da bærer databehandleren den behandlingsansvarliges rimelige kostnader ved kontrollen", DA: "Den dataansvarlige afholder omkostningerne, medmindre kontrollen afdækker væsentlig misligholdelse af aftalen eller overtrædelse af databeskyttelsesreglerne, som databehandleren skal afhjælpe; i så fald afholder databehandleren den dataansvarliges rimelige omkostninger ved kontrollen"}, ""},
	{string(EachOwn), i18n.Text{EN: "Each party bears its own costs", SV: "Vardera parten står för sina egna kostnader", NB: "Hver part bærer sine egne kostnader", DA: "Hver part afholder sine egne omkostninger"}, ""},
	{string(EachOwnUnlessDeviations), i18n.Text{EN: "Each party bears its own costs, but the processor bears all costs of this procedure, the controller's included, if it reveals deviations the processor must correct", SV: "Vardera parten står för sina egna kostnader, men personuppgiftsbiträdet står för samtliga kostnader för en granskning som visar avvikelser som personuppgiftsbiträdet måste rätta, även den personuppgiftsansvariges", NB: "Hver part bærer sine egne kostnader. Avdekker kontrollen avvik som databehandleren må rette, bærer databehandleren likevel alle kostnadene ved kontrollen, også den behandlingsansvarliges", DA: "Hver part afholder sine egne omkostninger. Afdækker kontrollen afvigelser, som databehandleren skal afhjælpe, afholder databehandleren dog alle omkostninger ved kontrollen, også den dataansvarliges"}, ""},
}

// Def returns the definition of c from [CostKinds], and false when c is not
// a cost rule.
func (c Costs) Def() (Kind, bool) { return costKinds.Def(c) }

// Valid reports whether c is one of [CostKinds].
func (c Costs) Valid() bool { return costKinds.Valid(c) }

// In returns the cost rule in language l, falling back to English, or the
// value as written when it is not a rule, so that Costs is a localized
// argument of finding messages.
func (c Costs) In(l i18n.Lang) string { return costKinds.In(c, l) }

// Audit is an audit procedure (GDPR Art. 28(3)(h)).
type Audit struct {
	// Performer is who carries out the audit; blank when the agreement
	// does not say.
	Performer AuditRole `json:"performer,omitzero"`
	// Form is the kind of audit or report.
	Form security.AuditForm `json:"form"`
	// Frequency is how often, such as 1 year.
	Frequency civil.Period `json:"frequency,omitzero"`
	// ReportTo is who receives the report: the controller or an auditor
	// it appoints (seed 004 C.7).
	ReportTo AuditRole `json:"reportTo,omitzero"`
	// ReportWithin is how soon after the audit the report is delivered;
	// zero when the agreement sets no time.
	ReportWithin civil.Period `json:"reportWithin,omitzero"`
	// Costs is who pays.
	Costs Costs `json:"costs,omitzero"`
	// Note adds details of the procedure.
	Note i18n.Text `json:"note,omitzero"`
}

// IsZero reports whether no audit procedure is given.
func (a Audit) IsZero() bool { return a == Audit{} }

// AuditRole is who carries out an audit or receives its report.
type AuditRole string

// The roles in an audit.
const (
	// ControllerAudits: the controller, itself or through representatives
	// it authorises (seed 000 §8.7).
	ControllerAudits AuditRole = "controller"
	// ControllerAuditor: an auditor the controller appoints.
	ControllerAuditor AuditRole = "controller-auditor"
	// IndependentAuditor: an independent auditor the processor engages,
	// such as for an ISAE 3000 report (seed 004 C.7).
	IndependentAuditor AuditRole = "independent-auditor"
	// ProcessorAudits: the processor itself: its own audit of its
	// processing (seed 003 §11.3), or its audit of a sub-processor.
	ProcessorAudits AuditRole = "processor"
)

// AuditRoles defines every [AuditRole], in the order of the constants.
var AuditRoles = []Kind{
	{string(ControllerAudits), i18n.Text{EN: "The controller or its representatives", SV: "Den personuppgiftsansvarige eller dess företrädare", NB: "Den behandlingsansvarlige eller dens representanter", DA: "Den dataansvarlige eller dennes repræsentanter"}, "GDPR Art. 28(3)(h)"},
	{string(ControllerAuditor), i18n.Text{EN: "An auditor the controller appoints", SV: "En revisor som den personuppgiftsansvarige utser", NB: "En revisor som den behandlingsansvarlige utpeker", DA: "En revisor, som den dataansvarlige udpeger"}, "GDPR Art. 28(3)(h)"},
	{string(IndependentAuditor), i18n.Text{EN: "An independent auditor the processor engages", SV: "En oberoende revisor som personuppgiftsbiträdet anlitar", NB: "En uavhengig revisor som databehandleren engasjerer", DA: "En uafhængig revisor, som databehandleren antager"}, ""},
	{string(ProcessorAudits), i18n.Text{EN: "The processor itself", SV: "Personuppgiftsbiträdet självt", NB: "Databehandleren selv", DA: "Databehandleren selv"}, ""},
}

// Def returns the definition of r from [AuditRoles], and false when r is
// not a role.
func (r AuditRole) Def() (Kind, bool) { return auditRoles.Def(r) }

// Valid reports whether r is one of [AuditRoles].
func (r AuditRole) Valid() bool { return auditRoles.Valid(r) }

// In returns the role in language l, falling back to English, or the value
// as written when it is not a role, so that an AuditRole is a localized
// argument of finding messages.
func (r AuditRole) In(l i18n.Lang) string { return auditRoles.In(r, l) }

// OtherTerms is Annex D: other terms the parties agree on, each with a
// heading.
type OtherTerms []Term

// Term is one of the other terms.
type Term struct {
	Heading i18n.Text `json:"heading"` // short heading
	Text    i18n.Text `json:"text"`    // the term itself
}
