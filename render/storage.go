// Storage of a rendering: the builder, the slabs its paragraphs, sections, spans,
// cells and list items are taken from, the reuse of them by the pooled
// builders of Render, and the names of paragraphs.

package render

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// builder lays out one agreement in one language.
type builder struct {
	a    *dpa.Agreement
	l    i18n.Lang
	main i18n.Lang
	opts Options
	doc  *Document
	n    int // number of the current top-level section

	ld        *langData       // the language's data, built once
	cat       *table          // the language's compiled catalogue, in the options' wording
	blankSeen map[string]bool // blanks recorded, by JSON Pointer
	fellSeen  map[string]bool // fallbacks recorded, by JSON Pointer, once there are many
	index     map[string]int  // sub-processor IDs, built on first use
	paraSlab  []Paragraph     // paragraphs are allocated in chunks,
	secSlab   []Section       // and so are sections;
	spanSlab  []Span          // spans, table cells and list items
	cellSlab  []Cell          // fill one array each, which grows as
	itemSlab  []ListItem      // append grows it.

	// Storage kept between renderings by Render, which discards each
	// document once written: the next one reuses it, sized by the last.
	paraStore []Paragraph
	spanStore []Span
	secStore  []Section
	cellStore []Cell
	itemStore []ListItem
	paraUsed  int // paragraphs and sections the last rendering used
	secUsed   int
	kept      *Document // the last rendering's document, to be reused
}

// paraNames returns the id and number of the section's latest paragraph,
// "breach-3" and "11.3". They are the same in every rendering, so those of
// the first paragraphs of the sections dpakit writes are made once and
// kept in a table per section, which the section looks up once; Annex D's
// sections, which the parties name, are not kept.
func paraNames(s *Section) (id, number string) {
	n := s.paras
	if n <= len(paraTable{}.ids) {
		if s.names == nil && !strings.HasPrefix(s.ID, "annex-d-") {
			s.names = namesOf(s)
		}
		if s.names != nil {
			return s.names.ids[n-1], s.names.numbers[n-1]
		}
	}
	return makeParaNames(s, n)
}

// makeParaNames builds the id and number of paragraph n of s.
func makeParaNames(s *Section, n int) (id, number string) {
	num := strconv.Itoa(n)
	if s.Number != "" && !s.Annex {
		// One allocation for both.
		both := s.ID + "-" + num + s.Number + "." + num
		return both[:len(s.ID)+1+len(num)], both[len(s.ID)+1+len(num):]
	}
	return s.ID + "-" + num, ""
}

// paraTable holds the names of a section's first paragraphs.
type paraTable struct{ ids, numbers [32]string }

type paraKey struct {
	section, number string
	annex           bool
}

// paraTables caches a table per section; the cache is bounded, so that
// sections numbered in unusual ways cannot grow it without end.
var (
	paraTables     sync.Map // paraKey → *paraTable
	paraTableCount atomic.Int64
)

// namesOf returns the table of s's paragraph names, or nil when the cache
// is full.
func namesOf(s *Section) *paraTable {
	key := paraKey{s.ID, s.Number, s.Annex}
	if t, ok := paraTables.Load(key); ok {
		return t.(*paraTable)
	}
	if paraTableCount.Add(1) > 1024 {
		return nil
	}
	t := new(paraTable)
	for i := range t.ids {
		t.ids[i], t.numbers[i] = makeParaNames(s, i+1)
	}
	actual, _ := paraTables.LoadOrStore(key, t)
	return actual.(*paraTable)
}

// newSection allocates a section from the builder's slab. A recycled slot
// keeps the storage of its Blocks and Sections: the same agreement lays out
// the same sections in the same order, so they fit again.
func (b *builder) newSection(s Section) *Section {
	b.secUsed++
	if len(b.secSlab) == cap(b.secSlab) {
		b.secSlab = make([]Section, 0, 16)
	}
	b.secSlab = b.secSlab[:len(b.secSlab)+1]
	slot := &b.secSlab[len(b.secSlab)-1]
	blocks, subs := slot.Blocks[:0], slot.Sections[:0]
	*slot = s
	slot.Blocks, slot.Sections = blocks, subs
	return slot
}

// items returns n empty list items, taken from the builder's slab as spans
// are.
func (b *builder) items(n int) []ListItem {
	start := len(b.itemSlab)
	b.itemSlab = slices.Grow(b.itemSlab, n)[:start+n]
	return b.itemSlab[start : start+n : start+n]
}

// row returns a table row of the given cells, taken from the builder's
// slab as spans are.
func (b *builder) row(cells ...Cell) []Cell {
	start := len(b.cellSlab)
	b.cellSlab = append(b.cellSlab, cells...)
	return b.cellSlab[start:len(b.cellSlab):len(b.cellSlab)]
}

// reuse prepares a pooled builder for another rendering: the storage of the
// last one is reused, grown to what it needed in all. Only Render may call
// it, since the previous document's contents are overwritten.
func (b *builder) reuse() {
	if cap(b.paraStore) < b.paraUsed {
		b.paraStore = make([]Paragraph, 0, b.paraUsed)
	}
	if cap(b.secStore) < b.secUsed {
		b.secStore = make([]Section, 0, b.secUsed)
	}
	clear(b.paraStore[:cap(b.paraStore)])
	clear(b.spanStore[:cap(b.spanStore)])
	clear(b.cellStore[:cap(b.cellStore)])
	clear(b.itemStore[:cap(b.itemStore)])
	secs := b.secStore[:cap(b.secStore)]
	for i, s := range secs {
		// Drop what the sections held but keep their slices' storage.
		clear(s.Blocks[:cap(s.Blocks)])
		clear(s.Sections[:cap(s.Sections)])
		secs[i] = Section{Blocks: s.Blocks[:0], Sections: s.Sections[:0]}
	}
	b.paraSlab, b.spanSlab, b.secSlab, b.cellSlab, b.itemSlab = b.paraStore[:0], b.spanStore[:0], b.secStore[:0], b.cellStore[:0], b.itemStore[:0]
	b.paraUsed, b.secUsed = 0, 0
}

// recycle returns a builder to its zero state but for the storage reuse
// hands to the next rendering: the span and cell arrays as they grew, the
// sizes of the paragraph and section chunks the rendering needed, and the
// document with its lists.
//
// The set of fallbacks seen is kept too, emptied: an agreement read in a
// language it lacks falls back for most of its text, and a map made anew
// for every rendering would cost more than the rest of its storage.
func (b *builder) recycle() {
	clear(b.fellSeen)
	*b = builder{paraStore: b.paraStore, spanStore: b.spanSlab[:0], secStore: b.secStore, cellStore: b.cellSlab[:0],
		itemStore: b.itemSlab[:0], paraUsed: b.paraUsed, secUsed: b.secUsed, kept: b.doc, fellSeen: b.fellSeen}
}

// newDocument returns an empty document: the kept one of a recycled
// builder, with its lists' storage, or a new one.
func (b *builder) newDocument() *Document {
	d := b.kept
	if d == nil {
		return new(Document)
	}
	b.kept = nil
	clear(d.Sections[:cap(d.Sections)])
	clear(d.Blanks[:cap(d.Blanks)])
	clear(d.FellBack[:cap(d.FellBack)])
	*d = Document{Sections: d.Sections[:0], Blanks: d.Blanks[:0], FellBack: d.FellBack[:0]}
	return d
}

// paraSpans adds a numbered paragraph of the given spans.
func (b *builder) paraSpans(s *Section, sp []Span) *Paragraph {
	b.paraUsed++
	if len(b.paraSlab) == cap(b.paraSlab) {
		b.paraSlab = make([]Paragraph, 0, 24)
	}
	b.paraSlab = append(b.paraSlab, Paragraph{Spans: sp})
	p := &b.paraSlab[len(b.paraSlab)-1]
	s.paras++
	p.ID, p.Number = paraNames(s)
	s.Blocks = append(s.Blocks, p)
	return p
}
