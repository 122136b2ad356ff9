package pdf

import (
	"testing"

	"github.com/dpakit/dpakit/internal/pagedtest"
)

// TestScaling writes agreements of 1 000 and 10 000 sub-processors in one
// run: ten times the sub-processors may take at most twenty times as long
// (pagedtest.Scaling).
func TestScaling(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a timing test: not in -short or under the race detector")
	}
	pagedtest.Scaling(t, "PDF", Write)
}
