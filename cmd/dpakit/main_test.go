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
		{"valid", "a complete example has no errors", []string{"validate", "../../examples/json/reference.json"}, exitOK, ""},
		{"errors", "seed 000 leaves the breach hours blank in a final agreement", []string{"validate", "../../examples/json/seed000.json"}, exitFindings, ""},
		{"draft", "a draft with blanks has warnings, not errors", []string{"validate", "../../examples/json/seed003.json"}, exitOK, ""},
		{"missing-file", "a file that is not there is unusable", []string{"validate", "no-such-file.json"}, exitUnusable, "no-such-file.json"},
		{"unknown-field", "an unknown field names its path and line", []string{"validate", write(t, "u.json", "{\n \"id\": \"x\",\n \"colour\": 1}")}, exitUnusable, ":3:2: at /colour: unknown field"},
		{"syntax", "invalid JSON names line and column", []string{"validate", write(t, "s.json", "{\"id\": }")}, exitUnusable, ":1:8:"},
		{"worst-wins", "an unusable file outranks findings", []string{"validate", "../../examples/json/seed000.json", "no-such-file.json"}, exitUnusable, ""},
		{"no-files", "validate needs a file", []string{"validate"}, exitUnusable, "no files"},
		{"bad-lang", "unsupported languages are listed", []string{"validate", "-lang", "fi", "x.json"}, exitUnusable, "supported: en, sv, nb, da"},
		{"unknown-command", "unknown commands are refused", []string{"frobnicate"}, exitUnusable, "unknown command"},
		{"profile", "seed 004 meets the Danish public-sector profile", []string{"validate", "-profile", "dk-public", "../../examples/json/seed004.json"}, exitOK, ""},
		{"profile-mismatch", "the Swedish healthcare profile finds errors in a Danish agreement", []string{"validate", "-profile", "se-healthcare", "../../examples/json/seed004.json"}, exitFindings, ""},
		{"unknown-profile", "profiles are named", []string{"validate", "-profile", "xx", "../../examples/json/seed004.json"}, exitUnusable, "se-healthcare, dk-public, no-public"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, strings.NewReader(""), &stdout, &stderr); code != tc.code {
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
	code := run([]string{"validate", "-json", "../../examples/json/seed000.json"}, strings.NewReader(""), &stdout, &stderr)
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
	run([]string{"validate", "-lang", "no", "../../examples/json/seed000.json"}, strings.NewReader(""), &stdout, &stderr)
	if !strings.Contains(stdout.String(), "behandlingsansvarlige") {
		t.Errorf("-lang no should give Norwegian messages:\n%s", &stdout)
	}
}

func TestRender(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dpa.html")
	for _, tc := range []struct {
		name   string
		reason string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"markdown-da", "the README's run command", []string{"render", "-lang", "da", "../../examples/json/reference.json"}, exitOK, "# Databehandleraftale", ""},
		{"text-no", "no is Bokmål", []string{"render", "-lang", "no", "-format", "text", "../../examples/json/seed004.json"}, exitOK, "behandlingsansvarlige", ""},
		{"html-file", "-o writes a file", []string{"render", "-lang", "sv", "-format", "html", "-o", out, "../../examples/json/reference.json"}, exitOK, "", ""},
		{"final-blanks", "a final agreement with blanks is refused", []string{"render", "../../examples/json/seed000.json"}, exitFindings, "", "/clauses/breachNotification/0/within"},
		{"allow-blanks", "unless the caller asks for it", []string{"render", "-allow-blanks", "-format", "text", "../../examples/json/seed000.json"}, exitOK, "[_____ ", ""},
		{"parallel", "two languages side by side", []string{"render", "-lang", "sv", "-parallel", "en", "../../examples/json/reference.json"}, exitOK, `<td lang="en">`, ""},
		{"annexes", "only Annex E", []string{"render", "-annexes", "E", "-format", "text", "../../examples/json/seed004.json"}, exitOK, "Annex E", ""},
		{"bad-annex", "annexes are A to E", []string{"render", "-annexes", "F", "../../examples/json/seed004.json"}, exitUnusable, "", "unknown annex"},
		{"bad-lang", "unsupported languages are listed", []string{"render", "-lang", "fi", "../../examples/json/seed004.json"}, exitUnusable, "", "supported: en, sv, nb, da"},
		{"bad-format", "formats are named", []string{"render", "-format", "odt", "../../examples/json/seed004.json"}, exitUnusable, "", "markdown, html, text, docx, pdf"},
		{"pdf", "a PDF to a pipe", []string{"render", "-lang", "da", "-format", "pdf", "../../examples/json/seed004.json"}, exitOK, "%PDF-", ""},
		{"docx-parallel", "a Word document in two languages", []string{"render", "-lang", "da", "-parallel", "sv", "-format", "docx", "../../examples/json/seed004.json"}, exitOK, "PK\x03\x04", ""},
		{"pdf-parallel", "a PDF in two languages", []string{"render", "-lang", "sv", "-parallel", "en", "-format", "pdf", "../../examples/json/reference.json"}, exitOK, "%PDF-", ""},
		{"text-parallel", "parallel is not plain text", []string{"render", "-parallel", "sv", "-format", "text", "../../examples/json/reference.json"}, exitUnusable, "", "-parallel writes HTML, DOCX or PDF"},
		{"no-file", "render needs a file", []string{"render"}, exitUnusable, "", "exactly one"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, strings.NewReader(""), &stdout, &stderr); code != tc.code {
				t.Errorf("%s: exit %d, want %d\nstderr: %s", tc.reason, code, tc.code, &stderr)
			}
			if !strings.Contains(stdout.String(), tc.stdout) {
				t.Errorf("%s: stdout lacks %q", tc.reason, tc.stdout)
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("%s: stderr %q lacks %q", tc.reason, &stderr, tc.stderr)
			}
		})
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(b, []byte(`<html lang="sv">`)) {
		t.Errorf("-o file: %v, %.60q", err, b)
	}
}

// TestBinaryToTerminal checks that DOCX and PDF are refused on a terminal
// (a pseudo-terminal here) and written to the null device or a file.
func TestBinaryToTerminal(t *testing.T) {
	pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer pty.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	file, err := os.Create(filepath.Join(t.TempDir(), "out.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	for _, c := range []struct {
		name   string
		out    *os.File
		format string
		code   int
	}{
		{"pdf-terminal", pty, "pdf", exitUnusable},
		{"docx-terminal", pty, "docx", exitUnusable},
		{"pdf-null", null, "pdf", exitOK},
		{"pdf-file", file, "pdf", exitOK},
	} {
		var stderr bytes.Buffer
		args := []string{"render", "-format", c.format, "../../examples/json/reference.json"}
		if code := run(args, strings.NewReader(""), c.out, &stderr); code != c.code {
			t.Errorf("%s: exit %d, want %d: %s", c.name, code, c.code, &stderr)
		}
	}
}
