package render

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type mdWriter struct{ *sink }

func (m *mdWriter) raw(s string) { m.str(s) }

// esc writes text so that Markdown shows it literally, wherever it stands
// on a line: the characters that start emphasis, links, code, HTML, tables
// and headings are backslash escaped, and "&", "<" and ">" become
// entities, so no HTML or entity in the input is ever interpreted. What
// GFM would turn into a link by itself is broken up: the ":" of "://"
// (http://, https://, ftp://), the "." after "www" and every "@" (an
// e-mail address) are escaped. What would start a block at the beginning
// of a line is lineText's business.
func (m *mdWriter) esc(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if !mdSpecial[s[i]] {
			continue
		}
		switch s[i] {
		case ':':
			if !strings.HasPrefix(s[i+1:], "//") {
				continue
			}
		case '.':
			if !m.afterWWW(s, i) {
				continue
			}
		}
		m.str(s[last:i])
		m.str(mdEscapes[s[i]])
		last = i + 1
	}
	m.str(s[last:])
}

// afterWWW reports whether the three bytes written before s[i] spell
// "www" in any case; those before s come from the output so far.
func (m *mdWriter) afterWWW(s string, i int) bool {
	for back := 1; back <= 3; back++ {
		var c byte
		if i >= back {
			c = s[i-back]
		} else {
			c = m.tailByte(back - i)
		}
		if c|0x20 != 'w' {
			return false
		}
	}
	return true
}

// mdEscapes holds the replacement of each byte Markdown would interpret;
// esc replaces ":" and "." only where they would complete a link.
var mdEscapes = [256]string{'\\': `\\`, '`': "\\`", '*': `\*`, '_': `\_`, '[': `\[`, ']': `\]`, '#': `\#`, '|': `\|`, '~': `\~`,
	'<': "&lt;", '>': "&gt;", '&': "&amp;", '@': `\@`, ':': `\:`, '.': `\.`}

// mdSpecial marks the bytes mdEscapes replaces: a table of bytes, which
// esc scans faster than one of strings.
var mdSpecial = func() (t [256]bool) {
	for c, rep := range mdEscapes {
		t[c] = rep != ""
	}
	return t
}()

// lineText writes plain text that may begin a line, where Markdown would
// read a block: spaces and tabs that would indent it (into a code block,
// or a list item's content) are dropped while lead is set, since a reader
// never sees them, and what would start a list item ("- ", "+ ", "1. ",
// "2) "), a thematic break ("- - -") or a heading underline ("===", "---")
// is escaped, even when the digits and the full stop come in different
// spans. The other characters that open blocks (*, _, #, `, ~, >, <, |)
// esc escapes anywhere. lead stays set while nothing but white space has
// been written on the line, and digits counts the digits written since.
func (m *mdWriter) lineText(text string, lead *bool, digits *int) {
	if !*lead {
		m.esc(text)
		return
	}
	if *digits == 0 {
		text = strings.TrimLeft(text, " \t")
	}
	i := strings.IndexFunc(text, func(r rune) bool { return r < '0' || r > '9' })
	switch {
	case i < 0: // digits only, or nothing: the line may still start a list
		*digits += len(text)
		m.raw(text)
		return
	case *digits+i == 0 && (text[0] == '-' || text[0] == '+' || text[0] == '='):
		m.raw(`\`)
	case *digits+i > 0 && (text[i] == '.' || text[i] == ')'):
		m.raw(text[:i])
		m.raw(`\`)
		text = text[i:]
	}
	*lead = false
	m.esc(text)
}

// spans writes running text; lineStart says it begins a line (see
// lineText). Emphasis is **text**, a deletion ~~text~~ (GFM's
// strikethrough) and an insertion <ins>text</ins> (GFM passes the tag
// through, and a reader of the source sees it), each as marked writes it.
func (m *mdWriter) spans(sp []Span, lineStart bool) {
	lead := lineStart // the line so far holds nothing but white space and digits
	digits := 0       // how many digits
	for _, s := range sp {
		switch s.Kind {
		case Blank:
			m.raw(`**\[\_\_\_\_\_ `)
			m.esc(s.Text)
			m.raw(`\]**`)
		case Fallback:
			m.raw(`*(`)
			m.id(string(s.Lang))
			m.raw(`)* `)
			m.esc(s.Text)
		case Strong:
			m.marked("**", "**", s.Text, &lead, &digits)
			continue
		case Deleted, Inserted:
			open, closing := "<ins>", "</ins>"
			if s.Kind == Deleted {
				open, closing = "~~", "~~"
			}
			if s.Lang != "" {
				// A change wholly in another language: its mark as a
				// fallback's, inside the change's ("<ins>*(da)* …</ins>").
				// The text never begins with white space, so the mark can
				// go first.
				m.raw(open)
				m.raw(`*(`)
				m.id(string(s.Lang))
				m.raw(`)* `)
				open = ""
			}
			m.marked(open, closing, s.Text, &lead, &digits)
			continue
		default:
			if !lead {
				m.esc(s.Text)
				continue
			}
			m.lineText(s.Text, &lead, &digits)
			continue
		}
		lead = false
	}
}

// marked writes text between the marks of emphasis, a deletion or an
// insertion, without its surrounding white space, which would keep
// asterisks or tildes from opening or closing; marked white space alone is
// written as plain text, since "** **" at the start of a line is a
// thematic break. Text inside the marks is escaped as all text is, so
// it can close none of them ("~" and "<" are escaped).
func (m *mdWriter) marked(open, closing, text string, lead *bool, digits *int) {
	if n := len(text); n > 0 && text[0] > ' ' && text[0] < utf8.RuneSelf && text[n-1] > ' ' && text[n-1] < utf8.RuneSelf {
		m.raw(open) // no white space at either end: the common case
		m.esc(text)
		m.raw(closing)
		*lead = false
		return
	}
	body := strings.TrimLeftFunc(text, unicode.IsSpace)
	before := text[:len(text)-len(body)]
	body = strings.TrimRightFunc(body, unicode.IsSpace)
	if body == "" {
		m.lineText(text, lead, digits)
		return
	}
	if !*lead {
		m.raw(before)
	}
	m.raw(open)
	m.esc(body)
	m.raw(closing)
	m.raw(text[len(before)+len(body):])
	*lead = false
}

func writeMarkdown(w io.Writer, d *Document) error {
	m := &mdWriter{getSink(w)}
	m.raw("# ")
	if d.TitleLang != "" {
		m.spans([]Span{{Kind: Fallback, Text: d.Title, Lang: d.TitleLang}}, false)
	} else {
		m.esc(d.Title)
	}
	m.raw("\n\n*")
	m.esc(d.Subtitle)
	m.raw("*\n\n")
	if d.Edition != "" {
		m.esc(d.Edition)
		m.raw("\n\n")
	}
	if d.TOC {
		m.raw("## ")
		m.esc(tocHeading(d))
		m.raw("\n\n")
		for _, s := range d.Sections {
			m.raw("- [")
			m.esc(sectionTitle(s, true))
			m.raw("](#")
			m.id(s.ID)
			m.raw(")\n")
		}
		m.raw("\n")
	}
	for _, s := range d.Sections {
		m.section(s, 2)
	}
	return putSink(m.sink)
}

// id writes the safe characters of an anchor id (see anchorChar).
func (m *mdWriter) id(s string) { m.anchorID(s) }

func (m *mdWriter) section(s *Section, level int) {
	m.raw("<a id=\"")
	m.id(s.ID)
	m.raw("\"></a>\n\n")
	m.raw("######"[:min(level, 6)])
	m.raw(" ")
	if s.HeadingKind != Plain {
		number, sep := titleNumber(s, level == 2)
		m.esc(number)
		m.raw(sep)
		m.spans(s.HeadingSpans(), number == "")
	} else {
		m.esc(sectionTitle(s, level == 2))
	}
	m.raw("\n\n")
	for _, b := range s.Blocks {
		m.block(b)
	}
	for _, sub := range s.Sections {
		m.section(sub, level+1)
	}
}

func (m *mdWriter) block(b Block) {
	switch b := b.(type) {
	case *Paragraph:
		if b.Number != "" {
			m.raw("**")
			m.raw(b.Number)
			m.raw("** ")
			m.spans(b.Spans, false)
		} else {
			m.spans(b.Spans, true)
		}
		m.raw("\n\n")
	case *List:
		m.list(b)
		m.raw("\n")
	case *Table:
		m.table(b)
	case *Signatures:
		for _, s := range b.Blocks {
			m.raw("**")
			m.esc(s.On)
			m.raw("**  \n")
			lead, digits := true, 0 // the party's name begins the paragraph's second line
			m.lineText(s.Party, &lead, &digits)
			m.raw("\n\n")
			for _, l := range s.Lines() {
				m.esc(l.Label)
				m.raw(": ")
				switch {
				case len(l.Value) > 0:
					m.spans(l.Value, false)
				default:
					m.raw(`\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_`)
				}
				m.raw("  \n")
			}
			m.raw("\n")
		}
	}
}

// maxIndent is the deepest level Markdown and text lists indent to; deeper
// items (a processor chain thousands of levels deep) stay at that indent,
// so the output grows linearly with the chain. HTML nests to any depth.
const maxIndent = 20

// list writes nested lists iteratively, indenting each level up to
// maxIndent.
func (m *mdWriter) list(l *List) {
	eachItem(l, func(it ListItem, in *List, n, depth int) {
		for range min(depth, maxIndent) {
			m.raw("  ")
		}
		if in.Ordered {
			m.raw(strconv.Itoa(n))
			m.raw(". ")
		} else {
			m.raw("- ")
		}
		m.spans(it.Spans, true)
		m.raw("\n")
	})
}

func (m *mdWriter) table(t *Table) {
	m.raw("|")
	for i, h := range t.Header {
		m.raw(" ")
		if i < len(t.HeaderSpans) {
			m.spans(t.HeaderSpans[i], false)
		} else {
			m.esc(h)
		}
		m.raw(" |")
	}
	m.raw("\n|")
	for range t.Header {
		m.raw(" --- |")
	}
	m.raw("\n")
	for _, row := range t.Rows {
		m.raw("|")
		for _, c := range row {
			m.raw(" ")
			m.spans(c, false)
			m.raw(" |")
		}
		m.raw("\n")
	}
	m.raw("\n")
}
