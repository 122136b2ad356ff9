package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestContactFunctionMarked checks review 10 en R2: a contact point that is
// a function or unit (seed000's "Förvaltningen för e-hälsa", given in
// Swedish and English) is free text in the contacts table, so a reader of
// a language the parties did not give it in sees it marked with the
// language it is shown in, as other free text is; one they gave it in
// sees it unmarked.
func TestContactFunctionMarked(t *testing.T) {
	a := examples.Seed000()
	for _, tt := range []struct {
		l      i18n.Lang
		marked bool
	}{{i18n.NB, true}, {i18n.DA, true}, {i18n.EN, false}, {i18n.SV, false}} {
		d := build(t, a, tt.l)
		tab := findTable(t, findSection(d.Sections, "contacts"))
		want := a.Processor.Contacts[0].Title.In(tt.l)
		if want == "" {
			want = a.Processor.Contacts[0].Title.SV
		}
		found := false
		for _, row := range tab.Rows {
			for _, sp := range row[3] {
				if sp.Text == want {
					found = true
					if got := sp.Kind == Fallback && sp.Lang == i18n.SV; got != tt.marked {
						t.Errorf("%s: function %q marked as Swedish = %v, want %v", tt.l, sp.Text, got, tt.marked)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: the processor's contact function is not in the contacts table's position column", tt.l)
		}
	}
}

// TestRiskOwnCitesFurtherMeasures checks review 10 da R1: Annex C.2's rule
// that a higher assessed risk raises the measures cites, by its computed
// number, clause 13's paragraph on the period and costs of measures beyond
// Art. 32, in every language.
func TestRiskOwnCitesFurtherMeasures(t *testing.T) {
	a := examples.Reference()
	for _, l := range i18n.Langs {
		d := build(t, a, l)
		nums, texts := paraNumbered(t, d, "audit")
		costs := ""
		for i, p := range texts {
			if strings.HasPrefix(p, prefixOf(l, kAuditFollowupCosts)) {
				costs = nums[i]
			}
		}
		if costs == "" {
			t.Fatalf("%s: no paragraph on the costs of further measures in clause 13", l)
		}
		want := lookup(l, kCRiskOwn, []string{costs})
		sec := findSection(findSection(d.Sections, "annex-c").Sections, "annex-c-security")
		found := false
		for _, bl := range sec.Blocks {
			if p, ok := bl.(*Paragraph); ok && plainText(p.Spans) == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: Annex C.2 does not cite clause %s on further measures", l, costs)
		}
	}
}
