package pdf

import (
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// Page geometry in millimetres: A4, 25 mm left, 20 mm right and top, the
// footer 12 mm above the bottom edge.
const (
	pageW, pageH     = 210.0, 297.0
	marginL, marginR = 25.0, 20.0
	top              = 20.0
	bottom           = pageH - 22.0 // the lowest baseline area of the text
	textW            = pageW - marginL - marginR
	footerY          = pageH - 12.0

	bodySize  = 10.0
	bodyLH    = 4.9
	smallSize = 8.5
	smallLH   = 4.0
	numW      = 12.0 // the clause number's column
	indentW   = 6.0  // a list level
	maxDepth  = 8    // deeper list levels keep this indent
	cellPad   = 1.2
	keepLines = 3 // body lines kept with a heading
)

// Write writes d as a PDF. The same document gives the same bytes: the
// dates in the file are the agreement's and nothing depends on the clock or
// on map order. A nil writer is [render.ErrNilWriter] and a nil document
// [render.ErrNilDocument].
func Write(w io.Writer, d *render.Document) error {
	if w == nil {
		return render.ErrNilWriter
	}
	if d == nil {
		return render.ErrNilDocument
	}
	return write(w, d, nil, nil)
}

// WriteParallel writes two documents of the same agreement side by side,
// clause by clause, in two columns, as [render.Parallel] does in HTML.
// Tables are written as records in the narrow columns, a field a line, as
// the text writer writes them. A nil writer is [render.ErrNilWriter] and a
// nil document [render.ErrNilDocument].
func WriteParallel(w io.Writer, left, right *render.Document) error {
	if w == nil {
		return render.ErrNilWriter
	}
	if left == nil || right == nil {
		return render.ErrNilDocument
	}
	return write(w, left, right, nil)
}

// Lang returns the tag the PDF names the language by: sv-SE, nb-NO, da-DK,
// or en-GB for English and anything else.
func Lang(l i18n.Lang) string {
	switch l {
	case i18n.SV:
		return "sv-SE"
	case i18n.NB:
		return "nb-NO"
	case i18n.DA:
		return "da-DK"
	}
	return "en-GB"
}

// writer lays out one document on pages of its own.
type writer struct {
	t     *typesetter
	pages []*canvas
	c     *canvas // the page being written
	fs    *fontSet
	marks []mark
	// elems are the structure elements (tags.go), elems[0] the Document;
	// pageMC the element of each marked-content id, by page; artifact
	// says that what is drawn is not the document's text (a repeated
	// header row).
	elems    []elem
	kids     []kid
	pageMC   [][]int32
	artifact bool
	y        float64 // the top of the next line
	// header is the header row of the table being written, to repeat on a
	// new page.
	header func()
	// pending are heading lines not drawn yet: they go on the page with the
	// first lines of what follows them.
	pending []line
	// trace, when set, sees every line drawn, for the tests of the layout.
	trace func(page int, l line, x, y float64)
}

// mark is an outline entry: a heading, its level and where it is.
type mark struct {
	title string
	level int
	page  int // from 0
	y     float64
}

// Colours of the inks, the grid and the marks.
var (
	colText     = rgb{17, 17, 17}
	colGrey     = rgb{85, 85, 85}
	colDeleted  = rgb{176, 0, 0}
	colInserted = rgb{0, 64, 160}
	colBlank    = rgb{255, 236, 140}
	colBlankUL  = rgb{60, 60, 60}
	colGrid     = rgb{136, 136, 136}
	colHead     = rgb{238, 238, 238}
)

// maxText is how many characters of a heading or a title go into the
// outline and the document information: PDF/A limits a string to 32 767
// bytes (ISO 19005-2, 6.1.13), and a viewer shows far less.
const maxText = 2000

// clip cuts s to maxText characters.
func clip(s string) string {
	n := 0
	for i := range s {
		if n == maxText {
			return s[:i]
		}
		n++
	}
	return s
}

func write(out io.Writer, d, right *render.Document, trace func(page int, l line, x, y float64)) error {
	title := d.Title
	if right != nil {
		title += " / " + right.Title
	}
	t := newTypesetter()
	fs := &fontSet{buf: &t.buf}
	for st := range numStyles {
		fs.use[st] = newFontUse(t.m[st])
	}
	w := &writer{t: t, fs: fs, trace: trace}
	w.newPage()
	if right != nil {
		w.parallel(d, right)
	} else {
		w.document(d)
	}
	ref := t.printable(regular, d.Reference())
	total := strconv.Itoa(len(w.pages))
	for i, c := range w.pages {
		w.c = c
		w.setFont(inkGrey)
		c.art()
		c.text(regular, 8, marginL, footerY, ref)
		page := t.printable(regular, d.PageOf(strconv.Itoa(i+1), total))
		c.text(regular, 8, pageW-marginR-t.width(piece{s: page}, 8), footerY, page)
		c.endMC()
	}
	info := docInfo{
		title:    clip(t.printable(regular, title)),
		subject:  clip(t.printable(regular, d.Subtitle)),
		keywords: clip(ref),
		lang:     Lang(d.Lang),
		when:     time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	if d.Date.Valid() {
		info.when = time.Date(d.Date.Year, d.Date.Month, d.Date.Day, 0, 0, 0, 0, time.UTC)
	}
	_, err := out.Write(w.file(d, info))
	return err
}

func (w *writer) newPage() {
	w.c = &canvas{fs: w.fs, lw: -1, b: make([]byte, 0, 8<<10)}
	w.pages = append(w.pages, w.c)
	w.y = top
}

// need starts a new page unless h more millimetres fit on this one.
func (w *writer) need(h float64) bool {
	if w.y+h > bottom && w.y > top {
		w.newPage()
		if w.header != nil {
			w.header()
		}
		return true
	}
	return false
}

// setFont sets the ink text is painted in; the font and size go with the
// text (canvas.text).
func (w *writer) setFont(k ink) {
	switch k {
	case inkGrey:
		w.c.setFill(colGrey)
	case inkDeleted:
		w.c.setFill(colDeleted)
	case inkInserted:
		w.c.setFill(colInserted)
	default:
		w.c.setFill(colText)
	}
}

// draw paints a line at the top y, its column starting at x.
func (w *writer) draw(l line, x, y float64) {
	if w.trace != nil {
		w.trace(len(w.pages), l, x, y)
	}
	if l.mark != "" {
		w.marks = append(w.marks, mark{clip(l.mark), l.markLevel, len(w.pages) - 1, y})
	}
	c := w.c
	base := y + l.h - l.h*0.28
	for _, s := range l.segs {
		if s.ink == inkBlank {
			c.setFill(colBlank)
			c.rect(x+s.x, base-l.size*0.3528*0.9, s.w, l.size*0.3528*1.2, "f")
			c.setStroke(colBlankUL)
			c.lineWidth(0.2)
			c.line(x+s.x, base+0.7, x+s.x+s.w, base+0.7)
		}
		w.setFont(s.ink)
		// Text of one element drawn one piece after another, with no
		// artifact between, is one marked-content sequence.
		switch {
		case s.el == 0 || w.artifact:
			c.art()
		case s.el != c.openEl:
			c.beginMC(s.el, elemTypes[w.elems[s.el].typ], w.mcid(s.el))
		}
		c.text(s.st, l.size, x+s.x, base, s.s)
		switch s.ink {
		case inkDeleted: // a line through the middle of the lower-case letters
			c.setStroke(colDeleted)
			c.lineWidth(0.25)
			c.line(x+s.x, base-l.size*0.3528*0.3, x+s.x+s.w, base-l.size*0.3528*0.3)
		case inkInserted:
			c.setStroke(colInserted)
			c.lineWidth(0.25)
			c.line(x+s.x, base+0.6, x+s.x+s.w, base+0.6)
		}
	}
	for _, r := range l.rules {
		c.setStroke(colText)
		c.lineWidth(0.25)
		c.line(x+r[0], y+l.h, x+r[0]+r[1], y+l.h)
	}
}

// flow writes lines one after the other, keeping a line marked keep on a
// page with the next keepLines lines.
func (w *writer) flow(ls []line, x float64) {
	if len(w.pending) > 0 {
		ls = append(w.pending, ls...)
		w.pending = nil
	}
	for i, l := range ls {
		h := l.h
		if l.keep {
			// A heading, and what must stay with it: the lines it keeps and
			// the first few that follow it.
			j := i
			for j < len(ls) && ls[j].keep {
				j++
			}
			for k := j; k < len(ls) && k < j+keepLines; k++ {
				h += ls[k].h
			}
			for k := i + 1; k < j; k++ {
				h += ls[k].h
			}
		}
		w.need(h)
		w.draw(l, x, w.y)
		w.y += l.h
	}
}

// space adds vertical space, not at the top of a page.
func (w *writer) space(h float64) {
	if w.y > top {
		w.y += h
	}
}

func (w *writer) document(d *render.Document) {
	w.flow(w.titleLines(d, textW), marginL)
	w.space(4)
	if d.TOC {
		ls := w.tagLines(w.t.lines([]piece{{bold, inkText, w.t.printable(bold, d.TOCHeading())}}, textW, 0, 0, 12, 6.5), w.elem("H2", 0))
		ls[0].keep = true
		w.flow(ls, marginL)
		toc := w.elem("TOC", 0)
		for _, s := range d.Sections {
			w.flow(w.tagLines(w.t.lines([]piece{{regular, inkText, w.t.printable(regular, s.Prefix(true)+s.Heading)}}, textW, 0, indentW, bodySize, bodyLH), w.elem("TOCI", toc)), marginL)
		}
		w.space(4)
	}
	w.sections(d.Sections, func(s *render.Section, level int) {
		if s.Annex && level == 0 && w.y > top {
			w.flushPending()
			w.newPage()
		}
		if len(w.pending) == 0 {
			w.space(headingSpace[min(level, 2)])
		}
		w.pending = append(w.pending, w.headingLines(s, level, textW)...)
		for _, b := range s.Blocks {
			w.block(b)
		}
	})
	w.flushPending()
}

// pendingHeight is the height of the heading lines waiting to be drawn.
func (w *writer) pendingHeight() float64 {
	h := 0.0
	for _, l := range w.pending {
		h += l.h
	}
	return h
}

// flushPending draws the waiting heading lines where the page has room
// for them, with no lines of their own to keep them with.
func (w *writer) flushPending() {
	ls := w.pending
	w.pending = nil
	for i := range ls {
		ls[i].keep = false
	}
	w.flow(ls, marginL)
}

// sections calls f for each section depth first, from an explicit stack.
func (w *writer) sections(top []*render.Section, f func(s *render.Section, level int)) {
	type frame struct {
		s     *render.Section
		level int
	}
	var stack []frame
	for i := len(top) - 1; i >= 0; i-- {
		stack = append(stack, frame{top[i], 0})
	}
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		f(fr.s, fr.level)
		for i := len(fr.s.Sections) - 1; i >= 0; i-- {
			stack = append(stack, frame{fr.s.Sections[i], fr.level + 1})
		}
	}
}

var (
	headingSize  = [3]float64{13, 11, 10}
	headingLH    = [3]float64{6.2, 5.4, 5}
	headingSpace = [3]float64{5, 3, 2}
	headingStyle = [3]style{bold, bold, bold}
	// headingTag is the structure type of a heading by level: the title is
	// H1.
	headingTag = [4]string{"H2", "H3", "H4", "H5"}
)

func (w *writer) titleLines(d *render.Document, width float64) []line {
	var ps []piece
	if d.TitleLang != "" {
		ps = w.t.pieces(nil, []render.Span{{Kind: render.Fallback, Text: d.Title, Lang: d.TitleLang}}, bold)
	} else {
		ps = []piece{{bold, inkText, w.t.printable(bold, d.Title)}}
	}
	ls := w.tagLines(w.t.lines(ps, width, 0, 0, 17, 8), w.elem("H1", 0))
	for i := range ls {
		ls[i].keep = true
	}
	ls = append(ls, w.tagLines(w.t.lines([]piece{{italic, inkText, w.t.printable(italic, d.Subtitle)}}, width, 0, 0, bodySize, bodyLH+1), w.elem("P", 0))...)
	if d.Edition != "" {
		ls = append(ls, w.tagLines(w.t.lines([]piece{{regular, inkText, w.t.printable(regular, d.Edition)}}, width, 0, 0, bodySize, bodyLH+1), w.elem("P", 0))...)
	}
	return ls
}

func (w *writer) headingLines(s *render.Section, level int, width float64) []line {
	lv := min(level, 2)
	st := headingStyle[lv]
	title := w.t.printable(st, s.Prefix(level == 0)+s.Heading)
	ps := []piece{{st, inkText, title}}
	if s.HeadingKind != render.Plain {
		ps = w.t.pieces([]piece{{st, inkText, w.t.printable(st, s.Prefix(level == 0))}}, s.HeadingSpans(), st)
	}
	ls := w.tagLines(w.t.lines(ps, width, 0, 0, headingSize[lv], headingLH[lv]), w.elem(headingTag[min(level, 3)], 0))
	for i := range ls {
		ls[i].keep = true
	}
	ls[0].mark, ls[0].markLevel = title, level
	return ls
}

func (w *writer) block(b render.Block) {
	switch b := b.(type) {
	case *render.Table:
		w.table(b)
		w.space(2)
	case nil:
	default:
		w.flow(w.blockLines(b, textW), marginL)
		w.space(2)
	}
}

// blockLines lays out a paragraph, a list or signatures, or in a narrow
// column a table, as lines width wide.
func (w *writer) blockLines(b render.Block, width float64) []line {
	t := w.t
	switch b := b.(type) {
	case *render.Paragraph:
		ps := t.pieces(nil, b.Spans, regular)
		el := w.elem("P", 0)
		if b.Number == "" {
			return w.tagLines(t.lines(ps, width, 0, 0, bodySize, bodyLH), el)
		}
		num := piece{bold, inkText, t.printable(bold, b.Number)}
		nw := max(numW, t.width(num, bodySize)+2)
		ls := w.tagLines(t.lines(ps, width, nw, nw, bodySize, bodyLH), el)
		ls[0].segs = append([]seg{{piece: num, w: t.width(num, bodySize), src: -1, el: el}}, ls[0].segs...)
		return ls
	case *render.List:
		return w.listLines(b, width)
	case *render.Signatures:
		return w.signatureLines(b, width)
	case *render.Table:
		return w.recordLines(b, width)
	}
	return nil
}

// listLines lays out a list and its nested lists from an explicit stack.
func (w *writer) listLines(l *render.List, width float64) []line {
	t := w.t
	var out []line
	type frame struct {
		l        *render.List
		i, depth int
		el       int32 // the L element
	}
	stack := []frame{{l, 0, 0, w.elem("L", 0)}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.i == len(top.l.Items) {
			stack = stack[:len(stack)-1]
			continue
		}
		it, in, depth := top.l.Items[top.i], top.l, top.depth
		top.i++
		li := w.elem("LI", top.el)
		lbl, body := w.elem("Lbl", li), w.elem("LBody", li)
		ind := numW + indentW*float64(min(depth, maxDepth))
		marker := "•"
		if in.Ordered {
			marker = "(" + string(rune('a'+(top.i-1)%26)) + ")"
		}
		ls := w.tagLines(t.lines(t.pieces(nil, it.Spans, regular), width, ind+indentW, ind+indentW, bodySize, bodyLH), body)
		mp := piece{regular, inkText, marker}
		ls[0].segs = append([]seg{{piece: mp, x: ind, w: t.width(mp, bodySize), src: -1, el: lbl}}, ls[0].segs...)
		ls[0].h += 0.6
		out = append(out, ls...)
		if it.Children != nil && len(it.Children.Items) > 0 {
			stack = append(stack, frame{it.Children, 0, depth + 1, w.elem("L", body)})
		}
	}
	return out
}

// signatureLines lays out the signature blocks two to a row: the side and
// the party, then for place and date, signature, name and title a line to
// sign on with its label under it. A row is kept on one page.
func (w *writer) signatureLines(s *render.Signatures, width float64) []line {
	t := w.t
	var out []line
	colW := (width - 10) / 2
	for i := 0; i < len(s.Blocks); i += 2 {
		pair := s.Blocks[i:min(i+2, len(s.Blocks))]
		// Each block is a Div of its own in the structure, so that it is
		// read whole before the one beside it.
		var div [2]int32
		for j := range pair {
			div[j] = w.elem("Div", 0)
		}
		row := func(get func(b *render.SignatureBlock) []piece, size, lh float64, rule bool) {
			var ls [2][]line
			for j := range pair {
				ps := get(&pair[j])
				ls[j] = t.lines(ps, colW, 0, 0, size, lh)
				if slices.ContainsFunc(ps, func(p piece) bool { return p.s != "" }) {
					w.tagLines(ls[j], w.elem("P", div[j]))
				}
			}
			for k := range max(len(ls[0]), len(ls[1])) {
				ln := line{h: lh, size: size, keep: true}
				for j := range pair {
					if k < len(ls[j]) {
						for _, sg := range ls[j][k].segs {
							sg.x += float64(j) * (colW + 10)
							ln.segs = append(ln.segs, sg)
						}
					}
					if rule && k == 0 {
						ln.rules = append(ln.rules, [2]float64{float64(j) * (colW + 10), colW})
					}
				}
				out = append(out, ln)
			}
		}
		row(func(b *render.SignatureBlock) []piece { return []piece{{bold, inkText, t.printable(bold, b.On)}} }, bodySize, bodyLH, false)
		row(func(b *render.SignatureBlock) []piece {
			return []piece{{regular, inkText, t.printable(regular, b.Party)}}
		}, bodySize, bodyLH, false)
		for k := range pair[0].Lines() { // every block has the same lines
			row(func(b *render.SignatureBlock) []piece { return t.pieces(nil, b.Lines()[k].Value, regular) }, bodySize, 9, true)
			row(func(b *render.SignatureBlock) []piece {
				return []piece{{regular, inkGrey, t.printable(regular, b.Lines()[k].Label)}}
			}, smallSize, smallLH, false)
		}
		out[len(out)-1].keep = false
		out = append(out, line{h: 6})
	}
	return out
}

// recordLines lays out a table as records, a field a line, for a column
// too narrow for its columns.
func (w *writer) recordLines(tb *render.Table, width float64) []line {
	t := w.t
	var out []line
	for _, row := range tb.Rows {
		div := w.elem("Div", 0)
		for i, c := range row {
			if i >= len(tb.Header) || len(c) == 0 {
				continue
			}
			var ps []piece
			if i < len(tb.HeaderSpans) {
				ps = append(t.pieces(nil, tb.HeaderSpans[i], bold), piece{bold, inkText, ": "})
			} else {
				ps = []piece{{bold, inkText, t.printable(bold, tb.Header[i]+": ")}}
			}
			ps = t.pieces(ps, c, regular)
			out = append(out, w.tagLines(t.lines(ps, width, 0, indentW, smallSize, smallLH), w.elem("P", div))...)
		}
		out = append(out, line{h: 2})
	}
	return out
}
