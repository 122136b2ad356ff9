package check

import (
	"strings"
	"testing"
)

// TestClauseRef checks which references to a clause or annex by number
// ClauseRef finds, and that it leaves the law's own numbers, years,
// standards and periods alone.
func TestClauseRef(t *testing.T) {
	for _, c := range []struct {
		text, want, reason string
	}{
		{"Se punkt 11.1 a i huvudavtalet.", "punkt 11.1", "a Swedish clause reference with a letter"},
		{"i henhold til Bestemmelse 10.3", "Bestemmelse 10.3", "a capitalised Norwegian clause reference"},
		{"formålene i vedlegg 1", "vedlegg 1", "a Norwegian appendix by number"},
		{"as set out in Appendix 1.", "Appendix 1", "an English appendix by number"},
		{"jf. pkt. 3", "pkt. 3", "a Danish abbreviation with a full stop"},
		{"(punkt\t4.2)", "punkt\t4.2", "a tab between the word and the number, after a parenthesis"},
		{"see clause 10 and clause 11", "clause 10", "the first of two references"},
		{"bilag 2 gælder", "bilag 2", "a Danish annex by number at the start of the text"},
		{"artikel 28.3 i dataskyddsförordningen", "", "the law's own article numbers"},
		{"artikel 28, stk. 3", "", "a statute's stk."},
		{"NAV-loven § 7 og fvl. §§ 13–13 e", "", "paragraphs of a statute"},
		{"i 5 år efter ophør", "", "a period"},
		{"ISO/IEC 27001 og SOC 2", "", "standards"},
		{"1 december 2026", "", "a date"},
		{"Annex B of this agreement", "", "an annex by letter, which the renderer's lettering keeps true"},
		{"servern A1 i hall 3", "", "a number straight after a letter, and a word that names no clause"},
		{"", "", "empty text"},
	} {
		got, ok := ClauseRef(c.text)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("ClauseRef(%q) = %q, %v; want %q (%s)", c.text, got, ok, c.want, c.reason)
		}
	}
}

// TestIndexDigit compares indexDigit (in assembly on amd64) and
// indexDigitGeneric with a byte-by-byte search over every byte value at
// every position of texts up to 70 bytes long, so that no lane of the
// 32- and 16-byte tests misses a digit or takes a non-digit for one, and
// the tail after the last whole block is searched too.
func TestIndexDigit(t *testing.T) {
	want := func(s string) int {
		for i := 0; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				return i
			}
		}
		return -1
	}
	base := []byte("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ äöå ÆØ/:;()")
	for n := 0; n <= len(base); n++ {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				b := append([]byte(nil), base[:n]...)
				b[pos] = byte(c)
				w := want(string(b))
				if got := indexDigit(string(b)); got != w {
					t.Fatalf("indexDigit(%q) = %d, want %d", b, got, w)
				}
				if got := indexDigitGeneric(string(b)); got != w {
					t.Fatalf("indexDigitGeneric(%q) = %d, want %d", b, got, w)
				}
			}
		}
	}
}

// BenchmarkIndexDigit searches 10 KB of text without a digit, as
// validation searches seed 004's free text.
func BenchmarkIndexDigit(b *testing.B) {
	s := strings.Repeat("Databehandleren må ikke behandle personoplysninger ", 200)
	for _, c := range []struct {
		name string
		f    func(string) int
	}{{"indexDigit", indexDigit}, {"generic", indexDigitGeneric}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if c.f(s) != -1 {
					b.Fatal("found a digit")
				}
			}
		})
	}
}
