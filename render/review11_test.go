package render

import (
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestAuthorityRequestsListed checks review 11 sv R13: the clause on
// requests from third-country authorities is a lead-in and a lettered
// list of one duty per item, followed by the Art. 48 paragraph, in every
// language.
func TestAuthorityRequestsListed(t *testing.T) {
	items := []key{kTransfersAuthorityA, kTransfersAuthorityB, kTransfersAuthorityC,
		kTransfersAuthorityD, kTransfersAuthorityE, kTransfersAuthorityF}
	for _, l := range i18n.Langs {
		d := build(t, examples.Reference(), l)
		s := findSection(d.Sections, "transfers")
		if s == nil {
			t.Fatalf("%s: no transfers section", l)
		}
		lead := -1
		for i, bl := range s.Blocks {
			if p, ok := bl.(*Paragraph); ok && plainText(p.Spans) == lookup(l, kTransfersAuthority, nil) {
				lead = i
			}
		}
		if lead < 0 || lead+2 >= len(s.Blocks) {
			t.Fatalf("%s: no lead-in with a list and a paragraph after it", l)
		}
		list, ok := s.Blocks[lead+1].(*List)
		if !ok || !list.Ordered || len(list.Items) != len(items) {
			t.Fatalf("%s: block after the lead-in is %T, want an ordered list of %d items", l, s.Blocks[lead+1], len(items))
		}
		for i, k := range items {
			if got := plainText(list.Items[i].Spans); got != lookup(l, k, nil) {
				t.Errorf("%s: item %d is %q, want %s", l, i+1, got, keyIDs[k])
			}
		}
		if p, ok := s.Blocks[lead+2].(*Paragraph); !ok || plainText(p.Spans) != lookup(l, kTransfersAuthorityArt48, nil) {
			t.Errorf("%s: the list is not followed by %s", l, keyIDs[kTransfersAuthorityArt48])
		}
	}
}
