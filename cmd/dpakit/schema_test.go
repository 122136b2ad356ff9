package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

func TestSchemaCommand(t *testing.T) {
	sv, _ := dpa.Schema(dpa.SchemaLang(i18n.SV))
	nb, _ := dpa.Schema(dpa.SchemaLang(i18n.NB))
	en, _ := dpa.Schema()
	formDA, _ := dpa.Schema(dpa.SchemaLang(i18n.DA), dpa.SchemaVariant(dpa.FormVariant))
	openapi, _ := dpa.Schema(dpa.SchemaVariant(dpa.OpenAPIVariant))
	daEN, _ := dpa.Schema(dpa.SchemaLang(i18n.DA), dpa.SchemaVariant(dpa.FormVariant), dpa.SchemaTextLangs(i18n.DA, i18n.EN))
	for _, tc := range []struct {
		name   string
		reason string
		args   []string
		code   int
		stdout string // exact, when the command succeeds
		stderr string // substring
	}{
		{"default", "English is the default language", []string{"schema"}, exitOK, en, ""},
		{"swedish", "-lang chooses the language", []string{"schema", "-lang", "sv"}, exitOK, sv, ""},
		{"no-is-bokmal", "no is matched to Norwegian Bokmål", []string{"schema", "-lang", "no"}, exitOK, nb, ""},
		{"region", "a regional tag is matched", []string{"schema", "-lang", "sv-FI"}, exitOK, sv, ""},
		{"form", "-variant chooses the variant", []string{"schema", "-lang", "da", "-variant", "form"}, exitOK, formDA, ""},
		{"openapi", "-variant openapi", []string{"schema", "-variant", "openapi"}, exitOK, openapi, ""},
		{"text", "-text restricts free texts, tags matched", []string{"schema", "-lang", "da", "-variant", "form", "-text", "da, en-GB"}, exitOK, daEN, ""},
		{"text-empty", "an empty -text is all four", []string{"schema", "-text", ","}, exitOK, en, ""},
		{"bad-variant", "unknown variants are refused", []string{"schema", "-variant", "yaml"}, exitUnusable, "", "unknown variant"},
		{"bad-text", "unsupported text languages are listed", []string{"schema", "-text", "da,fi"}, exitUnusable, "", "supported: en, sv, nb, da"},
		{"bad-lang", "unsupported languages are listed", []string{"schema", "-lang", "fi"}, exitUnusable, "", "supported: en, sv, nb, da"},
		{"extra-arg", "schema takes no file arguments", []string{"schema", "agreement.json"}, exitUnusable, "", "unexpected argument"},
		{"bad-flag", "unknown flags are refused", []string{"schema", "-format", "yaml"}, exitUnusable, "", "flag provided but not defined"},
		{"unwritable", "an output file that cannot be written is reported", []string{"schema", "-o", filepath.Join(t.TempDir(), "no", "such", "dir.json")}, exitUnusable, "", "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, strings.NewReader(""), &stdout, &stderr); code != tc.code {
				t.Fatalf("%s: exit %d, want %d; stderr %s", tc.reason, code, tc.code, stderr.String())
			}
			if tc.code == exitOK && stdout.String() != tc.stdout {
				t.Errorf("%s: stdout is not the served schema", tc.reason)
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("%s: stderr %q does not contain %q", tc.reason, stderr.String(), tc.stderr)
			}
		})
	}
}

func TestSchemaCommandWritesFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "agreement.da.json")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"schema", "-lang", "da", "-o", out}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("with -o, stdout has %d bytes", stdout.Len())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := dpa.Schema(dpa.SchemaLang(i18n.DA))
	if string(got) != want {
		t.Error("the file is not the Danish schema")
	}
}
