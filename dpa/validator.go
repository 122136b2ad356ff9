package dpa

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

// Rule is a check of an agreement that reports findings of one code. A
// company's own policy ("breach notice within 24 hours") is written as
// rules and run next to the built-in rules by a [Validator]; its findings
// have the same type, JSON form and localization as the built-ins'.
//
// A rule has exactly one code, in its Def, which also names the rule: a
// finding says which rule reported it, a rule that panics is reported by
// its code, and no two rules of a Validator may share a code. A policy with
// several requirements is several rules.
type Rule struct {
	// Def defines the code the rule reports: the code itself (lower-case
	// words joined by "-", namespaced with "." as in "acme.breach-over-24h"),
	// its default severity, the reference to the law or the policy it
	// enforces, and its message in each language. English is required; a
	// language without a message falls back to English. A [Validator] keeps
	// its own copy.
	Def Def
	// Check inspects the agreement and reports each problem through r at
	// the JSON Pointer of the field concerned (see [Pointer]). It must not
	// change the agreement, nor keep r after it returns. Build paths and
	// message arguments only when reporting, so that a valid agreement
	// costs no allocation.
	Check func(a *Agreement, r Reporter)
}

// Reporter is what a [Rule] reports through. Every finding it adds has the
// rule's code. A [Validator] makes one for each rule it runs; the zero
// Reporter discards what is reported.
type Reporter struct {
	list  *Findings
	def   *Def
	final bool
	lang  i18n.Lang
}

// Add reports the rule's finding at path, with the default severity of its
// definition. args are the values its message refers to (%[1]v); a value
// with an In(i18n.Lang) string method, such as a [civil.Period] or an
// [i18n.Text], is written in the message's language.
func (r Reporter) Add(path string, args ...any) { r.list.Add(r.def, path, args...) }

// AddAs reports the rule's finding at path with severity sev instead of the
// default.
func (r Reporter) AddAs(sev Severity, path string, args ...any) {
	r.list.AddAs(r.def, sev, path, args...)
}

// Blank reports a field the rule needs and the agreement leaves blank: an
// error in a final agreement and a warning in a draft, as the built-in rules
// do.
func (r Reporter) Blank(path string, args ...any) {
	sev := finding.Warning
	if r.final {
		sev = finding.Error
	}
	r.list.AddAs(r.def, sev, path, args...)
}

// Final reports whether the agreement is final, in which case blanks are
// errors.
func (r Reporter) Final() bool { return r.final }

// Lang returns the agreement's main language, which free text must be
// given in.
func (r Reporter) Lang() i18n.Lang { return r.lang }

// Profile is a named group of rules, such as the requirements of Swedish
// healthcare on top of the GDPR. Package profile holds the built-in
// profiles; a company can write its policy as a Profile of its own.
type Profile struct {
	// Name identifies the profile, such as "se-healthcare": lower-case
	// words joined by "-". Every rule's code starts with Name and a dot.
	Name string
	// Title says in a few words what the profile is for, in each language.
	Title i18n.Text
	// Source names where the rules come from: the statutes, regulations,
	// templates or policy documents, in English.
	Source string
	// Rules are the profile's rules, in the order they run.
	Rules []Rule
}

// Errors that [NewValidator] wraps in a [*RuleError].
var (
	// ErrDuplicateCode: two rules have the same code, or a rule has the
	// code of a built-in rule. Codes are never reused for another meaning.
	ErrDuplicateCode = errors.New("dpa: code already registered")
	// ErrInvalidRule: a rule or profile is incomplete or malformed.
	ErrInvalidRule = errors.New("dpa: invalid rule")
)

// RuleError is a rule that [NewValidator] refuses, and why.
type RuleError struct {
	Code    Code   // the rule's code; "" when the rule has none
	Profile string // the profile the rule came in, or "" for WithRules
	Index   int    // the rule's position in its profile or WithRules call; -1 for the profile itself
	Reason  string // what is wrong, in English
	Err     error  // ErrDuplicateCode or ErrInvalidRule
}

// Error returns the reason with the rule's code and where it came from. A
// nil e has none of them and says only "dpa: rule refused".
func (e *RuleError) Error() string {
	if e == nil {
		return "dpa: rule refused"
	}
	var b strings.Builder
	b.WriteString("dpa: rule ")
	if e.Code != "" {
		fmt.Fprintf(&b, "%s ", e.Code)
	}
	if e.Profile != "" {
		fmt.Fprintf(&b, "(profile %s, rule %d)", e.Profile, e.Index)
	} else {
		fmt.Fprintf(&b, "(WithRules, rule %d)", e.Index)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns [ErrDuplicateCode] or [ErrInvalidRule]; nil for a nil e.
func (e *RuleError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// CodeRulePanicked is reported, at the root of the agreement, for a rule
// that panicked while checking it. Its first message argument is the rule's
// code ("builtin" for the built-in rules), the second what the panic said.
// The rule's other findings up to the panic are kept, and the remaining
// rules still run.
const CodeRulePanicked Code = "rule.panicked"

// rulePanicked defines [CodeRulePanicked].
var rulePanicked = finding.Def{Code: CodeRulePanicked, Severity: finding.Error,
	Message: message(kRulePanicked)}

// validatorDefs lists the codes the Validator itself reports.
var validatorDefs = []*finding.Def{&rulePanicked}

// builtinName is the name a panic in the built-in rules is reported under.
const builtinName = "builtin"

// Validator runs the built-in rules, rules of your own and profiles over an
// agreement. Make one with [NewValidator] and keep it: it is immutable and
// safe for concurrent use.
type Validator struct {
	builtins bool
	rules    []Rule
	defs     []Def
	when     when
}

// ValidatorOption configures a [Validator]: [WithRules], [WithProfiles] and
// [WithoutBuiltins] make them.
type ValidatorOption func(*config)

type config struct {
	noBuiltins bool
	groups     []group
	when       when
}

// when is the day an agreement is validated for and how far ahead the
// built-in rules warn of a transfer basis that ends.
type when struct {
	asOf civil.Date   // zero: the agreement's own date
	lead civil.Period // zero: DefaultLeadTime
}

// DefaultLeadTime is how long before an adequacy decision ends or a Data
// Privacy Framework certification lapses the built-in rules warn of it
// ([CodeAdequacyEnding], [CodeDPFLapsing]) when no [LeadTime] is given:
// three months.
var DefaultLeadTime = civil.Of(3, civil.Months)

// AsOf validates agreements as they stand on day d, to tell whether an
// agreement is still lawful that day: transfers are assessed on d, or on a
// sub-processor's own Since when that is later, and a sub-processor whose
// Until is before d has left and is not assessed. Without AsOf (or with a
// zero d) that day is the agreement's date, else its effective date.
func AsOf(d civil.Date) ValidatorOption { return func(c *config) { c.when.asOf = d } }

// LeadTime sets how long before an adequacy decision ends or a Data
// Privacy Framework certification lapses the built-in rules warn of it;
// [DefaultLeadTime] when p is zero. A negative or invalid p gives no
// warning ahead of time; the error once the basis has ended stays.
func LeadTime(p civil.Period) ValidatorOption { return func(c *config) { c.when.lead = p } }

// group is a WithRules call or a profile, kept apart so that an error can
// say where a rule came from.
type group struct {
	profile *Profile
	rules   []Rule
}

// WithRules adds rules, which run after the built-in rules in the order
// given. The option may be given more than once.
func WithRules(rules ...Rule) ValidatorOption {
	rules = append([]Rule(nil), rules...)
	return func(c *config) { c.groups = append(c.groups, group{rules: rules}) }
}

// WithProfiles adds the rules of each profile, in the order given.
func WithProfiles(profiles ...Profile) ValidatorOption {
	var gs []group
	for _, p := range profiles {
		p.Rules = append([]Rule(nil), p.Rules...)
		gs = append(gs, group{profile: &p, rules: p.Rules})
	}
	return func(c *config) { c.groups = append(c.groups, gs...) }
}

// WithoutBuiltins leaves the built-in rules out, so that only the rules and
// profiles given run. Codes of built-in rules stay reserved.
func WithoutBuiltins() ValidatorOption { return func(c *config) { c.noBuiltins = true } }

// NewValidator returns a Validator that runs the built-in rules (unless
// [WithoutBuiltins] is given) and then the rules and profiles of the
// options. It refuses, with every problem joined in one error, each
// [*RuleError]: a rule without a code, a check or an English
// message, a malformed code or an unknown severity ([ErrInvalidRule]); a
// code already taken by a built-in rule or another rule
// ([ErrDuplicateCode]); a profile without a name, or a profile rule whose
// code does not start with the profile's name and a dot ([ErrInvalidRule]).
//
// A nil option is skipped.
func NewValidator(opts ...ValidatorOption) (*Validator, error) {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	v := &Validator{builtins: !c.noBuiltins, when: c.when}
	taken := map[Code]string{}
	for _, d := range Defs() {
		taken[d.Code] = "a built-in rule"
	}
	if v.builtins {
		v.defs = Defs()
	} else {
		for _, d := range validatorDefs {
			v.defs = append(v.defs, *d)
		}
	}
	var errs []error
	for _, g := range c.groups {
		prof := ""
		if g.profile != nil {
			prof = g.profile.Name
			if !validName(prof) {
				errs = append(errs, &RuleError{Profile: prof, Index: -1, Err: ErrInvalidRule,
					Reason: fmt.Sprintf("profile name %q is not lower-case words joined by \"-\"", prof)})
			}
		}
		for i, rule := range g.rules {
			fail := func(err error, format string, args ...any) {
				errs = append(errs, &RuleError{Code: rule.Def.Code, Profile: prof, Index: i, Err: err, Reason: fmt.Sprintf(format, args...)})
			}
			if rule.Def.Code == "" {
				fail(ErrInvalidRule, "no code")
				continue
			}
			d := &rule.Def
			ok := true
			if rule.Check == nil {
				fail(ErrInvalidRule, "no check")
				ok = false
			}
			if !validCode(d.Code) {
				fail(ErrInvalidRule, "code %q is not lower-case words joined by \"-\" and namespaced with \".\"", d.Code)
				ok = false
			} else if prof != "" && !strings.HasPrefix(string(d.Code), prof+".") {
				fail(ErrInvalidRule, "code does not start with the profile's name %q and a dot", prof)
				ok = false
			}
			switch d.Severity {
			case finding.Error, finding.Warning, finding.Info:
			default:
				fail(ErrInvalidRule, "unknown severity %q", d.Severity)
				ok = false
			}
			if d.Message.EN == "" {
				fail(ErrInvalidRule, "no English message")
				ok = false
			}
			where := "WithRules"
			if prof != "" {
				where = "profile " + prof
			}
			if other, dup := taken[d.Code]; dup {
				fail(ErrDuplicateCode, "the code is already registered by %s", other)
				continue
			}
			taken[d.Code] = where
			if ok {
				v.rules = append(v.rules, rule)
				v.defs = append(v.defs, *d)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return v, nil
}

// validCode reports whether c is lower-case words of letters and digits
// joined by "-", in at least two parts joined by ".".
func validCode(c Code) bool {
	parts := strings.Split(string(c), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !validName(p) {
			return false
		}
	}
	return true
}

// validName reports whether s is lower-case words of letters and digits
// joined by single "-".
func validName(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Validate checks the agreement and returns every finding: those of the
// built-in rules first, in the order [Validate] gives them, then those of
// each rule in the order the rules were given. A rule that panics is
// reported as [CodeRulePanicked] and the other rules still run. A valid
// agreement gives nil and, when the rules themselves do not allocate, costs
// no allocation. A nil agreement gives one finding, [CodeAgreementMissing] at
// "". A nil *Validator runs the built-in rules only, as [Validate] does.
func (v *Validator) Validate(a *Agreement) Findings {
	if v == nil {
		return Validate(a)
	}
	if a == nil {
		return missing()
	}
	list := lists.Get().(*Findings)
	defer func() { *list = nil; lists.Put(list) }()
	final, lang := a.Status == Final, a.MainLang()
	if v.builtins {
		runBuiltins(a, finding.NewReporter(list, final, a.textLang()), v.when)
	}
	for i := range v.rules {
		rule := &v.rules[i]
		runRule(rule, a, Reporter{list: list, def: &rule.Def, final: final, lang: lang})
	}
	return *list
}

// Defs returns the definition of every code v can report, in a stable
// order: the built-in codes as [Defs] lists them (or only [CodeRulePanicked]
// without the built-ins), then the codes of the rules in the order they
// run. A nil *Validator gives [Defs].
func (v *Validator) Defs() []Def {
	if v == nil {
		return Defs()
	}
	return append([]Def(nil), v.defs...)
}

// Rules returns the rules v runs after the built-in rules, in order; nil
// for a nil *Validator.
func (v *Validator) Rules() []Rule {
	if v == nil {
		return nil
	}
	return append([]Rule(nil), v.rules...)
}

// runBuiltins runs the built-in rules, reporting a panic among them as
// CodeRulePanicked.
func runBuiltins(a *Agreement, r finding.Reporter, w when) {
	defer func() {
		if p := recover(); p != nil {
			r.Add(&rulePanicked, "", builtinName, panicText(p))
		}
	}()
	a.builtins(r, w)
}

// runRule runs one rule, reporting a panic as CodeRulePanicked.
func runRule(rule *Rule, a *Agreement, r Reporter) {
	defer func() {
		if p := recover(); p != nil {
			r.list.Add(&rulePanicked, "", string(rule.Def.Code), panicText(p))
		}
	}()
	rule.Check(a, r)
}

// panicText writes what a panic said once, so that the finding does not
// keep the panic value alive or change with it.
// fmt recovers from a panic in the value's own Error or String method.
func panicText(p any) string { return fmt.Sprint(p) }
