package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestDefaultLiability checks that the liability clause always says what
// the GDPR settles itself (Art. 82 towards data subjects and recourse,
// fines, the processor's full liability for its sub-processors), also when
// the parties chose own terms and left them blank (review 8, nb R1), and
// that the parties' own cap reaches the sub-processors' acts as the
// processor's own and the Art. 82(5) recourse unless the parties leave
// them out (review 8, da R1; review 11 da R1), while without one this
// agreement neither extends nor narrows the main agreement's (review 12
// en R1, nb R1, sv R1), in every language.
func TestDefaultLiability(t *testing.T) {
	fixed := []key{kLiabilityDefaultSubjects, kLiabilityFines, kLiabilitySub}
	cap := dpa.LiabilityCap{FeeMultiple: "1.5", Period: civil.Of(12, civil.Months)}
	cases := []struct {
		name string
		l    dpa.Liability
		want []key // after the fixed sentences, keys without arguments
		not  []key
	}{
		{"nothing agreed", dpa.Liability{}, []key{kLiabilityDefaultMain, kLiabilityScopeMain},
			[]key{kLiabilityUncappedSub, kLiabilityScope, kLiabilityCapSub}},
		{"main agreement", dpa.Liability{Basis: dpa.MainAgreementLiability}, []key{kLiabilityMain, kLiabilityScopeMain},
			[]key{kLiabilityDefaultMain, kLiabilityScope, kLiabilityCapSub}},
		{"own terms left blank", dpa.Liability{Basis: dpa.OwnLiabilityTerms}, nil,
			[]key{kLiabilityMain, kLiabilityDefaultMain, kLiabilityScopeMain, kLiabilityScope, kLiabilityCapSub}},
		{"own cap", dpa.Liability{Basis: dpa.OwnLiabilityTerms, Cap: cap}, []key{kLiabilityScope, kLiabilityCapSub},
			[]key{kLiabilityScopeMain, kLiabilityUncappedSub, kLiabilityOwn}},
		{"own cap without the recourse", dpa.Liability{Basis: dpa.OwnLiabilityTerms, Cap: cap, Uncapped: []dpa.Exposure{dpa.DataSubjectCompensation}},
			[]key{kLiabilityCapSub, kLiabilityUncappedCompensationonly}, []key{kLiabilityUncappedSub, kLiabilityOwn, kLiabilityScope, kLiabilityScopeMain}},
		{"own cap without sub-processors", dpa.Liability{Basis: dpa.OwnLiabilityTerms, Cap: cap, Uncapped: []dpa.Exposure{dpa.SubProcessorLiability, dpa.DataSubjectCompensation}},
			[]key{kLiabilityUncappedSub, kLiabilityUncappedCompensation}, []key{kLiabilityCapSub, kLiabilityScope, kLiabilityScopeMain}},
		{"main agreement, sub-processors left out", dpa.Liability{Basis: dpa.MainAgreementLiability, Uncapped: []dpa.Exposure{dpa.SubProcessorLiability}},
			[]key{kLiabilityMain, kLiabilityScopeMain, kLiabilityUncappedSub}, []key{kLiabilityCapSub, kLiabilityScope}},
	}
	for _, l := range i18n.Langs {
		for _, c := range cases {
			a := examples.Reference()
			a.Clauses.Liability = c.l
			got := paragraphs(t, build(t, a, l), "liability")
			if len(got) < len(fixed)+len(c.want) {
				t.Errorf("%s, %s: clause %q too short", l, c.name, got)
				continue
			}
			for i, k := range fixed {
				if got[i] != lookup(l, k, nil) {
					t.Errorf("%s, %s: paragraph %d is %q, want %s", l, c.name, i+1, got[i], keyIDs[k])
				}
			}
			for _, k := range c.want {
				if !slices.Contains(got[len(fixed):], lookup(l, k, nil)) {
					t.Errorf("%s, %s: clause %q lacks %s", l, c.name, got, keyIDs[k])
				}
			}
			for _, k := range c.not {
				if slices.Contains(got, lookup(l, k, nil)) {
					t.Errorf("%s, %s: clause %q has %s", l, c.name, got, keyIDs[k])
				}
			}
			if c.name == "own terms left blank" && got[len(got)-1] != lookup(l, kLiabilityOwn, []string{lookup(l, kBlankDescription, nil)}) {
				t.Errorf("%s, %s: last paragraph %q is not the blank for the parties' terms", l, c.name, got[len(got)-1])
			}
		}
	}
}

// TestDisclosureRequests checks that every agreement says, in the
// confidentiality clause, what the processor does with a request for the
// data from anyone but the controller (Art. 28(3)(a), Art. 29), whatever
// the confidentiality the parties chose.
func TestDisclosureRequests(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, c := range []dpa.Confidentiality{"", dpa.ContractualSecrecy, dpa.StatutorySecrecy, dpa.BothSecrecy} {
			a := examples.Reference()
			a.Clauses.Confidentiality = c
			got := paragraphs(t, build(t, a, l), "confidentiality")
			if !slices.Contains(got, lookup(l, kConfidentialityRequests, nil)) {
				t.Errorf("%s, confidentiality %q: clause %q lacks %s", l, c, got, keyIDs[kConfidentialityRequests])
			}
		}
	}
}

// TestBreachPublic checks that every agreement keeps the processor from
// telling the public or third parties of a breach on its own (review 8,
// nb R4), whether or not it may notify the supervisory authority.
func TestBreachPublic(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, mandate := range []bool{false, true} {
			a := examples.Reference()
			a.Clauses.ProcessorMayNotifyAuthority = mandate
			got := paragraphs(t, build(t, a, l), "breach")
			if !slices.Contains(got, lookup(l, kBreachPublic, nil)) {
				t.Errorf("%s, mandate %v: clause %q lacks %s", l, mandate, got, keyIDs[kBreachPublic])
			}
		}
	}
}
