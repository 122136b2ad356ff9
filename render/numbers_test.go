package render

import (
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// spelledIn writes p for running text in language l, as the builder does.
func spelledIn(p civil.Period, l i18n.Lang) string { return (&builder{l: l}).spelled(p) }

// TestSpelled checks the periods of running text (review 6 da R14): one to
// twelve in words, with the neuter "one" before "år", and every other
// value in digits.
func TestSpelled(t *testing.T) {
	for _, tt := range []struct {
		p      civil.Period
		l      i18n.Lang
		want   string
		reason string
	}{
		{civil.Of(2, civil.Days), i18n.DA, "to\u00a0dage", "a small number in words"},
		{civil.Of(1, civil.Months), i18n.DA, "én\u00a0måned", "one before a common-gender unit"},
		{civil.Of(1, civil.Years), i18n.DA, "ét\u00a0år", "one before the neuter år"},
		{civil.Of(1, civil.Years), i18n.SV, "ett\u00a0år", "Swedish neuter"},
		{civil.Of(1, civil.Hours), i18n.SV, "en\u00a0timme", "Swedish common gender"},
		{civil.Of(1, civil.Years), i18n.NB, "ett\u00a0år", "Norwegian neuter"},
		{civil.Of(7, civil.Days), i18n.DA, "syv\u00a0dage", "Danish seven"},
		{civil.Of(7, civil.Days), i18n.NB, "sju\u00a0dager", "Norwegian seven"},
		{civil.Of(12, civil.Months), i18n.NB, "tolv\u00a0måneder", "twelve is the last in words"},
		{civil.Of(13, civil.Months), i18n.DA, "13\u00a0måneder", "thirteen stays in digits"},
		{civil.Of(24, civil.Hours), i18n.EN, "24\u00a0hours", "a breach deadline in hours stays in digits"},
		{civil.Of(10, civil.Days), i18n.EN, "ten\u00a0days", "English too, as the GDPR writes \"one month\" (review 18 en R14 stands)"},
		{civil.Of(1000, civil.Days), i18n.DA, "1.000\u00a0dage", "a large number keeps its grouping"},
	} {
		if got := spelledIn(tt.p, tt.l); got != tt.want {
			t.Errorf("%s %v: %q, want %q (%s)", tt.l, tt.p, got, tt.want, tt.reason)
		}
	}
}

// TestCounted checks a count in running text (review 18 da R14): two to
// twelve in words, one and thirteen in digits.
func TestCounted(t *testing.T) {
	for _, tt := range []struct {
		n    int
		l    i18n.Lang
		want string
	}{
		{5, i18n.DA, "fem"},
		{5, i18n.SV, "fem"},
		{7, i18n.NB, "sju"},
		{12, i18n.DA, "tolv"},
		{13, i18n.DA, "13"},
		{1, i18n.DA, "1"},
		{5, i18n.EN, "five"},
	} {
		b := &builder{l: tt.l}
		b.ld = langFor(tt.l)
		if got := b.counted(tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.l, tt.n, got, tt.want)
		}
	}
}
