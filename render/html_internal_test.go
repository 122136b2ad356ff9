package render

import (
	"strings"
	"testing"
)

// BenchmarkEscapeHTML measures escaping a clause-sized text without and
// with characters to replace.
func BenchmarkEscapeHTML(b *testing.B) {
	for _, tc := range []struct{ name, s string }{
		{"clean", strings.Repeat("Databehandleren må ikke behandle personoplysninger ", 8)},
		{"quotes", strings.Repeat("the controller's \"documented\" instructions <here> ", 8)},
		{"short", "Databehandleren"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			h := &htmlWriter{sink: &sink{buf: make([]byte, chunk), dst: discard{}}}
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				h.n = 0
				h.esc(tc.s)
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestIsClean checks the fast test against building the cleaned copy: for
// every rune class clean treats specially, at every offset of an ASCII
// text of up to 20 bytes, and for invalid UTF-8.
func TestIsClean(t *testing.T) {
	specials := []string{"\x00", "\t", "\n", "\x1f", "\x7f", "\u0080", "\u009f", "\u00a0", "å", "\u061c", "\u200e",
		"\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ue000", "\ue005", "\uf8ff", "\uf900", "\U000f0000",
		"\U0010fffd", "\ufffd", "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "€", "😀",
		"\xc3\xc3", "\xc3(", "\xc2\x7f", "\xc2\xc2", "ÿ", "×", "§"}
	for _, sp := range specials {
		for n := range 41 {
			for pos := 0; pos <= n; pos++ {
				s := strings.Repeat("a", pos) + sp + strings.Repeat("b", n-pos)
				if got, want := isClean(s), recleaned(s) == s; got != want {
					t.Errorf("isClean(%q) = %v, but cleaning it changes it: %v", s, got, !want)
				}
			}
		}
	}
}

// TestCaseFirst checks upperFirst and lowerFirst on Nordic letters, on
// text whose first letter is already in the case asked for (returned as
// it is) and on empty text (empty, not a replacement character).
func TestCaseFirst(t *testing.T) {
	for _, c := range []struct{ in, upper, lower string }{
		{"åtkomst", "Åtkomst", "åtkomst"},
		{"Ørsted", "Ørsted", "ørsted"},
		{"ISAE 3000", "ISAE 3000", "iSAE 3000"},
		{"3 dage", "3 dage", "3 dage"},
		{"", "", ""},
	} {
		if got := upperFirst(c.in); got != c.upper {
			t.Errorf("upperFirst(%q) = %q, want %q", c.in, got, c.upper)
		}
		if got := lowerFirst(c.in); got != c.lower {
			t.Errorf("lowerFirst(%q) = %q, want %q", c.in, got, c.lower)
		}
	}
}

// TestSentenceOf: the parts joined with "; ", the first letter upper case,
// a full stop at the end, as upperFirst(strings.Join(parts, "; "))+"."
// wrote it; a first byte that is no letter, or not UTF-8, is kept as it is.
func TestSentenceOf(t *testing.T) {
	for _, parts := range [][]string{
		{"a"}, {"ab", "cd"}, {"äb", "c", ""}, {"ǆx", "y"}, {"Éa"}, {"\xffa", "b"}, {"1 gång", "två"}, {""},
	} {
		want := upperFirst(strings.Join(parts, "; ")) + "."
		if got := sentenceOf(new(strStore), parts); got != want {
			t.Errorf("sentenceOf(%q) = %q, want %q", parts, got, want)
		}
	}
}
