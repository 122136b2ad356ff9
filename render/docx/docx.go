package docx

import (
	"archive/zip"
	"bufio"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/reuse"
	"github.com/dpakit/dpakit/render"
	"github.com/klauspost/compress/flate"
)

// Write writes d as a Word document. The same document gives the same
// bytes: the file times are the agreement's date and nothing depends on the
// clock or on map order. A nil writer is [render.ErrNilWriter] and a nil
// document [render.ErrNilDocument].
func Write(w io.Writer, d *render.Document) error {
	if w == nil {
		return render.ErrNilWriter
	}
	if d == nil {
		return render.ErrNilDocument
	}
	return writePackage(w, d, nil)
}

// WriteParallel writes two documents of the same agreement side by side as
// one Word document, a two-column table with a row per heading and per
// block, as [render.Parallel] does in HTML. The bookmarks of the right
// column end in its language ("breach-sv"). A nil writer is
// [render.ErrNilWriter] and a nil document [render.ErrNilDocument].
func WriteParallel(w io.Writer, left, right *render.Document) error {
	if w == nil {
		return render.ErrNilWriter
	}
	if left == nil || right == nil {
		return render.ErrNilDocument
	}
	return writePackage(w, left, right)
}

// Lang returns the language tag Word uses for l: sv-SE, nb-NO, da-DK, or
// en-GB for English and anything else.
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

// flaters keeps compressors for reuse: a flate.Writer costs some hundreds
// of kilobytes to make, more than a whole document.
var flaters = reuse.New(4, func() *flate.Writer {
	f, _ := flate.NewWriter(nil, flate.BestSpeed)
	return f
})

type keptFlate struct{ *flate.Writer }

func (p keptFlate) Close() error {
	err := p.Writer.Close()
	p.Writer.Reset(nil) // keep no reference to the package being written
	flaters.Put(p.Writer)
	return err
}

func compressor(w io.Writer) (io.WriteCloser, error) {
	f := flaters.Get()
	f.Reset(w)
	return keptFlate{f}, nil
}

var bufs = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 32<<10) }}

// writer writes the parts of one package.
type writer struct {
	x     xw
	lang  string // the document's w:lang
	docs  [2]*render.Document
	mark  int    // the next bookmark id
	sufx  string // appended to bookmark names in the right column
	cell  bool   // writing inside a table cell
	runLg string // the language of the runs being written
	paras int    // paragraphs written, so a cell is never left empty
}

func writePackage(out io.Writer, d, right *render.Document) error {
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, compressor)
	bw := bufs.Get().(*bufio.Writer)
	defer bufs.Put(bw)
	wr := &writer{x: xw{bw}, lang: Lang(d.Lang), docs: [2]*render.Document{d, right}}
	mod := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if d.Date.Valid() && d.Date.Year >= 1980 {
		mod = time.Date(d.Date.Year, d.Date.Month, d.Date.Day, 0, 0, 0, 0, time.UTC)
	}
	part := func(name string, f func()) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return err
		}
		bw.Reset(fw)
		f()
		return bw.Flush()
	}
	static := func(s string) func() { return func() { wr.x.raw(s) } }
	for _, p := range []struct {
		name string
		f    func()
	}{
		{"[Content_Types].xml", static(contentTypes)},
		{"_rels/.rels", static(rootRels)},
		{"docProps/core.xml", wr.core},
		{"docProps/app.xml", static(appProps)},
		{"word/_rels/document.xml.rels", static(documentRels)},
		{"word/document.xml", wr.document},
		{"word/styles.xml", func() { wr.x.raw(stylesHead); wr.x.raw(wr.lang); wr.x.raw(stylesTail) }},
		{"word/settings.xml", func() { wr.x.raw(settingsHead); wr.x.raw(wr.lang); wr.x.raw(settingsTail) }},
		{"word/numbering.xml", static(numbering)},
		{"word/footer1.xml", wr.footer},
	} {
		if err := part(p.name, p.f); err != nil {
			return err
		}
	}
	return zw.Close()
}

// title is the document's title, both titles for a parallel document.
func (wr *writer) title() string {
	d, r := wr.docs[0], wr.docs[1]
	if r != nil {
		return d.Title + " / " + r.Title
	}
	return d.Title
}

func (wr *writer) core() {
	d, x := wr.docs[0], wr.x
	x.raw(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	x.esc(wr.title())
	x.raw(`</dc:title><dc:subject>`)
	x.esc(d.Subtitle)
	x.raw(`</dc:subject><dc:creator>dpakit</dc:creator>`)
	if d.ID != "" {
		x.raw(`<dc:identifier>`)
		x.esc(d.ID)
		x.raw(`</dc:identifier>`)
	}
	x.raw(`<dc:language>`)
	x.raw(wr.lang)
	x.raw(`</dc:language>`)
	if d.Version != "" {
		x.raw(`<cp:version>`)
		x.esc(d.Version)
		x.raw(`</cp:version>`)
	}
	if d.Draft {
		x.raw(`<cp:contentStatus>draft</cp:contentStatus>`)
	} else {
		x.raw(`<cp:contentStatus>final</cp:contentStatus>`)
	}
	if d.Date.Valid() {
		for _, el := range []string{"created", "modified"} {
			x.raw(`<dcterms:` + el + ` xsi:type="dcterms:W3CDTF">`)
			x.raw(d.Date.String())
			x.raw(`T00:00:00Z</dcterms:` + el + `>`)
		}
	}
	x.raw(`</cp:coreProperties>`)
}

// footer writes the agreement's reference on the left and the page number
// on the right, as fields Word and LibreOffice fill in.
func (wr *writer) footer() {
	d, x := wr.docs[0], wr.x
	wr.runLg = wr.lang
	x.raw(xmlHeader + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`)
	if ref := d.Reference(); ref != "" {
		wr.run("", ref)
	}
	x.raw(`<w:r><w:tab/></w:r>`)
	page := d.PageOf("\x00", "\x01")
	for page != "" {
		i := strings.IndexAny(page, "\x00\x01")
		if i < 0 {
			wr.run("", page)
			break
		}
		if i > 0 {
			wr.run("", page[:i])
		}
		field := " PAGE "
		if page[i] == 1 {
			field = " NUMPAGES "
		}
		x.raw(`<w:fldSimple w:instr="` + field + `"><w:r><w:t>1</w:t></w:r></w:fldSimple>`)
		page = page[i+1:]
	}
	x.raw(`</w:p></w:ftr>`)
}

// run writes one run of text in the run language, with a character style
// when style is not empty.
func (wr *writer) run(style, text string) {
	x := wr.x
	x.raw(`<w:r><w:rPr>`)
	if style != "" {
		x.raw(`<w:rStyle w:val="`)
		x.raw(style)
		x.raw(`"/>`)
	}
	x.raw(`<w:lang w:val="`)
	x.raw(wr.runLg)
	x.raw(`"/></w:rPr><w:t xml:space="preserve">`)
	x.esc(text)
	x.raw(`</w:t></w:r>`)
}

// spans writes the runs of a paragraph: blanks highlighted in brackets as
// the text writer shows them, fallback text marked with its language and in
// that language, emphasis in bold, an amendment's deletions struck through
// and its insertions underlined (as formatting, not as Word's tracked
// changes, which would need an author and could be accepted away).
func (wr *writer) spans(sp []render.Span) {
	for _, s := range sp {
		switch s.Kind {
		case render.Blank:
			wr.run("Blank", "[_____ "+s.Text+"]")
		case render.Fallback:
			lg := wr.runLg
			wr.runLg = Lang(s.Lang)
			wr.run("Fallback", "("+string(s.Lang)+") ")
			wr.run("", s.Text)
			wr.runLg = lg
		case render.Strong:
			wr.run("Strong", s.Text)
		case render.Deleted, render.Inserted:
			style := "Inserted"
			if s.Kind == render.Deleted {
				style = "Deleted"
			}
			if s.Lang != "" {
				// A change wholly in another language: its mark as a
				// fallback's, then the changed text in that language.
				lg := wr.runLg
				wr.runLg = Lang(s.Lang)
				wr.run("Fallback", "("+string(s.Lang)+") ")
				wr.run(style, s.Text)
				wr.runLg = lg
				continue
			}
			wr.run(style, s.Text)
		default:
			wr.run("", s.Text)
		}
	}
}

// para opens a paragraph of a style; extra is more paragraph properties.
func (wr *writer) para(style, extra string) {
	wr.paras++
	wr.x.raw(`<w:p><w:pPr><w:pStyle w:val="`)
	wr.x.raw(style)
	wr.x.raw(`"/>`)
	wr.x.raw(extra)
	wr.x.raw(`</w:pPr>`)
}

// bookmark opens a bookmark named id (with the column's suffix) and returns
// the function that closes it; an empty id has none.
func (wr *writer) bookmark(id string) func() {
	if id == "" {
		return func() {}
	}
	wr.mark++
	n := itoa(wr.mark)
	wr.x.raw(`<w:bookmarkStart w:id="` + n + `" w:name="`)
	wr.x.name(id)
	wr.x.name(wr.sufx)
	wr.x.raw(`"/>`)
	return func() { wr.x.raw(`<w:bookmarkEnd w:id="` + n + `"/>`) }
}

func (wr *writer) document() {
	x := wr.x
	x.raw(xmlHeader + `<w:document ` + nsW + `><w:body>`)
	if wr.docs[1] != nil {
		wr.parallel()
	} else {
		d := wr.docs[0]
		wr.runLg = wr.lang
		wr.docTitle(d)
		if d.TOC {
			wr.toc(d)
		}
		wr.sections(d.Sections)
	}
	x.raw(sectPr)
	x.raw(`</w:body></w:document>`)
}

func (wr *writer) docTitle(d *render.Document) {
	wr.para("Title", "")
	if d.TitleLang != "" {
		wr.spans([]render.Span{{Kind: render.Fallback, Text: d.Title, Lang: d.TitleLang}})
	} else {
		wr.run("", d.Title)
	}
	wr.x.raw(`</w:p>`)
	wr.para("Subtitle", "")
	wr.run("", d.Subtitle)
	wr.x.raw(`</w:p>`)
	if d.Edition != "" {
		wr.para("Subtitle", "")
		wr.run("", d.Edition)
		wr.x.raw(`</w:p>`)
	}
}

// toc writes a table of contents of the top-level sections, each a link to
// its bookmark.
func (wr *writer) toc(d *render.Document) {
	wr.para("TOCHeading", "")
	wr.run("", d.TOCHeading())
	wr.x.raw(`</w:p>`)
	for _, s := range d.Sections {
		wr.para("TOC1", "")
		wr.x.raw(`<w:hyperlink w:anchor="`)
		wr.x.name(s.ID)
		wr.x.raw(`">`)
		wr.run("Hyperlink", s.Prefix(true)+s.Heading)
		wr.x.raw(`</w:hyperlink></w:p>`)
	}
}

// sections writes the sections depth first from an explicit stack.
func (wr *writer) sections(top []*render.Section) {
	type frame struct {
		s     *render.Section
		level int
	}
	var stack []frame
	for i := len(top) - 1; i >= 0; i-- {
		stack = append(stack, frame{top[i], 1})
	}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		wr.heading(f.s, f.level, f.level == 1)
		for _, b := range f.s.Blocks {
			wr.block(b)
		}
		for i := len(f.s.Sections) - 1; i >= 0; i-- {
			stack = append(stack, frame{f.s.Sections[i], f.level + 1})
		}
	}
}

func (wr *writer) heading(s *render.Section, level int, top bool) {
	style, extra := "Heading1", ""
	switch {
	case level == 2:
		style = "Heading2"
	case level > 2:
		style = "Heading3"
	}
	if s.Annex && top && !wr.cell {
		extra = `<w:pageBreakBefore/>`
	}
	wr.para(style, extra)
	end := wr.bookmark(s.ID)
	if s.HeadingKind == render.Plain {
		wr.run("", s.Prefix(top)+s.Heading)
	} else {
		wr.run("", s.Prefix(top))
		wr.spans(s.HeadingSpans())
	}
	end()
	wr.x.raw(`</w:p>`)
}

func (wr *writer) block(b render.Block) {
	switch b := b.(type) {
	case *render.Paragraph:
		if b.Number != "" {
			wr.para("Clause", "")
		} else {
			wr.para("Normal", "")
		}
		end := wr.bookmark(b.ID)
		if b.Number != "" {
			wr.run("", b.Number)
			wr.x.raw(`<w:r><w:tab/></w:r>`)
		}
		wr.spans(b.Spans)
		end()
		wr.x.raw(`</w:p>`)
	case *render.List:
		wr.list(b)
	case *render.Table:
		wr.table(b)
	case *render.Signatures:
		wr.signatures(b)
	}
}

// maxDepth is the deepest indent; deeper list levels keep it.
const maxDepth = 8

// list writes a list and its nested lists with an explicit stack, so a
// chain thousands of levels deep cannot overflow. Bullets are Word's own
// numbering; ordered items carry (a), (b) … as text.
func (wr *writer) list(l *render.List) {
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
		lvl := min(depth, maxDepth)
		if in.Ordered {
			left := itoa(hanging + 425 + 425*lvl)
			wr.para("ListAlpha", `<w:tabs><w:tab w:val="left" w:pos="`+left+`"/></w:tabs><w:ind w:left="`+left+`" w:hanging="425"/>`)
			wr.run("", "("+string(rune('a'+(top.i-1)%26))+")")
			wr.x.raw(`<w:r><w:tab/></w:r>`)
		} else {
			wr.para("ListBullet", `<w:numPr><w:ilvl w:val="`+itoa(lvl)+`"/><w:numId w:val="1"/></w:numPr>`)
		}
		wr.spans(it.Spans)
		wr.x.raw(`</w:p>`)
		if it.Children != nil && len(it.Children.Items) > 0 {
			stack = append(stack, frame{it.Children, 0, depth + 1})
		}
	}
}

// tblOpen opens a table of n columns as wide as the text (or the cell),
// with grid lines unless plain; cols are the columns' shares of the width,
// nil for equal ones.
func (wr *writer) tblOpen(n int, plain bool, cols []int) {
	x := wr.x
	x.raw(`<w:tbl><w:tblPr>`)
	if !plain {
		x.raw(`<w:tblStyle w:val="TableGrid"/>`)
	}
	x.raw(`<w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	width := textWidth
	if wr.cell {
		width = textWidth/2 - 216
	}
	sum := 0
	for _, c := range cols {
		sum += c
	}
	for i := range n {
		w := width / n
		if len(cols) == n && sum > 0 {
			w = width * cols[i] / sum
		}
		x.raw(`<w:gridCol w:w="` + itoa(w) + `"/>`)
	}
	x.raw(`</w:tblGrid>`)
}

// tblClose closes a table; in a cell, and before anything else, a table
// must be followed by a paragraph.
func (wr *writer) tblClose() {
	wr.paras++
	wr.x.raw(`</w:tbl>`)
	wr.x.raw(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`)
}

func (wr *writer) table(t *render.Table) {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	if n == 0 {
		return
	}
	if t.Caption != "" {
		wr.para("Caption", "")
		wr.run("", t.Caption)
		wr.x.raw(`</w:p>`)
	}
	wr.tblOpen(n, false, columns(t, n))
	x := wr.x
	x.raw(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i := range n {
		x.raw(`<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/></w:tcPr>`)
		wr.para("TableHeading", "")
		var end func()
		if i == 0 {
			end = wr.bookmark(t.ID)
		}
		switch {
		case i < len(t.HeaderSpans):
			wr.spans(t.HeaderSpans[i])
		case i < len(t.Header):
			wr.run("", t.Header[i])
		}
		if end != nil {
			end()
		}
		x.raw(`</w:p></w:tc>`)
	}
	x.raw(`</w:tr>`)
	for _, r := range t.Rows {
		x.raw(`<w:tr>`)
		for i := range n {
			x.raw(`<w:tc>`)
			wr.para("TableText", "")
			if i < len(r) {
				wr.spans(r[i])
			}
			x.raw(`</w:p></w:tc>`)
		}
		x.raw(`</w:tr>`)
	}
	wr.tblClose()
}

// columns shares a table's width among its n columns by the text they
// hold, counted in characters on the first rows: each gets its longest word
// up to twelve characters, so ordinary words do not break, then more in
// proportion to its text, up to 45 characters' worth. The same document
// always gives the same widths.
func columns(t *render.Table, n int) []int {
	const rows = 200
	longest, chars := make([]int, n), make([]int, n)
	note := func(i int, s string) {
		c, word := 0, 0
		for _, r := range s {
			c++
			if r == ' ' {
				longest[i], word = max(longest[i], word), 0
			} else {
				word++
			}
		}
		longest[i] = max(longest[i], word)
		chars[i] = max(chars[i], c)
	}
	for i := range min(n, len(t.Header)) {
		note(i, t.Header[i])
	}
	for r, row := range t.Rows {
		if r == rows {
			break
		}
		for i := range min(n, len(row)) {
			var b strings.Builder
			for _, sp := range row[i] {
				b.WriteString(sp.Text)
				b.WriteByte(' ')
			}
			note(i, b.String())
		}
	}
	minSum, extra := 0, 0
	base, more := make([]int, n), make([]int, n)
	for i := range n {
		base[i] = max(4, min(longest[i], 12))
		more[i] = max(0, min(chars[i], 45)-base[i])
		minSum += base[i]
		extra += more[i]
	}
	// In characters of about 100 twips at the table's 9.5 points.
	room := textWidth/100 - minSum
	cols := make([]int, n)
	for i := range n {
		cols[i] = base[i] * 100
		if room > 0 && extra > 0 {
			cols[i] += min(more[i], more[i]*room/extra) * 100
		}
	}
	return cols
}

// signatures writes the signature blocks two to a row in a table without
// lines: for each party the side it signs for, its name, and the lines for
// place and date, signature, name and title with their labels.
func (wr *writer) signatures(s *render.Signatures) {
	if len(s.Blocks) == 0 {
		return
	}
	per := min(2, len(s.Blocks))
	wr.para("Normal", `<w:keepNext/>`)
	end := wr.bookmark(s.ID)
	end()
	wr.x.raw(`</w:p>`)
	wr.tblOpen(per, true, nil)
	for i := 0; i < len(s.Blocks); i += per {
		wr.x.raw(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for j := i; j < i+per; j++ {
			wr.x.raw(`<w:tc>`)
			if j >= len(s.Blocks) {
				wr.x.raw(`<w:p/></w:tc>`)
				continue
			}
			b := s.Blocks[j]
			wr.para("Normal", `<w:keepNext/>`)
			wr.run("Strong", b.On)
			wr.x.raw(`</w:p>`)
			wr.para("Normal", `<w:keepNext/>`)
			wr.run("", b.Party)
			wr.x.raw(`</w:p>`)
			for _, l := range b.Lines() {
				wr.para("SignatureLine", "")
				wr.spans(l.Value)
				wr.x.raw(`</w:p>`)
				wr.para("SignatureLabel", `<w:keepNext/>`)
				wr.run("", l.Label)
				wr.x.raw(`</w:p>`)
			}
			wr.x.raw(`</w:tc>`)
		}
		wr.x.raw(`</w:tr>`)
	}
	wr.tblClose()
}

// parallel writes the two documents side by side: a row for the titles,
// then for each pair of sections a row of headings and a row per pair of
// blocks, as the HTML writer lines them up.
func (wr *writer) parallel() {
	left, right := wr.docs[0], wr.docs[1]
	wr.tblOpen(2, true, nil)
	wr.cell = true
	cell := func(d *render.Document, f func()) {
		wr.x.raw(`<w:tc>`)
		wr.runLg = Lang(d.Lang)
		if d == right {
			wr.sufx = "-" + string(d.Lang)
		}
		f()
		wr.sufx = ""
		wr.x.raw(`</w:tc>`)
	}
	wr.x.raw(`<w:tr>`)
	for _, d := range []*render.Document{left, right} {
		cell(d, func() { wr.docTitle(d) })
	}
	wr.x.raw(`</w:tr>`)
	type pair struct {
		l, r  *render.Section
		level int
	}
	var stack []pair
	push := func(l, r []*render.Section, level int) {
		for i := min(len(l), len(r)) - 1; i >= 0; i-- {
			stack = append(stack, pair{l[i], r[i], level})
		}
	}
	push(left.Sections, right.Sections, 1)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		wr.x.raw(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		cell(left, func() { wr.heading(p.l, p.level, p.level == 1) })
		cell(right, func() { wr.heading(p.r, p.level, p.level == 1) })
		wr.x.raw(`</w:tr>`)
		for i := range min(len(p.l.Blocks), len(p.r.Blocks)) {
			wr.x.raw(`<w:tr>`)
			cell(left, func() { wr.cellBlock(p.l.Blocks[i]) })
			cell(right, func() { wr.cellBlock(p.r.Blocks[i]) })
			wr.x.raw(`</w:tr>`)
		}
		push(p.l.Sections, p.r.Sections, p.level+1)
	}
	wr.cell = false
	wr.tblClose()
}

// cellBlock writes a block in a cell, which must hold a paragraph.
func (wr *writer) cellBlock(b render.Block) {
	n := wr.paras
	wr.block(b)
	if wr.paras == n {
		wr.x.raw(`<w:p/>`)
	}
}
