package dpa

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// Liability is how the parties' liability to each other for the
// processing is settled. The GDPR does not require a liability clause.
// Whatever is given, the clause states what the GDPR settles itself:
// Art. 82 towards data subjects and the recourse between the parties
// (Art. 82(5)), each party's fines borne by itself, and the processor's
// full liability to the controller for its sub-processors (Art. 28(4)).
// The rest follows the main agreement's liability terms, or this
// agreement's own cap and terms. A cap reaches the sub-processors' acts as
// it reaches the processor's own unless Uncapped leaves them out.
type Liability struct {
	// Basis says whether this agreement has its own liability terms or
	// follows the main agreement's.
	Basis LiabilityBasis `json:"basis,omitzero"`
	// Cap limits what a party pays the other; zero when there is no cap.
	Cap LiabilityCap `json:"cap,omitzero"`
	// Uncapped lists what no cap limits, the cap of this agreement or of
	// the main agreement. The GDPR requires none of them: Art. 28(4) makes
	// the processor answer for its sub-processors as for itself, not
	// without limit, and Art. 82(5) gives the recourse without barring a
	// cap on it between the parties. Leaving them out is the parties'
	// choice; validation notes a cap that reaches them.
	Uncapped []Exposure `json:"uncapped,omitzero"`
	// Terms are the parties' own liability terms in their words, where a
	// cap does not say it all (seed 000 §13 leaves a blank for them).
	Terms i18n.Text `json:"terms,omitzero"`
}

// IsZero reports whether nothing about liability is given.
func (l Liability) IsZero() bool {
	return l.Basis == "" && l.Cap.IsZero() && len(l.Uncapped) == 0 && l.Terms.IsZero()
}

// LiabilityBasis says where the parties' liability terms are.
type LiabilityBasis string

// The bases of liability.
const (
	// OwnLiabilityTerms: this agreement settles liability itself.
	OwnLiabilityTerms LiabilityBasis = "own-terms"
	// MainAgreementLiability: the main agreement's liability terms apply.
	MainAgreementLiability LiabilityBasis = "main-agreement"
)

// LiabilityBasisDef defines a [LiabilityBasis]: its ID and its Name in
// each language.
type LiabilityBasisDef = enum.Def[LiabilityBasis]

// LiabilityBases defines every [LiabilityBasis], in the order a form
// offers them.
var LiabilityBases = []LiabilityBasisDef{
	{ID: OwnLiabilityTerms, Name: i18n.Text{EN: "This agreement has its own liability terms", SV: "Detta avtal har egna ansvarsvillkor", NB: "Denne avtalen har egne ansvarsvilkår", DA: "Denne aftale har egne ansvarsvilkår"}},
	{ID: MainAgreementLiability, Name: i18n.Text{EN: "The main agreement's liability terms apply", SV: "Huvudavtalets ansvarsvillkor gäller", NB: "Hovedavtalens ansvarsvilkår gjelder", DA: "Hovedaftalens ansvarsvilkår gælder"}},
}

// liabilityBases reads [LiabilityBases].
var liabilityBases = enum.Of(LiabilityBases)

// Def returns the definition of b from [LiabilityBases], and false when b
// is not a basis of liability.
func (b LiabilityBasis) Def() (LiabilityBasisDef, bool) { return liabilityBases.Def(b) }

// Valid reports whether b is one of [LiabilityBases].
func (b LiabilityBasis) Valid() bool { return liabilityBases.Valid(b) }

// In returns the name of b in language l, falling back to English, or the
// value as written when it is not a basis, so that a LiabilityBasis is a
// localized argument of finding messages.
func (b LiabilityBasis) In(l i18n.Lang) string { return liabilityBases.In(b, l) }

// LiabilityCap is the most a party pays the other: a sum of money, or a
// multiple of the fees paid under the main agreement over a period. Give
// one of Amount and FeeMultiple, not both.
type LiabilityCap struct {
	// Amount is the cap as a sum, such as 1 000 000.00 SEK.
	Amount Money `json:"amount,omitzero"`
	// FeeMultiple is the cap as a multiple of the fees, a positive decimal
	// written as a string so that it is kept exactly, such as "1" or
	// "1.5": at most six digits before the point and two after it.
	FeeMultiple string `json:"feeMultiple,omitzero"`
	// Period is, with FeeMultiple, the period whose fees count (such as
	// the 12 months before the claim); with Amount, the period the cap
	// applies per (such as each year); zero with Amount means in total.
	Period civil.Period `json:"period,omitzero"`
}

// IsZero reports whether no cap is given.
func (c LiabilityCap) IsZero() bool {
	return c.Amount.IsZero() && c.FeeMultiple == "" && c.Period.IsZero()
}

// validMultiple reports whether s is a positive decimal of at most six
// digits before and two after the point, such as "2" or "1.5".
func validMultiple(s string) bool {
	digits, point, after, nonZero := 0, false, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' && !point && digits > 0:
			point = true
		case c >= '0' && c <= '9':
			if point {
				after++
			} else {
				digits++
			}
			nonZero = nonZero || c != '0'
		default:
			return false
		}
	}
	return digits > 0 && digits <= 6 && (!point || after > 0) && after <= 2 && nonZero
}

// Exposure is a head of liability a cap can leave out.
type Exposure string

// The heads of liability that the parties can leave outside a cap.
const (
	// SubProcessorLiability is the processor's liability to the controller
	// for its sub-processors' performance (GDPR Art. 28(4)).
	SubProcessorLiability Exposure = "sub-processors"
	// DataSubjectCompensation is compensation paid to data subjects and
	// claimed back from the other party (GDPR Art. 82(4)–(5)).
	DataSubjectCompensation Exposure = "data-subject-compensation"
	// Fines are administrative fines, which each party bears itself
	// (GDPR Art. 83). The clause always says so; listing it changes
	// nothing.
	Fines Exposure = "fines"
)

// ExposureDef defines an [Exposure]: its ID, its Name in each language
// and its legal Ref.
type ExposureDef = enum.Def[Exposure]

// Exposures defines every [Exposure], in the order a form offers them.
var Exposures = []ExposureDef{
	{ID: SubProcessorLiability, Name: i18n.Text{EN: "The processor's liability for its sub-processors", SV: "Personuppgiftsbiträdets ansvar för sina underbiträden", NB: "Databehandlerens ansvar for sine underdatabehandlere", DA: "Databehandlerens ansvar for sine underdatabehandlere"}, Ref: "GDPR Art. 28(4)"},
	{ID: DataSubjectCompensation, Name: i18n.Text{EN: "Compensation paid to data subjects", SV: "Ersättning som har betalats till registrerade", NB: "Erstatning som er betalt til registrerte", DA: "Erstatning, der er betalt til registrerede"}, Ref: "GDPR Art. 82"},
	{ID: Fines, Name: i18n.Text{EN: "Administrative fines, which each party bears itself", SV: "Administrativa sanktionsavgifter, som vardera parten själv bär", NB: "Overtredelsesgebyrer, som hver part selv bærer", DA: "Bøder, som hver part selv bærer"}, Ref: "GDPR Art. 83"},
}

// exposures reads [Exposures].
var exposures = enum.Of(Exposures)

// Def returns the definition of e from [Exposures], and false when e is
// not a head of liability.
func (e Exposure) Def() (ExposureDef, bool) { return exposures.Def(e) }

// Valid reports whether e is one of [Exposures].
func (e Exposure) Valid() bool { return exposures.Valid(e) }

// In returns the name of e in language l, falling back to English, or the
// value as written when it is not a head of liability, so that an Exposure
// is a localized argument of finding messages.
func (e Exposure) In(l i18n.Lang) string { return exposures.In(e, l) }

// Remedies are the controller's rights when the processor breaches this
// agreement or data protection law (seed 003 §11.5 and §12.2). Each right
// the agreement gives is set; none is implied.
type Remedies struct {
	// StopProcessing: the controller may order the processing stopped
	// with immediate effect.
	StopProcessing bool `json:"stopProcessing,omitzero"`
	// Suspend: the controller may require all or part of the processing
	// suspended until the correction of a deviation is confirmed.
	Suspend bool `json:"suspend,omitzero"`
	// CorrectDeviations: the processor must correct deviations an audit
	// finds, and have its sub-processors do the same.
	CorrectDeviations bool `json:"correctDeviations,omitzero"`
	// CorrectWithin is how soon deviations are corrected; zero with
	// CorrectDeviations means without undue delay.
	CorrectWithin civil.Period `json:"correctWithin,omitzero"`
	// TerminateForBreach: the controller may terminate this agreement and
	// the main agreement for a material breach.
	TerminateForBreach bool `json:"terminateForBreach,omitzero"`
}

// IsZero reports whether the agreement gives the controller none of the
// remedies.
func (r Remedies) IsZero() bool { return r == Remedies{} }

// TerminationNotice says when a party may terminate this agreement by
// notice.
type TerminationNotice string

// The rules for termination on notice.
const (
	// AfterServicesEnd: by written notice once the services have ended and
	// the data is deleted or returned (seed 004 §14.4).
	AfterServicesEnd TerminationNotice = "after-services"
	// AnyTime: by notice at any time.
	AnyTime TerminationNotice = "any-time"
)

// TerminationNoticeDef defines a [TerminationNotice]: its ID and its Name
// in each language.
type TerminationNoticeDef = enum.Def[TerminationNotice]

// TerminationNotices defines every [TerminationNotice], in the order a
// form offers them.
var TerminationNotices = []TerminationNoticeDef{
	{ID: AfterServicesEnd, Name: i18n.Text{EN: "Once the services have ended and the data is deleted or returned", SV: "När tjänsterna har upphört och uppgifterna har raderats eller återlämnats", NB: "Når tjenestene har opphørt og opplysningene er slettet eller tilbakelevert", DA: "Når ydelserne er ophørt, og oplysningerne er slettet eller tilbageleveret"}},
	{ID: AnyTime, Name: i18n.Text{EN: "At any time", SV: "När som helst", NB: "Når som helst", DA: "Når som helst"}},
}

// terminationNotices reads [TerminationNotices].
var terminationNotices = enum.Of(TerminationNotices)

// Def returns the definition of n from [TerminationNotices], and false
// when n is not a rule for termination on notice.
func (n TerminationNotice) Def() (TerminationNoticeDef, bool) { return terminationNotices.Def(n) }

// Valid reports whether n is one of [TerminationNotices].
func (n TerminationNotice) Valid() bool { return terminationNotices.Valid(n) }

// In returns the name of n in language l, falling back to English, or the
// value as written when it is not a rule, so that a TerminationNotice is a
// localized argument of finding messages.
func (n TerminationNotice) In(l i18n.Lang) string { return terminationNotices.In(n, l) }
