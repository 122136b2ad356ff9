package pdf

import (
	"testing"

	"github.com/dpakit/dpakit/internal/pagedtest"
)

// BenchmarkWrite writes the seed-004 agreement with all annexes as a PDF in
// each language, from a built document, and reports the bytes of output
// beside the allocations.
func BenchmarkWrite(b *testing.B) { pagedtest.BenchWrite(b, Write) }

// BenchmarkParallel writes seed 004 in Danish and Swedish side by side.
func BenchmarkParallel(b *testing.B) { pagedtest.BenchParallel(b, WriteParallel) }
