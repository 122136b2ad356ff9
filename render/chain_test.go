package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestDeletionReachesSubProcessors checks that the end-of-service clause
// extends deletion and return to sub-processors' copies whatever the
// action (da re-review R16).
func TestDeletionReachesSubProcessors(t *testing.T) {
	for _, action := range []dpa.EndAction{dpa.Delete, dpa.Return, dpa.ControllerChooses, ""} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.EndOfService.Action = action
			got := paragraphs(t, build(t, a, l), "deletion")
			if want := lookup(l, kDeletionSubprocessors, nil); !slices.Contains(got, want) {
				t.Errorf("%q, %s: no %s paragraph in the deletion clause", action, l, "deletion.subprocessors")
			}
		}
	}
}

// TestSubProcessorAuditDefault checks that Annex C always has the section
// on audits of sub-processors, with the default rule of Art. 28(4) when
// the parties agreed none and without it when they did (da re-review R17).
func TestSubProcessorAuditDefault(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Reference()
		def := lookup(l, kCSubauditDefault, nil)
		if slices.Contains(paragraphs(t, build(t, a, l), "annex-c-subaudit"), def) {
			t.Errorf("%s: the default rule stands beside the agreed audits of sub-processors", l)
		}
		a.Annexes.C.SubProcessorAudits = []annex.Audit(nil)
		if !slices.Contains(paragraphs(t, build(t, a, l), "annex-c-subaudit"), def) {
			t.Errorf("%s: no audits of sub-processors agreed, and no default rule in Annex C", l)
		}
	}
}
