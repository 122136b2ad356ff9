package transfer_test

import (
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// TestZeroValues: zero values and nil pointers give errors or documented
// empty results, never a panic.
func TestZeroValues(t *testing.T) {
	if v := transfer.Assess(transfer.Query{}); v.Allowed || !v.Reasons.Has(transfer.LocationUnknown) {
		t.Errorf("Assess of a zero query = %+v, want not allowed, location-unknown", v)
	}
	if _, ok := transfer.DecisionFor(transfer.Location{}, transfer.Query{}.Date); ok {
		t.Error("DecisionFor a zero location found a decision")
	}
	var r *transfer.Reason
	if err := r.UnmarshalText([]byte("adequacy")); err == nil {
		t.Error("UnmarshalText into a nil *Reason: no error")
	}
	var rs *transfer.Reasons
	if err := rs.UnmarshalJSON([]byte(`["adequacy"]`)); err == nil {
		t.Error("UnmarshalJSON into a nil *Reasons: no error")
	}
	var none transfer.Reasons
	if none.List() == nil || len(none.List()) != 0 || none.String() != "" || none.In(i18n.SV) != "" {
		t.Errorf("the empty set: List %v, String %q, In %q", none.List(), none.String(), none.In(i18n.SV))
	}
	for _, s := range []string{
		transfer.Location{}.In(i18n.SV), transfer.Country("").In(i18n.DA), transfer.Organisation("").In(i18n.NB),
		transfer.Mechanism("").In(i18n.EN), transfer.InstructionKind("").In(i18n.SV), transfer.Condition("").In(i18n.SV),
	} {
		if s != "" {
			t.Errorf("a zero value writes %q, want \"\"", s)
		}
	}
}
