package render

import (
	"bytes"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestRenderReusesStorage renders every example with and without
// numbering, one after another, so that the pooled builder lays out
// sections in slots another agreement or numbering used (and keeps
// paragraph names for): each output must be what Build and Write give.
func TestRenderReusesStorage(t *testing.T) {
	for range 2 {
		for _, ex := range examples.All() {
			for _, opts := range []Options{{AllowBlanks: true}, {AllowBlanks: true, NoNumbering: true}} {
				for _, l := range []i18n.Lang{i18n.SV, i18n.EN} {
					a := ex.Build()
					var got, want bytes.Buffer
					if err := Render(&got, a, l, Text, opts); err != nil {
						t.Fatal(err)
					}
					d, err := Build(a, l, opts)
					if err != nil {
						t.Fatal(err)
					}
					if err := Write(&want, d, Text); err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(got.Bytes(), want.Bytes()) {
						t.Fatalf("%s, %s, NoNumbering %v: Render differs from Build and Write", ex.Name, l, opts.NoNumbering)
					}
				}
			}
		}
	}
}
