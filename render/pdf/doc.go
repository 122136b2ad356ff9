// Package pdf writes a [render.Document] as a PDF for signing and
// archiving.
//
// Pages are A4. The text is set in the Go fonts (golang.org/x/image, BSD
// licence), compiled into the program and embedded in the file as subsets,
// so nothing is read from the system and every glyph printed — Å Ä Ö Æ Ø,
// „ “ ” – − §, non-breaking spaces — is in the file. Headings make the
// outline (bookmarks); the footer names the agreement and its version and
// says "page N of M" in the document's language; the document information
// and XMP metadata carry the title, the legal basis as subject, the
// language and the agreement's date. Tables wrap their text in the cells
// and break across pages with the header row repeated; a heading is never
// the last line of a page; a word longer than a line is broken, with a
// hyphen, rather than run off the page.
//
// The layout and the file are dpakit's own: words are measured with the
// fonts' advance widths, so the same document always gives the same pages,
// and the same bytes. The fonts are parsed once per process; each file
// embeds subsets of only the glyphs it prints, with a ToUnicode map, so
// the text can be copied and searched. The file declares PDF/A-2b
// (ISO 19005-2): PDF 1.7, XMP metadata that agrees with the document
// information, an output intent with an sRGB profile, no encryption,
// transparency or annotations. It is tagged: a structure tree of
// headings, paragraphs, lists and tables in reading order, with footers
// and table grids as artifacts, so a screen reader reads a parallel page
// one language's clause after the other's.
package pdf
