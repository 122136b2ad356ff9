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
