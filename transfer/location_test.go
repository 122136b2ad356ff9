package transfer

import (
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

func TestOrganisation(t *testing.T) {
	tests := []struct {
		in     Organisation
		normal Organisation
		valid  bool
		reason string
	}{
		{"epo", "epo", true, "the European Patent Organisation"},
		{" EPO ", "epo", false, "valid only after Normalize"},
		{"who", "who", false, "no other organisation is known"},
		{"", "", false, "empty"},
	}
	for _, tt := range tests {
		if got := tt.in.Normalize(); got != tt.normal {
			t.Errorf("Organisation(%q).Normalize() = %q, want %q (%s)", tt.in, got, tt.normal, tt.reason)
		}
		if got := tt.in.Valid(); got != tt.valid {
			t.Errorf("Organisation(%q).Valid() = %v, want %v (%s)", tt.in, got, tt.valid, tt.reason)
		}
	}
	names := map[i18n.Lang]string{
		i18n.EN: "European Patent Organisation",
		i18n.SV: "Europeiska patentorganisationen",
		i18n.NB: "Den europeiske patentorganisasjonen",
		i18n.DA: "Den Europæiske Patentorganisation",
	}
	for l, want := range names {
		if got := EuropeanPatentOrganisation.In(l); got != want {
			t.Errorf("EuropeanPatentOrganisation.In(%s) = %q, want %q", l, got, want)
		}
	}
}

func TestLocation(t *testing.T) {
	tests := []struct {
		in     Location
		normal Location
		valid  bool
		eea    bool // of the normalized location
		reason string
	}{
		{Location{Country: "SE", Place: "Stockholm"}, Location{Country: "SE", Place: "Stockholm"}, true, true, "a country in the EEA"},
		{Location{Country: " el ", Place: " Athens "}, Location{Country: "GR", Place: "Athens"}, false, true, "valid only after Normalize"},
		{Location{Country: "US"}, Location{Country: "US"}, true, false, "a third country"},
		{Location{Organisation: "EPO"}, Location{Organisation: "epo"}, false, false, "an organisation, valid after Normalize"},
		{Location{Organisation: "epo"}, Location{Organisation: "epo"}, true, false, "an organisation is never inside the EEA"},
		{Location{Country: "DE", Organisation: "epo"}, Location{Country: "DE", Organisation: "epo"}, false, false, "both a country and an organisation"},
		{Location{}, Location{}, false, false, "neither"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.normal, tt.in.Normalize()); diff != "" {
			t.Errorf("%+v.Normalize() (%s) (-want +got):\n%s", tt.in, tt.reason, diff)
		}
		if got := tt.in.Valid(); got != tt.valid {
			t.Errorf("%+v.Valid() = %v, want %v (%s)", tt.in, got, tt.valid, tt.reason)
		}
		if got := tt.in.Normalize().EEA(); got != tt.eea {
			t.Errorf("%+v.Normalize().EEA() = %v, want %v (%s)", tt.in, got, tt.eea, tt.reason)
		}
	}
	if got := (Location{Organisation: "epo"}).Name(i18n.DA); got != "Den Europæiske Patentorganisation" {
		t.Errorf("Location.Name for an organisation = %q", got)
	}
	if got := (Location{Country: "NO"}).Name(i18n.SV); got != "Norge" {
		t.Errorf("Location.Name for a country = %q", got)
	}
}
