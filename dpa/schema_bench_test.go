package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// BenchmarkSchema measures serving the committed schema, which a frontend's
// backend does per request. The bar is 10 µs.
func BenchmarkSchema(b *testing.B) {
	for _, l := range []i18n.Lang{i18n.EN, i18n.SV} {
		b.Run(string(l), func(b *testing.B) {
			opt := dpa.SchemaLang(l)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dpa.Schema(opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
