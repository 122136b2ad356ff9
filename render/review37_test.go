package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

// TestDraftAddressBlank checks review 34 nb R3 and review 37 nb R4, da R6:
// notices go to a party's address where it names no contact, so a draft
// shows a party without one as a blank at the party's /address; a final
// agreement, which a missing address does not make unsignable, leaves it
// out as before; an address with a place is no blank.
func TestDraftAddressBlank(t *testing.T) {
	for _, c := range []struct {
		name   string
		edit   func(a *dpa.Agreement)
		blank  bool
		reason string
	}{
		{"final", func(a *dpa.Agreement) { a.Processor.Address = org.Address{Country: "SE"} }, false, "a final agreement records no blank for it"},
		{"draft", func(a *dpa.Agreement) { a.Status, a.Processor.Address = dpa.Draft, org.Address{Country: "SE"} }, true, "a draft shows it"},
		{"draft with a place", func(a *dpa.Agreement) {
			a.Status, a.Processor.Address = dpa.Draft, org.Address{Postcode: "8800", City: "Viborg", Country: "DK"}
		}, false, "a postcode and city are an address"},
	} {
		a := examples.Reference()
		c.edit(a)
		d := build(t, a, i18n.EN)
		if got := slices.Contains(d.Blanks, "/processor/address"); got != c.blank {
			t.Errorf("%s: blank at /processor/address %v, want %v (%s); blanks %v", c.name, got, c.blank, c.reason, d.Blanks)
		}
	}
}

// TestBlankFeeOrder checks review 36 da R2 and review 38 en R10: a blank
// fee is no fee, and where the main agreement's fee terms prevail that is
// said after them, as what applies where they do not; otherwise right
// after the fee.
func TestBlankFeeOrder(t *testing.T) {
	for _, prevails := range []bool{true, false} {
		a := examples.Seed003()
		a.Clauses.Assistance.MainAgreementPrevails = prevails
		d := build(t, a, i18n.EN)
		s := findSection(d.Sections, "other-terms")
		if s == nil {
			t.Fatal("no clause on other terms")
		}
		var texts []string
		for _, b := range s.Blocks {
			if p, ok := b.(*Paragraph); ok {
				texts = append(texts, show(p.Spans))
			}
		}
		want, not := lookup(i18n.EN, kOtherFeeBlank, nil), lookup(i18n.EN, kOtherFeeBlankMain, nil)
		if prevails {
			want, not = not, want
		}
		i := slices.Index(texts, want)
		if i < 0 || slices.Contains(texts, not) {
			t.Errorf("main agreement prevails %v: paragraphs %q", prevails, texts)
			continue
		}
		mainHead, _, _ := strings.Cut(lookup(i18n.EN, kOtherFeeMain, []string{"\x00"}), "\x00")
		if prevails && (i == 0 || !strings.HasPrefix(texts[i-1], mainHead)) {
			t.Errorf("the blank fee's rule does not follow the main agreement's: %q", texts)
		}
	}
}

// TestRedlineKeepsLanguage checks review 35 nb R6, review 36 da R9 and
// review 38 nb R10: a change wholly in another language keeps the language
// on its Inserted or Deleted span, so writers mark it as a fallback, while
// a change that mixes languages keeps "(sv) " in its text.
func TestRedlineKeepsLanguage(t *testing.T) {
	sv := []Span{{Kind: Fallback, Lang: i18n.SV, Text: "Tar emot felanmälningar"}}
	if got := diffSpans(nil, sv); len(got) != 1 || got[0].Kind != Inserted || got[0].Lang != i18n.SV || got[0].Text != "Tar emot felanmälningar" {
		t.Errorf("inserted Swedish text = %+v, want one Inserted span in sv without its code", got)
	}
	if got := diffSpans(sv, nil); len(got) != 1 || got[0].Kind != Deleted || got[0].Lang != i18n.SV {
		t.Errorf("deleted Swedish text = %+v, want one Deleted span in sv", got)
	}
	mixed := []Span{{Text: "Hosts"}, {Text: " "}, {Kind: Fallback, Lang: i18n.SV, Text: "servrarna"}}
	got := diffSpans(nil, mixed)
	if len(got) != 1 || got[0].Lang != "" || !strings.Contains(got[0].Text, "(sv) servrarna") {
		t.Errorf("mixed text = %+v, want one Inserted span with the code in its text", got)
	}
	var b strings.Builder
	m := &mdWriter{sink: getSink(&b)}
	m.spans([]Span{{Kind: Inserted, Lang: i18n.DA, Text: "Omsætter"}}, false)
	m.flush()
	if got := b.String(); got != "<ins>*(da)* Omsætter</ins>" {
		t.Errorf("markdown = %q", got)
	}
}
