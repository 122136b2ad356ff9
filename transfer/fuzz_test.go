package transfer

import (
	"testing"
	"time"

	"github.com/dpakit/dpakit/civil"
)

// FuzzAssess checks that Assess never panics, that Allowed always means "no
// blocking reason", and that Normalize is idempotent. It is seeded from the
// table of TestAssess.
func FuzzAssess(f *testing.F) {
	for _, tt := range assessCases {
		q := tt.q
		var listed string
		if len(q.Instruction.Countries) > 0 {
			listed = string(q.Instruction.Countries[0])
		}
		f.Add(string(q.Location.Country), string(q.Location.Organisation), string(q.Exporter),
			q.Date.Year, int(q.Date.Month), q.Date.Day, string(q.Basis.Mechanism), q.Basis.SCCModule,
			q.Basis.Derogation, q.Basis.DPFCertified, q.Basis.TIA, string(q.Instruction.Kind), listed)
	}
	f.Fuzz(func(t *testing.T, country, org, exporter string, y, m, d int, mech string, module int,
		derogation string, dpf, tia bool, kind, listed string) {
		q := Query{
			Location:    Location{Country: Country(country), Organisation: Organisation(org)},
			Exporter:    Country(exporter),
			Date:        civil.Date{Year: y, Month: time.Month(m), Day: d},
			Basis:       Basis{Mechanism: Mechanism(mech), SCCModule: module, Derogation: derogation, DPFCertified: dpf, TIA: tia},
			Instruction: Instruction{Kind: InstructionKind(kind), Countries: []Country{Country(listed)}},
		}
		v := Assess(q)
		blocked := false
		for _, r := range v.Reasons.List() {
			if !r.Valid() {
				t.Fatalf("undefined reason %d", r)
			}
			blocked = blocked || r.Blocking()
		}
		if v.Allowed == blocked {
			t.Fatalf("Allowed = %v with reasons %v", v.Allowed, v.Reasons)
		}
		if v.Reasons == 0 {
			t.Fatal("a verdict without reasons")
		}
		c := Country(country)
		if n := c.Normalize(); n.Normalize() != n {
			t.Fatalf("Normalize is not idempotent on %q: %q, then %q", country, n, n.Normalize())
		}
		o := Organisation(org)
		if n := o.Normalize(); n.Normalize() != n {
			t.Fatalf("Organisation.Normalize is not idempotent on %q", org)
		}
	})
}
