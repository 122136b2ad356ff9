package pdf

import "github.com/dpakit/dpakit/render"

// gutter is the space between the two columns of a parallel document.
const gutter = 8.0

// parallel writes two documents side by side: the titles, then for each
// pair of sections the two headings and each pair of blocks, line by line,
// so that each clause starts level in both columns.
func (w *writer) parallel(l, r *render.Document) {
	colW := (textW - gutter) / 2
	w.flow(merge(w.titleLines(l, colW), w.titleLines(r, colW), colW), marginL)
	w.space(4)
	type pair struct {
		l, r  *render.Section
		level int
	}
	var stack []pair
	push := func(ls, rs []*render.Section, level int) {
		for i := min(len(ls), len(rs)) - 1; i >= 0; i-- {
			stack = append(stack, pair{ls[i], rs[i], level})
		}
	}
	push(l.Sections, r.Sections, 0)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.l.Annex && p.level == 0 && w.y > top {
			w.flushPending()
			w.newPage()
		}
		if len(w.pending) == 0 {
			w.space(headingSpace[min(p.level, 2)])
		}
		w.pending = append(w.pending, merge(w.headingLines(p.l, p.level, colW), w.headingLines(p.r, p.level, colW), colW)...)
		for i := range min(len(p.l.Blocks), len(p.r.Blocks)) {
			w.flow(merge(w.blockLines(p.l.Blocks[i], colW), w.blockLines(p.r.Blocks[i], colW), colW), marginL)
			w.space(2)
		}
		push(p.l.Sections, p.r.Sections, p.level+1)
	}
	w.flushPending()
}

// merge puts the lines of two columns side by side: the k-th line of each
// on one line as tall as the taller, kept with the next when either is.
// The outline entry is the left column's.
func merge(ls, rs []line, colW float64) []line {
	out := make([]line, max(len(ls), len(rs)))
	for k := range out {
		var m line
		if k < len(ls) {
			m = ls[k]
			m.segs = append([]seg(nil), m.segs...)
			m.rules = append([][2]float64(nil), m.rules...)
		}
		if k < len(rs) {
			r := rs[k]
			if m.size == 0 {
				m.size = r.size
			}
			m.h = max(m.h, r.h)
			m.keep = m.keep || r.keep
			for _, s := range r.segs {
				s.x += colW + gutter
				m.segs = append(m.segs, s)
			}
			for _, ru := range r.rules {
				m.rules = append(m.rules, [2]float64{ru[0] + colW + gutter, ru[1]})
			}
		}
		out[k] = m
	}
	return out
}
