package bytescan

import (
	"strings"
	"testing"
)

// searches are the searches that return an index, each with its Go
// version and a plain byte test.
var searches = []struct {
	name      string
	asm, goV  func(string) int
	match     func(byte) bool
	hit, fill byte
}{
	{"IndexDigit", IndexDigit, IndexDigitGo, func(c byte) bool { return c >= '0' && c <= '9' }, '7', 'x'},
	{"IndexHTMLSpecial", IndexHTMLSpecial, IndexHTMLSpecialGo, htmlSpecial, '<', 'x'},
}

func plain(s string, match func(byte) bool) int {
	for i := 0; i < len(s); i++ {
		if match(s[i]) {
			return i
		}
	}
	return -1
}

// TestSearches compares both versions of each search with a byte loop for
// every byte value at every position of texts up to 70 bytes, among
// neighbours that look alike (# = ? next to the HTML bytes, letters and
// bytes above 0x80), so that no lane of a step misses a byte or takes
// another for it, and the tail after the last whole step is searched too.
func TestSearches(t *testing.T) {
	for _, sc := range searches {
		eachText([]string{"a", "#", "=", "?", "ø", "\xff", "/", ":", "\x00"}, 70, func(s string) {
			want := plain(s, sc.match)
			if got := sc.asm(s); got != want {
				t.Fatalf("%s(%q) = %d, want %d", sc.name, s, got, want)
			}
			if got := sc.goV(s); got != want {
				t.Fatalf("%sGo(%q) = %d, want %d", sc.name, s, got, want)
			}
		})
	}
}

// eachText calls f with every text of up to max bytes of one of the fills
// (cut to length, so a fill of several bytes is cut inside a letter too)
// in which one byte, at each position in turn, takes each of the 256
// values.
func eachText(fills []string, max int, f func(string)) {
	for _, fill := range fills {
		for n := 0; n <= max; n++ {
			base := []byte(strings.Repeat(fill, n))[:n]
			for pos := 0; pos < n; pos++ {
				for c := range 256 {
					b := append([]byte(nil), base...)
					b[pos] = byte(c)
					f(string(b))
				}
			}
		}
	}
}

// TestPlainRun checks PlainRun's prefix on every byte value at every
// position of texts up to 50 bytes, among plain ASCII and among Nordic
// letters: the prefix holds no stop byte, its high flag is exact, and with
// the assembly it ends at the first stop byte or where fewer than sixteen
// bytes are left.
func TestPlainRun(t *testing.T) {
	stop := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
	eachText([]string{"a", "ø"}, 50, func(s string) {
		k, high := PlainRun(s)
		if k < 0 || k > len(s) {
			t.Fatalf("PlainRun(%q) = %d, out of range", s, k)
		}
		wantHigh := false
		for i := 0; i < k; i++ {
			if stop(s[i]) {
				t.Fatalf("PlainRun(%q) = %d, past the stop byte at %d", s, k, i)
			}
			wantHigh = wantHigh || s[i] >= 0x80
		}
		if high != wantHigh {
			t.Fatalf("PlainRun(%q) = %d, high %v; want %v", s, k, high, wantHigh)
		}
		if Assembly && k < len(s) && !stop(s[k]) && len(s)-k >= 16 {
			t.Fatalf("PlainRun(%q) = %d, stopped before the stop byte with %d bytes left", s, k, len(s)-k)
		}
	})
}

// TestStringStop checks StringStop against a byte test for every byte
// value in every lane of a word.
func TestStringStop(t *testing.T) {
	for lane := range 8 {
		for c := range 256 {
			b := []byte("abcdefgh")
			b[lane] = byte(c)
			w := uint64(0)
			for i := 7; i >= 0; i-- {
				w = w<<8 | uint64(b[i])
			}
			want := c == '"' || c == '\\' || c < 0x20
			if got := StringStop(w); got != want {
				t.Fatalf("StringStop(%q) = %v, want %v", b, got, want)
			}
		}
	}
}

// BenchmarkIndexDigit searches 10 KB of text without a digit, as
// validation searches seed 004's free text.
func BenchmarkIndexDigit(b *testing.B) {
	s := strings.Repeat("Databehandleren må ikke behandle personoplysninger ", 200)
	bench(b, s, IndexDigit, IndexDigitGo)
}

// BenchmarkIndexHTMLSpecial searches 400 bytes of clean text and a short
// one, as the HTML writer escapes a paragraph and a table cell.
func BenchmarkIndexHTMLSpecial(b *testing.B) {
	b.Run("clean", func(b *testing.B) {
		bench(b, strings.Repeat("Databehandleren må ikke behandle personoplysninger ", 8), IndexHTMLSpecial, IndexHTMLSpecialGo)
	})
	b.Run("short", func(b *testing.B) { bench(b, "Databehandleren", IndexHTMLSpecial, IndexHTMLSpecialGo) })
}

func bench(b *testing.B, s string, asm, goV func(string) int) {
	for _, c := range []struct {
		name string
		f    func(string) int
	}{{"asm", asm}, {"go", goV}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if c.f(s) != -1 {
					b.Fatal("found a byte")
				}
			}
		})
	}
}
