package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// TestNoticeDataKinds checks review 18 da R8: the notice's row on the
// personal data concerned names, for each category of data subjects, the
// special categories (Art. 9), the data on criminal convictions and
// offences (Art. 10) and the national identification numbers (Art. 87)
// that Annex A gives that category, and for no other category.
func TestNoticeDataKinds(t *testing.T) {
	for _, p := range versionPairs {
		old, next := example(t, p.old), example(t, p.new)
		// One category gets criminal data, so that every kind is met.
		next.Annexes.A.Groups[0].Criminal = true
		var special, criminal, national int
		for _, g := range next.Annexes.A.Groups {
			if len(g.Special) > 0 || g.SpecialUnnamed {
				special++
			}
			if g.Criminal {
				criminal++
			}
			if g.NationalID {
				national++
			}
		}
		if national == 0 {
			t.Fatalf("%s has no category with national identification numbers; the test needs one", p.new)
		}
		for _, l := range i18n.Langs {
			d, err := BuildNotice(old, next, l, NoticeOptions{Notified: p.at})
			if err != nil {
				t.Fatal(err)
			}
			text := words(d)
			for _, k := range []struct {
				key  key
				want int
			}{{kNoticeKindSpecial, special}, {kNoticeKindCriminal, criminal}, {kNoticeKindNationalid, national}} {
				mark := strings.ToLower(lookup(l, k.key, nil))
				if got := strings.Count(text, mark); got != k.want {
					t.Errorf("%s %s: %q said %d times, want %d", p.new, l, mark, got, k.want)
				}
			}
		}
	}
}

// TestAmendmentVersionDate checks review 18 en R13: an amendment with
// changes that need both parties' signatures says that the version's date
// is not the day on which the changes take effect; an update made by
// notice alone, which takes effect as the notice says, does not.
func TestAmendmentVersionDate(t *testing.T) {
	eachAmendment(t, func(name string, l i18n.Lang, new *dpa.Agreement, d *Document) {
		summary := sectionText(findSection(d.Sections, "amend-summary"))
		f := fragment(l, kAmendIntroSigned, 5)
		signed := d.Title != new2Builder(new, l).t(kAmendTitleNotice) // a signed amendment, not an update by notice
		if got := strings.Contains(summary, f); got != signed {
			t.Errorf("%s %s: version date said apart from effect %v, signatures %v", l, name, got, signed)
		}
	})
	// A new version that only renumbers and redates alters no obligation
	// and needs no signature: its date is the day it applies from.
	old := example(t, "seed004")
	ref, err := old.Reference()
	if err != nil {
		t.Fatal(err)
	}
	next := old.Clone()
	next.Version, next.Replaces, next.Date = "1.1.1", ref, civil.D(2027, 1, 15)
	for _, l := range i18n.Langs {
		d, err := BuildAmendment(old, next, l, Options{})
		if err != nil {
			t.Fatal(err)
		}
		summary := sectionText(findSection(d.Sections, "amend-summary"))
		if strings.Contains(summary, fragment(l, kAmendIntroSigned, 5)) || !strings.Contains(summary, fragment(l, kAmendNeedsNone, 0)) {
			t.Errorf("%s: a renumbering alone says its date is not its day of effect, or does not say that it alters no obligation", l)
		}
	}
}
