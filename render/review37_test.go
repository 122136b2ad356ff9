package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

// TestDraftAddressBlank checks review 34 nb R3 and review 37 nb R4, da R6:
// notices go to a party's address where it names no contact, so a draft
// shows a party without one as a blank at the party's /address; a final
// agreement, which a missing address does not make unsignable, leaves it
// out as before; an address with a place is no blank.
func TestDraftAddressBlank(t *testing.T) {
	for _, c := range []struct {
		name   string
		edit   func(a *dpa.Agreement)
		blank  bool
		reason string
	}{
		{"final", func(a *dpa.Agreement) { a.Processor.Address = org.Address{Country: "SE"} }, false, "a final agreement records no blank for it"},
		{"draft", func(a *dpa.Agreement) { a.Status, a.Processor.Address = dpa.Draft, org.Address{Country: "SE"} }, true, "a draft shows it"},
		{"draft with a place", func(a *dpa.Agreement) {
			a.Status, a.Processor.Address = dpa.Draft, org.Address{Postcode: "8800", City: "Viborg", Country: "DK"}
		}, false, "a postcode and city are an address"},
	} {
		a := examples.Reference()
		c.edit(a)
		d := build(t, a, i18n.EN)
		if got := slices.Contains(d.Blanks, "/processor/address"); got != c.blank {
			t.Errorf("%s: blank at /processor/address %v, want %v (%s); blanks %v", c.name, got, c.blank, c.reason, d.Blanks)
		}
	}
}
