package pdf

import (
	"strings"

	"github.com/dpakit/dpakit/render"
)

// xmp returns the document's XMP metadata packet: title, description
// (subject), language, keywords, creator tool, producer and dates, the same
// as the document information dictionary holds, as PDF/A wants
// (ISO 19005-2, 6.6.3), and the PDF/A-2b declaration (6.6.4): the file
// meets it as far as qpdf, poppler and the tests here check it (see
// docs/design-notes.md).
func xmp(d *render.Document, info docInfo) []byte {
	title, subject, keywords := info.title, info.subject, info.keywords
	date := info.when.Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString(`<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>` + "\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">` + "\n")
	b.WriteString(`<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>`)
	b.WriteString(`<dc:format>application/pdf</dc:format>`)
	b.WriteString(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">`)
	xmlEsc(&b, title)
	b.WriteString(`</rdf:li></rdf:Alt></dc:title>`)
	if subject != "" {
		b.WriteString(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">`)
		xmlEsc(&b, subject)
		b.WriteString(`</rdf:li></rdf:Alt></dc:description>`)
	}
	b.WriteString(`<dc:language><rdf:Bag><rdf:li>`)
	b.WriteString(info.lang)
	b.WriteString(`</rdf:li></rdf:Bag></dc:language>`)
	if d.ID != "" {
		b.WriteString(`<dc:identifier>`)
		xmlEsc(&b, d.Reference())
		b.WriteString(`</dc:identifier>`)
	}
	b.WriteString(`<xmp:CreatorTool>` + producer + `</xmp:CreatorTool><xmp:CreateDate>` + date + `</xmp:CreateDate><xmp:ModifyDate>` + date + `</xmp:ModifyDate>`)
	b.WriteString(`<pdf:Producer>` + producer + `</pdf:Producer>`)
	if keywords != "" {
		b.WriteString(`<pdf:Keywords>`)
		xmlEsc(&b, keywords)
		b.WriteString(`</pdf:Keywords>`)
	}
	b.WriteString("\n</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

// xmlEsc writes s escaped for XML, dropping what XML 1.0 forbids.
func xmlEsc(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r < 0xE000):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
}
