package dpa_test

import (
	"fmt"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/transfer"
)

// usEntry and its location's path: the reference agreement's sub-processor
// in the United States, on adequacy with DPF certification.
const (
	usEntry = 2
	usPath  = "/annexes/b/entries/2/locations/0"
)

// toUK moves the reference agreement's US sub-processor to the United
// Kingdom, on the UK adequacy decision (which ends on 2031-12-27).
func toUK(a *dpa.Agreement) {
	e := &a.Annexes.B.Entries[usEntry]
	e.Address.Country = "GB"
	e.Locations = []transfer.Location{{Country: "GB", Place: "London"}}
	e.Transfer = transfer.Basis{Mechanism: transfer.Adequacy}
}

// TestAsOf checks the dated rules case by case: transfers assessed per
// entry on the day that applies, a basis that ends warned of within the
// lead time and an error once it has ended.
func TestAsOf(t *testing.T) {
	type want struct {
		code dpa.Code
		path string
	}
	cases := []struct {
		name  string
		why   string
		edit  func(a *dpa.Agreement)
		opts  []dpa.ValidatorOption
		has   []want
		lacks []dpa.Code
	}{
		{name: "uk-far-ahead", why: "in 2026 the UK decision's end in 2031 is beyond the lead time",
			edit: toUK, lacks: []dpa.Code{dpa.CodeAdequacyEnding, dpa.CodeTransferNotAllowed}},
		{name: "uk-within-lead", why: "validated as of 2031-10-01 the decision ends within three months",
			edit: toUK, opts: []dpa.ValidatorOption{dpa.AsOf(civil.D(2031, 10, 1))},
			has: []want{{dpa.CodeAdequacyEnding, usPath}}, lacks: []dpa.Code{dpa.CodeTransferNotAllowed}},
		{name: "uk-short-lead", why: "a one-month lead time does not reach 2031-12-27 from 2031-10-01",
			edit: toUK, opts: []dpa.ValidatorOption{dpa.AsOf(civil.D(2031, 10, 1)), dpa.LeadTime(civil.Of(1, civil.Months))},
			lacks: []dpa.Code{dpa.CodeAdequacyEnding, dpa.CodeTransferNotAllowed}},
		{name: "uk-last-day", why: "2031-12-27 is the decision's last day: still allowed, and ending",
			edit: toUK, opts: []dpa.ValidatorOption{dpa.AsOf(civil.D(2031, 12, 27))},
			has: []want{{dpa.CodeAdequacyEnding, usPath}}, lacks: []dpa.Code{dpa.CodeTransferNotAllowed}},
		{name: "uk-ended", why: "after 2031-12-27 the transfer has no basis",
			edit: toUK, opts: []dpa.ValidatorOption{dpa.AsOf(civil.D(2031, 12, 28))},
			has: []want{{dpa.CodeTransferNotAllowed, usPath}}, lacks: []dpa.Code{dpa.CodeAdequacyEnding}},
		{name: "uk-leaves-before-end", why: "an entry that leaves before the decision ends needs no warning",
			edit:  func(a *dpa.Agreement) { toUK(a); a.Annexes.B.Entries[usEntry].Until = civil.D(2031, 11, 30) },
			opts:  []dpa.ValidatorOption{dpa.AsOf(civil.D(2031, 10, 1))},
			lacks: []dpa.Code{dpa.CodeAdequacyEnding, dpa.CodeTransferNotAllowed}},
		{name: "uk-has-left", why: "an entry that left before the day validated for is not assessed",
			edit:  func(a *dpa.Agreement) { toUK(a); a.Annexes.B.Entries[usEntry].Until = civil.D(2031, 12, 1) },
			opts:  []dpa.ValidatorOption{dpa.AsOf(civil.D(2032, 3, 1))},
			lacks: []dpa.Code{dpa.CodeAdequacyEnding, dpa.CodeTransferNotAllowed}},
		{name: "uk-added-after-end", why: "new-user review item 7: an entry added after the decision ended is assessed on its own date",
			edit: func(a *dpa.Agreement) { toUK(a); a.Annexes.B.Entries[usEntry].Since = civil.D(2032, 2, 1) },
			has:  []want{{dpa.CodeTransferNotAllowed, usPath}}},
		{name: "uk-added-before-end", why: "an entry added ahead of the end is assessed on its Since, within the lead time",
			edit: func(a *dpa.Agreement) { toUK(a); a.Annexes.B.Entries[usEntry].Since = civil.D(2031, 11, 1) },
			has:  []want{{dpa.CodeAdequacyEnding, usPath}}, lacks: []dpa.Code{dpa.CodeTransferNotAllowed}},
		{name: "dpf-lapsing", why: "a certification to renew within three months of the agreement's date",
			edit:  func(a *dpa.Agreement) { a.Annexes.B.Entries[usEntry].Transfer.DPFCertifiedUntil = civil.D(2027, 1, 31) },
			has:   []want{{dpa.CodeDPFLapsing, usPath}},
			lacks: []dpa.Code{dpa.CodeTransferNotAllowed}},
		{name: "dpf-lapsed", why: "after the renewal date the certification no longer covers the transfer",
			edit: func(a *dpa.Agreement) { a.Annexes.B.Entries[usEntry].Transfer.DPFCertifiedUntil = civil.D(2027, 1, 31) },
			opts: []dpa.ValidatorOption{dpa.AsOf(civil.D(2027, 2, 1))},
			has:  []want{{dpa.CodeTransferNotAllowed, usPath}}, lacks: []dpa.Code{dpa.CodeDPFLapsing}},
		{name: "dpf-far", why: "a renewal a year away gives no warning",
			edit: func(a *dpa.Agreement) {
				a.Annexes.B.Entries[usEntry].Transfer.DPFCertifiedUntil = civil.D(2027, 11, 30)
			},
			lacks: []dpa.Code{dpa.CodeDPFLapsing, dpa.CodeTransferNotAllowed}},
		{name: "dates-order", why: "an entry cannot leave before it starts",
			edit: func(a *dpa.Agreement) {
				a.Annexes.B.Entries[0].Since = civil.D(2027, 3, 1)
				a.Annexes.B.Entries[0].Until = civil.D(2027, 2, 1)
			},
			has: []want{{dpa.CodeDateOrder, "/annexes/b/entries/0/until"}}},
		{name: "date-invalid", why: "a date that does not exist",
			edit: func(a *dpa.Agreement) { a.Annexes.B.Entries[0].Since = civil.Date{Year: 2027, Month: 2, Day: 30} },
			has:  []want{{dpa.CodeDateInvalid, "/annexes/b/entries/0/since"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := dpatest.Agreement(t, "reference", dpatest.Edit(c.edit))
			got := dpatest.Validator(t, c.opts...).Validate(a)
			for _, w := range c.has {
				dpatest.Has(t, got, w.code, w.path)
			}
			for _, code := range c.lacks {
				dpatest.LacksCode(t, got, code)
			}
		})
	}
}

// TestAsOfAllocations keeps a valid agreement free of allocations with
// the dated rules and an as-of day.
func TestAsOfAllocations(t *testing.T) {
	a := dpatest.Agreement(t, "reference") // seed004 is a draft with findings
	v := dpatest.Validator(t, dpa.AsOf(civil.D(2027, 6, 1)))
	if n := testing.AllocsPerRun(50, func() { v.Validate(a) }); n != 0 {
		t.Errorf("Validate as of a day: %v allocations, want 0", n)
	}
}

// ExampleAsOf validates an agreement with a sub-processor in the United
// Kingdom as it stands three months before the UK adequacy decision ends.
func ExampleAsOf() {
	a := examples.Reference()
	toUK(a)
	v, _ := dpa.NewValidator(dpa.AsOf(civil.D(2031, 10, 1)))
	for _, f := range v.Validate(a) {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	v, _ = dpa.NewValidator(dpa.AsOf(civil.D(2032, 1, 2)))
	for _, f := range v.Validate(a) {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output:
	// warning transfer.adequacy-ending /annexes/b/entries/2/locations/0
	// error transfer.not-allowed /annexes/b/entries/2/locations/0
}

// ExampleDigest prints the canonical digest of an agreement and the
// reference a later version uses to name it.
func ExampleDigest() {
	a := examples.Seed004()
	d, _ := dpa.Digest(a)
	ref, _ := a.Reference()
	fmt.Println(d == ref.Digest, ref.ID, ref.Version, len(d))
	// Output: true seed004 1.1.0 71
}
