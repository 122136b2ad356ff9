package dpatest

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

// Build returns a new copy of the example agreement name ("seed000",
// "seed003", "seed004", "reference"…; see [examples.All]) changed by mods in
// order. It fails when there is no such example or a modifier fails.
func Build(name string, mods ...Modifier) (*dpa.Agreement, error) {
	var names []string
	for _, ex := range examples.All() {
		if ex.Name != name {
			names = append(names, ex.Name)
			continue
		}
		return apply(ex.Build(), name, mods)
	}
	return nil, fmt.Errorf("dpatest: no example %q; the examples are %s", name, strings.Join(names, ", "))
}

// apply changes a by mods in order; what names a in errors. A nil
// modifier is an error, not a panic.
func apply(a *dpa.Agreement, what string, mods []Modifier) (*dpa.Agreement, error) {
	for i, m := range mods {
		if m == nil {
			return nil, fmt.Errorf("dpatest: modifier %d on %s is nil", i, what)
		}
		if err := m(a); err != nil {
			return nil, fmt.Errorf("dpatest: modifier %d on %s: %w", i, what, err)
		}
	}
	return a, nil
}

// BuildFrom returns a copy of a ([dpa.Agreement.Clone]) changed by mods in
// order; a itself is never changed. It fails when a is nil or a modifier
// fails.
func BuildFrom(a *dpa.Agreement, mods ...Modifier) (*dpa.Agreement, error) {
	if a == nil {
		return nil, errors.New("dpatest: no agreement to start from (nil)")
	}
	return apply(a.Clone(), "the agreement", mods)
}

// From is [BuildFrom] for a test: it starts from the caller's own agreement
// instead of a named example, and stops the test when BuildFrom fails.
//
//	a := dpatest.From(t, myAgreement, dpatest.Status(dpa.Final))
func From(tb testing.TB, a *dpa.Agreement, mods ...Modifier) *dpa.Agreement {
	tb.Helper()
	c, err := BuildFrom(a, mods...)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Agreement is [Build] for a test: it stops the test when Build fails.
func Agreement(tb testing.TB, name string, mods ...Modifier) *dpa.Agreement {
	tb.Helper()
	a, err := Build(name, mods...)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// Validator returns [dpa.NewValidator] with opts, stopping the test when the
// rules are refused.
func Validator(tb testing.TB, opts ...dpa.ValidatorOption) *dpa.Validator {
	tb.Helper()
	v, err := dpa.NewValidator(opts...)
	if err != nil {
		tb.Fatalf("dpa.NewValidator: %v", err)
	}
	return v
}

// Want is what an assertion compares of a finding: its code, path and
// severity.
type Want struct {
	Code     dpa.Code     // the finding's code
	Path     string       // its JSON Pointer; "" is the whole agreement
	Severity dpa.Severity // its severity; Has and Lacks ignore it
}

// Keys returns the code, path and severity of each finding, ordered by
// path, code and severity as [dpa.Findings.Sort] orders them. It gives nil
// for no findings.
func Keys(got dpa.Findings) []Want {
	if len(got) == 0 {
		return nil
	}
	sorted := slices.Clone(got)
	sorted.Sort()
	out := make([]Want, len(sorted))
	for i, f := range sorted {
		out[i] = Want{f.Code, f.Path, f.Severity}
	}
	return out
}

// sortWants orders want the way Keys does, so that a diff lines them up.
func sortWants(want []Want) {
	rank := map[dpa.Severity]int{"error": 0, "warning": 1, "info": 2}
	slices.SortStableFunc(want, func(a, b Want) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Code, b.Code), cmp.Compare(rank[a.Severity], rank[b.Severity]))
	})
}

// Diff returns the difference between the findings wanted and got as a
// go-cmp diff (-want +got), or "" when they are the same. Order does not
// matter; code, path and severity do.
func Diff(want []Want, got dpa.Findings) string {
	w := slices.Clone(want)
	sortWants(w)
	if len(w) == 0 {
		w = nil
	}
	return gocmp.Diff(w, Keys(got))
}

// Equal reports an error unless got holds exactly the findings want, in
// any order, and prints the diff (-want +got).
func Equal(tb testing.TB, got dpa.Findings, want ...Want) {
	tb.Helper()
	if d := Diff(want, got); d != "" {
		tb.Errorf("findings (-want +got):\n%s", d)
	}
}

// Has reports an error unless got holds a finding with code at path, of any
// severity. The diff it prints shows the missing finding as a "-" line among
// the findings that were reported.
func Has(tb testing.TB, got dpa.Findings, code dpa.Code, path string) {
	tb.Helper()
	for _, f := range got {
		if f.Code == code && f.Path == path {
			return
		}
	}
	want := append(Keys(got), Want{Code: code, Path: path})
	sortWants(want)
	tb.Errorf("no finding %s at %q (-want +got):\n%s", code, path, gocmp.Diff(want, Keys(got)))
}

// HasAs reports an error unless got holds a finding with code at path with
// severity sev, as when a blank must be an error in a final agreement and a
// warning in a draft.
func HasAs(tb testing.TB, got dpa.Findings, sev dpa.Severity, code dpa.Code, path string) {
	tb.Helper()
	for _, f := range got {
		if f.Code == code && f.Path == path && f.Severity == sev {
			return
		}
	}
	want := append(Keys(got), Want{Code: code, Path: path, Severity: sev})
	sortWants(want)
	tb.Errorf("no %s %s at %q (-want +got):\n%s", sev, code, path, gocmp.Diff(want, Keys(got)))
}

// Lacks reports an error if got holds a finding with code at path, and
// prints the findings with it as a "+" line.
func Lacks(tb testing.TB, got dpa.Findings, code dpa.Code, path string) {
	tb.Helper()
	lacks(tb, got, func(w Want) bool { return w.Code == code && w.Path == path }, fmt.Sprintf("%s at %q", code, path))
}

// LacksCode reports an error if got holds a finding with code at any path,
// and prints the findings with each such finding as a "+" line.
func LacksCode(tb testing.TB, got dpa.Findings, code dpa.Code) {
	tb.Helper()
	lacks(tb, got, func(w Want) bool { return w.Code == code }, string(code))
}

func lacks(tb testing.TB, got dpa.Findings, match func(Want) bool, what string) {
	tb.Helper()
	keys := Keys(got)
	if !slices.ContainsFunc(keys, match) {
		return
	}
	want := slices.DeleteFunc(slices.Clone(keys), match)
	if len(want) == 0 {
		want = nil
	}
	tb.Errorf("unexpected finding %s (-want +got):\n%s", what, gocmp.Diff(want, keys))
}
