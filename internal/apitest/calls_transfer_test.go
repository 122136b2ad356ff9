package apitest

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/transfer"
)

var transferCalls = calls{
	"transfer.Condition.Valid":       func() { use(transfer.Condition("").Valid()) },
	"transfer.Country.EEA":           func() { use(transfer.Country("").EEA()) },
	"transfer.Country.Normalize":     func() { use(transfer.Country("").Normalize()) },
	"transfer.Country.Valid":         func() { use(transfer.Country("").Valid()) },
	"transfer.DecisionFor":           func() { use(transfer.DecisionFor(transfer.Location{}, civil.Date{})) },
	"transfer.Decision.Applies":      func() { use(transfer.Decision{}.Applies(civil.Date{})) },
	"transfer.InstructionKind.Def":   func() { use(transfer.InstructionKind("").Def()) },
	"transfer.InstructionKind.Valid": func() { use(transfer.InstructionKind("").Valid()) },
	"transfer.Location.EEA":          func() { use(transfer.Location{}.EEA()) },
	"transfer.Location.Name":         func() { use(transfer.Location{}.Name("")) },
	"transfer.Location.Normalize":    func() { use(transfer.Location{}.Normalize()) },
	"transfer.Location.Valid":        func() { use(transfer.Location{}.Valid()) },
	"transfer.Mechanism.Def":         func() { use(transfer.Mechanism("").Def()) },
	"transfer.Mechanism.Valid":       func() { use(transfer.Mechanism("").Valid()) },
	"transfer.Organisation.Normalize": func() {
		use(transfer.Organisation("").Normalize())
	},
	"transfer.Organisation.Valid": func() { use(transfer.Organisation("").Valid()) },
	"transfer.ParseReason":        func() { use(transfer.ParseReason("")) },
	"transfer.Reason.Blocking":    func() { use(transfer.Reason(0).Blocking()) },
	"transfer.Reason.MarshalText": func() { use(transfer.Reason(0).MarshalText()) },
	"transfer.Reason.Ref":         func() { use(transfer.Reason(0).Ref()) },
	"transfer.Reason.String":      func() { use(transfer.Reason(0).String()) },
	"transfer.Reason.UnmarshalText": func() {
		var r transfer.Reason
		use(r.UnmarshalText(nil))
	},
	"transfer.Reason.UnmarshalText#nil-receiver": func() {
		var r *transfer.Reason
		use(r.UnmarshalText(nil))
	},
	"transfer.Reason.Valid":        func() { use(transfer.Reason(0).Valid()) },
	"transfer.Reasons.Has":         func() { use(transfer.Reasons(0).Has(0)) },
	"transfer.Reasons.List":        func() { use(transfer.Reasons(0).List()) },
	"transfer.Reasons.MarshalJSON": func() { use(transfer.Reasons(0).MarshalJSON()) },
	"transfer.Reasons.String":      func() { use(transfer.Reasons(0).String()) },
	"transfer.Reasons.UnmarshalJSON": func() {
		var r transfer.Reasons
		use(r.UnmarshalJSON(nil))
	},
	"transfer.Reasons.UnmarshalJSON#nil-receiver": func() {
		var r *transfer.Reasons
		use(r.UnmarshalJSON(nil))
	},
	"transfer.Assess":                func() { use(transfer.Assess(transfer.Query{})) },
	"transfer.Condition.In":          func() { use(transfer.Condition("").In("")) },
	"transfer.Condition.In#xx":       func() { use(transfer.PartialScope.In("xx")) },
	"transfer.Country.In":            func() { use(transfer.Country("").In("")) },
	"transfer.Country.In#xx":         func() { use(transfer.Country("SE").In("xx")) },
	"transfer.InstructionKind.In":    func() { use(transfer.InstructionKind("").In("")) },
	"transfer.InstructionKind.In#xx": func() { use(transfer.OnlyListed.In("xx")) },
	"transfer.Location.In":           func() { use(transfer.Location{}.In("")) },
	"transfer.Location.In#xx":        func() { use(transfer.Location{Country: "US", Place: "x"}.In("xx")) },
	"transfer.Mechanism.In":          func() { use(transfer.Mechanism("").In("")) },
	"transfer.Mechanism.In#xx":       func() { use(transfer.SCC.In("xx")) },
	"transfer.Organisation.In":       func() { use(transfer.Organisation("").In("")) },
	"transfer.Organisation.In#xx":    func() { use(transfer.EuropeanPatentOrganisation.In("xx")) },
	"transfer.Reason.In":             func() { use(transfer.Reason(0).In("")) },
	"transfer.Reason.In#xx":          func() { use(transfer.Reason(1).In("xx")) },
	"transfer.Reasons.In":            func() { use(transfer.Reasons(0).In("")) },
	"transfer.Reasons.In#xx":         func() { use(transfer.Reasons(7).In("xx")) },
	"transfer.Condition.Def":         func() { use(transfer.Condition("").Def()) },
	"transfer.Organisation.Def":      func() { use(transfer.Organisation("").Def()) },
}
