//go:build !amd64 || purego

package check

// indexDigit returns the index of the first ASCII digit of s, or -1.
func indexDigit(s string) int { return indexDigitGeneric(s) }
