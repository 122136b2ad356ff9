package profile_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/profile"
)

// TestNilAgreement: a profile rule called on its own with a nil agreement
// or on the zero agreement reports through the zero Reporter without
// panicking.
func TestNilAgreement(t *testing.T) {
	for _, p := range profile.All() {
		for _, rule := range p.Rules {
			rule.Check(nil, dpa.Reporter{})
			rule.Check(&dpa.Agreement{}, dpa.Reporter{})
		}
	}
	if _, ok := profile.Lookup(""); ok {
		t.Error("Lookup of no name found a profile")
	}
}
