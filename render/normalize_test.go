package render

import (
	"bytes"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/google/go-cmp/cmp"
)

// TestRenderNormalizes: an agreement built in Go with an organisation number
// and a country code as people type them renders exactly as its normalised
// form does, and the caller's value is left as it was.
func TestRenderNormalizes(t *testing.T) {
	typed := examples.Seed000()
	typed.Controllers[0].OrgID = org.ID{Scheme: org.SEOrgNr, Value: " 212000-0142 "}
	typed.Processor.Address.Country = "se"
	before := typed.Clone()
	want := typed.Clone()
	want.Normalize()
	for _, f := range Formats {
		var got, norm bytes.Buffer
		opts := Options{AllowBlanks: true}
		if err := Render(&got, typed, i18n.SV, f, opts); err != nil {
			t.Fatal(err)
		}
		if err := Render(&norm, want, i18n.SV, f, opts); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(norm.String(), got.String()); diff != "" {
			t.Errorf("%s: rendering differs from the normalised agreement's (-want +got):\n%s", f, diff)
		}
	}
	if diff := cmp.Diff(before, typed); diff != "" {
		t.Errorf("Render changed the caller's agreement (-before +after):\n%s", diff)
	}
}
