package render

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestNoticesRule checks review 20 en R1 and nb R1: every agreement, in
// every language and whatever the parties filled in, says in its clause on
// contact persons how notices are given and when they count as received,
// after the table of contacts and before the duty to report changes of
// contact persons.
func TestNoticesRule(t *testing.T) {
	agreements := map[string]*dpa.Agreement{
		"reference": examples.Reference(),
		"seed000":   examples.Seed000(),
		"seed001":   examples.Seed001(),
		"seed003":   examples.Seed003(),
		"seed004":   examples.Seed004(),
		"empty":     {},
	}
	for name, a := range agreements {
		for _, l := range i18n.Langs {
			d := build(t, a, l)
			texts, numbers := sectionParagraphs(t, d, "contacts")
			notices := indexOf(texts, lookup(l, kContactsNotices, nil))
			changes := indexOf(texts, lookup(l, kContactsChanges, nil))
			intro := indexOf(texts, lookup(l, kContactsIntro, nil))
			if notices < 0 || numbers[notices] == "" {
				t.Fatalf("%s, %s: no numbered %s in %q", name, l, keyIDs[kContactsNotices], texts)
			}
			if !(intro < notices && notices < changes) {
				t.Errorf("%s, %s: %s at %d, want between %s (%d) and %s (%d)", name, l,
					keyIDs[kContactsNotices], notices, keyIDs[kContactsIntro], intro, keyIDs[kContactsChanges], changes)
			}
		}
	}
}

// TestPauseInEveryAgreement checks review 20 en R4 and da R6: the right to
// hold back a reported instruction until the controller confirms or
// changes it is in every agreement, whether or not the option is chosen;
// the option adds only the limit on refusing a confirmed instruction.
func TestPauseInEveryAgreement(t *testing.T) {
	for _, suspend := range []bool{false, true} {
		a := examples.Reference()
		a.Clauses.UnlawfulInstruction.Suspend = suspend
		for _, l := range i18n.Langs {
			texts, _ := sectionParagraphs(t, build(t, a, l), "instructions")
			pause := indexOf(texts, lookup(l, kInstructionsPause, nil))
			refuse := indexOf(texts, lookup(l, kInstructionsSuspend, nil))
			unlawful := indexOf(texts, lookup(l, kInstructionsUnlawful, nil))
			if pause < 0 || pause < unlawful {
				t.Errorf("suspend=%v, %s: %s at %d, want after %s (%d)", suspend, l, keyIDs[kInstructionsPause], pause, keyIDs[kInstructionsUnlawful], unlawful)
			}
			if (refuse >= 0) != suspend {
				t.Errorf("suspend=%v, %s: %s present = %v", suspend, l, keyIDs[kInstructionsSuspend], refuse >= 0)
			}
			// Without the refusal procedure, a confirmation must not read
			// as a duty to carry out an unlawful instruction (review 21
			// da R5, nb R1).
			if limit := indexOf(texts, lookup(l, kInstructionsPauseLimit, nil)); (limit > pause) == suspend {
				t.Errorf("suspend=%v, %s: %s at %d, pause at %d", suspend, l, keyIDs[kInstructionsPauseLimit], limit, pause)
			}
		}
	}
}
