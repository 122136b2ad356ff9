package render

import (
	"strings"
	"sync"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/locale"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// money writes an amount in the language's format with the currency's
// symbol in that language ("1 250,00 kr", "NOK 950.00"); see
// [locale.Locale.Money].
func money(m dpa.Money, l i18n.Lang) string {
	return locale.For(l).Money(m.AmountString(), clean(m.Currency))
}

// collators pools collators per language; a Collator keeps scratch state
// and is not safe for concurrent use, and building one is costly. Bokmål
// sorts with CLDR's Norwegian rules, which x/text carries under "nn": Æ, Ø,
// Å last and "aa" as "å".
var collators sync.Map // i18n.Lang → *sync.Pool of *collate.Collator

func getCollator(l i18n.Lang) (*collate.Collator, func()) {
	p, ok := collators.Load(l)
	if !ok {
		p, _ = collators.LoadOrStore(l, &sync.Pool{New: func() any { return collate.New(collatorTag(l)) }})
	}
	pool := p.(*sync.Pool)
	c := pool.Get().(*collate.Collator)
	return c, func() { pool.Put(c) }
}

func collatorTag(l i18n.Lang) language.Tag {
	if l == i18n.NB {
		return language.Make("nn")
	}
	return l.Tag()
}

// sortNames sorts s in place in the alphabetical order of language l.
func sortNames(s []string, l i18n.Lang) {
	if len(s) < 2 {
		return
	}
	c, done := getCollator(l)
	defer done()
	c.SortStrings(s)
}

// joinList joins items as the language writes a list: "A, B and C",
// "A, B och C", "A, B og C".
func joinList(items []string, l i18n.Lang) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	and := " og "
	switch l {
	case i18n.EN:
		and = " and "
	case i18n.SV:
		and = " och "
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}
