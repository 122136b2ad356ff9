package render

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"golang.org/x/net/html"
)

// hostile are strings an attacker or a careless paste might put in any
// text field.
var hostile = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`' onmouseover='alert(1)`,
	`[click](javascript:alert(1))`,
	`<!-- comment --><![CDATA[x]]>`,
	"bidi \u202egnp.exe\u202c and \u2066isolate\u2069",
	"control\x00\x07\x1b[31mred\x7f",
	"private \ue000forged blank\ue001 mark",
	`# heading | table | *emphasis* _under_ \escape`,
	"line\nbreak\r\nand\ttab",
	"&lt;script&gt; &amp; entities",
	"\xff\xfe invalid utf-8",
}

// poison sets every string in v, at any depth, to a hostile string, the
// processor's name to a 100 KB string, and returns that long string.
func poison(a *dpa.Agreement) string {
	n := 0
	setStrings(a, func() string {
		n++
		return hostile[(n-1)%len(hostile)]
	})
	long := strings.Repeat("Långt namn AB ", 100<<10/15)
	a.Processor.Name = long
	return long
}

var (
	htmlTag  = regexp.MustCompile(`(?i)<(script|img|!--|!\[cdata)`)
	mdLink   = regexp.MustCompile(`(^|[^\\])\]\(javascript:`)
	controls = regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\ue000-\ue005]")
)

func TestHostileStrings(t *testing.T) {
	t.Parallel() // CPU-bound and independent: runs beside the other heavy tests on a second core
	for _, ex := range examples.All() {
		a := ex.Build()
		long := poison(a)
		for _, l := range i18n.Langs {
			for _, f := range Formats {
				var buf bytes.Buffer
				if err := Render(&buf, a, l, f, Options{AllowBlanks: true}); err != nil {
					t.Fatalf("%s/%s/%s: %v", ex.Name, l, f, err)
				}
				out := buf.String()
				if controls.MatchString(out) {
					t.Errorf("%s/%s/%s: control, bidi or private-use character reached the output: %q", ex.Name, l, f, controls.FindString(out))
				}
				if !strings.Contains(out, strings.TrimSpace(long)[:1000]) || strings.Count(out, "Långt namn AB") < 100<<10/15 {
					t.Errorf("%s/%s/%s: the 100 KB name was cut", ex.Name, l, f)
				}
				switch f {
				case HTML:
					if m := htmlTag.FindString(out); m != "" {
						t.Errorf("%s/%s: HTML carries markup from input: %q", ex.Name, l, m)
					}
					if err := safeHTML(out); err != nil {
						t.Errorf("%s/%s: %v", ex.Name, l, err)
					}
				case Markdown:
					if m := htmlTag.FindString(out); m != "" {
						t.Errorf("%s/%s: Markdown carries raw HTML from input: %q", ex.Name, l, m)
					}
					if mdLink.MatchString(out) {
						t.Errorf("%s/%s: Markdown carries a javascript: link", ex.Name, l)
					}
					if err := safeMarkdown(out); err != nil {
						t.Errorf("%s/%s: %v", ex.Name, l, err)
					}
				}
			}
		}
	}
}

// allowedTags are the elements the HTML writer emits.
var allowedTags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"article": true, "header": true, "nav": true, "section": true, "h1": true, "h2": true, "h3": true, "p": true,
	"span": true, "strong": true, "br": true, "ol": true, "ul": true, "li": true, "a": true, "div": true,
	"table": true, "caption": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "colgroup": true, "col": true,
	"del": true, "ins": true} // an amendment's deletions and insertions

// fixedAttrs are the attributes the HTML writer emits with one fixed value
// each; tokenAttrs are those whose value it builds from fixed words,
// numbers and language tags. No other attribute may appear.
var (
	fixedAttrs = map[string]string{"charset": "utf-8", "name": "viewport", "content": "width=device-width, initial-scale=1"}
	tokenAttrs = map[string]bool{"class": true, "id": true, "lang": true, "scope": true}
	token      = regexp.MustCompile(`^[a-z0-9-]+( [a-z0-9-]+)*$`)
)

// safeHTML parses the page and checks that it holds only the writer's own
// elements and attributes: no event handler or script URL attribute, no
// attribute value that did not come from the writer's own words, links
// only to anchors on the page, and the writer's own style sheet. It checks
// the page twice, token by token as the tokenizer sees it and as the tree a
// browser's parser builds, so that foreign content (SVG, MathML) or a
// misnested tag cannot hide an element from one of the two views.
func safeHTML(page string) error {
	_, err := safeHTMLText(page)
	return err
}

// safeHTMLText is safeHTML that also returns the text of the page as a
// browser shows it (entities decoded, elements dropped, the style sheet
// left out), from the same pass of the tokenizer.
func safeHTMLText(page string) (string, error) {
	var text strings.Builder
	err := checkHTML(page, &text)
	return text.String(), err
}

// checkHTML is safeHTML, writing the page's text to text.
func checkHTML(page string, text *strings.Builder) error {
	z := html.NewTokenizer(strings.NewReader(page))
	inStyle := false
	styles := 0
tokens:
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				break tokens
			}
			return z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedTags[tok.Data] {
				return fmt.Errorf("unexpected element <%s>", tok.Data)
			}
			inStyle = tok.Data == "style"
			if inStyle {
				styles++
			}
			if err := safeAttrs(tok.Data, tok.Attr); err != nil {
				return err
			}
		case html.TextToken:
			if inStyle {
				if string(z.Text()) != "\n"+css {
					return fmt.Errorf("the style sheet is not the writer's own")
				}
			} else {
				text.Write(z.Text())
			}
		case html.EndTagToken:
			inStyle = false
		case html.CommentToken:
			return fmt.Errorf("comment in output")
		case html.DoctypeToken:
			if tok := z.Token(); tok.Data != "html" {
				return fmt.Errorf("doctype %q", tok.Data)
			}
		}
	}
	if styles != 1 {
		return fmt.Errorf("%d style sheets; want the writer's one", styles)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return err
	}
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.ElementNode:
			if n.Namespace != "" || !allowedTags[n.Data] {
				return fmt.Errorf("the parsed page has an element <%s> in namespace %q", n.Data, n.Namespace)
			}
			if err := safeAttrs(n.Data, n.Attr); err != nil {
				return fmt.Errorf("the parsed page: %w", err)
			}
		case html.CommentNode:
			return fmt.Errorf("the parsed page has a comment")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return nil
}

// safeAttrs checks the attributes of one element for safeHTML.
func safeAttrs(tag string, attrs []html.Attribute) error {
	for _, at := range attrs {
		key := strings.ToLower(at.Key)
		switch {
		case at.Namespace != "":
			return fmt.Errorf("namespaced attribute %s:%s on <%s>", at.Namespace, at.Key, tag)
		case strings.HasPrefix(key, "on"):
			return fmt.Errorf("event attribute %s on <%s>", at.Key, tag)
		case key == "href":
			if !strings.HasPrefix(at.Val, "#") || !token.MatchString(at.Val[1:]) {
				return fmt.Errorf("link to %q", at.Val)
			}
		case key == "src" || key == "srcdoc" || key == "style":
			return fmt.Errorf("attribute %s on <%s>", at.Key, tag)
		case fixedAttrs[key] != "":
			if at.Val != fixedAttrs[key] {
				return fmt.Errorf("attribute %s=%q on <%s>; the writer writes %q", at.Key, at.Val, tag, fixedAttrs[key])
			}
		case tokenAttrs[key]:
			if !token.MatchString(at.Val) {
				return fmt.Errorf("attribute %s=%q on <%s> is not made of the writer's own words", at.Key, at.Val, tag)
			}
		default:
			return fmt.Errorf("unexpected attribute %s on <%s>", at.Key, tag)
		}
	}
	return nil
}

var (
	// mdAnchor is the anchor line the Markdown writer puts before each
	// heading.
	mdAnchor = regexp.MustCompile(`^<a id="[a-z0-9-]*"></a>$`)
	// mdTOC is a line of the Markdown table of contents: the writer's only
	// link, to an anchor on the page, with an escaped title.
	mdTOC = regexp.MustCompile(`^- \[(?:[^\\\[\]]|\\.)*\]\(#[a-z0-9-]+\)$`)
)

// safeMarkdown checks that Markdown carries nothing from its input that a
// Markdown renderer would interpret as markup rather than show as text: no
// raw HTML (every unescaped "<" starts the writer's own anchor line or is
// the writer's own <ins> or </ins> of an amendment), no
// entity (every "&" is the writer's own &lt;, &gt; or &amp;), no link or
// image (every unescaped "[" or "]" is in the table of contents, whose
// targets are anchors) and no code span.
func safeMarkdown(md string) error {
	for n, line := range strings.Split(md, "\n") {
		if mdAnchor.MatchString(line) {
			continue
		}
		toc := mdTOC.MatchString(line)
		for i := 0; i < len(line); i++ {
			switch c := line[i]; c {
			case '\\':
				i++ // the next byte is escaped
			case '<':
				if rest := line[i:]; strings.HasPrefix(rest, "<ins>") || strings.HasPrefix(rest, "</ins>") {
					continue
				}
				return fmt.Errorf("line %d: raw HTML: %.80q", n+1, line[i:])
			case '&':
				rest := line[i+1:]
				if !strings.HasPrefix(rest, "lt;") && !strings.HasPrefix(rest, "gt;") && !strings.HasPrefix(rest, "amp;") {
					return fmt.Errorf("line %d: an entity the writer did not write: %.80q", n+1, line[i:])
				}
			case '[', ']':
				if !toc {
					return fmt.Errorf("line %d: link or image syntax: %.80q", n+1, line[max(0, i-20):])
				}
			case '`':
				return fmt.Errorf("line %d: code span: %.80q", n+1, line[i:])
			}
		}
	}
	return nil
}

func TestCleanForgedMarks(t *testing.T) {
	got := spans(clean("a \ue000forged\ue001 b"))
	if len(got) != 1 || got[0].Kind != Plain {
		t.Errorf("forged blank marks survived clean: %+v", got)
	}
}
