package pdf

import (
	"github.com/dpakit/dpakit/render"
)

// measureRows is how many rows the column widths are measured on: enough
// for any real annex, and a table of 10 000 rows costs no more per row.
const measureRows = 200

// columns shares the text width among n columns in three steps: each
// column gets its longest word up to shortWord, so ordinary words never
// break; then, as far as the width allows, its whole longest word (an
// e-mail address, a long compound); then what is left, in proportion to
// how much text it holds.
func (w *writer) columns(tb *render.Table, n int) []float64 {
	t := w.t
	longest := make([]float64, n)
	want := make([]float64, n)
	note := func(i int, ps []piece) {
		total, word := 0.0, 0.0
		for _, p := range ps {
			for _, r := range p.s {
				rw := mm(t.m[p.st].runeWidth(&t.buf, r), smallSize)
				total += rw
				if r == ' ' {
					longest[i], word = max(longest[i], word), 0
				} else {
					word += rw
				}
			}
		}
		longest[i] = max(longest[i], word)
		want[i] = max(want[i], min(total, 70))
	}
	for i := range min(n, len(tb.Header)) {
		note(i, []piece{{bold, inkText, tb.Header[i]}})
	}
	for r, row := range tb.Rows {
		if r == measureRows {
			break
		}
		for i := range min(n, len(row)) {
			note(i, t.pieces(nil, row[i], regular))
		}
	}
	shortWord := mm(t.m[regular].advance(&t.buf, "Eksempelbyen"), smallSize)
	steps := [3][]float64{make([]float64, n), make([]float64, n), make([]float64, n)}
	for i := range n {
		steps[0][i] = min(longest[i], shortWord) + 2*cellPad + 0.5
		steps[1][i] = max(steps[0][i], longest[i]+2*cellPad+0.5)
		steps[2][i] = max(steps[1][i], want[i]+2*cellPad)
	}
	cols := make([]float64, n)
	room := textW
	for k, step := range steps {
		prev := cols
		grow := 0.0
		for i := range n {
			grow += step[i] - prev[i]
		}
		share := 1.0
		if grow > room {
			share = room / grow
		}
		next := make([]float64, n)
		for i := range n {
			next[i] = prev[i] + (step[i]-prev[i])*share
		}
		cols, room = next, room-grow*share
		if share < 1 || k == len(steps)-1 {
			break
		}
	}
	// What is still left widens every column by its share.
	if room > 0.01 {
		sum := 0.0
		for _, c := range cols {
			sum += c
		}
		for i := range cols {
			cols[i] += room * cols[i] / sum
		}
	}
	return cols
}

// table writes a table with grid lines. Its header row is repeated at the
// top of every page the table runs onto; a row that does not fit on what
// is left of a page moves to the next, and a row longer than a page is
// split between lines.
func (w *writer) table(tb *render.Table) {
	n := len(tb.Header)
	for _, r := range tb.Rows {
		n = max(n, len(r))
	}
	if n == 0 {
		return
	}
	t := w.t
	table := w.elem("Table", 0)
	if tb.Caption != "" {
		ls := w.tagLines(t.lines([]piece{{italic, inkText, t.printable(italic, tb.Caption)}}, textW, 0, 0, bodySize, bodyLH), w.elem("Caption", table))
		for i := range ls {
			ls[i].keep = true
		}
		w.pending = append(w.pending, ls...)
	}
	cols := w.columns(tb, n)
	// cellLines lays out a row's cells, each a TH or TD of a new TR.
	cellLines := func(cells [][]piece, cell string) [][]line {
		tr := w.elem("TR", table)
		out := make([][]line, n)
		for i := range n {
			el := w.elem(cell, tr)
			if i < len(cells) {
				out[i] = w.tagLines(t.lines(cells[i], cols[i]-2*cellPad, 0, 0, smallSize, smallLH), el)
			}
		}
		return out
	}
	head := make([][]piece, n)
	for i := range n {
		switch {
		case i < len(tb.HeaderSpans):
			head[i] = t.pieces(nil, tb.HeaderSpans[i], bold)
		case i < len(tb.Header):
			head[i] = []piece{{bold, inkText, t.printable(bold, tb.Header[i])}}
		}
	}
	headLines := cellLines(head, "TH")
	for _, c := range headLines {
		for i := range c {
			c[i].head = true
		}
	}
	headH := rowHeight(headLines, 0, maxLines(headLines))
	// The header row is the table's text where it is first drawn, and an
	// artifact where it is repeated on a new page.
	headDrawn := false
	w.header = func() {
		w.artifact = headDrawn
		w.row(cols, headLines, 0, maxLines(headLines), true)
		w.artifact, headDrawn = false, true
	}
	// The header stays with the first row (or its first lines).
	first := 0.0
	var firstLines [][]line
	if len(tb.Rows) > 0 {
		firstLines = cellLines(w.rowPieces(tb.Rows[0], n), "TD")
		first = rowHeight(firstLines, 0, min(maxLines(firstLines), keepLines))
	}
	// The headings and caption before the table, its header row and its
	// first lines go on one page.
	hdr := w.header
	w.header = nil
	w.need(w.pendingHeight() + headH + first)
	w.header = hdr
	for _, l := range w.pending {
		w.draw(l, marginL, w.y)
		w.y += l.h
	}
	w.pending = nil
	w.header()
	for r, row := range tb.Rows {
		ls := firstLines
		if r > 0 {
			ls = cellLines(w.rowPieces(row, n), "TD")
		}
		total := maxLines(ls)
		if total == 0 {
			total = 1
		}
		// A row that fits on a page is not split.
		if whole := rowHeight(ls, 0, total); whole <= bottom-top-headH {
			w.need(whole)
			w.row(cols, ls, 0, total, false)
			continue
		}
		for from := 0; from < total; {
			room := int((bottom - w.y - 2*cellPad) / smallLH)
			if room < 1 {
				w.newPage()
				w.header()
				continue
			}
			to := min(total, from+room)
			w.row(cols, ls, from, to, false)
			from = to
		}
	}
	w.header = nil
}

func (w *writer) rowPieces(row []render.Cell, n int) [][]piece {
	out := make([][]piece, n)
	for i := range min(n, len(row)) {
		out[i] = w.t.pieces(nil, row[i], regular)
	}
	return out
}

func maxLines(cells [][]line) int {
	n := 0
	for _, c := range cells {
		n = max(n, len(c))
	}
	return n
}

func rowHeight(cells [][]line, from, to int) float64 {
	return float64(to-from)*smallLH + 2*cellPad
}

// row draws lines from to to of each cell of a row at w.y, with the grid,
// and moves below it.
func (w *writer) row(cols []float64, cells [][]line, from, to int, head bool) {
	h := rowHeight(cells, from, to)
	x := marginL
	c := w.c
	for i, cw := range cols {
		c.setStroke(colGrid)
		c.lineWidth(0.2)
		if head {
			c.setFill(colHead)
			c.rect(x, w.y, cw, h, "B")
		} else {
			c.rect(x, w.y, cw, h, "S")
		}
		for k := from; k < to && k < len(cells[i]); k++ {
			w.draw(cells[i][k], x+cellPad, w.y+cellPad+float64(k-from)*smallLH)
		}
		x += cw
	}
	w.y += h
}
