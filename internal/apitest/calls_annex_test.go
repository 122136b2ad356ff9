package apitest

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
)

// reporter returns a usable finding.Reporter, for the calls whose subject
// is not the reporter.
func reporter() finding.Reporter { return finding.NewReporter(new(finding.List), false, "") }

var annexCalls = calls{
	"annex.Defs":                   func() { use(annex.Defs()) },
	"annex.Audit.IsZero":           func() { use(annex.Audit{}.IsZero()) },
	"annex.Authorisation.Valid":    func() { use(annex.Authorisation("").Valid()) },
	"annex.ObjectionGrounds.Valid": func() { use(annex.ObjectionGrounds("").Valid()) },
	"annex.ObjectionGrounds.In":    func() { use(annex.ObjectionGrounds("").In("")) },
	"annex.ObjectionGrounds.Def":   func() { use(annex.ObjectionGrounds("").Def()) },
	"annex.ObjectionExit.Valid":    func() { use(annex.ObjectionExit("").Valid()) },
	"annex.ObjectionExit.In":       func() { use(annex.ObjectionExit("").In("")) },
	"annex.ObjectionExit.Def":      func() { use(annex.ObjectionExit("").Def()) },
	"annex.SubProcessors.Grounds":  func() { use(annex.SubProcessors{}.Grounds()) },
	"annex.SubProcessors.Exit":     func() { use(annex.SubProcessors{}.Exit()) },
	"annex.ExitAction.Valid":       func() { use(annex.ExitAction("").Valid()) },
	"annex.ExitAction.Def":         func() { use(annex.ExitAction("").Def()) },
	"annex.ExitAction.In":          func() { use(annex.ExitAction("").In("")) },
	"annex.Exit.IsZero":            func() { use(annex.Exit{}.IsZero()) },
	"annex.Chain.Children":         func() { use(annex.Chain{}.Children()) },
	"annex.ConfidentialData.Valid": func() { use(annex.ConfidentialData("").Valid()) },
	"annex.Costs.Valid":            func() { use(annex.Costs("").Valid()) },
	"annex.AuditRole.Valid":        func() { use(annex.AuditRole("").Valid()) },
	"annex.AuditRole.Def":          func() { use(annex.AuditRole("").Def()) },
	"annex.AuditRole.In":           func() { use(annex.AuditRole("").In("")) },
	"annex.Group.HasData":          func() { use(annex.Group{}.HasData()) },
	"annex.Group.Sensitive":        func() { use(annex.Group{}.Sensitive()) },
	"annex.Instructions.Check":     func() { annex.Instructions{}.Check(finding.Reporter{}, "") },
	"annex.Instructions.CheckFor":  func() { annex.Instructions{}.CheckFor(finding.Reporter{}, "", nil) },
	"annex.Instructions.Check#reporter": func() {
		annex.Instructions{}.Check(reporter(), "")
	},
	"annex.OrdinaryData.Valid": func() { use(annex.OrdinaryData("").Valid()) },
	"annex.Processing.Check":   func() { annex.Processing{}.Check(finding.Reporter{}, "") },
	"annex.Processing.Check#reporter": func() {
		annex.Processing{Groups: []annex.Group{{}}}.Check(reporter(), "")
	},
	"annex.Processing.Confidential":      func() { use(annex.Processing{}.Confidential()) },
	"annex.Processing.SpecialCategories": func() { use(annex.Processing{}.SpecialCategories()) },
	"annex.Processing.OwnSubject":        func() { use(annex.Processing{}.OwnSubject()) },
	"annex.SpecialCategory.Valid":        func() { use(annex.SpecialCategory("").Valid()) },
	"annex.SubProcessors.EngagesGeneral": func() { use(annex.SubProcessors{}.EngagesGeneral()) },
	"annex.SubProcessors.AnyGeneral":     func() { use(annex.SubProcessors{}.AnyGeneral()) },
	"annex.SubProcessors.AuthorisationFor#chain": func() {
		use(annex.SubProcessors{Entries: []annex.SubProcessor{{ID: "a", EngagedBy: "a"}}}.AuthorisationFor(annex.SubProcessor{EngagedBy: "a"}))
	},
	"annex.SubProcessors.AuthorisationFor": func() {
		use(annex.SubProcessors{}.AuthorisationFor(annex.SubProcessor{}))
	},
	"annex.SubProcessors.Chain": func() { use(annex.SubProcessors{}.Chain()) },
	"annex.SubProcessors.Check": func() { annex.SubProcessors{}.Check(finding.Reporter{}, "") },
	"annex.SubProcessors.Check#reporter": func() {
		annex.SubProcessors{Entries: []annex.SubProcessor{{}, {}}}.Check(reporter(), "")
	},
	"annex.SubProcessors.Index":    func() { use(annex.SubProcessors{}.Index()) },
	"annex.SubProcessor.ActiveOn":  func() { use(annex.SubProcessor{}.ActiveOn(civil.Date{})) },
	"annex.Authorisation.In":       func() { use(annex.Authorisation("").In("")) },
	"annex.Authorisation.In#xx":    func() { use(annex.General.In("xx")) },
	"annex.ConfidentialData.In":    func() { use(annex.ConfidentialData("").In("")) },
	"annex.ConfidentialData.In#xx": func() { use(annex.BankDetails.In("xx")) },
	"annex.Costs.In":               func() { use(annex.Costs("").In("")) },
	"annex.Costs.In#xx":            func() { use(annex.ControllerPays.In("xx")) },
	"annex.OrdinaryData.In":        func() { use(annex.OrdinaryData("").In("")) },
	"annex.OrdinaryData.In#xx":     func() { use(annex.Email.In("xx")) },
	"annex.SpecialCategory.In":     func() { use(annex.SpecialCategory("").In("")) },
	"annex.SpecialCategory.In#xx":  func() { use(annex.PoliticalOpinions.In("xx")) },
	"annex.Authorisation.Def":      func() { use(annex.Authorisation("").Def()) },
	"annex.ConfidentialData.Def":   func() { use(annex.ConfidentialData("").Def()) },
	"annex.Costs.Def":              func() { use(annex.Costs("").Def()) },
	"annex.OrdinaryData.Def":       func() { use(annex.OrdinaryData("").Def()) },
	"annex.SpecialCategory.Def":    func() { use(annex.SpecialCategory("").Def()) },
}
