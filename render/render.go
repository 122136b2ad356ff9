package render

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// Format is an output format.
type Format string

// The formats.
const (
	Markdown Format = "markdown"
	HTML     Format = "html"
	Text     Format = "text"
)

// Formats lists the formats.
var Formats = []Format{Markdown, HTML, Text}

// ParseFormat returns the format named s ("md" is accepted for Markdown and
// "txt" for text).
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "text", "txt", "plain":
		return Text, nil
	}
	return "", fmt.Errorf("render: unknown format %q (supported: markdown, html, text)", s)
}

// Annex names an annex.
type Annex string

// The annexes.
const (
	AnnexA Annex = "A" // information about the processing
	AnnexB Annex = "B" // sub-processors
	AnnexC Annex = "C" // instructions
	AnnexD Annex = "D" // other terms
	AnnexE Annex = "E" // the processor chain
)

// Options shape a rendering. The zero Options renders everything, numbered,
// without a table of contents, and refuses a final agreement with blanks.
type Options struct {
	// Annexes lists the annexes to include; nil includes all of them and an
	// empty, non-nil slice none.
	Annexes []Annex
	// TOC adds a table of contents.
	TOC bool
	// NoNumbering leaves clauses and paragraphs unnumbered.
	NoNumbering bool
	// AllowBlanks renders a final agreement even though it has blanks;
	// its title block then says that it holds fields the parties have not
	// agreed. Drafts always render, with their blanks visible.
	AllowBlanks bool
	// Wording replaces the text of some clauses with a company's own, as
	// loaded by [LoadWording]; nil is dpakit's text.
	Wording *Wording
	// Notice is read by [BuildAmendment] only: when Notice.Notified is
	// set, it is the processor's notice under which the amendment's
	// changes of sub-processors take effect, and the summary states, change
	// by change, when each change takes effect: a change of sub-processors
	// under that notice (its date, the last day to object and the earliest
	// day of effect, counted in Notice.Zone or else in the agreement's time
	// zone, [dpa.Agreement.Zone]), without signature; a change of the
	// parties' obligations on signature.
	Notice NoticeOptions
}

func (o Options) wants(a Annex) bool {
	if o.Annexes == nil {
		return true
	}
	for _, x := range o.Annexes {
		if x == a {
			return true
		}
	}
	return false
}

// BlanksError is returned for a final agreement with blanks when
// [Options.AllowBlanks] is not set. Paths lists the JSON Pointers of the
// blanks.
type BlanksError struct {
	Paths []string
}

// Error lists the paths of the blanks; a nil or empty error still reads as a
// sentence.
func (e *BlanksError) Error() string {
	if e == nil || len(e.Paths) == 0 {
		return "render: the final agreement has blanks; fill them in, mark it a draft, or set AllowBlanks"
	}
	noun := "blanks"
	if len(e.Paths) == 1 {
		noun = "blank"
	}
	return fmt.Sprintf("render: the final agreement has %d %s (%s); fill them in, mark it a draft, or set AllowBlanks",
		len(e.Paths), noun, strings.Join(e.Paths, ", "))
}

// Errors for missing arguments; no entry point panics on a nil one.
var (
	// ErrNil is returned by Build, Render and Parallel for a nil
	// agreement.
	ErrNil = errors.New("render: nil agreement")
	// ErrNilDocument is returned by Write for a nil document.
	ErrNilDocument = errors.New("render: nil document")
	// ErrNilWriter is returned by Write, Render and Parallel for a nil
	// io.Writer.
	ErrNilWriter = errors.New("render: nil writer")
)

// Build lays out the agreement in language l. Sub-processors are listed in
// the order the agreement gives them, in Annex B, in the processor chain of
// Annex E and wherever the clauses name them, in every format, so that a
// contract system's own order (of engagement, say) is kept; countries, a
// set rather than a list, are sorted in the language's alphabetical order.
// An agreement that is not in canonical form is laid out from
// [dpa.Agreement.Normalized], so it reads as if it had been decoded.
// A final agreement with blanks
// is a [*BlanksError] unless opts.AllowBlanks is set; a nil agreement is
// [ErrNil] and a language not in [i18n.Langs] an [*i18n.UnsupportedError].
func Build(a *dpa.Agreement, l i18n.Lang, opts Options) (*Document, error) {
	if a == nil {
		return nil, ErrNil
	}
	return new(builder).run(a, l, opts)
}

// run lays out the agreement with the builder's storage.
func (b *builder) run(a *dpa.Agreement, l i18n.Lang, opts Options) (*Document, error) {
	if !l.Valid() {
		return nil, &i18n.UnsupportedError{Tag: string(l)}
	}
	// An agreement built in Go may hold "se" or "556016-0680"; it is laid
	// out as Decode would have given it, without changing the caller's value.
	a = a.Normalized()
	b.a, b.l, b.main, b.opts, b.ld = a, l, a.MainLang(), opts, langFor(l)
	b.cat = opts.Wording.table(b.ld)
	b.doc = b.newDocument()
	b.doc.Lang, b.doc.TOC, b.doc.toc, b.doc.cat = l, opts.TOC, b.t(kToc), b.cat
	b.doc.ID, b.doc.Version, b.doc.Draft = clean(a.ID), clean(a.Version), a.Status != dpa.Final
	if b.doc.Date = a.Date; b.doc.Date.IsZero() {
		b.doc.Date = a.EffectiveDate
	}
	b.build()
	if a.Status == dpa.Final && len(b.doc.Blanks) > 0 && !opts.AllowBlanks {
		// The error outlives the builder, whose storage is reused.
		return nil, &BlanksError{Paths: slices.Clone(b.doc.Blanks)}
	}
	return b.doc, nil
}

// Write writes a built document in format f. A nil writer is
// [ErrNilWriter] and a nil document [ErrNilDocument].
func Write(w io.Writer, d *Document, f Format) error {
	if w == nil {
		return ErrNilWriter
	}
	if d == nil {
		return ErrNilDocument
	}
	switch f {
	case Markdown:
		return writeMarkdown(w, d)
	case HTML:
		return writeHTML(w, d)
	case Text:
		return writeText(w, d)
	}
	return fmt.Errorf("render: unknown format %q (supported: markdown, html, text)", f)
}

// Render lays out the agreement in language l and writes it in format f,
// as [Build] and [Write] would, reusing its storage between calls. To start
// from a BCP 47 tag such as "no" or "nb-NO", match it with [i18n.Match]
// first. A nil agreement is [ErrNil] and a nil writer [ErrNilWriter].
func Render(w io.Writer, a *dpa.Agreement, l i18n.Lang, f Format, opts Options) error {
	if a == nil {
		return ErrNil
	}
	if w == nil {
		return ErrNilWriter
	}
	if !l.Valid() {
		return &i18n.UnsupportedError{Tag: string(l)}
	}
	// The document never leaves this call, so its storage is recycled.
	b := builders.Get().(*builder)
	defer func() {
		b.recycle()
		builders.Put(b)
	}()
	b.reuse()
	d, err := b.run(a, l, opts)
	if err != nil {
		return err
	}
	return Write(w, d, f)
}

// builders pools the builders Render uses.
var builders = sync.Pool{New: func() any { return new(builder) }}

// Parallel writes the agreement in two languages side by side as one
// HTML page, clause by clause, as agreements with a foreign party are often
// signed.
//
// A nil agreement is [ErrNil] and a nil writer [ErrNilWriter].
func Parallel(w io.Writer, a *dpa.Agreement, left, right i18n.Lang, opts Options) error {
	if a == nil {
		return ErrNil
	}
	if w == nil {
		return ErrNilWriter
	}
	dl, err := Build(a, left, opts)
	if err != nil {
		return err
	}
	dr, err := Build(a, right, opts)
	if err != nil {
		return err
	}
	return writeParallel(w, dl, dr)
}
