package change_test

import (
	"testing"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

// BenchmarkDiff compares the two versions of seed 004 (one sub-processor
// replaced; the new version names the old by version and digest) and of
// seed 000; seed004-digest-known gives DiffWithDigest the old version's
// digest, as a contract system that stored it with the version does.
func BenchmarkDiff(b *testing.B) {
	known, err := dpa.Digest(examples.Seed004())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		old, new  *dpa.Agreement
		oldDigest string
	}{
		{"seed004", examples.Seed004(), examples.Seed004V2(), ""},
		{"seed000", examples.Seed000(), examples.Seed000V2(), ""},
		{"seed004-digest-stored", examples.Seed004(), withoutDigest(examples.Seed004V2()), ""},
		{"seed004-digest-known", examples.Seed004(), examples.Seed004V2(), known},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := change.DiffWithDigest(c.old, c.oldDigest, c.new); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// withoutDigest returns a with the digest of the version it replaces left
// out, as a contract system that checked it when it stored the version
// may keep it: Diff then has no digest to compute.
func withoutDigest(a *dpa.Agreement) *dpa.Agreement {
	a.Replaces.Digest = ""
	return a
}

func BenchmarkPieces(b *testing.B) {
	a := examples.Seed004()
	b.Run("normalized", func(b *testing.B) {
		for b.Loop() {
			a.Normalized()
		}
	})
	b.Run("digest", func(b *testing.B) {
		for b.Loop() {
			dpa.Digest(a)
		}
	})
}
