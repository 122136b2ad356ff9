package dpa_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
)

func encode(t testing.TB, a *dpa.Agreement) []byte {
	t.Helper()
	b, err := dpa.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decodeCase is a document Decode must refuse, and how.
type decodeCase struct {
	name    string
	reason  string
	doc     string
	pointer string
	line    int
	is      error
}

// decodeErrorCases are the table of TestDecodeErrors; FuzzDecode starts
// from them.
func decodeErrorCases(tb testing.TB) []decodeCase {
	ref := string(encode(tb, examples.Reference()))
	return []decodeCase{
		{"unknown-top", "unknown fields are rejected and named", `{"id":"x","bogus":1}`, "/bogus", 1, dpa.ErrUnknownField},
		{"unknown-deep", "the pointer reaches into arrays",
			`{"annexes":{"b":{"entries":[{"name":"A"},{"nmae":"B"}]}}}`, "/annexes/b/entries/1/nmae", 1, dpa.ErrUnknownField},
		{"wrong-type", "a number where a string belongs",
			"{\n\"processor\": {\"name\": 5}}", "/processor/name", 2, dpa.ErrType},
		{"bool-as-string", "flags are booleans",
			`{"annexes":{"b":{"entries":[{"flowDown":"yes"}]}}}`, "/annexes/b/entries/0/flowDown", 1, dpa.ErrType},
		{"syntax", "broken JSON gives line and column", "{\n  \"id\": \"x\",\n  \"status\": }", "/status", 3, dpa.ErrSyntax},
		{"trailing", "one document per input", `{"id":"x"} {}`, "", 1, dpa.ErrSyntax},
		{"duplicate-name", "duplicate names are ambiguous", `{"id":"x","id":"y"}`, "/id", 1, dpa.ErrSyntax},
		{"bad-date", "dates are YYYY-MM-DD", `{"date":"22.11.2026"}`, "/date", 1, nil},
		{"impossible-date", "30 February does not exist", `{"date":"2026-02-30"}`, "/date", 1, nil},
		{"money-as-number", "amounts are strings so that no float touches them",
			`{"clauses":{"assistance":{"fee":{"amount":950.5,"currency":"NOK"}}}}`, "/clauses/assistance/fee/amount", 1, dpa.ErrType},
		{"money-bad-currency", "currencies are ISO 4217 codes",
			`{"clauses":{"assistance":{"fee":{"amount":"950","currency":"kr"}}}}`, "/clauses/assistance/fee", 1, dpa.ErrMoney},
		{"period-as-string", "periods are objects", `{"clauses":{"endOfService":{"deadline":"30 days"}}}`,
			"/clauses/endOfService/deadline", 1, dpa.ErrType},
		{"not-object", "an agreement is an object", `[1,2,3]`, "", 1, dpa.ErrType},
		{"deep", "deep nesting is refused before parsing", strings.Repeat("[", 100000) + strings.Repeat("]", 100000), "", 1, dpa.ErrTooDeep},
		{"tenant-separation-unknown", "a measure without parameters takes only a note",
			`{"annexes":{"c":{"security":{"measures":{"tenantSeparation":{"logical":true}}}}}}`,
			"/annexes/c/security/measures/tenantSeparation/logical", 1, dpa.ErrUnknownField},
		{"integrity-monitoring-type", "a measure is an object, not a flag",
			`{"annexes":{"c":{"security":{"measures":{"integrityMonitoring":true}}}}}`,
			"/annexes/c/security/measures/integrityMonitoring", 1, dpa.ErrType},
		{"integrity-monitoring-misspelt", "the measure keys are the catalogue's ids",
			`{"annexes":{"c":{"security":{"measures":{"integrityMonitor":{}}}}}}`,
			"/annexes/c/security/measures/integrityMonitor", 1, dpa.ErrUnknownField},
		{"time-zone-type", "the time zone is a name, not an offset",
			`{"timeZone":1}`, "/timeZone", 1, dpa.ErrType},
		{"exit-unknown", "an exit has an action and a day only",
			`{"annexes":{"b":{"entries":[{"exit":{"action":"delete","within":{"value":30,"unit":"days"}}}]}}}`,
			"/annexes/b/entries/0/exit/within", 1, dpa.ErrUnknownField},
		{"exit-by-format", "the exit day is YYYY-MM-DD",
			`{"annexes":{"b":{"entries":[{"exit":{"by":"30.04.2027"}}]}}}`,
			"/annexes/b/entries/0/exit/by", 1, nil},
		{"reference-plus-unknown", "a single typo in a full agreement is found",
			strings.Replace(ref, `"flowDown"`, `"flowdown"`, 1), "/annexes/b/entries/0/flowdown", 0, dpa.ErrUnknownField},
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range decodeErrorCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			a, err := dpa.Decode([]byte(tc.doc))
			var de *dpa.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("%s: Decode returned %v, %v; want a *DecodeError", tc.reason, a, err)
			}
			if de.Pointer != tc.pointer {
				t.Errorf("%s: pointer %q, want %q (%v)", tc.reason, de.Pointer, tc.pointer, err)
			}
			if tc.line > 0 && de.Line != tc.line {
				t.Errorf("%s: line %d, want %d (%v)", tc.reason, de.Line, tc.line, err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("%s: error %v does not wrap %v", tc.reason, err, tc.is)
			}
		})
	}
}

func TestDecodeTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte(" "), dpa.MaxDocumentSize+1)
	if _, err := dpa.Decode(big); !errors.Is(err, dpa.ErrTooLarge) {
		t.Fatalf("Decode of %d bytes: %v, want ErrTooLarge", len(big), err)
	}
}

func TestDecodeKeepsDecimals(t *testing.T) {
	doc := `{"clauses":{"assistance":{"fee":{"amount":"1250.50","currency":"SEK"},"per":"hours"}}}`
	a, err := dpa.Decode([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Clauses.Assistance.Fee.AmountString(); got != "1250.50" {
		t.Errorf("amount %q, want 1250.50 with its scale kept", got)
	}
	out := string(encode(t, a))
	if !strings.Contains(out, `"amount": "1250.50"`) {
		t.Errorf("encoded amount lost its scale:\n%s", out)
	}
}

func TestDecodeNormalizes(t *testing.T) {
	doc := `{"processor":{"name":" Saab AB ","orgId":{"scheme":"se-orgnr","value":"556036-0793"},"address":{"country":"se"}}}`
	a, err := dpa.Decode([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if p := a.Processor; p.Name != "Saab AB" || p.OrgID.Value != "5560360793" || p.Address.Country != "SE" {
		t.Errorf("normalised processor = %+v", p)
	}
}

// TestHostileInput: bad input gets findings or an error, never a panic, a
// hang or a stack overflow.
func TestHostileInput(t *testing.T) {
	t.Run("wrong-enums", func(t *testing.T) {
		a, err := dpa.Decode([]byte(`{"status":"maybe","term":{"kind":"forever"},"annexes":{"b":{"authorisation":"sometimes"},"c":{"security":{"level":"extreme"},"transfers":{"kind":"anywhere"},"audits":[{"form":"vibes"}]}}}`))
		if err != nil {
			t.Fatal(err)
		}
		list := dpa.Validate(a)
		for _, path := range []string{"/status", "/term/kind", "/annexes/b/authorisation", "/annexes/c/security/level", "/annexes/c/transfers/kind", "/annexes/c/audits/0/form"} {
			found := false
			for _, f := range list {
				found = found || f.Path == path
			}
			if !found {
				t.Errorf("no finding at %s for an unknown enum value", path)
			}
		}
	})
	t.Run("negative-periods", func(t *testing.T) {
		a, err := dpa.Decode([]byte(`{"annexes":{"b":{"authorisation":"general","noticePeriod":{"value":-1,"unit":"days"},"objectionWindow":{"value":-5,"unit":"days"}}}}`))
		if err != nil {
			t.Fatal(err)
		}
		list := dpa.Validate(a)
		if !list.Has(finding.CodePeriodInvalid, "/annexes/b/noticePeriod") || !list.Has(finding.CodePeriodInvalid, "/annexes/b/objectionWindow") {
			t.Errorf("negative periods not reported: %v", list.Codes())
		}
	})
	t.Run("10000-sub-processors", func(t *testing.T) {
		a := examples.Reference()
		a.Annexes.B.Entries = nil
		for i := range 10000 {
			s := subProcessor(fmt.Sprintf("s%d", i))
			if i%2 == 1 {
				s.EngagedBy = fmt.Sprintf("s%d", i-1)
			}
			a.Annexes.B.Entries = append(a.Annexes.B.Entries, s)
		}
		b := encode(t, a)
		back, err := dpa.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if list := dpa.Validate(back); len(list) != 0 {
			t.Errorf("10 000 valid sub-processors gave findings: %v", list[:min(len(list), 5)])
		}
	})
	t.Run("chain-5000-deep", func(t *testing.T) {
		a := examples.Reference()
		a.Annexes.B.Entries = nil
		for i := range 5000 {
			s := subProcessor(fmt.Sprintf("s%d", i))
			if i > 0 {
				s.EngagedBy = fmt.Sprintf("s%d", i-1)
			}
			a.Annexes.B.Entries = append(a.Annexes.B.Entries, s)
		}
		list := dpa.Validate(a)
		deep := 0
		for _, f := range list {
			if f.Code == annex.CodeChainDeep {
				deep++
			}
		}
		if want := 5000 - annex.MaxChainDepth; deep != want {
			t.Errorf("chain 5000 deep: %d chain-deep findings, want %d", deep, want)
		}
		chain := a.Annexes.B.Chain()
		if chain.Depth[4999] != 5000 {
			t.Errorf("depth of the last entry = %d, want 5000", chain.Depth[4999])
		}
	})
	t.Run("cycle-5000", func(t *testing.T) {
		a := examples.Reference()
		a.Annexes.B.Entries = nil
		for i := range 5000 {
			s := subProcessor(fmt.Sprintf("s%d", i))
			s.EngagedBy = fmt.Sprintf("s%d", (i+1)%5000)
			a.Annexes.B.Entries = append(a.Annexes.B.Entries, s)
		}
		list := dpa.Validate(a)
		cycles := 0
		for _, f := range list {
			if f.Code == annex.CodeChainCycle {
				cycles++
			}
		}
		if cycles != 5000 {
			t.Errorf("a 5000-entry ring gave %d cycle findings, want 5000", cycles)
		}
	})
}

func TestRoundTrip(t *testing.T) {
	for _, ex := range examples.All() {
		first := encode(t, ex.Build())
		a, err := dpa.Decode(first)
		if err != nil {
			t.Fatalf("%s: %v", ex.Name, err)
		}
		if second := encode(t, a); !bytes.Equal(first, second) {
			t.Errorf("%s: encode → decode → encode differs", ex.Name)
		}
	}
}
