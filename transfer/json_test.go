package transfer

import (
	"encoding/json"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

func TestJSON(t *testing.T) {
	tests := []struct {
		name   string
		value  any
		want   string
		reason string
	}{
		{"location", Location{Country: "SE", Place: "Stockholm"}, `{"country":"SE","place":"Stockholm"}`, "empty organisation omitted"},
		{"location-organisation", Location{Organisation: EuropeanPatentOrganisation}, `{"organisation":"epo"}`, "empty country and place omitted"},
		{"basis-empty", Basis{}, `{"mechanism":""}`, "the mechanism is always written"},
		{"basis-scc", Basis{Mechanism: SCC, SCCModule: 2, TIA: true, SupplementaryMeasures: i18n.Text{EN: "Encryption"}},
			`{"mechanism":"scc","sccModule":2,"transferImpactAssessment":true,"supplementaryMeasures":{"en":"Encryption"}}`, "camelCase keys"},
		{"basis-derogation", Basis{Mechanism: Derogation, Derogation: "a"}, `{"mechanism":"derogation","derogation":"a"}`, "derogation letter"},
		{"basis-dpf", Basis{Mechanism: Adequacy, DPFCertified: true}, `{"mechanism":"adequacy","dpfCertified":true}`, "DPF flag"},
		{"instruction", Instruction{Kind: OnlyListed, Countries: []Country{"SE"}}, `{"kind":"listed-countries","countries":["SE"]}`, "listed countries"},
		{"instruction-eea-only", Instruction{Kind: NoThirdCountries}, `{"kind":"eea-only"}`, "no countries omitted"},
		{"reasons", reasonsOf(AdequacyApplies, DPFNotCertified), `["adequacy","dpf-not-certified"]`, "reasons as stable names"},
		{"reasons-empty", Reasons(0), `[]`, "an empty set is an empty array"},
		{"verdict", Verdict{Allowed: true, Reasons: reasonsOf(InsideEEA)}, `{"allowed":true,"reasons":["inside-eea"]}`, "no decision omitted"},
		{"decision", Decision{Country: "XY", Instrument: "I", Adopted: civil.D(2020, 1, 2), Condition: NoCondition, Sources: []Source{{Title: "T", URL: "https://example.org"}}},
			`{"country":"XY","instrument":"I","adopted":"2020-01-02","condition":"none","sources":[{"title":"T","url":"https://example.org"}]}`, "zero end and scope omitted"},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.value)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, string(b)); diff != "" {
			t.Errorf("%s (%s) (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestReasonsJSONRoundTrip(t *testing.T) {
	in := reasonsOf(AdequacyApplies, EFTANotIncorporated, LocationUnknown)
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Reasons
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip: got %v, want %v", out, in)
	}
	if err := json.Unmarshal([]byte(`["no-such-reason"]`), &out); err == nil {
		t.Error("an unknown reason name was accepted")
	}
	if _, err := json.Marshal(Reasons(1) << 63); err == nil {
		t.Error("an undefined reason bit was marshalled")
	}
}

// TestDecisionsJSONRoundTrip checks that every row of decisions, its Sources
// included, survives encoding and decoding unchanged.
func TestDecisionsJSONRoundTrip(t *testing.T) {
	for i, in := range decisions {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("decisions[%d]: %v", i, err)
		}
		var out Decision
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("decisions[%d]: %v", i, err)
		}
		if diff := cmp.Diff(in, out); diff != "" {
			t.Errorf("decisions[%d] round trip (-in +out):\n%s", i, diff)
		}
	}
}

func TestReasonsHas(t *testing.T) {
	rs := reasonsOf(InsideEEA, InstructionNotListed)
	if !rs.Has(InsideEEA) || !rs.Has(InstructionNotListed) || rs.Has(NoBasis) {
		t.Errorf("Has is wrong for %v", rs)
	}
	if rs.Has(Reason(200)) {
		t.Error("Has(200) = true")
	}
	if got, want := rs.String(), "inside-eea, instruction-not-listed"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
