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

// elem is a structure element.
type elem struct {
	typ    string // the standard structure type: H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Caption, Span
	parent int32  // 0 is the Document element
	kids   []kid
	lang   string // a Span's language, when it is not the document's
	// linked says the element is among its parent's kids: a Span joins
	// them when its text is first drawn, so that it comes between the
	// parent's own text before and after it.
	linked bool
}

// kid is a child of an element: another element, or text on a page.
type kid struct {
	el         int32 // the element when above 0
	page, mcid int
}

// elem adds an element of type typ under parent and returns it.
func (w *writer) elem(typ string, parent int32) int32 {
	if len(w.elems) == 0 {
		w.elems = append(w.elems, elem{typ: "Document"})
	}
	id := int32(len(w.elems))
	w.elems = append(w.elems, elem{typ: typ, parent: parent, linked: true})
	w.elems[parent].kids = append(w.elems[parent].kids, kid{el: id})
	return id
}

// tagLines gives every segment of the lines to the element el, but text
// in another language (fallback text), which goes to a Span of el that
// names its language, one for each stretch of it.
func (w *writer) tagLines(ls []line, el int32) []line {
	var span int32
	last := inkText
	for i := range ls {
		for j := range ls[i].segs {
			sg := &ls[i].segs[j]
			sg.el = el
			if sg.ink >= inkFallback {
				if sg.ink != last || span == 0 {
					w.elems = append(w.elems, elem{typ: "Span", parent: el, lang: Lang(w.t.langs[sg.ink-inkFallback])})
					span = int32(len(w.elems) - 1)
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
		w.elems[e.parent].kids = append(w.elems[e.parent].kids, kid{el: el})
	}
	page := len(w.pages) - 1
	for len(w.pageMC) <= page {
		w.pageMC = append(w.pageMC, nil)
	}
	n := len(w.pageMC[page])
	w.pageMC[page] = append(w.pageMC[page], el)
	w.elems[el].kids = append(w.elems[el].kids, kid{page: page, mcid: n})
	return n
}

// writeStructure writes the structure tree and returns its root, 0 when
// nothing was tagged; pageObj are the pages' objects, structParents the
// key each page's /StructParents names in the parent tree (its index).
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
			f.str("/S/" + e.typ + "/P ") // /Type is optional (ISO 32000-1, table 323)
			if i == 0 {
				f.ref(root)
			} else {
				f.ref(obj[e.parent])
			}
			if e.lang != "" {
				f.str("/Lang(" + e.lang + ")")
			}
			// Text on one page only: the page once, the ids as numbers.
			page := -1
			for _, k := range e.kids {
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
			for j, k := range e.kids {
				if j > 0 {
					f.str(" ")
				}
				switch {
				case k.el > 0:
					f.ref(obj[k.el])
				case page >= 0:
					f.int(k.mcid)
				default:
					f.str("<</Type/MCR/Pg ")
					f.ref(pageObj[k.page])
					f.str("/MCID ")
					f.int(k.mcid)
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
