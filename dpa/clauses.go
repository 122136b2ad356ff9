package dpa

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// Clauses holds the parameters of the agreement's clauses.
type Clauses struct {
	// Confidentiality is how the processor's staff are bound to secrecy
	// (GDPR Art. 28(3)(b)).
	Confidentiality Confidentiality `json:"confidentiality"`
	// UnlawfulInstruction is what the processor does when an instruction
	// seems to breach data protection law (Art. 28(3), final sentence).
	UnlawfulInstruction UnlawfulInstruction `json:"unlawfulInstruction"`
	// BreachNotification lists the deadlines for telling the controller of a
	// breach, one per kind of breach (Art. 33(2)).
	BreachNotification []BreachDeadline `json:"breachNotification"`
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
}

// Confidentiality is how persons processing the data are bound to secrecy.
type Confidentiality string

// The forms of secrecy (Art. 28(3)(b)).
const (
	ContractualSecrecy Confidentiality = "contractual" // by a commitment each person signs
	StatutorySecrecy   Confidentiality = "statutory"   // by a statutory duty (public bodies, healthcare)
	BothSecrecy        Confidentiality = "both"        // both
)

// UnlawfulInstruction is the clause on instructions that seem unlawful.
type UnlawfulInstruction struct {
	// NotifyWithin is how soon the processor tells the controller; zero
	// means "immediately", as the GDPR says.
	NotifyWithin civil.Period `json:"notifyWithin,omitzero"`
	// Suspend is true when the processor may suspend the instruction until
	// the controller confirms or changes it.
	Suspend bool `json:"suspend,omitzero"`
}

// BreachKind is a kind of breach with its own notification deadline.
type BreachKind string

// The kinds of breach (seed 000 sets one deadline for intrusion attempts and
// one for other breaches).
const (
	AnyBreach        BreachKind = "breach"            // any personal data breach
	IntrusionAttempt BreachKind = "intrusion-attempt" // an attempt to gain access, even without a breach
)

// BreachDeadline is how soon the processor tells the controller of a breach
// of a kind, counted from when the processor became aware of it.
type BreachDeadline struct {
	Kind   BreachKind   `json:"kind"`            // breach or intrusion-attempt
	Within civil.Period `json:"within,omitzero"` // blank in a draft that leaves the hours open
}

// AssistanceTerms is what the controller pays for assistance.
type AssistanceTerms struct {
	// Fee is the price per unit, excluding VAT; zero when assistance is free.
	Fee Money `json:"fee,omitzero"`
	// Per is the unit the fee is charged per, such as hours.
	Per civil.Unit `json:"per,omitzero"`
	// PriceList refers to a published price list instead of a fee.
	PriceList i18n.Text `json:"priceList,omitzero"`
}

// EndAction is what the processor does with the data at the end.
type EndAction string

// The end-of-service actions (Art. 28(3)(g)).
const (
	ControllerChooses EndAction = "controller-chooses" // the controller chooses delete or return
	Delete            EndAction = "delete"             // delete all data and copies
	Return            EndAction = "return"             // return all data, then delete copies
)

// EndOfService is the clause on deletion and return.
type EndOfService struct {
	Action EndAction `json:"action"` // controller-chooses, delete or return
	// Deadline is how soon after the end the data is deleted or returned.
	Deadline civil.Period `json:"deadline,omitzero"`
	// ConfirmWithin is how soon the processor confirms the deletion in
	// writing (seed 003: 14 days).
	ConfirmWithin civil.Period `json:"confirmWithin,omitzero"`
	// RetentionLaw names law that requires the processor to keep data after
	// the end (seed 004 clause 11.2: the Danish Archives Act).
	RetentionLaw i18n.Text `json:"retentionLaw,omitzero"`
}
