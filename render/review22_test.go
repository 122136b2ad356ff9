package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// partyItems gives the items of clause 1.1's list of parties as plain text.
func partyItems(t *testing.T, d *Document) []string {
	t.Helper()
	s := findSection(d.Sections, "parties")
	if s == nil {
		t.Fatal("no parties section")
	}
	for _, b := range s.Blocks {
		if l, ok := b.(*List); ok {
			var out []string
			for _, it := range l.Items {
				out = append(out, plainText(it.Spans))
			}
			return out
		}
	}
	t.Fatal("no list of parties")
	return nil
}

// TestPartyShortName checks review 22 sv R1: a short name the parties' own
// text uses for a party is defined in clause 1.1 next to its role term,
// and a party without one keeps the role term alone.
func TestPartyShortName(t *testing.T) {
	for _, l := range i18n.Langs {
		a := examples.Seed000()
		items := partyItems(t, build(t, a, l))
		if len(items) != 2 {
			t.Fatalf("%s: %d parties, want 2", l, len(items))
		}
		short := func(s i18n.Text) string {
			if v := s.In(l); v != "" {
				return v
			}
			return s.SV // the fallback, whose mark plainText leaves out
		}
		if want := lookup(l, kPartiesControllerShort, []string{"", short(a.Controllers[0].ShortName)}); !strings.HasSuffix(items[0], want) {
			t.Errorf("%s: the controller's item %q does not end with %s", l, items[0], keyIDs[kPartiesControllerShort])
		}
		if want := lookup(l, kPartiesProcessorShort, []string{"", short(a.Processor.ShortName)}); !strings.HasSuffix(items[1], want) {
			t.Errorf("%s: the processor's item %q does not end with %s", l, items[1], keyIDs[kPartiesProcessorShort])
		}
		a.Controllers[0].ShortName, a.Processor.ShortName = i18n.Text{}, i18n.Text{}
		items = partyItems(t, build(t, a, l))
		if want := lookup(l, kPartiesProcessor, []string{""}); !strings.HasSuffix(items[1], want) {
			t.Errorf("%s: without a short name the processor's item %q does not end with %s", l, items[1], keyIDs[kPartiesProcessor])
		}
	}
}
