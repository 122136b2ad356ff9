package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// TestAmendmentObjectionLeaving checks review 21 en R2: an amendment that
// brings in a sub-processor in place of another (seed004-v2) says that an
// objection concerns only the one brought in, so that the processor may
// still stop using the one replaced; one that only adds a sub-processor
// (seed000-v2) does not.
func TestAmendmentObjectionLeaving(t *testing.T) {
	want := map[string]bool{"seed004-v2": true, "seed000-v2": false}
	eachAmendment(t, func(name string, l i18n.Lang, _ *dpa.Agreement, d *Document) {
		summary := sectionText(findSection(d.Sections, "amend-summary"))
		if got := strings.Contains(summary, fragment(l, kAmendLapseLeaving, 5)); got != want[name] {
			t.Errorf("%s %s: %s present = %v, want %v", l, name, keyIDs[kAmendLapseLeaving], got, want[name])
		}
	})
}
