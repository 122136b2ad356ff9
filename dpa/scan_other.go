//go:build !amd64 || purego

package dpa

// plainRun returns the length n of a prefix of s that holds no stop byte
// (a quote, a backslash or a byte below 0x20, as [stringStop] has them),
// and whether a byte of that prefix is 0x80 or above. Without the
// assembly version the prefix is empty: the callers' word-at-a-time loop
// does the work.
func plainRun(string) (n int, high bool) { return 0, false }

// plainRunAssembly says whether plainRun is the assembly version, whose
// prefix is as long as its 16-byte steps allow (TestPlainRun).
const plainRunAssembly = false
