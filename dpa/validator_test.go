package dpa_test

import (
	stdjson "encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// def returns a test definition with a message in every language.
func def(code dpa.Code, sev dpa.Severity) dpa.Def {
	return dpa.Def{Code: code, Severity: sev, Ref: "Test policy §1",
		Message: i18n.Text{EN: "Test %[1]v.", SV: "Prov %[1]v.", NB: "Prøve %[1]v.", DA: "Prøve %[1]v."}}
}

// rule returns a rule of code that reports at each of paths.
func rule(code dpa.Code, paths ...string) dpa.Rule {
	return dpa.Rule{Def: def(code, finding.Error), Check: func(_ *dpa.Agreement, r dpa.Reporter) {
		for _, p := range paths {
			r.Add(p, p)
		}
	}}
}

// ruleErrors returns what NewValidator's joined error says about each
// refused rule: its code, its profile, its index and the sentinel it wraps.
type refused struct {
	Code    dpa.Code
	Profile string
	Index   int
	Dup     bool
}

func ruleErrors(t *testing.T, err error) []refused {
	t.Helper()
	var out []refused
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var re *dpa.RuleError
		if !errors.As(err, &re) {
			t.Errorf("error %v is not a *dpa.RuleError", err)
			return
		}
		switch {
		case errors.Is(err, dpa.ErrDuplicateCode):
			out = append(out, refused{re.Code, re.Profile, re.Index, true})
		case errors.Is(err, dpa.ErrInvalidRule):
			out = append(out, refused{re.Code, re.Profile, re.Index, false})
		default:
			t.Errorf("error %v wraps neither ErrDuplicateCode nor ErrInvalidRule", err)
		}
		if re.Error() == "" {
			t.Errorf("empty message for %+v", re)
		}
	}
	walk(err)
	return out
}

func TestNewValidatorRefuses(t *testing.T) {
	good := rule("acme.good")
	noEnglish := rule("acme.no-english")
	noEnglish.Def.Message.EN = ""
	badSev := rule("acme.bad-severity")
	badSev.Def.Severity = "fatal"
	profileOf := func(name string, rules ...dpa.Rule) dpa.Profile {
		return dpa.Profile{Name: name, Title: i18n.T(name), Source: "test", Rules: rules}
	}
	for _, tc := range []struct {
		name   string
		reason string
		opts   []dpa.ValidatorOption
		want   []refused
	}{
		{"ok", "distinct, complete rules and a profile are accepted",
			[]dpa.ValidatorOption{dpa.WithRules(good, rule("acme.other")), dpa.WithProfiles(profileOf("acme-se", rule("acme-se.x")))}, nil},
		{"duplicate-in-call", "two rules with the same code are refused, the second one named",
			[]dpa.ValidatorOption{dpa.WithRules(good, rule("acme.good"))}, []refused{{"acme.good", "", 1, true}}},
		{"duplicate-across-calls", "codes are unique across every option",
			[]dpa.ValidatorOption{dpa.WithRules(good), dpa.WithRules(rule("acme.good"))}, []refused{{"acme.good", "", 0, true}}},
		{"same-rule-twice", "the very same rule given twice is a duplicate too",
			[]dpa.ValidatorOption{dpa.WithRules(good, good)}, []refused{{"acme.good", "", 1, true}}},
		{"builtin-code", "a built-in code is never reused for another meaning",
			[]dpa.ValidatorOption{dpa.WithRules(rule("breach.deadline-over-72h"))}, []refused{{"breach.deadline-over-72h", "", 0, true}}},
		{"builtin-code-without-builtins", "built-in codes stay reserved when the built-ins do not run",
			[]dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(rule("audit.form-missing"))}, []refused{{"audit.form-missing", "", 0, true}}},
		{"panicked-code", "the validator's own code is reserved",
			[]dpa.ValidatorOption{dpa.WithRules(rule("rule.panicked"))}, []refused{{"rule.panicked", "", 0, true}}},
		{"profile-twice", "the same profile twice repeats every code",
			[]dpa.ValidatorOption{dpa.WithProfiles(profileOf("acme-se", rule("acme-se.x"), rule("acme-se.y")), profileOf("acme-se", rule("acme-se.x"), rule("acme-se.y")))},
			[]refused{{"acme-se.x", "acme-se", 0, true}, {"acme-se.y", "acme-se", 1, true}}},
		{"profile-prefix", "a profile's codes start with its name and a dot",
			[]dpa.ValidatorOption{dpa.WithProfiles(profileOf("acme-se", rule("acme.x"), rule("acme-sex.y")))},
			[]refused{{"acme.x", "acme-se", 0, false}, {"acme-sex.y", "acme-se", 1, false}}},
		{"profile-name", "a profile needs a name of lower-case words",
			[]dpa.ValidatorOption{dpa.WithProfiles(profileOf("ACME", rule("acme.x")))},
			[]refused{{"", "ACME", -1, false}, {"acme.x", "ACME", 0, false}}},
		{"no-code", "a rule without a code cannot be named", []dpa.ValidatorOption{dpa.WithRules(dpa.Rule{})}, []refused{{"", "", 0, false}}},
		{"no-check", "a rule without a check cannot run",
			[]dpa.ValidatorOption{dpa.WithRules(dpa.Rule{Def: def("acme.no-check", finding.Error)})}, []refused{{"acme.no-check", "", 0, false}}},
		{"code-shapes", "a code is lower-case words joined by \"-\", namespaced with \".\"",
			[]dpa.ValidatorOption{dpa.WithRules(rule("acme"), rule("Acme.x"), rule("acme..x"), rule("acme.-x"), rule("acme.x y"), rule("acme.x--y"), rule(""))},
			[]refused{{"acme", "", 0, false}, {"Acme.x", "", 1, false}, {"acme..x", "", 2, false}, {"acme.-x", "", 3, false},
				{"acme.x y", "", 4, false}, {"acme.x--y", "", 5, false}, {"", "", 6, false}}},
		{"severity", "the severity is error, warning or info", []dpa.ValidatorOption{dpa.WithRules(badSev)}, []refused{{"acme.bad-severity", "", 0, false}}},
		{"english", "English is the fallback of every message, so it is required", []dpa.ValidatorOption{dpa.WithRules(noEnglish)}, []refused{{"acme.no-english", "", 0, false}}},
		{"all-at-once", "every problem is reported, not the first",
			[]dpa.ValidatorOption{dpa.WithRules(good, rule("acme.good"), badSev)},
			[]refused{{"acme.good", "", 1, true}, {"acme.bad-severity", "", 2, false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := dpa.NewValidator(tc.opts...)
			if (v == nil) == (err == nil) {
				t.Fatalf("NewValidator gave %v and %v; want exactly one of them", v, err)
			}
			var got []refused
			if err != nil {
				got = ruleErrors(t, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("refused rules (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// A rule error says which rule, where it came from, and why.
func TestRuleErrorMessage(t *testing.T) {
	_, err := dpa.NewValidator(dpa.WithProfiles(dpa.Profile{Name: "acme", Rules: []dpa.Rule{rule("acme.x"), rule("acme.x")}}))
	if got, want := err.Error(), "dpa: rule acme.x (profile acme, rule 1): the code is already registered by profile acme"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
}

type key struct {
	Code     dpa.Code
	Path     string
	Severity dpa.Severity
}

func keysOf(l dpa.Findings) []key {
	var out []key
	for _, f := range l {
		out = append(out, key{f.Code, f.Path, f.Severity})
	}
	return out
}

func TestValidatorRuns(t *testing.T) {
	var sawFinal []bool
	var sawLang []i18n.Lang
	probe := dpa.Rule{Def: def("acme.probe", finding.Info), Check: func(a *dpa.Agreement, r dpa.Reporter) {
		sawFinal = append(sawFinal, r.Final())
		sawLang = append(sawLang, r.Lang())
	}}
	blank := dpa.Rule{Def: def("acme.blank", finding.Error), Check: func(_ *dpa.Agreement, r dpa.Reporter) { r.Blank("/x") }}
	as := dpa.Rule{Def: def("acme.as", finding.Error), Check: func(_ *dpa.Agreement, r dpa.Reporter) { r.AddAs(finding.Info, "/y") }}

	for _, tc := range []struct {
		name    string
		reason  string
		opts    []dpa.ValidatorOption
		example string
		want    []key
	}{
		{"builtins-only", "no options: exactly what dpa.Validate reports", nil, "seed001", keysOf(dpa.Validate(examples.Seed001()))},
		{"rules-after-builtins", "rules run after the built-in rules, in the order given",
			[]dpa.ValidatorOption{dpa.WithRules(rule("acme.b", "/b"), rule("acme.a", "/a"))}, "reference",
			[]key{{"acme.b", "/b", finding.Error}, {"acme.a", "/a", finding.Error}}},
		{"without-builtins", "only the rules given run",
			[]dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(rule("acme.a", "/a"))}, "seed001",
			[]key{{"acme.a", "/a", finding.Error}}},
		{"profiles", "a profile's rules run in its order, after WithRules given before it",
			[]dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(rule("acme.a", "/a")),
				dpa.WithProfiles(dpa.Profile{Name: "p", Rules: []dpa.Rule{rule("p.z", "/z"), rule("p.y", "/y")}})}, "seed004",
			[]key{{"acme.a", "/a", finding.Error}, {"p.z", "/z", finding.Error}, {"p.y", "/y", finding.Error}}},
		{"blank-final", "a blank is an error in a final agreement", []dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(blank)}, "reference",
			[]key{{"acme.blank", "/x", finding.Error}}},
		{"blank-draft", "and a warning in a draft", []dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(blank)}, "seed003",
			[]key{{"acme.blank", "/x", finding.Warning}}},
		{"blank-draft-seed004", "seed 004 is a draft, as its seed is", []dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(blank)}, "seed004",
			[]key{{"acme.blank", "/x", finding.Warning}}},
		{"add-as", "AddAs overrides the default severity", []dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(as)}, "seed004",
			[]key{{"acme.as", "/y", finding.Info}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := dpa.NewValidator(tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			got := v.Validate(build(t, tc.example))
			if diff := cmp.Diff(tc.want, keysOf(got)); diff != "" {
				t.Errorf("findings in order (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}

	v, err := dpa.NewValidator(dpa.WithoutBuiltins(), dpa.WithRules(probe))
	if err != nil {
		t.Fatal(err)
	}
	v.Validate(examples.Seed003())
	v.Validate(examples.Seed000())
	if diff := cmp.Diff([]bool{false, true}, sawFinal); diff != "" {
		t.Errorf("Reporter.Final for a draft, then a final agreement (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]i18n.Lang{i18n.NB, i18n.SV}, sawLang); diff != "" {
		t.Errorf("Reporter.Lang is the main language (-want +got):\n%s", diff)
	}
}

// The validator without options reports what dpa.Validate reports, on
// every example.
func TestValidatorMatchesValidate(t *testing.T) {
	v, err := dpa.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range examples.All() {
		if diff := cmp.Diff(keysOf(dpa.Validate(ex.Build())), keysOf(v.Validate(ex.Build()))); diff != "" {
			t.Errorf("%s: Validator.Validate differs from Validate (-Validate +Validator):\n%s", ex.Name, diff)
		}
	}
}

func TestValidatorPanics(t *testing.T) {
	var nilMap map[string]int
	for _, tc := range []struct {
		name   string
		reason string
		check  func(*dpa.Agreement, dpa.Reporter)
		arg    string
	}{
		{"nil-deref", "a runtime error names the rule and says what went wrong",
			func(a *dpa.Agreement, _ dpa.Reporter) { _ = a.Annexes.C.Security.Measures.Logging.Retention },
			"runtime error: invalid memory address or nil pointer dereference"},
		{"index", "an index out of range",
			func(a *dpa.Agreement, _ dpa.Reporter) { _ = a.Controllers[len(a.Controllers)+1] },
			"runtime error: index out of range [2] with length 1"},
		{"string", "a panic with a string", func(*dpa.Agreement, dpa.Reporter) { panic("policy table not loaded") }, "policy table not loaded"},
		{"error", "a panic with an error", func(*dpa.Agreement, dpa.Reporter) { panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported)) },
			"wrapped: unsupported operation"},
		{"nil-map", "a write to a nil map", func(*dpa.Agreement, dpa.Reporter) { nilMap["x"] = 1 }, "assignment to entry in nil map"},
		{"after-report", "findings reported before the panic are kept",
			func(_ *dpa.Agreement, r dpa.Reporter) { r.Add("/before", "x"); panic("late") }, "late"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := dpa.Rule{Def: def("acme.bad", finding.Error), Check: tc.check}
			v, err := dpa.NewValidator(dpa.WithRules(rule("acme.first", "/first"), bad, rule("acme.after", "/after")))
			if err != nil {
				t.Fatal(err)
			}
			a := examples.Seed000()
			a.Annexes.C.Security.Measures.Logging = nil
			got := v.Validate(a)
			builtin := len(dpa.Validate(a))
			want := []key{{"acme.first", "/first", finding.Error}}
			if tc.name == "after-report" {
				want = append(want, key{"acme.bad", "/before", finding.Error})
			}
			want = append(want, key{"rule.panicked", "", finding.Error}, key{"acme.after", "/after", finding.Error})
			if diff := cmp.Diff(want, keysOf(got[builtin:])); diff != "" {
				t.Fatalf("findings after the built-ins (%s) (-want +got):\n%s", tc.reason, diff)
			}
			p := got[builtin+len(want)-2]
			if diff := cmp.Diff([]any{"acme.bad", tc.arg}, p.Args); diff != "" {
				t.Errorf("rule.panicked arguments: the rule's code and the panic (-want +got):\n%s", diff)
			}
			for _, l := range i18n.Langs {
				if m := p.Message(l); m == "" || m == string(p.Code) {
					t.Errorf("rule.panicked has no %s message: %q", l, m)
				}
			}
		})
	}
}

// The rule's findings are findings like any other: same type, same JSON,
// four languages.
func TestRuleFindingJSON(t *testing.T) {
	r := dpa.Rule{Def: dpa.Def{Code: "acme.breach-over-24h", Severity: finding.Error, Ref: "ACME policy §4.2", Message: i18n.Text{
		EN: "Breaches must be reported within 24 hours, not %[1]v.",
		SV: "Incidenter ska anmälas inom 24 timmar, inte %[1]v.",
		NB: "Brudd skal varsles innen 24 timer, ikke %[1]v.",
		DA: "Brud skal anmeldes inden for 24 timer, ikke %[1]v.",
	}}, Check: func(a *dpa.Agreement, r dpa.Reporter) {
		r.Add(dpa.Pointer("clauses", "breachNotification", 0, "within"), civil.Of(2, civil.Days))
	}}
	v, err := dpa.NewValidator(dpa.WithoutBuiltins(), dpa.WithRules(r))
	if err != nil {
		t.Fatal(err)
	}
	b, err := stdjson.Marshal(v.Validate(examples.Seed004()))
	if err != nil {
		t.Fatal(err)
	}
	const nbsp = "\u00a0"
	want := `[{"code":"acme.breach-over-24h","severity":"error","path":"/clauses/breachNotification/0/within","reference":"ACME policy §4.2",` +
		`"message":{"en":"Breaches must be reported within 24 hours, not 2` + nbsp + `days.","sv":"Incidenter ska anmälas inom 24 timmar, inte 2` + nbsp + `dagar.",` +
		`"nb":"Brudd skal varsles innen 24 timer, ikke 2` + nbsp + `dager.","da":"Brud skal anmeldes inden for 24 timer, ikke 2` + nbsp + `dage."}}]`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("JSON of a user rule's findings (-want +got):\n%s", diff)
	}
}

func TestValidatorDefs(t *testing.T) {
	a, b := rule("acme.a"), rule("acme.b")
	for _, tc := range []struct {
		name   string
		reason string
		opts   []dpa.ValidatorOption
		want   []dpa.Code
	}{
		{"builtins", "every built-in code, then the rules'", []dpa.ValidatorOption{dpa.WithRules(a, b)},
			append(codes(dpa.Defs()), "acme.a", "acme.b")},
		{"without-builtins", "rule.panicked, which any validator can report, then the rules'",
			[]dpa.ValidatorOption{dpa.WithoutBuiltins(), dpa.WithRules(a, b)}, []dpa.Code{"rule.panicked", "acme.a", "acme.b"}},
	} {
		v, err := dpa.NewValidator(tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, codes(v.Defs())); diff != "" {
			t.Errorf("%s: Defs (%s) (-want +got):\n%s", tc.name, tc.reason, diff)
		}
		if got := len(v.Rules()); got != 2 {
			t.Errorf("%s: Rules() has %d rules, want 2", tc.name, got)
		}
	}
}

func codes(ds []dpa.Def) []dpa.Code {
	out := make([]dpa.Code, len(ds))
	for i, d := range ds {
		out[i] = d.Code
	}
	return out
}

// Options copy what they are given: changing the caller's slice after
// NewValidator changes nothing.
func TestValidatorKeepsItsRules(t *testing.T) {
	rules := []dpa.Rule{rule("acme.a", "/a")}
	p := dpa.Profile{Name: "p", Rules: []dpa.Rule{rule("p.x", "/x")}}
	v, err := dpa.NewValidator(dpa.WithoutBuiltins(), dpa.WithRules(rules...), dpa.WithProfiles(p))
	if err != nil {
		t.Fatal(err)
	}
	rules[0] = rule("acme.changed", "/changed")
	p.Rules[0] = rule("p.changed", "/changed")
	got := v.Validate(examples.Seed004())
	if diff := cmp.Diff([]key{{"acme.a", "/a", finding.Error}, {"p.x", "/x", finding.Error}}, keysOf(got)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// A Validator is safe for concurrent use (run with -race).
func TestValidatorConcurrent(t *testing.T) {
	v, err := dpa.NewValidator(dpa.WithRules(rule("acme.a", "/a")))
	if err != nil {
		t.Fatal(err)
	}
	want := keysOf(v.Validate(examples.Seed000()))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := keysOf(v.Validate(examples.Seed000())); !slices.Equal(got, want) {
					errs <- cmp.Diff(want, got)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Errorf("concurrent Validate differs (-want +got):\n%s", d)
	}
}

// With rules that do not allocate, a valid agreement costs no allocation,
// as with Validate.
func TestValidatorNoAllocations(t *testing.T) {
	quiet := dpa.Rule{Def: def("acme.quiet", finding.Error), Check: func(a *dpa.Agreement, r dpa.Reporter) {
		for i, d := range a.Clauses.BreachNotification {
			if d.Within.Value > 1000 {
				r.Add(dpa.Pointer("clauses", "breachNotification", i, "within"), d.Within)
			}
		}
	}}
	v, err := dpa.NewValidator(dpa.WithRules(quiet))
	if err != nil {
		t.Fatal(err)
	}
	// seed 004 is a draft with blanks, as its seed; the reference is the
	// complete agreement.
	for _, name := range []string{"reference"} {
		a := build(t, name)
		if got := v.Validate(a); len(got) != 0 {
			t.Fatalf("%s: %v", name, got)
		}
		if n := testing.AllocsPerRun(100, func() { v.Validate(a) }); n != 0 {
			t.Errorf("%s: Validator.Validate allocates %v times for a valid agreement, want 0", name, n)
		}
	}
}

// A Validator keeps its own definitions, and Defs gives copies: changing
// what a caller holds changes no message or severity it reports.
func TestDefsAreCopies(t *testing.T) {
	r := rule("acme.a", "/a")
	v, err := dpa.NewValidator(dpa.WithRules(r))
	if err != nil {
		t.Fatal(err)
	}
	r.Def.Message.EN = "changed"
	r.Def.Severity = finding.Info
	defs := dpa.Defs()
	defs[0].Message.EN = "changed"
	vdefs := v.Defs()
	vdefs[len(vdefs)-1].Message.EN = "changed"
	for _, f := range v.Validate(examples.Seed004()) {
		if f.Message(i18n.EN) == "changed" || (f.Code == "acme.a" && f.Severity != finding.Error) {
			t.Errorf("%s: a caller's change reached the validator: %s", f.Code, f)
		}
	}
	for _, d := range append(dpa.Defs(), v.Defs()...) {
		if d.Message.EN == "changed" {
			t.Errorf("%s: changing what Defs returned changed the definition", d.Code)
		}
	}
}
