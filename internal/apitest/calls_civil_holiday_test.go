package apitest

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/civil/holiday"
)

var holidayCalls = calls{
	"holiday.Countries": func() { use(holiday.Countries()) },
	"holiday.Easter":    func() { use(holiday.Easter(0)) },
	"holiday.For":       func() { use(holiday.For("")) },
	"holiday.Kind.String": func() {
		use(holiday.Kind(0).String())
	},
	"holiday.Calendar.Country":        func() { var c *holiday.Calendar; use(c.Country()) },
	"holiday.Calendar.Sources":        func() { var c *holiday.Calendar; use(c.Sources()) },
	"holiday.Calendar.Holiday":        func() { var c *holiday.Calendar; use(c.Holiday(civil.Date{})) },
	"holiday.Calendar.WorkingDay":     func() { var c *holiday.Calendar; use(c.WorkingDay(civil.Date{})) },
	"holiday.Calendar.WorkingDayFrom": func() { var c *holiday.Calendar; use(c.WorkingDayFrom(civil.Date{})) },
	"holiday.Calendar.Year":           func() { var c *holiday.Calendar; use(c.Year(0)) },
	"holiday.Calendar.Holiday#zero": func() {
		c, _ := holiday.For("SE")
		use(c.Holiday(civil.Date{}))
		use(c.WorkingDayFrom(civil.Date{}))
		use(c.Year(0))
	},
}
