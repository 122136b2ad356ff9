package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/bytescan"
)

// Marks inside built strings. They are private-use code points, which clean
// removes from all input, so user text can never forge them.
const (
	blankOpen     = '\ue000' // a blank starts; its label follows
	blankClose    = '\ue001'
	fallbackOpen  = '\ue002' // fallback text starts; two letters of language, then the text
	fallbackClose = '\ue003'
	strongOpen    = '\ue004'
	strongClose   = '\ue005'
)

// clean neutralises text that comes from the agreement: control characters
// become spaces (line breaks inside a paragraph too), bidirectional
// overrides, embeddings and isolates are removed so that text cannot
// reorder what follows it, private-use characters are removed so they cannot
// forge our marks, and invalid UTF-8 becomes U+FFFD. Escaping for each
// format is the writers' job. Nothing else is dropped, however long.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	return recleaned(s)
}

// recleaned builds the cleaned copy of s.
func recleaned(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteRune(utf8.RuneError)
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case isBidiControl(r) || isPrivateUse(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// changed reports the runes from U+0080 on that clean replaces or removes:
// C1 controls, the line and paragraph separators, bidi controls and
// private use.
func changed(r rune) bool {
	return (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || isBidiControl(r) || isPrivateUse(r)
}

func isPrivateUse(r rune) bool { return r >= 0xe000 && unicode.In(r, unicode.Co) }

// isClean reports whether clean would leave s unchanged. Runs of printable
// ASCII, most of any text, are passed over eight bytes at a time.
// Measured 2026-12-01 (CPU time, alternating test binaries, -cpu 1):
// checking byte by byte instead makes sv/HTML 8–10 % slower (two runs,
// n=10, p=0.002 and 0.075).
func isClean(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := bytescan.Word(s, i)
			// Non-ASCII, a control below 0x20, or DEL: look closer.
			if x&bytescan.Highs|(x-0x20*bytescan.Ones)&^x&bytescan.Highs|bytescan.ZeroByte(x^0x7f*bytescan.Ones) == 0 {
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || changed(r) {
			return false
		}
		i += n
	}
	return true
}

// isBidiControl reports the explicit directional formatting characters:
// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI
// (U+2066–U+2069) and the marks LRM, RLM, ALM.
func isBidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// blank returns the mark for a blank whose label is what belongs there.
func blank(label string) string {
	return string(blankOpen) + label + string(blankClose)
}

// fallback marks text shown in language l instead of the requested one.
func fallback(l i18n.Lang, s string) string {
	return string(fallbackOpen) + string(l) + s + string(fallbackClose)
}

// strong marks emphasised text. Marks do not nest, so text that already
// holds one (a blank, say) is returned as it is: a blank is shown as a
// blank, not as emphasised words.
func strong(s string) string {
	if indexMark(s) >= 0 {
		return s
	}
	return string(strongOpen) + s + string(strongClose)
}

// spans splits built text at its marks. The text is not cleaned again:
// every value from the agreement is cleaned where the builder takes it, and
// TestHostileStrings checks the output of every format for what clean
// removes.
func spans(s string) []Span { return appendSpans(nil, s) }

// appendSpans appends the spans of s to out.
func appendSpans(out []Span, s string) []Span {
	if indexMark(s) < 0 {
		return append(out, Span{Kind: Plain, Text: s})
	}
	for s != "" {
		i := indexMark(s)
		if i < 0 {
			out = append(out, Span{Kind: Plain, Text: s})
			break
		}
		if i > 0 {
			out = append(out, Span{Kind: Plain, Text: s[:i]})
		}
		open, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
		var closer rune
		kind := Plain
		switch open {
		case blankOpen:
			closer, kind = blankClose, Blank
		case fallbackOpen:
			closer, kind = fallbackClose, Fallback
		case strongOpen:
			closer, kind = strongClose, Strong
		default: // a stray closer: drop it
			continue
		}
		j := strings.IndexRune(s, closer)
		if j < 0 {
			j = len(s)
		}
		sp := Span{Kind: kind, Text: s[:j]}
		if kind == Fallback && len(sp.Text) >= 2 {
			sp.Lang, sp.Text = i18n.Lang(sp.Text[:2]), sp.Text[2:]
		}
		out = append(out, sp)
		if j < len(s) {
			j += utf8.RuneLen(closer)
		}
		s = s[j:]
	}
	return out
}

// indexMark returns the index of the first mark in s, or -1. Every mark is
// encoded as EE 80 80…85, so it looks for the lead byte with IndexByte and
// checks the rest.
func indexMark(s string) int {
	off := 0
	for {
		i := strings.IndexByte(s[off:], 0xEE)
		if i < 0 {
			return -1
		}
		i += off
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x80 && s[i+2] <= 0x85 {
			return i
		}
		off = i + 1
	}
}
