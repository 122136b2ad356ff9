package render

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/i18n"
	"golang.org/x/text/message"
)

// texts holds the clause catalogue of each language: message key → format
// with positional arguments %[1]s, %[2]s (text) and %[1]d (a count, written
// with the language's digits by x/text); a literal per cent sign is %%.
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
	lit  string // literal text, or
	arg  int    // 1-based argument number
	verb byte   // 's' or 'd'
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

// compile parses a catalogue format.
func compile(format string) (template, error) {
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
		t = append(t, piece{arg: n, verb: verb})
		i += end + 2
	}
	if lit.Len() > 0 {
		t = append(t, piece{lit: lit.String()})
	}
	return t, nil
}

// exec fills the template with args; an integer is written in language
// l's digits by x/text.
func (t template) exec(l i18n.Lang, args []any) string {
	if len(t) == 1 && t[0].arg == 0 {
		return t[0].lit
	}
	size := 0
	for _, p := range t {
		if p.arg == 0 {
			size += len(p.lit)
		} else if p.arg <= len(args) {
			if s, ok := args[p.arg-1].(string); ok {
				size += len(s)
			} else {
				size += 8
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range t {
		if p.arg == 0 {
			b.WriteString(p.lit)
			continue
		}
		if p.arg > len(args) {
			b.WriteString("%!(MISSING)")
			continue
		}
		switch v := args[p.arg-1].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(printer(l).Sprintf("%d", v))
		default:
			b.WriteString(fmt.Sprint(v))
		}
	}
	return b.String()
}

// printers caches a message.Printer per language for number formatting.
// They use no catalogue: message.Catalog(nil) is not allowed, so an empty
// private builder keeps them off x/text's global default catalogue.
var printers sync.Map

func printer(l i18n.Lang) *message.Printer {
	if p, ok := printers.Load(l); ok {
		return p.(*message.Printer)
	}
	p, _ := printers.LoadOrStore(l, message.NewPrinter(l.Tag(), message.Catalog(emptyCatalogue)))
	return p.(*message.Printer)
}

// tocHeading is the heading of the table of contents in language l.
func tocHeading(l i18n.Lang) string { return lookup(l, "toc", nil) }

// lookup returns the text for key in language l, falling back to English
// for a key the language lacks.
func lookup(l i18n.Lang, key string, args []any) string {
	ts := templates()
	t, ok := ts[l][key]
	if !ok {
		t, ok = ts[i18n.EN][key]
		l = i18n.EN
	}
	if !ok {
		return key
	}
	return t.exec(l, args)
}
