package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// TestAnnexCListedCountries: an instruction that allows processing only in
// countries that are all in the EU/EEA reads in Annex C.6 as the plain
// prohibition of transfers that clause 8 gives, naming the countries in the
// sentence, not as the general rule about a listed third country followed
// by a loose list (review 7, nb R3); a listed third country keeps the rule
// that names Annex B.
func TestAnnexCListedCountries(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		got := paragraphs(t, build(t, a, l), "annex-c-transfers")
		want := []string{lookup(l, kTransfersListedEea, []string{transfer.Country("SE").In(l)})}
		if !slices.Equal(got, want) {
			t.Errorf("%s, only Sweden: C.6 %q, want %q", l, got, want)
		}
		a.Annexes.C.Transfers.Countries = []transfer.Country{"SE", "US"}
		got = paragraphs(t, build(t, a, l), "annex-c-transfers")
		if len(got) != 1 || got[0] == want[0] {
			t.Errorf("%s, Sweden and the United States: C.6 %q, want the rule that names Annex B", l, got)
		}
	}
}
