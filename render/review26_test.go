package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// TestDraftBasis checks review 26 en R1, sv R4 and da R1: a change notice
// or an update made under a version marked as a draft says that it
// presupposes a signed agreement; one under a final version does not.
func TestDraftBasis(t *testing.T) {
	for _, p := range versionPairs {
		old, new := example(t, p.old), example(t, p.new)
		draft := old.Status == dpa.Draft
		for _, l := range i18n.Langs {
			n, err := BuildNotice(old, new, l, NoticeOptions{Notified: p.at})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(strings.Join(docTexts(n.Sections), "\n"), lookup(l, kNoticeDraft, nil)); got != draft {
				t.Errorf("%s %s: notice says the agreement is a draft: %v, want %v", p.new, l, got, draft)
			}
		}
	}
	var seen [2]bool
	eachAmendment(t, func(name string, l i18n.Lang, new *dpa.Agreement, d *Document) {
		draft := name == "seed004-v2" // seed004 is a draft, seed000 is final
		seen[map[bool]int{true: 0, false: 1}[draft]] = true
		if got := strings.Contains(strings.Join(docTexts(d.Sections), "\n"), lookup(l, kAmendDraft, nil)); got != draft {
			t.Errorf("%s %s: update says its base is a draft: %v, want %v", name, l, got, draft)
		}
	})
	if !seen[0] || !seen[1] {
		t.Error("the version pairs no longer hold both a draft and a final base")
	}
}
