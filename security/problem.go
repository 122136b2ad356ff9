package security

import (
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// ProblemCode is the stable identifier of a kind of [Problem]. A code is
// never reused for another meaning; match on codes, not on messages.
type ProblemCode string

// The problems [Requirements.Problems] reports.
const (
	// NegativePeriod: a period has a negative value.
	NegativePeriod ProblemCode = "security.period-negative"
	// UnknownUnit: a period that is given has a unit other than hours, days,
	// weeks, months or years.
	UnknownUnit ProblemCode = "security.period-unit-unknown"
	// UnknownLogField: the log content names a [LogField] that does not
	// exist.
	UnknownLogField ProblemCode = "security.log-field-unknown"
	// RepeatedLogField: the log content names the same field twice; the
	// problem is at the second mention.
	RepeatedLogField ProblemCode = "security.log-field-repeated"
	// NegativeCount: a count, such as the failed log-ins before lockout, is
	// negative.
	NegativeCount ProblemCode = "security.count-negative"
	// UnknownBound: a retention's bound is not at-least, at-most or
	// exactly.
	UnknownBound ProblemCode = "security.bound-unknown"
)

// Problem is something wrong with the parameters of a [Requirements] value.
// It is reported together with the JSON Pointer of the offending value,
// relative to the requirements object.
type Problem struct {
	Code  ProblemCode // what is wrong
	Value string      // the offending value as written in JSON, such as "-3" or "fortnights"
}

// String returns the problem in English, for logs and tests; user-facing
// messages belong to the caller, keyed by [ProblemCode].
func (p Problem) String() string {
	switch p.Code {
	case NegativePeriod:
		return "period is negative: " + p.Value
	case UnknownUnit:
		return "period has an unknown unit: " + strconv.Quote(p.Value)
	case UnknownLogField:
		return "unknown log field: " + strconv.Quote(p.Value)
	case RepeatedLogField:
		return "log field listed twice: " + strconv.Quote(p.Value)
	case NegativeCount:
		return "count is negative: " + p.Value
	case UnknownBound:
		return "unknown bound: " + strconv.Quote(p.Value)
	}
	return string(p.Code) + ": " + p.Value
}

// In describes the problem in language l, for finding messages: "the
// period has an unknown unit: \"month\"" reads "perioden har en okänd
// enhet: \"month\"" in Swedish. The offending value is quoted as it was
// written.
func (p Problem) In(l i18n.Lang) string {
	var t i18n.Text
	v := p.Value
	switch p.Code {
	case NegativePeriod:
		t = i18n.Text{EN: "the period is negative: %s", SV: "perioden är negativ: %s", NB: "perioden er negativ: %s", DA: "perioden er negativ: %s"}
	case UnknownUnit:
		t = i18n.Text{EN: "the period has an unknown unit: %s", SV: "perioden har en okänd enhet: %s",
			NB: "perioden har en ukjent enhet: %s", DA: "perioden har en ukendt enhed: %s"}
		v = strconv.Quote(v)
	case UnknownLogField:
		t = i18n.Text{EN: "unknown log field: %s", SV: "okänt loggfält: %s", NB: "ukjent loggfelt: %s", DA: "ukendt logfelt: %s"}
		v = strconv.Quote(v)
	case RepeatedLogField:
		t = i18n.Text{EN: "the log field is listed twice: %s", SV: "loggfältet anges två gånger: %s",
			NB: "loggfeltet er oppført to ganger: %s", DA: "logfeltet er angivet to gange: %s"}
		v = strconv.Quote(v)
	case NegativeCount:
		t = i18n.Text{EN: "the count is negative: %s", SV: "antalet är negativt: %s", NB: "antallet er negativt: %s", DA: "antallet er negativt: %s"}
	case UnknownBound:
		t = i18n.Text{EN: "the bound must be at-least, at-most or exactly: %s", SV: "gränsen måste vara at-least, at-most eller exactly: %s",
			NB: "grensen må være at-least, at-most eller exactly: %s", DA: "grænsen skal være at-least, at-most eller exactly: %s"}
		v = strconv.Quote(v)
	default:
		return strconv.Quote(string(p.Code)) + ": " + strconv.Quote(p.Value)
	}
	s, _ := t.Get(l, i18n.EN)
	return strings.Replace(s, "%s", v, 1)
}

// Problems yields each problem in the parameters of r, with the JSON
// Pointer of the offending value below the requirements object, such as
// "/logging/retention" or "/logging/content/2":
//
//	for path, p := range r.Problems() { ... }
//
// It checks that every period given is valid ([civil.Period.Check]: a known
// unit and a value that is not negative), that the log content names only
// known, distinct [LogField]s, and that the lockout count is not negative.
// Measures that r does not require, and periods that are zero (not given),
// are not checked. Whether the right measures are required at all is
// [Requirements.Missing]'s business.
//
// Problems does not allocate unless it finds a problem.
func (r Requirements) Problems() iter.Seq2[string, Problem] {
	return func(yield func(path string, p Problem) bool) { _ = r.problems(yield) }
}

// problems does the work of Problems and reports whether to go on.
func (r *Requirements) problems(yield func(string, Problem) bool) bool {
	if a := r.AccessControl; a != nil {
		if !periodProblems(yield, "/accessControl/reviewInterval", a.ReviewInterval) {
			return false
		}
	}
	if l := r.Logging; l != nil {
		if !logContentProblems(yield, l.Content) ||
			!periodProblems(yield, "/logging/retention", l.Retention) {
			return false
		}
		if l.RetentionBound != "" && !l.RetentionBound.Valid() &&
			!yield("/logging/retentionBound", Problem{UnknownBound, string(l.RetentionBound)}) {
			return false
		}
		if l.LockoutAfterFailures < 0 &&
			!yield("/logging/lockoutAfterFailures", Problem{NegativeCount, strconv.Itoa(l.LockoutAfterFailures)}) {
			return false
		}
	}
	if b := r.Backup; b != nil {
		if !periodProblems(yield, "/backup/interval", b.Interval) ||
			!periodProblems(yield, "/backup/restoreTestInterval", b.RestoreTestInterval) {
			return false
		}
	}
	if c := r.Continuity; c != nil {
		if !periodProblems(yield, "/continuity/exerciseInterval", c.ExerciseInterval) {
			return false
		}
	}
	if p := r.Patching; p != nil {
		if !periodProblems(yield, "/patching/criticalWithin", p.CriticalWithin) {
			return false
		}
	}
	if t := r.AwarenessTraining; t != nil {
		if !periodProblems(yield, "/awarenessTraining/interval", t.Interval) {
			return false
		}
	}
	if t := r.RegularTesting; t != nil {
		if !periodProblems(yield, "/regularTesting/interval", t.Interval) {
			return false
		}
	}
	return true
}

// periodProblems reports what is wrong with the period p at path: an unknown
// unit, a negative value, or both. A zero period is not given and has no
// problem.
func periodProblems(yield func(string, Problem) bool, path string, p civil.Period) bool {
	if p.IsZero() || p.Check() == nil {
		return true
	}
	if !p.Unit.Valid() && !yield(path, Problem{UnknownUnit, string(p.Unit)}) {
		return false
	}
	if p.Value < 0 && !yield(path, Problem{NegativePeriod, strconv.Itoa(p.Value)}) {
		return false
	}
	return true
}

// logContentProblems reports unknown and repeated log fields.
func logContentProblems(yield func(string, Problem) bool, content []LogField) bool {
	for i, f := range content {
		var code ProblemCode
		switch {
		case !f.Valid():
			code = UnknownLogField
		case slices.Contains(content[:i], f):
			code = RepeatedLogField
		default:
			continue
		}
		if !yield("/logging/content/"+strconv.Itoa(i), Problem{code, string(f)}) {
			return false
		}
	}
	return true
}
