package security_test

import (
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// TestZeroRequirements: zero values answer with documented empty results.
func TestZeroRequirements(t *testing.T) {
	var zero security.Requirements
	if ids := zero.IDs(); len(ids) != 0 {
		t.Errorf("IDs of no requirements = %v", ids)
	}
	n := 0
	for range zero.Problems() {
		n++
	}
	for range zero.Missing("") {
		n++
	}
	if n != 0 {
		t.Errorf("zero requirements gave %d problems or missing measures", n)
	}
	for _, s := range []string{security.Level("").In(i18n.SV), security.AuditForm("").In(i18n.SV),
		security.MeasureID("").In(i18n.SV), security.LogField("").In(i18n.SV), security.SubjectBand("").In(i18n.SV)} {
		if s != "" {
			t.Errorf("a zero value writes %q, want \"\"", s)
		}
	}
	if got := (security.Problem{}).In(i18n.SV); got == "" {
		t.Error("a zero Problem writes nothing")
	}
}
