package render

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// mdShapes are the Markdown constructs a value may try to open: each
// block that can start a line, each inline construct that makes a link,
// code or HTML, and what GFM turns into a link by itself.
var mdShapes = []struct{ name, s string }{
	{"dash-item", "- x"},
	{"plus-item", "+ x"},
	{"star-item", "* x"},
	{"dot-item", "1. x"},
	{"paren-item", "1) x"},
	{"long-number-item", "123456789. x"},
	{"dash-break", "- - -"},
	{"star-break", "***"},
	{"spaced-star-break", "* * *"},
	{"underscore-break", "___"},
	{"setext-h2", "---"},
	{"setext-h1", "==="},
	{"backtick-fence", "```"},
	{"tilde-fence", "~~~"},
	{"fence-info", "```go x"},
	{"indented-code", "code"}, // indented by the prefixes
	{"atx-heading", "# x"},
	{"quote", "> x"},
	{"table-row", "| a | b |"},
	{"table-delimiter", "|---|---|"},
	{"bare-pipes", "a | b"},
	{"html-block", "<div>"},
	{"html-block-open", "<div x"},
	{"html-script-open", "<script"},
	{"html-comment-open", "<!-- x"},
	{"html-instruction-open", "<?x"},
	{"html-declaration-open", "<!X"},
	{"html-cdata-open", "<![CDATA[x"},
	{"html-inline", "x <b>y</b>"},
	{"autolink", "<https://evil.example>"},
	{"email-autolink", "<a@evil.example>"},
	{"http", "http://evil.example"},
	{"https", "see https://evil.example/p?q=1"},
	{"https-upper", "HTTPS://EVIL.EXAMPLE"},
	{"ftp", "ftp://evil.example"},
	{"www", "www.evil.example"},
	{"www-upper", "WWW.EVIL.EXAMPLE/x"},
	{"www-paren", "(www.evil.example)"},
	{"www-emphasis", "_www.evil.example_"},
	{"email", "a@evil.example"},
	{"email-in-text", "write to a.b@evil.example now"},
	{"mailto", "mailto:a@evil.example"},
	{"link", "[x](https://evil.example)"},
	{"image", "![x](y.png)"},
	{"reference-definition", "[x]: https://evil.example"},
	{"task", "[ ] x"},
	{"code-span", "`x`"},
	{"entity", "&lt;b&gt;"},
	{"backslash-emphasis", `\*x\*`},
	{"backslash-code", "\\`x\\`"},
	{"backslash-link", `\[x\](https://evil.example)`},
	{"backslash-item", `\- x`},
}

// mdPrefixes go before each shape: nothing, the white space that indents
// a line (into a list item's content or a code block), and the control,
// separator and zero-width characters that pass the decoder's trimming
// and become spaces in clean, or stay invisible.
var mdPrefixes = []struct{ name, s string }{
	{"", ""},
	{"space", " "},
	{"3-spaces", "   "},
	{"4-spaces", "    "},
	{"tab", "\t"},
	{"control", "\u0001"},
	{"control-space", "\u0001 "},
	{"controls-4", "\u0001\u0002\u0003\u0004"},
	{"zero-width", "\u200b"},
	{"zero-width-space", "\u200b "},
	{"no-break-space", "\u00a0"},
	{"mixed", " \u0001\t"},
	{"line-separator", "\u2028"},
	{"crlf", "\r\n"},
	{"next-line", "\u0085    "},
}

// mdVectors generates the values TestMarkdownStructure puts into every
// field: each shape after each prefix, and each shape followed by the next
// on a line of its own.
func mdVectors() []struct{ name, s string } {
	var vs []struct{ name, s string }
	for _, sh := range mdShapes {
		for _, p := range mdPrefixes {
			vs = append(vs, struct{ name, s string }{strings.TrimPrefix(p.name+"+"+sh.name, "+"), p.s + sh.s})
		}
	}
	for i, sh := range mdShapes {
		next := mdShapes[(i+1)%len(mdShapes)]
		vs = append(vs, struct{ name, s string }{sh.name + "/" + next.name, sh.s + "\n" + next.s + "\n    " + sh.s})
	}
	return vs
}

// mdParser is goldmark with GitHub's extensions: tables, strikethrough,
// task lists and the extended autolinks.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// mdStructure parses Markdown as a GFM renderer does and returns the shape
// of its tree, one line per element: depth and kind (with a heading's level
// and whether a list is ordered). Text is left out, so the shapes of two
// documents that differ only in their words are equal.
//
// The writer's anchor lines (mdAnchor) are left out before parsing: they
// are the same in every rendering, and parsing them as raw HTML took a
// third of the time.
func mdStructure(md []byte) []string {
	var out []string
	doc := mdParser.Parse(text.NewReader(dropAnchors(md)))
	depth := 0
	_ = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		kind := n.Kind().String()
		switch n.Kind() {
		case gast.KindDocument, gast.KindText, gast.KindString:
			return gast.WalkContinue, nil
		case gast.KindHeading:
			kind += fmt.Sprint(n.(*gast.Heading).Level)
		case gast.KindList:
			if n.(*gast.List).IsOrdered() {
				kind += " ordered"
			}
		case gast.KindEmphasis:
			kind += fmt.Sprint(n.(*gast.Emphasis).Level)
		}
		if !entering {
			depth--
			return gast.WalkContinue, nil
		}
		out = append(out, strings.Repeat(" ", depth)+kind)
		depth++
		return gast.WalkContinue, nil
	})
	return out
}

// dropAnchors returns md without the lines that are exactly one of the
// writer's anchors; it overwrites md.
func dropAnchors(md []byte) []byte {
	out := md[:0]
	for len(md) > 0 {
		line, rest, _ := bytes.Cut(md, []byte("\n"))
		if !mdAnchor.Match(line) {
			out = append(append(out, line...), '\n')
		}
		md = rest
	}
	return out
}

// TestMarkdownStructure checks that the Markdown of an agreement keeps its
// structure whatever its text (F1): every generated value goes into every
// string field of the reference example, which uses every part of the
// model, in every language, and the Markdown, parsed by goldmark with
// GFM, must have exactly the tree of elements (headings, lists and their
// items, paragraphs, tables, code, links, HTML, emphasis) of the same
// agreement with plain text in those fields. A value goes into all fields
// at once, one rendering per value and language: a field whose value
// opens, closes or removes an element changes the tree. When the trees
// differ, the fields are tried one by one to name those at fault.
func TestMarkdownStructure(t *testing.T) {
	t.Parallel() // CPU-bound and independent: runs beside the other heavy tests on a second core
	vectors := mdVectors()
	opts := Options{AllowBlanks: true, TOC: true}
	render := func(a *dpa.Agreement, l i18n.Lang) []byte {
		var buf bytes.Buffer
		if err := Render(&buf, a, l, Markdown, opts); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	const plain = "Plain text"
	base := map[i18n.Lang][]string{}
	baseline := examples.Reference()
	fill(baseline, plain)
	for _, l := range i18n.Langs {
		base[l] = mdStructure(render(baseline, l))
	}
	fields := 0
	walkStrings(baseline, func(func() string) (string, bool) { fields++; return "", false })
	langs := i18n.Langs
	if raceEnabled {
		langs = langs[:1] // the race detector can find nothing in this single-goroutine check
	}
	failures := 0
	for _, v := range vectors {
		a := examples.Reference()
		fill(a, v.s)
		for _, l := range langs {
			got := mdStructure(render(a, l))
			if slices.Equal(base[l], got) { // cmp.Equal would take a third of the test's time
				continue
			}
			if failures++; failures > 3 {
				// Naming the fields takes a rendering per field; three
				// failures named are enough to go on.
				t.Errorf("%s %+q in %s: the Markdown's structure changes", v.name, v.s, l)
				continue
			}
			// Name the fields whose value alone changes the tree.
			var culprits []string
			for k := range fields {
				one := examples.Reference()
				var path string
				i := 0
				walkStrings(one, func(p func() string) (string, bool) {
					i++
					if i-1 == k {
						path = p()
						return v.s, true
					}
					return plain, true
				})
				if diff := cmp.Diff(base[l], mdStructure(render(one, l))); diff != "" {
					culprits = append(culprits, path)
					if len(culprits) == 1 {
						t.Logf("%s/%s in %s (-want +got):\n%.1500s", v.name, l, path, diff)
					}
				}
			}
			t.Errorf("%s %+q in %s: the Markdown's structure changes; fields at fault: %v", v.name, v.s, l, culprits)
		}
	}
	t.Logf("%d values × %d string fields (all at once) × %d languages", len(vectors), fields, len(langs))
}

// TestMarkdownSpans checks the Markdown writer on documents built by hand,
// as a contract system may build them, with spans the builder does not
// make from an agreement: each case must have the structure of its
// baseline in a paragraph, a list item and a table cell.
func TestMarkdownSpans(t *testing.T) {
	tests := []struct {
		name        string
		spans, want []Span
		reason      string
	}{
		{"blank-strong", []Span{{Kind: Strong, Text: " "}}, []Span{{}}, `"** **" at the start of a line is a thematic break`},
		{"empty-strong", []Span{{Kind: Strong}}, []Span{{}}, `"****" is a thematic break`},
		{"strong-spaces", []Span{{Kind: Strong, Text: "  x  "}}, []Span{{Kind: Strong, Text: "x"}}, "asterisks beside white space neither open nor close emphasis"},
		{"split-number", []Span{{Text: "1"}, {Text: ". x"}}, []Span{{Text: "x"}}, "the digits and the full stop in different spans"},
		{"split-number-paren", []Span{{Text: "12"}, {Text: "3"}, {Text: ") x"}}, []Span{{Text: "x"}}, "digits over several spans"},
		{"spaces-then-dash", []Span{{Text: "   "}, {Text: "- x"}}, []Span{{Text: "x"}}, "white space alone in a span before a list marker"},
		{"spaces-then-blank", []Span{{Text: "    "}, {Kind: Blank, Text: "x"}}, []Span{{Kind: Blank, Text: "x"}}, "four spaces before a blank would make code"},
		{"spaces-then-strong", []Span{{Text: "\t  "}, {Kind: Strong, Text: " - x"}}, []Span{{Kind: Strong, Text: "x"}}, "white space before emphasis"},
	}
	doc := func(sp []Span) []byte {
		d := &Document{Lang: i18n.EN, Title: "T", Sections: []*Section{{ID: "s", Heading: "H", Blocks: []Block{
			&Paragraph{Spans: sp},
			&List{Items: []ListItem{{Spans: sp}, {Spans: sp}}},
			&Table{Header: []string{"h", "i"}, Rows: [][]Cell{{Cell(sp), Cell(sp)}}},
		}}}}
		var buf bytes.Buffer
		if err := Write(&buf, d, Markdown); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	for _, tt := range tests {
		md := doc(tt.spans)
		shown := string(md) // mdStructure drops the anchor lines in place
		if diff := cmp.Diff(mdStructure(doc(tt.want)), mdStructure(md)); diff != "" {
			t.Errorf("%s (%s): structure (-want +got):\n%s\n%s", tt.name, tt.reason, diff, shown)
		}
	}
}
