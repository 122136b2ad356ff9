// Storage of a rendering: the builder, the slabs its paragraphs, sections, spans,
// cells and list items are taken from, the reuse of them by the pooled
// builders of Render, and the names of paragraphs.

package render

import (
	"slices"
	"strconv"

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
	// partiesSection is clause 1, which ends with what a blank means
	// once the build has found one.
	partiesSection *Section
	n              int // number of the current top-level section

	precedence   string     // number of clause 2's paragraph on precedence, once built
	furtherCosts string     // number of clause 13's paragraph on the costs of further measures, once built
	transferRule string     // number of clause 8's paragraph giving the instruction on transfers, once built
	lapseRule    string     // number of clause 8's paragraph on a transfer basis that ceases to apply, once built
	subLiability *Paragraph // clause 7's paragraph referring to the liability for sub-processors, written by liability

	ld        *langData       // the language's data, built once
	cat       *table          // the language's compiled catalogue, in the options' wording
	blankSeen map[string]bool // blanks recorded, by JSON Pointer
	fellSeen  map[string]bool // fallbacks recorded, by JSON Pointer, once there are many
	index     map[string]int  // sub-processor IDs, built on first use
	strs      strStore        // the strings the rendering joins
	lists     slab[List]      // lists and tables are taken from slabs too,
	tables    slab[Table]     // and table headers
	headers   []string        // from one array, as spans are,
	rows      [][]Cell        // and so are the rows of tables that know their size
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
	kept      *Document                            // the last rendering's document, to be reused
	pooled    bool                                 // set by reuse: sections keep their paragraphs' names
	high      struct{ para, span, cell, item int } // how much of each kept array the last rendering used; see recycle
}

// paraNames returns the id and number of the section's latest paragraph,
// "breach-3" and "11.3". They are the same in every rendering of the same
// agreement, and a pooled builder lays out the same sections in the same
// slots, so Render keeps them in a table in the section's slot for the
// next rendering (newSection keeps it when the slot's section has the same
// id and number). Build, whose document leaves with its storage, makes
// them afresh. Measured 2026-12-01 (CPU time, alternating test binaries,
// -cpu 1): without the tables sv/HTML takes 7.7 % longer (n=16, p<0.001)
// and 87 more allocations (1.7 KiB); they replace a process-wide cache of
// the same names, which bought no more.
func (b *builder) paraNames(s *Section) (id, number string) {
	n := s.paras
	if !b.pooled || n > len(paraTable{}.ids) {
		return makeParaNames(s, n)
	}
	t := s.names
	if t == nil {
		t = &paraTable{id: s.ID, number: s.Number, annex: s.Annex}
		s.names = t
	}
	if t.ids[n-1] == "" {
		t.ids[n-1], t.numbers[n-1] = makeParaNames(s, n)
	}
	return t.ids[n-1], t.numbers[n-1]
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

// paraTable holds the names of the first paragraphs of the section with
// the given id, number and annex flag, made as they are first needed.
type paraTable struct {
	id, number   string
	annex        bool
	ids, numbers [32]string
}

// fits reports whether t names the paragraphs of s.
func (t *paraTable) fits(s *Section) bool {
	return t != nil && t.id == s.ID && t.number == s.Number && t.annex == s.Annex
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
	blocks, subs, names := slot.Blocks[:0], slot.Sections[:0], slot.names
	*slot = s
	slot.Blocks, slot.Sections = blocks, subs
	if names.fits(slot) {
		slot.names = names
	}
	return slot
}

// items returns n empty list items, taken from the builder's slab as spans
// are.
func (b *builder) items(n int) []ListItem {
	start := len(b.itemSlab)
	b.itemSlab = slices.Grow(b.itemSlab, n)[:start+n]
	clear(b.itemSlab[start:]) // the last rendering's items, in a kept array
	return b.itemSlab[start : start+n : start+n]
}

// row returns a table row of the given cells, taken from the builder's
// slab as spans are.
func (b *builder) row(cells ...Cell) []Cell {
	start := len(b.cellSlab)
	b.cellSlab = append(b.cellSlab, cells...)
	return b.cellSlab[start:len(b.cellSlab):len(b.cellSlab)]
}

// header returns a table's header of the given names, taken from the
// builder's array as rows are.
func (b *builder) header(names ...string) []string {
	start := len(b.headers)
	b.headers = append(b.headers, names...)
	return b.headers[start:len(b.headers):len(b.headers)]
}

// tableRows returns room for n rows of a table, taken from the builder's
// array as headers are.
func (b *builder) tableRows(n int) [][]Cell {
	start := len(b.rows)
	b.rows = slices.Grow(b.rows, n)[:start+n]
	return b.rows[start : start : start+n]
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
	secs := b.secStore[:cap(b.secStore)]
	for i, s := range secs {
		// Drop what the sections held but keep their slices' storage.
		clear(s.Blocks[:cap(s.Blocks)])
		clear(s.Sections[:cap(s.Sections)])
		secs[i] = Section{Blocks: s.Blocks[:0], Sections: s.Sections[:0], names: s.names}
	}
	b.paraSlab, b.spanSlab, b.secSlab, b.cellSlab, b.itemSlab = b.paraStore[:0], b.spanStore[:0], b.secStore[:0], b.cellStore[:0], b.itemStore[:0]
	b.paraUsed, b.secUsed = 0, 0
	b.strs.reset()
	b.lists.reset()
	b.tables.reset()
	clear(b.headers)
	clear(b.rows)
	b.headers, b.rows = b.headers[:0], b.rows[:0]
	b.pooled = true
}

// recycle returns a builder to its zero state but for the storage reuse
// hands to the next rendering: the span and cell arrays as they grew, the
// sizes of the paragraph and section chunks the rendering needed, and the
// document with its lists.
//
// The set of fallbacks seen is kept too, emptied: an agreement read in a
// language it lacks falls back for most of its text, and a map made anew
// for every rendering would cost more than the rest of its storage.
//
// The kept arrays hold this rendering's paragraphs, spans, cells and items,
// as the kept document does; what an earlier, larger rendering left beyond
// them is cleared, so that a pooled builder holds no other agreement's
// text. Clearing the whole arrays at every rendering instead (write
// barriers while the collector runs) was 5 % of an sv/HTML render in the
// profile; measured 2026-12-01 (CPU time, alternating test binaries,
// -cpu 1), sv/HTML is 5.8 % faster this way (n=12, p=0.001).
func (b *builder) recycle() {
	clear(b.fellSeen)
	clear(b.blankSeen)
	high := b.high
	high.para = clearTail(b.paraStore[:min(b.paraUsed, cap(b.paraStore))], high.para)
	high.span = clearTail(b.spanSlab, high.span)
	high.cell = clearTail(b.cellSlab, high.cell)
	high.item = clearTail(b.itemSlab, high.item)
	*b = builder{paraStore: b.paraStore, spanStore: b.spanSlab[:0], secStore: b.secStore, cellStore: b.cellSlab[:0],
		itemStore: b.itemSlab[:0], paraUsed: b.paraUsed, secUsed: b.secUsed, kept: b.doc, fellSeen: b.fellSeen, high: high,
		strs: b.strs, lists: b.lists, tables: b.tables, headers: b.headers,
		rows: b.rows, blankSeen: b.blankSeen}
}

// clearTail zeroes s[len(s):high], what an earlier rendering left beyond
// this one's in the same array, and returns the new mark, len(s). Beyond
// the mark, a kept array is all zero.
func clearTail[T any](s []T, high int) int {
	clear(s[len(s):min(max(high, len(s)), cap(s))])
	return len(s)
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
	p.ID, p.Number = b.paraNames(s)
	s.Blocks = append(s.Blocks, p)
	return p
}
