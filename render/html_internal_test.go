package render

import (
	"strings"
	"testing"
)

// TestIndexHTMLSpecial compares the word-at-a-time search with a plain
// one for every byte value at every position of strings up to 20 bytes,
// among neighbours that look alike (# = ? and bytes above 0x80).
func TestIndexHTMLSpecial(t *testing.T) {
	plain := func(s string) int { return strings.IndexAny(s, `"&'<>`) }
	for _, fill := range []byte{'a', '#', '=', '?', 0xC3, 0xFF, '%', ';', 0x00} {
		for n := range 21 {
			for pos := range n {
				for c := range 256 {
					b := []byte(strings.Repeat(string(fill), n))
					b[pos] = byte(c)
					s := string(b)
					if got, want := indexHTMLSpecial(s), plain(s); got != want {
						t.Fatalf("indexHTMLSpecial(%q) = %d, want %d", s, got, want)
					}
				}
			}
		}
	}
}

// BenchmarkEscapeHTML measures escaping a clause-sized text without and
// with characters to replace.
func BenchmarkEscapeHTML(b *testing.B) {
	for _, tc := range []struct{ name, s string }{
		{"clean", strings.Repeat("Databehandleren må ikke behandle personoplysninger ", 8)},
		{"quotes", strings.Repeat("the controller's \"documented\" instructions <here> ", 8)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			h := &htmlWriter{sink: &sink{buf: make([]byte, 0, 64<<10), dst: discard{}}}
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				h.buf = h.buf[:0]
				h.esc(tc.s)
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
