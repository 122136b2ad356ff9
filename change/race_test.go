//go:build race

package change_test

// raceEnabled reports whether the race detector is on; it slows code down
// by an order of magnitude and unevenly, so tests that time code skip, and
// tests that only repeat work for coverage do less of it.
const raceEnabled = true
