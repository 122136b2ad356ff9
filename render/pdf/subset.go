package pdf

import (
	"bytes"
	"encoding/binary"
	"hash/adler32"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/internal/reuse"
	"github.com/klauspost/compress/flate"
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

// staticTables are the tables a subset copies from the whole font as
// they are (post cut to format 3 once), in the order of their tags.
var staticTables = []string{"OS/2", "cmap", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "post", "prep"}

// static is the part of every subset of a font that does not depend on
// the glyphs: the tables it copies, one after the other, padded to four
// bytes, and compressed once as the middle of a zlib stream.
type static struct {
	tags    []string
	at, len []int // each table's offset in raw, and its length
	sums    []uint32
	raw     []byte
	deflate []byte // raw, compressed, ending at a byte boundary (a sync flush)
	sum     uint32 // checksum of raw
}

// buildStatic makes the static part of the font's subsets. The glyph ids
// stay those of the whole font, so hmtx, maxp and hhea are kept; the cmap
// is the whole font's, still right for the same reason (a CIDFontType2 is
// reached by glyph id, ISO 32000-1, 9.9, but some readers want a cmap in
// any TrueType font); post is cut to format 3, without glyph names; name
// is left out, the name being in the font descriptor.
func buildStatic(m *metrics) {
	st := &m.static
	for _, tg := range staticTables {
		data := m.tables[tg]
		if tg == "post" && len(data) >= 32 {
			data = slices.Clone(data[:32])
			binary.BigEndian.PutUint32(data, 0x00030000)
			clear(data[16:])
		}
		if data == nil {
			continue
		}
		at := len(st.raw)
		st.raw = append(st.raw, data...)
		for len(st.raw)%4 != 0 {
			st.raw = append(st.raw, 0)
		}
		st.tags = append(st.tags, tg)
		st.at = append(st.at, at)
		st.len = append(st.len, len(data))
		st.sums = append(st.sums, checksum(st.raw[at:]))
	}
	st.sum = checksum(st.raw)
	var z bytes.Buffer
	fw := flates.Get()
	fw.Reset(&z)
	fw.Write(st.raw)
	fw.Flush()
	fw.Reset(nil)
	flates.Put(fw)
	st.deflate = z.Bytes()
}

// flates keeps raw deflate compressors for the font programs.
var flates = reuse.New(keptCompressors, func() *flate.Writer {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
})

// program returns the start of the subset font program: the table
// directory, then glyf with every glyph not in gids left empty, loca
// rebuilt and head saying which form loca has. The static tables of the
// font follow it (m.static.raw), so that they can be compressed once per
// process: programStream joins the two.
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
	locaLen := 2 * (n + 1)
	if long {
		locaLen = 4 * (n + 1)
	}
	st := &m.static
	nt := len(st.tags) + 3
	dirLen := 12 + 16*nt
	headLen := len(m.tables["head"])
	out := make([]byte, dirLen, dirLen+(headLen+3)&^3+(locaLen+3)&^3+size)
	// head
	headAt := len(out)
	out = append(out, m.tables["head"]...)
	binary.BigEndian.PutUint32(out[headAt+8:], 0) // checkSumAdjustment, set below
	if long {
		binary.BigEndian.PutUint16(out[headAt+50:], 1)
	} else {
		binary.BigEndian.PutUint16(out[headAt+50:], 0)
	}
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	// loca, then glyf
	locaAt := len(out)
	out = append(out, make([]byte, (locaLen+3)&^3)...)
	glyfAt := len(out)
	k := 0
	for g := range n + 1 {
		o := len(out) - glyfAt
		if long {
			binary.BigEndian.PutUint32(out[locaAt+4*g:], uint32(o))
		} else {
			binary.BigEndian.PutUint16(out[locaAt+2*g:], uint16(o/2))
		}
		if g < n && k < len(gids) && int(gids[k]) == g {
			k++
			out = append(out, m.glyf[m.loca[g]:m.loca[g+1]]...)
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
		}
	}
	type rec struct {
		tag     string
		at, len int
		sum     uint32
	}
	recs := make([]rec, 0, nt)
	for i, tg := range st.tags {
		recs = append(recs, rec{tg, len(out) + st.at[i], st.len[i], st.sums[i]})
	}
	recs = append(recs,
		rec{"head", headAt, headLen, checksum(out[headAt:locaAt])},
		rec{"loca", locaAt, locaLen, checksum(out[locaAt:glyfAt])},
		rec{"glyf", glyfAt, len(out) - glyfAt, checksum(out[glyfAt:])})
	// The directory lists the tables in the order of their tags.
	slices.SortFunc(recs, func(a, b rec) int { return strings.Compare(a.tag, b.tag) })
	es := 0
	for 1<<(es+1) <= nt {
		es++
	}
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(nt))
	binary.BigEndian.PutUint16(out[6:], uint16(16<<es))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(16*nt-16<<es))
	for i, r := range recs {
		d := out[12+16*i:]
		copy(d, r.tag)
		binary.BigEndian.PutUint32(d[4:], r.sum)
		binary.BigEndian.PutUint32(d[8:], uint32(r.at))
		binary.BigEndian.PutUint32(d[12:], uint32(r.len))
	}
	// The checksum of the whole file is the sum of its parts', each
	// padded to four bytes.
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-(checksum(out)+st.sum))
	return out
}

// programStream returns the subset program (prog, then the font's static
// tables) compressed as one zlib stream (RFC 1950), and its length
// uncompressed. prog is compressed here and ends with a sync flush; the
// static tables' compressed form, made once per process, follows as it
// is; an empty final block and the Adler-32 of the whole end it.
func (u *fontUse) programStream(dst *bytes.Buffer, prog []byte) int {
	st := &u.m.static
	dst.Write([]byte{0x78, 0x01}) // deflate, 32 KiB window, fastest
	fw := flates.Get()
	fw.Reset(dst)
	fw.Write(prog)
	fw.Flush()
	fw.Reset(nil)
	flates.Put(fw)
	dst.Write(st.deflate)
	dst.Write([]byte{0x03, 0x00}) // a final block of fixed codes holding only its end
	a := adler32.New()
	a.Write(prog)
	a.Write(st.raw)
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], a.Sum32())
	dst.Write(sum[:])
	return len(prog) + len(st.raw)
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
