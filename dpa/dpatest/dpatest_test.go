package dpatest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
)

// recorder is a testing.TB that records what the helpers report instead of
// failing the test that runs them.
type recorder struct {
	testing.TB
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Error(args ...any) { r.errors = append(r.errors, fmt.Sprint(args...)) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
	panic(r)
}
func (r *recorder) Fatal(args ...any) { r.Error(args...); r.fatal = true; panic(r) }

// run calls f with a recorder and returns it; a Fatal stops f as it would
// stop a test.
func run(t *testing.T, f func(tb testing.TB)) (rec *recorder) {
	rec = &recorder{TB: t}
	defer func() {
		if p := recover(); p != nil && p != rec {
			panic(p)
		}
	}()
	f(rec)
	return rec
}

var seed003 = dpa.Validate(examples.Seed003())

func TestAssertions(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reason string
		assert func(tb testing.TB)
		fails  bool
		// marks are "-path" or "+path": the failure's diff must have a
		// line starting with that sign that holds the quoted path. go-cmp's
		// layout is not stable, so the test looks for no more than that.
		marks []string
	}{
		{"has", "the finding is there", func(tb testing.TB) {
			dpatest.Has(tb, seed003, "agreement.date-missing", "/date")
		}, false, nil},
		{"has-missing", "a missing finding is a - line in the diff",
			func(tb testing.TB) { dpatest.Has(tb, seed003, "agreement.date-missing", "/effectiveDate") }, true,
			[]string{"-/effectiveDate"}},
		{"has-other-path", "the same code elsewhere does not count",
			func(tb testing.TB) { dpatest.Has(tb, seed003, "party.contacts-missing", "/controllers/1/contacts") }, true,
			[]string{"-/controllers/1/contacts"}},
		{"has-as", "severity matches", func(tb testing.TB) {
			dpatest.HasAs(tb, seed003, finding.Warning, "agreement.date-missing", "/date")
		}, false, nil},
		{"has-as-wrong-severity", "a draft's blank is a warning, not an error",
			func(tb testing.TB) { dpatest.HasAs(tb, seed003, finding.Error, "agreement.date-missing", "/date") }, true,
			[]string{"-/date"}},
		{"lacks", "the finding is not there", func(tb testing.TB) {
			dpatest.Lacks(tb, seed003, "agreement.date-missing", "/effectiveDate")
		}, false, nil},
		{"lacks-present", "an unexpected finding is a + line",
			func(tb testing.TB) { dpatest.Lacks(tb, seed003, "agreement.date-missing", "/date") }, true,
			[]string{"+/date"}},
		{"lacks-code", "no finding of the code anywhere", func(tb testing.TB) {
			dpatest.LacksCode(tb, seed003, "breach.deadline-over-72h")
		}, false, nil},
		{"lacks-code-present", "every finding of the code is a + line",
			func(tb testing.TB) { dpatest.LacksCode(tb, seed003, "party.contacts-missing") }, true,
			[]string{"+/controllers/0/contacts"}},
		{"equal-empty", "a valid agreement has no findings", func(tb testing.TB) {
			dpatest.Equal(tb, dpa.Validate(examples.Reference()))
		}, false, nil},
		{"equal-any-order", "order does not matter", func(tb testing.TB) {
			l := dpa.Validate(examples.Seed001())
			want := make([]dpatest.Want, len(l))
			for i, f := range l {
				want[len(l)-1-i] = dpatest.Want{Code: f.Code, Path: f.Path, Severity: f.Severity}
			}
			dpatest.Equal(tb, l, want...)
		}, false, nil},
		{"equal-extra", "a finding not wanted is a + line",
			func(tb testing.TB) {
				dpatest.Equal(tb, dpa.Validate(examples.Seed003())[:1])
			}, true, []string{"+/date"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := run(t, tc.assert)
			if failed := len(rec.errors) > 0; failed != tc.fails {
				t.Fatalf("failed = %v, want %v (%s): %q", failed, tc.fails, tc.reason, rec.errors)
			}
			msg := strings.Join(rec.errors, "\n")
			if tc.fails && !strings.Contains(msg, "(-want +got)") {
				t.Errorf("the message does not say which side is which:\n%s", msg)
			}
			for _, m := range tc.marks {
				if !hasMark(msg, m[:1], m[1:]) {
					t.Errorf("the diff has no %q line with %q (%s):\n%s", m[:1], m[1:], tc.reason, msg)
				}
			}
		})
	}
}

// hasMark reports whether a line of msg starts with sign, after leading
// space, and holds the quoted path.
func hasMark(msg, sign, path string) bool {
	for line := range strings.Lines(msg) {
		line = strings.TrimLeft(line, " \t\u00a0")
		if strings.HasPrefix(line, sign) && strings.Contains(line, `"`+path+`"`) {
			return true
		}
	}
	return false
}

func TestBuild(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reason  string
		example string
		mods    []dpatest.Modifier
		wantErr string
		check   func(t *testing.T, a *dpa.Agreement)
	}{
		{name: "copy", reason: "each Build is a new copy", example: "seed004",
			check: func(t *testing.T, a *dpa.Agreement) {
				a.Clauses.Venue = "changed"
				if b, _ := dpatest.Build("seed004"); b.Clauses.Venue == "changed" {
					t.Error("a second Build shares data with the first")
				}
			}},
		{name: "unknown", reason: "an unknown example names the ones there are", example: "seed002", wantErr: `no example "seed002"; the examples are seed000, seed001, seed003, seed004, reference`},
		{name: "breach-set", reason: "Breach changes the deadline of its kind", example: "seed004",
			mods: []dpatest.Modifier{dpatest.Breach(dpa.AnyBreach, civil.Of(12, civil.Hours))},
			check: func(t *testing.T, a *dpa.Agreement) {
				want := []dpa.BreachDeadline{{Kind: dpa.AnyBreach, Within: civil.Of(12, civil.Hours)}}
				if diff := cmp.Diff(want, a.Clauses.BreachNotification); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}},
		{name: "breach-add", reason: "and adds a kind that is missing", example: "seed004",
			mods: []dpatest.Modifier{dpatest.Breach(dpa.IntrusionAttempt, civil.Of(2, civil.Hours))},
			check: func(t *testing.T, a *dpa.Agreement) {
				want := []dpa.BreachDeadline{{Kind: dpa.AnyBreach, Within: civil.Of(24, civil.Hours), IfPossible: true}, {Kind: dpa.IntrusionAttempt, Within: civil.Of(2, civil.Hours)}}
				if diff := cmp.Diff(want, a.Clauses.BreachNotification); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}},
		{name: "no-breach", reason: "NoBreach removes a kind", example: "seed000", mods: []dpatest.Modifier{dpatest.NoBreach(dpa.IntrusionAttempt)},
			check: func(t *testing.T, a *dpa.Agreement) {
				if diff := cmp.Diff([]dpa.BreachDeadline{{Kind: dpa.AnyBreach}}, a.Clauses.BreachNotification); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
				if b, _ := dpatest.Build("seed000"); len(b.Clauses.BreachNotification) != 2 {
					t.Error("NoBreach changed the example itself")
				}
			}},
		{name: "no-breach-none", reason: "removing a kind that is not there is a mistake in the test", example: "seed004",
			mods: []dpatest.Modifier{dpatest.NoBreach(dpa.IntrusionAttempt)}, wantErr: `modifier 0 on seed004: no breach deadline of kind "intrusion-attempt"`},
		{name: "sub-processor", reason: "SubProcessor edits the entry with the id", example: "seed000",
			mods: []dpatest.Modifier{dpatest.SubProcessor("exempelbackup", func(e *annex.SubProcessor) { e.FlowDown = false })},
			check: func(t *testing.T, a *dpa.Agreement) {
				if a.Annexes.B.Entries[2].FlowDown {
					t.Error("the entry is unchanged")
				}
			}},
		{name: "sub-processor-unknown", reason: "an id that is not there fails", example: "seed000",
			mods:    []dpatest.Modifier{dpatest.Edit(func(*dpa.Agreement) {}), dpatest.SubProcessor("nobody", func(*annex.SubProcessor) {})},
			wantErr: `modifier 1 on seed000: no sub-processor with id "nobody"`},
		{name: "without-measure", reason: "WithoutMeasure removes a required measure", example: "seed004",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureMFAInternet)},
			check: func(t *testing.T, a *dpa.Agreement) {
				if a.Annexes.C.Security.Measures.Has(security.MeasureMFAInternet) {
					t.Error("MFA is still required")
				}
			}},
		{name: "without-measure-not-required", reason: "removing a measure that is not required is a mistake in the test", example: "seed003",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure(security.MeasureLogging)}, wantErr: "the agreement does not require logging"},
		{name: "without-measure-unknown", reason: "an unknown measure fails", example: "seed004",
			mods: []dpatest.Modifier{dpatest.WithoutMeasure("teleportation")}, wantErr: `"teleportation" is not a security measure`},
		{name: "logging-none", reason: "Logging needs a logging measure to change", example: "seed003",
			mods: []dpatest.Modifier{dpatest.Logging(func(*security.Logging) {})}, wantErr: "the agreement does not require logging"},
		{name: "setters", reason: "the plain setters set their field", example: "seed004",
			mods: []dpatest.Modifier{
				dpatest.Status(dpa.Draft), dpatest.GoverningLaw("SE"), dpatest.ConfirmDeletionWithin(civil.Of(5, civil.Days)),
				dpatest.NoticePeriod(civil.Of(1, civil.Months)), dpatest.ObjectionWindow(civil.Of(2, civil.Weeks)),
				dpatest.Locations(transfer.Location{Country: "FI"}), dpatest.Transfers(transfer.Instruction{Kind: transfer.WithSafeguards}),
				dpatest.SecurityLevel(security.Basic), dpatest.Risk(security.Risk{Subjects: security.Under1000}),
				dpatest.AuditForm(security.Inspection), dpatest.AuditFrequency(civil.Of(6, civil.Months)),
				dpatest.AddSubProcessor(annex.SubProcessor{ID: "new"}),
			},
			check: func(t *testing.T, a *dpa.Agreement) {
				got := []any{a.Status, a.Clauses.GoverningLaw, a.Clauses.EndOfService.ConfirmWithin, a.Annexes.B.NoticePeriod,
					a.Annexes.B.ObjectionWindow, a.Annexes.C.Locations, a.Annexes.C.Transfers.Kind, a.Annexes.C.Security.Level,
					a.Annexes.C.Security.Risk.Subjects, a.Annexes.C.Audits[0].Form, a.Annexes.C.Audits[0].Frequency,
					a.Annexes.B.Entries[len(a.Annexes.B.Entries)-1].ID}
				want := []any{dpa.Draft, transfer.Country("SE"), civil.Of(5, civil.Days), civil.Of(1, civil.Months),
					civil.Of(2, civil.Weeks), []transfer.Location{{Country: "FI"}}, transfer.WithSafeguards, security.Basic,
					security.Under1000, security.Inspection, civil.Of(6, civil.Months), "new"}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := dpatest.Build(tc.example, tc.mods...)
			switch {
			case tc.wantErr != "":
				if err == nil || !strings.HasSuffix(err.Error(), tc.wantErr) {
					t.Fatalf("Build: %v; want an error ending %q (%s)", err, tc.wantErr, tc.reason)
				}
				return
			case err != nil:
				t.Fatalf("Build: %v (%s)", err, tc.reason)
			}
			tc.check(t, a)
		})
	}
}

// Every measure of the catalogue can be removed.
func TestWithoutEveryMeasure(t *testing.T) {
	all := func() security.Requirements {
		return security.Requirements{
			Pseudonymisation: &security.Measure{}, EncryptionAtRest: &security.Encryption{}, EncryptionInTransit: &security.Encryption{},
			MFAInternet: &security.Measure{}, AccessControl: &security.AccessControl{}, TenantSeparation: &security.Measure{},
			Logging: &security.Logging{}, IntegrityMonitoring: &security.Measure{},
			Backup: &security.Backup{}, Continuity: &security.Continuity{}, PhysicalSecurity: &security.Measure{},
			RemoteWork: &security.RemoteWork{}, ChangeManagement: &security.Measure{}, Patching: &security.Patching{},
			AwarenessTraining: &security.Training{}, MobileMedia: &security.MobileMedia{}, Disposal: &security.Disposal{},
			RegularTesting: &security.Testing{}, SupplementaryTransfer: &security.Measure{},
		}
	}
	for _, d := range security.Catalogue {
		a := examples.Reference()
		a.Annexes.C.Security.Measures = all()
		m := &a.Annexes.C.Security.Measures
		if !m.Has(d.ID) {
			t.Fatalf("the fixture does not require %s", d.ID)
		}
		if err := dpatest.WithoutMeasure(d.ID)(a); err != nil || m.Has(d.ID) {
			t.Errorf("WithoutMeasure(%s): %v, still required %v", d.ID, err, m.Has(d.ID))
		}
	}
}

func TestAgreementAndValidatorStopTheTest(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		f            func(tb testing.TB)
	}{
		{"agreement", "a bad example name stops the test", func(tb testing.TB) { dpatest.Agreement(tb, "seed999") }},
		{"validator", "refused rules stop the test", func(tb testing.TB) {
			r := dpa.Rule{Def: dpa.Def{Code: "acme.x", Severity: finding.Error}, Check: func(*dpa.Agreement, dpa.Reporter) {}}
			dpatest.Validator(tb, dpa.WithRules(r))
		}},
	} {
		if rec := run(t, tc.f); !rec.fatal {
			t.Errorf("%s: the test went on (%s)", tc.name, tc.reason)
		}
	}
}

func TestKeysAndDiff(t *testing.T) {
	if dpatest.Keys(nil) != nil {
		t.Error("Keys(nil) is not nil")
	}
	got := dpa.Validate(examples.Seed000())
	keys := dpatest.Keys(got)
	if d := dpatest.Diff(keys, got); d != "" {
		t.Errorf("Diff of a list against its own keys:\n%s", d)
	}
	if d := dpatest.Diff(nil, nil); d != "" {
		t.Errorf("Diff(nil, nil) = %q", d)
	}
	if d := dpatest.Diff([]dpatest.Want{}, nil); d != "" {
		t.Errorf("an empty want and no findings differ: %q", d)
	}
	for i := 1; i < len(keys); i++ {
		if keys[i-1].Path > keys[i].Path {
			t.Errorf("Keys is not sorted by path: %v before %v", keys[i-1], keys[i])
		}
	}
}
