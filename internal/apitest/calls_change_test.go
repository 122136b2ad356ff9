package apitest

import (
	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/dpa"
)

var changeCalls = calls{
	"change.Diff":                func() { use(change.Diff(nil, nil)) },
	"change.Diff#zero":           func() { use(change.Diff(&dpa.Agreement{}, &dpa.Agreement{})) },
	"change.DiffWithDigest":      func() { use(change.DiffWithDigest(nil, "", nil)) },
	"change.DiffWithDigest#zero": func() { use(change.DiffWithDigest(&dpa.Agreement{}, "x", &dpa.Agreement{})) },
	"change.DiffWithDigest#zeroDigest": func() {
		use(change.DiffWithDigest(&dpa.Agreement{}, dpa.DigestPrefix+"0000000000000000000000000000000000000000000000000000000000000000", &dpa.Agreement{Replaces: dpa.Reference{Digest: "sha256:1"}}))
	},
	"change.Report.SubProcessors":      func() { var r *change.Report; use(r.SubProcessors()) },
	"change.Report.SubProcessors#zero": func() { use((&change.Report{}).SubProcessors()) },
	"change.Report.Versions":           func() { var r *change.Report; use(r.Versions()) },
}
