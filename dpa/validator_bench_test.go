package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/profile"
)

// BenchmarkValidator measures what a Validator adds to Validate: the
// built-in rules alone, then with the profile the agreement meets, then
// with every built-in profile (seed 004 breaks the Swedish and Norwegian
// ones, so their findings allocate). Seed 004 is a draft with the four
// warnings of its seed's blanks; the reference is the valid agreement.
func BenchmarkValidator(b *testing.B) {
	for _, bc := range []struct {
		name    string
		example string
		opts    []dpa.ValidatorOption
	}{
		{"builtins/reference", "reference", nil}, // valid: no allocation
		{"builtins/seed004", "seed004", nil},     // a draft with four warnings
		{"dk-public/seed004", "seed004", []dpa.ValidatorOption{dpa.WithProfiles(profile.DKPublic())}},
		{"dk-public-only/seed004", "seed004", []dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithProfiles(profile.DKPublic())}},
		{"se-healthcare/seed000", "seed000", []dpa.ValidatorOption{dpa.WithProfiles(profile.SEHealthcare())}},
		{"all-profiles/seed004", "seed004", []dpa.ValidatorOption{dpa.WithProfiles(profile.All()...)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			v, err := dpa.NewValidator(bc.opts...)
			if err != nil {
				b.Fatal(err)
			}
			a := build(b, bc.example)
			b.ReportAllocs()
			for b.Loop() {
				v.Validate(a)
			}
		})
	}
}
