package annex_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

// TestZeroValues: the checks take zero values, the zero Reporter (which
// discards) and nil paths (the root) without panicking.
func TestZeroValues(t *testing.T) {
	var zero finding.Reporter
	annex.Processing{}.Check(zero, "")
	annex.SubProcessors{Entries: []annex.SubProcessor{{}, {EngagedBy: "x"}}}.Check(zero, "")
	annex.Instructions{}.Check(zero, "")
	var l finding.List
	r := finding.Reporter{List: &l, Final: true, Lang: i18n.SV}
	annex.CheckPeriod(r, civil.Period{Value: -1, Unit: civil.Days}, nil)
	annex.CheckOrgID(r, org.ID{Scheme: org.SEOrgNr, Value: "1"}, nil)
	annex.CheckCountry(r, "zz", nil)
	want := []string{"period.invalid@", "org-id.invalid@", "country.invalid@"}
	if len(l) != len(want) {
		t.Fatalf("got %v, want %v", l.Codes(), want)
	}
	for i, f := range l {
		if got := string(f.Code) + "@" + f.Path; got != want[i] {
			t.Errorf("finding %d: %s, want %s", i, got, want[i])
		}
	}
	for _, kids := range (annex.SubProcessors{}).Chain().Children() {
		if len(kids) != 0 {
			t.Errorf("the chain of no sub-processors has children: %v", kids)
		}
	}
	for _, s := range []string{annex.Authorisation("").In(i18n.SV), annex.Costs("").In(i18n.SV), annex.OrdinaryData("").In(i18n.SV)} {
		if s != "" {
			t.Errorf("a zero value writes %q", s)
		}
	}
}
