package security

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// jsonName returns the JSON key of a struct field and whether it has
// omitzero.
func jsonName(f reflect.StructField) (name string, omitzero bool) {
	tag := f.Tag.Get("json")
	name, opts, _ := strings.Cut(tag, ",")
	return name, strings.Contains(","+opts+",", ",omitzero,")
}

// TestCatalogueMatchesRequirements checks that the Catalogue has one entry
// per Requirements field, in field order, with the field's JSON key as id,
// that Has sees each field, and that every field is an omitzero pointer to
// a parameter struct with a note.
func TestCatalogueMatchesRequirements(t *testing.T) {
	rt := reflect.TypeFor[Requirements]()
	if rt.NumField() != len(Catalogue) {
		t.Fatalf("Requirements has %d fields, Catalogue %d entries", rt.NumField(), len(Catalogue))
	}
	if len(measureFields) != len(Catalogue) {
		t.Fatalf("measureFields has %d entries, Catalogue %d", len(measureFields), len(Catalogue))
	}
	for i := range rt.NumField() {
		f := rt.Field(i)
		name, omitzero := jsonName(f)
		if got := Catalogue[i].ID; string(got) != name {
			t.Errorf("field %d %s has JSON key %q, but Catalogue[%d] is %q", i, f.Name, name, i, got)
		}
		if measureFields[i].id != Catalogue[i].ID {
			t.Errorf("measureFields[%d] = %q, Catalogue[%d] = %q", i, measureFields[i].id, i, Catalogue[i].ID)
		}
		if !omitzero {
			t.Errorf("field %s lacks omitzero", f.Name)
		}
		if f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
			t.Errorf("field %s is %s, want a pointer to a struct", f.Name, f.Type)
			continue
		}
		note, ok := f.Type.Elem().FieldByName("Note")
		if !ok || note.Type != reflect.TypeFor[i18n.Text]() || note.Tag.Get("json") != "note,omitzero" {
			t.Errorf("%s has no Note i18n.Text `json:\"note,omitzero\"` field", f.Type.Elem())
		}
		// Set only this field and check that Has and IDs see it alone.
		var r Requirements
		reflect.ValueOf(&r).Elem().Field(i).Set(reflect.New(f.Type.Elem()))
		if !r.Has(Catalogue[i].ID) {
			t.Errorf("Has(%q) is false with %s set", Catalogue[i].ID, f.Name)
		}
		if diff := cmp.Diff([]MeasureID{Catalogue[i].ID}, r.IDs()); diff != "" {
			t.Errorf("IDs() with only %s set (-want +got):\n%s", f.Name, diff)
		}
		// Measure returns the field itself, and Without clears it alone.
		field := reflect.ValueOf(&r).Elem().Field(i)
		if v, ok := r.Measure(Catalogue[i].ID); !ok || reflect.ValueOf(v).Pointer() != field.Pointer() {
			t.Errorf("Measure(%q) = %v, %v; want the field %s", Catalogue[i].ID, v, ok, f.Name)
		}
		for j := range Catalogue {
			if j != i {
				if v, ok := r.Measure(Catalogue[j].ID); ok || v != nil {
					t.Errorf("Measure(%q) = %v, %v with only %s set; want nil, false", Catalogue[j].ID, v, ok, f.Name)
				}
				if diff := cmp.Diff(r, r.Without(Catalogue[j].ID)); diff != "" {
					t.Errorf("Without(%q) changed %s (-want +got):\n%s", Catalogue[j].ID, f.Name, diff)
				}
			}
		}
		if w := r.Without(Catalogue[i].ID); w.Has(Catalogue[i].ID) || !r.Has(Catalogue[i].ID) {
			t.Errorf("Without(%q) left it required, or changed r", Catalogue[i].ID)
		}
	}
	if v, ok := (Requirements{}).Measure("no-such-measure"); ok || v != nil {
		t.Errorf("Measure of an unknown id = %v, %v; want nil, false", v, ok)
	}
}

// TestParameterTags checks that every parameter field below Requirements is
// camelCase and omitzero, as the JSON conventions ask.
func TestParameterTags(t *testing.T) {
	rt := reflect.TypeFor[Requirements]()
	for i := range rt.NumField() {
		st := rt.Field(i).Type.Elem()
		for j := range st.NumField() {
			f := st.Field(j)
			name, omitzero := jsonName(f)
			if name == "" || name[0] < 'a' || name[0] > 'z' || strings.ContainsAny(name, "-_") {
				t.Errorf("%s.%s has JSON key %q, want camelCase", st.Name(), f.Name, name)
			}
			if !omitzero {
				t.Errorf("%s.%s lacks omitzero", st.Name(), f.Name)
			}
		}
	}
}

func TestHasAndIDs(t *testing.T) {
	tests := []struct {
		name   string
		req    Requirements
		want   []MeasureID
		reason string
	}{
		{
			name:   "zero",
			req:    Requirements{},
			want:   nil,
			reason: "the zero Requirements requires nothing",
		},
		{
			name: "out-of-order",
			req: Requirements{
				SupplementaryTransfer: &Measure{},
				Logging:               &Logging{},
				Pseudonymisation:      &Measure{},
			},
			want:   []MeasureID{MeasurePseudonymisation, MeasureLogging, MeasureSupplementaryTransfer},
			reason: "IDs come in catalogue order, not in the order fields were set",
		},
		{
			name:   "empty-parameters",
			req:    Requirements{Backup: &Backup{}},
			want:   []MeasureID{MeasureBackup},
			reason: "a measure without parameters is still required",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.req.IDs()); diff != "" {
				t.Errorf("IDs() mismatch (-want +got) (%s):\n%s", tt.reason, diff)
			}
		})
	}
	if (Requirements{Logging: &Logging{}}).Has("unknown") {
		t.Error(`Has("unknown") is true`)
	}
}

func TestMissing(t *testing.T) {
	seed004 := Requirements{
		Pseudonymisation:    &Measure{},
		EncryptionAtRest:    &Encryption{},
		EncryptionInTransit: &Encryption{},
		MFAInternet:         &Measure{},
		AccessControl:       &AccessControl{},
		Logging:             &Logging{Retention: civil.Of(13, civil.Months)},
	}
	tests := []struct {
		name   string
		req    Requirements
		level  Level
		want   []MeasureID
		reason string
	}{
		{
			name:   "nothing-high",
			req:    Requirements{},
			level:  High,
			want:   []MeasureID{MeasureEncryptionAtRest, MeasureEncryptionInTransit, MeasureMFAInternet, MeasureAccessControl, MeasureLogging},
			reason: "an agreement without measures lacks everything high calls for",
		},
		{
			name:   "nothing-very-low",
			req:    Requirements{},
			level:  VeryLow,
			want:   []MeasureID{MeasureAccessControl},
			reason: "very low calls only for access control",
		},
		{
			name:   "transit-basic",
			req:    Requirements{EncryptionInTransit: &Encryption{Standard: i18n.T("TLS 1.2 or later")}},
			level:  Basic,
			want:   []MeasureID{MeasureAccessControl},
			reason: "basic also calls for access control",
		},
		{
			name:   "basic-set-considerable",
			req:    Requirements{EncryptionInTransit: &Encryption{}, AccessControl: &AccessControl{}},
			level:  Considerable,
			want:   []MeasureID{MeasureEncryptionAtRest, MeasureMFAInternet, MeasureLogging},
			reason: "what suffices for basic lacks encryption at rest, MFA and logging at considerable",
		},
		{
			name:   "seed-004-high",
			req:    seed004,
			level:  High,
			want:   nil,
			reason: "seed 004 requires everything a high level calls for",
		},
		{
			name:   "invalid-level",
			req:    Requirements{},
			level:  "extreme",
			want:   nil,
			reason: "an unknown level calls for nothing",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []MeasureID
			tt.req.Missing(tt.level)(func(id MeasureID) bool {
				got = append(got, id)
				return true
			})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Missing(%q) mismatch (-want +got) (%s):\n%s", tt.level, tt.reason, diff)
			}
		})
	}
}

func TestMissingStops(t *testing.T) {
	n := 0
	Requirements{}.Missing(High)(func(MeasureID) bool {
		n++
		return false
	})
	if n != 1 {
		t.Errorf("yield was called %d times after returning false, want 1", n)
	}
}

func TestMissingAllocs(t *testing.T) {
	var r Requirements
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		r.Missing(High)(func(MeasureID) bool {
			n++
			return true
		})
	})
	if allocs != 0 {
		t.Errorf("Missing allocates %v times per run, want 0", allocs)
	}
}

func TestRequirementsJSON(t *testing.T) {
	tests := []struct {
		name   string
		req    Requirements
		want   string
		reason string
	}{
		{
			name:   "zero",
			req:    Requirements{},
			want:   `{}`,
			reason: "nothing required writes an empty object",
		},
		{
			name:   "bare-measure",
			req:    Requirements{MFAInternet: &Measure{}},
			want:   `{"mfaInternet":{}}`,
			reason: "a required measure without parameters is an empty object, not absent",
		},
		{
			name: "parameters",
			req: Requirements{
				EncryptionInTransit: &Encryption{Standard: i18n.Text{EN: "TLS 1.2 or later"}},
				Logging: &Logging{
					Content:              []LogField{LogTime, LogUser, LogDataSubject},
					Retention:            civil.Of(13, civil.Months),
					LockoutAfterFailures: 3,
				},
				RemoteWork:            &RemoteWork{VPN: true, MFA: true},
				SupplementaryTransfer: &Measure{Note: i18n.Text{EN: "Keys stay in the EEA."}},
			},
			want: `{"encryptionInTransit":{"standard":{"en":"TLS 1.2 or later"}},` +
				`"logging":{"content":["time","user","data-subject"],"retention":{"value":13,"unit":"months"},"lockoutAfterFailures":3},` +
				`"remoteWork":{"vpn":true,"mfa":true},` +
				`"supplementaryTransferMeasures":{"note":{"en":"Keys stay in the EEA."}}}`,
			reason: "camelCase keys, kebab-case enum values, zero parameters left out",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("Marshal mismatch (-want +got) (%s):\n%s", tt.reason, diff)
			}
			var back Requirements
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.req, back); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRiskJSON(t *testing.T) {
	r := Risk{Subjects: From1000To10000, SpecialCategories: true, Confidential: true}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"subjects":"1000-10000","specialCategories":true,"confidential":true}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("Marshal mismatch (-want +got):\n%s", diff)
	}
}

func TestHSLFLogging(t *testing.T) {
	a, b := HSLFLogging(), HSLFLogging()
	a.Content[0] = LogSearchCriterion
	if b.Content[0] == LogSearchCriterion {
		t.Error("HSLFLogging returns shared content")
	}
	l := HSLFLogging()
	if l.Retention != civil.Of(5, civil.Years) || !l.SpotChecks || !l.ChecksDocumented {
		t.Errorf("HSLFLogging() = %+v, want 5 years, spot checks, documented checks (HSLF-FS 2016:40 4 kap. 9 §)", l)
	}
	for _, f := range []LogField{LogAction, LogUnit, LogTime, LogUser, LogDataSubject} {
		if !slices.Contains(l.Content, f) {
			t.Errorf("HSLFLogging() lacks %s", f)
		}
	}
	r := Requirements{Logging: l}
	for path, p := range r.Problems() {
		t.Errorf("HSLFLogging() has a problem at %s: %v", path, p)
	}
}
