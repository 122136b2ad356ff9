package render

import (
	"sync"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/locale"
	"github.com/dpakit/dpakit/transfer"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// langData is everything the renderer needs of one language that is the
// same in every rendering: built once, on the language's first rendering,
// and read-only after, so renderings in parallel share it without locks.
// It replaces the process-wide caches the renderer kept of collators and
// country names. Month names and periods are civil's (civil.Date.In,
// civil.Period.In); numbers, separators and money are internal/locale's,
// which civil and finding use too.
type langData struct {
	lang      i18n.Lang
	cat       *table                      // dpakit's own clause templates (builtin)
	loc       *locale.Locale              // number printer, separators, money
	and       string                      // the word before a list's last item, with its spaces
	countries map[transfer.Country]string // every assigned country code's name, cleaned
	// collators holds *collate.Collator: one keeps scratch state and is
	// not safe for concurrent use, and building one is costly, so they
	// are pooled. Bokmål sorts with CLDR's Norwegian rules, which x/text
	// carries under "nn": Æ, Ø, Å last and "aa" as "å".
	collators sync.Pool
}

// langs holds each catalogue language's data, built on first use.
var langs = func() (t [numLangs]func() *langData) {
	for i := range t {
		t[i] = sync.OnceValue(func() *langData { return newLangData(i18n.Lang(catalogueLangs[i])) })
	}
	return t
}()

// langFor returns the data of l; English's for a language the catalogue
// lacks.
func langFor(l i18n.Lang) *langData { return langs[langIndex(l)]() }

func newLangData(l i18n.Lang) *langData {
	d := &langData{lang: l, cat: &builtin[langIndex(l)], loc: locale.For(l), and: " og "}
	switch l {
	case i18n.EN:
		d.and = " and "
	case i18n.SV:
		d.and = " och "
	}
	tag := l.Tag()
	if l == i18n.NB {
		tag = language.Make("nn")
	}
	d.collators.New = func() any { return collate.New(tag) }
	// x/text's display lookup allocates on every call; the assigned codes
	// are found by trying every pair of letters.
	d.countries = make(map[transfer.Country]string, 256)
	for x := 'A'; x <= 'Z'; x++ {
		for y := 'A'; y <= 'Z'; y++ {
			if c := transfer.Country([]byte{byte(x), byte(y)}); c.Valid() {
				d.countries[c] = clean(c.In(l))
			}
		}
	}
	return d
}

// country names a country in the language; an unknown code is shown as
// written, cleaned.
func (d *langData) country(c transfer.Country) string {
	if name, ok := d.countries[c]; ok {
		return name
	}
	return clean(c.In(d.lang))
}

// sort sorts s in place in the language's alphabetical order.
func (d *langData) sort(s []string) {
	if len(s) < 2 {
		return
	}
	c := d.collators.Get().(*collate.Collator)
	defer d.collators.Put(c)
	c.SortStrings(s)
}

// joinList joins items as the builder's language writes a list: "A, B and
// C", "A, B och C", "A, B og C".
func (b *builder) joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	n := len(b.ld.and) + 2*(len(items)-2)
	for _, it := range items {
		n += len(it)
	}
	out := b.strs.take(n)
	for i, it := range items {
		switch {
		case i == len(items)-1:
			out = append(out, b.ld.and...)
		case i > 0:
			out = append(out, ", "...)
		}
		out = append(out, it...)
	}
	return done(out)
}
