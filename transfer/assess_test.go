package transfer

import (
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/google/go-cmp/cmp"
)

var (
	agreementDate  = civil.D(2026, 11, 22)
	withSafeguards = Instruction{Kind: WithSafeguards}
	eeaOnly        = Instruction{Kind: NoThirdCountries}
	swedenOnly     = Instruction{Kind: OnlyListed, Countries: []Country{"SE"}}
	onAdequacy     = Basis{Mechanism: Adequacy}
	onDPF          = Basis{Mechanism: Adequacy, DPFCertified: true}
)

func in(c Country) Location { return Location{Country: c} }

type assessCase struct {
	name     string
	reason   string
	q        Query
	allowed  bool
	want     []Reason
	decision string // Instrument of Verdict.Decision, or "" for none
}

const (
	dpfDecision   = "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)"
	ukDecision    = "Commission Implementing Decision (EU) 2021/1772, as extended"
	ukRenewal     = "Commission Implementing Decision of 19 December 2025 renewing Implementing Decision (EU) 2021/1772"
	brDecision    = "Commission Implementing Decision (EU) 2026/179 (C(2026) 373)"
	epoDecision   = "Commission Decision C(2025) 4626"
	japanDecision = "Commission Implementing Decision (EU) 2019/419"
)

var assessCases = []assessCase{
	// The United States and the Data Privacy Framework.
	{
		name:   "us-before-dpf",
		reason: "the DPF adequacy decision was adopted on 2023-07-10, a day after the agreement",
		q:      Query{Location: in("US"), Exporter: "SE", Date: civil.D(2023, 7, 9), Basis: onDPF, Instruction: withSafeguards},
		want:   []Reason{AdequacyNotYet},
	},
	{
		name:     "us-dpf-certified",
		reason:   "a DPF-certified recipient is covered by Implementing Decision (EU) 2023/1795",
		q:        Query{Location: in("US"), Exporter: "SE", Date: civil.D(2024, 3, 1), Basis: onDPF, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: dpfDecision,
	},
	{
		name:     "us-not-certified",
		reason:   "the US decision covers only organisations on the DPF List",
		q:        Query{Location: in("US"), Exporter: "SE", Date: civil.D(2024, 3, 1), Basis: onAdequacy, Instruction: withSafeguards},
		want:     []Reason{AdequacyApplies, DPFNotCertified},
		decision: dpfDecision,
	},
	{
		name:    "us-scc",
		reason:  "SCC with a module and a TIA serve a recipient that is not DPF-certified",
		q:       Query{Location: in("US"), Date: agreementDate, Basis: Basis{Mechanism: SCC, SCCModule: 3, TIA: true}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{SafeguardsApply},
	},
	{
		name:     "us-eea-only",
		reason:   "an EEA-only instruction forbids the US even with a valid basis",
		q:        Query{Location: in("US"), Date: agreementDate, Basis: onDPF, Instruction: eeaOnly},
		want:     []Reason{AdequacyApplies, InstructionEEAOnly},
		decision: dpfDecision,
	},
	{
		name:     "us-no-instruction",
		reason:   "Art. 28(3)(a): without documented instructions nothing may leave the EEA",
		q:        Query{Location: in("US"), Date: agreementDate, Basis: onDPF},
		want:     []Reason{AdequacyApplies, InstructionMissing},
		decision: dpfDecision,
	},
	{
		name:     "us-unknown-instruction",
		reason:   "an unknown instruction kind counts as none",
		q:        Query{Location: in("US"), Date: agreementDate, Basis: onDPF, Instruction: Instruction{Kind: "anywhere"}},
		want:     []Reason{AdequacyApplies, InstructionMissing},
		decision: dpfDecision,
	},

	// Decisions with a limited scope.
	{
		name:     "japan",
		reason:   "Japan has an adequacy decision for the private sector: allowed, with a caveat",
		q:        Query{Location: in("JP"), Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies, AdequacyPartialScope},
		decision: japanDecision,
	},
	{
		name:     "canada",
		reason:   "Canada's decision covers commercial organisations only: allowed, with a caveat",
		q:        Query{Location: in("CA"), Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies, AdequacyPartialScope},
		decision: "Commission Decision 2002/2/EC",
	},

	// Safeguards and derogations.
	{
		name:    "india-scc-module-3-tia",
		reason:  "SCC Module Three with a TIA is an Art. 46 safeguard",
		q:       Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: SCC, SCCModule: 3, TIA: true}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{SafeguardsApply},
	},
	{
		name:   "india-nothing",
		reason: "a third country without any basis",
		q:      Query{Location: in("IN"), Date: agreementDate, Instruction: withSafeguards},
		want:   []Reason{NoBasis},
	},
	{
		name:   "india-adequacy",
		reason: "there is no adequacy decision for India",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{NoAdequacy},
	},
	{
		name:   "scc-without-module",
		reason: "SCC need a module from 1 to 4",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: SCC, TIA: true}, Instruction: withSafeguards},
		want:   []Reason{SafeguardsApply, SCCModuleMissing},
	},
	{
		name:   "scc-module-5",
		reason: "there is no Module Five",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: SCC, SCCModule: 5, TIA: true}, Instruction: withSafeguards},
		want:   []Reason{SafeguardsApply, SCCModuleMissing},
	},
	{
		name:   "scc-without-tia",
		reason: "Schrems II: an Art. 46 safeguard needs a transfer impact assessment",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: SCC, SCCModule: 2}, Instruction: withSafeguards},
		want:   []Reason{SafeguardsApply, TIAMissing},
	},
	{
		name:    "bcr",
		reason:  "binding corporate rules with a TIA",
		q:       Query{Location: in("CN"), Date: agreementDate, Basis: Basis{Mechanism: BCR, TIA: true}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{SafeguardsApply},
	},
	{
		name:   "code-of-conduct-without-tia",
		reason: "every Art. 46 safeguard needs a TIA, not only SCC",
		q:      Query{Location: in("CN"), Date: agreementDate, Basis: Basis{Mechanism: CodeOfConduct}, Instruction: withSafeguards},
		want:   []Reason{SafeguardsApply, TIAMissing},
	},
	{
		name:    "ad-hoc-clauses",
		reason:  "ad hoc clauses are allowed with a caveat: the SA must have authorised them",
		q:       Query{Location: in("CN"), Date: agreementDate, Basis: Basis{Mechanism: AdHocClauses, TIA: true}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{SafeguardsApply, AuthorisationNeeded},
	},
	{
		name:    "derogation-consent",
		reason:  "Art. 49(1)(a) explicit consent is allowed, but exceptional",
		q:       Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: Derogation, Derogation: "a"}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{DerogationApplies},
	},
	{
		name:   "derogation-without-letter",
		reason: "a derogation must name its letter",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: Derogation}, Instruction: withSafeguards},
		want:   []Reason{DerogationApplies, DerogationLetterMissing},
	},
	{
		name:   "derogation-letter-h",
		reason: "Art. 49(1) has letters a to g only",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: Derogation, Derogation: "h"}, Instruction: withSafeguards},
		want:   []Reason{DerogationApplies, DerogationLetterMissing},
	},
	{
		name:    "compelling-interests",
		reason:  "Art. 49(1) second subparagraph needs no letter",
		q:       Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: CompellingInterests}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{DerogationApplies},
	},
	{
		name:   "unknown-mechanism",
		reason: "a mechanism that is not defined is no basis",
		q:      Query{Location: in("IN"), Date: agreementDate, Basis: Basis{Mechanism: "contract"}, Instruction: withSafeguards},
		want:   []Reason{NoBasis},
	},

	// Instructions and the EEA.
	{
		name:   "sweden-only-denmark",
		reason: "the listed-countries instruction binds inside the EEA too",
		q:      Query{Location: in("DK"), Date: agreementDate, Instruction: swedenOnly},
		want:   []Reason{InsideEEA, InstructionNotListed},
	},
	{
		name:    "sweden-only-sweden",
		reason:  "Sweden is listed, compared normalized",
		q:       Query{Location: in("se"), Date: agreementDate, Instruction: Instruction{Kind: OnlyListed, Countries: []Country{" se "}}},
		allowed: true,
		want:    []Reason{InsideEEA},
	},
	{
		name:     "listed-third-country",
		reason:   "a listed third country still needs a basis, and has one",
		q:        Query{Location: in("US"), Date: agreementDate, Basis: onDPF, Instruction: Instruction{Kind: OnlyListed, Countries: []Country{"SE", "US"}}},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: dpfDecision,
	},
	{
		name:   "listed-third-country-without-basis",
		reason: "listing a third country is no transfer basis",
		q:      Query{Location: in("US"), Date: agreementDate, Instruction: Instruction{Kind: OnlyListed, Countries: []Country{"US"}}},
		want:   []Reason{NoBasis},
	},
	{
		name:     "listed-countries-organisation",
		reason:   "an organisation is not a listed country",
		q:        Query{Location: Location{Organisation: EuropeanPatentOrganisation}, Date: agreementDate, Basis: onAdequacy, Instruction: swedenOnly},
		want:     []Reason{AdequacyApplies, InstructionNotListed},
		decision: epoDecision,
	},
	{
		name:    "eea-only-norway",
		reason:  "Norway is in the EEA",
		q:       Query{Location: in("NO"), Date: agreementDate, Instruction: eeaOnly},
		allowed: true,
		want:    []Reason{InsideEEA},
	},
	{
		name:    "eea-only-aland",
		reason:  "Åland is part of the EU",
		q:       Query{Location: in("AX"), Date: agreementDate, Instruction: eeaOnly},
		allowed: true,
		want:    []Reason{InsideEEA},
	},
	{
		name:    "greece-as-el",
		reason:  "EL is normalized to GR, inside the EEA",
		q:       Query{Location: in("el"), Date: agreementDate, Instruction: eeaOnly},
		allowed: true,
		want:    []Reason{InsideEEA},
	},
	{
		name:    "inside-eea-without-instruction",
		reason:  "processing inside the EEA is no transfer; no instruction on transfers is needed",
		q:       Query{Location: in("FI"), Date: agreementDate},
		allowed: true,
		want:    []Reason{InsideEEA},
	},
	{
		name:    "inside-eea-basis-ignored",
		reason:  "inside the EEA a basis given anyway does not matter",
		q:       Query{Location: in("DE"), Basis: Basis{Mechanism: SCC}, Instruction: withSafeguards},
		allowed: true,
		want:    []Reason{InsideEEA},
	},
	{
		name:   "greenland",
		reason: "Greenland is outside the EU and has no adequacy decision",
		q:      Query{Location: in("GL"), Exporter: "DK", Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{NoAdequacy},
	},
	{
		name:     "faroe-islands",
		reason:   "the Faroe Islands are outside the EU but have an adequacy decision",
		q:        Query{Location: in("FO"), Exporter: "DK", Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: "Commission Decision 2010/146/EU",
	},

	// Brazil and the EEA EFTA states.
	{
		name:     "brazil-norwegian-exporter",
		reason:   "the Brazil decision is not yet incorporated into the EEA Agreement",
		q:        Query{Location: in("BR"), Exporter: "NO", Date: civil.D(2026, 2, 1), Basis: onAdequacy, Instruction: withSafeguards},
		want:     []Reason{AdequacyApplies, EFTANotIncorporated},
		decision: brDecision,
	},
	{
		name:     "brazil-icelandic-exporter",
		reason:   "Iceland is an EEA EFTA state too, given in lower case",
		q:        Query{Location: in("BR"), Exporter: "is", Date: civil.D(2026, 2, 1), Basis: onAdequacy, Instruction: withSafeguards},
		want:     []Reason{AdequacyApplies, EFTANotIncorporated},
		decision: brDecision,
	},
	{
		name:     "brazil-swedish-exporter",
		reason:   "the Brazil decision applies in the EU from 2026-01-26",
		q:        Query{Location: in("BR"), Exporter: "SE", Date: civil.D(2026, 2, 1), Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: brDecision,
	},
	{
		name:   "brazil-before-adoption",
		reason: "the Brazil decision was adopted on 2026-01-26",
		q:      Query{Location: in("BR"), Exporter: "SE", Date: civil.D(2026, 1, 25), Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{AdequacyNotYet},
	},
	{
		name:     "switzerland-norwegian-exporter",
		reason:   "the EEA EFTA caveat is only for decisions not yet incorporated",
		q:        Query{Location: in("CH"), Exporter: "NO", Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: "Commission Decision 2000/518/EC",
	},

	// The United Kingdom.
	{
		name:   "uk-after-end",
		reason: "the renewed UK decision ends on 2031-12-27",
		q:      Query{Location: in("GB"), Date: civil.D(2032, 1, 1), Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{AdequacyEnded},
	},
	{
		name:     "uk-2026",
		reason:   "the renewal of 19 December 2025 applies",
		q:        Query{Location: in("GB"), Date: civil.D(2026, 6, 1), Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: ukRenewal,
	},
	{
		name:     "uk-as-uk-2023",
		reason:   "UK is normalized to GB; the 2021 decision with its immigration carve-out applies",
		q:        Query{Location: in("uk"), Date: civil.D(2023, 1, 1), Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies, AdequacyPartialScope},
		decision: ukDecision,
	},
	{
		name:     "uk-overlap",
		reason:   "on 2025-12-20 both UK decisions apply; the later one wins",
		q:        Query{Location: in("GB"), Date: civil.D(2025, 12, 20), Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: ukRenewal,
	},
	{
		name:     "uk-last-day",
		reason:   "Ends is the last day the decision applies",
		q:        Query{Location: in("GB"), Date: civil.D(2031, 12, 27), Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: ukRenewal,
	},

	// The European Patent Organisation.
	{
		name:     "epo-after-adoption",
		reason:   "the EPO decision was adopted on 2025-07-15",
		q:        Query{Location: Location{Organisation: EuropeanPatentOrganisation, Place: "Munich"}, Date: civil.D(2025, 8, 1), Basis: onAdequacy, Instruction: withSafeguards},
		allowed:  true,
		want:     []Reason{AdequacyApplies},
		decision: epoDecision,
	},
	{
		name:   "epo-before-adoption",
		reason: "before 2025-07-15 there was no decision for the EPO yet",
		q:      Query{Location: Location{Organisation: EuropeanPatentOrganisation}, Date: civil.D(2025, 7, 1), Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{AdequacyNotYet},
	},
	{
		name:     "epo-eea-only",
		reason:   "an international organisation is outside the EEA",
		q:        Query{Location: Location{Organisation: "EPO"}, Date: agreementDate, Basis: onAdequacy, Instruction: eeaOnly},
		want:     []Reason{AdequacyApplies, InstructionEEAOnly},
		decision: epoDecision,
	},

	// Bad input.
	{
		name:   "adequacy-without-date",
		reason: "an adequacy decision cannot be checked without the date",
		q:      Query{Location: in("JP"), Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{DateMissing},
	},
	{
		name:   "adequacy-invalid-date",
		reason: "30 February is no date",
		q:      Query{Location: in("JP"), Date: civil.D(2026, 2, 30), Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{DateMissing},
	},
	{
		name:   "unknown-country",
		reason: "XX is no country",
		q:      Query{Location: in("XX"), Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{LocationUnknown},
	},
	{
		name:   "empty-location",
		reason: "a location must name a country or an organisation",
		q:      Query{Date: agreementDate, Instruction: withSafeguards},
		want:   []Reason{LocationUnknown},
	},
	{
		name:   "country-and-organisation",
		reason: "a location names exactly one of a country and an organisation",
		q:      Query{Location: Location{Country: "DE", Organisation: EuropeanPatentOrganisation}, Date: agreementDate, Instruction: withSafeguards},
		want:   []Reason{LocationUnknown},
	},
	{
		name:   "unknown-organisation",
		reason: "only known organisations are accepted",
		q:      Query{Location: Location{Organisation: "who"}, Date: agreementDate, Basis: onAdequacy, Instruction: withSafeguards},
		want:   []Reason{LocationUnknown},
	},
}

func TestAssess(t *testing.T) {
	for _, tt := range assessCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Assess(tt.q)
			if got.Allowed != tt.allowed {
				t.Errorf("Allowed = %v, want %v (%s); reasons: %v", got.Allowed, tt.allowed, tt.reason, got.Reasons)
			}
			if diff := cmp.Diff(tt.want, got.Reasons.List()); diff != "" {
				t.Errorf("Reasons (%s) (-want +got):\n%s", tt.reason, diff)
			}
			var instrument string
			if got.Decision != nil {
				instrument = got.Decision.Instrument
			}
			if instrument != tt.decision {
				t.Errorf("Decision = %q, want %q (%s)", instrument, tt.decision, tt.reason)
			}
		})
	}
}

// TestAssessAllowedMatchesBlocking checks that Allowed is exactly "no
// blocking reason" in every case.
func TestAssessAllowedMatchesBlocking(t *testing.T) {
	for _, tt := range assessCases {
		v := Assess(tt.q)
		blocked := false
		for _, r := range v.Reasons.List() {
			blocked = blocked || r.Blocking()
		}
		if v.Allowed == blocked {
			t.Errorf("%s: Allowed = %v with reasons %v", tt.name, v.Allowed, v.Reasons)
		}
	}
}

func TestAssessDoesNotAllocate(t *testing.T) {
	for _, tt := range assessCases {
		if n := testing.AllocsPerRun(100, func() { Assess(tt.q) }); n != 0 {
			t.Errorf("%s: Assess allocates %v times per run, want 0", tt.name, n)
		}
	}
}

func TestDecisionFor(t *testing.T) {
	tests := []struct {
		loc    Location
		on     civil.Date
		want   string // Instrument, or "" for none
		reason string
	}{
		{in("US"), civil.D(2023, 7, 10), dpfDecision, "the day of adoption counts"},
		{in("US"), civil.D(2023, 7, 9), "", "the day before adoption"},
		{in("us"), civil.D(2024, 1, 1), dpfDecision, "codes are compared normalized"},
		{in("GB"), civil.D(2025, 12, 18), ukDecision, "before the renewal"},
		{in("GB"), civil.D(2025, 12, 28), ukRenewal, "after the old decision ended"},
		{in("GB"), civil.D(2031, 12, 28), "", "after the renewal ended"},
		{Location{Organisation: EuropeanPatentOrganisation}, civil.D(2025, 7, 15), epoDecision, "an organisation"},
		{in("SE"), agreementDate, "", "no decision inside the EEA"},
		{in("IN"), agreementDate, "", "no decision for India"},
		{in("XX"), agreementDate, "", "unknown country"},
	}
	for _, tt := range tests {
		d, ok := DecisionFor(tt.loc, tt.on)
		if ok != (tt.want != "") || d.Instrument != tt.want {
			t.Errorf("DecisionFor(%+v, %s) = %q, %v; want %q (%s)", tt.loc, tt.on, d.Instrument, ok, tt.want, tt.reason)
		}
	}
}

func BenchmarkAssess(b *testing.B) {
	q := Query{Location: in("us"), Exporter: "NO", Date: agreementDate, Basis: onDPF,
		Instruction: Instruction{Kind: OnlyListed, Countries: []Country{"SE", "NO", "DK", "FI", "US"}}}
	b.ReportAllocs()
	for b.Loop() {
		Assess(q)
	}
}
