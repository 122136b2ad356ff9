// Package visible tells text a reader can see from text that only looks
// filled in: a name of "\u200b" or "\u0001" is as blank as "" on paper, and
// validation and rendering must treat it so.
package visible

import (
	"unicode"
	"unicode/utf8"
)

// Blank reports whether s has no character a reader can see: it is empty or
// holds only white space, control characters (Cc), format characters (Cf:
// zero-width spaces and joiners, bidi controls, the byte-order mark),
// default-ignorable code points (variation selectors, the combining grapheme
// joiner) and the letters that render as nothing (the Hangul fillers, the
// blank Braille pattern). Invalid UTF-8 counts as visible: it prints as a
// replacement character.
func Blank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII: only printable characters other than the space are visible.
			if c > ' ' && c < 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !Invisible(r) || (r == utf8.RuneError && size == 1) {
			return false
		}
		i += size
	}
	return true
}

// Invisible reports whether r, printed alone, leaves nothing a reader can
// see (see [Blank]).
func Invisible(r rune) bool {
	switch r {
	case '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800':
		return true
	}
	return unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zs, unicode.Zl, unicode.Zp,
		unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
}
