package annex_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

// TestZeroValues: the checks take zero values, the zero Reporter (which
// discards) and nil paths (the root) without panicking.
func TestZeroValues(t *testing.T) {
	var zero finding.Reporter
	annex.Processing{}.Check(zero, "")
	annex.SubProcessors{Entries: []annex.SubProcessor{{}, {EngagedBy: "x"}}}.Check(zero, "")
	annex.Instructions{}.Check(zero, "")
	var l finding.List
	r := finding.NewReporter(&l, true, i18n.SV)
	annex.Processing{}.Check(r, "")
	annex.Instructions{}.Check(r, "")
	if len(l) == 0 {
		t.Error("empty annexes in a final agreement gave no findings")
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
