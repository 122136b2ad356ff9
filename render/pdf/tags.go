package pdf

import "strconv"

// The file is tagged (ISO 32000-1, 14.7 and 14.8): a structure tree of
// the document's headings, paragraphs, lists and tables in reading order,
// whose leaves point at the text they hold on the pages (marked content
// with an MCID). What is not text of the document — the footer, table
// grids, rules, the ground of a blank, a header row repeated on a new
// page — is marked as an artifact. A screen reader or a "save as text"
// follows the tree rather than the positions on the page, so a parallel
// page reads one language's clause after the other's.

// elem is a structure element. Elements and their kids hold no
// pointers, so that the collector need not scan the hundreds of
// thousands of them a long annex makes.
type elem struct {
	typ    uint8 // index in elemTypes
	lang   uint8 // a Span's language, 1 + its index in typesetter.langs; 0 for the document's
	linked bool  // among its parent's kids (see tagLines)
	parent int32 // 0 is the Document element
	// first and last are the element's kids, a list in writer.kids
	// through kid.next; 0 ends it.
	first, last int32
}

// elemTypes are the standard structure types used (ISO 32000-1, 14.8.4).
var elemTypes = [...]string{"Document", "H1", "H2", "H3", "H4", "H5", "P", "L", "LI", "Lbl", "LBody",
	"Table", "TR", "TH", "TD", "Caption", "TOC", "TOCI", "Div", "Span"}

var elemType = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, t := range elemTypes {
		m[t] = uint8(i)
	}
	return m
}()

// kid is a child of an element: another element, or text on a page.
type kid struct {
	el         int32 // the element when above 0
	page, mcid int32
	next       int32 // the element's next kid, 0 for none
}

// newElem adds an element to the list, not yet among its parent's kids.
func (w *writer) newElem(typ string, parent int32, lang uint8) int32 {
	if len(w.elems) == 0 {
		w.elems = append(w.elems, elem{})  // the Document
		w.kids = append(w.kids[:0], kid{}) // kid 0 ends lists
	}
	t, ok := elemType[typ]
	if !ok {
		panic("pdf: unknown structure type " + typ)
	}
	w.elems = append(w.elems, elem{typ: t, parent: parent, lang: lang})
	return int32(len(w.elems) - 1)
}

// addKid appends k to element el's kids.
func (w *writer) addKid(el int32, k kid) {
	w.kids = append(w.kids, k)
	n := int32(len(w.kids) - 1)
	e := &w.elems[el]
	if e.last == 0 {
		e.first = n
	} else {
		w.kids[e.last].next = n
	}
	e.last = n
}

// elem adds an element of type typ under parent and returns it.
func (w *writer) elem(typ string, parent int32) int32 {
	id := w.newElem(typ, parent, 0)
	w.elems[id].linked = true
	w.addKid(parent, kid{el: id})
	return id
}

// tagLines gives every segment of the lines to the element el, but text
// in another language (fallback text), which goes to a Span of el that
// names its language, one for each stretch of it. A Span joins its
// parent's kids when its text is first drawn (mcid), so that it comes
// between the parent's own text before and after it.
func (w *writer) tagLines(ls []line, el int32) []line {
	var span int32
	last := inkText
	for i := range ls {
		for j := range ls[i].segs {
			sg := &ls[i].segs[j]
			sg.el = el
			if sg.ink >= inkFallback {
				if sg.ink != last || span == 0 {
					span = w.newElem("Span", el, uint8(sg.ink-inkFallback)+1)
				}
				sg.el = span
			}
			last = sg.ink
		}
	}
	return ls
}

// mcid returns the next marked-content id of the page for text of el.
func (w *writer) mcid(el int32) int {
	if e := &w.elems[el]; !e.linked {
		e.linked = true
		w.addKid(e.parent, kid{el: el})
	}
	page := len(w.pages) - 1
	for len(w.pageMC) <= page {
		w.pageMC = append(w.pageMC, nil)
	}
	n := len(w.pageMC[page])
	w.pageMC[page] = append(w.pageMC[page], el)
	w.addKid(el, kid{page: int32(page), mcid: int32(n)})
	return n
}

// writeStructure writes the structure tree and returns its root, 0 when
// nothing was tagged; pageObj are the pages' objects, each page's
// /StructParents its index, the key of its entry in the parent tree.
func (w *writer) writeStructure(f *file, pageObj []int) int {
	if len(w.elems) == 0 {
		return 0
	}
	root, tree := f.alloc(), f.alloc()
	obj := make([]int, len(w.elems))
	for i := range w.elems {
		obj[i] = f.alloc()
	}
	f.dict(root, func() {
		f.str("/Type/StructTreeRoot/K ")
		f.ref(obj[0])
		f.str("/ParentTree ")
		f.ref(tree)
		f.str("/ParentTreeNextKey ")
		f.int(len(pageObj))
	})
	for i, e := range w.elems {
		f.dict(obj[i], func() {
			f.str("/S/" + elemTypes[e.typ] + "/P ") // /Type is optional (ISO 32000-1, table 323)
			if i == 0 {
				f.ref(root)
			} else {
				f.ref(obj[e.parent])
			}
			if e.lang != 0 {
				f.str("/Lang(" + Lang(w.t.langs[e.lang-1]) + ")")
			}
			// Text on one page only: the page once, the ids as numbers.
			page := int32(-1)
			for n := e.first; n != 0; n = w.kids[n].next {
				k := w.kids[n]
				if k.el > 0 || (page >= 0 && k.page != page) {
					page = -2
					break
				}
				page = k.page
			}
			if page >= 0 {
				f.str("/Pg ")
				f.ref(pageObj[page])
			}
			f.str("/K[")
			for n := e.first; n != 0; n = w.kids[n].next {
				k := w.kids[n]
				if n != e.first {
					f.str(" ")
				}
				switch {
				case k.el > 0:
					f.ref(obj[k.el])
				case page >= 0:
					f.int(int(k.mcid))
				default:
					f.str("<</Type/MCR/Pg ")
					f.ref(pageObj[k.page])
					f.str("/MCID ")
					f.int(int(k.mcid))
					f.str(">>")
				}
			}
			f.str("]")
		})
	}
	f.dict(tree, func() {
		f.str("/Nums[")
		for p := range pageObj {
			f.str(strconv.Itoa(p) + "[")
			if p < len(w.pageMC) {
				for j, el := range w.pageMC[p] {
					if j > 0 {
						f.str(" ")
					}
					f.ref(obj[el])
				}
			}
			f.str("]")
		}
		f.str("]")
	})
	return root
}
