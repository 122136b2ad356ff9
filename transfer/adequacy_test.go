package transfer

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/google/go-cmp/cmp"
)

func TestDecisionsAreComplete(t *testing.T) {
	for i, d := range decisions {
		name := string(d.Country) + string(d.Organisation)
		for _, problem := range sourceProblems(d) {
			t.Errorf("decisions[%d] (%s): %s", i, name, problem)
		}
		if d.Instrument == "" {
			t.Errorf("decisions[%d] (%s) has no Instrument", i, name)
		}
		if !d.Adopted.Valid() {
			t.Errorf("decisions[%d] (%s) has no valid Adopted date: %v", i, name, d.Adopted)
		}
		if !d.Ends.IsZero() && (!d.Ends.Valid() || !d.Ends.After(d.Adopted)) {
			t.Errorf("decisions[%d] (%s): Ends %v is not a date after Adopted %v", i, name, d.Ends, d.Adopted)
		}
		if (d.Country == "") == (d.Organisation == "") {
			t.Errorf("decisions[%d] must name exactly one of a country and an organisation", i)
		}
		if d.Country != "" && (!d.Country.Valid() || d.Country.EEA()) {
			t.Errorf("decisions[%d]: %q is not a valid country outside the EEA", i, d.Country)
		}
		if d.Organisation != "" && !d.Organisation.Valid() {
			t.Errorf("decisions[%d]: unknown organisation %q", i, d.Organisation)
		}
		if !d.Condition.Valid() {
			t.Errorf("decisions[%d] (%s): invalid Condition %q", i, name, d.Condition)
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
	for _, d := range decisions {
		got = append(got, row{string(d.Country) + string(d.Organisation), d.Adopted.String(), d.Ends.String(), d.Condition, d.EFTAPending})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decisions differ from DOMAIN.md §2.5 (-want +got):\n%s", diff)
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

// ojInstrument matches an Instrument that names an act published in the
// Official Journal by its number: "Commission Decision 2010/625/EU",
// "Commission Implementing Decision (EU) 2023/1795 (…)". The number must
// follow the word Decision, so that an Instrument which only mentions an
// earlier decision ("… renewing Implementing Decision (EU) 2021/1772") does
// not match.
var ojInstrument = regexp.MustCompile(`^Commission (Implementing )?Decision (?:\(EU\) )?(\d{4})/(\d+)\b`)

// eliURL matches the ELI address of a decision on EUR-Lex; the number may
// carry a disambiguating suffix such as "(1)".
var eliURL = regexp.MustCompile(`^https://eur-lex\.europa\.eu/eli/(dec|dec_impl)/(\d{4})/(\d+)(?:\(\d+\))?/oj$`)

// sourceProblems reports what is wrong with the Sources of d: none, a Source
// without a title or an https URL, or, for a decision with an Official Journal
// number, a first Source that is not the ELI address of that number on
// EUR-Lex or whose title does not carry the number.
func sourceProblems(d Decision) []string {
	var problems []string
	if len(d.Sources) == 0 {
		problems = append(problems, "no Sources")
	}
	for j, s := range d.Sources {
		if strings.TrimSpace(s.Title) == "" {
			problems = append(problems, fmt.Sprintf("Sources[%d] has no Title", j))
		}
		u, err := url.Parse(s.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			problems = append(problems, fmt.Sprintf("Sources[%d]: URL %q is not an https URL", j, s.URL))
		}
	}
	m := ojInstrument.FindStringSubmatch(d.Instrument)
	if m == nil || len(d.Sources) == 0 {
		return problems
	}
	wantType, year, number := "dec", m[2], m[3]
	if m[1] != "" {
		wantType = "dec_impl"
	}
	first := d.Sources[0]
	e := eliURL.FindStringSubmatch(first.URL)
	switch {
	case e == nil:
		problems = append(problems, fmt.Sprintf("Instrument %q has an Official Journal number but Sources[0].URL %q is not an ELI address on eur-lex.europa.eu", d.Instrument, first.URL))
	case e[1] != wantType || e[2] != year || e[3] != number:
		problems = append(problems, fmt.Sprintf("Sources[0].URL %q names %s/%s/%s, Instrument %q names %s/%s/%s", first.URL, e[1], e[2], e[3], d.Instrument, wantType, year, number))
	}
	if !strings.Contains(first.Title, year+"/"+number) {
		problems = append(problems, fmt.Sprintf("Sources[0].Title %q does not carry the number %s/%s", first.Title, year, number))
	}
	return problems
}

// TestSourceProblems checks that sourceProblems, which TestDecisionsAreComplete
// relies on, accepts a well-cited row and finds each kind of bad citation.
func TestSourceProblems(t *testing.T) {
	good := Source{Title: "Commission Decision 2010/625/EU of 19 October 2010", URL: "https://eur-lex.europa.eu/eli/dec/2010/625/oj"}
	report := Source{Title: "A report", URL: "https://example.org/report"}
	tests := []struct {
		name    string
		d       Decision
		wantBad bool
	}{
		{"official journal", Decision{Instrument: "Commission Decision 2010/625/EU", Sources: []Source{good, report}}, false},
		{"suffix", Decision{Instrument: "Commission Decision 2002/2/EC", Sources: []Source{{Title: "2002/2/EC: Commission Decision", URL: "https://eur-lex.europa.eu/eli/dec/2002/2(1)/oj"}}}, false},
		{"implementing", Decision{Instrument: "Commission Implementing Decision (EU) 2023/1795 (DPF)", Sources: []Source{{Title: "Commission Implementing Decision (EU) 2023/1795", URL: "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj"}}}, false},
		{"no number", Decision{Instrument: "Commission Decision C(2025) 4626", Sources: []Source{report}}, false},
		{"mentions an earlier number", Decision{Instrument: "Commission Implementing Decision of 19 December 2025 renewing Implementing Decision (EU) 2021/1772", Sources: []Source{report}}, false},
		{"no sources", Decision{Instrument: "Commission Decision C(2025) 4626"}, true},
		{"no title", Decision{Instrument: "X", Sources: []Source{{URL: "https://example.org"}}}, true},
		{"http", Decision{Instrument: "X", Sources: []Source{{Title: "T", URL: "http://example.org"}}}, true},
		{"not a URL", Decision{Instrument: "X", Sources: []Source{{Title: "T", URL: "example.org"}}}, true},
		{"not EUR-Lex first", Decision{Instrument: "Commission Decision 2010/625/EU", Sources: []Source{report, good}}, true},
		{"other number", Decision{Instrument: "Commission Decision 2010/626/EU", Sources: []Source{good}}, true},
		{"other year", Decision{Instrument: "Commission Decision 2011/625/EU", Sources: []Source{good}}, true},
		{"implementing as dec", Decision{Instrument: "Commission Implementing Decision 2010/625/EU", Sources: []Source{good}}, true},
		{"title without number", Decision{Instrument: "Commission Decision 2010/625/EU", Sources: []Source{{Title: "Commission Decision", URL: good.URL}}}, true},
	}
	for _, tt := range tests {
		got := sourceProblems(tt.d)
		if (len(got) > 0) != tt.wantBad {
			t.Errorf("%s: sourceProblems = %q, want problems: %v", tt.name, got, tt.wantBad)
		}
	}
}
