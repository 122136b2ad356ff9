package render

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// Document is an agreement laid out in one language: numbered sections with
// paragraphs, lists, tables and signature blocks. Writers turn it into
// Markdown, HTML or plain text; a contract system may also walk it itself.
type Document struct {
	Lang  i18n.Lang // the language of the text
	Title string    // the agreement's title
	// TitleLang is the language of Title when it is not Lang: the agreement
	// has no title in Lang, and the one shown comes from another language.
	// Writers mark it as they mark fallback text. It is empty when the
	// title is in Lang or is dpakit's own.
	TitleLang i18n.Lang
	Subtitle  string // the legal basis under the title
	// Edition is the agreement's version and the day it is made, under
	// the subtitle, such as "Version 1.1.0 of 22 April 2025"; empty when the
	// agreement gives neither, and in a notice or an amendment.
	Edition  string
	Sections []*Section // the body, then the annexes
	// Blanks lists the JSON Pointers of the fields that are shown as blanks
	// to fill in.
	Blanks []string
	// FellBack lists the JSON Pointers of free text shown in another
	// language because the requested one was missing, each once.
	FellBack []string
	// TOC asks writers for a table of contents.
	TOC bool

	// ID and Version are the agreement's id and version as written in it,
	// cleaned of control characters; Date is its date, else its effective
	// date, and zero when it has neither; Draft reports a draft. Writers of
	// paged formats put them in the footer and the file's properties.
	ID, Version string
	Date        civil.Date
	Draft       bool

	toc string // the heading of the table of contents, in the wording the builder used
	cat *table // the catalogue the builder used, for PageOf and Reference
}

// PageOf returns the page number of a footer in the document's language,
// such as "Sida 3 av 12", with page and pages standing for the two numbers:
// a writer passes the numbers themselves or the codes its format fills in.
// A nil document reads in English.
func (d *Document) PageOf(page, pages string) string {
	return d.text(kPageOf, page, pages)
}

// TOCHeading returns the heading of the table of contents in the
// document's language and wording, as every writer shows it.
func (d *Document) TOCHeading() string {
	if d == nil {
		return lookup(i18n.EN, kToc, nil)
	}
	return tocHeading(d)
}

// Reference returns the agreement's id and version as a footer names them,
// such as "seed004, version 1.1.0": the id alone when there is no version,
// and "" when there is no id.
func (d *Document) Reference() string {
	if d == nil || d.ID == "" {
		return ""
	}
	if d.Version == "" {
		return d.ID
	}
	return d.ID + ", " + d.text(kFooterVersion, d.Version)
}

// text fills k from the catalogue the document was built with, or from the
// built-in one.
func (d *Document) text(k key, args ...string) string {
	switch {
	case d == nil:
		return lookup(i18n.EN, k, args)
	case d.cat != nil:
		return d.cat[k].exec(args)
	}
	return lookup(d.Lang, k, args)
}

// Section is a numbered part of the agreement or an annex.
type Section struct {
	ID      string // stable clause id, such as "breach" or "annex-b"; used as the HTML anchor
	Number  string // "10", "10.2" or "A"; empty when numbering is off
	Heading string // the heading
	// HeadingKind says how the heading is shown when it is free text (an
	// Annex D heading): [Fallback] when it comes from another language,
	// HeadingLang, and [Blank] when it is missing and Heading is the label
	// of the blank. Writers mark it as they mark spans of that kind; it is
	// [Plain] for every heading of dpakit's own.
	HeadingKind SpanKind
	HeadingLang i18n.Lang  // the heading's language, for a Fallback heading
	Blocks      []Block    // the content
	Sections    []*Section // subsections
	Annex       bool       // an annex rather than a clause of the body

	paras int        // paragraphs so far, for numbering
	names *paraTable // the names of its paragraphs, kept by a pooled builder
}

// Prefix returns what every writer puts before the section's heading: its
// number and a separator ("10. " for a clause at the top level, "A.3 "
// below it), or "" when numbering is off or the heading is an annex's own
// at the top level, which names the annex already.
func (s *Section) Prefix(top bool) string {
	number, sep := titleNumber(s, top)
	return number + sep
}

// HeadingSpans returns the heading as the one span it is, of kind
// HeadingKind, for writers that mark a free-text heading from another
// language, or a blank one, as they mark spans of that kind.
func (s *Section) HeadingSpans() []Span {
	if s == nil {
		return nil
	}
	return []Span{{Kind: s.HeadingKind, Text: s.Heading, Lang: s.HeadingLang}}
}

// sectionTitle is the heading with its number, unmarked: for a table of
// contents.
func sectionTitle(s *Section, top bool) string { return s.Prefix(top) + s.Heading }

// titleNumber returns what goes before a section's heading: its number and
// a separator ("10", ". " at the top level; "A.3", " " below), or nothing
// when numbering is off or the heading is an annex's own.
func titleNumber(s *Section, top bool) (number, sep string) {
	switch {
	case s == nil || s.Number == "" || (s.Annex && top):
		return "", ""
	case top:
		return s.Number, ". "
	}
	return s.Number, " "
}

// Block is a paragraph, list, table or signature block.
type Block interface{ isBlock() }

// Paragraph is a paragraph of running text; Number is its clause number
// ("10.2") when numbering is on.
type Paragraph struct {
	ID     string
	Number string
	Spans  []Span
}

// List is a list of items, ordered ((a), (b), …) or not. An item may hold a
// nested list, which makes a tree such as the processor chain.
type List struct {
	ID      string
	Ordered bool
	Items   []ListItem
}

// ListItem is one item of a List.
type ListItem struct {
	Spans    []Span
	Children *List
}

// Table is a table with a header row.
type Table struct {
	ID      string
	Caption string
	Header  []string
	// HeaderSpans, when not nil, holds each heading as spans: an
	// amendment's redline of a table whose headings changed, the words
	// taken out and put in marked ([BuildAmendment]). Header then holds
	// the new headings, for writers that show a heading as a label.
	HeaderSpans []Cell
	Rows        [][]Cell
	// RowLabels says that the first cell of each row names what the row
	// holds, as in a form of labels and details (a sub-processor in a
	// notice): HTML makes it the row's header cell, and plain text writes
	// each row as "label: details".
	RowLabels bool
	// Keys, when not nil, holds a stable key for each row, such as the
	// sub-processor's id for a row of Annex B, by which [BuildAmendment]
	// matches the rows of two versions. Writers do not show it.
	Keys []string
}

// Cell is the content of a table cell.
type Cell []Span

// Signatures holds one signature block per party.
type Signatures struct {
	ID     string
	Blocks []SignatureBlock
}

// SignatureBlock is where one party signs.
type SignatureBlock struct {
	On    string // "For the controller"
	Party string // the party's name
	Name  string // the signatory's name
	Title string // the signatory's title
	// TitleLang is the language of Title when it is shown in another
	// language than the document's, to be marked as a fallback span is;
	// "" otherwise.
	TitleLang i18n.Lang
	// Labels for the lines to fill in by hand.
	NameLabel, TitleLabel, PlaceDateLabel, SignatureLabel string
}

// SignatureLine is one line of a signature block: what is already filled
// in, as spans (none: a line to fill in by hand), and the label under it.
type SignatureLine struct {
	Label string
	Value []Span
}

// Lines returns the block's lines in the order they are signed: place and
// date, signature, name and title. A title in another language is a
// [Fallback] span, so that every writer marks it as it marks any text
// shown in another language.
func (b *SignatureBlock) Lines() [4]SignatureLine {
	if b == nil {
		return [4]SignatureLine{}
	}
	lines := [4]SignatureLine{{Label: b.PlaceDateLabel}, {Label: b.SignatureLabel}, {Label: b.NameLabel}, {Label: b.TitleLabel}}
	if b.Name != "" {
		lines[2].Value = []Span{{Text: b.Name}}
	}
	switch {
	case b.Title == "":
	case b.TitleLang != "":
		lines[3].Value = []Span{{Kind: Fallback, Text: b.Title, Lang: b.TitleLang}}
	default:
		lines[3].Value = []Span{{Text: b.Title}}
	}
	return lines
}

func (*Paragraph) isBlock()  {}
func (*List) isBlock()       {}
func (*Table) isBlock()      {}
func (*Signatures) isBlock() {}

// SpanKind says how a span of text is shown.
type SpanKind uint8

// The kinds of span.
const (
	Plain    SpanKind = iota // ordinary text
	Blank                    // a visible blank to fill in; Text is what belongs there
	Fallback                 // text shown in another language; Lang says which
	Strong                   // emphasis, such as a defined term
	// Deleted is text an amendment takes out ([BuildAmendment]): the
	// words as the old version reads them. Writers show it struck through
	// (HTML del, Markdown ~~text~~, plain text [-text-]).
	Deleted
	// Inserted is text an amendment puts in ([BuildAmendment]): the words
	// as the new version reads them. Writers show it as inserted (HTML
	// ins, Markdown <ins>text</ins>, plain text {+text+}).
	//
	// A Deleted or Inserted span never begins or ends with white space
	// (the space around it is a Plain span), so a writer may wrap it in
	// marks as it is. A blank deleted or inserted reads as its label in
	// the brackets of a blank, "[_____ label]", and text from another
	// language as "(da) text": the span's own kind is the change. A span
	// that is wholly text in one other language carries it in Lang
	// instead, with the text alone, and writers mark the language as they
	// mark a fallback span's.
	Inserted
)

// Span is a run of text of one kind. Neighbouring spans may be of the same
// kind: the builder fills a clause's template piece by piece without
// joining the pieces, and a writer simply writes one after the other.
type Span struct {
	Kind SpanKind
	Text string
	Lang i18n.Lang // the span's language, for Fallback spans and Deleted or Inserted ones wholly in it
}

// eachItem calls f for every item of l and of its nested lists, depth
// first and in order, without recursion, so a chain thousands of levels
// deep cannot overflow the stack. in is the list that holds the item, n its
// 1-based position there and depth its nesting level (0 for l itself).
func eachItem(l *List, f func(it ListItem, in *List, n, depth int)) {
	type frame struct {
		l        *List
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
		f(it, in, top.i, depth)
		if it.Children != nil && len(it.Children.Items) > 0 {
			stack = append(stack, frame{it.Children, 0, depth + 1})
		}
	}
}
