package dpa_test

import (
	"fmt"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

// A company policy as a rule: breaches reported within 24 hours. It runs
// after the built-in rules and its findings look like theirs.
func ExampleNewValidator() {
	breach24h := dpa.Rule{
		Def: dpa.Def{Code: "acme.breach-over-24h", Severity: finding.Error, Ref: "ACME data protection policy §4.2",
			Message: i18n.Text{
				EN: "The breach deadline of %[1]v is longer than the 24 hours ACME allows.",
				SV: "Fristen på %[1]v för incidentanmälan är längre än de 24 timmar ACME tillåter.",
				NB: "Fristen på %[1]v for å varsle om brudd er lengre enn de 24 timene ACME tillater.",
				DA: "Fristen på %[1]v for underretning om brud er længere end de 24 timer, ACME tillader.",
			}},
		Check: func(a *dpa.Agreement, r dpa.Reporter) {
			for i, d := range a.Clauses.BreachNotification {
				if sign, _ := d.Within.Compare(civil.Of(24, civil.Hours)); sign > 0 {
					r.Add(dpa.Pointer("clauses", "breachNotification", i, "within"), d.Within)
				}
			}
		},
	}
	v, err := dpa.NewValidator(dpa.WithRules(breach24h))
	if err != nil {
		panic(err)
	}
	a := examples.Reference() // complete and valid: only the rule's finding
	a.Clauses.BreachNotification[0].Within = civil.Of(36, civil.Hours)
	for _, f := range v.Validate(a) {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(f.Message(i18n.DA))
	}

	// A second rule with the same code is refused.
	_, err = dpa.NewValidator(dpa.WithRules(breach24h, breach24h))
	fmt.Println(err)
	// Output:
	// error acme.breach-over-24h /clauses/breachNotification/0/within
	// Fristen på 36 timer for underretning om brud er længere end de 24 timer, ACME tillader.
	// dpa: rule acme.breach-over-24h (WithRules, rule 1): the code is already registered by WithRules
}

// The clock that starts when the processor discovers a breach: its own
// deadline under the agreement (24 hours in seed 004) and the controller's
// 72 hours to the supervisory authority. Hours are elapsed time, so the
// night the clocks go forward moves the wall-clock deadline by an hour.
func ExampleAgreement_BreachDeadlines() {
	copenhagen, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		panic(err)
	}
	a := examples.Seed004()
	discovered := time.Date(2026, 3, 28, 10, 0, 0, 0, copenhagen)
	d, err := a.BreachDeadlines(dpa.AnyBreach, discovered, copenhagen)
	if err != nil {
		panic(err)
	}
	fmt.Println("within:   ", d.Within)
	fmt.Println("processor:", d.Processor.Format(time.RFC3339))
	fmt.Println("authority:", d.Authority.Format(time.RFC3339))
	// Output:
	// within:    24 hours
	// processor: 2026-03-29T11:00:00+02:00
	// authority: 2026-03-31T11:00:00+02:00
}

// A notice of a new sub-processor under seed 004's 60 days (clause 7.3):
// the day of the notice is not counted.
func ExampleAgreement_ChangeDeadlines() {
	copenhagen, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		panic(err)
	}
	a := examples.Seed004()
	d, err := a.ChangeDeadlines(time.Date(2026, 11, 16, 14, 0, 0, 0, copenhagen), copenhagen, "")
	if err != nil {
		panic(err)
	}
	fmt.Println("last day to object:", d.LastDayToObject)
	fmt.Println("may take effect on:", d.FirstEffectiveDay)
	// Output:
	// last day to object: 2027-01-15
	// may take effect on: 2027-01-16
}

// Under Swedish law (seed 000: ten days to object) a time to object whose
// last day would be Good Friday runs to the end of the Tuesday after
// Easter, the next working day in Sweden.
func ExampleAgreement_ChangeDeadlines_holiday() {
	stockholm, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		panic(err)
	}
	a := examples.Seed000()
	d, err := a.ChangeDeadlines(time.Date(2027, 3, 16, 9, 0, 0, 0, stockholm), stockholm, "")
	if err != nil {
		panic(err)
	}
	fmt.Println("public holidays of:", d.Holidays)
	fmt.Println("last day to object:", d.LastDayToObject)
	fmt.Println("may take effect on:", d.FirstEffectiveDay)
	// Output:
	// public holidays of: SE
	// last day to object: 2027-03-30
	// may take effect on: 2027-03-31
}

func ExamplePointer() {
	fmt.Println(dpa.Pointer("annexes", "b", "entries", 2, "locations"))
	fmt.Println(dpa.Pointer("terms", "a/b", "x~y"))
	fmt.Printf("%q\n", dpa.Pointer())
	// Output:
	// /annexes/b/entries/2/locations
	// /terms/a~1b/x~0y
	// ""
}
