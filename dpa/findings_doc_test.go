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
	"github.com/dpakit/dpakit/profile"
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
	b.WriteString(jsonForm)
	b.WriteString("## Codes\n\n")
	b.WriteString("The built-in rules, which `dpa.Validate` and every `dpa.Validator` run, and `rule.panicked`, which a\n")
	b.WriteString("`dpa.Validator` reports for a rule that panicked.\n\n")
	codeTable(&b, dpa.Defs())
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
	b.WriteString("\n## Profiles\n\n")
	b.WriteString("Package `profile` holds rule profiles to run on top of the built-in rules with\n")
	b.WriteString("`dpa.NewValidator(dpa.WithProfiles(...))`. Their codes start with the profile's name; they are sector\n")
	b.WriteString("practice or sector regulation, not GDPR requirements. See docs/rules.md.\n")
	for _, p := range profile.All() {
		fmt.Fprintf(&b, "\n### `%s`: %s\n\n", p.Name, p.Title.EN)
		fmt.Fprintf(&b, "Source: %s\n\n", p.Source)
		defs := make([]dpa.Def, len(p.Rules))
		for i, r := range p.Rules {
			defs[i] = r.Def
		}
		codeTable(&b, defs)
	}
	return b.Bytes()
}

// codeTable writes a table of codes with their severity, reference and
// English meaning.
func codeTable(b *bytes.Buffer, defs []dpa.Def) {
	b.WriteString("| code | severity | reference | meaning (en) |\n| --- | --- | --- | --- |\n")
	for _, d := range defs {
		meaning := verb.ReplaceAllString(d.Message.In(i18n.EN), "{$1}")
		fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", d.Code, d.Severity, d.Ref, strings.ReplaceAll(meaning, "|", `\|`))
	}
}

// jsonForm documents the JSON form of findings for frontends.
const jsonForm = `## JSON form

A list of findings marshals to a JSON array of objects, one per finding, in the order the rules ran (built-in
rules first, then a validator's own rules and profiles in the order they were given). The built-in rules, the
profiles and a company's own rules all write the same form:

` + "```json" + `
[
  {"code": "breach.deadline-over-72h", "severity": "error",
   "path": "/clauses/breachNotification/0/within", "reference": "GDPR Art. 33(1)–(2)",
   "message": {"en": "The breach deadline of 96 hours is longer than …", "sv": "Fristen på 96 timmar …",
               "nb": "Fristen på 96 timer …", "da": "Fristen på 96 timer …"}},
  {"code": "se-healthcare.log-retention", "severity": "error",
   "path": "/annexes/c/security/measures/logging/retention",
   "reference": "HSLF-FS 2016:40 4 kap. 9 §; Inera Personuppgiftsbiträdesavtal 2, §11.12",
   "message": {"en": "…", "sv": "…", "nb": "…", "da": "…"}}
]
` + "```" + `

| key | type | meaning |
| --- | --- | --- |
| ` + "`code`" + ` | string | Stable code: a built-in code, a profile code (prefixed with the profile's name) or a company's own code. Branch on it; never on the message. |
| ` + "`severity`" + ` | ` + "`\"error\"`, `\"warning\"`, `\"info\"`" + ` | Error: the agreement cannot be signed as it is. Warning: something to look at, such as a blank in a draft. Info: worth knowing. |
| ` + "`path`" + ` | string | RFC 6901 JSON Pointer into the agreement's JSON, the form ajv reports as ` + "`instancePath`" + `, so schema errors and findings land on the same field. ` + "`\"\"`" + ` is the whole agreement. ` + "`~1`" + ` stands for ` + "`/`" + ` and ` + "`~0`" + ` for ` + "`~`" + ` in a key. |
| ` + "`reference`" + ` | string, left out when empty | The law or policy the code rests on, such as ` + "`GDPR Art. 28(3)(h)`" + ` or ` + "`NAV Mal for databehandleravtale, pkt. 10.2`" + `. |
| ` + "`message`" + ` | object | The message in ` + "`en`, `sv`, `nb` and `da`" + `; all four keys are always there. A language the rule has no text for carries the English text. Numbers, periods and names are written in each language's own way. |

Notes for frontends:

- A valid agreement has no findings. ` + "`github.com/go-json-experiment/json`" + ` (as the CLI uses) writes the empty list as
  ` + "`[]`" + `; ` + "`encoding/json`" + ` writes Go's nil list as ` + "`null`" + `. Treat both as no findings.
- Several findings may share a path (a built-in and a profile finding on the same field); show them all.
- ` + "`rule.panicked`" + ` at path ` + "`\"\"`" + ` means a rule failed with an internal error and the agreement was not fully checked;
  the message names the rule. ` + "`finding.undefined`" + ` means a rule reported a finding without a definition.
- ` + "`agreement.missing`" + ` at path ` + "`\"\"`" + ` is the one finding for no agreement at all (a nil ` + "`*dpa.Agreement`" + `).
- ` + "`value.not-normalised`" + ` comes only from agreements built in Go: ` + "`dpa.Decode`" + ` normalises, so a decoded agreement
  never has it. Its message gives the canonical form (` + "`\"2120000142\"`" + ` for ` + "`\"212000-0142\"`" + `).
- One omission gives one finding: an empty party is ` + "`party.missing`" + `, an empty sub-processor entry
  ` + "`subprocessor.empty`" + `, and a rule does not repeat what another has reported. Text of only invisible characters
  (white space, controls, zero-width or bidi characters) is a blank.
- Severity is the default of the code, except that a blank (a field not filled in) is an error in a final agreement
  and a warning in a draft.

`

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
