package dpa_test

import (
	"errors"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// TestDecodeTitlesAsText checks that contact and signatory titles and the
// encryption standard decode as language versions, and that the plain
// strings of agreements written before they were (the leftovers round,
// 2026-12-01) are refused with a DecodeError at the field, not taken as
// text of an unknown language.
func TestDecodeTitlesAsText(t *testing.T) {
	doc := `{"processor":{"contacts":[{"role":"dpo","title":{"da":"Databeskyttelsesrådgiver","en":"Data protection officer"}}],` +
		`"signatory":{"title":{"sv":"Verkställande direktör"}}},` +
		`"annexes":{"c":{"security":{"measures":{"encryptionAtRest":{"standard":{"en":"AES-256"}}}}}}}`
	a, err := dpa.Decode([]byte(doc))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got := a.Processor.Contacts[0].Title; got != (i18n.Text{DA: "Databeskyttelsesrådgiver", EN: "Data protection officer"}) {
		t.Errorf("contact title = %+v", got)
	}
	if got := a.Processor.Signatory.Title.In(i18n.SV); got != "Verkställande direktör" {
		t.Errorf("signatory title (sv) = %q", got)
	}
	if got := a.Annexes.C.Security.Measures.EncryptionAtRest.Standard.In(i18n.EN); got != "AES-256" {
		t.Errorf("standard (en) = %q", got)
	}

	for _, tc := range []struct{ doc, pointer string }{
		{`{"processor":{"contacts":[{"role":"dpo","title":"DPO"}]}}`, "/processor/contacts/0/title"},
		{`{"processor":{"signatory":{"title":"CEO"}}}`, "/processor/signatory/title"},
		{`{"annexes":{"c":{"security":{"measures":{"encryptionAtRest":{"standard":"AES-256"}}}}}}`, "/annexes/c/security/measures/encryptionAtRest/standard"},
	} {
		_, err := dpa.Decode([]byte(tc.doc))
		var de *dpa.DecodeError
		if !errors.As(err, &de) {
			t.Errorf("%s: Decode returned %v; want a *DecodeError", tc.pointer, err)
			continue
		}
		if de.Pointer != tc.pointer {
			t.Errorf("pointer %q, want %q (%v)", de.Pointer, tc.pointer, err)
		}
	}
}
