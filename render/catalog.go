package render

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/locale"
	"golang.org/x/text/message"
)

// texts holds the clause catalogue of each language: message key → format
// with positional arguments %[1]s, %[2]s (text) and %[1]d (a count, which
// the builder formats with the language's digits by x/text before it is
// filled in); a literal per cent sign is %%.
// Every language has every key; TestCatalogueComplete checks it against
// English.
var texts = map[i18n.Lang]map[string]string{
	i18n.EN: textsEN,
	i18n.SV: textsSV,
	i18n.NB: textsNB,
	i18n.DA: textsDA,
}

// template is a compiled catalogue entry: literal text and argument slots.
//
// Why not message.Printer.Sprintf with a catalog.Builder: x/text's printer
// looks the key up in the catalogue and allocates a decoder on every call,
// which measured at more than a quarter of a render's time and a third of
// its allocations. The arguments of our clauses are already formatted
// through x/text (numbers, periods with CLDR plurals, money, dates, names),
// so substituting them into a compiled template is all that is left to do.
type template []piece

type piece struct {
	lit string // literal text, or
	arg int    // 1-based argument number
}

// compiled holds the templates per language, built once.
var (
	compiled     map[i18n.Lang]map[string]template
	compileOnce  sync.Once
	compileError error
)

func templates() map[i18n.Lang]map[string]template {
	compileOnce.Do(func() {
		compiled = make(map[i18n.Lang]map[string]template, len(texts))
		for l, m := range texts {
			compiled[l] = make(map[string]template, len(m))
			for key, format := range m {
				t, err := compile(format)
				if err != nil && compileError == nil {
					compileError = fmt.Errorf("render: catalogue %s/%s: %w", l, key, err)
				}
				compiled[l][key] = t
			}
		}
	})
	return compiled
}

// compile parses a catalogue format. Catalogue text may not hold the
// builder's marks: fill relies on it.
func compile(format string) (template, error) {
	if indexMark(format) >= 0 {
		return nil, fmt.Errorf("holds a private-use mark character")
	}
	var t template
	var lit strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			lit.WriteByte(c)
			continue
		}
		rest := format[i+1:]
		if strings.HasPrefix(rest, "%") {
			lit.WriteByte('%')
			i++
			continue
		}
		end := strings.IndexByte(rest, ']')
		if !strings.HasPrefix(rest, "[") || end < 0 || end+1 >= len(rest) {
			return nil, fmt.Errorf("verb at %d: want %%[n]s or %%[n]d", i)
		}
		n, err := strconv.Atoi(rest[1:end])
		verb := rest[end+1]
		if err != nil || n < 1 || (verb != 's' && verb != 'd') {
			return nil, fmt.Errorf("verb at %d: want %%[n]s or %%[n]d", i)
		}
		if lit.Len() > 0 {
			t = append(t, piece{lit: lit.String()})
			lit.Reset()
		}
		t = append(t, piece{arg: n})
		i += end + 2
	}
	if lit.Len() > 0 {
		t = append(t, piece{lit: lit.String()})
	}
	return t, nil
}

// exec fills the template with args.
func (t template) exec(args []string) string {
	if len(t) == 1 && t[0].arg == 0 {
		return t[0].lit
	}
	size := 0
	for _, p := range t {
		if p.arg == 0 {
			size += len(p.lit)
		} else if p.arg <= len(args) {
			size += len(args[p.arg-1])
		}
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range t {
		switch {
		case p.arg == 0:
			b.WriteString(p.lit)
		case p.arg > len(args):
			b.WriteString(missingArg)
		default:
			b.WriteString(args[p.arg-1])
		}
	}
	return b.String()
}

// fill appends the spans of the template filled with args to out, without
// building the text first: each literal piece is a plain span (catalogue
// text holds no marks; compile refuses them) and each argument is split at
// its marks. Empty arguments add nothing.
func (t template) fill(out []Span, args []string) []Span {
	for _, p := range t {
		switch {
		case p.arg == 0:
			out = append(out, Span{Text: p.lit})
		case p.arg > len(args):
			out = append(out, Span{Text: missingArg})
		case args[p.arg-1] != "":
			out = appendSpans(out, args[p.arg-1])
		}
	}
	return out
}

// missingArg stands where a template names an argument it was not given,
// as fmt would write it; TestCatalogueArgs keeps it out of every rendering.
const missingArg = "%!(MISSING)"

// printer returns the language's number printer.
func printer(l i18n.Lang) *message.Printer { return locale.For(l).Printer() }

// tocHeading is the heading of the table of contents in language l.
func tocHeading(l i18n.Lang) string { return lookup(l, "toc", nil) }

// lookup returns the text for key in language l, falling back to English
// for a key the language lacks.
func lookup(l i18n.Lang, key string, args []string) string {
	ts := templates()
	t, ok := ts[l][key]
	if !ok {
		t, ok = ts[i18n.EN][key]
		l = i18n.EN
	}
	if !ok {
		return key
	}
	return t.exec(args)
}
