package render

import (
	"bufio"
	"io"
	"strings"
)

type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (m *mdWriter) raw(s string) {
	if m.err == nil {
		_, m.err = m.w.WriteString(s)
	}
}

// esc writes text so that Markdown shows it literally: the characters that
// start emphasis, links, code, HTML, tables and headings are backslash
// escaped, "&" and "<" become entities (so no HTML or entity in the input is
// ever interpreted), and text that would start a list or heading at the
// beginning of a line is escaped there.
func (m *mdWriter) esc(s string, lineStart bool) {
	if lineStart {
		switch {
		case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"), strings.HasPrefix(s, "="):
			m.raw(`\`)
		default:
			if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (s[i] == '.' || s[i] == ')') {
				m.raw(s[:i])
				m.raw(`\`)
				s = s[i:]
			}
		}
	}
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '#', '|', '~':
			rep = `\` + string(c)
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '&':
			rep = "&amp;"
		default:
			continue
		}
		m.raw(s[last:i])
		m.raw(rep)
		last = i + 1
	}
	m.raw(s[last:])
}

func (m *mdWriter) spans(sp []Span, lineStart bool) {
	for i, s := range sp {
		start := lineStart && i == 0
		switch s.Kind {
		case Blank:
			m.raw(`**\[\_\_\_\_\_ `)
			m.esc(s.Text, false)
			m.raw(`\]**`)
		case Fallback:
			m.raw(`*(`)
			m.id(string(s.Lang))
			m.raw(`)* `)
			m.esc(s.Text, false)
		case Strong:
			m.raw("**")
			m.esc(s.Text, false)
			m.raw("**")
		default:
			m.esc(s.Text, start)
		}
	}
}

func writeMarkdown(w io.Writer, d *Document) error {
	m := &mdWriter{w: getWriter(w)}
	m.raw("# ")
	m.esc(d.Title, false)
	m.raw("\n\n*")
	m.esc(d.Subtitle, false)
	m.raw("*\n\n")
	if d.TOC {
		m.raw("## ")
		m.esc(tocHeading(d.Lang), false)
		m.raw("\n\n")
		for _, s := range d.Sections {
			m.raw("- [")
			m.esc(sectionTitle(s, true), false)
			m.raw("](#")
			m.id(s.ID)
			m.raw(")\n")
		}
		m.raw("\n")
	}
	for _, s := range d.Sections {
		m.section(s, 2)
	}
	return putWriter(m.w, m.err)
}

// id writes the safe characters of an anchor id (see anchorChar).
func (m *mdWriter) id(s string) {
	for i := 0; i < len(s); i++ {
		if anchorChar(s[i]) {
			m.raw(s[i : i+1])
		}
	}
}

func (m *mdWriter) section(s *Section, level int) {
	m.raw("<a id=\"")
	m.id(s.ID)
	m.raw("\"></a>\n\n")
	m.raw("######"[:min(level, 6)])
	m.raw(" ")
	m.esc(sectionTitle(s, level == 2), false)
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
			m.esc(s.On, false)
			m.raw("**  \n")
			m.esc(s.Party, false)
			m.raw("\n\n")
			for _, f := range [][2]string{{s.PlaceDateLabel, ""}, {s.SignatureLabel, ""}, {s.NameLabel, s.Name}, {s.TitleLabel, s.Title}} {
				m.esc(f[0], false)
				m.raw(": ")
				if f[1] != "" {
					m.esc(f[1], false)
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
		m.esc(h, false)
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
