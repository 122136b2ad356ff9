package locale

import (
	"testing"

	"github.com/dpakit/dpakit/i18n"
)

func TestMoney(t *testing.T) {
	tests := []struct {
		lang         i18n.Lang
		amount, cur  string
		want, reason string
	}{
		{i18n.SV, "1250.00", "SEK", "1\u00a0250,00\u00a0kr", "Swedish groups with a no-break space and writes kr after"},
		{i18n.EN, "950.00", "NOK", "NOK\u00a0950.00", "English puts the code first"},
		{i18n.DA, "1250.00", "DKK", "1.250,00\u00a0kr.", "Danish groups with a full stop"},
		{i18n.NB, "-5", "EUR", "\u22125\u00a0€", "Norwegian writes the minus sign U+2212"},
		{i18n.SV, "12345678901234567890.5", "SEK", "12345678901234567890,5\u00a0kr", "more than 18 digits are kept, ungrouped, never rounded"},
		{i18n.SV, "1", "ZZZ", "1\u00a0ZZZ", "an unknown currency is written as it is"},
		{"xx", "1000", "EUR", "€\u00a01,000", "an unsupported language formats as English"},
	}
	for _, tt := range tests {
		if got := For(tt.lang).Money(tt.amount, tt.cur); got != tt.want {
			t.Errorf("For(%s).Money(%q, %q) = %q, want %q (%s)", tt.lang, tt.amount, tt.cur, got, tt.want, tt.reason)
		}
	}
}

func TestInt(t *testing.T) {
	tests := []struct {
		lang         i18n.Lang
		n            int
		want, reason string
	}{
		{i18n.SV, 999, "999", "no grouping below a thousand"},
		{i18n.SV, 1000, "1\u00a0000", "Swedish groups with a no-break space"},
		{i18n.DA, 1000, "1.000", "Danish groups with a full stop"},
		{i18n.EN, -1000, "-1,000", "English groups with a comma and a hyphen-minus"},
	}
	for _, tt := range tests {
		if got := For(tt.lang).Int(tt.n); got != tt.want {
			t.Errorf("For(%s).Int(%d) = %q, want %q (%s)", tt.lang, tt.n, got, tt.want, tt.reason)
		}
	}
}
