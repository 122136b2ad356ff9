package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// BenchmarkSchema measures serving the committed schema, which a frontend's
// backend does per request: each variant, and the form variant restricted
// to an agreement's languages after the first call has derived it. The bar
// is 10 µs.
func BenchmarkSchema(b *testing.B) {
	for _, tc := range []struct {
		name string
		opts []dpa.SchemaOption
	}{
		{"en", []dpa.SchemaOption{dpa.SchemaLang(i18n.EN)}},
		{"sv", []dpa.SchemaOption{dpa.SchemaLang(i18n.SV)}},
		{"form-da", []dpa.SchemaOption{dpa.SchemaLang(i18n.DA), dpa.SchemaVariant(dpa.FormVariant)}},
		{"openapi-nb", []dpa.SchemaOption{dpa.SchemaLang(i18n.NB), dpa.SchemaVariant(dpa.OpenAPIVariant)}},
		{"standard-da-text-da-en", []dpa.SchemaOption{dpa.SchemaLang(i18n.DA), dpa.SchemaTextLangs(i18n.DA, i18n.EN)}},
		{"form-da-text-da-en", []dpa.SchemaOption{dpa.SchemaLang(i18n.DA), dpa.SchemaVariant(dpa.FormVariant), dpa.SchemaTextLangs(i18n.DA, i18n.EN)}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			if _, err := dpa.Schema(tc.opts...); err != nil { // derives and caches a restricted schema
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dpa.Schema(tc.opts...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSchemaRestrict measures the first call for a set of text
// languages, which derives the restricted schema from the embedded one: a
// backend pays it once per variant, language and set of text languages.
func BenchmarkSchemaRestrict(b *testing.B) {
	for name, v := range map[string]dpa.Variant{"standard": dpa.StandardVariant, "form": dpa.FormVariant} {
		b.Run(name, func(b *testing.B) {
			full, _ := dpa.Schema(dpa.SchemaVariant(v))
			b.SetBytes(int64(len(full)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dpa.RestrictText(full, i18n.DA, i18n.EN); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
