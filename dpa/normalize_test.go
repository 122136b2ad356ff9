package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
)

// typedByHand is the reference agreement as a Go programmer might build
// it: numbers and codes as people type them, lists empty instead of nil.
func typedByHand(a *dpa.Agreement) {
	a.Controllers[0].OrgID = org.ID{Scheme: org.SEOrgNr, Value: "212000-0142"}
	a.Processor.Address.Country = "se"
	a.Processor.Name = " " + a.Processor.Name + " "
	a.Clauses.GoverningLaw = "se"
	a.Annexes.B.Entries[0].Locations[0].Country = "se"
	a.Annexes.A.Groups[0].Special = []annex.SpecialCategory{}
	a.Annexes.C.Transfers.Countries = []transfer.Country{}
}

// TestEncodeRoundTrip: Decode(Encode(a)) equals a under go-cmp for every
// example, nil lists included (adversarial review F7), and for an agreement
// built with the normalising constructors.
func TestEncodeRoundTrip(t *testing.T) {
	cases := map[string]*dpa.Agreement{}
	for _, ex := range examples.All() {
		cases[ex.Name] = ex.Build()
	}
	cases["constructors"] = dpatest.Agreement(t, "reference", dpatest.Edit(func(a *dpa.Agreement) {
		a.Controllers[0].OrgID = org.SE("212000-0142")
		a.Processor.OrgID = org.SE("SE556016068001")
		a.Processor.Address.Country = transfer.Country("se").Normalize()
	}))
	for name, a := range cases {
		b, err := dpa.Encode(a)
		if err != nil {
			t.Fatalf("%s: Encode: %v", name, err)
		}
		got, err := dpa.Decode(b)
		if err != nil {
			t.Fatalf("%s: Decode(Encode): %v", name, err)
		}
		if d := cmp.Diff(a, got); d != "" {
			t.Errorf("%s: Decode(Encode(a)) differs from a (-a +decoded):\n%s", name, d)
		}
	}
}

// TestEncodeNormalises: Encode writes what Normalize would make of an
// agreement typed by hand, valid against the schema, and leaves the
// caller's value alone.
func TestEncodeNormalises(t *testing.T) {
	a := dpatest.Agreement(t, "reference", dpatest.Edit(typedByHand))
	before := a.Clone()
	b, err := dpa.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(before, a); d != "" {
		t.Errorf("Encode changed its argument (-before +after):\n%s", d)
	}
	want := a.Clone()
	want.Normalize()
	got, err := dpa.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Decode(Encode(a)) is not Normalize(a) (-want +got):\n%s", d)
	}
	for l, s := range schemaCompiled(t) {
		if p := schemaPointers(t, s, b); p != nil {
			t.Errorf("Encode's output is invalid against the %s schema at %v", l, p)
		}
	}
	if _, err := dpa.Encode(nil); err != dpa.ErrNil {
		t.Errorf("Encode(nil): %v, want ErrNil", err)
	}
}

// TestValidateNotNormalised: a value typed by hand that Normalize would fix
// is reported once, as value.not-normalised with its canonical form, never
// as an invalid value with no hint (new-user review item 1).
func TestValidateNotNormalised(t *testing.T) {
	a := dpatest.Agreement(t, "reference", dpatest.Edit(typedByHand))
	got := dpa.Validate(a)
	dpatest.Equal(t, got,
		dpatest.Want{Code: "value.not-normalised", Path: "/controllers/0/orgId/value", Severity: dpa.Warning},
		dpatest.Want{Code: "value.not-normalised", Path: "/processor/name", Severity: dpa.Warning},
		dpatest.Want{Code: "value.not-normalised", Path: "/processor/address/country", Severity: dpa.Warning},
		dpatest.Want{Code: "value.not-normalised", Path: "/clauses/governingLaw", Severity: dpa.Warning},
		dpatest.Want{Code: "value.not-normalised", Path: "/annexes/b/entries/0/locations/0/country", Severity: dpa.Warning},
	)
	for _, f := range got {
		if f.Path == "/controllers/0/orgId/value" {
			if d := cmp.Diff([]any{"212000-0142", "2120000142"}, f.Args); d != "" {
				t.Errorf("the finding does not give the canonical number (-want +got):\n%s", d)
			}
		}
	}
	a.Normalize()
	dpatest.Equal(t, dpa.Validate(a))
	// A number that is wrong once normalised is invalid, not just untidy.
	bad := dpatest.Agreement(t, "reference", dpatest.Edit(func(a *dpa.Agreement) { a.Controllers[0].OrgID = org.SE("212000-0143") }))
	dpatest.Equal(t, dpa.Validate(bad), dpatest.Want{Code: "org-id.invalid", Path: "/controllers/0/orgId/value", Severity: dpa.Error})
}

func TestConstructors(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		got, want    org.ID
	}{
		{"se", "the hyphen goes", org.SE("556016-0680"), org.ID{Scheme: org.SEOrgNr, Value: "5560160680"}},
		{"se-vat", "a VAT number gives the organisation number", org.SE("SE556016068001"), org.ID{Scheme: org.SEOrgNr, Value: "5560160680"}},
		{"no", "spaces and the MVA suffix go", org.NO("988 077 917 MVA"), org.ID{Scheme: org.NOOrgNr, Value: "988077917"}},
		{"dk", "the DK prefix and spaces go", org.DK("DK 13 74 81 36"), org.ID{Scheme: org.DKCVR, Value: "13748136"}},
		{"other", "other registers keep what is written, trimmed", org.OtherID(" HRB 86891 "), org.ID{Scheme: org.Other, Value: "HRB 86891"}},
	} {
		if tc.got != tc.want {
			t.Errorf("%s (%s): got %+v, want %+v", tc.name, tc.reason, tc.got, tc.want)
		}
	}
}

// TestNormalizeEmptyLists: Normalize makes an empty list nil wherever it
// is: in a struct, in an entry of a list, in an agreement's top level.
func TestNormalizeEmptyLists(t *testing.T) {
	a := dpatest.Agreement(t, "reference", dpatest.Edit(typedByHand))
	a.Annexes.B.Entries[0].Locations = []transfer.Location{}
	a.Annexes.D = annex.OtherTerms{}
	if a.Normalized() == a {
		t.Fatal("Normalized returns an agreement with empty lists as canonical")
	}
	a.Normalize()
	if a.Annexes.A.Groups[0].Special != nil || a.Annexes.C.Transfers.Countries != nil ||
		a.Annexes.B.Entries[0].Locations != nil || a.Annexes.D != nil {
		t.Errorf("empty lists left as they were: %#v %#v %#v %#v", a.Annexes.A.Groups[0].Special,
			a.Annexes.C.Transfers.Countries, a.Annexes.B.Entries[0].Locations, a.Annexes.D)
	}
	if a.Normalized() != a {
		t.Error("Normalized copies an agreement that Normalize has put in canonical form")
	}
}
