package render

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
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
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if v.CanSet() {
				v.SetString(hostile[n%len(hostile)])
				n++
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(a).Elem())
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
	for _, ex := range examples.All() {
		a := ex.Build()
		long := poison(a)
		for _, l := range i18n.Langs {
			for _, f := range Formats {
				var buf bytes.Buffer
				if err := Render(&buf, a, string(l), f, Options{AllowBlanks: true}); err != nil {
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
				}
			}
		}
	}
}

// allowedTags are the elements the HTML writer emits.
var allowedTags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"article": true, "header": true, "nav": true, "section": true, "h1": true, "h2": true, "h3": true, "p": true,
	"span": true, "strong": true, "br": true, "ol": true, "ul": true, "li": true, "a": true, "div": true,
	"table": true, "caption": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "colgroup": true, "col": true}

// safeHTML parses the page and checks that it holds only the writer's own
// elements, no event handler or script URL attribute, links only to anchors
// on the page, and the writer's own style sheet.
func safeHTML(page string) error {
	z := html.NewTokenizer(strings.NewReader(page))
	inStyle := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return nil
			}
			return z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedTags[tok.Data] {
				return fmt.Errorf("unexpected element <%s>", tok.Data)
			}
			inStyle = tok.Data == "style"
			for _, at := range tok.Attr {
				switch {
				case strings.HasPrefix(strings.ToLower(at.Key), "on"):
					return fmt.Errorf("event attribute %s on <%s>", at.Key, tok.Data)
				case at.Key == "href" && !strings.HasPrefix(at.Val, "#"):
					return fmt.Errorf("link to %q", at.Val)
				case at.Key == "src" || at.Key == "srcdoc" || at.Key == "style":
					return fmt.Errorf("attribute %s on <%s>", at.Key, tok.Data)
				}
			}
		case html.TextToken:
			if inStyle && string(z.Text()) != "\n"+css {
				return fmt.Errorf("the style sheet is not the writer's own")
			}
		case html.EndTagToken:
			inStyle = false
		case html.CommentToken:
			return fmt.Errorf("comment in output")
		}
	}
}

func TestCleanForgedMarks(t *testing.T) {
	got := spans(clean("a \ue000forged\ue001 b"))
	if len(got) != 1 || got[0].Kind != Plain {
		t.Errorf("forged blank marks survived clean: %+v", got)
	}
}
