//go:build !amd64 || purego

package bytescan

// Assembly reports whether the searches are the assembly versions.
const Assembly = false

// IndexDigit returns the index of the first ASCII digit of s, or -1.
func IndexDigit(s string) int { return IndexDigitGo(s) }

// IndexHTMLSpecial returns the index of the first byte of s that HTML
// escapes (& < > " '), or -1.
func IndexHTMLSpecial(s string) int { return IndexHTMLSpecialGo(s) }

// PlainRun returns the length n of a prefix of s that holds no stop byte
// (a quote, a backslash or a byte below 0x20, as [StringStop] has them),
// and whether a byte of that prefix is 0x80 or above. Without the
// assembly the prefix is empty: the callers' word-at-a-time loop does the
// work.
func PlainRun(string) (n int, high bool) { return 0, false }
