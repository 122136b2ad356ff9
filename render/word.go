package render

// Helpers for looking at text eight bytes at a time, as one uint64 (SWAR:
// SIMD within a register).

// ones and highs repeat 0x01 and 0x80 in each of a word's eight bytes;
// c*ones repeats the byte c.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// word returns the eight bytes of s from i on as a little-endian integer;
// s must hold them. The compiler makes it one load.
func word(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// zeroByte is non-zero when a byte of v is 0. (It may also mark bytes above
// a zero byte, so it answers whether, not where.)
func zeroByte(v uint64) uint64 { return (v - ones) &^ v & highs }
