package security

import (
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// found is one problem as the tests compare it: the path and the code.
// Messages are not compared.
type found struct {
	Path  string
	Code  ProblemCode
	Value string
}

func collect(r Requirements) []found {
	var got []found
	for path, p := range r.Problems() {
		got = append(got, found{path, p.Code, p.Value})
	}
	return got
}

// valid is a Requirements with every measure and every parameter set to a
// sensible value.
func valid() Requirements {
	return Requirements{
		Pseudonymisation:    &Measure{},
		EncryptionAtRest:    &Encryption{Standard: i18n.T("AES-256")},
		EncryptionInTransit: &Encryption{Standard: i18n.T("TLS 1.2 or later")},
		MFAInternet:         &Measure{},
		AccessControl:       &AccessControl{ReviewInterval: civil.Of(6, civil.Months)},
		Logging: &Logging{
			Content:              []LogField{LogTime, LogUser, LogDataSubject, LogAction, LogUnit, LogSearchCriterion},
			Retention:            civil.Of(5, civil.Years),
			SpotChecks:           true,
			ChecksDocumented:     true,
			LockoutAfterFailures: 3,
		},
		Backup:                &Backup{Interval: civil.Of(24, civil.Hours), RestoreTestInterval: civil.Of(1, civil.Years)},
		Continuity:            &Continuity{ExerciseInterval: civil.Of(1, civil.Years)},
		PhysicalSecurity:      &Measure{},
		RemoteWork:            &RemoteWork{VPN: true, MFA: true},
		ChangeManagement:      &Measure{},
		Patching:              &Patching{CriticalWithin: civil.Of(14, civil.Days)},
		AwarenessTraining:     &Training{Interval: civil.Of(1, civil.Years)},
		MobileMedia:           &MobileMedia{Encrypted: true, Register: true},
		Disposal:              &Disposal{Documented: true},
		RegularTesting:        &Testing{Interval: civil.Of(1, civil.Years)},
		SupplementaryTransfer: &Measure{},
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name   string
		req    Requirements
		want   []found
		reason string
	}{
		{
			name:   "zero",
			req:    Requirements{},
			want:   nil,
			reason: "nothing required, nothing to check",
		},
		{
			name:   "valid",
			req:    valid(),
			want:   nil,
			reason: "every parameter is in order",
		},
		{
			name:   "zero-periods",
			req:    Requirements{Logging: &Logging{}, Backup: &Backup{}, Patching: &Patching{}},
			want:   nil,
			reason: "a zero period means not given, which is no problem here",
		},
		{
			name:   "negative-retention",
			req:    Requirements{Logging: &Logging{Retention: civil.Of(-5, civil.Years)}},
			want:   []found{{"/logging/retention", NegativePeriod, "-5"}},
			reason: "a retention period cannot be negative",
		},
		{
			name:   "unknown-log-field",
			req:    Requirements{Logging: &Logging{Content: []LogField{LogTime, "ip-address", LogUser}}},
			want:   []found{{"/logging/content/1", UnknownLogField, "ip-address"}},
			reason: "the pointer names the index of the unknown field",
		},
		{
			name:   "repeated-log-field",
			req:    Requirements{Logging: &Logging{Content: []LogField{LogTime, LogUser, LogTime}}},
			want:   []found{{"/logging/content/2", RepeatedLogField, "time"}},
			reason: "the second mention of a field is the problem",
		},
		{
			name:   "invalid-unit",
			req:    Requirements{Backup: &Backup{Interval: civil.Period{Value: 2, Unit: "fortnights"}}},
			want:   []found{{"/backup/interval", UnknownUnit, "fortnights"}},
			reason: "only hours, days, weeks, months and years are units",
		},
		{
			name:   "missing-unit",
			req:    Requirements{AwarenessTraining: &Training{Interval: civil.Period{Value: 1}}},
			want:   []found{{"/awarenessTraining/interval", UnknownUnit, ""}},
			reason: "a value without a unit is given but has no unit",
		},
		{
			name:   "unit-and-sign",
			req:    Requirements{Patching: &Patching{CriticalWithin: civil.Period{Value: -1, Unit: "Days"}}},
			want:   []found{{"/patching/criticalWithin", UnknownUnit, "Days"}, {"/patching/criticalWithin", NegativePeriod, "-1"}},
			reason: "both faults of one period are reported; units are case-sensitive",
		},
		{
			name:   "negative-lockout",
			req:    Requirements{Logging: &Logging{LockoutAfterFailures: -3}},
			want:   []found{{"/logging/lockoutAfterFailures", NegativeCount, "-3"}},
			reason: "a lockout count cannot be negative",
		},
		{
			name: "every-period",
			req: Requirements{
				AccessControl:     &AccessControl{ReviewInterval: civil.Of(-1, civil.Months)},
				Logging:           &Logging{Retention: civil.Of(-1, civil.Months)},
				Backup:            &Backup{Interval: civil.Of(-1, civil.Days), RestoreTestInterval: civil.Of(-1, civil.Months)},
				Continuity:        &Continuity{ExerciseInterval: civil.Of(-1, civil.Years)},
				Patching:          &Patching{CriticalWithin: civil.Of(-1, civil.Days)},
				AwarenessTraining: &Training{Interval: civil.Of(-1, civil.Years)},
				RegularTesting:    &Testing{Interval: civil.Of(-1, civil.Years)},
			},
			want: []found{
				{"/accessControl/reviewInterval", NegativePeriod, "-1"},
				{"/logging/retention", NegativePeriod, "-1"},
				{"/backup/interval", NegativePeriod, "-1"},
				{"/backup/restoreTestInterval", NegativePeriod, "-1"},
				{"/continuity/exerciseInterval", NegativePeriod, "-1"},
				{"/patching/criticalWithin", NegativePeriod, "-1"},
				{"/awarenessTraining/interval", NegativePeriod, "-1"},
				{"/regularTesting/interval", NegativePeriod, "-1"},
			},
			reason: "every period parameter is checked, in catalogue order, with its own pointer",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, collect(tt.req)); diff != "" {
				t.Errorf("Problems mismatch (-want +got) (%s):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestProblemsStops(t *testing.T) {
	r := Requirements{Logging: &Logging{Content: []LogField{"a", "b"}, Retention: civil.Of(-1, civil.Years), LockoutAfterFailures: -1}}
	n := 0
	r.Problems()(func(string, Problem) bool {
		n++
		return false
	})
	if n != 1 {
		t.Errorf("yield was called %d times after returning false, want 1", n)
	}
	n = 0
	for range r.Problems() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("range stopped after %d problems, want 2", n)
	}
}

func TestProblemsAllocs(t *testing.T) {
	r := valid()
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		r.Problems()(func(string, Problem) bool {
			n++
			return true
		})
	})
	if allocs != 0 {
		t.Errorf("Problems on valid requirements allocates %v times per run, want 0", allocs)
	}
	if n != 0 {
		t.Errorf("valid requirements gave %d problems", n)
	}
	allocs = testing.AllocsPerRun(100, func() {
		for range r.Problems() {
			n++
		}
	})
	if allocs != 0 {
		t.Errorf("ranging over Problems allocates %v times per run, want 0", allocs)
	}
}

func TestProblemString(t *testing.T) {
	for _, code := range []ProblemCode{NegativePeriod, UnknownUnit, UnknownLogField, RepeatedLogField, NegativeCount, "other"} {
		if s := (Problem{Code: code, Value: "x"}).String(); s == "" {
			t.Errorf("Problem{%s}.String() is empty", code)
		}
	}
}
