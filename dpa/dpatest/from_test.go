package dpatest_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/google/go-cmp/cmp"
)

func TestFrom(t *testing.T) {
	own := examples.Seed004()
	own.Annexes.B.Entries[0].Name = "Own Cloud AB"
	before := own.Clone()

	var got *dpa.Agreement
	rec := run(t, func(tb testing.TB) {
		got = dpatest.From(tb, own, dpatest.Status(dpa.Final),
			dpatest.SubProcessor(own.Annexes.B.Entries[0].ID, func(e *annex.SubProcessor) { e.Name = "" }),
			dpatest.Edit(func(a *dpa.Agreement) { a.Languages[0] = "da" }))
	})
	if rec.fatal || len(rec.errors) > 0 {
		t.Fatalf("From failed: %v", rec.errors)
	}
	if d := cmp.Diff(before, own); d != "" {
		t.Errorf("From changed the caller's agreement (-before +after):\n%s", d)
	}
	if got.Status != dpa.Final || got.Annexes.B.Entries[0].Name != "" {
		t.Errorf("the modifiers were not applied to the copy: status %q, name %q", got.Status, got.Annexes.B.Entries[0].Name)
	}
	dpatest.HasAs(t, dpa.Validate(got), dpa.Error, "subprocessor.name-missing", "/annexes/b/entries/0/name")
}

func TestFromStopsTheTest(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		f            func(tb testing.TB)
	}{
		{"nil-agreement", "there is nothing to copy", func(tb testing.TB) { dpatest.From(tb, nil) }},
		{"nil-modifier", "a nil modifier is a mistake in the test, not a no-op", func(tb testing.TB) {
			dpatest.From(tb, examples.Seed004(), nil)
		}},
		{"failing-modifier", "a modifier that does not apply stops the test", func(tb testing.TB) {
			dpatest.From(tb, examples.Seed004(), dpatest.SubProcessor("no-such-id", func(*annex.SubProcessor) {}))
		}},
		{"nil-edit", "Edit(nil) fails instead of panicking", func(tb testing.TB) {
			dpatest.From(tb, examples.Seed004(), dpatest.Edit(nil))
		}},
		{"nil-sub-processor-func", "SubProcessor with a nil func fails", func(tb testing.TB) {
			a := examples.Seed004()
			dpatest.From(tb, a, dpatest.SubProcessor(a.Annexes.B.Entries[0].ID, nil))
		}},
		{"nil-logging-func", "Logging with a nil func fails", func(tb testing.TB) {
			dpatest.Agreement(tb, "seed000", dpatest.Logging(nil))
		}},
		{"nil-modifier-on-example", "Agreement refuses a nil modifier too", func(tb testing.TB) {
			dpatest.Agreement(tb, "seed004", nil)
		}},
	} {
		if rec := run(t, tc.f); !rec.fatal {
			t.Errorf("%s: the test went on (%s)", tc.name, tc.reason)
		}
	}
}

func TestNilFindings(t *testing.T) {
	// nil findings are no findings: the assertions compare, never panic.
	rec := run(t, func(tb testing.TB) {
		dpatest.Equal(tb, nil)
		dpatest.Lacks(tb, nil, "x.y", "")
		dpatest.LacksCode(tb, nil, "x.y")
	})
	if len(rec.errors) > 0 {
		t.Errorf("assertions on nil findings failed: %v", rec.errors)
	}
	if rec := run(t, func(tb testing.TB) { dpatest.Has(tb, nil, "x.y", "") }); len(rec.errors) != 1 {
		t.Errorf("Has on nil findings: want one error, got %v", rec.errors)
	}
	if got := dpatest.Keys(nil); got != nil {
		t.Errorf("Keys(nil) = %v, want nil", got)
	}
}
