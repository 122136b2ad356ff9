package pdf

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/go-pdf/fpdf"
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

// writer lays out one document on the pages of one fpdf.
type writer struct {
	f *fpdf.Fpdf
	t *typesetter
	y float64 // the top of the next line
	// cur is the font set on the page, so fonts change only when needed.
	cur     style
	curSize float64
	curInk  ink
	// header is the header row of the table being written, to repeat on a
	// new page.
	header func()
	// pending are heading lines not drawn yet: they go on the page with the
	// first lines of what follows them.
	pending []line
	// trace, when set, sees every line drawn, for the tests of the layout.
	trace func(page int, l line, x, y float64)
}

// nbAlias stands for the number of pages until the document is closed.
const nbAlias = "{nb}"

func write(out io.Writer, d, right *render.Document, trace func(page int, l line, x, y float64)) error {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: pageW, Ht: pageH}, OrientationStr: "P"})
	f.SetCatalogSort(true)
	f.SetCompression(false) // fixup compresses, with a pooled compressor
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginL, top, marginR)
	for s := range numStyles {
		f.AddUTF8FontFromBytes(family, fpdfStyle[s], ttf[s])
	}
	title := d.Title
	if right != nil {
		title += " / " + right.Title
	}
	t := newTypesetter()
	title, subject := t.printable(regular, title), t.printable(regular, d.Subtitle)
	f.SetTitle(title, true)
	f.SetSubject(subject, true)
	f.SetCreator("dpakit", false)
	f.SetProducer("dpakit (github.com/go-pdf/fpdf)", false)
	keywords := t.printable(regular, d.Reference())
	if keywords != "" {
		f.SetKeywords(keywords, true)
	}
	f.SetLang(Lang(d.Lang))
	when := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	if d.Date.Valid() {
		when = time.Date(d.Date.Year, d.Date.Month, d.Date.Day, 0, 0, 0, 0, time.UTC)
	}
	f.SetCreationDate(when)
	f.SetModificationDate(when)
	f.SetXmpMetadata(xmp(d, title, subject, keywords, when))
	w := &writer{f: f, t: t, trace: trace}
	ref := t.printable(regular, d.Reference())
	f.SetFooterFunc(func() {
		w.setFont(regular, 8, inkGrey)
		f.Text(marginL, footerY, ref)
		page := t.printable(regular, d.PageOf(strconv.Itoa(f.PageNo()), nbAlias))
		f.Text(pageW-marginR-t.width(piece{s: strings.Replace(page, nbAlias, "000", 1)}, 8), footerY, page)
		w.curInk = 255 // the footer is drawn in its own graphics state
		w.curSize = 0
	})
	w.newPage()
	if right != nil {
		w.parallel(d, right)
	} else {
		w.document(d)
	}
	f.RegisterAlias(nbAlias, strconv.Itoa(f.PageCount()))
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return err
	}
	b, err := fixup(buf.Bytes())
	if err != nil {
		return err
	}
	_, err = out.Write(b)
	return err
}

func (w *writer) newPage() {
	w.f.AddPage()
	w.y = top
	w.curSize = 0
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

func (w *writer) setFont(st style, size float64, k ink) {
	if st != w.cur || size != w.curSize {
		w.f.SetFont(family, fpdfStyle[st], size)
		w.cur, w.curSize = st, size
	}
	if k != w.curInk {
		switch k {
		case inkGrey:
			w.f.SetTextColor(85, 85, 85)
		case inkDeleted:
			w.f.SetTextColor(176, 0, 0)
		case inkInserted:
			w.f.SetTextColor(0, 64, 160)
		default:
			w.f.SetTextColor(17, 17, 17)
		}
		w.curInk = k
	}
}

// draw paints a line at the top y, its column starting at x.
func (w *writer) draw(l line, x, y float64) {
	if w.trace != nil {
		w.trace(w.f.PageNo(), l, x, y)
	}
	if l.mark != "" {
		w.f.Bookmark(l.mark, l.markLevel, y)
	}
	base := y + l.h - l.h*0.28
	for _, s := range l.segs {
		if s.ink == inkBlank {
			w.f.SetFillColor(255, 236, 140)
			w.f.Rect(x+s.x, base-l.size*0.3528*0.9, s.w, l.size*0.3528*1.2, "F")
			w.f.SetDrawColor(60, 60, 60)
			w.f.SetLineWidth(0.2)
			w.f.Line(x+s.x, base+0.7, x+s.x+s.w, base+0.7)
		}
		w.setFont(s.st, l.size, s.ink)
		w.f.Text(x+s.x, base, s.s)
		switch s.ink {
		case inkDeleted: // a line through the middle of the lower-case letters
			w.f.SetDrawColor(176, 0, 0)
			w.f.SetLineWidth(0.25)
			w.f.Line(x+s.x, base-l.size*0.3528*0.3, x+s.x+s.w, base-l.size*0.3528*0.3)
		case inkInserted:
			w.f.SetDrawColor(0, 64, 160)
			w.f.SetLineWidth(0.25)
			w.f.Line(x+s.x, base+0.6, x+s.x+s.w, base+0.6)
		}
	}
	for _, r := range l.rules {
		w.f.SetDrawColor(17, 17, 17)
		w.f.SetLineWidth(0.25)
		w.f.Line(x+r[0], y+l.h, x+r[0]+r[1], y+l.h)
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
		ls := w.t.lines([]piece{{bold, inkText, w.t.printable(bold, d.TOCHeading())}}, textW, 0, 0, 12, 6.5)
		ls[0].keep = true
		w.flow(ls, marginL)
		for _, s := range d.Sections {
			w.flow(w.t.lines([]piece{{regular, inkText, w.t.printable(regular, s.Prefix(true)+s.Heading)}}, textW, 0, indentW, bodySize, bodyLH), marginL)
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
)

func (w *writer) titleLines(d *render.Document, width float64) []line {
	var ps []piece
	if d.TitleLang != "" {
		ps = w.t.pieces(nil, []render.Span{{Kind: render.Fallback, Text: d.Title, Lang: d.TitleLang}}, bold)
	} else {
		ps = []piece{{bold, inkText, w.t.printable(bold, d.Title)}}
	}
	ls := w.t.lines(ps, width, 0, 0, 17, 8)
	for i := range ls {
		ls[i].keep = true
	}
	ls = append(ls, w.t.lines([]piece{{italic, inkText, w.t.printable(italic, d.Subtitle)}}, width, 0, 0, bodySize, bodyLH+1)...)
	if d.Edition != "" {
		ls = append(ls, w.t.lines([]piece{{regular, inkText, w.t.printable(regular, d.Edition)}}, width, 0, 0, bodySize, bodyLH+1)...)
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
	ls := w.t.lines(ps, width, 0, 0, headingSize[lv], headingLH[lv])
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
		if b.Number == "" {
			return t.lines(ps, width, 0, 0, bodySize, bodyLH)
		}
		num := piece{bold, inkText, t.printable(bold, b.Number)}
		nw := max(numW, t.width(num, bodySize)+2)
		ls := t.lines(ps, width, nw, nw, bodySize, bodyLH)
		ls[0].segs = append([]seg{{num, 0, t.width(num, bodySize)}}, ls[0].segs...)
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
	}
	stack := []frame{{l, 0, 0}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.i == len(top.l.Items) {
			stack = stack[:len(stack)-1]
			continue
		}
		it, in, depth := top.l.Items[top.i], top.l, top.depth
		top.i++
		ind := numW + indentW*float64(min(depth, maxDepth))
		marker := "•"
		if in.Ordered {
			marker = "(" + string(rune('a'+(top.i-1)%26)) + ")"
		}
		ls := t.lines(t.pieces(nil, it.Spans, regular), width, ind+indentW, ind+indentW, bodySize, bodyLH)
		mp := piece{regular, inkText, marker}
		ls[0].segs = append([]seg{{mp, ind, t.width(mp, bodySize)}}, ls[0].segs...)
		ls[0].h += 0.6
		out = append(out, ls...)
		if it.Children != nil && len(it.Children.Items) > 0 {
			stack = append(stack, frame{it.Children, 0, depth + 1})
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
		row := func(get func(b render.SignatureBlock) piece, size, lh float64, rule bool) {
			var ls [2][]line
			for j, b := range pair {
				p := get(b)
				p.s = t.printable(p.st, p.s)
				ls[j] = t.lines([]piece{p}, colW, 0, 0, size, lh)
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
		row(func(b render.SignatureBlock) piece { return piece{bold, inkText, b.On} }, bodySize, bodyLH, false)
		row(func(b render.SignatureBlock) piece { return piece{regular, inkText, b.Party} }, bodySize, bodyLH, false)
		fields := []func(b render.SignatureBlock) (string, string){
			func(b render.SignatureBlock) (string, string) { return b.PlaceDateLabel, "" },
			func(b render.SignatureBlock) (string, string) { return b.SignatureLabel, "" },
			func(b render.SignatureBlock) (string, string) { return b.NameLabel, b.Name },
			func(b render.SignatureBlock) (string, string) { return b.TitleLabel, b.Title },
		}
		for _, fld := range fields {
			row(func(b render.SignatureBlock) piece { _, v := fld(b); return piece{regular, inkText, v} }, bodySize, 9, true)
			row(func(b render.SignatureBlock) piece { l, _ := fld(b); return piece{regular, inkGrey, l} }, smallSize, smallLH, false)
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
		for i, c := range row {
			if i >= len(tb.Header) || len(c) == 0 {
				continue
			}
			ps := []piece{{bold, inkText, t.printable(bold, tb.Header[i]+": ")}}
			ps = t.pieces(ps, c, regular)
			out = append(out, t.lines(ps, width, 0, indentW, smallSize, smallLH)...)
		}
		out = append(out, line{h: 2})
	}
	return out
}
