package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
)

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestValidateExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reason string
		args   []string
		code   int
		stderr string // substring
	}{
		{"valid", "a complete example has no errors", []string{"validate", "../../examples/json/seed004.json"}, exitOK, ""},
		{"errors", "seed 000 leaves the breach hours blank in a final agreement", []string{"validate", "../../examples/json/seed000.json"}, exitFindings, ""},
		{"draft", "a draft with blanks has warnings, not errors", []string{"validate", "../../examples/json/seed003.json"}, exitOK, ""},
		{"missing-file", "a file that is not there is unusable", []string{"validate", "no-such-file.json"}, exitUnusable, "no-such-file.json"},
		{"unknown-field", "an unknown field names its path and line", []string{"validate", write(t, "u.json", "{\n \"id\": \"x\",\n \"colour\": 1}")}, exitUnusable, ":3:2: at /colour: unknown field"},
		{"syntax", "invalid JSON names line and column", []string{"validate", write(t, "s.json", "{\"id\": }")}, exitUnusable, ":1:8:"},
		{"worst-wins", "an unusable file outranks findings", []string{"validate", "../../examples/json/seed000.json", "no-such-file.json"}, exitUnusable, ""},
		{"no-files", "validate needs a file", []string{"validate"}, exitUnusable, "no files"},
		{"bad-lang", "unsupported languages are listed", []string{"validate", "-lang", "fi", "x.json"}, exitUnusable, "supported: en, sv, nb, da"},
		{"unknown-command", "unknown commands are refused", []string{"frobnicate"}, exitUnusable, "unknown command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != tc.code {
				t.Errorf("%s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", tc.reason, code, tc.code, &stdout, &stderr)
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("%s: stderr %q lacks %q", tc.reason, &stderr, tc.stderr)
			}
		})
	}
}

func TestValidateJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"validate", "-json", "../../examples/json/seed000.json"}, &stdout, &stderr)
	if code != exitFindings {
		t.Fatalf("exit %d, stderr %s", code, &stderr)
	}
	var reports []struct {
		File     string
		Errors   int
		Findings []struct {
			Code     string
			Severity string
			Path     string
			Message  map[string]string
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &reports, json.MatchCaseInsensitiveNames(true)); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, &stdout)
	}
	if len(reports) != 1 || reports[0].Errors == 0 || len(reports[0].Findings) == 0 {
		t.Fatalf("reports = %+v", reports)
	}
	f := reports[0].Findings[0]
	if f.Code == "" || f.Path == "" || f.Severity == "" || len(f.Message) != 4 {
		t.Errorf("finding lacks code, path, severity or the four messages: %+v", f)
	}
}

func TestValidateLanguage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	run([]string{"validate", "-lang", "no", "../../examples/json/seed000.json"}, &stdout, &stderr)
	if !strings.Contains(stdout.String(), "behandlingsansvarlige") {
		t.Errorf("-lang no should give Norwegian messages:\n%s", &stdout)
	}
}
