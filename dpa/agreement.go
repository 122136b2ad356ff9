package dpa

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// Agreement is a data processing agreement under GDPR Art. 28: the parties,
// the clause parameters and the annexes. A draft may have blanks; a final
// agreement may not.
type Agreement struct {
	// ID identifies the agreement in the caller's contract system.
	ID string `json:"id"`
	// Version is the agreement's version, such as "1.1.0".
	Version string `json:"version,omitzero"`
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
	// Date is the day the agreement is made (signed). Transfers are
	// assessed on this day.
	Date civil.Date `json:"date,omitzero"`
	// EffectiveDate is the day it takes effect; when blank, it takes effect
	// when both parties have signed.
	EffectiveDate civil.Date `json:"effectiveDate,omitzero"`
	// Term is how long the agreement runs.
	Term Term `json:"term"`
	// MainAgreement is the agreement on the services this one belongs to.
	MainAgreement MainAgreement `json:"mainAgreement,omitzero"`
	// Precedence says which agreement prevails on conflict.
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

// Template names the model an agreement is built on.
type Template string

// The templates seen in Nordic agreements (DOMAIN.md §5.1).
const (
	Custom         Template = "custom"            // the parties' own text
	EU2021915      Template = "eu-2021-915"       // Commission SCCs under Art. 28(7), Decision (EU) 2021/915
	DKDatatilsynet Template = "dk-datatilsynet"   // Danish Datatilsynet standard clauses (Art. 28(8))
	SESKRAddaInera Template = "se-skr-adda-inera" // Swedish SKR/Adda/Inera PUB-avtal
)

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

// Term is how long the agreement runs.
type Term struct {
	Kind    TermKind   `json:"kind"`             // main-agreement, while-processing or fixed-date
	EndDate civil.Date `json:"endDate,omitzero"` // with fixed-date
}

// MainAgreement identifies the agreement on the services.
type MainAgreement struct {
	Title     i18n.Text  `json:"title,omitzero"`     // its title, such as "Licence agreement"
	Reference string     `json:"reference,omitzero"` // contract number or reference
	Date      civil.Date `json:"date,omitzero"`      // when it was made
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

// Party is a controller or the processor.
type Party struct {
	Name      string        `json:"name"`               // legal name
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
