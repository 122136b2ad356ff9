package apitest

import "github.com/dpakit/dpakit/org"

var orgCalls = calls{
	"org.Address.IsZero":    func() { use(org.Address{}.IsZero()) },
	"org.ContactRole.Name":  func() { use(org.ContactRole("").Name("")) },
	"org.ContactRole.Valid": func() { use(org.ContactRole("").Valid()) },
	"org.ID.Check":          func() { use(org.ID{}.Check()) },
	"org.ID.IsZero":         func() { use(org.ID{}.IsZero()) },
	"org.ID.Normalize":      func() { use(org.ID{}.Normalize()) },
	"org.ID.String":         func() { use(org.ID{}.String()) },
	"org.Scheme.Def":        func() { use(org.Scheme("").Def()) },
	"org.Scheme.Valid":      func() { use(org.Scheme("").Valid()) },
}
