//go:build amd64 && !purego

package dpa

// plainRun returns the length n of a prefix of s that holds no stop byte
// (a quote, a backslash or a byte below 0x20, as [stringStop] has them),
// and whether a byte of that prefix is 0x80 or above. On amd64 it tests
// sixteen bytes a step with SSE2, which every amd64 processor has, and
// stops at the first stop byte or where fewer than sixteen bytes are
// left; the callers' word-at-a-time loop does the rest. The encoder and
// the decoder scan every string of an agreement with it.
//
//go:noescape
func plainRun(s string) (n int, high bool)

// plainRunAssembly says whether plainRun is the assembly version, whose
// prefix is as long as its 16-byte steps allow (TestPlainRun).
const plainRunAssembly = true
