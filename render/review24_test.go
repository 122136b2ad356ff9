package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// docTexts gives every paragraph and table cell of the document as text,
// the way the text writer shows them.
func docTexts(secs []*Section) []string {
	var out []string
	for _, s := range secs {
		for _, b := range s.Blocks {
			switch v := b.(type) {
			case *Paragraph:
				out = append(out, show(v.Spans))
			case *Table:
				for _, row := range v.Rows {
					for _, c := range row {
						out = append(out, show(c))
					}
				}
			}
		}
		out = append(out, docTexts(s.Sections)...)
	}
	return out
}

// TestBlanksMeaning checks review 24 en R3 and da R8: a document that
// still holds a blank says, as the last paragraph of clause 1, that a blank
// is no agreed term, naming Annex C.1 too where the subject-matter is
// described there; one without blanks does not.
func TestBlanksMeaning(t *testing.T) {
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			d := build(t, ex.Build(), l)
			s := findSection(d.Sections, "parties")
			if s == nil {
				t.Fatalf("%s %s: no clause 1", ex.Name, l)
			}
			// The form that names C.1 where Annex A leaves the
			// subject-matter there (review 34 nb R5).
			a := ex.Build()
			want := lookup(l, kPartiesBlanks, nil)
			if !a.Annexes.A.OwnSubject() {
				want = lookup(l, kPartiesBlanksC1, nil)
			}
			last := ""
			if p, ok := s.Blocks[len(s.Blocks)-1].(*Paragraph); ok {
				last = show(p.Spans)
			}
			if has := last == want; has != (len(d.Blanks) > 0) {
				t.Errorf("%s %s: %d blanks, but clause 1 ends with %q", ex.Name, l, len(d.Blanks), last)
			}
		}
	}
}

// TestLeavingTermsBind checks review 24 en R1 and sv R4: in the amendment
// of seed004-v2, where a sub-processor is replaced, the end date and exit
// terms of the one that leaves take effect from the notice whatever the
// controller says of the newcomer, and the lapse rule says so; the
// newcomer's row still lapses on an objection.
func TestLeavingTermsBind(t *testing.T) {
	eachAmendment(t, func(name string, l i18n.Lang, new *dpa.Agreement, d *Document) {
		if name != "seed004-v2" {
			return
		}
		texts := strings.Join(docTexts(d.Sections), "\n")
		if f := fragment(l, kAmendLapseExcept, 2); !strings.Contains(texts, f) {
			t.Errorf("%s: the lapse rule does not keep the leaving sub-processor's terms (%s)", l, keyIDs[kAmendLapseExcept])
		}
		leaving := strings.Count(texts, fragment(l, kAmendEffectLeaving, 1))
		lapsing := strings.Count(texts, fragment(l, kAmendEffectNoticeSummary, 1))
		if leaving != 2 || lapsing != 1 {
			t.Errorf("%s: %d rows bind whatever the objection and %d lapse on it, want 2 (until, exit) and 1 (the newcomer)", l, leaving, lapsing)
		}
	})
}

// TestLeavingRule: which changes are the leaving sub-processor's terms.
func TestLeavingRule(t *testing.T) {
	for _, c := range []struct {
		rule  string
		class change.Class
		want  bool
	}{
		{"subprocessor.leaves-general", change.Notice, true},
		{"subprocessor.exit-general", change.Notice, true},
		{"subprocessor.exit-specific", change.PriorAuthorisation, false},
		{"subprocessor.added-general", change.Notice, false},
		{"subprocessor.changed-general", change.Notice, false},
	} {
		if got := leaving(change.Change{Rule: c.rule, Class: c.class}); got != c.want {
			t.Errorf("leaving(%s, %s) = %v, want %v", c.rule, c.class, got, c.want)
		}
	}
}
