package apitest

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// fakeTB stands in for the testing.TB of a user's test. A nil TB is not
// called with: the helpers, like those of net/http/httptest, serve a test.
// Fatal and FailNow stop the helper as the real ones do, by a panic that
// run does not count (fatal).
type fakeTB struct {
	testing.TB
	failed bool
}

// fatal is what fakeTB panics with to stop a helper, as testing's
// runtime.Goexit would.
type fatal struct{}

func (tb *fakeTB) Helper()               {}
func (tb *fakeTB) Error(...any)          { tb.failed = true }
func (tb *fakeTB) Errorf(string, ...any) { tb.failed = true }
func (tb *fakeTB) Fail()                 { tb.failed = true }
func (tb *fakeTB) Failed() bool          { return tb.failed }
func (tb *fakeTB) FailNow()              { tb.failed = true; panic(fatal{}) }
func (tb *fakeTB) Fatal(...any)          { tb.FailNow() }
func (tb *fakeTB) Fatalf(string, ...any) { tb.FailNow() }
func (tb *fakeTB) Log(...any)            {}
func (tb *fakeTB) Logf(string, ...any)   {}
func (tb *fakeTB) Name() string          { return "apitest" }
func (tb *fakeTB) Cleanup(func())        {}
func (tb *fakeTB) Skip(...any)           { panic(fatal{}) }
func (tb *fakeTB) Skipf(string, ...any)  { panic(fatal{}) }
func (tb *fakeTB) SkipNow()              { panic(fatal{}) }
func (tb *fakeTB) Skipped() bool         { return false }
func (tb *fakeTB) TempDir() string       { return "" }
func (tb *fakeTB) Setenv(string, string) {}

// modifiers returns the calls of Modifier constructors, each made with
// zero arguments and its Modifier applied to a zero agreement and, as the
// variant "#nil-agreement", to a nil one.
func modifiers(ms map[string]func() dpatest.Modifier) calls {
	out := calls{}
	for name, m := range ms {
		out[name] = func() { use(m()(&dpa.Agreement{})) }
		out[name+"#nil-agreement"] = func() { use(m()(nil)) }
	}
	return out
}

func init() {
	for name, f := range modifiers(map[string]func() dpatest.Modifier{
		"dpatest.Edit":                  func() dpatest.Modifier { return dpatest.Edit(nil) },
		"dpatest.Status":                func() dpatest.Modifier { return dpatest.Status("") },
		"dpatest.Breach":                func() dpatest.Modifier { return dpatest.Breach("", civil.Period{}) },
		"dpatest.NoBreach":              func() dpatest.Modifier { return dpatest.NoBreach("") },
		"dpatest.GoverningLaw":          func() dpatest.Modifier { return dpatest.GoverningLaw("") },
		"dpatest.ConfirmDeletionWithin": func() dpatest.Modifier { return dpatest.ConfirmDeletionWithin(civil.Period{}) },
		"dpatest.NoticePeriod":          func() dpatest.Modifier { return dpatest.NoticePeriod(civil.Period{}) },
		"dpatest.ObjectionWindow":       func() dpatest.Modifier { return dpatest.ObjectionWindow(civil.Period{}) },
		"dpatest.AddSubProcessor":       func() dpatest.Modifier { return dpatest.AddSubProcessor(annex.SubProcessor{}) },
		"dpatest.SubProcessor":          func() dpatest.Modifier { return dpatest.SubProcessor("", nil) },
		"dpatest.Locations":             func() dpatest.Modifier { return dpatest.Locations() },
		"dpatest.Transfers":             func() dpatest.Modifier { return dpatest.Transfers(transfer.Instruction{}) },
		"dpatest.SecurityLevel":         func() dpatest.Modifier { return dpatest.SecurityLevel("") },
		"dpatest.Risk":                  func() dpatest.Modifier { return dpatest.Risk(security.Risk{}) },
		"dpatest.AuditForm":             func() dpatest.Modifier { return dpatest.AuditForm("") },
		"dpatest.AuditFrequency":        func() dpatest.Modifier { return dpatest.AuditFrequency(civil.Period{}) },
		"dpatest.Logging":               func() dpatest.Modifier { return dpatest.Logging(nil) },
		"dpatest.WithoutMeasure":        func() dpatest.Modifier { return dpatest.WithoutMeasure("") },
	}) {
		dpatestCalls[name] = f
	}
}

var dpatestCalls = calls{
	"dpatest.Build":              func() { use(dpatest.Build("")) },
	"dpatest.Build#nil-modifier": func() { use(dpatest.Build("reference", nil)) },
	"dpatest.Agreement":          func() { use(dpatest.Agreement(&fakeTB{}, "")) },
	"dpatest.Agreement#nil-modifier": func() {
		use(dpatest.Agreement(&fakeTB{}, "reference", nil))
	},
	"dpatest.Validator":            func() { use(dpatest.Validator(&fakeTB{})) },
	"dpatest.Validator#nil-option": func() { use(dpatest.Validator(&fakeTB{}, nil)) },
	"dpatest.Keys":                 func() { use(dpatest.Keys(nil)) },
	"dpatest.Diff":                 func() { use(dpatest.Diff(nil, nil)) },
	"dpatest.Diff#zero":            func() { use(dpatest.Diff([]dpatest.Want{{}}, dpa.Findings{{}})) },
	"dpatest.CoversArt28":          func() { dpatest.CoversArt28(&fakeTB{}, nil) },
	"dpatest.CoversArt28#zero":     func() { dpatest.CoversArt28(&fakeTB{}, &render.Wording{}) },
	"dpatest.Equal":                func() { dpatest.Equal(&fakeTB{}, nil) },
	"dpatest.Equal#zero":           func() { dpatest.Equal(&fakeTB{}, dpa.Findings{{}}, dpatest.Want{}) },
	"dpatest.Has":                  func() { dpatest.Has(&fakeTB{}, nil, "", "") },
	"dpatest.HasAs":                func() { dpatest.HasAs(&fakeTB{}, nil, "", "", "") },
	"dpatest.Lacks":                func() { dpatest.Lacks(&fakeTB{}, dpa.Findings{{}}, "", "") },
	"dpatest.LacksCode":            func() { dpatest.LacksCode(&fakeTB{}, dpa.Findings{{}}, "") },
	"dpatest.SubProcessor#nil-func": func() {
		a, err := dpatest.Build("seed004")
		if err != nil {
			panic(err)
		}
		use(dpatest.SubProcessor(a.Annexes.B.Entries[0].ID, nil)(a))
	},
	"dpatest.BuildFrom":      func() { use(dpatest.BuildFrom(nil)) },
	"dpatest.BuildFrom#zero": func() { use(dpatest.BuildFrom(&dpa.Agreement{})) },
	"dpatest.BuildFrom#nil-modifier": func() {
		use(dpatest.BuildFrom(&dpa.Agreement{}, nil))
	},
	"dpatest.From":      func() { use(dpatest.From(&fakeTB{}, nil)) },
	"dpatest.From#zero": func() { use(dpatest.From(&fakeTB{}, &dpa.Agreement{})) },
	"dpatest.From#nil-modifier": func() {
		use(dpatest.From(&fakeTB{}, &dpa.Agreement{}, nil))
	},
}
