package apitest

import (
	"os"
	"strings"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

// nilAgreement is a nil *dpa.Agreement, for the methods' nil receivers.
var nilAgreement *dpa.Agreement

// anyCode is a Def good enough for a validator to accept a rule.
var anyCode = dpa.Def{Code: "apitest.any", Severity: finding.Warning, Message: i18n.T("any")}

var dpaCalls = calls{
	"dpa.AuthorityDeadline":         func() { use(dpa.AuthorityDeadline(time.Time{}, nil)) },
	"dpa.Encode":                    func() { use(dpa.Encode(nil)) },
	"dpa.Digest":                    func() { use(dpa.Digest(nil)) },
	"dpa.Digest#zero":               func() { use(dpa.Digest(&dpa.Agreement{})) },
	"dpa.Agreement.Reference":       func() { use(nilAgreement.Reference()) },
	"dpa.Agreement.Reference#zero":  func() { use((&dpa.Agreement{}).Reference()) },
	"dpa.AsOf":                      func() { use(dpa.NewValidator(dpa.AsOf(civil.Date{}))) },
	"dpa.LeadTime":                  func() { use(dpa.NewValidator(dpa.LeadTime(civil.Period{}))) },
	"dpa.Encode#zero":               func() { use(dpa.Encode(&dpa.Agreement{})) },
	"dpa.Decode":                    func() { use(dpa.Decode(nil)) },
	"dpa.Decode#null":               func() { use(dpa.Decode([]byte("null"))) },
	"dpa.Decode#empty-object":       func() { use(dpa.Decode([]byte("{}"))) },
	"dpa.Pointer":                   func() { use(dpa.Pointer()) },
	"dpa.Pointer#nil-part":          func() { use(dpa.Pointer(nil, (*int)(nil))) },
	"dpa.Schema":                    func() { use(dpa.Schema()) },
	"dpa.Schema#nil-option":         func() { use(dpa.Schema(nil)) },
	"dpa.SchemaID":                  func() { use(dpa.SchemaID("")) },
	"dpa.SchemaLang":                func() { use(dpa.Schema(dpa.SchemaLang(""))) },
	"dpa.SchemaVariant":             func() { use(dpa.Schema(dpa.SchemaVariant(0))) },
	"dpa.SchemaTextLangs":           func() { use(dpa.Schema(dpa.SchemaTextLangs())) },
	"dpa.SchemaTextLangs#nil":       func() { use(dpa.Schema(dpa.SchemaTextLangs(nil...))) },
	"dpa.SchemaTextLangs#zero":      func() { use(dpa.Schema(dpa.SchemaTextLangs(""))) },
	"dpa.UISchema":                  func() { use(dpa.UISchema(0, "")) },
	"dpa.UITool.String":             func() { use(dpa.UITool(0).String()) },
	"dpa.Agreement.BreachDeadlines": func() { use(nilAgreement.BreachDeadlines("", time.Time{}, nil)) },
	"dpa.Agreement.BreachDeadlines#zero": func() {
		use((&dpa.Agreement{}).BreachDeadlines("", time.Time{}, nil))
	},
	"dpa.Agreement.ChangeDeadlines": func() { use(nilAgreement.ChangeDeadlines(time.Time{}, nil, "")) },
	"dpa.Agreement.Zone":            func() { use(nilAgreement.Zone()) },
	"dpa.Agreement.Zone#zero":       func() { use((&dpa.Agreement{}).Zone()) },
	"dpa.Agreement.ZoneName":        func() { use(nilAgreement.ZoneName()) },
	"dpa.Agreement.ZoneName#zero":   func() { use((&dpa.Agreement{}).ZoneName()) },
	"dpa.Agreement.ChangeDeadlines#zero": func() {
		use((&dpa.Agreement{}).ChangeDeadlines(time.Time{}, nil, "x"))
	},
	"dpa.Agreement.MainLang":       func() { use(nilAgreement.MainLang()) },
	"dpa.Agreement.MainLang#zero":  func() { use((&dpa.Agreement{}).MainLang()) },
	"dpa.Agreement.Normalize":      func() { nilAgreement.Normalize() },
	"dpa.Agreement.Normalize#zero": func() { (&dpa.Agreement{}).Normalize() },
	"dpa.DecodeError.Error":        func() { use((&dpa.DecodeError{}).Error()) },
	"dpa.DecodeError.Error#nil":    func() { var e *dpa.DecodeError; use(e.Error()) },
	"dpa.DecodeError.Unwrap":       func() { use((&dpa.DecodeError{}).Unwrap()) },
	"dpa.DecodeError.Unwrap#nil":   func() { var e *dpa.DecodeError; use(e.Unwrap()) },
	"dpa.Defs":                     func() { use(dpa.Defs()) },
	"dpa.Validate":                 func() { use(dpa.Validate(nil)) },
	"dpa.Validate#zero":            func() { use(dpa.Validate(&dpa.Agreement{})) },
	"dpa.Money.AmountString":       func() { use(dpa.Money{}.AmountString()) },
	"dpa.Money.IsZero":             func() { use(dpa.Money{}.IsZero()) },
	"dpa.Money.In":                 func() { use(dpa.Money{}.In("")) },
	"dpa.Money.In#xx":              func() { use(dpa.Money{Currency: "SEK"}.In("xx")) },
	"dpa.Money.MarshalJSON":        func() { use(dpa.Money{}.MarshalJSON()) },
	"dpa.Money.String":             func() { use(dpa.Money{}.String()) },
	"dpa.Money.UnmarshalJSON":      func() { var m dpa.Money; use(m.UnmarshalJSON(nil)) },
	"dpa.Money.UnmarshalJSON#nil-receiver": func() {
		var m *dpa.Money
		use(m.UnmarshalJSON([]byte(`{"amount":"1","currency":"SEK"}`)))
	},
	"dpa.WithProfiles":           func() { use(dpa.NewValidator(dpa.WithProfiles())) },
	"dpa.WithProfiles#zero":      func() { use(dpa.NewValidator(dpa.WithProfiles(dpa.Profile{}))) },
	"dpa.WithProfiles#zero-rule": func() { use(dpa.NewValidator(dpa.WithProfiles(dpa.Profile{Rules: []dpa.Rule{{}}}))) },
	"dpa.WithRules":              func() { use(dpa.NewValidator(dpa.WithRules())) },
	"dpa.WithRules#zero-rule":    func() { use(dpa.NewValidator(dpa.WithRules(dpa.Rule{}))) },
	"dpa.WithRules#nil-check":    func() { use(dpa.NewValidator(dpa.WithRules(dpa.Rule{Def: anyCode}))) },
	"dpa.WithRules#zero-def": func() {
		use(dpa.NewValidator(dpa.WithRules(dpa.Rule{Def: dpa.Def{}, Check: func(*dpa.Agreement, dpa.Reporter) {}})))
	},
	"dpa.WithoutBuiltins":         func() { use(dpa.NewValidator(dpa.WithoutBuiltins())) },
	"dpa.NewValidator":            func() { use(dpa.NewValidator()) },
	"dpa.NewValidator#nil-option": func() { use(dpa.NewValidator(nil)) },
	"dpa.Validator.Defs":          func() { var v *dpa.Validator; use(v.Defs()) },
	"dpa.Validator.Defs#zero":     func() { use((&dpa.Validator{}).Defs()) },
	"dpa.Validator.Rules":         func() { var v *dpa.Validator; use(v.Rules()) },
	"dpa.Validator.Rules#zero":    func() { use((&dpa.Validator{}).Rules()) },
	"dpa.Validator.Validate":      func() { var v *dpa.Validator; use(v.Validate(examples.Reference())) },
	"dpa.Validator.Validate#zero": func() { use((&dpa.Validator{}).Validate(&dpa.Agreement{})) },
	"dpa.Validator.Validate#nil-agreement": func() {
		v, err := dpa.NewValidator()
		if err != nil {
			panic(err)
		}
		use(v.Validate(nil))
	},
	"dpa.Reporter.Add":   func() { dpa.Reporter{}.Add("") },
	"dpa.Reporter.AddAs": func() { dpa.Reporter{}.AddAs("", "") },
	"dpa.Reporter.Blank": func() { dpa.Reporter{}.Blank("") },
	"dpa.Reporter.Final": func() { use(dpa.Reporter{}.Final()) },
	"dpa.Reporter.Lang":  func() { use(dpa.Reporter{}.Lang()) },
	"dpa.Reporter.Add#in-a-rule": func() {
		rule := dpa.Rule{Def: anyCode, Check: func(a *dpa.Agreement, r dpa.Reporter) {
			r.Add("", nil)
			r.AddAs("", "")
			r.Blank("", nil)
			use(r.Final(), r.Lang())
		}}
		v, err := dpa.NewValidator(dpa.WithoutBuiltins(), dpa.WithRules(rule))
		if err != nil {
			panic(err)
		}
		use(v.Validate(&dpa.Agreement{}))
	},
	"dpa.RuleError.Error":           func() { use((&dpa.RuleError{}).Error()) },
	"dpa.RuleError.Error#nil":       func() { var e *dpa.RuleError; use(e.Error()) },
	"dpa.RuleError.Unwrap":          func() { use((&dpa.RuleError{}).Unwrap()) },
	"dpa.RuleError.Unwrap#nil":      func() { var e *dpa.RuleError; use(e.Unwrap()) },
	"dpa.Agreement.Value":           func() { use(nilAgreement.Value()) },
	"dpa.Agreement.Value#zero":      func() { use((&dpa.Agreement{}).Value()) },
	"dpa.Agreement.Scan":            func() { use(nilAgreement.Scan(nil)); use((&dpa.Agreement{}).Scan(nil)) },
	"dpa.Agreement.Scan#zero":       func() { use((&dpa.Agreement{}).Scan([]byte{})); use((&dpa.Agreement{}).Scan("")) },
	"dpa.Agreement.Clone":           func() { use(nilAgreement.Clone()) },
	"dpa.Agreement.Clone#zero":      func() { use((&dpa.Agreement{}).Clone()) },
	"dpa.Agreement.Normalized":      func() { use(nilAgreement.Normalized()) },
	"dpa.Agreement.Normalized#zero": func() { use((&dpa.Agreement{}).Normalized()) },
	"dpa.DecodeReader":              func() { use(dpa.DecodeReader(nil)) },
	"dpa.DecodeReader#empty":        func() { use(dpa.DecodeReader(strings.NewReader(""))) },
	"dpa.DecodeReader#nil-file":     func() { use(dpa.DecodeReader((*os.File)(nil))) },
	"dpa.BreachKind.In":             func() { use(dpa.BreachKind("").In("")) },
	"dpa.BreachKind.In#xx":          func() { use(dpa.AnyBreach.In("xx")) },
	"dpa.Confidentiality.In":        func() { use(dpa.Confidentiality("").In("")) },
	"dpa.Confidentiality.In#xx":     func() { use(dpa.BothSecrecy.In("xx")) },
	"dpa.EndAction.In":              func() { use(dpa.EndAction("").In("")) },
	"dpa.EndAction.In#xx":           func() { use(dpa.Delete.In("xx")) },
	"dpa.Precedence.In":             func() { use(dpa.Precedence("").In("")) },
	"dpa.Precedence.In#xx":          func() { use(dpa.ThisAgreementPrevails.In("xx")) },
	"dpa.Status.In":                 func() { use(dpa.Status("").In("")) },
	"dpa.Status.In#xx":              func() { use(dpa.Final.In("xx")) },
	"dpa.Template.In":               func() { use(dpa.Template("").In("")) },
	"dpa.Template.In#xx":            func() { use(dpa.EU2021915.In("xx")) },
	"dpa.TermKind.In":               func() { use(dpa.TermKind("").In("")) },
	"dpa.TermKind.In#xx":            func() { use(dpa.FixedDate.In("xx")) },
	"dpa.BreachKind.Def":            func() { use(dpa.BreachKind("").Def()) },
	"dpa.BreachKind.Valid":          func() { use(dpa.BreachKind("").Valid()) },
	"dpa.Confidentiality.Def":       func() { use(dpa.Confidentiality("").Def()) },
	"dpa.Confidentiality.Valid":     func() { use(dpa.Confidentiality("").Valid()) },
	"dpa.EndAction.Def":             func() { use(dpa.EndAction("").Def()) },
	"dpa.EndAction.Valid":           func() { use(dpa.EndAction("").Valid()) },
	"dpa.Precedence.Def":            func() { use(dpa.Precedence("").Def()) },
	"dpa.Precedence.Valid":          func() { use(dpa.Precedence("").Valid()) },
	"dpa.LiabilityBasis.Def":        func() { use(dpa.LiabilityBasis("").Def()) },
	"dpa.LiabilityBasis.Valid":      func() { use(dpa.LiabilityBasis("").Valid()) },
	"dpa.LiabilityBasis.In":         func() { use(dpa.LiabilityBasis("").In("")) },
	"dpa.Exposure.Def":              func() { use(dpa.Exposure("").Def()) },
	"dpa.Exposure.Valid":            func() { use(dpa.Exposure("").Valid()) },
	"dpa.Exposure.In":               func() { use(dpa.Exposure("").In("")) },
	"dpa.TerminationNotice.Def":     func() { use(dpa.TerminationNotice("").Def()) },
	"dpa.TerminationNotice.Valid":   func() { use(dpa.TerminationNotice("").Valid()) },
	"dpa.TerminationNotice.In":      func() { use(dpa.TerminationNotice("").In("")) },
	"dpa.ReturnFormat.Def":          func() { use(dpa.ReturnFormat("").Def()) },
	"dpa.ReturnFormat.Valid":        func() { use(dpa.ReturnFormat("").Valid()) },
	"dpa.ReturnFormat.In":           func() { use(dpa.ReturnFormat("").In("")) },
	"dpa.AssistanceWork.Def":        func() { use(dpa.AssistanceWork("").Def()) },
	"dpa.AssistanceWork.Valid":      func() { use(dpa.AssistanceWork("").Valid()) },
	"dpa.AssistanceWork.In":         func() { use(dpa.AssistanceWork("").In("")) },
	"dpa.Payee.Def":                 func() { use(dpa.Payee("").Def()) },
	"dpa.Payee.Valid":               func() { use(dpa.Payee("").Valid()) },
	"dpa.Payee.In":                  func() { use(dpa.Payee("").In("")) },
	"dpa.Liability.IsZero":          func() { use(dpa.Liability{}.IsZero()) },
	"dpa.LiabilityCap.IsZero":       func() { use(dpa.LiabilityCap{}.IsZero()) },
	"dpa.Remedies.IsZero":           func() { use(dpa.Remedies{}.IsZero()) },
	"dpa.Status.Def":                func() { use(dpa.Status("").Def()) },
	"dpa.Status.Valid":              func() { use(dpa.Status("").Valid()) },
	"dpa.Template.Def":              func() { use(dpa.Template("").Def()) },
	"dpa.Template.Valid":            func() { use(dpa.Template("").Valid()) },
	"dpa.TermKind.Def":              func() { use(dpa.TermKind("").Def()) },
	"dpa.TermKind.Valid":            func() { use(dpa.TermKind("").Valid()) },
}
