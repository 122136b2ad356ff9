package dpa

import (
	"strings"
	"testing"
)

// TestPlainRun checks plainRun's prefix on every byte value at every
// position of texts up to 50 bytes, among plain ASCII and among Nordic
// letters: the prefix holds no stop byte, its high flag is exact, and on
// amd64 (where it is not empty) it ends at the first stop byte or where
// fewer than sixteen bytes are left.
func TestPlainRun(t *testing.T) {
	stop := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
	for _, fill := range []string{"a", "ø"} {
		for n := 0; n <= 50; n++ {
			base := []byte(strings.Repeat(fill, n))[:n]
			for pos := 0; pos < n; pos++ {
				for c := range 256 {
					b := append([]byte(nil), base...)
					b[pos] = byte(c)
					s := string(b)
					k, high := plainRun(s)
					if k < 0 || k > len(s) {
						t.Fatalf("plainRun(%q) = %d, out of range", s, k)
					}
					wantHigh := false
					for i := 0; i < k; i++ {
						if stop(s[i]) {
							t.Fatalf("plainRun(%q) = %d, past the stop byte at %d", s, k, i)
						}
						wantHigh = wantHigh || s[i] >= 0x80
					}
					if high != wantHigh {
						t.Fatalf("plainRun(%q) = %d, high %v; want %v", s, k, high, wantHigh)
					}
					if k == 0 && !plainRunAssembly {
						continue
					}
					if k < len(s) && !stop(s[k]) && len(s)-k >= 16 {
						t.Fatalf("plainRun(%q) = %d, stopped before the stop byte with %d bytes left", s, k, len(s)-k)
					}
				}
			}
		}
	}
}
