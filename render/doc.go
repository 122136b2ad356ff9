// Package render writes a data processing agreement as legal text: the
// clauses of GDPR Art. 28(3) and Annexes A–E, in Swedish, Norwegian Bokmål,
// Danish or English, as Markdown, HTML or plain text, or as HTML in two
// languages side by side.
//
// # Build, Write, Render
//
// Rendering has two steps. [Build] lays an agreement out in one language as a
// [Document]: numbered [Section]s holding [Paragraph]s, [List]s, [Table]s and
// signature blocks. [Write] turns a document into one of the [Formats]. A
// contract system that wants its own layout can walk the document itself;
// one that wants bytes calls [Render], which does both and reuses its
// storage between calls, so it allocates a fraction of what Build does.
// [Parallel] writes two languages clause by clause on one HTML page.
// Word documents and PDFs are written from a built document by the
// packages render/docx and render/pdf, so that a program that needs
// neither links neither.
//
// Every entry point takes an [i18n.Lang]; turn a tag such as "no" or "sv-SE"
// into one with [i18n.Match]. An agreement that is not in canonical form
// ("556016-0680", "se") is laid out from [dpa.Agreement.Normalized], so it
// reads as if it had been decoded. A nil agreement, document or writer is an
// error ([ErrNil], [ErrNilDocument], [ErrNilWriter]), never a panic.
//
// # Spans
//
// The text of a paragraph, a cell or a list item is a sequence of [Span]s,
// each of one [SpanKind]: plain text, a [Blank] to fill in, a [Fallback]
// shown in another language, or [Strong] emphasis. Writers escape every span
// for their format, so no input reaches a document as markup; the Markdown
// writer also keeps input from opening lists, headings, code blocks or links
// (a CommonMark and GFM renderer sees the structure the agreement has, and
// nothing more).
//
// # Blanks and fallbacks
//
// A required value that is missing — or holds only characters a reader
// cannot see — is written as a visible blank, and its JSON Pointer is listed
// in [Document.Blanks]. A final agreement with blanks is refused with a
// [*BlanksError] unless [Options.AllowBlanks] is set; a draft renders with
// its blanks shown. Free text missing in the requested language is shown in
// the agreement's main language (or another that has it), marked with that
// language, and listed once in [Document.FellBack], so a contract system
// knows what still needs translating; a title from another language is
// marked the same way ([Document.TitleLang]).
//
// Numbers, amounts, dates and periods are written in each language's own
// CLDR format through golang.org/x/text, and sub-processors keep the order
// the agreement gives them. All clause text is dpakit's own drafting.
package render
