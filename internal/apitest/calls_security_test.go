package apitest

import (
	"slices"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/security"
)

var securityCalls = calls{
	"security.AuditForm.Assurance":    func() { use(security.AuditForm("").Assurance()) },
	"security.AuditForm.Def":          func() { use(security.AuditForm("").Def()) },
	"security.AuditForm.In":           func() { use(security.AuditForm("").In("")) },
	"security.AuditForm.Satisfies":    func() { use(security.AuditForm("").Satisfies("")) },
	"security.AuditForm.Valid":        func() { use(security.AuditForm("").Valid()) },
	"security.LevelForScore":          func() { use(security.LevelForScore(0)) },
	"security.Level.Def":              func() { use(security.Level("").Def()) },
	"security.Level.In":               func() { use(security.Level("").In("")) },
	"security.Level.MinimumAudit":     func() { use(security.Level("").MinimumAudit()) },
	"security.Level.Rank":             func() { use(security.Level("").Rank()) },
	"security.Level.RequiredMeasures": func() { use(security.Level("").RequiredMeasures()) },
	"security.Level.Valid":            func() { use(security.Level("").Valid()) },
	"security.LogField.Def":           func() { use(security.LogField("").Def()) },
	"security.LogField.Valid":         func() { use(security.LogField("").Valid()) },
	"security.AuditPolicy.Valid":      func() { use(security.AuditPolicy("").Valid()) },
	"security.AuditPolicy.Def":        func() { use(security.AuditPolicy("").Def()) },
	"security.AuditPolicy.In":         func() { use(security.AuditPolicy("").In("")) },
	"security.AuditPolicy.Accepts":    func() { use(security.AuditPolicy("").Accepts("", "")); use(security.AuditPolicy("x").Accepts("", "")) },
	"security.Bound.Valid":            func() { use(security.Bound("").Valid()) },
	"security.Bound.Def":              func() { use(security.Bound("").Def()) },
	"security.Bound.In":               func() { use(security.Bound("").In("")) },
	"security.Logging.Keeps": func() {
		use((*security.Logging)(nil).Keeps(civil.Period{}))
		use((&security.Logging{}).Keeps(civil.Period{}))
	},
	"security.Logging.DeletesBy": func() {
		use((*security.Logging)(nil).DeletesBy(civil.Period{}))
		use((&security.Logging{}).DeletesBy(civil.Period{}))
	},
	"security.HSLFLogging":          func() { use(security.HSLFLogging()) },
	"security.MeasureID.Def":        func() { use(security.MeasureID("").Def()) },
	"security.MeasureID.Valid":      func() { use(security.MeasureID("").Valid()) },
	"security.Problem.String":       func() { use(security.Problem{}.String()) },
	"security.Requirements.Has":     func() { use(security.Requirements{}.Has("")) },
	"security.Requirements.Measure": func() { use(security.Requirements{}.Measure("")) },
	"security.Requirements.Without": func() { use(security.Requirements{}.Without("")) },
	"security.Requirements.IDs":     func() { use(security.Requirements{}.IDs()) },
	"security.Requirements.Missing": func() { use(slices.Collect(security.Requirements{}.Missing(""))) },
	"security.Requirements.Missing#high": func() {
		use(slices.Collect(security.Requirements{}.Missing(security.High)))
	},
	"security.Requirements.Problems": func() {
		for range (security.Requirements{}).Problems() {
		}
	},
	"security.Requirements.Problems#zero-measures": func() {
		r := security.Requirements{Logging: &security.Logging{}, AccessControl: &security.AccessControl{},
			EncryptionAtRest: &security.Encryption{}, EncryptionInTransit: &security.Encryption{}}
		for range r.Problems() {
		}
	},
	"security.Risk.Level":         func() { use(security.Risk{}.Level()) },
	"security.Risk.Score":         func() { use(security.Risk{}.Score()) },
	"security.BandFor":            func() { use(security.BandFor(0)) },
	"security.SubjectBand.Def":    func() { use(security.SubjectBand("").Def()) },
	"security.SubjectBand.Points": func() { use(security.SubjectBand("").Points()) },
	"security.SubjectBand.Valid":  func() { use(security.SubjectBand("").Valid()) },
	"security.LogField.In":        func() { use(security.LogField("").In("")) },
	"security.LogField.In#xx":     func() { use(security.LogUser.In("xx")) },
	"security.MeasureID.In":       func() { use(security.MeasureID("").In("")) },
	"security.MeasureID.In#xx":    func() { use(security.MeasureLogging.In("xx")) },
	"security.Problem.In":         func() { use(security.Problem{}.In("")) },
	"security.Problem.In#xx": func() {
		use(security.Problem{Code: security.UnknownUnit, Value: "fortnights"}.In("xx"))
	},
	"security.SubjectBand.In":    func() { use(security.SubjectBand("").In("")) },
	"security.SubjectBand.In#xx": func() { use(security.Under1000.In("xx")) },
}
