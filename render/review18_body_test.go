package render

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

// TestVenueFallback checks review 18 sv R3 and review 39 (en R9, nb R7,
// sv R9): a final agreement that names its law but leaves the forum blank
// shows the blank and says which forum applies until it is filled in (the
// main agreement's, or the ordinary courts); a draft shows the blank alone.
func TestVenueFallback(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		a.Status = dpa.Final
		d := build(t, a, l)
		if !slices.Contains(paragraphs(t, d, "law"), lookup(l, kLawVenueInterim, nil)) {
			t.Errorf("%s final: the law clause has no %s", l, keyIDs[kLawVenueInterim])
		}
		if !slices.Contains(d.Blanks, "/clauses/venue") {
			t.Errorf("%s final: /clauses/venue is not shown as a blank", l)
		}
		a.Status = dpa.Draft
		d = build(t, a, l)
		if !slices.Contains(d.Blanks, "/clauses/venue") {
			t.Errorf("%s draft: /clauses/venue is not shown as a blank", l)
		}
		if slices.Contains(paragraphs(t, d, "law"), lookup(l, kLawVenueInterim, nil)) {
			t.Errorf("%s draft: the law clause has %s", l, keyIDs[kLawVenueInterim])
		}
	}
}

// TestContactRoleShown checks review 18 sv R18: every row of the contact
// table names a role, the day-to-day contact where none is given.
func TestContactRoleShown(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed003()
		a.Processor.Contacts = []org.Contact{{Name: "Kari Nordmann"}}
		d := build(t, a, l)
		s := findSection(d.Sections, "contacts")
		if s == nil {
			t.Fatalf("%s: no contacts section", l)
		}
		for _, b := range s.Blocks {
			tb, ok := b.(*Table)
			if !ok {
				continue
			}
			for i, r := range tb.Rows {
				if got, want := plainText(r[1]), org.RoleGeneral.In(l); got != want {
					t.Errorf("%s row %d: role %q, want %q", l, i, got, want)
				}
			}
		}
	}
}

// TestTermNoticeAfterServices checks review 41 (sv R5, en R5, da R6): an
// agreement that lasts while the processing does, with notice once
// everything is deleted or returned, gives the parties that right of
// notice, as the Danish standard clauses do (clauses 14.2 and 14.4); it
// reverses review 18 da R17, which had the agreement end by itself.
func TestTermNoticeAfterServices(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, kind := range []dpa.TermKind{dpa.WhileProcessing, dpa.UntilMainAgreementEnds} {
			a := examples.Seed004()
			a.Term = dpa.Term{Kind: kind, Notice: dpa.AfterServicesEnd}
			if got := paragraphs(t, build(t, a, l), "term"); !slices.Contains(got, lookup(l, kTermNoticeAfter, nil)) {
				t.Errorf("%s %s: term paragraphs %q, want %s", l, kind, got, keyIDs[kTermNoticeAfter])
			}
		}
	}
}

// TestAuditFollowupHeading checks review 18 en R12: the follow-up of
// audits has its own sub-heading after a single procedure too.
func TestAuditFollowupHeading(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		if len(a.Annexes.C.Audits) != 1 {
			t.Fatalf("seed000 has %d audit procedures, want 1", len(a.Annexes.C.Audits))
		}
		d := build(t, a, l)
		if findSection(d.Sections, "annex-c-audit-followup") == nil {
			t.Errorf("%s: no follow-up sub-section after one procedure", l)
		}
	}
}

// TestSecurityMinimumOnce checks review 18 en R9, da R16: with a level,
// clause 6 states the Annex C minimum once, in the level's paragraph.
func TestSecurityMinimumOnce(t *testing.T) {
	for _, l := range i18n.Langs {
		got := paragraphs(t, build(t, examples.Reference(), l), "security")
		if len(got) != 3 || slices.Contains(got, lookup(l, kSecurityMinimumNolevel, nil)) {
			t.Errorf("%s: clause 6 has %d paragraphs %q, want Article 32, the level and assistance", l, len(got), got)
		}
	}
}
