package render

import (
	"io"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

// BenchmarkPath measures what a contract system does on every save: decode
// the seed-004 agreement from JSON, validate it, and render it as HTML.
func BenchmarkPath(b *testing.B) {
	data, err := dpa.Encode(examples.Seed004())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := dpa.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		// seed004 is a draft with four warnings (its seed's blanks): a
		// contract system saves it; only errors would stop the path.
		if dpa.Validate(a).Count(finding.Error) != 0 {
			b.Fatal("seed004 has errors")
		}
		if err := Render(io.Discard, a, i18n.DA, HTML, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
