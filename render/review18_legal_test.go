package render

import (
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// sectionParagraphs is the plain text and number of each paragraph of
// section id, in order.
func sectionParagraphs(t *testing.T, d *Document, id string) (texts, numbers []string) {
	t.Helper()
	s := findSection(d.Sections, id)
	if s == nil {
		t.Fatalf("no section %s", id)
	}
	for _, bl := range s.Blocks {
		if p, ok := bl.(*Paragraph); ok {
			texts = append(texts, plainText(p.Spans))
			numbers = append(numbers, p.Number)
		}
	}
	return texts, numbers
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// TestCompelledDisclosure checks review 18 en R1: after the Art. 48
// paragraph, clause 8 says what the processor or a sub-processor does when
// a third country's law compels a disclosure all the same, and, where the
// clause on a transfer basis that ceases to apply is there, that the
// disclosure is a reason to review the transfers under that paragraph,
// cited by its computed number (or named, without numbering). Without
// that paragraph (no transfers allowed) the review sentence is left out.
func TestCompelledDisclosure(t *testing.T) {
	for _, l := range i18n.Langs {
		d := build(t, examples.Reference(), l)
		texts, numbers := sectionParagraphs(t, d, "transfers")
		art48 := indexOf(texts, lookup(l, kTransfersAuthorityArt48, nil))
		lapse := indexOf(texts, lookup(l, kTransfersLapse, nil))
		if art48 < 0 || lapse < 0 || art48+2 >= len(texts) {
			t.Fatalf("%s: reference lacks the Art. 48 or the lapse paragraph, or what follows them: %q", l, texts)
		}
		if texts[art48+1] != lookup(l, kTransfersAuthorityCompelled, nil) {
			t.Errorf("%s: paragraph after Art. 48 is %q, want %s", l, texts[art48+1], keyIDs[kTransfersAuthorityCompelled])
		}
		if want := lookup(l, kTransfersAuthorityReview, []string{clean(numbers[lapse])}); texts[art48+2] != want || numbers[lapse] == "" {
			t.Errorf("%s: paragraph %q, want %s citing %q", l, texts[art48+2], keyIDs[kTransfersAuthorityReview], numbers[lapse])
		}

		d, err := Build(examples.Reference(), l, Options{AllowBlanks: true, NoNumbering: true})
		if err != nil {
			t.Fatal(err)
		}
		texts, _ = sectionParagraphs(t, d, "transfers")
		if indexOf(texts, lookup(l, kTransfersAuthorityReviewUnnumbered, nil)) < 0 {
			t.Errorf("%s, unnumbered: no %s", l, keyIDs[kTransfersAuthorityReviewUnnumbered])
		}

		a := examples.Reference()
		a.Annexes.C.Transfers.Kind = transfer.NoThirdCountries
		texts, numbers = sectionParagraphs(t, build(t, a, l), "transfers")
		if indexOf(texts, lookup(l, kTransfersAuthorityCompelled, nil)) < 0 {
			t.Errorf("%s, no transfers: no %s", l, keyIDs[kTransfersAuthorityCompelled])
		}
		for _, k := range []key{kTransfersLapse, kTransfersAuthorityReviewUnnumbered} {
			if indexOf(texts, lookup(l, k, nil)) >= 0 {
				t.Errorf("%s, no transfers: has %s", l, keyIDs[k])
			}
		}
		for _, n := range numbers {
			if indexOf(texts, lookup(l, kTransfersAuthorityReview, []string{clean(n)})) >= 0 {
				t.Errorf("%s, no transfers: has %s", l, keyIDs[kTransfersAuthorityReview])
			}
		}
	}
}

// TestAnnexASubjectMatter checks review 18 en R11: Annex A opens by saying
// where the subject-matter of the processing is, before A.1.
func TestAnnexASubjectMatter(t *testing.T) {
	for _, l := range i18n.Langs {
		d := build(t, examples.Reference(), l)
		s := findSection(d.Sections, "annex-a")
		if s == nil || len(s.Blocks) == 0 {
			t.Fatalf("%s: no Annex A or an empty one", l)
		}
		p, ok := s.Blocks[0].(*Paragraph)
		if !ok || plainText(p.Spans) != lookup(l, kAIntro, nil) {
			t.Errorf("%s: Annex A does not open with %s", l, keyIDs[kAIntro])
		}
	}
}
