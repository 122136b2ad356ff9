package apitest

import "github.com/dpakit/dpakit/profile"

var profileCalls = calls{
	"profile.All":          func() { use(profile.All()) },
	"profile.DKPublic":     func() { use(profile.DKPublic()) },
	"profile.Lookup":       func() { use(profile.Lookup("")) },
	"profile.NOPublic":     func() { use(profile.NOPublic()) },
	"profile.SEHealthcare": func() { use(profile.SEHealthcare()) },
}
