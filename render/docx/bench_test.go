package docx

import (
	"bytes"
	"io"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// BenchmarkWrite writes the seed-004 agreement with all annexes as a Word document in
// each language, from a built document, and reports the bytes of output
// (SetBytes) beside the allocations.
func BenchmarkWrite(b *testing.B) {
	a := examples.Seed004()
	for _, l := range i18n.Langs {
		b.Run(string(l), func(b *testing.B) {
			d, err := render.Build(a, l, render.Options{})
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Write(&buf, d); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParallel writes seed 004 in Danish and Swedish side by side.
func BenchmarkParallel(b *testing.B) {
	a := examples.Seed004()
	l, err := render.Build(a, i18n.DA, render.Options{})
	if err != nil {
		b.Fatal(err)
	}
	r, err := render.Build(a, i18n.SV, render.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteParallel(io.Discard, l, r); err != nil {
			b.Fatal(err)
		}
	}
}
