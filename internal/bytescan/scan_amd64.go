//go:build amd64 && !purego

package bytescan

// Assembly reports whether the searches are the assembly versions.
const Assembly = true

// IndexDigit returns the index of the first ASCII digit of s, or -1.
//
//go:noescape
func IndexDigit(s string) int

// IndexHTMLSpecial returns the index of the first byte of s that HTML
// escapes (& < > " '), or -1.
//
//go:noescape
func IndexHTMLSpecial(s string) int

// PlainRun returns the length n of a prefix of s that holds no stop byte
// (a quote, a backslash or a byte below 0x20, as [StringStop] has them),
// and whether a byte of that prefix is 0x80 or above. The prefix ends at
// the first stop byte or where fewer than sixteen bytes are left; the
// callers' word-at-a-time loop does the rest.
//
//go:noescape
func PlainRun(s string) (n int, high bool)
