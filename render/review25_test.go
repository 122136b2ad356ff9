package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestDraftMarked checks review 25 sv R1 and en R2: the title block of a
// draft says it is not for signature, with or without an edition; a final
// agreement's does not.
func TestDraftMarked(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, c := range []struct {
			name  string
			edit  func(a *dpa.Agreement)
			draft bool
		}{
			{"final", func(a *dpa.Agreement) {}, false},
			{"draft", func(a *dpa.Agreement) { a.Status = dpa.Draft }, true},
			{"draft without edition", func(a *dpa.Agreement) { a.Status, a.Version, a.Date = dpa.Draft, "", civil.Date{} }, true},
		} {
			a := examples.Reference()
			c.edit(a)
			d := build(t, a, l)
			marked := strings.Contains(d.Edition, fragment(l, kEditionDraft, 1)) || d.Edition == lookup(l, kEditionDraftOnly, nil)
			if marked != c.draft {
				t.Errorf("%s %s: edition %q, marked as a draft: %v", l, c.name, d.Edition, marked)
			}
		}
	}
}

// TestRemediesOneSuspension checks review 25 nb R6: with both the stop for
// breach and the suspension after an audit, one paragraph states both.
func TestRemediesOneSuspension(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed003()
		if !a.Clauses.Remedies.StopProcessing || !a.Clauses.Remedies.Suspend {
			t.Fatal("seed003 no longer has both remedies")
		}
		text := strings.Join(docTexts(build(t, a, l).Sections), "\n")
		if !strings.Contains(text, lookup(l, kRemediesStopSuspend, nil)) ||
			strings.Contains(text, lookup(l, kRemediesStop, nil)) || strings.Contains(text, lookup(l, kRemediesSuspend, nil)) {
			t.Errorf("%s: the two suspensions are not one paragraph (%s)", l, keyIDs[kRemediesStopSuspend])
		}
	}
}
