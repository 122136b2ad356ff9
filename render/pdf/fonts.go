package pdf

import (
	"encoding/binary"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// style is a font of the Go family. Three are enough: bold italic would be
// a fourth font to load, measure and subset in every file, for one heading
// level, which is bold instead.
type style uint8

const (
	regular style = iota
	bold
	italic
	numStyles
)

// ttf holds the TrueType files, from golang.org/x/image (BSD licence, the
// Go fonts by Bigelow & Holmes): they are compiled into the program, so
// nothing is read from the system at run time.
var ttf = [numStyles][]byte{goregular.TTF, gobold.TTF, goitalic.TTF}

// psName is the PostScript name each font is embedded under, after its
// subset tag.
var psName = [numStyles]string{"Go-Regular", "Go-Bold", "Go-Italic"}

// tableRunes is how many code points the width tables hold: Latin, Greek,
// Cyrillic, general punctuation (– — ‘ ’ „ “ ” …), currency and the
// mathematical operators (−). Others are looked up in the font as met.
const tableRunes = 0x2300

// metrics is one font, parsed once per process and never changed after:
// the advance widths of the code points of the table and of every glyph,
// in thousandths of an em, the glyph of each code point of the table, and
// the tables of the TrueType file that a subset is built from. A width of
// -1 means the font has no glyph: the writer prints U+FFFD instead.
type metrics struct {
	f      *sfnt.Font
	width  [tableRunes]int16
	glyph  [tableRunes]uint16
	adv    []int16  // by glyph
	loca   []uint32 // numGlyphs+1 offsets into glyf
	glyf   []byte
	tables map[string][]byte // the raw tables, by tag, read only

	// For the font descriptor, in thousandths of an em.
	bbox                       [4]int
	ascent, descent, capHeight int
	italicAngle                float64
	ready                      bool // glyph is filled in
	static                     static
}

var fonts = sync.OnceValue(func() *[numStyles]*metrics {
	var all [numStyles]*metrics
	for s := range numStyles {
		m, err := parseFont(ttf[s])
		if err != nil {
			panic("pdf: the embedded Go font does not parse: " + err.Error())
		}
		all[s] = m
	}
	return &all
})

type fontError string

func (e fontError) Error() string { return string(e) }

// parseFont reads the tables of a TrueType file that measuring and
// subsetting need. The code points go through x/image's sfnt (cmap);
// widths, glyph outlines and the rest are read here from the tables.
func parseFont(b []byte) (*metrics, error) {
	f, err := sfnt.Parse(b)
	if err != nil {
		return nil, err
	}
	if len(b) < 12 {
		return nil, fontError("short font")
	}
	m := &metrics{f: f, tables: map[string][]byte{}}
	n := int(binary.BigEndian.Uint16(b[4:]))
	for i := range n {
		at := 12 + 16*i
		if at+16 > len(b) {
			return nil, fontError("short table directory")
		}
		r := b[at:]
		off, ln := int(binary.BigEndian.Uint32(r[8:])), int(binary.BigEndian.Uint32(r[12:]))
		if off+ln > len(b) {
			return nil, fontError("table beyond the file")
		}
		m.tables[string(r[:4])] = b[off : off+ln]
	}
	head, hhea, maxp, hmtx, loca := m.tables["head"], m.tables["hhea"], m.tables["maxp"], m.tables["hmtx"], m.tables["loca"]
	m.glyf = m.tables["glyf"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 || m.glyf == nil {
		return nil, fontError("missing tables")
	}
	u16 := func(t []byte, at int) int { return int(binary.BigEndian.Uint16(t[at:])) }
	s16 := func(t []byte, at int) int { return int(int16(binary.BigEndian.Uint16(t[at:]))) }
	upem := u16(head, 18)
	numGlyphs := u16(maxp, 4)
	nh := u16(hhea, 34)
	if upem == 0 || nh == 0 || nh > numGlyphs || len(hmtx) < 4*nh+2*(numGlyphs-nh) {
		return nil, fontError("bad metrics")
	}
	scale := func(v int) int { return v * 1000 / upem }
	m.adv = make([]int16, numGlyphs)
	for g := range numGlyphs {
		a := u16(hmtx, 4*min(g, nh-1))
		m.adv[g] = int16(a * 1000 / upem)
	}
	m.loca = make([]uint32, numGlyphs+1)
	long := s16(head, 50) == 1
	for g := range numGlyphs + 1 {
		var o uint32
		if long {
			if 4*g+4 > len(loca) {
				return nil, fontError("short loca")
			}
			o = binary.BigEndian.Uint32(loca[4*g:])
		} else {
			if 2*g+2 > len(loca) {
				return nil, fontError("short loca")
			}
			o = 2 * uint32(binary.BigEndian.Uint16(loca[2*g:]))
		}
		if int(o) > len(m.glyf) || (g > 0 && o < m.loca[g-1]) {
			return nil, fontError("bad loca")
		}
		m.loca[g] = o
	}
	m.bbox = [4]int{scale(s16(head, 36)), scale(s16(head, 38)), scale(s16(head, 40)), scale(s16(head, 42))}
	m.ascent, m.descent = scale(s16(hhea, 4)), scale(s16(hhea, 6))
	m.capHeight = m.ascent
	if os2 := m.tables["OS/2"]; len(os2) >= 90 && u16(os2, 0) >= 2 {
		m.capHeight = scale(s16(os2, 88))
	}
	if post := m.tables["post"]; len(post) >= 32 {
		m.italicAngle = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
	}
	var buf sfnt.Buffer
	for r := range rune(tableRunes) {
		g := m.gid(&buf, r)
		m.glyph[r] = g
		m.width[r] = -1
		if g != 0 {
			m.width[r] = m.adv[g]
		}
	}
	m.ready = true
	buildStatic(m)
	return m, nil
}

// gid returns the glyph of r, 0 for none.
func (m *metrics) gid(buf *sfnt.Buffer, r rune) uint16 {
	if r >= 0 && r < tableRunes && m.ready {
		return m.glyph[r]
	}
	gi, err := m.f.GlyphIndex(buf, r)
	if err != nil || int(gi) >= len(m.adv) {
		return 0
	}
	return uint16(gi)
}

// lookup returns the advance of r in thousandths of an em, or -1.
func (m *metrics) lookup(buf *sfnt.Buffer, r rune) int16 {
	g := m.gid(buf, r)
	if g == 0 {
		return -1
	}
	return m.adv[g]
}

// has reports whether the font can print r; buf is the caller's.
func (m *metrics) has(buf *sfnt.Buffer, r rune) bool {
	if r < tableRunes {
		return m.width[r] >= 0
	}
	return r <= 0xFFFF && m.lookup(buf, r) >= 0
}

// runeWidth returns the advance of r, that of '?' when the font lacks it.
func (m *metrics) runeWidth(buf *sfnt.Buffer, r rune) int {
	if r < tableRunes && r >= 0 && m.width[r] >= 0 {
		return int(m.width[r])
	}
	if a := m.lookup(buf, r); a >= 0 {
		return int(a)
	}
	return int(m.width['?'])
}

// advance returns the width of s in thousandths of an em.
func (m *metrics) advance(buf *sfnt.Buffer, s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 && m.width[c] >= 0 {
			w += int(m.width[c])
			continue
		}
		for _, r := range s[i:] {
			w += m.runeWidth(buf, r)
		}
		return w
	}
	return w
}
