package civil_test

import (
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// The expected strings were checked by running the code against the CLDR
// data in golang.org/x/text: sv and nb group thousands with U+00A0, da with
// a full stop; every unit below has CLDR's "one" form only for 1.
func TestPeriodIn(t *testing.T) {
	for _, tc := range []struct {
		name   string
		p      civil.Period
		lang   i18n.Lang
		want   string
		reason string
	}{
		{"sv-1-month", civil.Of(1, civil.Months), i18n.SV, "1\u00a0månad", "sv: one is i = 1 and v = 0"},
		{"sv-3-months", civil.Of(3, civil.Months), i18n.SV, "3\u00a0månader", "sv: other"},
		{"sv-0-hours", civil.Of(0, civil.Hours), i18n.SV, "0\u00a0timmar", "sv: 0 takes the plural"},
		{"sv-1-hour", civil.Of(1, civil.Hours), i18n.SV, "1\u00a0timme", "sv singular of timmar"},
		{"sv-24-hours", civil.Of(24, civil.Hours), i18n.SV, "24\u00a0timmar", "the breach deadline in Swedish"},
		{"sv-21-days", civil.Of(21, civil.Days), i18n.SV, "21\u00a0dagar", "sv has no 'one' form for 21 (unlike Slavic languages)"},
		{"sv-1-week", civil.Of(1, civil.Weeks), i18n.SV, "1\u00a0vecka", "sv singular"},
		{"sv-2-weeks", civil.Of(2, civil.Weeks), i18n.SV, "2\u00a0veckor", "sv plural"},
		{"sv-1-year", civil.Of(1, civil.Years), i18n.SV, "1\u00a0år", "år is the same in both numbers"},
		{"sv-5-years", civil.Of(5, civil.Years), i18n.SV, "5\u00a0år", "år is the same in both numbers"},
		{"sv-1000-days", civil.Of(1000, civil.Days), i18n.SV, "1\u00a0000\u00a0dagar", "sv groups thousands with a no-break space"},
		{"sv-1234567-hours", civil.Of(1234567, civil.Hours), i18n.SV, "1\u00a0234\u00a0567\u00a0timmar", "every group of three"},
		{"nb-24-hours", civil.Of(24, civil.Hours), i18n.NB, "24\u00a0timer", "nb plural"},
		{"nb-1-hour", civil.Of(1, civil.Hours), i18n.NB, "1\u00a0time", "nb singular"},
		{"nb-1-month", civil.Of(1, civil.Months), i18n.NB, "1\u00a0måned", "nb singular"},
		{"nb-2-days", civil.Of(2, civil.Days), i18n.NB, "2\u00a0dager", "nb plural"},
		{"nb-3-weeks", civil.Of(3, civil.Weeks), i18n.NB, "3\u00a0uker", "nb plural"},
		{"nb-1000-days", civil.Of(1000, civil.Days), i18n.NB, "1\u00a0000\u00a0dager", "nb groups thousands with a no-break space"},
		{"da-1-hour", civil.Of(1, civil.Hours), i18n.DA, "1\u00a0time", "da singular"},
		{"da-0-hours", civil.Of(0, civil.Hours), i18n.DA, "0\u00a0timer", "da: one is n = 1 (or a fraction), so 0 is plural"},
		{"da-30-days", civil.Of(30, civil.Days), i18n.DA, "30\u00a0dage", "da plural of dag is dage, not dager"},
		{"da-1-week", civil.Of(1, civil.Weeks), i18n.DA, "1\u00a0uge", "da singular"},
		{"da-13-months", civil.Of(13, civil.Months), i18n.DA, "13\u00a0måneder", "da plural"},
		{"da-1000-days", civil.Of(1000, civil.Days), i18n.DA, "1.000\u00a0dage", "da groups thousands with a full stop"},
		{"en-1-day", civil.Of(1, civil.Days), i18n.EN, "1\u00a0day", "en singular"},
		{"en-1000-hours", civil.Of(1000, civil.Hours), i18n.EN, "1,000\u00a0hours", "en groups with a comma"},
		{"zero-period", civil.Period{}, i18n.SV, "", "the zero Period is not given"},
		{"unsupported-lang", civil.Of(3, civil.Days), "fi", "3\u00a0days", "an unsupported language falls back to the unit id"},
	} {
		if got := tc.p.In(tc.lang); got != tc.want {
			t.Errorf("%s: %v.In(%s) = %q; want %q (%s)", tc.name, tc.p, tc.lang, got, tc.want, tc.reason)
		}
	}
}

func TestUnitNameCoversEveryUnitAndLanguage(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, d := range civil.Units {
			u := d.ID
			// The unit id is what UnitName falls back to; a real word for
			// the singular differs from it in every language.
			if one := civil.UnitName(u, 1, l); one == string(u) || one == "" {
				t.Errorf("UnitName(%s, 1, %s) = %q; want the singular word of the language", u, l, one)
			}
			if other := civil.UnitName(u, 2, l); other == "" || l != i18n.EN && other == string(u) {
				t.Errorf("UnitName(%s, 2, %s) = %q; want the plural word of the language", u, l, other)
			}
		}
	}
}

func TestUnitName(t *testing.T) {
	for _, tc := range []struct {
		u      civil.Unit
		n      int
		lang   i18n.Lang
		want   string
		reason string
	}{
		{civil.Days, 1, i18n.SV, "dag", "singular"},
		{civil.Days, 101, i18n.SV, "dagar", "101 is not 1"},
		{civil.Days, -1, i18n.NB, "dag", "the sign does not change the plural form"},
		{civil.Weeks, 11, i18n.DA, "uger", "11 is plural in Danish"},
		{"fortnights", 2, i18n.SV, "fortnights", "an unknown unit is returned as written"},
	} {
		if got := civil.UnitName(tc.u, tc.n, tc.lang); got != tc.want {
			t.Errorf("UnitName(%s, %d, %s) = %q; want %q (%s)", tc.u, tc.n, tc.lang, got, tc.want, tc.reason)
		}
	}
}
