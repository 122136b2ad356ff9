// Span helpers: the one way free text is picked in the builder's language (or
// marked as a fallback, or left blank), catalogue text as strings or spans,
// and the sections, paragraphs and lists the clauses are made of.

package render

import (
	"slices"
	"strconv"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/visible"
)

// spans splits text at its marks into spans taken from the builder's slab,
// so that a rendering fills one array instead of making a slice per
// paragraph. When the slab is full, append moves it to a larger array;
// the spans handed out before keep the old one.
func (b *builder) spans(s string) []Span {
	start := len(b.spanSlab)
	b.spanSlab = appendSpans(b.spanSlab, s)
	return b.spanSlab[start:len(b.spanSlab):len(b.spanSlab)]
}

// tspans returns the spans of the catalogue text for k filled with args,
// taken from the builder's slab without building the text first.
func (b *builder) tspans(k key, args ...string) []Span {
	start := len(b.spanSlab)
	b.spanSlab = b.cat[k].fill(b.spanSlab, args)
	if len(b.spanSlab) == start { // a template of empty arguments alone
		b.spanSlab = append(b.spanSlab, Span{})
	}
	return b.spanSlab[start:len(b.spanSlab):len(b.spanSlab)]
}

// pick is the one way the builder takes free text: in the builder's
// language, or failing that in the agreement's main language or the first
// other language that has it, as i18n.Text.Get does, skipping text a reader
// cannot see (only white space, control, zero-width or bidi characters),
// which is as blank as none. The text comes back cleaned, as one span:
//
//   - Plain, in the builder's language;
//   - Fallback, from language Lang, and path is recorded in FellBack;
//   - Blank, when no language has visible text: Text is the label of
//     labelKey and path is recorded in Blanks. With noKey the text is
//     optional instead, and missing text gives an empty Plain span and
//     records nothing.
//
// The wrappers below give the span as the clauses need it: marked text
// (text), spans from the slab (textSpans, textCell, paraText), or a heading.
func (b *builder) pick(t *i18n.Text, path string, labelKey key) Span {
	s, used := inLang(t, b.l, b.main)
	switch {
	case s == "" && labelKey == noKey:
		return Span{}
	case s == "":
		return Span{Kind: Blank, Text: b.blankLabel(path, labelKey)}
	case used != b.l:
		b.fellBack(path)
		return Span{Kind: Fallback, Text: clean(s), Lang: used}
	}
	return Span{Text: clean(s)}
}

// inLang returns the visible text of t that pick takes, and its language,
// or "" when no language has visible text.
func inLang(t *i18n.Text, l, main i18n.Lang) (string, i18n.Lang) {
	if s := t.In(l); seen(s) {
		return s, l
	}
	if s := t.In(main); seen(s) {
		return s, main
	}
	for _, l := range i18n.Langs {
		if s := t.In(l); seen(s) {
			return s, l
		}
	}
	return "", ""
}

// seen reports whether a reader can see s: at once when it starts with a
// printable ASCII character, as almost all text does, and otherwise as
// visible.Blank decides.
func seen(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c > ' ' && c < 0x7f {
		return true
	}
	return !visible.Blank(s)
}

// has reports whether free text has visible text in some language, which
// pick would take.
func (b *builder) has(t i18n.Text) bool {
	s, _ := inLang(&t, b.l, b.main)
	return s != ""
}

// text returns free text picked as marked text: plain, marked as a
// fallback, or a blank labelled by labelKey (or "" with noKey).
func (b *builder) text(t i18n.Text, path string, labelKey key) string {
	sp := b.pick(&t, path, labelKey)
	switch sp.Kind {
	case Blank:
		return blank(sp.Text)
	case Fallback:
		return fallback(sp.Lang, sp.Text)
	}
	return sp.Text
}

// heading sets the heading of s to free text picked as pick does: text
// from another language is marked [Fallback] (and recorded), missing text
// is the blank's label, marked [Blank] (Section.HeadingKind).
func (b *builder) heading(s *Section, t i18n.Text, path string, labelKey key) {
	sp := b.pick(&t, path, labelKey)
	s.Heading, s.HeadingKind, s.HeadingLang = sp.Text, sp.Kind, sp.Lang
}

// textSpans returns free text picked as one span from the builder's slab.
func (b *builder) textSpans(t i18n.Text, path string, labelKey key) []Span {
	b.spanSlab = append(b.spanSlab, b.pick(&t, path, labelKey))
	n := len(b.spanSlab)
	return b.spanSlab[n-1 : n : n]
}

// textCell returns free text picked as a table cell.
func (b *builder) textCell(t i18n.Text, path string, labelKey key) Cell {
	return Cell(b.textSpans(t, path, labelKey))
}

// paraText adds a paragraph that is free text alone.
func (b *builder) paraText(s *Section, t i18n.Text, path string, labelKey key) {
	b.paraSpans(s, b.textSpans(t, path, labelKey))
}

// optPara adds a paragraph of free text, unless the text is empty or
// invisible.
func (b *builder) optPara(s *Section, t i18n.Text, path string) {
	if b.has(t) {
		b.paraText(s, t, path, noKey)
	}
}

// value returns a cleaned string, or a blank labelled by labelKey when s
// is empty or holds nothing a reader can see: pick for a string in no
// particular language.
func (b *builder) value(s, path string, labelKey key) string {
	if !seen(s) {
		return b.blank(path, labelKey)
	}
	return clean(s)
}

// cell returns the content of a table cell.
func (b *builder) cell(s string) Cell { return Cell(b.spans(s)) }

// strongCell returns a table cell of emphasised text; text that holds a
// mark (a blank) is shown as it is, as strong would.
func (b *builder) strongCell(s string) Cell {
	if indexMark(s) >= 0 {
		return b.cell(s)
	}
	b.spanSlab = append(b.spanSlab, Span{Kind: Strong, Text: s})
	n := len(b.spanSlab)
	return Cell(b.spanSlab[n-1 : n : n])
}

// tcell returns a table cell of the catalogue text for k.
func (b *builder) tcell(k key) Cell { return Cell(b.tspans(k)) }

// t returns the catalogue text for k in the builder's language, in the
// wording of the options.
func (b *builder) t(k key, args ...string) string { return b.cat[k].execIn(&b.strs, args) }

// fellBack records that the free text at path is shown in another
// language, once, though the body and an annex may both show it.
// A short list is searched; from 32 paths on, a set is kept beside it.
func (b *builder) fellBack(path string) {
	fb := b.doc.FellBack
	if len(fb) < 32 {
		if !slices.Contains(fb, path) {
			b.doc.FellBack = append(fb, path)
		}
		return
	}
	if len(b.fellSeen) == 0 {
		if b.fellSeen == nil {
			b.fellSeen = make(map[string]bool, 64)
		}
		for _, p := range fb {
			b.fellSeen[p] = true
		}
	}
	if !b.fellSeen[path] {
		b.fellSeen[path] = true
		b.doc.FellBack = append(fb, path)
	}
}

// blank records a blank at path and returns its mark.
func (b *builder) blank(path string, labelKey key) string {
	return blank(b.blankLabel(path, labelKey))
}

// blankLabel records a blank at path (once, though the body and an annex
// may both show it) and returns its label.
func (b *builder) blankLabel(path string, labelKey key) string {
	if !b.blankSeen[path] {
		if b.blankSeen == nil {
			b.blankSeen = map[string]bool{}
		}
		b.blankSeen[path] = true
		b.doc.Blanks = append(b.doc.Blanks, path)
	}
	return b.t(labelKey)
}

func (b *builder) period(p civil.Period, path string, labelKey key) string {
	if p.IsZero() || !p.Valid() {
		return b.blank(path, labelKey)
	}
	return b.spelled(p)
}

// frequency writes how often something recurs when p is the longest
// interval allowed between two times: a natural phrase for a year, six
// months, a month, a week and a day ("at least once a year"), and "at
// least every" the period otherwise. p must be valid and not zero.
func (b *builder) frequency(p civil.Period) string {
	switch {
	case p == civil.Of(1, civil.Years) || p == civil.Of(12, civil.Months):
		return b.t(kFreqYear)
	case p == civil.Of(6, civil.Months):
		return b.t(kFreqHalfyear)
	case p == civil.Of(1, civil.Months):
		return b.t(kFreqMonth)
	case p == civil.Of(1, civil.Weeks) || p == civil.Of(7, civil.Days):
		return b.t(kFreqWeek)
	case p == civil.Of(1, civil.Days) || p == civil.Of(24, civil.Hours):
		return b.t(kFreqDay)
	}
	return b.t(kFreqEvery, b.spelled(p))
}

func (b *builder) date(d civil.Date) string { return d.In(b.l) }

// count writes a number for a %[n]d slot of the catalogue, with the
// language's digits and grouping, by x/text.
func (b *builder) count(n int) string { return b.ld.loc.Int(n) }

// money writes an amount in the builder's language with the currency's
// symbol in that language ("1 250,00 kr", "NOK 950.00"); see
// [locale.Locale.Money].
func (b *builder) money(m dpa.Money) string {
	return b.ld.loc.Money(m.AmountString(), clean(m.Currency))
}

// section starts a top-level section of the body.
func (b *builder) section(id string, headingKey key) *Section {
	b.n++
	var number string
	if !b.opts.NoNumbering {
		number = strconv.Itoa(b.n)
	}
	s := b.newSection(Section{ID: id, Heading: b.t(headingKey), Number: number})
	b.doc.Sections = append(b.doc.Sections, s)
	return s
}

// para adds a numbered paragraph built from text with marks.
func (b *builder) para(s *Section, text string) *Paragraph {
	return b.paraSpans(s, b.spans(text))
}

// say adds a numbered paragraph of the catalogue text for k filled with
// args.
func (b *builder) say(s *Section, k key, args ...string) *Paragraph {
	return b.paraSpans(s, b.tspans(k, args...))
}

// part is one sentence of a paragraph that sayAll puts together: a
// catalogue key and its arguments.
type part struct {
	k    key
	args []string
}

// sayAll adds one numbered paragraph of several catalogue texts, one
// sentence after another, for a paragraph whose sentences depend on the
// parties' choices (what an objection needs and does). The spans are taken
// from the slab in one run: append may move the slab, but the run stays in
// one piece.
func (b *builder) sayAll(s *Section, parts ...part) *Paragraph {
	start := len(b.spanSlab)
	for i, p := range parts {
		if i > 0 {
			b.spanSlab = append(b.spanSlab, Span{Text: " "})
		}
		b.spanSlab = b.cat[p.k].fill(b.spanSlab, p.args)
	}
	return b.paraSpans(s, b.spanSlab[start:len(b.spanSlab):len(b.spanSlab)])
}

// list adds a list of texts with marks.
func (b *builder) list(s *Section, ordered bool, items ...string) *List {
	l := b.lists.take(List{ID: b.strs.concat(s.ID, "-list-", strconv.Itoa(len(s.Blocks)+1)), Ordered: ordered, Items: b.items(len(items))})
	for i, it := range items {
		l.Items[i].Spans = b.spans(it)
	}
	s.Blocks = append(s.Blocks, l)
	return l
}
