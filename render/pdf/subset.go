package pdf

import (
	"encoding/binary"
	"hash/fnv"
	"slices"

	"golang.org/x/image/font/sfnt"
)

// fontUse records the characters one document prints in one font, each
// with the code (CID) it is shown by: 1, 2, 3… in the order first printed.
// Codes are per character rather than per glyph, so that two characters
// drawn with one glyph (a space and a no-break space) still extract as
// themselves through the ToUnicode map.
type fontUse struct {
	m     *metrics
	code  [tableRunes]uint16
	more  map[rune]uint16 // characters beyond the table
	runes []rune          // by code-1
	gids  []uint16        // by code-1
}

func newFontUse(m *metrics) *fontUse { return &fontUse{m: m} }

// cid returns the code r is shown by, or 0 when the font cannot print it
// (the typesetter has replaced every such character before).
func (u *fontUse) cid(buf *sfnt.Buffer, r rune) uint16 {
	if r >= 0 && r < tableRunes {
		if c := u.code[r]; c != 0 {
			return c
		}
	} else if c, ok := u.more[r]; ok {
		return c
	}
	g := u.m.gid(buf, r)
	if g == 0 || len(u.runes) >= 0xFFFE {
		return 0
	}
	u.runes = append(u.runes, r)
	u.gids = append(u.gids, g)
	c := uint16(len(u.runes))
	if r >= 0 && r < tableRunes {
		u.code[r] = c
	} else {
		if u.more == nil {
			u.more = map[rune]uint16{}
		}
		u.more[r] = c
	}
	return c
}

// Flags of a composite glyph's component (TrueType glyf table).
const (
	argWords   = 0x0001
	hasScale   = 0x0008
	moreComps  = 0x0020
	hasXYScale = 0x0040
	has2x2     = 0x0080
)

// used returns which glyphs the subset holds: .notdef, those printed, and
// the components of composite glyphs among them, as sorted glyph ids.
func (u *fontUse) used() []uint16 {
	m := u.m
	seen := make([]bool, len(m.adv))
	seen[0] = true
	out := []uint16{0}
	stack := slices.Clone(u.gids)
	for len(stack) > 0 {
		g := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if int(g) >= len(seen) || seen[g] {
			continue
		}
		seen[g] = true
		out = append(out, g)
		data := m.glyf[m.loca[g]:m.loca[g+1]]
		if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
			continue
		}
		for at := 10; at+4 <= len(data); {
			flags := binary.BigEndian.Uint16(data[at:])
			stack = append(stack, binary.BigEndian.Uint16(data[at+2:]))
			at += 4
			if flags&argWords != 0 {
				at += 4
			} else {
				at += 2
			}
			switch {
			case flags&hasScale != 0:
				at += 2
			case flags&hasXYScale != 0:
				at += 4
			case flags&has2x2 != 0:
				at += 8
			}
			if flags&moreComps == 0 {
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// tag returns the subset's tag (ISO 32000-1, 9.6.4): six capital letters
// from a hash of the font and the glyphs it holds, so that different
// subsets get different tags and the same subset the same.
func tag(st style, gids []uint16) string {
	h := fnv.New64a()
	h.Write([]byte{byte(st)})
	for _, g := range gids {
		h.Write([]byte{byte(g >> 8), byte(g)})
	}
	v := h.Sum64()
	var b [7]byte
	for i := range 6 {
		b[i] = byte('A' + v%26)
		v /= 26
	}
	b[6] = '+'
	return string(b[:])
}

// program returns the subset font program: the file's tables with every
// glyph not in gids left empty. Glyph ids stay those of the whole font, so
// hmtx and maxp are kept; glyf and loca are rebuilt,
// head says so, and post is cut to format 3 (no glyph names). The cmap
// is the whole font's, still right since the glyph ids are: a
// CIDFontType2 is reached by glyph id (ISO 32000-1, 9.9), but some
// readers want a cmap in any TrueType font. name is left out: the name is
// in the font descriptor.
func (u *fontUse) program(gids []uint16) []byte {
	m := u.m
	n := len(m.adv)
	size := 0
	for _, g := range gids {
		size += int(m.loca[g+1]-m.loca[g]+3) &^ 3
	}
	// loca in its short form (offsets halved, in 16 bits) while glyf is
	// under 128 KiB, as a subset's is, and in the long form beyond.
	long := size >= 1<<17
	glyf := make([]byte, 0, size)
	loca := make([]byte, 2*(n+1))
	if long {
		loca = make([]byte, 4*(n+1))
	}
	k := 0
	for g := range n + 1 {
		if long {
			binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		} else {
			binary.BigEndian.PutUint16(loca[2*g:], uint16(len(glyf)/2))
		}
		if g < n && k < len(gids) && int(gids[k]) == g {
			k++
			glyf = append(glyf, m.glyf[m.loca[g]:m.loca[g+1]]...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	head := slices.Clone(m.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	if long {
		binary.BigEndian.PutUint16(head[50:], 1)
	} else {
		binary.BigEndian.PutUint16(head[50:], 0)
	}
	var post []byte
	if p := m.tables["post"]; len(p) >= 32 {
		post = slices.Clone(p[:32])
		binary.BigEndian.PutUint32(post, 0x00030000)
		clear(post[16:])
	}
	type table struct {
		tag  string
		data []byte
	}
	// In the order of their tags, as the table directory wants them.
	ts := []table{
		{"OS/2", m.tables["OS/2"]}, {"cmap", m.tables["cmap"]}, {"cvt ", m.tables["cvt "]}, {"fpgm", m.tables["fpgm"]},
		{"glyf", glyf}, {"head", head}, {"hhea", m.tables["hhea"]}, {"hmtx", m.tables["hmtx"]},
		{"loca", loca}, {"maxp", m.tables["maxp"]}, {"post", post}, {"prep", m.tables["prep"]},
	}
	ts = slices.DeleteFunc(ts, func(t table) bool { return t.data == nil })
	total := 12 + 16*len(ts)
	for _, t := range ts {
		total += (len(t.data) + 3) &^ 3
	}
	out := make([]byte, 12+16*len(ts), total)
	nt := len(ts)
	es := 0
	for 1<<(es+1) <= nt {
		es++
	}
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(nt))
	binary.BigEndian.PutUint16(out[6:], uint16(16<<es))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(16*nt-16<<es))
	headAt := 0
	for i, t := range ts {
		at := len(out)
		if t.tag == "head" {
			headAt = at
		}
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		rec := out[12+16*i:]
		copy(rec, t.tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(out[at:]))
		binary.BigEndian.PutUint32(rec[8:], uint32(at))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// checksum is the TrueType table checksum: the sum of the big-endian
// 32-bit words of b, which is padded to four bytes.
func checksum(b []byte) uint32 {
	var s uint32
	for len(b) >= 4 {
		s += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	return s
}
