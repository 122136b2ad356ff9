//go:build amd64 && !purego

package check

// indexDigit returns the index of the first ASCII digit of s, or -1.
// Validation runs it over every free text in every language (10 KB for
// seed 004), so on amd64 it is written in assembly with SSE2, which every
// amd64 processor has: sixteen bytes a step in five instructions.
//
//go:noescape
func indexDigit(s string) int
