// Package bytescan holds the byte searches that every piece of an
// agreement's text passes through: the digits of a clause number typed into
// free text (validation), the bytes HTML escapes (rendering) and the bytes
// at which a JSON string must stop (decoding and encoding).
//
// On amd64 each is written in assembly with SSE2, which every amd64
// processor has, sixteen bytes a step (scan_amd64.s); elsewhere, and with
// the build tag purego, in Go, eight bytes at a time in a uint64 (SWAR).
// The Go versions are always compiled, and the tests hold both to a plain
// byte loop. Measured 2026-12-01 (BenchmarkIndexDigit over 10 KB of
// Norwegian text without a digit; BenchmarkIndexHTMLSpecial over 400 bytes
// of clean text and a 15-byte table cell): the digit search 19–25 GB/s in
// assembly against 10–12 GB/s in Go, the HTML search 11.7–13.2 GB/s against
// 4.0–4.2 and 5 ns against 10 for the cell. In the callers, validation of
// seed 004 took 15–20 % less time and decoding it 15–24 % less (alternating
// runs against the build before, BENCHMARKS.md).
package bytescan

// Ones and Highs repeat 0x01 and 0x80 in each of a word's eight bytes;
// c*Ones repeats the byte c.
const (
	Ones  = 0x0101010101010101
	Highs = 0x8080808080808080
)

// Word returns the eight bytes of s from i on as a little-endian integer;
// s must hold them. The compiler makes it one load.
func Word(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// ZeroByte is non-zero when a byte of v is 0. (It may also mark bytes above
// a zero byte, so it answers whether, not where.)
func ZeroByte(v uint64) uint64 { return (v - Ones) &^ v & Highs }

// IndexDigitGo is [IndexDigit] in Go, 32 bytes a step: the exclusive or
// with '0' maps '0'..'9', and only them, to 0..9, and a byte below 10 then
// borrows in the subtraction and sets its high bit (Hacker's Delight,
// "hasless"); the byte itself is found one by one.
func IndexDigitGo(s string) int {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		if digitBits(Word(s, i))|digitBits(Word(s, i+8))|digitBits(Word(s, i+16))|digitBits(Word(s, i+24)) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return i
		}
	}
	return -1
}

// digitBits is not zero when a byte of the word x is an ASCII digit.
func digitBits(x uint64) uint64 {
	t := x ^ Ones*'0'
	return (t - Ones*10) &^ t & Highs
}

// IndexHTMLSpecialGo is [IndexHTMLSpecial] in Go, eight bytes at a time:
// x|0x05 is 0x27 only for " # & ' and x|0x03 is 0x3F only for < = > ?, so
// two zero-byte tests per word find every candidate; # = ? are rare and
// checked byte by byte.
func IndexHTMLSpecialGo(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := Word(s, i)
		if ZeroByte((x|0x05*Ones)^0x27*Ones)|ZeroByte((x|0x03*Ones)^0x3F*Ones) == 0 {
			continue
		}
		for j := i; j < i+8; j++ {
			if htmlSpecial(s[j]) {
				return j
			}
		}
	}
	for ; i < len(s); i++ {
		if htmlSpecial(s[i]) {
			return i
		}
	}
	return -1
}

func htmlSpecial(c byte) bool { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' }

// StringStop reports whether one of the eight bytes in w (little-endian)
// is a quote, a backslash or a control character (below 0x20): the bytes at
// which a scan through a JSON string must stop and look. A byte at or above
// 0x80 does not stop it. Each test is the exact "has a zero byte" identity:
// (x-Ones) & ^x & Highs is not zero exactly when a byte of x is zero (or,
// for x-0x20*Ones, below 0x20).
func StringStop(w uint64) bool {
	q := w ^ ('"' * Ones)
	b := w ^ ('\\' * Ones)
	return ((q-Ones)&^q|(b-Ones)&^b|(w-0x20*Ones)&^w)&Highs != 0
}
