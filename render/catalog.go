package render

//go:generate go run ../internal/catalog/catalogen

import (
	"strconv"

	"github.com/dpakit/dpakit/i18n"
)

// The clause catalogue is data: locales/{en,sv,nb,da}/messages.gotext.json,
// which go generate compiles into catalog_gen.go (keys, ids, placeholder
// names and the templates of each language, builtin). A key is an index
// into a language's array of templates, so a key that does not exist is a
// compile error and a lookup is an array index. locales/README.md tells
// translators how to edit the files.

// key names a text of the catalogue; noKey (0) is no text.
type key uint16

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

// table is one language's templates by key.
type table = [numKeys]template

// langIndex is the index of l in builtin; English for a language the
// catalogue lacks.
func langIndex(l i18n.Lang) int {
	for i, x := range catalogueLangs {
		if string(l) == x {
			return i
		}
	}
	return 0
}

// exec fills the template with args.
func (t template) exec(args []string) string {
	if len(t) == 1 && t[0].arg == 0 {
		return t[0].lit
	}
	return done(t.appendTo(make([]byte, 0, t.size(args)), args)) // one allocation, never written again
}

// execIn is exec with the filled text made in s.
func (t template) execIn(s *strStore, args []string) string {
	if len(t) == 1 && t[0].arg == 0 {
		return t[0].lit
	}
	return done(t.appendTo(s.take(t.size(args)), args))
}

// size is the length of t filled with args.
func (t template) size(args []string) int {
	n := 0
	for _, p := range t {
		switch {
		case p.arg == 0:
			n += len(p.lit)
		case p.arg > len(args):
			n += len(missingArg)
		default:
			n += len(args[p.arg-1])
		}
	}
	return n
}

// appendTo appends t filled with args to b.
func (t template) appendTo(b []byte, args []string) []byte {
	for _, p := range t {
		switch {
		case p.arg == 0:
			b = append(b, p.lit...)
		case p.arg > len(args):
			b = append(b, missingArg...)
		default:
			b = append(b, args[p.arg-1]...)
		}
	}
	return b
}

// fill appends the spans of the template filled with args to out, without
// building the text first: each literal piece is a plain span (catalogue
// text holds no marks; internal/catalog refuses them) and each argument is
// split at its marks. Empty arguments add nothing.
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

// tocHeading is the heading of the table of contents of d: the one its
// builder chose, with the wording it used, or the built-in one.
func tocHeading(d *Document) string {
	if d.toc != "" {
		return d.toc
	}
	return lookup(d.Lang, kToc, nil)
}

// lookup returns the built-in text for k in language l (English for a
// language the catalogue lacks).
func lookup(l i18n.Lang, k key, args []string) string {
	return builtin[langIndex(l)][k].exec(args)
}

// String returns the key's message id.
func (k key) String() string {
	if k >= numKeys {
		return "key(" + strconv.Itoa(int(k)) + ")"
	}
	return keyIDs[k]
}
