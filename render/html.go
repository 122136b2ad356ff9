package render

import (
	"io"
	"strings"

	"github.com/dpakit/dpakit/internal/bytescan"
)

// css is the page's only style sheet: readable on screen and printed on A4.
const css = `@page{size:A4;margin:20mm 18mm 22mm}
body{font-family:Georgia,"Times New Roman",serif;font-size:11pt;line-height:1.45;color:#111;max-width:48em;margin:2em auto;padding:0 1em}
h1{font-size:1.7em;margin:0 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .5em}h3{font-size:1.05em;margin:1.2em 0 .4em}
.subtitle{font-style:italic;margin:0 0 1.5em}
.edition{margin:-1em 0 1.5em}
p{margin:.45em 0}.num{font-weight:bold;margin-right:.4em}
ol.alpha{list-style-type:lower-alpha}
table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em;page-break-inside:auto}
th,td{border:1px solid #888;padding:.25em .4em;vertical-align:top;text-align:left;overflow-wrap:break-word;hyphens:auto}
th{background:#eee}tr{page-break-inside:avoid}
.blank{background:#fff3b0;border-bottom:1px solid #111;padding:0 .3em;font-style:italic}
.blank::before{content:"[ "}.blank::after{content:" ]"}
.fallback .lang{font-size:.8em;color:#555;margin-right:.3em}
.annex{page-break-before:always}
.signatures{display:flex;flex-wrap:wrap;gap:2em;margin-top:1em}
.signature{flex:1 1 16em;page-break-inside:avoid}
.signature .line{border-bottom:1px solid #111;height:2.2em;margin:.2em 0 .1em}
.signature .label{font-size:.85em;color:#444}
nav.toc ol{list-style:none;padding-left:1em}
table.parallel{border:none}table.parallel>tbody>tr>td{border:none;border-top:1px solid #ccc;width:50%;padding:.3em .8em}
.wide{overflow-x:auto;margin:0 calc(50% - min(50vw - 1em, 34em))}.wide table{font-size:.82em}.parallel .wide{margin:0}
@media print{body{max-width:none;margin:0;padding:0}a{color:inherit;text-decoration:none}.wide{overflow:visible;margin:0}.wide table{font-size:.72em}}
`

// htmlWriter writes HTML, escaping every piece of text.
type htmlWriter struct {
	*sink
	suffix string // appended to element ids, so a parallel page has no duplicates
}

func (h *htmlWriter) raw(s string) { h.str(s) }

// esc writes s with &, <, >, " and ' escaped, so text can appear in
// element content and in quoted attribute values alike.
func (h *htmlWriter) esc(s string) {
	for {
		i := bytescan.IndexHTMLSpecial(s)
		if i < 0 {
			h.str(s)
			return
		}
		h.str(s[:i])
		h.str(htmlEscapes[s[i]])
		s = s[i+1:]
	}
}

// htmlEscapes holds the replacement of each byte that must be escaped.
var htmlEscapes = [256]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\'': "&#39;"}

// id writes an anchor id; ids are built by the renderer from fixed words
// and numbers, and anything else is dropped to be safe.
func (h *htmlWriter) id(s string) { h.anchorID(s) }

// anchorChar reports whether c may stand in an anchor id: a lower-case
// letter, a digit or a hyphen. Both the HTML and the Markdown writer keep
// only these.
func anchorChar(c byte) bool { return c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') }

// anchor writes an element id: the safe characters of s and the suffix.
func (h *htmlWriter) anchor(s string) {
	h.id(s)
	h.raw(h.suffix)
}

func (h *htmlWriter) spans(sp []Span) {
	for _, s := range sp {
		switch s.Kind {
		case Blank:
			h.raw(`<span class="blank">`)
			h.esc(s.Text)
			h.raw(`</span>`)
		case Fallback:
			h.raw(`<span class="fallback" lang="`)
			h.id(string(s.Lang))
			h.raw(`"><span class="lang">[`)
			h.id(string(s.Lang))
			h.raw(`]</span>`)
			h.esc(s.Text)
			h.raw(`</span>`)
		case Strong:
			h.raw(`<strong>`)
			h.esc(s.Text)
			h.raw(`</strong>`)
		case Deleted, Inserted:
			tag := "ins"
			if s.Kind == Deleted {
				tag = "del"
			}
			h.raw("<" + tag + ">")
			if s.Lang != "" {
				h.spans([]Span{{Kind: Fallback, Text: s.Text, Lang: s.Lang}})
			} else {
				h.esc(s.Text)
			}
			h.raw("</" + tag + ">")
		default:
			h.esc(s.Text)
		}
	}
}

func writeHTML(w io.Writer, d *Document) error {
	h := &htmlWriter{sink: getSink(w)}
	h.head(d)
	h.raw("<article class=\"dpa\">\n")
	h.body(d)
	h.raw("</article>\n</body>\n</html>\n")
	return putSink(h.sink)
}

func (h *htmlWriter) head(d *Document) {
	h.raw("<!DOCTYPE html>\n<html lang=\"")
	h.id(string(d.Lang))
	h.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	h.esc(d.Title)
	h.raw("</title>\n<style>\n")
	h.raw(css)
	h.raw("</style>\n</head>\n<body>\n")
}

func (h *htmlWriter) body(d *Document) {
	h.raw("<header>\n<h1>")
	h.docTitle(d)
	h.raw("</h1>\n<p class=\"subtitle\">")
	h.esc(d.Subtitle)
	h.raw("</p>\n")
	if d.Edition != "" {
		h.raw("<p class=\"edition\">")
		h.esc(d.Edition)
		h.raw("</p>\n")
	}
	h.raw("</header>\n")
	if d.TOC {
		h.toc(d)
	}
	for _, s := range d.Sections {
		h.section(s, 2)
	}
}

func (h *htmlWriter) toc(d *Document) {
	h.raw("<nav class=\"toc\">\n<h2>")
	h.esc(tocHeading(d))
	h.raw("</h2>\n<ol>\n")
	for _, s := range d.Sections {
		h.raw("<li><a href=\"#")
		h.id(s.ID)
		h.raw("\">")
		h.esc(sectionTitle(s, true))
		h.raw("</a></li>\n")
	}
	h.raw("</ol>\n</nav>\n")
}

func (h *htmlWriter) section(s *Section, level int) {
	h.raw("<section id=\"")
	h.anchor(s.ID)
	if s.Annex && level == 2 {
		h.raw("\" class=\"annex\">\n")
	} else {
		h.raw("\" class=\"clause\">\n")
	}
	open, closeTag := "<h2>", "</h2>\n"
	if level > 2 {
		open, closeTag = "<h3>", "</h3>\n"
	}
	h.raw(open)
	h.title(s, level == 2)
	h.raw(closeTag)
	for _, b := range s.Blocks {
		h.block(b)
	}
	for _, sub := range s.Sections {
		h.section(sub, level+1)
	}
	h.raw("</section>\n")
}

func (h *htmlWriter) block(b Block) {
	switch b := b.(type) {
	case *Paragraph:
		h.raw("<p id=\"")
		h.anchor(b.ID)
		h.raw("\">")
		if b.Number != "" {
			h.raw("<span class=\"num\">")
			h.esc(b.Number)
			h.raw("</span>")
		}
		h.spans(b.Spans)
		h.raw("</p>\n")
	case *List:
		h.list(b)
	case *Table:
		h.table(b)
	case *Signatures:
		h.signatures(b)
	}
}

// list writes a list and its nested lists with an explicit stack, so a
// chain thousands of levels deep cannot overflow.
func (h *htmlWriter) list(l *List) {
	type frame struct {
		l *List
		i int
	}
	open := func(l *List) {
		if l.Ordered {
			h.raw("<ol class=\"alpha\">\n")
		} else {
			h.raw("<ul>\n")
		}
	}
	closeList := func(l *List) {
		if l.Ordered {
			h.raw("</ol>\n")
		} else {
			h.raw("</ul>\n")
		}
	}
	open(l)
	stack := []frame{{l, 0}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if f.i == len(f.l.Items) {
			closeList(f.l)
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				h.raw("</li>\n")
			}
			continue
		}
		it := f.l.Items[f.i]
		f.i++
		h.raw("<li>")
		h.spans(it.Spans)
		if it.Children != nil && len(it.Children.Items) > 0 {
			h.raw("\n")
			open(it.Children)
			stack = append(stack, frame{it.Children, 0})
			continue
		}
		h.raw("</li>\n")
	}
}

func (h *htmlWriter) table(t *Table) {
	wide := len(t.Header) >= wideTable
	if wide {
		h.raw("<div class=\"wide\">\n")
	}
	h.raw("<table id=\"")
	h.anchor(t.ID)
	h.raw("\">\n")
	if t.Caption != "" {
		h.raw("<caption>")
		h.esc(t.Caption)
		h.raw("</caption>\n")
	}
	h.raw("<thead><tr>")
	for i, c := range t.Header {
		h.raw("<th scope=\"col\">")
		if i < len(t.HeaderSpans) {
			h.spans(t.HeaderSpans[i])
		} else {
			h.esc(c)
		}
		h.raw("</th>")
	}
	h.raw("</tr></thead>\n<tbody>\n")
	for _, row := range t.Rows {
		h.raw("<tr>")
		for i, c := range row {
			if i == 0 && t.RowLabels {
				h.raw("<th scope=\"row\">")
				h.spans(c)
				h.raw("</th>")
				continue
			}
			h.raw("<td>")
			h.spans(c)
			h.raw("</td>")
		}
		h.raw("</tr>\n")
	}
	h.raw("</tbody>\n</table>\n")
	if wide {
		h.raw("</div>\n")
	}
}

// wideTable is the number of columns from which a table gets more width
// than the text beside it, up to the window's, and a smaller font, and
// scrolls sideways where even that is too narrow: Annex B's eight columns
// of long Nordic compounds ("Registreringsnummer", "Overførselsgrundlag")
// do not fit in 48em at the body's size, and their last column was cut off.
const wideTable = 7

func (h *htmlWriter) signatures(s *Signatures) {
	h.raw("<div class=\"signatures\" id=\"")
	h.anchor(s.ID)
	h.raw("\">\n")
	for _, b := range s.Blocks {
		h.raw("<div class=\"signature\">\n<p><strong>")
		h.esc(b.On)
		h.raw("</strong><br>")
		h.esc(b.Party)
		h.raw("</p>\n")
		for _, l := range b.Lines() {
			h.raw("<div class=\"line\">")
			h.spans(l.Value)
			h.raw("</div><div class=\"label\">")
			h.esc(l.Label)
			h.raw("</div>\n")
		}
		h.raw("</div>\n")
	}
	h.raw("</div>\n")
}

// writeParallel writes two documents of the same agreement side by side,
// clause by clause. Both come from the same agreement, so their sections
// and blocks line up one to one.
func writeParallel(w io.Writer, left, right *Document) error {
	h := &htmlWriter{sink: getSink(w)}
	h.head(&Document{Lang: left.Lang, Title: left.Title + " / " + right.Title})
	h.raw("<table class=\"parallel\">\n<colgroup><col><col></colgroup>\n<tbody>\n")
	cellOf := func(d *Document, f func()) {
		h.raw("<td lang=\"")
		h.id(string(d.Lang))
		h.raw("\">")
		f()
		h.raw("</td>")
	}
	h.raw("<tr>")
	for _, d := range []*Document{left, right} {
		cellOf(d, func() {
			h.raw("<h1>")
			h.docTitle(d)
			h.raw("</h1><p class=\"subtitle\">")
			h.esc(d.Subtitle)
			h.raw("</p>")
			if d.Edition != "" {
				h.raw("<p class=\"edition\">")
				h.esc(d.Edition)
				h.raw("</p>")
			}
		})
	}
	h.raw("</tr>\n")
	// The sections are written depth first, in order, from an explicit
	// stack: each pair's subsections are pushed in reverse, so the first is
	// popped next. Every pair is pushed and popped once, so the time is
	// linear in the number of sections.
	type pair struct{ l, r *Section }
	var stack []pair
	pushPairs := func(l, r []*Section) {
		for i := min(len(l), len(r)) - 1; i >= 0; i-- {
			stack = append(stack, pair{l[i], r[i]})
		}
	}
	pushPairs(left.Sections, right.Sections)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		h.raw("<tr id=\"")
		h.id(p.l.ID)
		h.raw("\">")
		for _, s := range []*Section{p.l, p.r} {
			d := left
			if s == p.r {
				d = right
			}
			cellOf(d, func() {
				h.raw("<h2>")
				h.title(s, !strings.Contains(s.Number, "."))
				h.raw("</h2>")
			})
		}
		h.raw("</tr>\n")
		for i := range p.l.Blocks {
			if i >= len(p.r.Blocks) {
				break
			}
			h.raw("<tr>")
			cellOf(left, func() { h.block(p.l.Blocks[i]) })
			h.suffix = "-" + string(right.Lang)
			cellOf(right, func() { h.block(p.r.Blocks[i]) })
			h.suffix = ""
			h.raw("</tr>\n")
		}
		pushPairs(p.l.Sections, p.r.Sections)
	}
	h.raw("</tbody>\n</table>\n</body>\n</html>\n")
	return putSink(h.sink)
}

// docTitle writes the agreement's title, marked as fallback text is when
// it comes from another language.
func (h *htmlWriter) docTitle(d *Document) {
	if d.TitleLang != "" {
		h.spans([]Span{{Kind: Fallback, Text: d.Title, Lang: d.TitleLang}})
		return
	}
	h.esc(d.Title)
}

// title writes a section's heading with its number, as sectionTitle
// builds it, without building the string.
func (h *htmlWriter) title(s *Section, top bool) {
	number, sep := titleNumber(s, top)
	h.esc(number)
	h.raw(sep)
	if s.HeadingKind != Plain {
		h.spans(s.HeadingSpans())
		return
	}
	h.esc(s.Heading)
}
