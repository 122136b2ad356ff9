package apitest

import "github.com/dpakit/dpakit/org"

var orgCalls = calls{
	"org.Address.IsZero":    func() { use(org.Address{}.IsZero()) },
	"org.ContactRole.Valid": func() { use(org.ContactRole("").Valid()) },
	"org.ID.Check":          func() { use(org.ID{}.Check()) },
	"org.ID.IsZero":         func() { use(org.ID{}.IsZero()) },
	"org.ID.Normalize":      func() { use(org.ID{}.Normalize()) },
	"org.ID.String":         func() { use(org.ID{}.String()) },
	"org.Scheme.Def":        func() { use(org.Scheme("").Def()) },
	"org.Scheme.Valid":      func() { use(org.Scheme("").Valid()) },
	"org.ContactRole.In":    func() { use(org.ContactRole("").In("")) },
	"org.ContactRole.In#xx": func() { use(org.RoleDPO.In("xx")) },
	"org.DK":                func() { use(org.DK("")) },
	"org.ID.In":             func() { use(org.ID{}.In("")) },
	"org.ID.In#xx":          func() { use(org.SE("5599000063").In("xx")) },
	"org.NO":                func() { use(org.NO("")) },
	"org.OtherID":           func() { use(org.OtherID("")) },
	"org.SE":                func() { use(org.SE("")) },
	"org.Scheme.In":         func() { use(org.Scheme("").In("")) },
	"org.Scheme.In#xx":      func() { use(org.SEOrgNr.In("xx")) },
	"org.ContactRole.Def":   func() { use(org.ContactRole("").Def()) },
}
