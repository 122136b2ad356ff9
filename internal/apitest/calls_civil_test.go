package apitest

import (
	"time"

	"github.com/dpakit/dpakit/civil"
)

var civilCalls = calls{
	"civil.DaysIn":   func() { use(civil.DaysIn(0, 0)) },
	"civil.UnitName": func() { use(civil.UnitName("", 0, "")) },
	"civil.D":        func() { use(civil.D(0, 0, 0)) },
	"civil.DateOf":   func() { use(civil.DateOf(time.Time{})) },
	"civil.ParseDate": func() {
		use(civil.ParseDate(""))
	},
	"civil.Of":                 func() { use(civil.Of(0, "")) },
	"civil.Date.AddDays":       func() { use(civil.Date{}.AddDays(0)) },
	"civil.Date.AddMonths":     func() { use(civil.Date{}.AddMonths(0)) },
	"civil.Date.After":         func() { use(civil.Date{}.After(civil.Date{})) },
	"civil.Date.Before":        func() { use(civil.Date{}.Before(civil.Date{})) },
	"civil.Date.Compare":       func() { use(civil.Date{}.Compare(civil.Date{})) },
	"civil.Date.Start":         func() { use(civil.Date{}.Start(nil)) },
	"civil.Date.In":            func() { use(civil.Date{}.In("")) },
	"civil.Date.IsZero":        func() { use(civil.Date{}.IsZero()) },
	"civil.Date.MarshalText":   func() { use(civil.Date{}.MarshalText()) },
	"civil.Date.String":        func() { use(civil.Date{}.String()) },
	"civil.Date.Valid":         func() { use(civil.Date{}.Valid()) },
	"civil.Date.Weekday":       func() { use(civil.Date{}.Weekday()) },
	"civil.Date.UnmarshalText": func() { var d civil.Date; use(d.UnmarshalText(nil)) },
	"civil.Date.UnmarshalText#nil-receiver": func() {
		var d *civil.Date
		use(d.UnmarshalText(nil))
	},
	"civil.Period.AddTo":     func() { use(civil.Period{}.AddTo(time.Time{})) },
	"civil.Period.AddToDate": func() { use(civil.Period{}.AddToDate(civil.Date{})) },
	"civil.Period.Bounds":    func() { use(civil.Period{}.Bounds()) },
	"civil.Period.Check":     func() { use(civil.Period{}.Check()) },
	"civil.Period.Compare":   func() { use(civil.Period{}.Compare(civil.Period{})) },
	"civil.Period.In":        func() { use(civil.Period{}.In("")) },
	"civil.Period.IsZero":    func() { use(civil.Period{}.IsZero()) },
	"civil.Period.String":    func() { use(civil.Period{}.String()) },
	"civil.Period.Valid":     func() { use(civil.Period{}.Valid()) },
	"civil.Unit.Valid":       func() { use(civil.Unit("").Valid()) },
	"civil.Unit.Def":         func() { use(civil.Unit("").Def()) },
	"civil.Unit.In":          func() { use(civil.Unit("").In("")) },
}
