package render

import (
	"bytes"
	"io"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// BenchmarkRender renders the seed-004 agreement with all annexes in each
// language and format. It reports bytes of output per operation (SetBytes),
// so allocated bytes can be compared with output bytes.
func BenchmarkRender(b *testing.B) {
	a := examples.Seed004()
	for _, l := range i18n.Langs {
		for _, f := range Formats {
			b.Run(string(l)+"/"+string(f), func(b *testing.B) {
				var buf bytes.Buffer
				if err := Render(&buf, a, l, f, Options{}); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(buf.Len()))
				b.ReportAllocs()
				for b.Loop() {
					if err := Render(io.Discard, a, l, f, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkRenderWording renders as BenchmarkRender's sv/html does, with a
// company wording of two clauses: it should cost what rendering without
// one does.
func BenchmarkRenderWording(b *testing.B) {
	w, err := LoadWording(wordingFS(twoClauses()))
	if err != nil {
		b.Fatal(err)
	}
	a := examples.Seed004()
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, a, i18n.SV, HTML, Options{Wording: w}); err != nil {
			b.Fatal(err)
		}
	}
}
