package render

import (
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// TestFrequency checks the phrase that says how often an audit or a
// security measure recurs: a natural frequency for the common periods,
// "at least every" the period for the others.
func TestFrequency(t *testing.T) {
	tests := []struct {
		p      civil.Period
		lang   i18n.Lang
		want   string
		reason string
	}{
		{civil.Of(1, civil.Years), i18n.EN, "at least once a year", "a year is the common audit period"},
		{civil.Of(1, civil.Years), i18n.SV, "minst en gång per år", "sv natural frequency, not \"med ett intervall om högst 1 år\""},
		{civil.Of(1, civil.Years), i18n.NB, "minst én gang i året", "nb natural frequency, not \"med høyst 1 år mellom hver gang\""},
		{civil.Of(1, civil.Years), i18n.DA, "mindst én gang årligt", "da natural frequency, not \"med et interval på højst 1 år\""},
		{civil.Of(12, civil.Months), i18n.DA, "mindst én gang årligt", "twelve months is a year and reads as one"},
		{civil.Of(6, civil.Months), i18n.SV, "minst var sjätte månad", "six months has its own phrase"},
		{civil.Of(6, civil.Months), i18n.EN, "at least every six months", "six months in words, not \"every 6 months\""},
		{civil.Of(1, civil.Months), i18n.NB, "minst én gang i måneden", "a month has its own phrase"},
		{civil.Of(1, civil.Weeks), i18n.DA, "mindst én gang om ugen", "a week has its own phrase"},
		{civil.Of(7, civil.Days), i18n.EN, "at least once a week", "seven days is a week"},
		{civil.Of(1, civil.Days), i18n.SV, "minst en gång per dag", "a day has its own phrase"},
		{civil.Of(24, civil.Hours), i18n.NB, "minst én gang om dagen", "24 hours is a day"},
		{civil.Of(3, civil.Months), i18n.EN, "at least every three\u00a0months", "another period is written with its number, in words up to twelve, and unit"},
		{civil.Of(18, civil.Months), i18n.EN, "at least every 18\u00a0months", "a number above twelve stays in digits"},
		{civil.Of(3, civil.Months), i18n.SV, "minst en gång per tre\u00a0månader", "another period in sv"},
		{civil.Of(2, civil.Years), i18n.DA, "med et mellemrum på højst to\u00a0år", "a longer period is not rounded to a year"},
		{civil.Of(2, civil.Days), i18n.NB, "med høyst to\u00a0dager mellom hver gang", "a period near a day is not rounded to it"},
	}
	for _, tt := range tests {
		ld := langFor(tt.lang)
		b := &builder{l: tt.lang, ld: ld, cat: ld.cat}
		if got := b.frequency(tt.p); got != tt.want {
			t.Errorf("%s: frequency(%v) = %q, want %q (%s)", tt.lang, tt.p, got, tt.want, tt.reason)
		}
	}
}
