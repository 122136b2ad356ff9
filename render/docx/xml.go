package docx

import (
	"bufio"
	"unicode/utf8"
)

// xw writes XML text to a buffered writer, escaping as it goes.
type xw struct {
	*bufio.Writer
}

func (x xw) raw(s string) { x.WriteString(s) }

// esc writes s as XML character data or as a quoted attribute value: & < >
// " and ' become references, characters XML 1.0 forbids (controls other
// than tab, line feed and carriage return, U+FFFE, U+FFFF) and bytes that
// are not UTF-8 become U+FFFD, and tab, line feed and carriage return become
// spaces, since a paragraph's text is one line. Nothing else changes.
func (x xw) esc(s string) {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' {
			i++
			continue
		}
		var rep string
		size := 1
		switch {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '"':
			rep = "&#34;"
		case c == '\'':
			rep = "&#39;"
		case c < 0x20:
			rep = " "
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				rep = "\uFFFD"
			} else {
				i += n
				continue
			}
		}
		x.WriteString(s[start:i])
		x.WriteString(rep)
		i += size
		start = i
	}
	x.WriteString(s[start:])
}

// name writes a bookmark name or language tag: only ASCII letters, digits,
// hyphens and underscores pass, which is all the renderer puts in ids.
func (x xw) name(s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			x.WriteByte(c)
		}
	}
}
