package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestDefaultRemedies checks that an agreement without remedies of its
// own has the standard clause on breach of the agreement (suspension,
// remedy also at sub-processors, termination), and that remedies the
// parties chose replace it, in every language.
func TestDefaultRemedies(t *testing.T) {
	std := []key{kRemediesDefaultSuspend, kRemediesDefaultCorrect, kRemediesDefaultTerminate}
	for _, l := range i18n.Langs {
		a := examples.Reference()
		a.Clauses.Remedies = dpa.Remedies{}
		got := paragraphs(t, build(t, a, l), "remedies")
		var want []string
		for _, k := range std {
			want = append(want, lookup(l, k, nil))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s, no remedies chosen: clause %q, want the standard remedies", l, got)
		}
		a.Clauses.Remedies = dpa.Remedies{StopProcessing: true}
		got = paragraphs(t, build(t, a, l), "remedies")
		if want := []string{lookup(l, kRemediesStop, nil)}; !slices.Equal(got, want) {
			t.Errorf("%s, stop chosen: clause %q, want only %s", l, got, keyIDs[kRemediesStop])
		}
	}
}

// TestBreachKindsApart checks that clause 11 is about personal data
// breaches only: a deadline for notice of a breach of the agreement
// stands in the clause on breach of the agreement, and clause 11 has the
// containment duty.
func TestBreachKindsApart(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Reference()
		a.Clauses.BreachNotification = append(a.Clauses.BreachNotification,
			dpa.BreachDeadline{Kind: dpa.AgreementBreach, Within: civil.Of(5, civil.Days)})
		d := build(t, a, l)
		notice := lookup(l, kBreachDeadlineAgreement, []string{spelledIn(civil.Of(5, civil.Days), l)})
		if got := paragraphs(t, d, "breach"); slices.Contains(got, notice) {
			t.Errorf("%s: clause 11 has the notice of a breach of the agreement", l)
		} else if !slices.Contains(got, lookup(l, kBreachContain, nil)) {
			t.Errorf("%s: clause 11 lacks %s", l, keyIDs[kBreachContain])
		}
		if got := paragraphs(t, d, "remedies"); len(got) == 0 || got[0] != notice {
			t.Errorf("%s: the clause on breach of the agreement starts %q, want the notice of a breach of the agreement", l, strings.Join(got, " | "))
		}
	}
}
