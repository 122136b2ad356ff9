package org_test

import (
	"errors"
	"regexp"
	"testing"

	"github.com/dpakit/dpakit/org"
	"github.com/google/go-cmp/cmp"
)

// allErrors are the sentinel errors of Check, so a test can see that an ID
// fails for exactly one reason.
var allErrors = []error{org.ErrScheme, org.ErrFormat, org.ErrChecksum, org.ErrEmpty}

// idCheckCases are the table of TestIDCheck; FuzzID starts from them.
var idCheckCases = []struct {
	name   string
	id     org.ID
	want   error
	reason string
}{
	// DOMAIN.md §4.3 worked examples.
	{"se-saab", org.ID{Scheme: org.SEOrgNr, Value: "5560360793"}, nil, "Saab AB: Luhn passes, group 5 (aktiebolag), third digit 6"},
	{"se-stockholm", org.ID{Scheme: org.SEOrgNr, Value: "2120000142"}, nil, "Stockholms stad: group 2, third digit 2 is the lowest allowed"},
	{"se-stdnum", org.ID{Scheme: org.SEOrgNr, Value: "1234567897"}, nil, "python-stdnum's test number 123456-7897"},
	{"no-brreg", org.ID{Scheme: org.NOOrgNr, Value: "123456785"}, nil, "Brønnøysund's example: 138 mod 11 = 6, 11 - 6 = 5"},
	{"no-988", org.ID{Scheme: org.NOOrgNr, Value: "988077917"}, nil, "988 077 917"},
	{"no-974", org.ID{Scheme: org.NOOrgNr, Value: "974760673"}, nil, "974 760 673"},
	{"dk-erst", org.ID{Scheme: org.DKCVR, Value: "13748136"}, nil, "Erhvervsstyrelsen's example: 126 + 6 = 132 = 12 × 11"},
	{"dk-13585628", org.ID{Scheme: org.DKCVR, Value: "13585628"}, nil, "a valid CVR number"},
	{"fi-nokia", org.ID{Scheme: org.FIYTunnus, Value: "0112038-9"}, nil, "Nokia Oyj: weights 7, 9, 10, 5, 8, 4, 2 give 57, 57 mod 11 = 2, 11 - 2 = 9"},
	{"other", org.ID{Scheme: org.Other, Value: "HRB 86891"}, nil, "other schemes need only a value"},

	{"se-luhn", org.ID{Scheme: org.SEOrgNr, Value: "5560360794"}, org.ErrChecksum, "last digit changed"},
	{"se-transposed", org.ID{Scheme: org.SEOrgNr, Value: "5560360739"}, org.ErrChecksum, "Luhn catches swapped neighbours"},
	{"se-9-digits", org.ID{Scheme: org.SEOrgNr, Value: "556036079"}, org.ErrFormat, "ten digits"},
	{"se-11-digits", org.ID{Scheme: org.SEOrgNr, Value: "55603607930"}, org.ErrFormat, "ten digits"},
	{"se-12-digits", org.ID{Scheme: org.SEOrgNr, Value: "165560360793"}, org.ErrFormat, "Check expects the normalised 10-digit form"},
	{"se-hyphen", org.ID{Scheme: org.SEOrgNr, Value: "556036-0793"}, org.ErrFormat, "Check expects a normalised value; Normalize strips the hyphen"},
	{"se-letter", org.ID{Scheme: org.SEOrgNr, Value: "556036079A"}, org.ErrFormat, "digits only"},
	{"se-third-0", org.ID{Scheme: org.SEOrgNr, Value: "6408233234"}, org.ErrFormat, "a personnummer (third digit 0 = a month) passes Luhn but is no organisation number"},
	{"se-third-1", org.ID{Scheme: org.SEOrgNr, Value: "5510000002"}, org.ErrFormat, "third digit 1 passes Luhn but could read as a month; organisation numbers have 2 or more"},
	{"se-third-1-group-2", org.ID{Scheme: org.SEOrgNr, Value: "2110000003"}, org.ErrFormat, "the rule holds in every group"},
	{"se-empty", org.ID{Scheme: org.SEOrgNr}, org.ErrEmpty, "a Nordic scheme with no value is empty, not malformed"},

	{"no-check", org.ID{Scheme: org.NOOrgNr, Value: "123456784"}, org.ErrChecksum, "check digit off by one"},
	{"no-check-10", org.ID{Scheme: org.NOOrgNr, Value: "100000130"}, org.ErrChecksum, "the prefix gives remainder 1, check 10, which is never issued; digit 0 must not pass"},
	{"no-8-digits", org.ID{Scheme: org.NOOrgNr, Value: "12345678"}, org.ErrFormat, "nine digits"},
	{"no-10-digits", org.ID{Scheme: org.NOOrgNr, Value: "1234567850"}, org.ErrFormat, "nine digits"},
	{"no-mva", org.ID{Scheme: org.NOOrgNr, Value: "988077917MVA"}, org.ErrFormat, "the VAT suffix is stripped by Normalize, not by Check"},
	{"no-letter", org.ID{Scheme: org.NOOrgNr, Value: "98807791O"}, org.ErrFormat, "a letter O is not a zero"},

	{"dk-check", org.ID{Scheme: org.DKCVR, Value: "13585627"}, org.ErrChecksum, "DOMAIN.md §4.3: off by one"},
	{"dk-leading-0", org.ID{Scheme: org.DKCVR, Value: "01000004"}, org.ErrFormat, "passes mod 11 but CVR numbers never start with 0"},
	{"dk-7-digits", org.ID{Scheme: org.DKCVR, Value: "1374813"}, org.ErrFormat, "eight digits"},
	{"dk-9-digits", org.ID{Scheme: org.DKCVR, Value: "137481360"}, org.ErrFormat, "eight digits"},
	{"dk-prefix", org.ID{Scheme: org.DKCVR, Value: "DK13748136"}, org.ErrFormat, "the DK prefix is stripped by Normalize, not by Check"},
	{"dk-letter", org.ID{Scheme: org.DKCVR, Value: "1374813x"}, org.ErrFormat, "digits only"},

	{"fi-check", org.ID{Scheme: org.FIYTunnus, Value: "0112038-8"}, org.ErrChecksum, "check digit off by one"},
	{"fi-check-10", org.ID{Scheme: org.FIYTunnus, Value: "0000003-0"}, org.ErrChecksum, "the prefix gives remainder 1, check 10, which is never issued"},
	{"fi-no-hyphen", org.ID{Scheme: org.FIYTunnus, Value: "01120389"}, org.ErrFormat, "Check expects the register's form; Normalize puts the hyphen in"},
	{"fi-6-digits", org.ID{Scheme: org.FIYTunnus, Value: "112038-9"}, org.ErrFormat, "seven digits before the hyphen: a leading zero is not guessed"},
	{"fi-empty", org.ID{Scheme: org.FIYTunnus}, org.ErrEmpty, "a Nordic scheme with no value is empty"},
	{"other-empty", org.ID{Scheme: org.Other}, org.ErrEmpty, "other schemes need a value"},
	{"other-blank", org.ID{Scheme: org.Other, Value: " \t "}, org.ErrEmpty, "white space is no value"},
	{"scheme-empty", org.ID{Value: "5560360793"}, org.ErrScheme, "the scheme must be given"},
	{"scheme-country", org.ID{Scheme: "se", Value: "5560360793"}, org.ErrScheme, "a country code is not a scheme"},
	{"scheme-case", org.ID{Scheme: "SE-ORGNR", Value: "5560360793"}, org.ErrScheme, "scheme ids are lower case"},
	{"zero-id", org.ID{}, org.ErrScheme, "the zero ID is not checked; callers test IsZero first"},
}

func TestIDCheck(t *testing.T) {
	for _, tc := range idCheckCases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.id.Check()
			if tc.want == nil {
				if err != nil {
					t.Errorf("%+v.Check() = %v; want nil (%s)", tc.id, err, tc.reason)
				}
				return
			}
			for _, e := range allErrors {
				if got, want := errors.Is(err, e), e == tc.want; got != want {
					t.Errorf("%+v.Check() = %v: errors.Is(err, %q) = %v; want %v (%s)", tc.id, err, e, got, want, tc.reason)
				}
			}
		})
	}
}

func TestIDCheckAllocs(t *testing.T) {
	for _, id := range []org.ID{
		{Scheme: org.SEOrgNr, Value: "5560360793"},
		{Scheme: org.SEOrgNr, Value: "5560360794"},
		{Scheme: org.NOOrgNr, Value: "988077917"},
		{Scheme: org.NOOrgNr, Value: "98807791"},
		{Scheme: org.DKCVR, Value: "13748136"},
		{Scheme: org.DKCVR, Value: "13585627"},
		{Scheme: org.Other, Value: "HRB 86891"},
		{Scheme: "xx", Value: "1"},
	} {
		if n := testing.AllocsPerRun(100, func() { _ = id.Check() }); n != 0 {
			t.Errorf("%+v.Check() allocates %v times; want 0, so that validating a valid agreement costs nothing", id, n)
		}
	}
}

// idNormalizeCases are the table of TestIDNormalize; FuzzID starts from
// them.
var idNormalizeCases = []struct {
	name   string
	scheme org.Scheme
	in     string
	want   string
	reason string
}{
	{"se-hyphen", org.SEOrgNr, "556036-0793", "5560360793", "the usual written form"},
	{"se-16", org.SEOrgNr, "16 556036-0793", "5560360793", "the 12-digit form with the 16 prefix"},
	{"se-16-plain", org.SEOrgNr, "165560360793", "5560360793", "the 12-digit form without separators"},
	{"se-vat", org.SEOrgNr, "SE556036079301", "5560360793", "the Swedish VAT number is SE + orgnr + 01"},
	{"se-vat-lower", org.SEOrgNr, "se556036079301", "5560360793", "the VAT prefix in lower case"},
	{"se-vat-spaced", org.SEOrgNr, "SE 556036-0793 01", "5560360793", "separators inside the VAT number"},
	{"se-nbsp", org.SEOrgNr, "556036\u00a00793", "5560360793", "a no-break space as pasted from a formatted document"},
	{"se-trim", org.SEOrgNr, "  5560360793\n", "5560360793", "surrounding white space"},
	{"se-dots", org.SEOrgNr, "556.036.0793", "5560360793", "dots are separators"},
	{"se-plain", org.SEOrgNr, "5560360793", "5560360793", "already normal"},
	{"se-vat-no-01", org.SEOrgNr, "SE5560360793", "SE5560360793", "without the 01 suffix it is not a VAT number and is left for Check to reject"},
	{"se-16-short", org.SEOrgNr, "16556036079", "16556036079", "the 16 prefix is stripped only from 12 digits"},
	{"no-vat", org.NOOrgNr, "NO 988 077 917 MVA", "988077917", "the Norwegian VAT number is NO + orgnr + MVA"},
	{"no-vat-lower", org.NOOrgNr, "no988077917mva", "988077917", "VAT affixes in lower case"},
	{"no-spaces", org.NOOrgNr, "988 077 917", "988077917", "the usual written form"},
	{"no-dots", org.NOOrgNr, "988.077.917", "988077917", "dots are separators"},
	{"no-nbsp", org.NOOrgNr, "988\u00a0077\u00a0917", "988077917", "no-break spaces as CLDR nb groups digits"},
	{"no-only-prefix", org.NOOrgNr, "NO", "NO", "nothing but the prefix is left as it was"},
	{"dk-vat", org.DKCVR, "DK13748136", "13748136", "the Danish VAT number is DK + CVR"},
	{"dk-vat-spaced", org.DKCVR, "dk 13 74 81 36", "13748136", "pairs of digits and a lower-case prefix"},
	{"dk-dots", org.DKCVR, "13.74.81.36", "13748136", "dots are separators"},
	{"dk-only-prefix", org.DKCVR, "DK", "DK", "nothing but the prefix is left as it was"},
	{"fi-vat", org.FIYTunnus, "FI01120389", "0112038-9", "the Finnish VAT number is FI + the digits without the hyphen"},
	{"fi-digits", org.FIYTunnus, "0112038 9", "0112038-9", "the hyphen is put back where a separator or nothing stood"},
	{"fi-plain", org.FIYTunnus, " 0112038-9 ", "0112038-9", "already as the register writes it, trimmed"},
	{"fi-short", org.FIYTunnus, "112038-9", "1120389", "a wrong length is left without its separators for Check to reject"},
	{"other-trim", org.Other, "  HRB 86891  ", "HRB 86891", "other schemes are only trimmed"},
	{"other-keeps-separators", org.Other, "HRB-86.891", "HRB-86.891", "other schemes are kept as written"},
	{"other-keeps-prefix", org.Other, "DK13748136", "DK13748136", "VAT affixes are stripped only for the Nordic schemes"},
	{"unknown-scheme", "xx", "  12-34 ", "12-34", "an unknown scheme is treated like other"},
	{"se-tab", org.SEOrgNr, "556036\t0793", "5560360793", "a tab pasted from a spreadsheet is white space, and white space is a separator"},
	{"dk-vertical-tab", org.DKCVR, "0\v.", "0", "white space left behind by a removed separator is removed too, so Normalize is idempotent (found by FuzzID)"},
	{"se-vat-case-grows", org.SEOrgNr, "se\u0250\u0250\u02501" + "01", "se\u0250\u0250\u0250101",
		"ɐ upper-cases to three bytes, so the upper-cased text looks like a 14-byte VAT number while the value has 11 bytes; this once sliced out of range"},
}

func TestIDNormalize(t *testing.T) {
	for _, tc := range idNormalizeCases {
		t.Run(tc.name, func(t *testing.T) {
			in := org.ID{Scheme: tc.scheme, Value: tc.in}
			got := in.Normalize()
			want := org.ID{Scheme: tc.scheme, Value: tc.want}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%+v.Normalize() (-want +got):\n%s\n(%s)", in, diff, tc.reason)
			}
			if again := got.Normalize(); again != got {
				t.Errorf("Normalize is not idempotent: %+v then %+v", got, again)
			}
		})
	}
}

// What people paste normalises to a number that passes Check.
func TestIDNormalizeThenCheck(t *testing.T) {
	for _, id := range []org.ID{
		{Scheme: org.SEOrgNr, Value: "556036-0793"},
		{Scheme: org.SEOrgNr, Value: "16 556036-0793"},
		{Scheme: org.SEOrgNr, Value: "SE556036079301"},
		{Scheme: org.SEOrgNr, Value: "212000-0142"},
		{Scheme: org.NOOrgNr, Value: "NO 988 077 917 MVA"},
		{Scheme: org.NOOrgNr, Value: "974 760 673"},
		{Scheme: org.DKCVR, Value: "DK13748136"},
		{Scheme: org.DKCVR, Value: "DK 13 58 56 28"},
	} {
		if err := id.Normalize().Check(); err != nil {
			t.Errorf("%+v.Normalize().Check() = %v; want nil", id, err)
		}
	}
}

func TestIDNormalizeAllocs(t *testing.T) {
	for _, id := range []org.ID{
		{Scheme: org.SEOrgNr, Value: "5560360793"},
		{Scheme: org.NOOrgNr, Value: "988077917"},
		{Scheme: org.DKCVR, Value: "13748136"},
		{Scheme: org.Other, Value: "HRB 86891"},
	} {
		if n := testing.AllocsPerRun(100, func() { _ = id.Normalize() }); n != 0 {
			t.Errorf("%+v.Normalize() allocates %v times; want 0 for a value that is already normal", id, n)
		}
	}
}

func TestIDString(t *testing.T) {
	for _, tc := range []struct {
		id     org.ID
		want   string
		reason string
	}{
		{org.ID{Scheme: org.SEOrgNr, Value: "5560360793"}, "556036-0793", "Swedish numbers are written with a hyphen before the last four digits"},
		{org.ID{Scheme: org.NOOrgNr, Value: "988077917"}, "988 077 917", "Norwegian numbers in groups of three"},
		{org.ID{Scheme: org.DKCVR, Value: "13748136"}, "13748136", "CVR numbers are written without separators"},
		{org.ID{Scheme: org.Other, Value: "HRB 86891"}, "HRB 86891", "other schemes as stored"},
		{org.ID{Scheme: org.SEOrgNr, Value: "556036-0793"}, "556036-0793", "a value that is not normalised is written as stored, not hyphenated twice"},
		{org.ID{Scheme: org.NOOrgNr, Value: "98807791"}, "98807791", "a wrong length is written as stored"},
		{org.ID{}, "", "the zero ID"},
	} {
		if got := tc.id.String(); got != tc.want {
			t.Errorf("%#v.String() = %q; want %q (%s)", tc.id, got, tc.want, tc.reason)
		}
	}
}

func TestSchemes(t *testing.T) {
	want := []org.Scheme{org.SEOrgNr, org.NOOrgNr, org.DKCVR, org.FIYTunnus, org.Other}
	var got []org.Scheme
	for _, d := range org.Schemes {
		got = append(got, d.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Schemes (-want +got):\n%s", diff)
	}
	for _, d := range org.Schemes {
		t.Run(string(d.ID), func(t *testing.T) {
			id := org.ID{Scheme: d.ID, Value: d.Example}
			if err := id.Check(); err != nil {
				t.Errorf("the example %q fails Check: %v", d.Example, err)
			}
			if n := id.Normalize(); n != id {
				t.Errorf("the example %q is not normalised: Normalize gives %q", d.Example, n.Value)
			}
			re, err := regexp.Compile(d.Pattern)
			if err != nil {
				t.Fatalf("Pattern %q does not compile: %v", d.Pattern, err)
			}
			if !re.MatchString(d.Example) {
				t.Errorf("the example %q does not match the pattern %q", d.Example, d.Pattern)
			}
			if d.Source == "" {
				t.Error("no source")
			}
		})
	}
	for _, s := range []org.Scheme{"", "se", "orgnr", "SE-ORGNR"} {
		if s.Valid() {
			t.Errorf("%q.Valid() = true; want false", s)
		}
		if _, ok := s.Def(); ok {
			t.Errorf("%q.Def() found a definition", s)
		}
	}
}

// The JSON Schema pattern of each Nordic scheme rejects what Check rejects
// for its form, so that a frontend validating with the schema agrees with Go.
func TestSchemePatternAgreesWithCheck(t *testing.T) {
	for _, tc := range []struct {
		id     org.ID
		reason string
	}{
		{org.ID{Scheme: org.SEOrgNr, Value: "556036079"}, "too short"},
		{org.ID{Scheme: org.SEOrgNr, Value: "556036-0793"}, "not normalised"},
		{org.ID{Scheme: org.NOOrgNr, Value: "9880779170"}, "too long"},
		{org.ID{Scheme: org.DKCVR, Value: "01000004"}, "leading zero"},
		{org.ID{Scheme: org.Other, Value: " HRB"}, "other values start with a non-space"},
	} {
		def, _ := tc.id.Scheme.Def()
		if regexp.MustCompile(def.Pattern).MatchString(tc.id.Value) {
			t.Errorf("pattern %q of %s accepts %q (%s)", def.Pattern, tc.id.Scheme, tc.id.Value, tc.reason)
		}
	}
}
