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
// the last line of a page; a word longer than a line is broken rather
// than run off the page.
//
// The layout is dpakit's own, on github.com/go-pdf/fpdf for the file
// format: words are measured with the fonts' advance widths, so the same
// document always gives the same pages, and the same bytes.
package pdf
