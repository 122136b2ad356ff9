package finding_test

import (
	"testing"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

func TestReporterBlank(t *testing.T) {
	for _, tc := range []struct {
		name   string
		final  bool
		want   finding.Severity
		reason string
	}{
		{"draft", false, finding.Warning, "a blank in a draft is something still to fill in"},
		{"final", true, finding.Error, "a final agreement cannot be signed with a blank"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l finding.List
			r := finding.NewReporter(&l, tc.final, i18n.SV)
			// The Def says info; Blank decides the severity from Final alone.
			r.Blank(defName, "/processing/purpose", "x")
			want := []key{{"/processing/purpose", defName.Code, tc.want}}
			if diff := cmp.Diff(want, keys(l)); diff != "" {
				t.Errorf("Blank (-want +got):\n%s\n(%s)", diff, tc.reason)
			}
			if diff := cmp.Diff([]any{"x"}, l[0].Args); diff != "" {
				t.Errorf("Blank arguments (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReporterAdd(t *testing.T) {
	var l finding.List
	finding.NewReporter(&l, true, "").Add(defCount, "/n", 3)
	want := []key{{"/n", defCount.Code, finding.Warning}}
	if diff := cmp.Diff(want, keys(l)); diff != "" {
		t.Errorf("Add keeps the default severity even in a final agreement (-want +got):\n%s", diff)
	}
}

func TestReporterAddAs(t *testing.T) {
	var l finding.List
	r := finding.NewReporter(&l, false, i18n.DA)
	r.AddAs(defCount, finding.Info, "/n", 3)
	want := []key{{"/n", defCount.Code, finding.Info}}
	if diff := cmp.Diff(want, keys(l)); diff != "" {
		t.Errorf("AddAs takes the severity given (-want +got):\n%s", diff)
	}
	if !finding.NewReporter(nil, true, "").Final() || r.Final() || r.Lang() != i18n.DA {
		t.Errorf("Final and Lang do not give what NewReporter was given")
	}
}
