package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestLifeCommands checks the exit codes of digest, diff, notice, amend,
// normalize and validate -as-of, and that notice and amend write DOCX and
// PDF as render does.
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
		{"notice-own-zone", []string{"notice", "-date", "2027-01-15T09:30", s4, s4b}, 0, "The time limits are calculated by reference to Danish time."},
		{"notice-bad-zone", []string{"notice", "-zone", "Mars/Olympus_Mons", s4, s4b}, 2, ""},
		{"notice-bad-date", []string{"notice", "-zone", "UTC", "-date", "15/1", s4, s4b}, 2, ""},
		{"notice-nothing", []string{"notice", "-zone", "UTC", s4, s4}, 2, ""},
		{"amend", []string{"amend", "-lang", "sv", s4, s4b}, 0, "<ins>Eksempel Kortservice A/S</ins>"},
		{"amend-html", []string{"amend", "-format", "html", s4, s4b}, 0, "<ins>Eksempel Kortservice A/S</ins>"},
		{"amend-text", []string{"amend", "-format", "text", "-lang", "da", s4, s4b}, 0, "{+Eksempel Kortservice A/S+}"},
		{"amend-same", []string{"amend", s4, s4}, 0, "Summary of the changes"},
		{"amend-notice", []string{"amend", "-notice", "2027-01-15T09:30", "-format", "html", s4, s4b}, 0, "If the controller received the notice on 15 January 2027, the change takes effect on 17 March 2027 at the earliest"},
		{"amend-notice-bad", []string{"amend", "-notice", "15/1", s4, s4b}, 2, ""},
		// The paged formats through the same writers as render (to a pipe here).
		{"amend-pdf", []string{"amend", "-format", "pdf", "-lang", "da", s4, s4b}, 0, "%PDF-"},
		{"notice-docx", []string{"notice", "-format", "docx", "-lang", "sv", "-zone", "UTC", "-date", "2027-01-15", s4, s4b}, 0, "word/document.xml"},
		{"amend-one-file", []string{"amend", s4}, 2, ""},
		{"normalize", []string{"normalize", s4}, 0, `"id": "seed004"`},
		{"normalize-schema", []string{"normalize", "-schema", "-lang", "sv", s4}, 0, `"$schema": "https://github.com/dpakit/dpakit/dpa/schema/v1/agreement.sv.json"`},
		{"normalize-two-files", []string{"normalize", s4, s4}, 2, ""},
		{"amend-other-agreement", []string{"amend", s4, s0}, 2, ""},
		{"amend-bad-lang", []string{"amend", "-lang", "fi", s4, s4b}, 2, ""},
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
