package examples_test

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

var update = flag.Bool("update", false, "rewrite the files in json/ from the Go values")

// decimalEqual compares amounts by value and by the scale they were written
// with, so that "1250.00" and "1250" differ.
var decimalEqual = gocmp.Comparer(func(a, b decimal.Decimal) bool {
	return a.Equal(b) && a.Exponent() == b.Exponent()
})

// want is one expected finding.
type want struct {
	Code     dpa.Code
	Path     string
	Severity dpa.Severity
}

// wantFindings lists, for every example, the findings the validator must
// report, each with its reason. Order does not matter.
var wantFindings = map[string][]want{
	"seed000": {
		{"breach.notice-deadline-missing", "/clauses/breachNotification/0/within", finding.Error}, // §11.11 leaves the hours for intrusion attempts blank
		{"breach.deadline-missing", "/clauses/breachNotification/1/within", finding.Error},        // §11.11 leaves the hours for other breaches blank
		{"end.deadline-missing", "/clauses/endOfService/deadline", finding.Warning},               // §8.12 sets no deadline; Art. 28(3)(g) does not demand one
		{"end.confirmation-missing", "/clauses/endOfService/confirmWithin", finding.Warning},      // §8.12 asks for no written confirmation of the deletion (seed 002 P9)
		{"law.venue-missing", "/clauses/venue", finding.Warning},                                  // §15.1 leaves the forum blank; not a GDPR requirement
		{"security.level-missing-for-data", "/annexes/c/security/level", finding.Warning},         // §11.1 names no level for health data and personnummer: seed 002 P2 asks for extra measures, which §11 lists
		{"subprocessors.objection-no-exit", "/annexes/b/objectionExit", finding.Warning},          // §7.1 gives a right to object and says nothing of what it leads to
		{"liability.terms-missing", "/clauses/liability/terms", finding.Error},                    // §13.1 says the parties settle liability themselves; §13.2 is blank
	},
	"seed001": {
		{"party.signatory-missing", "/processor/signatory/name", finding.Warning},                      // the seed names no one who signs for Agrinavia
		{"processing.special-categories-unnamed", "/annexes/a/groups/0/specialUnnamed", finding.Error}, // C.2 says Art. 9 data are processed without naming them
		{"processing.special-categories-unnamed", "/annexes/a/groups/1/specialUnnamed", finding.Error}, // idem for the users
		{"processing.special-categories-unnamed", "/annexes/a/groups/2/specialUnnamed", finding.Error}, // idem for the customers: C.2 names no group
		{"end.deadline-missing", "/clauses/endOfService/deadline", finding.Warning},                    // clause 11.1 sets no deadline; (g) does not demand one
		{"end.confirmation-missing", "/clauses/endOfService/confirmWithin", finding.Warning},           // clause 11.1 asks for no written confirmation of the deletion (seed 002 P9)
		{"law.governing-law-missing", "/clauses/governingLaw", finding.Warning},                        // the seed leaves law to the licence agreement
		{"law.venue-missing", "/clauses/venue", finding.Warning},                                       // idem for the venue
		{"subprocessors.objection-no-exit", "/annexes/b/objectionExit", finding.Warning},               // Bilaga B.1 gives no right to terminate on an objection
		{"subprocessors.objection-grounds", "/annexes/b/objectionGrounds", finding.Warning},            // Bilaga B.1: objections need reasonable and concrete grounds
		{"breach.deadline-if-possible", "/clauses/breachNotification/0/ifPossible", finding.Warning},   // clause 10.1: 24 hours "om möjligt"
		{"security.level-missing-for-data", "/annexes/c/security/level", finding.Warning},              // C.2 says Art. 9 data are processed but names no level (seed 002 P2)
		{"audit.form-missing", "/annexes/c/audits", finding.Warning},                                   // clause 12.2 refers to an audit procedure in Annex C that the annex lacks; clause 13 gives the default
	},
	"seed003": {
		{"agreement.date-missing", "/date", finding.Warning},                                                       // "Sted og dato" is a blank
		{"agreement.main-agreement-blank", "/mainAgreement", finding.Warning},                                      // "[navn på hovedavtalen] datert [dato]" (clause 1.1)
		{"party.contacts-missing", "/controllers/0/contacts", finding.Warning},                                     // NAV's contact person is a blank (clause 14)
		{"party.missing", "/processor", finding.Warning},                                                           // the processor is a blank: one finding, not one per field
		{"assistance.fee-missing", "/clauses/assistance/fee", finding.Warning},                                     // the hourly fee is "kr xx", a blank
		{"end.deadline-missing", "/clauses/endOfService/deadline", finding.Warning},                                // clause 12.3 sets a deadline for the confirmation only
		{"processing.purpose-missing", "/annexes/a/purpose", finding.Warning},                                      // Appendix 1 is all blanks
		{"processing.nature-missing", "/annexes/a/nature", finding.Warning},                                        // idem
		{"processing.data-subjects-missing", "/annexes/a/groups", finding.Warning},                                 // idem
		{"security.level-missing", "/annexes/c/security/level", finding.Warning},                                   // the template has no security level
		{"security.measures-missing", "/annexes/c/security/measures", finding.Warning},                             // Appendix 2 has headings and blanks only
		{"security.measure-open", "/annexes/c/security/openHeadings/0", finding.Warning},                           // Appendix 2: physical security, a heading to fill in
		{"security.measure-open", "/annexes/c/security/openHeadings/1", finding.Warning},                           // test data beyond NAV's guidelines
		{"security.measure-open", "/annexes/c/security/openHeadings/2", finding.Warning},                           // other measures, or "not relevant"
		{"audit.frequency-missing", "/annexes/c/audits/1/frequency", finding.Warning},                              // clause 11.3 says "regular" audits without an interval
		{"audit.form-missing", "/annexes/c/audits/1/form", finding.Warning},                                        // clause 11.3 names no form for the processor's own audits
		{"assistance.data-subject-requests-missing", "/annexes/c/assistance/dataSubjectRequests", finding.Warning}, // Appendix 1's "Bistand til Behandlingsansvarlig" is a blank
		{"instructions.locations-unnamed", "/annexes/c/locations", finding.Warning},                                // no place of NAV's processor and no sub-processor yet
	},
	"seed004": { // a draft, as the seed is: what it leaves to the main agreement stays blank
		{"end.deadline-missing", "/clauses/endOfService/deadline", finding.Warning},                  // clause 11.1 sets no deadline for the return
		{"end.confirmation-missing", "/clauses/endOfService/confirmWithin", finding.Warning},         // and asks for no written confirmation of the deletion (seed 002 P9)
		{"law.governing-law-missing", "/clauses/governingLaw", finding.Warning},                      // the clauses choose no law: the main agreement does
		{"law.venue-missing", "/clauses/venue", finding.Warning},                                     // nor a venue
		{"subprocessors.objection-no-exit", "/annexes/b/objectionExit", finding.Warning},             // clause 7.3 gives a right to object and says nothing of what it leads to
		{"breach.deadline-if-possible", "/clauses/breachNotification/0/ifPossible", finding.Warning}, // clause 10.2: 24 hours "om muligt"
	},
	"reference": nil, // complete by design
}

// triples returns the code, path and severity of each finding, sorted.
func triples(list dpa.Findings) []want {
	var out []want
	for _, f := range list {
		out = append(out, want{f.Code, f.Path, f.Severity})
	}
	return sortWants(out)
}

func sortWants(ws []want) []want {
	ws = slices.Clone(ws)
	slices.SortFunc(ws, func(a, b want) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(string(a.Code), string(b.Code)),
			strings.Compare(string(a.Severity), string(b.Severity)))
	})
	return ws
}

func TestFindings(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.Name, func(t *testing.T) {
			want, ok := wantFindings[e.Name]
			if !ok {
				t.Fatalf("no expected findings listed for %s", e.Name)
			}
			got := triples(dpa.Validate(e.Build()))
			if diff := gocmp.Diff(sortWants(want), got); diff != "" {
				t.Errorf("Validate(%s) findings (-want +got):\n%s", e.Name, diff)
			}
		})
	}
	if len(wantFindings) != len(examples.All()) {
		t.Errorf("wantFindings lists %d examples, All returns %d", len(wantFindings), len(examples.All()))
	}
}

func TestAll(t *testing.T) {
	var names []string
	for _, e := range examples.All() {
		names = append(names, e.Name)
		if e.Build == nil || e.Doc == "" {
			t.Errorf("%s: Build or Doc missing", e.Name)
		}
		if e.Name != "reference" && !strings.HasPrefix(e.Seed, strings.TrimPrefix(e.Name, "seed")+"_") {
			t.Errorf("%s: seed file %q does not match the name", e.Name, e.Seed)
		}
		if a := e.Build(); a.ID != e.Name {
			t.Errorf("%s: agreement id is %q", e.Name, a.ID)
		}
	}
	if diff := gocmp.Diff([]string{"seed000", "seed001", "seed003", "seed004", "reference"}, names); diff != "" {
		t.Errorf("All() names (-want +got):\n%s", diff)
	}
}

// TestFresh checks that each call builds a new value: changing everything
// reachable in one agreement leaves the next one as it was.
func TestFresh(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.Name, func(t *testing.T) {
			before, err := dpa.Encode(e.Build())
			if err != nil {
				t.Fatal(err)
			}
			a := e.Build()
			a.Languages[0] = "xx"
			a.Controllers[0].Name = "changed"
			if len(a.Controllers[0].Contacts) > 0 {
				a.Controllers[0].Contacts[0].Email = "changed"
			}
			for i := range a.Clauses.BreachNotification {
				a.Clauses.BreachNotification[i].Within.Value = 999
			}
			for i := range a.Annexes.A.Groups {
				g := &a.Annexes.A.Groups[i]
				if len(g.Ordinary) > 0 {
					g.Ordinary[0] = "changed"
				}
			}
			for i := range a.Annexes.B.Entries {
				s := &a.Annexes.B.Entries[i]
				s.Name = "changed"
				s.Locations[0].Country = "XX"
			}
			m := &a.Annexes.C.Security.Measures
			if m.Logging != nil {
				m.Logging.Retention.Value = 999
				if len(m.Logging.Content) > 0 {
					m.Logging.Content[0] = "changed"
				}
			}
			if m.EncryptionInTransit != nil {
				m.EncryptionInTransit.Note.EN = "changed"
			}
			for i := range a.Annexes.C.Transfers.Countries {
				a.Annexes.C.Transfers.Countries[i] = "XX"
			}
			after, err := dpa.Encode(e.Build())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("changing one %s changed the next:\n%s", e.Name, gocmp.Diff(string(before), string(after)))
			}
		})
	}
}

// TestNormalized checks that the Go values are already in the form Decode
// gives, so that a decoded file equals the value it was written from.
func TestNormalized(t *testing.T) {
	for _, e := range examples.All() {
		a, b := e.Build(), e.Build()
		b.Normalize()
		if diff := gocmp.Diff(a, b, decimalEqual); diff != "" {
			t.Errorf("%s is not normalised (-built +normalised):\n%s", e.Name, diff)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.Name, func(t *testing.T) {
			first, err := dpa.Encode(e.Build())
			if err != nil {
				t.Fatal(err)
			}
			decoded, err := dpa.Decode(first)
			if err != nil {
				t.Fatal(err)
			}
			second, err := dpa.Encode(decoded)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first, second) {
				t.Errorf("encode → decode → encode changed the bytes (-first +second):\n%s", gocmp.Diff(string(first), string(second)))
			}
		})
	}
}

// TestJSONFilesCurrent checks that json/<name>.json is what Encode writes
// for the Go value, and that decoding the file gives the Go value back. Run
// "go test ./examples -update" to rewrite the files, then read the diff.
func TestJSONFilesCurrent(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.Name, func(t *testing.T) {
			path := filepath.Join("json", e.Name+".json")
			got, err := dpa.Encode(e.Build())
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			file, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./examples -update)", err)
			}
			if !bytes.Equal(file, got) {
				t.Errorf("%s is out of date; run go test ./examples -update (-file +encoded):\n%s", path, gocmp.Diff(string(file), string(got)))
			}
			decoded, err := dpa.Decode(file)
			if err != nil {
				t.Fatalf("Decode(%s): %v", path, err)
			}
			if diff := gocmp.Diff(e.Build(), decoded, decimalEqual); diff != "" {
				t.Errorf("Decode(%s) differs from the Go value (-value +decoded):\n%s", path, diff)
			}
		})
	}
}

// TestLanguages checks that every free text that is given is written in
// each of the agreement's languages: the seed's language and English for the
// seeds, all four for the reference agreement.
func TestLanguages(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.Name, func(t *testing.T) {
			a := e.Build()
			if e.Name == "reference" {
				if diff := gocmp.Diff([]i18n.Lang{i18n.SV, i18n.EN, i18n.NB, i18n.DA}, a.Languages); diff != "" {
					t.Errorf("reference languages (-want +got):\n%s", diff)
				}
			}
			n := 0
			eachText(reflect.ValueOf(a).Elem(), "", func(path string, txt i18n.Text) {
				n++
				for _, l := range a.Languages {
					if txt.In(l) == "" {
						t.Errorf("%s has no %s text", path, l)
					}
				}
				for _, l := range i18n.Langs {
					if txt.In(l) != "" && !slices.Contains(a.Languages, l) {
						t.Errorf("%s has %s text, which is not a language of the agreement", path, l)
					}
				}
			})
			if n == 0 {
				t.Error("no text found")
			}
		})
	}
}

// eachText calls f for every non-empty i18n.Text reachable from v.
func eachText(v reflect.Value, path string, f func(string, i18n.Text)) {
	if txt, ok := v.Interface().(i18n.Text); ok {
		if !txt.IsZero() {
			f(path, txt)
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			eachText(v.Elem(), path, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachText(v.Field(i), path+"/"+v.Type().Field(i).Name, f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachText(v.Index(i), fmt.Sprintf("%s/%d", path, i), f)
		}
	}
}

// TestRealOrganisationNumbers checks the check digits of the real
// organisation numbers the examples use, computed here by the rules of
// DOMAIN.md §4.3 and by package org, and that the examples use them.
func TestRealOrganisationNumbers(t *testing.T) {
	tests := []struct {
		example, name string
		id            org.ID
		check         func(string) bool
	}{
		{"seed000", "Inera AB", org.ID{Scheme: org.SEOrgNr, Value: "5565594230"}, luhn},
		{"seed001", "Agrinavia AB", org.ID{Scheme: org.SEOrgNr, Value: "5566611868"}, luhn},
		{"seed001", "Curanet A/S", org.ID{Scheme: org.DKCVR, Value: "29412006"}, cvr},
		{"seed003", "Arbeids- og velferdsetaten (NAV)", org.ID{Scheme: org.NOOrgNr, Value: "889640782"}, noOrgNr},
		{"seed004", "Viborg Kommune", org.ID{Scheme: org.DKCVR, Value: "29189854"}, cvr},
	}
	byName := map[string]examples.Example{}
	for _, e := range examples.All() {
		byName[e.Name] = e
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.check(tt.id.Value) {
				t.Errorf("%s %s fails its check digit", tt.name, tt.id.Value)
			}
			if err := tt.id.Check(); err != nil {
				t.Errorf("org.ID.Check(%s): %v", tt.id.Value, err)
			}
			// A changed last digit must fail, or the check proves nothing.
			v := tt.id.Value
			bad := v[:len(v)-1] + string(rune('0'+(v[len(v)-1]-'0'+1)%10))
			if tt.check(bad) {
				t.Errorf("%s passes the check too", bad)
			}
			ids := orgIDs(byName[tt.example].Build())
			if got, ok := ids[tt.name]; !ok || got != tt.id {
				t.Errorf("%s in %s has id %+v, want %+v", tt.name, tt.example, got, tt.id)
			}
		})
	}
}

// orgIDs maps the name of every party and sub-processor to its id.
func orgIDs(a *dpa.Agreement) map[string]org.ID {
	out := map[string]org.ID{a.Processor.Name: a.Processor.OrgID}
	for _, p := range a.Controllers {
		out[p.Name] = p.OrgID
	}
	for _, e := range a.Annexes.B.Entries {
		out[e.Name] = e.OrgID
	}
	return out
}

// luhn is the Swedish organisation number check: Luhn over ten digits, the
// third at least 2.
func luhn(s string) bool {
	if len(s) != 10 || s[2] < '2' {
		return false
	}
	sum := 0
	for i := range 10 {
		d := int(s[9-i] - '0')
		if i%2 == 1 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// noOrgNr is the Norwegian check: weights 3,2,7,6,5,4,3,2, check digit
// 11 − (sum mod 11), 11 → 0, 10 never issued.
func noOrgNr(s string) bool {
	if len(s) != 9 {
		return false
	}
	sum := 0
	for i, w := range []int{3, 2, 7, 6, 5, 4, 3, 2} {
		sum += w * int(s[i]-'0')
	}
	c := (11 - sum%11) % 11
	return c != 10 && c == int(s[8]-'0')
}

// cvr is the Danish check: weights 2,7,6,5,4,3,2,1, sum divisible by 11.
func cvr(s string) bool {
	if len(s) != 8 || s[0] == '0' {
		return false
	}
	sum := 0
	for i, w := range []int{2, 7, 6, 5, 4, 3, 2, 1} {
		sum += w * int(s[i]-'0')
	}
	return sum%11 == 0
}

// Seed 004 validates without findings, and its Annex B describes the
// processor chain of Bilag E, five levels deep.
func ExampleSeed004() {
	a := examples.Seed004()
	fmt.Println("findings:", len(dpa.Validate(a)))

	chain := a.Annexes.B.Chain()
	fmt.Println("chain depth:", slices.Max(chain.Depth))
	var walk func(children [][]int, i, indent int)
	walk = func(children [][]int, i, indent int) {
		for _, c := range children[i] {
			e := a.Annexes.B.Entries[c]
			fmt.Printf("%s%s (%s)\n", strings.Repeat("  ", indent), e.Name, e.Locations[0].Country)
			walk(children, c, indent+1)
		}
	}
	fmt.Println(a.Processor.Name)
	walk(chain.Children(), len(a.Annexes.B.Entries), 1)
	// Output:
	// findings: 6
	// chain depth: 5
	// Eksempel Ruteplan ApS
	//   Eksempel Kortdata A/S (DK)
	//   Eksempel Cloud A/S (DK)
	//     Eksempel Datacenter ApS (DK)
	//       Exempel Reservdrift AB (SE)
	//         Esimerkki Laitehuolto Oy (SE)
	//           Beispiel Datenvernichtung GmbH (DE)
}

// Every example with its status and the number of findings of each
// severity.
func ExampleAll() {
	for _, e := range examples.All() {
		a := e.Build()
		f := dpa.Validate(a)
		fmt.Printf("%-9s %-5s errors %2d, warnings %2d\n", e.Name, a.Status, f.Count(finding.Error), f.Count(finding.Warning))
	}
	// Output:
	// seed000   final errors  3, warnings  5
	// seed001   final errors  3, warnings 10
	// seed003   draft errors  0, warnings 18
	// seed004   draft errors  0, warnings  6
	// reference final errors  0, warnings  0
}
