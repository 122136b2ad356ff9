package pdf

import (
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// withSubProcessors returns the reference agreement with n sub-processors
// of its first one's kind, every other one engaged by the one before it.
func withSubProcessors(n int) *dpa.Agreement {
	a := examples.Reference()
	base := a.Annexes.B.Entries[0]
	a.Annexes.B.Entries = nil
	for i := range n {
		s := base
		s.ID = "s" + strconv.Itoa(i)
		s.Name = "Drift " + s.ID + " AB"
		s.EngagedBy = ""
		if i%2 == 1 {
			s.EngagedBy = "s" + strconv.Itoa(i-1)
		}
		a.Annexes.B.Entries = append(a.Annexes.B.Entries, s)
	}
	return a
}

// TestScaling writes agreements of 1 000 and 10 000 sub-processors in one
// run: ten times the sub-processors may take at most twenty times as long
// (twice linear; quadratic growth would be a hundred times). The fastest
// of three runs of each counts, so a busy moment of the machine does not
// fall on one size only.
func TestScaling(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a timing test: not in -short or under the race detector")
	}
	sizes := []int{1000, 10000}
	var best [2]time.Duration
	docs := make([]*render.Document, len(sizes))
	for i, n := range sizes {
		d, err := render.Build(withSubProcessors(n), i18n.SV, render.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = d
	}
	for run := range 3 {
		for i, d := range docs {
			start := time.Now()
			if err := Write(io.Discard, d); err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); run == 0 || el < best[i] {
				best[i] = el
			}
		}
	}
	t.Logf("PDF of %d sub-processors: %v; of %d: %v (%.1f times)", sizes[0], best[0], sizes[1], best[1], float64(best[1])/float64(best[0]))
	if best[1] > 20*best[0] {
		t.Errorf("10 times the sub-processors took %.1f times as long; want at most 20", float64(best[1])/float64(best[0]))
	}
}
