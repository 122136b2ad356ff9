package dpa_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// doubled matches punctuation that follows a full stop, or a full stop
// after other punctuation: "…certified.." or "…agreement.;".
var doubled = regexp.MustCompile(`[.;:,]\s*[.;:]|\.\.`)

// TestTransferMessage: the transfer finding names only what blocks, in
// clean sentences, in every language (new-user review item 9).
func TestTransferMessage(t *testing.T) {
	a := dpatest.Agreement(t, "reference", dpatest.Edit(func(a *dpa.Agreement) {
		a.Annexes.B.Entries[2].Transfer = transfer.Basis{Mechanism: transfer.Adequacy} // US, not DPF-certified
		a.Annexes.C.Locations = append(a.Annexes.C.Locations, transfer.Location{Organisation: "epo"})
	}))
	var n int
	for _, f := range dpa.Validate(a) {
		if f.Code != "transfer.not-allowed" {
			continue
		}
		n++
		for _, l := range i18n.Langs {
			m := f.Message(l)
			if doubled.MatchString(m) {
				t.Errorf("%s %s: doubled punctuation: %s", f.Path, l, m)
			}
			if s := transfer.AdequacyApplies.In(l); strings.Contains(m, s) {
				t.Errorf("%s %s: names a reason that does not block (%q): %s", f.Path, l, s, m)
			}
			if !strings.HasSuffix(m, ".") {
				t.Errorf("%s %s: not a sentence: %s", f.Path, l, m)
			}
		}
		if en := f.Message(i18n.EN); !strings.Contains(en, "in the United States") && !strings.Contains(en, "at the European Patent Organisation") {
			t.Errorf("%s: the location lacks its preposition or article: %s", f.Path, en)
		}
	}
	if n != 2 {
		t.Errorf("got %d transfer.not-allowed findings, want 2 (the US sub-processor and the EPO)", n)
	}
}
