package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/shopspring/decimal"
)

func TestMoneyIn(t *testing.T) {
	m := dpa.Money{Amount: decimal.RequireFromString("1250.00"), Currency: "SEK"}
	tests := []struct {
		lang         i18n.Lang
		want, reason string
	}{
		{i18n.SV, "1\u00a0250,00\u00a0kr", "Swedish, as the rendered agreement writes it"},
		{i18n.EN, "SEK\u00a01,250.00", "English puts the code first"},
	}
	for _, tt := range tests {
		if got := m.In(tt.lang); got != tt.want {
			t.Errorf("In(%s) = %q, want %q (%s)", tt.lang, got, tt.want, tt.reason)
		}
	}
	if got := (dpa.Money{}).In(i18n.SV); got != "" {
		t.Errorf("zero Money In(sv) = %q, want \"\"", got)
	}
}
