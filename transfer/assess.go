package transfer

import "github.com/dpakit/dpakit/civil"

// Query is one recipient's processing location to assess against the law and
// the controller's instruction.
type Query struct {
	// Location is where the recipient processes or accesses the data.
	Location Location
	// Exporter is the country the data leave from: the processor's when it
	// engages a sub-processor, the controller's otherwise. It matters for
	// exporters in Iceland, Liechtenstein and Norway, where some adequacy
	// decisions do not apply yet; empty means an exporter in the EU.
	Exporter Country
	// Date is the day the transfer is assessed for, normally the date of the
	// agreement. It is needed when the basis is an adequacy decision.
	Date civil.Date
	// Basis is the transfer basis given for the recipient.
	Basis Basis
	// Instruction is the controller's instruction on transfers.
	Instruction Instruction
}

// Verdict is the result of [Assess].
type Verdict struct {
	// Allowed says whether the processing at the location is allowed: no
	// reason in Reasons is blocking.
	Allowed bool `json:"allowed"`
	// Reasons are all the reasons found, the grounds as well as the
	// problems.
	Reasons Reasons `json:"reasons"`
	// Decision is the adequacy decision relied on: when the basis is an
	// adequacy decision and one applies to the location on the date, even if
	// a condition of it is not met; nil otherwise. It points into the
	// package's table of decisions, which every assessment reads: do not
	// modify it.
	Decision *Decision `json:"decision,omitzero"`
}

// Assess decides whether a recipient may process personal data at q.Location
// on q.Date, under q.Instruction and with q.Basis, and says why. It collects
// every reason rather than stopping at the first, and does not allocate.
//
// The rules, in order:
//
//  1. A location that does not name exactly one known country or
//     organisation is [LocationUnknown], and nothing else is checked. Codes
//     are compared normalized ("se", " uk ").
//  2. The instruction: with [NoThirdCountries] a location outside the EEA is
//     [InstructionEEAOnly]; with [OnlyListed] a location that is not a listed
//     country, inside the EEA or not, is [InstructionNotListed]; with no or
//     an unknown kind, a location outside the EEA is [InstructionMissing].
//  3. A location inside the EEA is [InsideEEA] and needs no basis.
//  4. Outside the EEA the basis is checked: an adequacy decision that
//     applies on the date ([AdequacyApplies]; or [AdequacyNotYet],
//     [AdequacyEnded], [NoAdequacy], [DateMissing]) and its conditions
//     ([DPFNotCertified], also when the certification lapsed before the
//     date, [EFTANotIncorporated], [AdequacyPartialScope]); an
//     Art. 46 safeguard ([SafeguardsApply]) with a transfer impact assessment
//     ([TIAMissing]) and, for standard contractual clauses, a module
//     ([SCCModuleMissing]); an Art. 49 derogation ([DerogationApplies]) with
//     its letter ([DerogationLetterMissing]); otherwise [NoBasis].
func Assess(q Query) Verdict {
	c, org, ok := resolve(q.Location)
	if !ok {
		return Verdict{Reasons: 1 << LocationUnknown}
	}
	var v Verdict
	var rs Reasons
	add := func(r Reason) { rs |= 1 << r }

	inside := org < 0 && c.EEA()
	switch q.Instruction.Kind {
	case NoThirdCountries:
		if !inside {
			add(InstructionEEAOnly)
		}
	case OnlyListed:
		if org >= 0 || !q.Instruction.lists(c) {
			add(InstructionNotListed)
		}
	case WithSafeguards:
	default:
		if !inside {
			add(InstructionMissing)
		}
	}

	if inside {
		add(InsideEEA)
	} else {
		b := q.Basis
		switch {
		case b.Mechanism == Adequacy:
			if !q.Date.Valid() {
				add(DateMissing)
				break
			}
			a := lookup(c, org, q.Date)
			add(a.reason)
			if a.index < 0 {
				break
			}
			d := &decisions[a.index]
			v.Decision = d
			if d.Condition == DPFCertification && (!b.DPFCertified || b.DPFCertifiedUntil.Valid() && q.Date.After(b.DPFCertifiedUntil)) {
				add(DPFNotCertified)
			}
			if d.Condition.limitsScope() {
				add(AdequacyPartialScope)
			}
			if d.EFTAPending {
				if e, ok := canonical(q.Exporter); ok && e.eeaEFTAState() {
					add(EFTANotIncorporated)
				}
			}
		case b.Mechanism.article46():
			add(SafeguardsApply)
			if b.Mechanism == SCC && (b.SCCModule < 1 || b.SCCModule > 4) {
				add(SCCModuleMissing)
			}
			if b.Mechanism == AdHocClauses {
				add(AuthorisationNeeded)
			}
			if !b.TIA {
				add(TIAMissing)
			}
		case b.Mechanism == Derogation:
			add(DerogationApplies)
			if !derogationLetter(b.Derogation) {
				add(DerogationLetterMissing)
			}
		case b.Mechanism == CompellingInterests:
			add(DerogationApplies)
		default:
			add(NoBasis)
		}
	}
	v.Reasons = rs
	v.Allowed = rs&blocking == 0
	return v
}
