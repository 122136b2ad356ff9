package render

import (
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/checksum"
)

// ordinals mark the items of ordered lists.
var ordinals = func() (o [26]string) {
	for i := range o {
		o[i] = "(" + string(rune('a'+i)) + ") "
	}
	return o
}()

// width is the line length of plain text.
const width = 78

type textWriter struct {
	*sink
	scratch []byte // reused to flatten spans
	// redline is set for a document with Deleted or Inserted spans: their
	// marks, [-text-] and {+text+}, are then escaped in all text (see
	// redlineEscape), so no text can forge or close one.
	redline bool
}

func (t *textWriter) raw(s string) { t.str(s) }

// plain flattens spans to text: blanks as "[_____ label]", fallback text
// with its language in brackets. The result may live in the writer's
// scratch buffer: use it before the next call.
func (t *textWriter) plain(sp []Span) string {
	if len(sp) == 1 && sp[0].Kind == Plain && !t.redline {
		return sp[0].Text
	}
	if t.redline {
		return t.plainRedline(sp)
	}
	b := t.scratch[:0]
	for _, s := range sp {
		switch s.Kind {
		case Blank:
			b = append(b, blankMark+" "...)
			b = append(b, s.Text...)
			b = append(b, ']')
		case Fallback:
			b = appendLangMark(b, s.Lang)
			b = append(b, s.Text...)
		default:
			b = append(b, s.Text...)
		}
	}
	t.scratch = b
	// The string shares the scratch buffer, which is why it must be used
	// before the next call. Measured 2026-12-01 (CPU time, alternating test
	// binaries, -cpu 1): string(b) instead makes sv/text 9 % slower (n=12,
	// p=0.005), with 94 more allocations and 11 KiB more per render.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// plainRedline is plain for a document with changes marked: a deletion
// as [-text-] and an insertion as {+text+} (the marks of wdiff and git's
// word diff), with every text escaped by redlineEscape.
func (t *textWriter) plainRedline(sp []Span) string {
	b := t.scratch[:0]
	for _, s := range sp {
		switch s.Kind {
		case Blank:
			b = append(b, blankMark+" "...)
			b = appendRedlineEscaped(b, s.Text)
			b = append(b, ']')
		case Fallback:
			b = appendLangMark(b, s.Lang)
			b = appendRedlineEscaped(b, s.Text)
		case Deleted:
			b = append(b, "[-"...)
			b = appendLangMark(b, s.Lang)
			b = appendRedlineEscaped(b, s.Text)
			b = append(b, "-]"...)
		case Inserted:
			b = append(b, "{+"...)
			b = appendLangMark(b, s.Lang)
			b = appendRedlineEscaped(b, s.Text)
			b = append(b, "+}"...)
		default:
			b = appendRedlineEscaped(b, s.Text)
		}
	}
	t.scratch = b
	return string(b)
}

// appendRedlineEscaped appends s with a backslash before each backslash
// and inside each pair of characters that would read as a mark of a
// change: "[\-", "-\]", "{\+", "+\}". A reader of a redline therefore
// sees a mark only where the document has a change.
func appendRedlineEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		b = append(b, c)
		switch {
		case c == '\\':
			b = append(b, '\\')
		case i+1 < len(s) && (c == '[' && s[i+1] == '-' || c == '-' && s[i+1] == ']' || c == '{' && s[i+1] == '+' || c == '+' && s[i+1] == '}'):
			b = append(b, '\\')
		}
	}
	return b
}

// hasChanges reports whether a document has a Deleted or Inserted span.
func hasChanges(d *Document) bool {
	changed := func(sp []Span) bool {
		for _, s := range sp {
			if s.Kind == Deleted || s.Kind == Inserted {
				return true
			}
		}
		return false
	}
	stack := append([]*Section(nil), d.Sections...)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = append(stack[:len(stack)-1], s.Sections...)
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case *Paragraph:
				if changed(b.Spans) {
					return true
				}
			case *List:
				found := false
				eachItem(b, func(it ListItem, _ *List, _, _ int) { found = found || changed(it.Spans) })
				if found {
					return true
				}
			case *Table:
				for _, r := range b.Rows {
					for _, c := range r {
						if changed(c) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// wrap writes s wrapped at width, the first line after prefix and the rest
// indented by indent spaces. Words longer than a line are written whole.
func (t *textWriter) wrap(prefix string, indent int, s string) {
	t.wrap2(prefix, "", indent, s)
}

// spaces is a run of spaces to slice indents from.
const spaces = "                                                                                "

// wrap2 is wrap with a prefix in parts, so callers need not join them.
func (t *textWriter) wrap2(prefix, prefix2 string, indent int, s string) {
	t.wrap3("", prefix, prefix2, indent, s)
}

func (t *textWriter) wrap3(prefix0, prefix, prefix2 string, indent int, s string) {
	t.raw(prefix0)
	t.raw(prefix)
	t.raw(prefix2)
	col := utf8.RuneCountInString(prefix0) + utf8.RuneCountInString(prefix) + utf8.RuneCountInString(prefix2)
	pad := spaces[:min(indent, len(spaces))]
	s = strings.TrimLeft(s, " ")
	if s == "" {
		t.raw("\n")
		return
	}
	// Each pass writes one line: as many words as fit, in one write. A word
	// longer than a line is written whole on a line of its own.
	for s != "" {
		end, used := 0, col // end of the words that fit; columns used
		for i := 0; i < len(s); {
			j := unitEnd(s, i) - i
			w := runeCount(s[i : i+j])
			gap := 0
			if end > 0 {
				gap = 1
			}
			if end > 0 && used+gap+w > width {
				break
			}
			used += gap + w
			end = i + j
			i += j
			for i < len(s) && s[i] == ' ' {
				i++
			}
		}
		t.raw(s[:end])
		t.raw("\n")
		s = strings.TrimLeft(s[end:], " ")
		if s != "" {
			t.raw(pad)
			col = indent
		}
	}
}

// blankMark opens a blank in plain text: "[_____ label]".
const blankMark = "[_____"

// maxUnit is the longest run of words, in runes, that unitEnd keeps on one
// line; a longer run breaks at its spaces like any text.
const maxUnit = 40

// unitEnd returns the end of the unit of text that starts at s[i], which is
// not a space: one word, and the words after it when a line must not break
// at the space before them (en review 11 R7): inside a number written in
// groups or a postcode ("889 640 782", "999 02"), between a number and what
// it counts or dates ("10 days", "1 September 2026", "1. februar 2027"),
// between a clause number and its heading ("12. Deletion"), after "§" and
// after an abbreviation that cites a provision ("stk. 3"). A no-break space (U+00A0, U+202F) is never a break in the first
// place: only U+0020 separates words.
func unitEnd(s string, i int) int {
	start := i
	end := wordEnd(s, i)
	prev := i
	// A blank and its label ("[_____ number of days]") is one unit, so that
	// a line never breaks inside the field to fill in (review 27 nb R11,
	// en R15).
	blank := strings.HasPrefix(s[i:], blankMark)
	for end < len(s) {
		k := end
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k == len(s) {
			break
		}
		next := wordEnd(s, k)
		open := blank && !strings.Contains(s[start:end], "]")
		if !open && !glued(s[prev:end], s[k:next]) || runeCount(s[start:next]) > maxUnit {
			break
		}
		prev, end = k, next
	}
	return end
}

// wordEnd returns the index of the first space at or after i, or len(s).
func wordEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], ' '); j >= 0 {
		return i + j
	}
	return len(s)
}

// glued reports whether the space between words a and b must not break a
// line.
func glued(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.HasSuffix(a, "§") || isDigit(b[0]) && citeAbbrev[strings.ToLower(strings.TrimLeft(a, "("))] {
		return true
	}
	if checksum.AllDigits(a) {
		// "10 days", "1 September", "999 02": a bare number holds on to
		// what follows it, unless that is punctuation such as a dash.
		return isDigit(b[0]) || startsLetter(b)
	}
	if checksum.AllDigits(strings.TrimSuffix(a, ".")) {
		// An ordinal date in Norwegian and Danish ("1. februar"), or a
		// clause number and its heading ("12. Deletion").
		return isMonth(b) || b[0] >= 'A' && b[0] <= 'Z'
	}
	if checksum.AllDigits(trimPunct(b)) {
		// The next group of a number ("889 640"), or the year after a
		// month ("September 2026,").
		return isDigit(a[len(a)-1]) || isMonth(a)
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// trimPunct is w without the punctuation that may close a number in
// running text (",.;:)"). strings.TrimRight builds its set of bytes anew at
// every call: a quarter of the plain-text writer's profile, and
// Render/da/text 13 % faster without it (alternating binaries, n=4,
// 2026-12-02).
func trimPunct(w string) string {
	for w != "" {
		switch w[len(w)-1] {
		case ',', '.', ';', ':', ')':
			w = w[:len(w)-1]
			continue
		}
		break
	}
	return w
}

// startsLetter reports whether w begins with a letter (ASCII or not).
func startsLetter(w string) bool {
	c := w[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf
}

// citeAbbrev are the abbreviations that cite a numbered provision and stay
// with its number ("stk. 3", "nr. 4", "Art. 28(3)", "kap. 2").
var citeAbbrev = map[string]bool{"art.": true, "stk.": true, "nr.": true, "kap.": true, "pkt.": true, "no.": true}

// months are the month names the four languages write in dates, in lower
// case, taken from the dates civil writes (Date.In), so that the wrapper
// knows every name the renderer can print; longestMonth is the longest.
var months, longestMonth = func() (map[string]bool, int) {
	m, longest := map[string]bool{}, 0
	for _, l := range i18n.Langs {
		for month := time.January; month <= time.December; month++ {
			words := strings.Fields(civil.Date{Year: 2000, Month: month, Day: 1}.In(l))
			name := strings.ToLower(words[len(words)-2])
			m[name], longest = true, max(longest, len(name))
		}
	}
	return m, longest
}()

// isMonth reports whether w is a month name, in any case.
func isMonth(w string) bool {
	if len(w) < 3 || len(w) > longestMonth {
		return false
	}
	var b [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return months[string(b[:len(w)])]
}

// runeCount counts the runes of an ASCII-heavy word quickly.
func runeCount(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(w)
		}
	}
	return len(w)
}

func writeText(w io.Writer, d *Document) error {
	t := &textWriter{sink: getSink(w), redline: hasChanges(d)}
	if d.TitleLang != "" {
		t.wrap3("(", string(d.TitleLang), ") ", 0, strings.ToUpper(d.Title))
	} else {
		t.wrap("", 0, strings.ToUpper(d.Title))
	}
	t.wrap("", 0, d.Subtitle)
	if d.Edition != "" {
		t.wrap("", 0, d.Edition)
	}
	t.raw("\n")
	if d.TOC {
		t.raw(tocHeading(d) + "\n\n")
		for _, s := range d.Sections {
			t.wrap("  ", 6, sectionTitle(s, true))
		}
		t.raw("\n")
	}
	for _, s := range d.Sections {
		t.section(s, true)
	}
	return putSink(t.sink)
}

func (t *textWriter) section(s *Section, top bool) {
	title := sectionTitle(s, top)
	if s.HeadingKind != Plain || t.redline {
		number, sep := titleNumber(s, top)
		title = number + sep + t.plain(s.HeadingSpans())
	}
	// A heading too long for a line goes on under its text, not under its
	// number, and the rule under it is as long as its longest line (en
	// review 7 R11).
	number, sep := titleNumber(s, top)
	hang := 0
	if number != "" && strings.HasPrefix(title, number+sep) {
		hang = utf8.RuneCountInString(number + sep)
	}
	t.wrap("", hang, title)
	rule := "=============================================================================="
	if !top {
		rule = "------------------------------------------------------------------------------"
	}
	t.raw(rule[:min(longestLine(title, hang), width)])
	t.raw("\n\n")
	for _, b := range s.Blocks {
		t.block(b)
	}
	for _, sub := range s.Sections {
		t.section(sub, false)
	}
}

// longestLine is the width of the longest line wrap writes for s when
// the lines after the first are indented by indent.
func longestLine(s string, indent int) int {
	longest, used := 0, 0
	s = strings.TrimLeft(s, " ")
	for i := 0; s != ""; i++ {
		e := unitEnd(s, 0)
		n := runeCount(s[:e])
		s = strings.TrimLeft(s[e:], " ")
		switch {
		case i == 0:
			used = n
		case used+1+n > width:
			longest = max(longest, used)
			used = indent + n
		default:
			used += 1 + n
		}
	}
	return max(longest, used)
}

// record writes one "label: value" line of a table, wrapped as one text
// so that a label longer than a line wraps too (review 27 en R15, nb R11:
// the Art. 87 label ran past the margin); a label that fits keeps the
// line as it was.
func (t *textWriter) record(label, v string) {
	t.wrap3("  ", "", "", 4, label+": "+v)
}

func (t *textWriter) block(b Block) {
	switch b := b.(type) {
	case *Paragraph:
		if b.Number != "" {
			t.wrap2(b.Number, "  ", utf8.RuneCountInString(b.Number)+2, t.plain(b.Spans))
		} else {
			t.wrap("", 0, t.plain(b.Spans))
		}
		t.raw("\n")
	case *List:
		t.list(b)
		t.raw("\n")
	case *Table:
		if b.RowLabels {
			// A form of labels and details: one "label: details" a line.
			for _, row := range b.Rows {
				if len(row) < 2 {
					continue
				}
				label := strings.Clone(t.plain(row[0])) // plain's result lives until its next call
				v := t.plain(row[1])
				if v == "" {
					continue
				}
				t.record(label, v)
			}
			t.raw("\n")
			return
		}
		// Tables are written as records, one field a line, since running text
		// in cells does not fit columns of a 78-character line.
		labels := b.Header
		if b.HeaderSpans != nil {
			// A renamed heading shows its redline in every record; a
			// copy, since plain's result lives in the scratch buffer.
			labels = slices.Clone(b.Header)
			for i := range min(len(labels), len(b.HeaderSpans)) {
				labels[i] = strings.Clone(t.plain(b.HeaderSpans[i]))
			}
		}
		for _, row := range b.Rows {
			for i, c := range row {
				if i >= len(labels) {
					break
				}
				v := t.plain(c)
				if v == "" {
					continue
				}
				t.record(labels[i], v)
			}
			t.raw("\n")
		}
	case *Signatures:
		for _, s := range b.Blocks {
			t.raw(s.On + "\n" + s.Party + "\n\n")
			for _, l := range s.Lines() {
				v := t.plain(l.Value)
				if v == "" {
					v = "______________________________"
				}
				t.raw(l.Label + ": " + v + "\n")
			}
			t.raw("\n")
		}
	}
}

// list writes nested lists iteratively; each level indents by two spaces,
// up to a limit beyond which deeper levels keep the same indent.
func (t *textWriter) list(l *List) {
	eachItem(l, func(it ListItem, in *List, n, depth int) {
		indent := 2 + 2*min(depth, maxIndent)
		marker := "- "
		if in.Ordered {
			marker = ordinals[(n-1)%len(ordinals)]
		}
		t.wrap2(spaces[:indent], marker, indent+len(marker), t.plain(it.Spans))
	})
}

// appendLangMark appends plain text's mark of text in language l, a
// fallback or a change wholly in it ("(da) "), or nothing for none.
func appendLangMark(b []byte, l i18n.Lang) []byte {
	if l == "" {
		return b
	}
	b = append(b, '(')
	b = append(b, l...)
	return append(b, ") "...)
}
