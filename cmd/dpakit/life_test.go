package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestLifeCommands checks the exit codes of digest, diff, notice and
// validate -as-of.
func TestLifeCommands(t *testing.T) {
	const (
		s4  = "../../examples/json/seed004.json"
		s4b = "../../examples/json/seed004-v2.json"
		s0  = "../../examples/json/seed000.json"
		ref = "../../examples/json/reference.json"
	)
	cases := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"digest", []string{"digest", s4}, 0, "sha256:"},
		{"digest-missing", []string{"digest", "nope.json"}, 2, ""},
		{"diff-same", []string{"diff", s4, s4}, 0, "0 changes"},
		{"diff-notice", []string{"diff", s4, s4b}, 1, "notice"},
		{"diff-json", []string{"diff", "-json", s4, s4b}, 1, `"needs": "notice"`},
		{"diff-other-agreement", []string{"diff", s4, s0}, 2, ""},
		{"diff-one-file", []string{"diff", s4}, 2, ""},
		{"notice", []string{"notice", "-lang", "da", "-zone", "Europe/Copenhagen", "-date", "2027-01-15T09:30", s4, s4b}, 0, "Eksempel Kortservice"},
		{"notice-html", []string{"notice", "-format", "html", "-zone", "UTC", "-date", "2027-01-15", s4, s4b}, 0, "<h1"},
		{"notice-no-zone", []string{"notice", s4, s4b}, 2, ""},
		{"notice-bad-date", []string{"notice", "-zone", "UTC", "-date", "15/1", s4, s4b}, 2, ""},
		{"notice-nothing", []string{"notice", "-zone", "UTC", s4, s4}, 2, ""},
		{"validate-as-of", []string{"validate", "-as-of", "2026-12-01", ref}, 0, ""},
		{"validate-bad-as-of", []string{"validate", "-as-of", "2026-13-01", ref}, 2, ""},
		{"validate-bad-lead", []string{"validate", "-lead-time", "3q", ref}, 2, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(c.args, strings.NewReader(""), &out, &errb)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, c.code, errb.String())
			}
			if c.out != "" && !strings.Contains(out.String(), c.out) {
				t.Errorf("output lacks %q:\n%s", c.out, out.String())
			}
		})
	}
}
