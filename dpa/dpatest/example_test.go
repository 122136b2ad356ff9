package dpatest_test

import (
	"fmt"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/profile"
)

// Start from NAV's template, give it a 48-hour breach deadline, and see
// what the Norwegian profile reports. In a test, dpatest.Agreement builds
// the agreement, and dpatest.Has, dpatest.Lacks and dpatest.Equal assert on
// the findings, failing with a diff (-want +got).
func Example() {
	a, err := dpatest.Build("seed003", dpatest.Breach(dpa.AnyBreach, civil.Of(48, civil.Hours)))
	if err != nil {
		panic(err)
	}
	v, err := dpa.NewValidator(dpa.WithoutBuiltins(), dpa.WithProfiles(profile.NOPublic()))
	if err != nil {
		panic(err)
	}
	got := v.Validate(a)
	for _, k := range dpatest.Keys(got) {
		fmt.Println(k.Severity, k.Code, k.Path)
	}
	want := []dpatest.Want{
		{Code: "no-public.breach-over-24h", Path: "/clauses/breachNotification/0/within", Severity: finding.Error},
	}
	fmt.Println("as expected:", dpatest.Diff(want, got) == "")
	// Output:
	// error no-public.breach-over-24h /clauses/breachNotification/0/within
	// as expected: true
}
