package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestDefaultLiability checks that an agreement whose parties agreed
// nothing on liability still has a liability clause, the fallback (Art. 82
// towards data subjects and recourse, fines, the rest under the main
// agreement with the GDPR's exceptions), that choosing the main
// agreement's terms keeps Art. 82 and the exceptions to its cap (review 7,
// nb R1, da R2), and that the parties' own terms replace it, in every
// language.
func TestDefaultLiability(t *testing.T) {
	fallback := []key{kLiabilityDefaultSubjects, kLiabilityFines, kLiabilityDefaultMain}
	for _, l := range i18n.Langs {
		a := examples.Reference()
		a.Clauses.Liability = dpa.Liability{}
		got := paragraphs(t, build(t, a, l), "liability")
		var want []string
		for _, k := range fallback {
			want = append(want, lookup(l, k, nil))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s, no liability terms: clause %q, want the fallback", l, got)
		}
		a.Clauses.Liability = dpa.Liability{Basis: dpa.MainAgreementLiability}
		got = paragraphs(t, build(t, a, l), "liability")
		want = want[:0]
		for _, k := range []key{kLiabilityDefaultSubjects, kLiabilityFines, kLiabilityMain} {
			want = append(want, lookup(l, k, nil))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s, main agreement chosen: clause %q, want Art. 82, fines, the main agreement and its cap's exceptions", l, got)
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
