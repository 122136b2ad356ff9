package apitest

import (
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
)

var findingCalls = calls{
	"finding.Join":                 func() { use(finding.Join("")) },
	"finding.Join#nil-part":        func() { use(finding.Join("", nil)) },
	"finding.Pointer":              func() { use(finding.Pointer()) },
	"finding.Pointer#nil-part":     func() { use(finding.Pointer(nil, (*int)(nil))) },
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
	"finding.Reporter.Placeholders": func() {
		finding.Reporter{}.Placeholders(i18n.Text{}, nil)
	},
	"finding.Reporter.Placeholders#text": func() {
		finding.Reporter{}.Placeholders(i18n.T("[name]"), nil)
	},
	"finding.Reporter.Text":       func() { finding.Reporter{}.Text(nil, i18n.Text{}, nil) },
	"finding.Reporter.Text#final": func() { finding.Reporter{Final: true}.Text(&finding.Def{}, i18n.Text{}, nil) },
	"finding.Blank":               func() { use(finding.Blank(i18n.Text{})) },
	"finding.Choices.In":          func() { use(finding.Choices(nil).In("")) },
	"finding.Choices.In#xx":       func() { use(finding.Choices{"a", "b"}.In("xx")) },
	"finding.ChoicesOf":           func() { use(finding.ChoicesOf[*finding.Def](nil, nil)) },
	"finding.ChoicesOf#nil-func": func() {
		use(finding.ChoicesOf([]*finding.Def{nil}, nil))
	},
	"finding.Reporter.Trimmed": func() { finding.Reporter{}.Trimmed("", nil) },
	"finding.Reporter.Trimmed#text": func() {
		finding.Reporter{}.Trimmed(" x ", nil)
	},
	"finding.Strings":      func() { use(finding.Strings[string]()) },
	"finding.Strings#zero": func() { use(finding.Strings("")) },
}
