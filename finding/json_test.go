package finding_test

import (
	stdjson "encoding/json"
	"slices"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/google/go-cmp/cmp"
)

func TestFindingMarshalJSON(t *testing.T) {
	for _, tc := range []struct {
		name   string
		f      finding.Finding
		want   string
		reason string
	}{
		{"full", finding.WithDef(finding.Finding{Code: defDeadline.Code, Severity: finding.Error, Path: "/clauses/breachNotification/0/within", Ref: defDeadline.Ref,
			Args: []any{civil.Of(96, civil.Hours), civil.Of(72, civil.Hours)}}, defDeadline),
			`{"code":"test.deadline","severity":"error","path":"/clauses/breachNotification/0/within","reference":"GDPR Art. 33(1)",` +
				`"message":{"en":"Within 96` + "\u00a0" + `hours, over 72` + "\u00a0" + `hours.","sv":"Inom 96` + "\u00a0" + `timmar, över 72` + "\u00a0" + `timmar.",` +
				`"nb":"Innen 96` + "\u00a0" + `timer, over 72` + "\u00a0" + `timer.","da":"Inden for 96` + "\u00a0" + `timer, over 72` + "\u00a0" + `timer."}}`,
			"code, severity, path, reference and the message in every language, in that order"},
		{"no-reference", finding.WithDef(finding.Finding{Code: defCount.Code, Severity: finding.Warning, Path: "", Args: []any{2}}, defCount),
			`{"code":"test.count","severity":"warning","path":"","message":{"en":"2 entries.","sv":"2 poster.","nb":"2 oppføringer.","da":"2 poster."}}`,
			"reference is left out when empty; path is always written, \"\" for the whole document"},
		{"fallback", finding.WithDef(finding.Finding{Code: defNoDanish.Code, Severity: finding.Info, Path: "/x", Args: []any{civil.Of(1, civil.Years)}}, defNoDanish),
			`{"code":"test.no-danish","severity":"info","path":"/x","message":{"en":"Kept for 1` + "\u00a0" + `year.","sv":"Sparas i 1` + "\u00a0" + `år.",` +
				`"nb":"Kept for 1` + "\u00a0" + `year.","da":"Kept for 1` + "\u00a0" + `year."}}`,
			"every language key is present, falling back to English"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.f.MarshalJSON()
			if err != nil {
				t.Fatalf("MarshalJSON: %v", err)
			}
			if got := string(b); got != tc.want {
				t.Errorf("MarshalJSON (-want +got):\n%s\n(%s)", cmp.Diff(tc.want, got), tc.reason)
			}
		})
	}
}

// The JSON shape, read back as a frontend would, for a real code.
func TestFindingJSONShape(t *testing.T) {
	var l finding.List
	l.Add(common(finding.CodeTextMainLanguage), "/processing/purpose", "sv")
	l.Add(common(finding.CodePeriodInvalid), "/a/b~1c")
	b, err := stdjson.Marshal(l)
	if err != nil {
		t.Fatalf("encoding/json.Marshal(List): %v", err)
	}
	var got []map[string]any
	if err := stdjson.Unmarshal(b, &got); err != nil {
		t.Fatalf("the output is not JSON: %v\n%s", err, b)
	}
	type shape struct {
		Keys     []string
		Code     any
		Severity any
		Path     any
		Langs    []string
	}
	var shapes []shape
	for _, m := range got {
		s := shape{Code: m["code"], Severity: m["severity"], Path: m["path"]}
		for k := range m {
			s.Keys = append(s.Keys, k)
		}
		if msg, ok := m["message"].(map[string]any); ok {
			for k, v := range msg {
				if v != "" {
					s.Langs = append(s.Langs, k)
				}
			}
		}
		slices.Sort(s.Keys)
		slices.Sort(s.Langs)
		shapes = append(shapes, s)
	}
	want := []shape{
		{Keys: []string{"code", "message", "path", "severity"}, Code: "text.main-language-missing", Severity: "warning", Path: "/processing/purpose", Langs: []string{"da", "en", "nb", "sv"}},
		{Keys: []string{"code", "message", "path", "severity"}, Code: "period.invalid", Severity: "error", Path: "/a/b~1c", Langs: []string{"da", "en", "nb", "sv"}},
	}
	if diff := cmp.Diff(want, shapes); diff != "" {
		t.Errorf("JSON shape of a list (-want +got):\n%s\n%s", diff, b)
	}
}
