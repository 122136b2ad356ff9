package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// TestLiabilityRemediesTermination checks the rules on liability, the
// controller's remedies, termination on notice, the unlawful-instruction
// notice and the breach kinds and targets, each against the reference
// agreement changed in one place.
func TestLiabilityRemediesTermination(t *testing.T) {
	const (
		E = finding.Error
		W = finding.Warning
	)
	sek := func(n int64) dpa.Money { return dpa.Money{Amount: decimal.NewFromInt(n), Currency: "SEK"} }
	safe := []dpa.Exposure{dpa.SubProcessorLiability, dpa.DataSubjectCompensation, dpa.Fines}
	for _, tc := range []struct {
		name   string
		reason string
		edit   func(a *dpa.Agreement)
		want   []got
	}{
		{"liability-main", "following the main agreement's liability terms is lawful",
			func(a *dpa.Agreement) { a.Clauses.Liability = dpa.Liability{Basis: dpa.MainAgreementLiability} }, nil},
		{"liability-cap-safe", "a cap that leaves Art. 28(4) and Art. 82 outside it passes",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms,
					Cap: dpa.LiabilityCap{FeeMultiple: "1.5", Period: civil.Of(12, civil.Months)}, Uncapped: safe}
			}, nil},
		{"liability-cap-amount-total", "a sum in total needs no period",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms, Cap: dpa.LiabilityCap{Amount: sek(1000000)}, Uncapped: safe}
			}, nil},
		{"liability-cap-limits-both", "a cap that reaches Art. 28(4) liability (noted: lawful, review 8 da R1) and Art. 82 compensation (warned) is flagged for each",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms, Cap: dpa.LiabilityCap{Amount: sek(1000000)}, Uncapped: []dpa.Exposure{dpa.Fines}}
			},
			[]got{{"liability.cap-limits-sub-processors", "/clauses/liability/uncapped", finding.Info}, {"liability.cap-limits-compensation", "/clauses/liability/uncapped", W}}},
		{"liability-cap-limits-compensation", "leaving out only Art. 28(4) still caps Art. 82 recourse",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{Amount: sek(5)}, Uncapped: []dpa.Exposure{dpa.SubProcessorLiability}}
			},
			[]got{{"liability.cap-limits-compensation", "/clauses/liability/uncapped", W}}},
		{"liability-terms-blank-final", "own terms with nothing in them are a blank (seed 000 §13)",
			func(a *dpa.Agreement) { a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms} },
			[]got{{"liability.terms-missing", "/clauses/liability/terms", E}}},
		{"liability-terms-blank-draft", "in a draft the blank is a warning",
			func(a *dpa.Agreement) {
				a.Status = dpa.Draft
				a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms}
			},
			[]got{{"liability.terms-missing", "/clauses/liability/terms", W}}},
		{"liability-terms-text", "own terms in words are enough",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Basis: dpa.OwnLiabilityTerms, Terms: i18n.Text{SV: "Vardera parten ansvarar för sina egna fel."}}
			}, nil},
		{"liability-basis-conflict", "a cap of its own contradicts following the main agreement",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Basis: dpa.MainAgreementLiability, Cap: dpa.LiabilityCap{Amount: sek(1)}, Uncapped: safe}
			},
			[]got{{"liability.basis-conflict", "/clauses/liability/basis", E}}},
		{"liability-basis-unknown", "the basis is an enum",
			func(a *dpa.Agreement) { a.Clauses.Liability = dpa.Liability{Basis: "none"} },
			[]got{{"value.unknown", "/clauses/liability/basis", E}}},
		{"liability-exposure-unknown", "what the cap leaves out is an enum",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Uncapped: []dpa.Exposure{dpa.Fines, "gross-negligence"}}
			},
			[]got{{"value.unknown", "/clauses/liability/uncapped/1", E}}},
		{"liability-cap-ambiguous", "a sum and a multiple at once say two things",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{Amount: sek(1), FeeMultiple: "1"}, Uncapped: safe}
			},
			[]got{{"liability.cap-ambiguous", "/clauses/liability/cap", E}}},
		{"liability-cap-negative", "a negative sum caps nothing",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{Amount: sek(-1)}, Uncapped: safe}
			},
			[]got{{"liability.cap-invalid", "/clauses/liability/cap/amount", E}}},
		{"liability-cap-no-currency", "a sum needs its currency",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{Amount: dpa.Money{Amount: decimal.NewFromInt(5)}}, Uncapped: safe}
			},
			[]got{{"liability.cap-invalid", "/clauses/liability/cap/amount", E}}},
		{"liability-cap-bad-multiple", "a multiple is a positive decimal with a point",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{FeeMultiple: "1,5", Period: civil.Of(1, civil.Years)}, Uncapped: safe}
			},
			[]got{{"liability.cap-invalid", "/clauses/liability/cap/feeMultiple", E}}},
		{"liability-cap-zero-multiple", "zero times the fees is no cap but a waiver",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{FeeMultiple: "0.00", Period: civil.Of(1, civil.Years)}, Uncapped: safe}
			},
			[]got{{"liability.cap-invalid", "/clauses/liability/cap/feeMultiple", E}}},
		{"liability-cap-period-missing", "a multiple of the fees needs the period whose fees count",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{FeeMultiple: "2"}, Uncapped: safe}
			},
			[]got{{"liability.cap-period-missing", "/clauses/liability/cap/period", E}}},
		{"liability-cap-period-only", "a period alone is a cap with no size",
			func(a *dpa.Agreement) {
				a.Clauses.Liability = dpa.Liability{Cap: dpa.LiabilityCap{Period: civil.Of(1, civil.Years)}}
			},
			[]got{{"liability.cap-invalid", "/clauses/liability/cap/amount", E}}},
		{"remedies", "every remedy of seed 003 may be given",
			func(a *dpa.Agreement) {
				a.Clauses.Remedies = dpa.Remedies{StopProcessing: true, Suspend: true, CorrectDeviations: true,
					CorrectWithin: civil.Of(30, civil.Days), TerminateForBreach: true}
			}, nil},
		{"remedies-bad-period", "the correction period is a period",
			func(a *dpa.Agreement) { a.Clauses.Remedies = dpa.Remedies{CorrectWithin: civil.Of(-1, civil.Days)} },
			[]got{{"period.invalid", "/clauses/remedies/correctWithin", E}}},
		{"term-after-services", "notice once the services ended (seed 004 §14.4) leaves no processing without a contract",
			func(a *dpa.Agreement) { a.Term.Notice = dpa.AfterServicesEnd; a.Term.Replaceable = true }, nil},
		{"term-any-time", "notice at any time could leave processing without an Art. 28(3) contract",
			func(a *dpa.Agreement) { a.Term.Notice = dpa.AnyTime; a.Term.NoticePeriod = civil.Of(3, civil.Months) },
			[]got{{"term.notice-any-time", "/term/notice", W}}},
		{"term-period-without-rule", "a period of notice without a right to give notice",
			func(a *dpa.Agreement) { a.Term.NoticePeriod = civil.Of(3, civil.Months) },
			[]got{{"term.notice-missing", "/term/notice", E}}},
		{"term-notice-unknown", "the rule is an enum",
			func(a *dpa.Agreement) { a.Term.Notice = "whenever" },
			[]got{{"value.unknown", "/term/notice", E}}},
		{"term-notice-bad-period", "the period of notice is a period",
			func(a *dpa.Agreement) {
				a.Term.Notice = dpa.AfterServicesEnd
				a.Term.NoticePeriod = civil.Period{Value: 1, Unit: "moons"}
			},
			[]got{{"period.invalid", "/term/noticePeriod", E}}},
		{"instruction-30-days", "seed 002 P3: 30 days is not immediately",
			func(a *dpa.Agreement) { a.Clauses.UnlawfulInstruction.NotifyWithin = civil.Of(30, civil.Days) },
			[]got{{"instruction.notice-not-immediate", "/clauses/unlawfulInstruction/notifyWithin", W}}},
		{"instruction-1-day", "a day to look at the instruction still counts as immediate",
			func(a *dpa.Agreement) { a.Clauses.UnlawfulInstruction.NotifyWithin = civil.Of(1, civil.Days) }, nil},
		{"breach-target-over-72h", "a target beyond 72 hours leaves the controller no time either",
			func(a *dpa.Agreement) {
				a.Clauses.BreachNotification[0].Within, a.Clauses.BreachNotification[0].IfPossible = civil.Of(4, civil.Days), true
			},
			[]got{{"breach.deadline-over-72h", "/clauses/breachNotification/0/within", E}, {"breach.deadline-if-possible", "/clauses/breachNotification/0/ifPossible", W}}},
		{"breach-target-24h", "seeds 001 and 004: if possible within 24 hours is the parties' term, and a warning says that it binds no one (review 42 da R9)",
			func(a *dpa.Agreement) { a.Clauses.BreachNotification[0].IfPossible = true },
			[]got{{"breach.deadline-if-possible", "/clauses/breachNotification/0/ifPossible", W}}},
		{"return-format-unknown", "the format of a return is an enum",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.ReturnFormat = "floppy" },
			[]got{{"value.unknown", "/clauses/endOfService/returnFormat", E}}},
		{"backups-bad-period", "the backup deadline is a period",
			func(a *dpa.Agreement) { a.Clauses.EndOfService.BackupsWithin = civil.Of(-35, civil.Days) },
			[]got{{"period.invalid", "/clauses/endOfService/backupsWithin", E}}},
		{"confidentiality-law-placeholder", "the statute is free text and may not hold a placeholder in a final agreement",
			func(a *dpa.Agreement) { a.Clauses.ConfidentialityLaw = i18n.Text{SV: "[lag]"} },
			[]got{{"text.placeholder", "/clauses/confidentialityLaw/sv", E}}},
		{"breach-details-checked", "seed 003: the parties' own items of a breach notice are free text, checked as such",
			func(a *dpa.Agreement) {
				a.Clauses.BreachDetails = []i18n.Text{{SV: "vilka registrerade som berörs"}, {SV: "uppgifter enligt punkt 11.3 i huvudavtalet"}}
			},
			[]got{{"text.clause-reference", "/clauses/breachDetails/1/sv", W}}},
		{"fee-covers-blank", "seed 003 §5.5: a fee for named work left blank is a blank, not free",
			func(a *dpa.Agreement) {
				a.Clauses.Assistance = dpa.AssistanceTerms{Covers: []dpa.AssistanceWork{dpa.ComplianceWork}, MainAgreementPrevails: true}
			},
			[]got{{"assistance.fee-missing", "/clauses/assistance/fee", E}}},
		{"fee-values-unknown", "what a fee covers and who is paid are enums",
			func(a *dpa.Agreement) {
				a.Clauses.Assistance.Covers = []dpa.AssistanceWork{dpa.ComplianceWork, "coffee"}
				a.Clauses.Assistance.PaidTo = "the auditor"
			},
			[]got{{"value.unknown", "/clauses/assistance/covers/1", E}, {"value.unknown", "/clauses/assistance/paidTo", E}}},
		{"no-level-national-id-final", "seed 002 P2: national identity numbers without a level are reported in a final agreement too, as a warning: Art. 32 and the article ask for extra measures, not a named level (review 41 en R10)",
			func(a *dpa.Agreement) {
				a.Annexes.C.Security.Level = ""
				a.Annexes.C.Security.Risk = security.Risk{}
				a.Annexes.A.Groups = []annex.Group{{Name: i18n.Text{SV: "Kunder"}, Ordinary: []annex.OrdinaryData{annex.Name}, NationalID: true}}
			},
			[]got{{"security.level-missing-for-data", "/annexes/c/security/level", W}}},
		{"no-level-unnamed-special-draft", "seed 001 C.2: unnamed Art. 9 data without a level; a warning in a draft",
			func(a *dpa.Agreement) {
				a.Status = dpa.Draft
				a.Annexes.C.Security.Level = ""
				a.Annexes.C.Security.Risk = security.Risk{}
				a.Annexes.A.Groups = []annex.Group{{Name: i18n.Text{SV: "Kunder"}, Ordinary: []annex.OrdinaryData{annex.Name}, SpecialUnnamed: true}}
			},
			[]got{{"processing.special-categories-unnamed", "/annexes/a/groups/0/specialUnnamed", W}, {"security.level-missing-for-data", "/annexes/c/security/level", W}}},
		{"no-level-ordinary", "ordinary data without a level stays a warning: Art. 32 asks for measures, not a level",
			func(a *dpa.Agreement) {
				a.Annexes.C.Security.Level = ""
				a.Annexes.C.Security.Risk = security.Risk{}
				a.Annexes.A.Groups = []annex.Group{{Name: i18n.Text{SV: "Kunder"}, Ordinary: []annex.OrdinaryData{annex.Name}}}
			},
			[]got{{"security.level-missing", "/annexes/c/security/level", W}}},
		{"unnamed-special-basic", "unnamed Art. 9 data still call for a considerable level",
			func(a *dpa.Agreement) {
				a.Annexes.C.Security.Level = security.Basic
				a.Annexes.C.Security.Risk = security.Risk{}
				a.Annexes.A.Groups = []annex.Group{{Name: i18n.Text{SV: "Kunder"}, Ordinary: []annex.OrdinaryData{annex.Name}, SpecialUnnamed: true}}
			},
			[]got{{"processing.special-categories-unnamed", "/annexes/a/groups/0/specialUnnamed", E}, {"security.level-too-low-for-data", "/annexes/c/security/level", E}}},
		{"party-unit-trade-name", "a committee (seed 000 §1.2) and a trade name (seed 001) are part of a party",
			func(a *dpa.Agreement) {
				a.Controllers[0].Unit, a.Processor.TradeName = "Hälso- och sjukvårdsnämnden", "Datalogisk"
			}, nil},
		{"party-unit-untidy", "the unit and the trade name are trimmed like the name",
			func(a *dpa.Agreement) { a.Controllers[0].Unit, a.Processor.TradeName = " Nämnden", "Datalogisk " },
			[]got{{"value.not-normalised", "/controllers/0/unit", W}, {"value.not-normalised", "/processor/tradeName", W}}},
		{"party-short-name", "a short name the annexes use (seed 000: vårdgivaren) is part of a party; like other free text it may not cite a clause by a typed number",
			func(a *dpa.Agreement) {
				a.Controllers[0].ShortName = i18n.Text{SV: "vårdgivaren"}
				a.Processor.ShortName = i18n.Text{SV: "biträdet enligt punkt 1.1"}
			},
			[]got{{"text.clause-reference", "/processor/shortName/sv", W}}},
		{"assess-unknown-measure", "a measure to assess is one of the catalogue's (review 22 sv R3)",
			func(a *dpa.Agreement) {
				a.Annexes.C.Security.Assess = []security.MeasureID{security.MeasurePseudonymisation, "quantumShield"}
			},
			[]got{{"value.unknown", "/annexes/c/security/assess/1", E}}},
		{"agreement-breach-5-days", "Art. 33's 72 hours do not bind notice of a breach of the agreement (seed 003 §10.1)",
			func(a *dpa.Agreement) {
				a.Clauses.BreachNotification = append(a.Clauses.BreachNotification,
					dpa.BreachDeadline{Kind: dpa.AgreementBreach, Within: civil.Of(5, civil.Days)})
			}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := examples.Reference()
			tc.edit(a)
			if diff := cmp.Diff(tc.want, summarize(dpa.Validate(a)), sortGot, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: findings (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
