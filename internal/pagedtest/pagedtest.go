// Package pagedtest holds the tests that the paged writers, render/docx and
// render/pdf, share: the scaling test over the number of sub-processors and
// the benchmarks over seed 004. Each writer's test files call them with its
// own Write and WriteParallel.
package pagedtest

import (
	"bytes"
	"io"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// Writer writes one document, as docx.Write and pdf.Write do.
type Writer func(io.Writer, *render.Document) error

// ParallelWriter writes two documents side by side, as docx.WriteParallel
// and pdf.WriteParallel do.
type ParallelWriter func(w io.Writer, left, right *render.Document) error

// WithSubProcessors returns the reference agreement with n sub-processors
// of its first one's kind, every other one engaged by the one before it.
func WithSubProcessors(n int) *dpa.Agreement {
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

// Scaling writes agreements of 1 000 and 10 000 sub-processors in one run
// with write, named format in the log: ten times the sub-processors may
// take at most twenty times as long (twice linear; quadratic growth would
// be a hundred times). Time is the process's CPU time (where the system
// gives it; the clock elsewhere), after a collection, so that the waits of
// a machine busy with other work and the garbage of the run before do not
// count; the fastest of three runs of each size counts. The caller skips
// it in -short and under the race detector.
func Scaling(t *testing.T, format string, write Writer) {
	t.Helper()
	sizes := []int{1000, 10000}
	var best [2]time.Duration
	docs := make([]*render.Document, len(sizes))
	for i, n := range sizes {
		d, err := render.Build(WithSubProcessors(n), i18n.SV, render.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = d
	}
	for run := range 3 {
		for i, d := range docs {
			runtime.GC()
			start := cpuTime()
			if err := write(io.Discard, d); err != nil {
				t.Fatal(err)
			}
			if el := cpuTime() - start; run == 0 || el < best[i] {
				best[i] = el
			}
		}
	}
	t.Logf("%s of %d sub-processors: %v; of %d: %v (%.1f times)", format, sizes[0], best[0], sizes[1], best[1], float64(best[1])/float64(best[0]))
	if best[1] > 20*best[0] {
		t.Errorf("10 times the sub-processors took %.1f times as long; want at most 20", float64(best[1])/float64(best[0]))
	}
}

// BenchWrite writes the seed-004 agreement with all annexes in each
// language, from a built document, and reports the bytes of output
// (SetBytes) beside the allocations.
func BenchWrite(b *testing.B, write Writer) {
	a := examples.Seed004()
	for _, l := range i18n.Langs {
		b.Run(string(l), func(b *testing.B) {
			d, err := render.Build(a, l, render.Options{})
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			if err := write(&buf, d); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if err := write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchParallel writes seed 004 in Danish and Swedish side by side.
func BenchParallel(b *testing.B, write ParallelWriter) {
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
		if err := write(io.Discard, l, r); err != nil {
			b.Fatal(err)
		}
	}
}
