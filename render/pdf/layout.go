package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"golang.org/x/image/font/sfnt"
)

// Text is laid out here, by dpakit: words are measured with the fonts'
// own advance widths and broken into lines of a given width, so that the
// single-column and the parallel layout, paragraphs and table cells, share
// one line breaker, and no line can run past its column.

// ink is how a piece of text is painted.
type ink uint8

const (
	inkText     ink = iota // black
	inkBlank               // on a yellow ground, underlined
	inkGrey                // the language mark of fallback text, labels
	inkDeleted             // text an amendment takes out: red, struck through
	inkInserted            // text an amendment puts in: blue, underlined
	// inkFallback and above: text in another language than the document's
	// (a translation missing), painted as inkText; the language is
	// typesetter.langs[ink-inkFallback], for the structure tree.
	inkFallback ink = 16
)

// piece is text of one style and ink.
type piece struct {
	st  style
	ink ink
	s   string
}

// seg is a piece placed on a line, x from the column's left edge. When
// src is not -1 the text is ps[src].s[a:b] of the pieces the line breaker
// was given, so that the next word of the same piece can extend it.
type seg struct {
	piece
	x, w      float64
	src, a, b int32
	el        int32 // the structure element the text belongs to, 0 for none
}

// line is one line of text, or a rule, with the height it takes.
type line struct {
	segs []seg
	h    float64 // height, including space above
	size float64 // font size in points
	// rules are horizontal lines to draw at the line's bottom, each from x
	// to x+w (signature lines).
	rules [][2]float64
	// keep asks for the line to stay on a page with the next.
	keep bool
	// head marks a line of a table's header row.
	head bool
	// mark is an outline entry to add at this line (level, text).
	mark      string
	markLevel int
}

// typesetter measures and breaks text.
type typesetter struct {
	m     *[numStyles]*metrics
	buf   sfnt.Buffer
	rep   rune        // stands for what the font cannot print
	langs []i18n.Lang // the languages of fallback text, by ink
}

// fallbackInk returns the ink of text in language l.
func (t *typesetter) fallbackInk(l i18n.Lang) ink {
	for i, x := range t.langs {
		if x == l {
			return inkFallback + ink(i)
		}
	}
	if len(t.langs) == 255-int(inkFallback) {
		return inkText
	}
	t.langs = append(t.langs, l)
	return inkFallback + ink(len(t.langs)-1)
}

func newTypesetter() *typesetter {
	t := &typesetter{m: fonts(), rep: '\uFFFD'}
	if !t.m[regular].has(&t.buf, t.rep) {
		t.rep = '?'
	}
	return t
}

// mm converts an advance in thousandths of an em at size points to mm.
func mm(adv int, size float64) float64 { return float64(adv) * size / 1000 * 25.4 / 72 }

func (t *typesetter) width(p piece, size float64) float64 {
	return mm(t.m[p.st].advance(&t.buf, p.s), size)
}

// substitutes are characters that look like one the fonts lack: the Go
// fonts have no non-breaking hyphen, no narrow or thin space.
var substitutes = map[rune]rune{'\u2010': '-', '\u2011': '-', '\u202F': '\u00a0', '\u2009': ' ', '\u2007': '\u00a0'}

// printable returns s with every character the font cannot print, every
// control and every character beyond the Basic Multilingual Plane replaced:
// controls by a space, a few by a character that looks the same
// (substitutes), the rest by U+FFFD.
func (t *typesetter) printable(st style, s string) string {
	m := t.m[st]
	ok := true
	for _, r := range s {
		if r < 0x20 || r == utf8.RuneError || r >= tableRunes || m.width[r] < 0 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			b.WriteByte(' ')
		case m.has(&t.buf, r) && r != utf8.RuneError:
			b.WriteRune(r)
		case substitutes[r] != 0 && m.has(&t.buf, substitutes[r]):
			b.WriteRune(substitutes[r])
		default:
			b.WriteRune(t.rep)
		}
	}
	return b.String()
}

// pieces turns spans into pieces: blanks in brackets as the text writer
// shows them, fallback text after its language in grey, emphasis in bold
// (or bold italic when base is italic), an amendment's deletions struck
// through in red and its insertions underlined in blue.
func (t *typesetter) pieces(out []piece, sp []render.Span, base style) []piece {
	strong := bold
	for _, s := range sp {
		switch s.Kind {
		case render.Blank:
			out = append(out, piece{italic, inkBlank, t.printable(italic, "[_____ "+s.Text+"]")})
		case render.Fallback:
			out = append(out, piece{base, inkGrey, "(" + t.printable(base, string(s.Lang)) + ") "})
			out = append(out, piece{base, t.fallbackInk(s.Lang), t.printable(base, s.Text)})
		case render.Strong:
			out = append(out, piece{strong, inkText, t.printable(strong, s.Text)})
		case render.Deleted, render.Inserted:
			ink := inkInserted
			if s.Kind == render.Deleted {
				ink = inkDeleted
			}
			if s.Lang != "" {
				out = append(out, piece{base, inkGrey, "(" + t.printable(base, string(s.Lang)) + ") "})
			}
			out = append(out, piece{base, ink, t.printable(base, s.Text)})
		default:
			out = append(out, piece{base, inkText, t.printable(base, s.Text)})
		}
	}
	return out
}

// lines breaks pieces into lines at most width wide, the first indented
// by first and the rest by rest. Words break at spaces; a word longer than
// a line breaks between characters, with a hyphen at the break.
func (t *typesetter) lines(ps []piece, width, first, rest, size, lh float64) []line {
	var out []line
	cur := line{h: lh, size: size}
	x := first // the pen
	space := mm(t.m[regular].advance(&t.buf, " "), size)
	pendingSpace := false // a space is owed before the next word
	// word holds the parts of the word being read, which may change style
	// within it ("Acme AB," in bold with a plain comma): each is a piece of
	// ps and a range of its text.
	var word []part
	newLine := func() {
		out = append(out, cur)
		cur = line{h: lh, size: size, segs: make([]seg, 0, 2)}
	}
	flush := func() {
		if len(word) == 0 {
			return
		}
		ww := 0.0
		for i := range word {
			word[i].w = t.width(word[i].piece(ps), size)
			ww += word[i].w
		}
		gap := 0.0
		if pendingSpace && len(cur.segs) > 0 {
			gap = space
		}
		if len(cur.segs) > 0 && x+gap+ww > width {
			newLine()
			x, gap = rest, 0
		}
		x += gap
		for _, wp := range word {
			// A piece longer than a whole line is cut between characters.
			addr := address(ps[wp.i].s[wp.a:wp.b])
			for wp.a < wp.b {
				p := wp.piece(ps)
				if x+wp.w <= width+0.01 {
					cur.segs = appendSeg(cur.segs, ps, wp, x)
					x += wp.w
					break
				}
				// The word does not fit a whole line: it is cut where the
				// line ends, and the cut marked with a hyphen (unless the
				// part ends in one already), whatever the language; an
				// e-mail address or a web address is cut without one, as
				// a hyphen in it would read as part of the address. The
				// mark is the font's soft hyphen, which looks like a
				// hyphen and is copied and extracted as U+00AD, a
				// hyphen that is there only for the break, so the word
				// is still found whole.
				mark := "\u00ad"
				if !t.m[p.st].has(&t.buf, '\u00ad') {
					mark = "-"
				}
				hyW := 0.0
				if !addr {
					hyW = t.width(piece{p.st, p.ink, mark}, size)
				}
				n := t.fit(p, width-x-hyW, size)
				if n == 0 && len(cur.segs) > 0 {
					newLine()
					x = rest
					continue
				}
				if n == 0 {
					_, n = utf8.DecodeRuneInString(p.s)
				}
				head := part{wp.i, wp.a, wp.a + n, t.width(piece{p.st, p.ink, p.s[:n]}, size)}
				cur.segs = appendSeg(cur.segs, ps, head, x)
				if last := &cur.segs[len(cur.segs)-1]; !strings.HasSuffix(last.s, "-") && !addr && x+head.w+hyW <= width+0.01 {
					last.s += mark
					last.w += hyW
					last.src = -1
				}
				newLine()
				x = rest
				wp.a += n
				wp.w = t.width(wp.piece(ps), size)
			}
			gap = 0
		}
		word = word[:0]
		pendingSpace = false
	}
	for pi, p := range ps {
		at := 0
		for at < len(p.s) {
			i := strings.IndexByte(p.s[at:], ' ')
			if i < 0 {
				word = append(word, part{pi, at, len(p.s), 0})
				break
			}
			if i > 0 {
				word = append(word, part{pi, at, at + i, 0})
			}
			flush()
			pendingSpace = true
			at += i + 1
		}
	}
	flush()
	if len(cur.segs) > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// address reports whether s holds an e-mail or a web address.
func address(s string) bool {
	return strings.Contains(s, "@") || strings.Contains(s, "://") || strings.Contains(s, "www.")
}

// part is the text ps[i].s[a:b] of the pieces being broken into lines,
// w wide.
type part struct {
	i, a, b int
	w       float64
}

func (p part) piece(ps []piece) piece { return piece{ps[p.i].st, ps[p.i].ink, ps[p.i].s[p.a:p.b]} }

// appendSeg adds the part to the line at x, joining it to the last
// segment when both are of one style and ink, with the space between
// them, so that a line is a few strings rather than a string per word.
// When the two are one stretch of the same piece's text, the segment
// becomes that stretch, without copying.
func appendSeg(segs []seg, ps []piece, p part, x float64) []seg {
	s := seg{piece: p.piece(ps), x: x, w: p.w, src: int32(p.i), a: int32(p.a), b: int32(p.b)}
	if n := len(segs); n > 0 {
		last := &segs[n-1]
		if last.st == s.st && last.ink == s.ink && last.ink != inkBlank {
			gap := s.x-(last.x+last.w) > 0.01
			src := ps[p.i].s
			switch {
			case int(last.src) == p.i && int(last.b) == p.a && !gap:
				last.s = src[last.a:p.b]
			case int(last.src) == p.i && int(last.b)+1 == p.a && gap && src[last.b] == ' ':
				last.s = src[last.a:p.b]
			case gap:
				last.s += " " + s.s
				last.src = -1
			default:
				last.s += s.s
				last.src = -1
			}
			last.b = int32(p.b)
			last.w = s.x + s.w - last.x
			return segs
		}
	}
	return append(segs, s)
}

// fit returns how many bytes of p fit in w.
func (t *typesetter) fit(p piece, w, size float64) int {
	used := 0.0
	for i, r := range p.s {
		rw := mm(t.m[p.st].runeWidth(&t.buf, r), size)
		if used+rw > w {
			return i
		}
		used += rw
	}
	return len(p.s)
}
