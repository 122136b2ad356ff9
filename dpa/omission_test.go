package dpa_test

import (
	"reflect"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
	"github.com/google/go-cmp/cmp"
)

// swedishOnly keeps only the Swedish version of every text, as an
// agreement written in Swedish alone has.
func swedishOnly(a *dpa.Agreement) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			if t, ok := v.Interface().(i18n.Text); ok {
				if !t.IsZero() {
					v.Set(reflect.ValueOf(i18n.Text{SV: t.SV}))
				}
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(a).Elem())
	a.Languages = []i18n.Lang{i18n.SV}
}

// TestOneOmissionOneFinding: leaving out one thing gives one finding, not
// that finding and its consequences (new-user review item 10). Each case
// starts from an example as a final agreement and compares with the
// findings the example already has. Leaving out a whole section (all the
// clauses, Annex A) is several omissions: each required item in it is
// reported.
func TestOneOmissionOneFinding(t *testing.T) {
	for _, tc := range []struct {
		name, example, reason string
		omit                  func(a *dpa.Agreement)
		code, path            string
	}{
		{"languages", "reference", "no language is one finding, not one per text that lacks the main language (en)",
			func(a *dpa.Agreement) { swedishOnly(a); a.Languages = nil }, "agreement.languages-missing", "/languages"},
		{"unknown-language", "reference", "an unknown main language is one finding too",
			func(a *dpa.Agreement) { swedishOnly(a); a.Languages = []i18n.Lang{"xx"} }, "value.unknown", "/languages/0"},
		{"processor", "reference", "a processor left out is one finding, not name, country and contacts",
			func(a *dpa.Agreement) { a.Processor = dpa.Party{} }, "party.missing", "/processor"},
		{"controller", "reference", "idem for a controller in the list",
			func(a *dpa.Agreement) { a.Controllers[0] = dpa.Party{} }, "party.missing", "/controllers/0"},
		{"controllers", "reference", "no controller at all",
			func(a *dpa.Agreement) { a.Controllers = nil }, "party.controller-missing", "/controllers"},
		{"party-name", "reference", "a name alone", func(a *dpa.Agreement) { a.Processor.Name = "" }, "party.name-missing", "/processor/name"},
		{"sub-processor", "reference", "an empty entry is one finding, not five",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[1] = annex.SubProcessor{} }, "subprocessor.empty", "/annexes/b/entries/1"},
		{"sub-processor-id", "seed000", "an id left out breaks the links of two entries; the unknown id is reported once",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[0].ID = "" }, "subprocessor.engaged-by-unknown", "/annexes/b/entries/1/engagedBy"},
		{"location-country", "reference", "a location without a country is not also a transfer that is not allowed",
			func(a *dpa.Agreement) { a.Annexes.C.Locations[0].Country = "" }, "subprocessor.country-missing", "/annexes/c/locations/0/country"},
		{"entry-location-country", "reference", "idem in Annex B",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[2].Locations[0].Country = "" }, "subprocessor.country-missing", "/annexes/b/entries/2/locations/0/country"},
		{"entry-location-invalid", "reference", "an unknown country is not also a transfer that is not allowed",
			func(a *dpa.Agreement) { a.Annexes.B.Entries[2].Locations[0].Country = "QQ" }, "country.invalid", "/annexes/b/entries/2/locations/0/country"},
		{"transfer-instruction", "reference", "no instruction is not also a transfer finding per location outside the EEA",
			func(a *dpa.Agreement) { a.Annexes.C.Transfers.Kind = "" }, "transfers.instruction-missing", "/annexes/c/transfers/kind"},
		{"transfer-instruction-unknown", "reference", "idem for an unknown kind",
			func(a *dpa.Agreement) { a.Annexes.C.Transfers.Kind = "sometimes" }, "value.unknown", "/annexes/c/transfers/kind"},
		{"listed-countries", "seed000", "an instruction that lists no country is not also a finding per location",
			func(a *dpa.Agreement) { a.Annexes.C.Transfers.Countries = nil }, "transfers.countries-missing", "/annexes/c/transfers/countries"},
		{"groups", "reference", "no data subjects is not also a risk scoring that Annex A does not support",
			func(a *dpa.Agreement) { a.Annexes.A.Groups = nil }, "processing.data-subjects-missing", "/annexes/a/groups"},
		{"measures", "reference", "no measures is not also each measure the level calls for",
			func(a *dpa.Agreement) { a.Annexes.C.Security.Measures = security.Requirements{} }, "security.measures-missing", "/annexes/c/security/measures"},
		{"end-date", "reference", "an impossible end date is not also out of order",
			func(a *dpa.Agreement) { a.Term.EndDate = civil.Date{Month: 12, Day: 31} }, "date.invalid", "/term/endDate"},
		{"date", "reference", "the agreement's date", func(a *dpa.Agreement) { a.Date = civil.Date{} }, "agreement.date-missing", "/date"},
		{"breach", "reference", "the breach deadlines", func(a *dpa.Agreement) { a.Clauses.BreachNotification = nil }, "breach.deadline-missing", "/clauses/breachNotification"},
		{"purpose", "reference", "a text", func(a *dpa.Agreement) { a.Annexes.A.Purpose = i18n.Text{} }, "processing.purpose-missing", "/annexes/a/purpose"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := dpatest.Agreement(t, tc.example, dpatest.Status(dpa.Final))
			if tc.name == "languages" || tc.name == "unknown-language" {
				swedishOnly(base)
			}
			before := map[dpatest.Want]bool{}
			for _, w := range dpatest.Keys(dpa.Validate(base)) {
				before[w] = true
			}
			var added []dpatest.Want
			for _, w := range dpatest.Keys(dpa.Validate(dpatest.From(t, base, dpatest.Edit(tc.omit)))) {
				if !before[w] {
					added = append(added, dpatest.Want{Code: w.Code, Path: w.Path})
				}
			}
			want := []dpatest.Want{{Code: dpa.Code(tc.code), Path: tc.path}}
			if d := cmp.Diff(want, added); d != "" {
				t.Errorf("%s: new findings (-want +got):\n%s", tc.reason, d)
			}
		})
	}
}
