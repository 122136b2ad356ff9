// Package dpatest helps test agreement rules with package testing: start
// from an example agreement, change it with small [Modifier]s, validate it,
// and assert that a finding with a code is (or is not) at a JSON Pointer
// path. A failed assertion prints a go-cmp diff of the findings as
// (-want +got), so the line that is missing or extra stands out among the
// findings that were expected.
//
//	func TestBreachPolicy(t *testing.T) {
//		v := dpatest.Validator(t, dpa.WithRules(breachWithin24h))
//		a := dpatest.Agreement(t, "seed004", dpatest.Breach(dpa.AnyBreach, civil.Of(48, civil.Hours)))
//		dpatest.Has(t, v.Validate(a), "acme.breach-over-24h", "/clauses/breachNotification/0/within")
//	}
//
// Assertions compare codes, paths and severities, never message text, so
// that a reworded message does not break a test.
package dpatest
