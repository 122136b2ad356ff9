package dpa_test

import (
	"errors"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
	"github.com/google/go-cmp/cmp"
)

// TestNil: nil agreements, validators, options and rules give documented
// results, never a panic.
func TestNil(t *testing.T) {
	missing := []dpatest.Want{{Code: "agreement.missing", Path: "", Severity: dpa.Error}}
	v, err := dpa.NewValidator(nil, dpa.WithRules(), nil)
	if err != nil {
		t.Fatalf("NewValidator with nil options: %v", err)
	}
	var nilValidator *dpa.Validator
	valid := examples.Reference()
	for _, tc := range []struct {
		name, reason string
		got          dpa.Findings
		want         []dpatest.Want
	}{
		{"validate-nil", "there is no agreement to check", dpa.Validate(nil), missing},
		{"validator-nil-agreement", "a Validator says the same as Validate", v.Validate(nil), missing},
		{"nil-validator", "a nil *Validator runs the built-in rules", nilValidator.Validate(valid), nil},
		{"nil-validator-nil-agreement", "both nil", nilValidator.Validate(nil), missing},
		{"nil-validator-finds", "a nil *Validator still finds problems",
			nilValidator.Validate(dpatest.Agreement(t, "reference", dpatest.Edit(func(a *dpa.Agreement) { a.Status = "" }))),
			[]dpatest.Want{{Code: "agreement.status-invalid", Path: "/status", Severity: dpa.Error}}},
	} {
		if d := dpatest.Diff(tc.want, tc.got); d != "" {
			t.Errorf("%s (%s): findings (-want +got):\n%s", tc.name, tc.reason, d)
		}
	}
	if got, want := len(nilValidator.Defs()), len(dpa.Defs()); got != want {
		t.Errorf("nil Validator's Defs: %d, want the %d built-in definitions", got, want)
	}
	if got := nilValidator.Rules(); got != nil {
		t.Errorf("nil Validator's Rules = %v, want nil", got)
	}
	var r dpa.Reporter
	r.Add("/x") // the zero Reporter discards
	r.Blank("/x")
	r.AddAs(dpa.Info, "/x")
}

// TestRuleWithNilDef: a finding reported without a definition is kept as
// finding.undefined instead of stopping validation.
func TestRuleWithNilDef(t *testing.T) {
	var l dpa.Findings
	l.Add(nil, "/x")
	dpatest.Equal(t, l, dpatest.Want{Code: "finding.undefined", Path: "/x", Severity: dpa.Error})
}

func TestCloneIsDeep(t *testing.T) {
	for _, ex := range examples.All() {
		a := ex.Build()
		c := a.Clone()
		if d := cmp.Diff(a, c); d != "" {
			t.Fatalf("%s: Clone differs (-orig +clone):\n%s", ex.Name, d)
		}
		before := ex.Build() // built afresh, so that it shares nothing with a
		// Change what the clone holds through every kind of reference.
		c.Languages[0] = "xx"
		c.Controllers[0].Name = "changed"
		if len(c.Annexes.B.Entries) > 0 {
			c.Annexes.B.Entries[0].Name = "changed"
			if len(c.Annexes.B.Entries[0].Locations) > 0 {
				c.Annexes.B.Entries[0].Locations[0].Country = "ZZ"
			}
		}
		if l := c.Annexes.C.Security.Measures.Logging; l != nil {
			l.Retention.Value++
			l.Content = append(l.Content[:0], security.LogField("changed"))
		}
		if d := cmp.Diff(before, a); d != "" {
			t.Errorf("%s: changing the clone changed the original (-before +after):\n%s", ex.Name, d)
		}
	}
	if (*dpa.Agreement)(nil).Clone() != nil {
		t.Error("Clone of nil is not nil")
	}
}

// TestDecodeReaderNil: a nil reader is an empty stream, refused as
// Decode(nil) is, rather than read through.
func TestDecodeReaderNil(t *testing.T) {
	a, err := dpa.DecodeReader(nil)
	var de *dpa.DecodeError
	if a != nil || !errors.As(err, &de) || !errors.Is(err, dpa.ErrSyntax) {
		t.Errorf("DecodeReader(nil) = %v, %v; want a *DecodeError wrapping ErrSyntax", a, err)
	}
}

// TestMainLangNil: a nil agreement has no languages, so its main language
// is English, as for an agreement that gives none.
func TestMainLangNil(t *testing.T) {
	want := (&dpa.Agreement{}).MainLang()
	if got := (*dpa.Agreement)(nil).MainLang(); got != want || got != i18n.EN {
		t.Errorf("MainLang of nil = %q; want %q, as with no languages", got, want)
	}
}

// TestNilErrors: the methods of a nil *DecodeError and *RuleError answer
// with a fixed message and no wrapped error instead of dereferencing it. A
// nil *DecodeError says what a zero one does.
func TestNilErrors(t *testing.T) {
	var de *dpa.DecodeError
	if got, want := de.Error(), (&dpa.DecodeError{}).Error(); got != want {
		t.Errorf("nil *DecodeError: Error() = %q; want %q, as for the zero DecodeError", got, want)
	}
	var re *dpa.RuleError
	if re.Error() == "" {
		t.Error("nil *RuleError: Error() is empty")
	}
	for _, tc := range []struct {
		name string
		err  interface {
			error
			Unwrap() error
		}
		not []error
	}{
		{"DecodeError", de, []error{dpa.ErrSyntax, dpa.ErrTooLarge, dpa.ErrUnknownField}},
		{"RuleError", re, []error{dpa.ErrInvalidRule, dpa.ErrDuplicateCode}},
	} {
		if u := tc.err.Unwrap(); u != nil {
			t.Errorf("nil *%s: Unwrap() = %v, want nil", tc.name, u)
		}
		for _, target := range tc.not {
			if errors.Is(tc.err, target) {
				t.Errorf("nil *%s is %v", tc.name, target)
			}
		}
	}
}

// TestMoneyUnmarshalNil: decoding into a nil *Money is an error wrapping
// ErrMoney, for valid money too, not a write through nil.
func TestMoneyUnmarshalNil(t *testing.T) {
	var m *dpa.Money
	for _, b := range []string{`{"amount":"950.00","currency":"NOK"}`, `null`, ``} {
		if err := m.UnmarshalJSON([]byte(b)); !errors.Is(err, dpa.ErrMoney) {
			t.Errorf("UnmarshalJSON(%q) into a nil *Money = %v; want an error wrapping ErrMoney", b, err)
		}
	}
}
