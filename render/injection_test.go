package render

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// injection is a string an attacker might type into a field, and what it
// tries.
type injection struct {
	name, s, reason string
}

// injections is the corpus of TestInjections: each string goes into every
// string field of an agreement.
var injections = []injection{
	// Script elements.
	{"script", `<script>alert(1)</script>`, "the plain script element"},
	{"script-src", `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`, "upper case and an external script"},
	{"script-split", `<scr<script>ipt>alert(1)</scr</script>ipt>`, "a filter that strips <script> once leaves a script"},
	{"close-title", `</title><script>alert(1)</script>`, "leaves the <title>, where the agreement's title goes"},
	{"close-style", `</style><script>alert(1)</script>`, "leaves the <style> element"},
	{"close-textarea", `</textarea><script>alert(1)</script>`, "leaves a raw-text element a form might wrap it in"},
	{"unclosed-script", `<script>/*`, "an unclosed script swallows the rest of the page"},
	{"noscript", `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`, "the noscript parsing differential"},
	{"plaintext", `<plaintext><xmp><script>alert(1)</script>`, "elements that switch the tokenizer's state"},
	// Attribute breakouts.
	{"img-onerror", `"><img src=x onerror=alert(1)>`, "leaves a double-quoted attribute"},
	{"single-quote", `' onmouseover='alert(1)`, "leaves a single-quoted attribute"},
	{"autofocus", `" onfocus="alert(1)" autofocus="`, "an event that fires without a click"},
	{"backtick", "` onload=alert(1) `", "old browsers quoted attributes with backticks"},
	{"style-url", `x" style="background:url(javascript:alert(1))`, "a style attribute with a script URL"},
	{"svg-onload", `"/><svg/onload=alert(1)>`, "a self-closing breakout into SVG"},
	{"writer-attrs", `id=x class="a" lang="b"`, "attributes the writer itself uses"},
	{"anchor-click", `<a href="#" onclick="alert(1)">x</a>`, "a link with an event handler"},
	{"escaped-quote", `\"><script>alert(1)</script>`, "a backslash does not escape a quote in HTML"},
	// Script and data URLs, as e-mail, phone and web addresses.
	{"javascript-url", `javascript:alert(1)`, "a script URL in an e-mail or phone field"},
	{"javascript-case", `JaVaScRiPt:alert(document.cookie)`, "URL schemes are case-insensitive"},
	{"javascript-tab", "java\tscript:alert(1)", "browsers drop tabs inside URLs"},
	{"javascript-entity", `javascript&#58;alert(1)`, "a colon as an entity"},
	{"data-url", `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`, "a data URL holding a script"},
	{"vbscript", `vbscript:msgbox(1)`, "another script scheme"},
	{"mailto", `mailto:a@b.example?subject=<script>alert(1)</script>`, "markup inside an e-mail address"},
	{"tel", `tel:+46<script>alert(1)</script>`, "markup inside a phone number"},
	{"url-breakout", `https://evil.example/"><script>alert(1)</script>`, "a web address that leaves its attribute"},
	{"md-link", `[click](javascript:alert(1))`, "a Markdown link"},
	{"md-image", `![x](javascript:alert(1))`, "a Markdown image"},
	{"md-autolink", `<javascript:alert(1)>`, "a Markdown autolink"},
	{"md-reference", "[a]: javascript:alert(1)\n[a]", "a Markdown link reference definition"},
	{"md-autolink-https", `<https://evil.example>`, "an autolink to another site"},
	// Comments, CDATA and other markup declarations.
	{"comment-cdata", `<!-- comment --><![CDATA[x]]>`, "a comment and a CDATA section"},
	{"comment-close", `--><script>alert(1)</script><!--`, "closes a comment the writer might have opened"},
	{"cdata-script", `<![CDATA[<script>alert(1)</script>]]>`, "CDATA is text only in foreign content"},
	{"conditional-comment", `<!--[if IE]><script>alert(1)</script><![endif]-->`, "a conditional comment"},
	{"doctype-entity", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`, "an XML declaration and an external entity"},
	// Entities and other encodings.
	{"entity-named", `&lt;script&gt;alert(1)&lt;/script&gt;`, "entities must be shown, not decoded into markup"},
	{"entity-decimal", `&#60;script&#62;alert(1)&#60;/script&#62;`, "decimal character references"},
	{"entity-hex", `&#x3C;img src=x onerror=alert(1)&#x3E;`, "hexadecimal character references"},
	{"entity-double", `&amp;lt;b&amp;gt;`, "an escape of an escape"},
	{"entity-quote", `&quot; onmouseover=&quot;alert(1)`, "quotes as entities"},
	{"entity-unterminated", `&lt&gt&amp&quot&#60&#x3c`, "references without their semicolon"},
	{"js-escape", `\u003cscript\u003ealert(1)\u003c/script\u003e`, "JavaScript escapes as plain text"},
	{"percent", `%3Cscript%3Ealert(1)%3C%2Fscript%3E`, "percent-encoding"},
	{"fullwidth", `＜script＞alert(1)＜/script＞`, "full-width brackets are not markup"},
	// Bidirectional and invisible characters.
	{"bidi-override", "invoice \u202egnp.exe\u202c", "a right-to-left override reverses what follows"},
	{"bidi-isolates", "\u2066isolate\u2069 \u2067rli\u2069 \u2068fsi\u2069", "directional isolates"},
	{"bidi-marks", "\u200e\u200f\u061c marks", "directional marks"},
	{"bidi-embeddings", "\u202a\u202b\u202d embeddings \u202c", "directional embeddings"},
	{"bidi-unclosed", "\u202e\u2067 never closed", "overrides that would run into the writer's own text"},
	// Control, private-use and malformed characters.
	{"nul", "nul\x00byte", "a null byte"},
	{"controls", "control\x07\x1b[31mred\x7f\u0085\u2028\u2029", "bell, an ANSI escape, delete, C1 next-line and the Unicode line separators"},
	{"invalid-utf8", "\xff\xfe invalid utf-8 \xc0\xaf\xed\xa0\x80", "bytes that are not UTF-8, an overlong slash and a surrogate"},
	{"private-use", "private \ue000forged blank\ue001 \ue004strong\ue005 \ue002enfallback\ue003", "the writer's own marks"},
	{"line-breaks", "line\nbreak\r\nand\ttab", "breaks inside a paragraph"},
	// SVG, MathML and other active elements.
	{"svg-script", `<svg><script>alert(1)</script></svg>`, "a script inside SVG"},
	{"svg-xlink", `<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`, "an SVG link with a script URL"},
	{"mathml-mglyph", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, "the MathML namespace-confusion trick"},
	{"mathml-href", `<math href="javascript:alert(1)">x</math>`, "MathML links"},
	{"iframe-srcdoc", `<iframe srcdoc="<script>alert(1)</script>">`, "a frame with its own document"},
	{"object", `<object data="javascript:alert(1)">`, "a plug-in element"},
	{"form-action", `<form action="javascript:alert(1)"><button>x</button></form>`, "a form that submits to a script"},
	{"meta-refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`, "a redirect"},
	{"base-href", `<base href="javascript:/">`, "rebases every relative link"},
	{"link-stylesheet", `<link rel=stylesheet href=//evil.example/x.css>`, "an external style sheet"},
	{"details-toggle", `<details open ontoggle=alert(1)>`, "an event that fires on its own"},
	// Style sheets and expressions.
	{"style-element", `<style>body{background:url(javascript:alert(1))}</style>`, "a style element"},
	{"css-expression", `x:expression(alert(1))`, "old IE's CSS expressions"},
	{"style-attr-expression", `<div style="width:expression(alert(1))">`, "an expression in a style attribute"},
	{"css-import", `@import url(//evil.example/x.css);`, "an import rule"},
	// Template syntax of Go, JavaScript and other engines.
	{"go-template", `{{.}}{{template "x"}}{{/* */}}`, "Go template actions"},
	{"js-template", "${alert(1)}", "a JavaScript template literal"},
	{"angular", `{{constructor.constructor('alert(1)')()}}`, "an AngularJS sandbox escape"},
	{"erb", `<%= 7*7 %>`, "ERB and JSP"},
	{"thymeleaf", `#{7*7} [[${7*7}]]`, "Ruby interpolation and Thymeleaf"},
	{"format-verbs", `%[1]v %s %d %!d(MISSING) %%`, "the clause templates' own verbs must not be expanded in input"},
	// Markdown structure.
	{"md-syntax", `# heading | table | *emphasis* _under_ \escape ~strike~`, "inline Markdown"},
	{"md-fence", "```\ncode\n```", "a fenced code block"},
	{"md-blocks", "1. list\n- item\n> quote\n    indented", "block syntax at the start of a line"},
	{"md-table", "| a | b |\n|---|---|", "a table"},
	{"md-html-block", "<div>\n*raw*\n</div>", "an HTML block in Markdown"},
	// Very long and deeply nested input.
	{"long", strings.Repeat("Långt namn AB ", 8<<10/15), "8 KB of text in every field"},
	{"nested-div", strings.Repeat("<div>", 2000), "markup 2 000 levels deep"},
	{"nested-inline", strings.Repeat("<b><i>", 1000) + "x", "inline markup 2 000 levels deep"},
	{"ampersands", strings.Repeat("&", 4000), "an entity escape for every byte"},
	{"quotes", strings.Repeat(`"'><`, 1000), "every character that needs escaping"},
	{"many-overrides", strings.Repeat("\u202e", 1000) + "x", "a thousand overrides"},
}

// fill sets every settable string in the agreement, at any depth, to s.
func fill(a *dpa.Agreement, s string) { setStrings(a, func() string { return s }) }

// setStrings sets every settable string in the agreement, at any depth, to
// what next returns, in the order of the fields.
func setStrings(a *dpa.Agreement, next func() string) {
	walkStrings(a, func(_ func() string) (string, bool) { return next(), true })
}

// walkStrings calls set for every settable string in the agreement, at any
// depth, in the order of the fields, with a function that gives the
// string's Go path ("Processor.Name", "Annexes.B.Entries[0].Name"); when
// set returns true, the string is set to what it returns.
func walkStrings(a *dpa.Agreement, set func(path func() string) (string, bool)) {
	var at []string
	path := func() string { return strings.Join(at, "") }
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if v.CanSet() {
				if s, ok := set(path); ok {
					v.SetString(s)
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					sep := "."
					if len(at) == 0 {
						sep = ""
					}
					at = append(at, sep+f.Name)
					walk(v.Field(i))
					at = at[:len(at)-1]
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				at = append(at, "["+strconv.Itoa(i)+"]")
				walk(v.Index(i))
				at = at[:len(at)-1]
			}
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(a).Elem())
}

// unsafeChar returns the first character clean must keep out of every
// output: C0 and C1 controls other than tab and line feed (which the
// writers emit themselves), the Unicode line separators, bidirectional
// controls and private-use characters, such as the builder's marks. It
// looks closer only at the bytes that can start one of them, so the tests
// that check megabytes of output spend little time here.
func unsafeChar(out string) (rune, bool) {
	for i := 0; i < len(out); i++ {
		c := out[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f {
				return rune(c), true
			}
			continue
		}
		if !unsafeLead[c] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(out[i:])
		if (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || isBidiControl(r) || unicode.Is(unicode.Co, r) {
			return r, true
		}
	}
	return 0, false
}

// unsafeLead marks the lead bytes of the UTF-8 encodings of the runes
// unsafeChar looks for: U+0080–U+009F (C2), U+061C (D8), U+200E–U+202E
// and U+2066–U+2069 (E2), private use U+E000–U+F8FF (EE, EF) and the
// private-use planes 15 and 16 (F3, F4).
var unsafeLead = [256]bool{0xc2: true, 0xd8: true, 0xe2: true, 0xee: true, 0xef: true, 0xf3: true, 0xf4: true}

// TestInjections puts each string of the corpus into every string field of
// every example (the reference example only for strings over 1 KB, and
// under the race detector) and renders it in every language (one under the
// race detector) and format, and side by side. The HTML parses and holds
// only the writer's own elements and attributes (safeHTML), and the input
// is there as text: what a browser shows contains the input exactly as
// clean leaves it, so it was escaped, not interpreted. The Markdown holds
// no raw HTML, entity, link, image or code span from the input
// (safeMarkdown). No output carries a control, bidi or private-use
// character.
func TestInjections(t *testing.T) {
	t.Parallel() // CPU-bound and independent: runs beside the other heavy tests on a second core
	if len(injections) < 50 {
		t.Fatalf("the corpus has %d strings; the issue asks for at least 50", len(injections))
	}
	names := map[string]bool{}
	for _, in := range injections {
		if names[in.name] {
			t.Fatalf("the corpus repeats %q", in.name)
		}
		names[in.name] = true
	}
	for i, in := range injections {
		t.Run(in.name, func(t *testing.T) {
			// Long strings in every field make pages of megabytes; one
			// example, the one that uses every part of the model, is enough
			// for them. The race detector makes these single-goroutine
			// checks ten times slower and can find nothing in them, so
			// under it each string is rendered in one language, a
			// different one for each string in turn.
			exs, langs := examples.All(), i18n.Langs
			if len(in.s) > 1<<10 || raceEnabled {
				exs = []examples.Example{{Name: "reference", Build: examples.Reference}}
			}
			if raceEnabled {
				langs = []i18n.Lang{i18n.Langs[i%len(i18n.Langs)]}
			}
			for k, ex := range exs {
				a := ex.Build()
				fill(a, in.s)
				shown := clean(in.s)
				for _, l := range langs {
					for _, f := range Formats {
						var buf bytes.Buffer
						if err := Render(&buf, a, l, f, Options{AllowBlanks: true, TOC: true}); err != nil {
							t.Fatalf("%s/%s/%s (%s): %v", ex.Name, l, f, in.reason, err)
						}
						out := buf.String()
						if m, ok := unsafeChar(out); ok {
							t.Errorf("%s/%s/%s (%s): %+q reached the output", ex.Name, l, f, in.reason, m)
						}
						switch f {
						case HTML:
							text, err := safeHTMLText(out)
							if err != nil {
								t.Errorf("%s/%s/html (%s): %v", ex.Name, l, in.reason, err)
							}
							if strings.TrimSpace(shown) != "" && !strings.Contains(text, shown) {
								t.Errorf("%s/%s/html (%s): the page does not show the input %.60q as text", ex.Name, l, in.reason, shown)
							}
						case Markdown:
							if err := safeMarkdown(out); err != nil {
								t.Errorf("%s/%s/markdown (%s): %v", ex.Name, l, in.reason, err)
							}
						}
					}
				}
				// The side-by-side page runs the same block writer on twice
				// the text; it is checked for the reference example and, in
				// turn, one other example per string, so that every example's
				// page meets a share of the corpus at a third of the cost.
				if ex.Name != "reference" && k != i%len(exs) {
					continue
				}
				var buf bytes.Buffer
				if err := Parallel(&buf, a, i18n.SV, i18n.EN, Options{AllowBlanks: true}); err != nil {
					t.Fatalf("%s/parallel (%s): %v", ex.Name, in.reason, err)
				}
				if err := safeHTML(buf.String()); err != nil {
					t.Errorf("%s/parallel (%s): %v", ex.Name, in.reason, err)
				}
				if m, ok := unsafeChar(buf.String()); ok {
					t.Errorf("%s/parallel (%s): %+q reached the output", ex.Name, in.reason, m)
				}
			}
		})
	}
}

// TestSafeCheckersCatch makes sure safeHTML and safeMarkdown are not
// vacuous: each page below differs from the writer's output in one way an
// injection would, and must be refused.
func TestSafeCheckersCatch(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, examples.Seed004(), i18n.DA, HTML, Options{TOC: true}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if err := safeHTML(page); err != nil {
		t.Fatalf("the writer's own page is refused: %v", err)
	}
	body := strings.Index(page, "<article")
	for _, tc := range []struct{ name, insert, reason string }{
		{"script", `<script>alert(1)</script>`, "a script element"},
		{"event", `<p onclick="alert(1)">x</p>`, "an event attribute on an allowed element"},
		{"href", `<a href="javascript:alert(1)">x</a>`, "a script URL"},
		{"class", `<p class="x&quot;y">x</p>`, "an attribute value the writer would not write"},
		{"svg", `<svg><a>x</a></svg>`, "an allowed tag name inside foreign content"},
		{"comment", `<!-- x -->`, "a comment"},
		{"attr", `<p title="x">x</p>`, "an attribute the writer never writes"},
		{"style", `<style>p{}</style>`, "a second style sheet"},
	} {
		if err := safeHTML(page[:body] + tc.insert + page[body:]); err == nil {
			t.Errorf("safeHTML accepts a page with %s", tc.reason)
		}
	}
	buf.Reset()
	if err := Render(&buf, examples.Seed004(), i18n.DA, Markdown, Options{TOC: true}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	if err := safeMarkdown(md); err != nil {
		t.Fatalf("the writer's own Markdown is refused: %v", err)
	}
	for _, tc := range []struct{ insert, reason string }{
		{"<b>x</b>", "raw HTML"},
		{"&lt;", "an entity at the start of a line is fine, so this must pass"},
		{"&#60;", "a character reference"},
		{"[x](javascript:alert(1))", "a link"},
		{"![x](y)", "an image"},
		{"`x`", "a code span"},
		{"- [x](#a) [y](javascript:z)", "a link hidden after a table-of-contents line"},
	} {
		err := safeMarkdown(md + "\n" + tc.insert + "\n")
		if wantOK := tc.insert == "&lt;"; (err == nil) != wantOK {
			t.Errorf("safeMarkdown with %s: %v", tc.reason, err)
		}
	}
}

// TestUnsafeChar makes sure unsafeChar, which skips most bytes, still finds
// each kind of character it looks for, and passes what the writers emit.
func TestUnsafeChar(t *testing.T) {
	for _, r := range []rune{0, 0x01, 0x0d, 0x1b, 0x7f, 0x80, 0x85, 0x9f, 0x061c, 0x200e, 0x200f, 0x2028, 0x2029,
		0x202a, 0x202e, 0x2066, 0x2069, 0xe000, 0xe005, 0xf8ff, 0xf0000, 0x10fffd} {
		if got, ok := unsafeChar("ok å " + string(r) + " x"); !ok || got != r {
			t.Errorf("unsafeChar misses %U (got %U, %v)", r, got, ok)
		}
	}
	if r, ok := unsafeChar("tab\tline\nå ä ö – “” € \u00a0 \u200b \u2060 \ufeff \U0001F600"); ok {
		t.Errorf("unsafeChar refuses %U, which clean keeps", r)
	}
}
