package transfer

import (
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/google/go-cmp/cmp"
)

func TestDecisionsAreComplete(t *testing.T) {
	for i, d := range Decisions {
		name := string(d.Country) + string(d.Organisation)
		if d.Source == "" {
			t.Errorf("Decisions[%d] (%s) has no Source", i, name)
		}
		if d.Instrument == "" {
			t.Errorf("Decisions[%d] (%s) has no Instrument", i, name)
		}
		if !d.Adopted.Valid() {
			t.Errorf("Decisions[%d] (%s) has no valid Adopted date: %v", i, name, d.Adopted)
		}
		if !d.Ends.IsZero() && (!d.Ends.Valid() || !d.Ends.After(d.Adopted)) {
			t.Errorf("Decisions[%d] (%s): Ends %v is not a date after Adopted %v", i, name, d.Ends, d.Adopted)
		}
		if (d.Country == "") == (d.Organisation == "") {
			t.Errorf("Decisions[%d] must name exactly one of a country and an organisation", i)
		}
		if d.Country != "" && (!d.Country.Valid() || d.Country.EEA()) {
			t.Errorf("Decisions[%d]: %q is not a valid country outside the EEA", i, d.Country)
		}
		if d.Organisation != "" && !d.Organisation.Valid() {
			t.Errorf("Decisions[%d]: unknown organisation %q", i, d.Organisation)
		}
		if !d.Condition.Valid() {
			t.Errorf("Decisions[%d] (%s): invalid Condition %q", i, name, d.Condition)
		}
		checkText(t, "scope of "+name, d.Scope)
	}
}

// TestDecisionsMatchDomain checks every row of DOMAIN.md §2.5 against the
// table: who, adoption, end, condition and the EEA EFTA caveat.
func TestDecisionsMatchDomain(t *testing.T) {
	type row struct {
		Who         string
		Adopted     string
		Ends        string
		Condition   Condition
		EFTAPending bool
	}
	want := []row{
		{"AD", "2010-10-19", "", NoCondition, false},
		{"AR", "2003-06-30", "", NoCondition, false},
		{"BR", "2026-01-26", "", NoCondition, true},
		{"CA", "2001-12-20", "", CommercialOrganisations, false},
		{"epo", "2025-07-15", "", NoCondition, false},
		{"FO", "2010-03-05", "", NoCondition, false},
		{"GG", "2003-11-21", "", NoCondition, false},
		{"IM", "2004-04-28", "", NoCondition, false},
		{"IL", "2011-01-31", "", PartialScope, false},
		{"JP", "2019-01-23", "", PartialScope, false},
		{"JE", "2008-05-08", "", NoCondition, false},
		{"NZ", "2012-12-19", "", NoCondition, false},
		{"KR", "2021-12-17", "", PartialScope, false},
		{"CH", "2000-07-26", "", NoCondition, false},
		{"GB", "2021-06-28", "2025-12-27", PartialScope, false},
		{"GB", "2025-12-19", "2031-12-27", NoCondition, false},
		{"US", "2023-07-10", "", DPFCertification, false},
		{"UY", "2012-08-21", "", NoCondition, false},
	}
	var got []row
	for _, d := range Decisions {
		got = append(got, row{string(d.Country) + string(d.Organisation), d.Adopted.String(), d.Ends.String(), d.Condition, d.EFTAPending})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decisions differ from DOMAIN.md §2.5 (-want +got):\n%s", diff)
	}
}

func TestDecisionApplies(t *testing.T) {
	d := Decision{Adopted: civil.D(2021, 6, 28), Ends: civil.D(2025, 12, 27)}
	tests := []struct {
		on     civil.Date
		want   bool
		reason string
	}{
		{civil.D(2021, 6, 27), false, "the day before adoption"},
		{civil.D(2021, 6, 28), true, "the day of adoption"},
		{civil.D(2025, 12, 27), true, "the last day"},
		{civil.D(2025, 12, 28), false, "the day after the end"},
	}
	for _, tt := range tests {
		if got := d.Applies(tt.on); got != tt.want {
			t.Errorf("Applies(%s) = %v, want %v (%s)", tt.on, got, tt.want, tt.reason)
		}
	}
	open := Decision{Adopted: civil.D(2023, 7, 10)}
	if !open.Applies(civil.D(9999, 12, 31)) {
		t.Error("an open-ended decision does not apply far in the future")
	}
}
