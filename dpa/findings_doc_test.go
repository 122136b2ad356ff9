package dpa_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// verb matches the printf verbs of a message, shown as {1} in the document.
var verb = regexp.MustCompile(`%\[(\d)\][a-z]`)

var update = flag.Bool("update", false, "rewrite generated files and golden files")

// findingsDoc renders docs/findings.md from the rule definitions.
func findingsDoc() []byte {
	var b bytes.Buffer
	b.WriteString("# Finding codes\n\n")
	b.WriteString("Generated from the code by `go test ./dpa -update`; `TestFindingsDocCurrent` fails when it is stale.\n\n")
	b.WriteString("Every finding has a stable code, a severity, a JSON Pointer path into the agreement, the legal reference\n")
	b.WriteString("where there is one, and a message in en, sv, nb and da. Codes are never reused for another meaning.\n")
	b.WriteString("Severity is the default: rules that report a blank (a field not filled in) raise it as an error in a\n")
	b.WriteString("final agreement and as a warning in a draft.\n\n")
	b.WriteString("## JSON form\n\n```json\n")
	b.WriteString(`{"code": "breach.deadline-over-72h", "severity": "error",` + "\n")
	b.WriteString(` "path": "/clauses/breachNotification/0/within", "reference": "GDPR Art. 33(1)–(2)",` + "\n")
	b.WriteString(` "message": {"en": "…", "sv": "…", "nb": "…", "da": "…"}}` + "\n```\n\n")
	b.WriteString("## Codes\n\n| code | severity | reference | meaning (en) |\n| --- | --- | --- | --- |\n")
	for _, d := range dpa.Defs() {
		meaning := verb.ReplaceAllString(d.Message.In(i18n.EN), "{$1}")
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", d.Code, d.Severity, d.Ref, strings.ReplaceAll(meaning, "|", `\|`))
	}
	b.WriteString("\n## The Art. 28(3) checklist (seed 002)\n\n")
	b.WriteString("Seed 002, a Swedish guide to PUB-avtal, lists nine points an agreement must cover. Each maps to the codes that report a gap in it.\n\n")
	b.WriteString("| point | what the agreement must contain | reference | codes |\n| --- | --- | --- | --- |\n")
	for _, it := range dpa.Checklist {
		codes := make([]string, len(it.Codes))
		for i, c := range it.Codes {
			codes[i] = "`" + string(c) + "`"
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %s |\n", it.Point, it.Title.EN, it.Ref, strings.Join(codes, ", "))
	}
	return b.Bytes()
}

func TestFindingsDocCurrent(t *testing.T) {
	const path = "../docs/findings.md"
	want := findingsDoc()
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./dpa -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go test ./dpa -update and read the diff", path)
	}
}

func TestDefsComplete(t *testing.T) {
	seen := map[dpa.Code]bool{}
	for _, d := range dpa.Defs() {
		if seen[d.Code] {
			t.Errorf("code %s is defined twice", d.Code)
		}
		seen[d.Code] = true
		for _, l := range i18n.Langs {
			if d.Message.In(l) == "" {
				t.Errorf("code %s has no message in %s", d.Code, l)
			}
		}
		switch d.Severity {
		case "error", "warning", "info":
		default:
			t.Errorf("code %s has severity %q", d.Code, d.Severity)
		}
	}
	for _, it := range dpa.Checklist {
		for _, c := range it.Codes {
			if !seen[c] {
				t.Errorf("checklist point %d names unknown code %s", it.Point, c)
			}
		}
	}
}
