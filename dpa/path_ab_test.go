package dpa_test

import (
	"io"
	"os"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// TestSpeedABPath compares the whole path of render.BenchmarkPath —
// decode seed004, validate it, render it as Danish HTML — with the
// strict decoder alone and with Decode's fast path in front of it, in
// one process (thread CPU time, alternating bursts), as BENCHMARKS.md
// quotes it. It runs only with DPAKIT_AB=1.
func TestSpeedABPath(t *testing.T) {
	if os.Getenv("DPAKIT_AB") == "" {
		t.Skip("set DPAKIT_AB=1 to compare the path with and without the fast decoder")
	}
	data, err := dpa.Encode(build(t, "seed004"))
	if err != nil {
		t.Fatal(err)
	}
	path := func(decode func([]byte) (*dpa.Agreement, error)) func() {
		return func() {
			a, err := decode(data)
			if err != nil {
				t.Fatal(err)
			}
			// As render.BenchmarkPath: only errors would stop the path.
			if dpa.Validate(a).Count(finding.Error) != 0 {
				t.Fatal("seed004 has errors")
			}
			if err := render.Render(io.Discard, a, i18n.DA, render.HTML, render.Options{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	strict, fast := dpa.ABCompare(30, 200, path(dpa.DecodeStrict), path(dpa.Decode))
	t.Logf("path seed004 da html: strict decoder %v, fast path %v (%.0f %%)", strict, fast, 100*(float64(fast)/float64(strict)-1))
	var a *dpa.Agreement
	for _, l := range []i18n.Lang{i18n.EN, i18n.DA} {
		a, _ = dpa.Decode(data)
		one, _ := dpa.ABCompare(30, 200, func() {
			if err := render.Render(io.Discard, a, l, render.HTML, render.Options{}); err != nil {
				t.Fatal(err)
			}
		}, func() {})
		t.Logf("render seed004 %s html: %v", l, one)
	}
}
