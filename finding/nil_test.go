package finding_test

import (
	"testing"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// TestNil: nil and zero values give documented results, never a panic.
func TestNil(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		f            func() finding.List
		want         []string // code@path
	}{
		{"nil-def", "a nil definition is kept as finding.undefined", func() finding.List {
			var l finding.List
			l.Add(nil, "/x")
			l.AddAs(nil, finding.Warning, "/y")
			return l
		}, []string{"finding.undefined@/x", "finding.undefined@/y"}},
		{"nil-list", "adding to a nil *List discards", func() finding.List {
			var l *finding.List
			l.Add(defCount, "/x")
			return nil
		}, nil},
		{"zero-reporter", "the zero Reporter discards", func() finding.List {
			var r finding.Reporter
			r.Add(defCount, "/x")
			r.AddAs(defCount, finding.Error, "/x")
			r.Blank(defCount, "/x")
			return nil
		}, nil},
		{"nil-list-reporter", "a Reporter made with a nil list discards", func() finding.List {
			r := finding.NewReporter(nil, true, i18n.SV)
			r.Add(defCount, "/x")
			r.Blank(defCount, "/x")
			return nil
		}, nil},
	} {
		var got []string
		for _, f := range tc.f() {
			got = append(got, string(f.Code)+"@"+f.Path)
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s (%s): findings (-want +got):\n%s", tc.name, tc.reason, d)
		}
	}
	// A zero Finding and a nil List answer without panicking.
	var f finding.Finding
	_ = f.Message(i18n.SV)
	_ = f.String()
	var l finding.List
	l.Sort()
	if l.HasErrors() || len(l.Codes()) != 0 {
		t.Error("a nil List has findings")
	}
}

func TestChoices(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		c            finding.Choices
		l            i18n.Lang
		want         string
	}{
		{"none", "no choices, no text", nil, i18n.EN, ""},
		{"one", "one value alone", finding.Choices{"any"}, i18n.EN, `"any"`},
		{"two", "two joined by the word for or", finding.Choices{"any", "intrusion"}, i18n.SV, `"any" eller "intrusion"`},
		{"three", "commas, then or", finding.Choices{"a", "b", "c"}, i18n.EN, `"a", "b" or "c"`},
		{"json", "quoted as JSON, not Go", finding.Choices{"\u00e5\x01"}, i18n.DA, `"å\u0001"`},
	} {
		if got := tc.c.In(tc.l); got != tc.want {
			t.Errorf("%s (%s): got %s, want %s", tc.name, tc.reason, got, tc.want)
		}
	}
}
