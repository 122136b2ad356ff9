package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// TestAnnexCListedCountries: an instruction that allows processing only in
// countries that are all in the EU/EEA reads in clause 8 as the plain
// prohibition of transfers, naming the countries in the sentence, not as
// the general rule about a listed third country followed by a loose list
// (review 7, nb R3); a listed third country keeps the rule that names
// Annex B. Annex C.6 states neither a second time: it refers to clause 8's
// paragraph by its computed number (review 10 sv R3).
func TestAnnexCListedCountries(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		d := build(t, a, l)
		rule := lookup(l, kTransfersListedEea, []string{transfer.Country("SE").In(l)})
		nums, texts := paraNumbered(t, d, "transfers")
		at := slices.Index(texts, rule)
		if at < 0 {
			t.Fatalf("%s, only Sweden: clause 8 %q has no %q", l, texts, rule)
		}
		got := paragraphs(t, d, "annex-c-transfers")
		want := []string{lookup(l, kCTransfersRef, []string{nums[at]})}
		if !slices.Equal(got, want) {
			t.Errorf("%s, only Sweden: C.6 %q, want %q", l, got, want)
		}
		a.Annexes.C.Transfers.Countries = []transfer.Country{"SE", "US"}
		_, texts = paraNumbered(t, build(t, a, l), "transfers")
		if slices.Contains(texts, rule) {
			t.Errorf("%s, Sweden and the United States: clause 8 %q, want the rule that names Annex B", l, texts)
		}
	}
}
