package apitest

import (
	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/dpa"
)

var changeCalls = calls{
	"change.Diff":                      func() { use(change.Diff(nil, nil)) },
	"change.Diff#zero":                 func() { use(change.Diff(&dpa.Agreement{}, &dpa.Agreement{})) },
	"change.Report.SubProcessors":      func() { var r *change.Report; use(r.SubProcessors()) },
	"change.Report.SubProcessors#zero": func() { use((&change.Report{}).SubProcessors()) },
	"change.Report.Versions":           func() { var r *change.Report; use(r.Versions()) },
}
