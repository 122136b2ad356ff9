// Package locale formats numbers and amounts of money in each language dpakit
// writes, from CLDR data through golang.org/x/text. It is the one place that
// holds the number printers and separators: rendering, the civil value types
// and the model's money all write numbers through it, so "1 250,00 kr" reads
// the same in a clause, a finding and a table.
package locale

import (
	"strconv"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/i18n"
	"golang.org/x/text/currency"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"golang.org/x/text/number"
)

// Locale is the read-only number formatting of one language, built once.
type Locale struct {
	symbolFirst bool // the currency symbol goes before the amount (English)
	printer     *message.Printer
	decimal     string // decimal separator, "," in the Nordic languages
	minus       string // minus sign, U+2212 in sv and nb
}

// locales holds one Locale per supported language, built on first use.
// message.Catalog(nil) is not allowed, so an empty private builder keeps the
// printers off x/text's global default catalogue.
var locales = sync.OnceValue(func() map[i18n.Lang]*Locale {
	empty := catalog.NewBuilder()
	m := make(map[i18n.Lang]*Locale, len(i18n.Langs))
	for _, l := range i18n.Langs {
		p := message.NewPrinter(l.Tag(), message.Catalog(empty))
		half := p.Sprint(number.Decimal(1.5)) // a constant probe; no amount passes through a float
		m[l] = &Locale{
			symbolFirst: l == i18n.EN,
			printer:     p,
			decimal:     strings.TrimSuffix(strings.TrimPrefix(half, "1"), "5"),
			minus:       strings.TrimSuffix(p.Sprintf("%d", -1), "1"),
		}
	}
	return m
})

// For returns the locale of l; a language outside [i18n.Langs] gets
// English's.
func For(l i18n.Lang) *Locale {
	if loc, ok := locales()[l]; ok {
		return loc
	}
	return locales()[i18n.EN]
}

// Printer returns the language's number printer; it is safe for concurrent
// use and has no message catalogue.
func (loc *Locale) Printer() *message.Printer { return loc.printer }

// Separators returns the decimal separator and the minus sign.
func (loc *Locale) Separators() (decimal, minus string) { return loc.decimal, loc.minus }

// Int writes n with the language's digit grouping and minus sign: "1 000"
// in Swedish, "1.000" in Danish. Numbers from 0 to 999 need neither.
func (loc *Locale) Int(n int) string {
	if n >= 0 && n < 1000 {
		return strconv.Itoa(n)
	}
	return loc.printer.Sprintf("%d", n)
}

// Money writes an amount given as decimal digits ("-1250.00") in the
// language's format with the currency's symbol in that language:
// "1 250,00 kr" (sv, SEK), "NOK 950.00" (en), "1.250,00 kr." (da, DKK). The
// digits never pass through a float and the scale is kept. A currency that
// is not an ISO 4217 code is written as it is, so callers that write into a
// document must clean it first.
func (loc *Locale) Money(amount, cur string) string {
	neg := strings.HasPrefix(amount, "-")
	amount = strings.TrimPrefix(amount, "-")
	intPart, frac, _ := strings.Cut(amount, ".")
	var b strings.Builder
	if neg {
		b.WriteString(loc.minus)
	}
	b.WriteString(loc.group(intPart))
	if frac != "" {
		b.WriteString(loc.decimal)
		b.WriteString(frac)
	}
	num := b.String()
	sym := cur
	if u, err := currency.ParseISO(cur); err == nil {
		sym = loc.printer.Sprint(currency.Symbol(u))
	}
	if loc.symbolFirst {
		return sym + "\u00a0" + num
	}
	return num + "\u00a0" + sym
}

// group groups an integer's digits in the language's way by letting the
// printer format it as an int64. Amounts of more than 18 digits, far beyond
// any fee, are written as they are, ungrouped but never rounded.
func (loc *Locale) group(digits string) string {
	if len(digits) > 18 {
		return digits
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return digits
	}
	return loc.Int(int(n))
}
