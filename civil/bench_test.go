package civil_test

import (
	"testing"
	"time"

	"github.com/dpakit/dpakit/civil"
)

// sinkDate and sinkTime keep the compiler from dropping the benchmarked work.
var (
	sinkDate civil.Date
	sinkTime time.Time
	sinkStr  string
	sinkErr  error
)

// BenchmarkDateAddMonths measures calendar-month arithmetic, which every
// period in months or years goes through.
func BenchmarkDateAddMonths(b *testing.B) {
	d := civil.D(2026, 1, 31)
	for b.Loop() {
		sinkDate, sinkErr = d.AddMonths(13)
	}
}

// BenchmarkDateAddDays measures day arithmetic, which periods in days and
// weeks go through.
func BenchmarkDateAddDays(b *testing.B) {
	d := civil.D(2026, 11, 22)
	for b.Loop() {
		sinkDate, sinkErr = d.AddDays(400)
	}
}

// BenchmarkPeriodAddTo measures adding a period to a time, as the breach
// deadlines do.
func BenchmarkPeriodAddTo(b *testing.B) {
	start := time.Date(2026, 3, 28, 22, 0, 0, 0, time.UTC)
	for _, p := range []civil.Period{civil.Of(24, civil.Hours), civil.Of(2, civil.Days), civil.Of(1, civil.Months)} {
		b.Run(string(p.Unit), func(b *testing.B) {
			for b.Loop() {
				sinkTime, sinkErr = p.AddTo(start)
			}
		})
	}
}

// BenchmarkDateString measures formatting a date.
func BenchmarkDateString(b *testing.B) {
	d := civil.D(2026, 11, 22)
	for b.Loop() {
		sinkStr = d.String()
	}
}
