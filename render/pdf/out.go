package pdf

import (
	"strconv"
	"time"

	"github.com/dpakit/dpakit/render"
)

// docInfo is what the document information dictionary and the XMP
// packet both say, in the same words, as PDF/A wants (ISO 19005-2, 6.6.3).
type docInfo struct {
	title, subject, keywords, lang string
	when                           time.Time
}

// producer names the program in the document information and the XMP.
const producer = "dpakit"

// mediaBox is A4 in points.
var mediaBox = "[0 0 " + string(appendNum(nil, pageW*k)) + " " + string(appendNum(nil, pageH*k)) + "]"

// file writes the laid-out pages as a PDF: pages, fonts, outline,
// metadata, output intent, catalogue, cross-reference table and trailer.
func (w *writer) file(d *render.Document, info docInfo) []byte {
	size := 32 << 10
	for _, c := range w.pages {
		size += len(c.b)/3 + 200
	}
	f := newFile(size, 2*len(w.pages)+len(w.elems)+len(w.marks)+64)
	catalog, pages, resources := f.alloc(), f.alloc(), f.alloc()
	var fontObj [numStyles]int
	for st := range numStyles {
		if w.fs.used[st] {
			fontObj[st] = f.alloc()
		}
	}
	pageObj := make([]int, len(w.pages))
	for i, c := range w.pages {
		pageObj[i] = f.alloc()
		content := f.alloc()
		f.stream(content, "", c.b, true)
		f.dict(pageObj[i], func() {
			f.str("/Type/Page/Parent ")
			f.ref(pages)
			f.str("/StructParents ")
			f.int(i)
			f.str("/MediaBox" + mediaBox + "/Resources ")
			f.ref(resources)
			f.str("/Contents ")
			f.ref(content)
		})
	}
	f.dict(pages, func() {
		f.str("/Type/Pages/Kids[")
		for i, n := range pageObj {
			if i > 0 {
				f.str(" ")
			}
			f.ref(n)
		}
		f.str("]/Count ")
		f.int(len(pageObj))
	})
	f.dict(resources, func() {
		f.str("/Font<<")
		for st := range numStyles {
			if fontObj[st] != 0 {
				f.str("/F" + strconv.Itoa(int(st)) + " ")
				f.ref(fontObj[st])
			}
		}
		f.str(">>")
	})
	for st := range numStyles {
		if fontObj[st] != 0 {
			w.writeFont(f, st, fontObj[st])
		}
	}
	outline := w.writeOutline(f, pageObj)
	structure := w.writeStructure(f, pageObj)

	meta := f.alloc()
	f.streamRaw(meta, "/Type/Metadata/Subtype/XML", xmp(d, info), false)
	icc := f.alloc()
	f.streamRaw(icc, "/N 3", srgbProfile(), true)
	infoObj := f.alloc()
	date := info.when.Format("D:20060102150405Z")
	f.dict(infoObj, func() {
		f.str("/Title")
		f.text(info.title)
		if info.subject != "" {
			f.str("/Subject")
			f.text(info.subject)
		}
		if info.keywords != "" {
			f.str("/Keywords")
			f.text(info.keywords)
		}
		f.str("/Creator(" + producer + ")/Producer(" + producer + ")/CreationDate(" + date + ")/ModDate(" + date + ")")
	})
	f.dict(catalog, func() {
		f.str("/Type/Catalog/Pages ")
		f.ref(pages)
		if outline != 0 {
			f.str("/Outlines ")
			f.ref(outline)
			f.str("/PageMode/UseOutlines")
		}
		if structure != 0 {
			f.str("/MarkInfo<</Marked true>>/StructTreeRoot ")
			f.ref(structure)
		}
		f.str("/Lang(" + info.lang + ")/Metadata ")
		f.ref(meta)
		f.str("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(" + iccDescription +
			")/Info(" + iccDescription + ")/RegistryName(http://www.color.org)/DestOutputProfile ")
		f.ref(icc)
		f.str(">>]")
	})
	return f.finish(catalog, infoObj)
}

// writeFont writes the document's subset of the font st as a composite
// font (ISO 32000-1, 9.7): a Type 0 font with the Identity-H encoding, so
// that a code is two bytes; its CIDFontType2 descendant, whose codes map
// to glyphs through CIDToGIDMap and whose widths are given for the codes
// used; the descriptor with the embedded subset; and a ToUnicode map from
// each code to its character, for copying and searching the text.
func (w *writer) writeFont(f *file, st style, type0 int) {
	u := w.fs.use[st]
	m := u.m
	gids := u.used()
	name := "/" + tag(st, gids) + psName[st]
	cid, desc, prog, cmap, tounicode := f.alloc(), f.alloc(), f.alloc(), f.alloc(), f.alloc()
	f.dict(type0, func() {
		f.str("/Type/Font/Subtype/Type0/BaseFont" + name + "/Encoding/Identity-H/DescendantFonts[")
		f.ref(cid)
		f.str("]/ToUnicode ")
		f.ref(tounicode)
	})
	f.dict(cid, func() {
		f.str("/Type/Font/Subtype/CIDFontType2/BaseFont" + name +
			"/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ")
		f.ref(desc)
		f.str("/CIDToGIDMap ")
		f.ref(cmap)
		f.str("/W[1[")
		for i, g := range u.gids {
			if i > 0 {
				f.str(" ")
			}
			f.int(int(m.adv[g]))
		}
		f.str("]]")
	})
	flags := 32 // non-symbolic
	stemV := 80
	if st == italic {
		flags |= 64
	}
	if st == bold {
		stemV = 140
	}
	f.dict(desc, func() {
		f.str("/Type/FontDescriptor/FontName" + name + "/Flags ")
		f.int(flags)
		f.str("/FontBBox[")
		for i, v := range m.bbox {
			if i > 0 {
				f.str(" ")
			}
			f.int(v)
		}
		f.str("]/ItalicAngle ")
		f.b = appendNum(f.b, m.italicAngle)
		f.str("/Ascent ")
		f.int(m.ascent)
		f.str("/Descent ")
		f.int(m.descent)
		f.str("/CapHeight ")
		f.int(m.capHeight)
		f.str("/StemV ")
		f.int(stemV)
		f.str("/FontFile2 ")
		f.ref(prog)
	})
	f.z.Reset()
	n := u.programStream(&f.z, u.program(gids))
	f.streamRaw(prog, "/Length1 "+strconv.Itoa(n), f.z.Bytes(), true)
	cg := make([]byte, 2*(len(u.gids)+1))
	for i, g := range u.gids {
		cg[2*i+2], cg[2*i+3] = byte(g>>8), byte(g)
	}
	f.stream(cmap, "", cg, true)
	f.stream(tounicode, "", toUnicode(u.runes), true)
}

// toUnicode returns the CMap that maps code i+1 to runes[i]
// (ISO 32000-1, 9.10.3).
func toUnicode(runes []rune) []byte {
	b := make([]byte, 0, 400+len(runes)*16)
	b = append(b, "/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n"+
		"/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n"+
		"/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n"+
		"1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n"...)
	for at := 0; at < len(runes); at += 100 {
		block := runes[at:min(at+100, len(runes))]
		b = strconv.AppendInt(b, int64(len(block)), 10)
		b = append(b, " beginbfchar\n"...)
		for i, r := range block {
			b = append(b, '<')
			b = appendHex4(b, uint16(at+i+1))
			b = append(b, "><"...)
			if r >= 0x10000 {
				r -= 0x10000
				b = appendHex4(b, uint16(0xD800+r>>10))
				b = appendHex4(b, uint16(0xDC00+r&0x3FF))
			} else {
				b = appendHex4(b, uint16(r))
			}
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n"...)
}

// writeOutline writes the outline (ISO 32000-1, 12.3.3) of the headings,
// closed below the first level, and returns its object, 0 for none. A
// level deeper than one below the entry before it is taken as one below.
func (w *writer) writeOutline(f *file, pageObj []int) int {
	if len(w.marks) == 0 {
		return 0
	}
	type item struct {
		obj                                   int
		parent, first, last, prev, next, kids int
	}
	root := f.alloc()
	items := make([]item, len(w.marks))
	const none = -1
	var stack []int // the open ancestors, by index
	var topFirst, topLast, topCount = none, none, 0
	for i, mk := range w.marks {
		items[i] = item{obj: f.alloc(), parent: none, first: none, last: none, prev: none, next: none}
		level := min(max(mk.level, 0), len(stack))
		stack = stack[:level]
		if level == 0 {
			if topLast != none {
				items[topLast].next = i
				items[i].prev = topLast
			} else {
				topFirst = i
			}
			topLast = i
			topCount++
		} else {
			p := stack[level-1]
			items[i].parent = p
			if items[p].last != none {
				items[items[p].last].next = i
				items[i].prev = items[p].last
			} else {
				items[p].first = i
			}
			items[p].last = i
			items[p].kids++
		}
		stack = append(stack, i)
	}
	f.dict(root, func() {
		f.str("/Type/Outlines/First ")
		f.ref(items[topFirst].obj)
		f.str("/Last ")
		f.ref(items[topLast].obj)
		f.str("/Count ")
		f.int(topCount)
	})
	for i, it := range items {
		mk := w.marks[i]
		f.dict(it.obj, func() {
			f.str("/Title")
			f.text(mk.title)
			f.str("/Parent ")
			if it.parent == none {
				f.ref(root)
			} else {
				f.ref(items[it.parent].obj)
			}
			for _, l := range []struct {
				key string
				i   int
			}{{"/Prev ", it.prev}, {"/Next ", it.next}, {"/First ", it.first}, {"/Last ", it.last}} {
				if l.i != none {
					f.str(l.key)
					f.ref(items[l.i].obj)
				}
			}
			if it.kids > 0 {
				f.str("/Count -")
				f.int(it.kids)
			}
			f.str("/Dest[")
			f.ref(pageObj[mk.page])
			f.str("/XYZ 0 ")
			f.b = appendNum(f.b, (pageH-mk.y)*k)
			f.str(" null]")
		})
	}
	return root
}
