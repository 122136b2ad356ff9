package dpa_test

import (
	"testing"
	"time"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

// BenchmarkBreachDeadlines measures the deadlines of a breach under the
// reference agreement.
func BenchmarkBreachDeadlines(b *testing.B) {
	a := examples.Reference()
	at := time.Date(2026, 3, 28, 22, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.BreachDeadlines(dpa.AnyBreach, at, time.UTC); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChangeDeadlines measures the deadlines of a change of
// sub-processors under the reference agreement.
func BenchmarkChangeDeadlines(b *testing.B) {
	a := examples.Reference()
	at := time.Date(2026, 1, 31, 10, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.ChangeDeadlines(at, time.UTC, ""); err != nil {
			b.Fatal(err)
		}
	}
}
