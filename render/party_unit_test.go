package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestPartyUnit checks that a public body's unit follows its name as the
// body acting through it, in every language (review 11 sv R1: a Swedish
// nämnd is an authority of its own), and that hostile text in it stays
// cleaned.
func TestPartyUnit(t *testing.T) {
	a := examples.Reference()
	a.Processor.Unit = "hälso- och sjukvårdsnämnden\u202e"
	want := map[i18n.Lang]string{
		i18n.EN: " acting through hälso- och sjukvårdsnämnden",
		i18n.SV: " genom hälso- och sjukvårdsnämnden",
		i18n.NB: " ved hälso- och sjukvårdsnämnden",
		i18n.DA: " ved hälso- och sjukvårdsnämnden",
	}
	for _, l := range i18n.Langs {
		var buf bytes.Buffer
		if err := Render(&buf, a, l, Markdown, Options{AllowBlanks: true}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, a.Processor.Name+"**"+want[l]) {
			t.Errorf("%s: the processor's line does not read %q after the name", l, want[l])
		}
		if strings.Contains(out, "\u202e") {
			t.Errorf("%s: a bidi override in the unit reached the document", l)
		}
	}
}
