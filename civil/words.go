package civil

import (
	"strconv"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/locale"
	"golang.org/x/text/feature/plural"
)

// unitWords holds each unit's singular and plural in each language.
var unitWords = map[i18n.Lang]map[Unit][2]string{
	i18n.EN: {Hours: {"hour", "hours"}, Days: {"day", "days"}, Weeks: {"week", "weeks"}, Months: {"month", "months"}, Years: {"year", "years"}},
	i18n.SV: {Hours: {"timme", "timmar"}, Days: {"dag", "dagar"}, Weeks: {"vecka", "veckor"}, Months: {"månad", "månader"}, Years: {"år", "år"}},
	i18n.NB: {Hours: {"time", "timer"}, Days: {"dag", "dager"}, Weeks: {"uke", "uker"}, Months: {"måned", "måneder"}, Years: {"år", "år"}},
	i18n.DA: {Hours: {"time", "timer"}, Days: {"dag", "dage"}, Weeks: {"uge", "uger"}, Months: {"måned", "måneder"}, Years: {"år", "år"}},
}

// UnitName returns the unit's word in language l for a count of n, using
// CLDR's cardinal plural rules: "1 månad" but "3 månader".
func UnitName(u Unit, n int, l i18n.Lang) string {
	words, ok := unitWords[l][u]
	if !ok {
		return string(u)
	}
	if pluralForm(n, l) == plural.One {
		return words[0]
	}
	return words[1]
}

func pluralForm(n int, l i18n.Lang) plural.Form {
	if n < 0 {
		n = -n
	}
	s := strconv.Itoa(n)
	digits := make([]byte, len(s))
	for i := range s {
		digits[i] = s[i] - '0'
	}
	return plural.Cardinal.MatchDigits(l.Tag(), digits, len(digits), 0)
}

// In returns the period in language l with the number in the language's own
// format and the unit in the right plural: "24 timmar", "1 måned",
// "1 000 dage".
func (p Period) In(l i18n.Lang) string {
	if p.IsZero() {
		return ""
	}
	return formatInt(p.Value, l) + "\u00a0" + UnitName(p.Unit, p.Value, l)
}

// formatInt writes n with the language's digit grouping and minus sign
// (CLDR, through x/text).
func formatInt(n int, l i18n.Lang) string { return locale.For(l).Int(n) }

// months holds the month names, lower case in the Nordic languages.
// Source: CLDR ca-gregorian "format/wide" month names (DOMAIN.md §6.2).
// x/text carries CLDR's date data only in the unexported tables of
// golang.org/x/text/date and has no date formatter, so the names are
// written here; the renderer writes dates through [Date.In].
var months = map[i18n.Lang][12]string{
	i18n.EN: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	i18n.SV: {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
	i18n.NB: {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
	i18n.DA: {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
}

// In writes d in language l's long date format (CLDR dateFormats "long"),
// as an agreement writes dates: "2 March 2026", "2 mars 2026" in Swedish,
// "2. mars 2026" in Bokmål and "2. marts 2026" in Danish. A language that
// is not supported gets English. A Date that is not [Date.Valid] is
// written as [Date.String] writes it, so that a Date is an argument of
// finding messages like every other model value.
func (d Date) In(l i18n.Lang) string {
	if !d.Valid() {
		return d.String()
	}
	names, ok := months[l]
	if !ok {
		names = months[i18n.EN]
	}
	day, month, year := strconv.Itoa(d.Day), names[d.Month-1], strconv.Itoa(d.Year)
	switch l {
	case i18n.NB, i18n.DA:
		return day + ". " + month + " " + year
	}
	return day + " " + month + " " + year
}
