package render

import (
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestObjectionTerms checks the 39th and 40th reviews' objection rows (sv
// R1/R2, nb R2, da R3, en R3): clause 7 and the change notice say what an
// objection needs and does as the parties agreed it, in every language:
// no reasons and the controller's free exit unless the agreement says
// otherwise; reasonable grounds, an exit for either party, or the main
// agreement's terms where it does.
func TestObjectionTerms(t *testing.T) {
	grounds := map[annex.ObjectionGrounds]key{"": kSubObjectionFree, annex.NoGroundsNeeded: kSubObjectionFree, annex.ReasonableGrounds: kSubObjectionGrounds}
	exits := map[annex.ObjectionExit]key{"": kSubObjectionExit, annex.ControllerExit: kSubObjectionExit, annex.EitherPartyExit: kSubObjectionExitEither, annex.MainAgreementExit: kSubObjectionExitMain}
	noticeGrounds := map[key]key{kSubObjectionFree: kNoticeObjectFree, kSubObjectionGrounds: kNoticeObjectGrounds}
	noticeExits := map[key]key{kSubObjectionExit: kNoticeObjectExit, kSubObjectionExitEither: kNoticeObjectExitEither, kSubObjectionExitMain: kNoticeObjectExitMain}
	zone := time.UTC
	for g, gk := range grounds {
		for x, xk := range exits {
			with := func(a *dpa.Agreement) *dpa.Agreement {
				a.Annexes.B.ObjectionGrounds, a.Annexes.B.ObjectionExit = g, x
				return a
			}
			for _, l := range i18n.Langs {
				var effect string
				for _, p := range paragraphs(t, build(t, with(examples.Reference()), l), "sub-processors") {
					if strings.HasPrefix(p, lookup(l, kSubObjectionEffect, nil)) {
						effect = p
					}
				}
				if effect == "" {
					t.Fatalf("%s/%s, %s: no paragraph on what an objection does", g, x, l)
				}
				for _, k := range []key{kSubObjectionFree, kSubObjectionGrounds, kSubObjectionExit, kSubObjectionExitEither, kSubObjectionExitMain} {
					if has, want := strings.Contains(effect, lookup(l, k, nil)), k == gk || k == xk; has != want {
						t.Errorf("%s/%s, %s: %s in the paragraph = %v, want %v", g, x, l, keyIDs[k], has, want)
					}
				}
				if !strings.Contains(effect, lookup(l, kSubObjectionStop, nil)) {
					t.Errorf("%s/%s, %s: the paragraph does not say the sub-processor is not used", g, x, l)
				}

				old, new := with(examples.Seed004()), with(examples.Seed004V2())
				d, err := BuildNotice(old, new, l, NoticeOptions{Notified: time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC), Zone: zone})
				if err != nil {
					t.Fatal(err)
				}
				how := strings.Join(paragraphs(t, d, "notice-object"), " ")
				for _, k := range []key{kNoticeObjectFree, kNoticeObjectGrounds, kNoticeObjectExitEither, kNoticeObjectExitMain} {
					if has, want := strings.Contains(how, lookup(l, k, nil)), k == noticeGrounds[gk] || k == noticeExits[xk]; has != want {
						t.Errorf("%s/%s, %s: %s in the notice = %v, want %v", g, x, l, keyIDs[k], has, want)
					}
				}
			}
		}
	}
}

// TestEntryGeneralObjection: an entry of its own under a general
// authorisation, where the rule is specific, comes with the notice duty of
// sub.entry.general and with the time to object and what an objection does,
// as any general authorisation has (Art. 28(2)).
func TestEntryGeneralObjection(t *testing.T) {
	a := examples.Reference()
	a.Annexes.B.Authorisation = annex.Specific
	a.Annexes.B.Entries[0].Authorisation = annex.General
	for _, l := range i18n.Langs {
		var notice, effect bool
		for _, p := range paragraphs(t, build(t, a, l), "sub-processors") {
			_, duty, _ := strings.Cut(lookup(l, kSubEntryGeneral, []string{""}), ". ")
			notice = notice || strings.HasSuffix(p, duty)
			effect = effect || strings.HasPrefix(p, lookup(l, kSubObjectionEffect, nil))
		}
		if !notice || !effect {
			t.Errorf("%s: sub.entry.general said = %v, what an objection does said = %v; want both", l, notice, effect)
		}
	}
}
