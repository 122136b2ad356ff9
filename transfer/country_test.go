package transfer

import (
	"slices"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestCountryNormalize(t *testing.T) {
	tests := []struct {
		in, want Country
		reason   string
	}{
		{"SE", "SE", "already normal"},
		{"se", "SE", "lower case is upper-cased"},
		{" no\t", "NO", "surrounding space is trimmed"},
		{"el", "GR", "EL is the EU protocol code for Greece"},
		{"EL", "GR", "EL in upper case too"},
		{"uk", "GB", "UK is reserved for the United Kingdom, whose code is GB"},
		{"xx", "XX", "an unknown code is still upper-cased"},
		{" swe ", "SWE", "an alpha-3 code is trimmed and upper-cased but not mapped"},
		{"", "", "empty stays empty"},
	}
	for _, tt := range tests {
		if got := tt.in.Normalize(); got != tt.want {
			t.Errorf("Country(%q).Normalize() = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}

func TestCountryValid(t *testing.T) {
	tests := []struct {
		in     Country
		want   bool
		reason string
	}{
		{"SE", true, "Sweden"},
		{"AX", true, "Åland has its own code"},
		{"SS", true, "South Sudan, the newest code (2011)"},
		{"se", false, "lower case is valid only after Normalize"},
		{"EL", false, "EL is not an ISO code; Normalize maps it to GR"},
		{"UK", false, "UK is exceptionally reserved, not assigned"},
		{"EU", false, "EU is exceptionally reserved, not a country"},
		{"XK", false, "XK (Kosovo) is user-assigned, not ISO"},
		{"AN", false, "Netherlands Antilles, deleted in 2010"},
		{"SWE", false, "alpha-3 codes are not accepted"},
		{"", false, "empty"},
	}
	for _, tt := range tests {
		if got := tt.in.Valid(); got != tt.want {
			t.Errorf("Country(%q).Valid() = %v, want %v (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}

// TestISOCodes checks the table of ISO codes against the CLDR region data in
// x/text: every listed code is a country there, and every country there that
// is not listed is a known deprecated, reserved or user-assigned code.
func TestISOCodes(t *testing.T) {
	if len(isoCodes) != 249 {
		t.Errorf("len(isoCodes) = %d, want 249", len(isoCodes))
	}
	if !slices.IsSorted(isoCodes) {
		t.Error("isoCodes is not sorted")
	}
	if len(slices.Compact(slices.Clone(isoCodes))) != len(isoCodes) {
		t.Error("isoCodes has duplicates")
	}
	var notListed []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			isCountry := err == nil && r.IsCountry() && r.String() == code
			listed := slices.Contains(isoCodes, Country(code))
			switch {
			case listed && !isCountry:
				t.Errorf("%s is listed but is no country in CLDR", code)
			case !listed && isCountry:
				notListed = append(notListed, code)
			}
		}
	}
	// Codes CLDR knows that ISO 3166-1 does not assign: transitionally
	// reserved (deleted) codes, exceptionally reserved codes and XK.
	want := []string{
		"AC", "AN", "BU", "CP", "CQ", "CS", "CT", "DD", "DG", "DY", "EA", "EZ",
		"FQ", "FX", "HV", "IC", "JT", "MI", "NH", "NQ", "NT", "PC", "PU", "PZ",
		"RH", "SU", "TA", "TP", "UK", "UN", "VD", "WK", "XK", "YD", "YU", "ZR",
	}
	if diff := cmp.Diff(want, notListed); diff != "" {
		t.Errorf("CLDR countries not in isoCodes (-want +got):\n%s", diff)
	}
}

func TestCountryEEA(t *testing.T) {
	tests := []struct {
		in     Country
		want   bool
		reason string
	}{
		{"SE", true, "EU Member State"},
		{"DK", true, "EU Member State"},
		{"GR", true, "EU Member State (EL in EU usage)"},
		{"NO", true, "EEA EFTA state"},
		{"IS", true, "EEA EFTA state"},
		{"LI", true, "EEA EFTA state"},
		{"AX", true, "Åland is part of Finland and of the EU"},
		{"GF", true, "French Guiana, an outermost region"},
		{"GP", true, "Guadeloupe, an outermost region"},
		{"MQ", true, "Martinique, an outermost region"},
		{"RE", true, "Réunion, an outermost region"},
		{"YT", true, "Mayotte, an outermost region"},
		{"MF", true, "Saint Martin, an outermost region"},
		{"GL", false, "Greenland is outside the EU"},
		{"FO", false, "the Faroe Islands are outside the EU (adequacy instead)"},
		{"CH", false, "Switzerland is EFTA but not EEA"},
		{"GB", false, "the United Kingdom left the EU"},
		{"SJ", false, "the EEA Agreement does not apply to Svalbard"},
		{"US", false, "third country"},
		{"se", false, "not normalized"},
		{"EL", false, "not normalized; GR is"},
	}
	for _, tt := range tests {
		if got := tt.in.EEA(); got != tt.want {
			t.Errorf("Country(%q).EEA() = %v, want %v (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
	states := 0
	for _, c := range eea {
		if !c.Valid() {
			t.Errorf("eea lists invalid code %q", c)
		}
		if c == "AX" || c == "GF" || c == "GP" || c == "MQ" || c == "RE" || c == "YT" || c == "MF" {
			continue
		}
		states++
	}
	if states != 30 {
		t.Errorf("eea has %d states, want 27 EU + 3 EEA EFTA = 30", states)
	}
	for _, c := range eeaEFTA {
		if !c.EEA() {
			t.Errorf("EEA EFTA state %s is not in eea", c)
		}
	}
}

func TestCountryIn(t *testing.T) {
	tests := []struct {
		c      Country
		l      i18n.Lang
		want   string
		reason string
	}{
		{"SE", i18n.SV, "Sverige", "Swedish name of Sweden"},
		{"SE", i18n.EN, "Sweden", "English name"},
		{"DK", i18n.DA, "Danmark", "Danish name of Denmark"},
		{"NO", i18n.NB, "Norge", "Bokmål name of Norway"},
		{"GR", i18n.NB, "Hellas", "Bokmål, not Danish ('Grækenland'): x/text display maps nb to da"},
		{"FO", i18n.NB, "Færøyene", "Bokmål, not Danish ('Færøerne')"},
		{"GR", i18n.DA, "Grækenland", "Danish"},
		{"GR", i18n.SV, "Grekland", "Swedish"},
		{"FO", i18n.SV, "Färöarna", "Swedish"},
		{"DE", i18n.NB, "Tyskland", "Bokmål"},
		{"US", i18n.EN, "United States", "English"},
		{"US", i18n.SV, "USA", "Swedish"},
		{"GB", i18n.DA, "Storbritannien", "Danish"},
		{"AX", i18n.SV, "Åland", "Swedish"},
		{"SE", "fi", "Sweden", "an unsupported language falls back to English"},
		{"XX", i18n.SV, "XX", "an unknown code is returned as it is"},
		{"se", i18n.SV, "se", "a code that is not normalized is returned as it is"},
	}
	for _, tt := range tests {
		if got := tt.c.In(tt.l); got != tt.want {
			t.Errorf("Country(%q).In(%s) = %q, want %q (%s)", tt.c, tt.l, got, tt.want, tt.reason)
		}
	}
}

func TestCountryInAllCodes(t *testing.T) {
	for _, c := range isoCodes {
		for _, l := range i18n.Langs {
			unknown := regionNamer(l).Name(language.MustParseRegion("ZZ"))
			if name := c.In(l); name == "" || name == string(c) || name == unknown {
				t.Errorf("Country(%q).In(%s) = %q, want a name", c, l, name)
			}
		}
	}
}
