package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{"seed004", "reference"} {
		b.Run(name, func(b *testing.B) {
			data := encode(b, build(b, name))
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dpa.Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidate: the reference is the complete, valid agreement (no
// allocation); seed004 is the agreement the speed goals name, a draft with
// the four warnings its seed's blanks give, so its findings allocate;
// seed000 has errors.
func BenchmarkValidate(b *testing.B) {
	for _, name := range []string{"seed004", "reference", "seed000"} {
		b.Run(name, func(b *testing.B) {
			a := build(b, name)
			b.ReportAllocs()
			for b.Loop() {
				dpa.Validate(a)
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	a := build(b, "seed004")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dpa.Encode(a); err != nil {
			b.Fatal(err)
		}
	}
}

func build(tb testing.TB, name string) *dpa.Agreement {
	for _, ex := range examples.All() {
		if ex.Name == name {
			return ex.Build()
		}
	}
	tb.Fatalf("no example %q", name)
	return nil
}

// BenchmarkNormalized measures the check that Encode and the renderers make
// before using an agreement: an agreement in canonical form is not copied.
func BenchmarkNormalized(b *testing.B) {
	a := build(b, "seed004")
	b.ReportAllocs()
	for b.Loop() {
		if a.Normalized() != a {
			b.Fatal("seed004 is not in canonical form")
		}
	}
}
