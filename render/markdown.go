package render

import (
	"io"
	"strings"
)

type mdWriter struct{ *sink }

func (m *mdWriter) raw(s string) { m.str(s) }

// esc writes text so that Markdown shows it literally: the characters that
// start emphasis, links, code, HTML, tables and headings are backslash
// escaped, and "&", "<" and ">" become entities, so no HTML or entity in the
// input is ever interpreted. What would start a list at the beginning of a
// line is spans' business.
func (m *mdWriter) esc(s string) {
	last := 0
	for i := range len(s) {
		if rep := mdEscapes[s[i]]; rep != "" {
			m.str(s[last:i])
			m.str(rep)
			last = i + 1
		}
	}
	m.str(s[last:])
}

// mdEscapes holds the replacement of each byte Markdown would interpret.
var mdEscapes = [256]string{'\\': `\\`, '`': "\\`", '*': `\*`, '_': `\_`, '[': `\[`, ']': `\]`, '#': `\#`, '|': `\|`, '~': `\~`,
	'<': "&lt;", '>': "&gt;", '&': "&amp;"}

// spans writes running text. At the start of a line, text that Markdown
// would read as a list item ("- ", "+ ", "1. ", "2) ") or as a heading
// underline ("=") is escaped, even when the digits and the full stop come
// in different spans.
func (m *mdWriter) spans(sp []Span, lineStart bool) {
	lead := lineStart // the line so far holds nothing but digits
	digits := 0       // how many
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
			m.raw("**")
			m.esc(s.Text)
			m.raw("**")
		default:
			text := s.Text
			if lead {
				i := strings.IndexFunc(text, func(r rune) bool { return r < '0' || r > '9' })
				switch {
				case i < 0: // digits only, or nothing: the line may still start a list
					digits += len(text)
					m.raw(text)
					continue
				case digits+i == 0 && (text[0] == '-' || text[0] == '+' || text[0] == '='):
					m.raw(`\`)
				case digits+i > 0 && (text[i] == '.' || text[i] == ')'):
					m.raw(text[:i])
					m.raw(`\`)
					text = text[i:]
				}
			}
			m.esc(text)
		}
		lead = false
	}
}

func writeMarkdown(w io.Writer, d *Document) error {
	m := &mdWriter{getSink(w)}
	m.raw("# ")
	m.esc(d.Title)
	m.raw("\n\n*")
	m.esc(d.Subtitle)
	m.raw("*\n\n")
	if d.TOC {
		m.raw("## ")
		m.esc(tocHeading(d.Lang))
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
	m.esc(sectionTitle(s, level == 2))
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
			m.esc(s.Party)
			m.raw("\n\n")
			for _, f := range [][2]string{{s.PlaceDateLabel, ""}, {s.SignatureLabel, ""}, {s.NameLabel, s.Name}, {s.TitleLabel, s.Title}} {
				m.esc(f[0])
				m.raw(": ")
				if f[1] != "" {
					m.esc(f[1])
				} else {
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
			m.raw(itoa(n))
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
	for _, h := range t.Header {
		m.raw(" ")
		m.esc(h)
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
