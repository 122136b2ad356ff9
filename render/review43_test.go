package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestConfidentialityDemonstrated checks review 43 sv R3: what the
// processor must show on request is the binding clause 5's rule requires,
// the commitment, the statutory duty or either.
func TestConfidentialityDemonstrated(t *testing.T) {
	for _, tc := range []struct {
		kind dpa.Confidentiality
		want key
	}{
		{dpa.ContractualSecrecy, kConfidentialityDemonstrateContractual},
		{dpa.StatutorySecrecy, kConfidentialityDemonstrateStatutory},
		{dpa.BothSecrecy, kConfidentialityDemonstrate},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.Confidentiality = tc.kind
			if got := paragraphs(t, build(t, a, l), "confidentiality"); !slices.Contains(got, lookup(l, tc.want, nil)) {
				t.Errorf("%s %s: clause 5 %q lacks %s", l, tc.kind, got, keyIDs[tc.want])
			}
		}
	}
}

// TestTermWhileProcessing checks review 43 nb R7: "cannot be terminated
// separately while the services continue" comes only with the notice once
// the services have ended, as in the standard clauses; with no notice or
// notice at any time the term is stated alone.
func TestTermWhileProcessing(t *testing.T) {
	for _, tc := range []struct {
		notice dpa.TerminationNotice
		want   key
	}{
		{dpa.AfterServicesEnd, kTermProcessing},
		{"", kTermProcessingPlain},
		{dpa.AnyTime, kTermProcessingPlain},
	} {
		for _, l := range i18n.Langs {
			a := examples.Seed004()
			a.Term = dpa.Term{Kind: dpa.WhileProcessing, Notice: tc.notice}
			if got := paragraphs(t, build(t, a, l), "term"); !slices.Contains(got, lookup(l, tc.want, nil)) {
				t.Errorf("%s notice %q: clause 17 %q lacks %s", l, tc.notice, got, keyIDs[tc.want])
			}
		}
	}
}
