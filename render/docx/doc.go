// Package docx writes a [render.Document] as a Word document
// (WordprocessingML, ISO/IEC 29500), for negotiating an agreement in Word
// or LibreOffice.
//
// The document has real styles — Title, Heading 1–3, a Clause style whose
// paragraphs carry the same numbers as the other formats, List Bullet,
// tables in Table Grid with a header row that repeats on every page, and
// signature blocks — so a lawyer can restyle it as a whole. Blanks are
// highlighted in the Blank character style. The language is set on the
// document defaults and on every run (sv-SE, nb-NO, da-DK, en-GB), so
// spelling and hyphenation follow it; the core properties carry the title,
// the legal basis as subject, the language, the agreement's id and version,
// and its date as the created date. Pages are A4 with 25 mm margins; the
// footer names the agreement and its version and numbers the pages. Every
// clause, paragraph and table has a bookmark named as the HTML anchor is.
//
// The package is written with archive/zip and hand-escaped XML and depends
// on nothing else: a program that needs no Word documents does not link it.
// The output is deterministic: the same document gives the same bytes.
package docx
