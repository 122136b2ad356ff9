package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// TestTitlesMarkFallback checks that contact titles, signatory titles and
// the encryption standard, free text since the leftovers round (en R15, sv
// Lg1/Lg2, nb 23/25/26, da 16/17), are marked when they come from another
// language and recorded in FellBack by their JSON path.
func TestTitlesMarkFallback(t *testing.T) {
	a := examples.Reference()
	a.Controllers[0].Contacts[0].Title = i18n.Text{SV: "Digitaliseringschef"}
	a.Processor.Signatory.Title = i18n.Text{SV: "Verkställande direktör"}
	a.Annexes.C.Security.Measures.EncryptionInTransit = &security.Encryption{Standard: i18n.Text{SV: "TLS 1.2 eller senare"}}
	d := build(t, a, i18n.DA)

	for _, want := range []string{"/controllers/0/contacts/0/title", "/processor/signatory/title", "/annexes/c/security/measures/encryptionInTransit/standard"} {
		if !slices.Contains(d.FellBack, want) {
			t.Errorf("FellBack lacks %s (got %v)", want, d.FellBack)
		}
	}

	contacts := findSection(d.Sections, "contacts")
	var tbl *Table
	for _, b := range contacts.Blocks {
		if x, ok := b.(*Table); ok {
			tbl = x
		}
	}
	if tbl == nil {
		t.Fatal("no contacts table")
	}
	cell := tbl.Rows[0][3]
	if len(cell) != 1 || cell[0].Kind != Fallback || cell[0].Lang != i18n.SV {
		t.Errorf("contact title cell = %+v, want one Fallback span in sv", cell)
	}

	sigs := findSection(d.Sections, "signatures")
	var last SignatureBlock
	for _, b := range sigs.Blocks {
		if x, ok := b.(*Signatures); ok {
			last = x.Blocks[len(x.Blocks)-1]
		}
	}
	if last.TitleLang != i18n.SV || strings.HasPrefix(last.Title, "(") {
		t.Errorf("processor's signatory title = %q in %q, want it marked sv", last.Title, last.TitleLang)
	}

	// In the text's own language there is no mark.
	d = build(t, a, i18n.SV)
	if slices.Contains(d.FellBack, "/processor/signatory/title") {
		t.Error("sv: the Swedish signatory title is recorded as a fallback")
	}
}
