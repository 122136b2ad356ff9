package dpa_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

func TestUISchema(t *testing.T) {
	for _, tool := range []dpa.UITool{dpa.RJSF, dpa.JSONForms} {
		for _, l := range i18n.Langs {
			s, err := dpa.UISchema(tool, l)
			if err != nil {
				t.Fatal(err)
			}
			var v map[string]any
			if err := json.Unmarshal([]byte(s), &v); err != nil || len(v) == 0 {
				t.Errorf("%s %s: not a JSON object: %v", tool, l, err)
			}
		}
	}
	var ue *i18n.UnsupportedError
	if _, err := dpa.UISchema(dpa.RJSF, "fi"); !errors.As(err, &ue) || ue.Tag != "fi" {
		t.Errorf("fi: %v, want an *i18n.UnsupportedError", err)
	}
	if s, err := dpa.UISchema(0, i18n.EN); err == nil || s != "" {
		t.Errorf("the zero tool: %d bytes, %v; want an error", len(s), err)
	}
	for tool, want := range map[dpa.UITool]string{dpa.RJSF: "rjsf", dpa.JSONForms: "jsonforms", 0: "", 9: ""} {
		if got := tool.String(); got != want {
			t.Errorf("UITool(%d).String() = %q, want %q", tool, got, want)
		}
	}
}

// BenchmarkUISchema measures serving a UI schema; the bar is 10 µs.
func BenchmarkUISchema(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dpa.UISchema(dpa.JSONForms, i18n.DA); err != nil {
			b.Fatal(err)
		}
	}
}
