package apitest

import (
	"github.com/dpakit/dpakit/finding"
)

var findingCalls = calls{
	"finding.Finding.MarshalJSON":  func() { use(finding.Finding{}.MarshalJSON()) },
	"finding.Finding.Message":      func() { use(finding.Finding{}.Message("")) },
	"finding.Finding.Messages":     func() { use(finding.Finding{}.Messages()) },
	"finding.Finding.String":       func() { use(finding.Finding{}.String()) },
	"finding.List.Add":             func() { var l finding.List; l.Add(nil, "") },
	"finding.List.Add#nil-list":    func() { var l *finding.List; l.Add(&finding.Def{}, "") },
	"finding.List.Add#zero-def":    func() { var l finding.List; l.Add(&finding.Def{}, "", nil) },
	"finding.List.AddAs":           func() { var l finding.List; l.AddAs(nil, "", "") },
	"finding.List.AddAs#nil-list":  func() { var l *finding.List; l.AddAs(&finding.Def{}, "", "") },
	"finding.List.Codes":           func() { use(finding.List(nil).Codes()) },
	"finding.List.Count":           func() { use(finding.List(nil).Count("")) },
	"finding.List.Has":             func() { use(finding.List(nil).Has("", "")) },
	"finding.List.HasErrors":       func() { use(finding.List(nil).HasErrors()) },
	"finding.List.Sort":            func() { finding.List(nil).Sort() },
	"finding.List.Sort#zero-items": func() { finding.List{{}, {}}.Sort() },
	"finding.Reporter.Add":         func() { finding.Reporter{}.Add(nil, "") },
	"finding.Reporter.Add#def":     func() { finding.Reporter{}.Add(&finding.Def{}, "") },
	"finding.Reporter.Blank":       func() { finding.Reporter{}.Blank(nil, "") },
	"finding.Reporter.Blank#def":   func() { finding.Reporter{}.Blank(&finding.Def{}, "") },
	"finding.Reporter.AddAs":       func() { finding.Reporter{}.AddAs(nil, "", "") },
	"finding.Reporter.AddAs#def":   func() { finding.NewReporter(new(finding.List), true, "").AddAs(&finding.Def{}, "", "") },
	"finding.Reporter.Final":       func() { use(finding.Reporter{}.Final()) },
	"finding.Reporter.Lang":        func() { use(finding.Reporter{}.Lang()) },
	"finding.NewReporter":          func() { use(finding.NewReporter(nil, false, "")) },
	"finding.Defs":                 func() { use(finding.Defs()) },
	"finding.Choices.In":           func() { use(finding.Choices(nil).In("")) },
	"finding.Choices.In#xx":        func() { use(finding.Choices{"a", "b"}.In("xx")) },
}
