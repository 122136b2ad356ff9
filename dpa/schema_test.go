package dpa_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

func TestSchemaServe(t *testing.T) {
	en, err := dpa.Schema()
	if err != nil {
		t.Fatal(err)
	}
	en2, _ := dpa.Schema(dpa.SchemaLang(i18n.EN))
	if en != en2 {
		t.Error("the default language is not English")
	}
	if sv, _ := dpa.Schema(dpa.SchemaLang(i18n.SV)); sv == en {
		t.Error("the Swedish schema is the English one")
	}
	if _, err := dpa.Schema(dpa.SchemaLang("fi")); err == nil {
		t.Error("no error for Finnish")
	} else if ue := new(i18n.UnsupportedError); !errors.As(err, &ue) || ue.Tag != "fi" {
		t.Errorf("error %v is not an UnsupportedError for fi", err)
	}
	for _, tc := range []struct {
		name   string
		opts   []dpa.SchemaOption
		want   string
		reason string
	}{
		{"nil-option", []dpa.SchemaOption{nil}, en, "a nil option is ignored, not called"},
		{"nil-then-lang", []dpa.SchemaOption{nil, dpa.SchemaLang(i18n.DA), nil}, schemaString(t, i18n.DA), "nil options among real ones change nothing"},
		{"last-wins", []dpa.SchemaOption{dpa.SchemaLang(i18n.SV), dpa.SchemaLang(i18n.NB)}, schemaString(t, i18n.NB), "the last language given counts"},
	} {
		got, err := dpa.Schema(tc.opts...)
		if err != nil || got != tc.want {
			t.Errorf("%s: Schema = %.40q…, %v; want %.40q… (%s)", tc.name, got, err, tc.want, tc.reason)
		}
	}
}

func schemaString(t *testing.T, l i18n.Lang) string {
	t.Helper()
	s, err := dpa.Schema(dpa.SchemaLang(l))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSchemaLanguages checks that each language's schema has its own $id
// and speaks its language, in labels, help texts and enum titles alike.
func TestSchemaLanguages(t *testing.T) {
	tests := []struct {
		lang               i18n.Lang
		title, processor   string
		blank, levelHigh   string
		descriptionHasWord string
	}{
		{i18n.EN, "Data processing agreement", "Processor", "Not decided yet", "High", "validated"},
		{i18n.SV, "Personuppgiftsbiträdesavtal", "Personuppgiftsbiträde", "Inte bestämt än", "Hög", "valideras"},
		{i18n.NB, "Databehandleravtale", "Databehandler", "Ikke bestemt ennå", "Høyt", "valideres"},
		{i18n.DA, "Databehandleraftale", "Databehandler", "Ikke besluttet endnu", "Højt", "valideres"},
	}
	for _, tt := range tests {
		s := schemaDoc(t, tt.lang)
		if got := s["$id"]; got != dpa.SchemaID(tt.lang) {
			t.Errorf("%s: $id %v", tt.lang, got)
		}
		if got := s["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $schema %v", tt.lang, got)
		}
		if got := s["title"]; got != tt.title {
			t.Errorf("%s: title %q, want %q", tt.lang, got, tt.title)
		}
		if d, _ := s["description"].(string); !strings.Contains(d, tt.descriptionHasWord) {
			t.Errorf("%s: the description does not say that validation checks the rest: %q", tt.lang, d)
		}
		if got := schemaAt(s, "/properties/processor/title"); got != tt.processor {
			t.Errorf("%s: processor titled %q, want %q", tt.lang, got, tt.processor)
		}
		if got := schemaAt(s, "/$defs/Level/oneOf/0/title"); got != tt.blank {
			t.Errorf("%s: blank level titled %q, want %q", tt.lang, got, tt.blank)
		}
		if got := schemaAt(s, "/$defs/Level/oneOf/4/title"); got != tt.levelHigh {
			t.Errorf("%s: level high titled %q, want %q", tt.lang, got, tt.levelHigh)
		}
	}
}

// TestSchemaShape checks the parts of the schema that the issue names: enums
// as oneOf of const with titles, organisation-number patterns per scheme,
// dates, decimals and periods.
func TestSchemaShape(t *testing.T) {
	s := schemaDoc(t, i18n.SV)
	for _, tt := range []struct{ path, want string }{
		{"/$defs/Date/type", "string"},
		{"/$defs/Date/format", "date"},
		{"/$defs/Money/properties/amount/type", "string"},
		{"/$defs/Money/properties/amount/pattern", `^-?[0-9]{1,40}(\.[0-9]{1,20})?$`},
		{"/$defs/Period/type", "object"},
		{"/$defs/Period/properties/unit/$ref", "#/$defs/Unit"},
		{"/$defs/Unit/oneOf/0/const", "hours"},
		{"/$defs/Unit/oneOf/0/title", "Timmar"},
		{"/$defs/OrganisationID/if/properties/scheme/const", "se-orgnr"},
		{"/$defs/OrganisationID/then/properties/value/pattern", "^[0-9]{10}$"},
		{"/$defs/OrganisationID/else/then/properties/value/pattern", "^[0-9]{9}$"},
		{"/$defs/OrganisationID/else/else/then/properties/value/pattern", "^[1-9][0-9]{7}$"},
		{"/$defs/OrganisationID/else/else/else/if/properties/scheme/const", "fi-ytunnus"},
		{"/$defs/OrganisationID/else/else/else/then/properties/value/pattern", "^[0-9]{7}-[0-9]$"},
		{"/$defs/OrganisationID/else/else/else/else/if/properties/scheme/const", "other"},
		{"/$defs/Status/oneOf/1/title", "Slutlig"},
		{"/$defs/Country/oneOf/0/const", ""},
		{"/$defs/Country/oneOf/1/title", "Afghanistan"},
	} {
		if got := schemaAt(s, tt.path); got != tt.want {
			t.Errorf("%s = %v, want %q", tt.path, got, tt.want)
		}
	}
	// Countries are in Swedish alphabetical order, Å, Ä and Ö last.
	var names []string
	for _, o := range schemaAt(s, "/$defs/Country/oneOf").([]any)[1:] {
		names = append(names, o.(map[string]any)["title"].(string))
	}
	if i, j := slices.Index(names, "Zimbabwe"), slices.Index(names, "Österrike"); i < 0 || j < i {
		t.Errorf("Österrike (%d) does not come after Zimbabwe (%d) in Swedish", j, i)
	}
	if got := len(names); got != 249 {
		t.Errorf("%d countries", got)
	}
}

// schemaValidators compiles each variant of each language's served schema
// once with the Go validator, asserting formats as ajv does, keyed by the
// file's name without .json ("agreement.en", "form.sv", "openapi.da"). The
// OpenAPI variant is compiled at its components/schemas/Agreement.
var schemaValidators = sync.OnceValues(func() (map[string]*sjs.Schema, error) {
	out := map[string]*sjs.Schema{}
	for _, v := range []dpa.Variant{dpa.StandardVariant, dpa.FormVariant, dpa.OpenAPIVariant} {
		for _, l := range i18n.Langs {
			b, err := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaVariant(v))
			if err != nil {
				return nil, err
			}
			doc, err := sjs.UnmarshalJSON(strings.NewReader(b))
			if err != nil {
				return nil, err
			}
			name := [...]string{"agreement", "form", "openapi"}[v] + "." + string(l)
			url := "https://dpakit.test/" + name + ".json"
			c := sjs.NewCompiler()
			c.AssertFormat()
			c.DefaultDraft(sjs.Draft2020)
			if err := c.AddResource(url, doc); err != nil {
				return nil, err
			}
			at := url
			if v == dpa.OpenAPIVariant {
				at += "#/components/schemas/Agreement"
			}
			s, err := c.Compile(at)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			out[name] = s
		}
	}
	return out, nil
})

func schemaCompiled(t testing.TB) map[string]*sjs.Schema {
	t.Helper()
	s, err := schemaValidators()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// schemaDoc returns language l's schema as generic JSON.
func schemaDoc(t testing.TB, l i18n.Lang) map[string]any {
	t.Helper()
	b, err := dpa.Schema(dpa.SchemaLang(l))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(b), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// at returns the value at a JSON Pointer, or nil.
func schemaAt(v any, pointer string) any {
	for _, tok := range schemaSplit(pointer) {
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

func schemaSplit(p string) []string {
	if p == "" {
		return nil
	}
	toks := strings.Split(p[1:], "/")
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return toks
}

func schemaJoin(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte('/')
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

// schemaPointers validates doc (JSON) against s and returns the JSON Pointer
// of each failure, deduplicated and sorted; nil when doc is valid. A missing
// or unknown property is reported at the property, the object's pointer
// joined with its name, as ajv's params.missingProperty and
// params.additionalProperty give it. Wrapping failures (oneOf, if/then,
// $ref) are left out: only the innermost failures name a place.
func schemaPointers(t testing.TB, s *sjs.Schema, doc []byte) []string {
	t.Helper()
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Validate(inst)
	if err == nil {
		return nil
	}
	var ve *sjs.ValidationError
	if !errors.As(err, &ve) {
		t.Fatal(err)
	}
	var out []string
	var walk func(e *sjs.ValidationError)
	walk = func(e *sjs.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		loc := e.InstanceLocation
		switch k := e.ErrorKind.(type) {
		case *kind.Required:
			for _, m := range k.Missing {
				out = append(out, schemaJoin(append(slices.Clone(loc), m)))
			}
		case *kind.DependentRequired:
			for _, m := range k.Missing {
				out = append(out, schemaJoin(append(slices.Clone(loc), m)))
			}
		case *kind.AdditionalProperties:
			for _, p := range k.Properties {
				out = append(out, schemaJoin(append(slices.Clone(loc), p)))
			}
		default:
			out = append(out, schemaJoin(loc))
		}
	}
	walk(ve)
	slices.Sort(out)
	return slices.Compact(out)
}

func schemaExample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "json", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSchemaAcceptsExamples validates every example agreement, drafts and
// agreements with findings included, against every language's schema.
func TestSchemaAcceptsExamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "json", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, f := range files {
		doc, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l, s := range schemaCompiled(t) {
			if p := schemaPointers(t, s, doc); p != nil {
				t.Errorf("%s is invalid against the %s schema at %v", filepath.Base(f), l, p)
			}
		}
	}
}

// TestSchemaAmountLimits: the schema and the decoder accept and refuse the
// same amounts at the limits of MaxAmountDigits and MaxAmountDecimals,
// leading and trailing zeros counted, a minus sign not.
func TestSchemaAmountLimits(t *testing.T) {
	const pointer = "/clauses/assistance/fee/amount"
	digits := func(n int) string { return strings.Repeat("9", n) }
	zeros := func(n int) string { return strings.Repeat("0", n) }
	for _, tc := range []struct {
		name, amount string
		ok           bool
	}{
		{"most digits", digits(dpa.MaxAmountDigits), true},
		{"most digits, negative", "-" + digits(dpa.MaxAmountDigits), true},
		{"most digits and decimals", digits(dpa.MaxAmountDigits) + "." + digits(dpa.MaxAmountDecimals), true},
		{"one digit too many", digits(dpa.MaxAmountDigits + 1), false},
		{"one digit too many, negative", "-" + digits(dpa.MaxAmountDigits+1), false},
		{"one digit too many, by a leading zero", zeros(dpa.MaxAmountDigits) + "1", false},
		{"one decimal too many", "1." + digits(dpa.MaxAmountDecimals+1), false},
		{"one decimal too many, by a trailing zero", "1." + digits(dpa.MaxAmountDecimals) + "0", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			value, err := json.Marshal(tc.amount)
			if err != nil {
				t.Fatal(err)
			}
			doc := schemaPatch(t, schemaExample(t, "reference.json"), []schemaPatchOp{{Op: "replace", Path: pointer, Value: value}})
			want := []string{pointer}
			if tc.ok {
				want = nil
			}
			for l, s := range schemaCompiled(t) {
				if got := schemaPointers(t, s, doc); !slices.Equal(got, want) {
					t.Errorf("%s schema rejects %d characters at %v, want %v", l, len(tc.amount), got, want)
				}
			}
			_, err = dpa.Decode(doc)
			var de *dpa.DecodeError
			switch {
			case tc.ok && err != nil:
				t.Errorf("Decode refuses it: %v", err)
			case !tc.ok && (!errors.As(err, &de) || !errors.Is(err, dpa.ErrMoney)):
				t.Errorf("Decode: %v; want a *DecodeError wrapping ErrMoney", err)
			}
		})
	}
}

// schemaInvalidCase is one case of schema/testdata/invalid.json, which the Node
// tests of examples/form read too.
type schemaInvalidCase struct {
	Name           string          `json:"name"`
	Example        string          `json:"example"`
	Patch          []schemaPatchOp `json:"patch"`
	Pointer        string          `json:"pointer"`        // where the schema rejects it
	ReportedBy     string          `json:"reportedBy"`     // decode or validate
	Code           dpa.Code        `json:"code"`           // the finding, with validate
	LibraryPointer *string         `json:"libraryPointer"` // where Decode or Validate report it, when not at Pointer
	Reason         string          `json:"reason"`         // why LibraryPointer differs
}

type schemaPatchOp struct {
	Op    string          `json:"op"`
	Path  string          `json:"path"`
	Value json.RawMessage `json:"value"`
}

func schemaInvalidCases(t testing.TB) []schemaInvalidCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("schema", "testdata", "invalid.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []schemaInvalidCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	return file.Cases
}

// patch applies a JSON Patch (RFC 6902: add, replace and remove only) to
// the JSON document doc.
func schemaPatch(t testing.TB, doc []byte, ops []schemaPatchOp) []byte {
	t.Helper()
	var v any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	for _, op := range ops {
		var val any
		if op.Value != nil {
			d := json.NewDecoder(bytes.NewReader(op.Value))
			d.UseNumber()
			if err := d.Decode(&val); err != nil {
				t.Fatal(err)
			}
		}
		var err error
		v, err = schemaApplyOp(v, op.Op, schemaSplit(op.Path), val)
		if err != nil {
			t.Fatalf("%s %s: %v", op.Op, op.Path, err)
		}
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func schemaApplyOp(v any, op string, path []string, val any) (any, error) {
	if len(path) == 0 {
		if op == "remove" {
			return nil, errors.New("cannot remove the whole document")
		}
		return val, nil
	}
	tok, rest := path[0], path[1:]
	switch x := v.(type) {
	case map[string]any:
		if len(rest) > 0 {
			child, ok := x[tok]
			if !ok {
				return nil, fmt.Errorf("no member %q", tok)
			}
			c, err := schemaApplyOp(child, op, rest, val)
			x[tok] = c
			return x, err
		}
		_, exists := x[tok]
		switch {
		case op == "remove" || op == "replace":
			if !exists {
				return nil, fmt.Errorf("no member %q to %s", tok, op)
			}
			if op == "remove" {
				delete(x, tok)
				return x, nil
			}
		}
		x[tok] = val
		return x, nil
	case []any:
		i, err := strconv.Atoi(tok)
		if tok == "-" {
			i, err = len(x), nil
		}
		if err != nil || i < 0 || i > len(x) || (i == len(x) && op != "add") {
			return nil, fmt.Errorf("bad index %q", tok)
		}
		if len(rest) > 0 {
			c, err := schemaApplyOp(x[i], op, rest, val)
			x[i] = c
			return x, err
		}
		switch op {
		case "add":
			return slices.Insert(x, i, val), nil
		case "remove":
			return slices.Delete(x, i, i+1), nil
		}
		x[i] = val
		return x, nil
	}
	return nil, fmt.Errorf("cannot step into %T with %q", v, tok)
}

// TestSchemaRejectsInvalid checks each invalid agreement in
// schema/testdata/invalid.json: every language's schema rejects it at the
// case's pointer and nowhere else, and Decode or Validate reports it at the
// same pointer (or at the documented libraryPointer).
func TestSchemaRejectsInvalid(t *testing.T) {
	t.Parallel()
	cases := schemaInvalidCases(t)
	categories := map[string]int{}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			categories[strings.SplitN(c.Name, ":", 2)[0]]++
			doc := schemaPatch(t, schemaExample(t, c.Example), c.Patch)
			for l, s := range schemaCompiled(t) {
				if got := schemaPointers(t, s, doc); !slices.Equal(got, []string{c.Pointer}) {
					t.Errorf("%s schema rejects at %v, want exactly [%s]", l, got, c.Pointer)
				}
			}
			want := c.Pointer
			if c.LibraryPointer != nil {
				if c.Reason == "" {
					t.Error("libraryPointer without a reason")
				}
				want = *c.LibraryPointer
			}
			a, err := dpa.Decode(doc)
			switch c.ReportedBy {
			case "decode":
				var de *dpa.DecodeError
				if !errors.As(err, &de) {
					t.Fatalf("Decode accepted it (err %v)", err)
				}
				if de.Pointer != want {
					t.Errorf("Decode reports %s, want %s (%v)", de.Pointer, want, err)
				}
			case "validate":
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				found := false
				var paths []string
				for _, f := range dpa.Validate(a) {
					paths = append(paths, string(f.Code)+" "+f.Path)
					if f.Path == want && f.Code == c.Code && f.Severity == finding.Error {
						found = true
					}
				}
				if !found {
					t.Errorf("Validate does not report error %s at %s; it reports %v", c.Code, want, paths)
				}
			default:
				t.Fatalf("reportedBy %q", c.ReportedBy)
			}
		})
	}
	for _, cat := range []string{"wrong enum", "bad date", "bad organisation id", "unknown property", "wrong type", "missing required"} {
		if categories[cat] == 0 {
			t.Errorf("no case of %q", cat)
		}
	}
}

// TestSchemaFrontendShape holds the fixes for the form libraries and
// linters: no allOf (JSON Forms cannot render it), the organisation
// number's scheme allowed in each then (Redocly reads a then alone), a fee's
// unit as if/then rather than dependentRequired (draft-07 validators skip
// that keyword), a blank choice where one is valid, titled for what it means
// there, and register names that start with a capital letter.
func TestSchemaFrontendShape(t *testing.T) {
	for _, l := range i18n.Langs {
		s := schemaDoc(t, l)
		var walk func(v any, at string)
		walk = func(v any, at string) {
			switch x := v.(type) {
			case map[string]any:
				for k, c := range x {
					if k == "allOf" || k == "dependentRequired" {
						t.Errorf("%s: %s/%s", l, at, k)
					}
					walk(c, at+"/"+k)
				}
			case []any:
				for i, c := range x {
					walk(c, at+"/"+strconv.Itoa(i))
				}
			}
		}
		walk(s, "")
		for _, p := range []string{"/$defs/OrganisationID/then/properties/scheme", "/$defs/OrganisationID/else/else/else/then/properties/scheme"} {
			if got := schemaAt(s, p); got != true {
				t.Errorf("%s: %s = %v, want true", l, p, got)
			}
		}
		if got := schemaAt(s, "/$defs/AssistanceTerms/then/required/0"); got != "per" {
			t.Errorf("%s: a fee does not require its unit by if/then: %v", l, got)
		}
		draftOnly := schemaAt(s, "/$defs/Level/oneOf/0/title")
		for _, tc := range []struct {
			pointer string // the field
			def     string // the definition it refers to
			blank   bool   // whether it offers a blank choice
			final   bool   // whether the blank is fine in a final agreement
		}{
			{"/$defs/SubProcessors/properties/authorisation", "Authorisation", true, false},
			{"/$defs/SubProcessor/properties/authorisation", "AuthorisationOverride", true, true},
			{"/$defs/Basis/properties/mechanism", "Mechanism", true, true},
			{"/$defs/Location/properties/organisation", "Organisation", true, true},
			{"/$defs/Location/properties/country", "Country", true, false},
			{"/$defs/AssistanceTerms/properties/per", "UnitOptional", true, true},
			{"/$defs/Period/properties/unit", "Unit", false, false},
			{"/$defs/OrganisationID/properties/scheme", "Scheme", false, false},
		} {
			if got := schemaAt(s, tc.pointer+"/$ref"); got != "#/$defs/"+tc.def {
				t.Errorf("%s: %s refers to %v, want %s", l, tc.pointer, got, tc.def)
				continue
			}
			first := schemaAt(s, "/$defs/"+tc.def+"/oneOf/0").(map[string]any)
			if got := first["const"] == ""; got != tc.blank {
				t.Errorf("%s: %s offers a blank: %v, want %v", l, tc.def, got, tc.blank)
			}
			if tc.blank && (first["title"] == draftOnly) == tc.final {
				t.Errorf("%s: %s's blank is titled %q, which says a draft only: %v; want %v", l, tc.def, first["title"], !tc.final, !tc.final)
			}
		}
		for i, o := range schemaAt(s, "/$defs/Scheme/oneOf").([]any) {
			title := o.(map[string]any)["title"].(string)
			if r := []rune(title)[0]; !unicode.IsUpper(r) {
				t.Errorf("%s: register %d is titled %q, not in sentence case", l, i, title)
			}
		}
	}
}

// TestSchemaVariants checks what sets each variant apart: the form variant
// has no $ref and no $defs, and each field keeps its own title where the
// standard schema has it beside a $ref; the OpenAPI variant has no $id or
// $schema and every $ref into components.schemas, which hold the agreement
// and every definition.
func TestSchemaVariants(t *testing.T) {
	for _, l := range i18n.Langs {
		std := schemaDoc(t, l)
		form := schemaVariantDoc(t, l, dpa.FormVariant)
		api := schemaVariantDoc(t, l, dpa.OpenAPIVariant)
		refs := func(v any) (n int, bad []string) {
			var walk func(v any)
			walk = func(v any) {
				switch x := v.(type) {
				case map[string]any:
					if r, ok := x["$ref"].(string); ok {
						n++
						if !strings.HasPrefix(r, "#/components/schemas/") {
							bad = append(bad, r)
						}
					}
					for _, c := range x {
						walk(c)
					}
				case []any:
					for _, c := range x {
						walk(c)
					}
				}
			}
			walk(v)
			return n, bad
		}
		if n, _ := refs(form); n != 0 || form["$defs"] != nil {
			t.Errorf("%s form: %d $refs, $defs %v", l, n, form["$defs"] != nil)
		}
		for _, p := range []string{"/properties/date", "/properties/effectiveDate", "/properties/processor", "/$defs/Location/properties/country"} {
			stdTitle := schemaAt(std, p+"/title")
			formP := strings.Replace(p, "/$defs/Location", "/properties/annexes/properties/b/properties/entries/items/properties/locations/items", 1)
			if got := schemaAt(form, formP+"/title"); got != stdTitle || got == nil {
				t.Errorf("%s form: %s titled %v, want the field's own %v", l, formP, got, stdTitle)
			}
		}
		if got := schemaAt(form, "/properties/date/format"); got != "date" {
			t.Errorf("%s form: the date is not inlined: format %v", l, got)
		}
		if got := schemaAt(form, "/$id"); got == std["$id"] || got == nil {
			t.Errorf("%s form: $id %v, the standard schema's or none", l, got)
		}
		if api["openapi"] != "3.1.0" || schemaAt(api, "/components/schemas/Agreement/$id") != nil || schemaAt(api, "/components/schemas/Agreement/$schema") != nil {
			t.Errorf("%s openapi: not an OpenAPI 3.1 document without $id and $schema", l)
		}
		n, bad := refs(api)
		if n == 0 || bad != nil {
			t.Errorf("%s openapi: %d $refs, outside components.schemas: %v", l, n, bad)
		}
		schemas := schemaAt(api, "/components/schemas").(map[string]any)
		defs := std["$defs"].(map[string]any)
		if len(schemas) != len(defs)+1 {
			t.Errorf("%s openapi: %d schemas for %d definitions and the agreement", l, len(schemas), len(defs))
		}
	}
	if _, err := dpa.Schema(dpa.SchemaVariant(99)); err == nil {
		t.Error("no error for an unknown variant")
	}
}

func schemaVariantDoc(t testing.TB, l i18n.Lang, v dpa.Variant, opts ...dpa.SchemaOption) map[string]any {
	t.Helper()
	b, err := dpa.Schema(append([]dpa.SchemaOption{dpa.SchemaLang(l), dpa.SchemaVariant(v)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(b), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSchemaTextLangs restricts the free texts to the agreement's
// languages: every Text, the definition and each inlined copy, keeps the
// languages given and nothing else changes; all four languages, or none,
// give the committed file itself; a text in another language is then
// rejected at its pointer.
func TestSchemaTextLangs(t *testing.T) {
	variants := []dpa.Variant{dpa.StandardVariant, dpa.FormVariant, dpa.OpenAPIVariant}
	for _, v := range variants {
		for _, l := range i18n.Langs {
			full, _ := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaVariant(v))
			for _, langs := range [][]i18n.Lang{nil, {}, {i18n.DA, i18n.EN, i18n.SV, i18n.NB}, {i18n.EN, i18n.EN, i18n.SV, i18n.NB, i18n.DA}} {
				if got, err := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaVariant(v), dpa.SchemaTextLangs(langs...)); err != nil || got != full {
					t.Errorf("variant %d %s with text in %v: not the committed file (%v)", v, l, langs, err)
				}
			}
			got, err := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaVariant(v), dpa.SchemaTextLangs(i18n.DA, i18n.EN))
			if err != nil {
				t.Fatal(err)
			}
			again, _ := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaVariant(v), dpa.SchemaTextLangs(i18n.EN, i18n.DA))
			if again != got {
				t.Errorf("variant %d %s: the order of the text languages changes the schema", v, l)
			}
			// The restricted schema is the full one less the sv and nb
			// members of each Text's properties.
			texts := strings.Count(full, `"sv": {`)
			if texts == 0 || strings.Count(got, `"sv": {`) != 0 || strings.Count(got, `"nb": {`) != 0 || strings.Count(got, `"da": {`) != texts || strings.Count(got, `"en": {`) != texts {
				t.Errorf("variant %d %s: %d texts, restricted to da and en: %d sv, %d nb, %d da, %d en", v, l, texts,
					strings.Count(got, `"sv": {`), strings.Count(got, `"nb": {`), strings.Count(got, `"da": {`), strings.Count(got, `"en": {`))
			}
			if v == dpa.StandardVariant && texts != 1 {
				t.Errorf("%s: %d Text definitions", l, texts)
			}
			var doc any
			if err := json.Unmarshal([]byte(got), &doc); err != nil {
				t.Fatalf("variant %d %s: %v", v, l, err)
			}
		}
	}
	// Restricted, the standard schema rejects a Swedish text in a
	// Danish–English agreement, where the full one accepts it.
	b, _ := dpa.Schema(dpa.SchemaTextLangs(i18n.DA, i18n.EN))
	doc, err := sjs.UnmarshalJSON(strings.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := sjs.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(dpa.SchemaID(i18n.EN), doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(dpa.SchemaID(i18n.EN))
	if err != nil {
		t.Fatal(err)
	}
	seed := schemaExample(t, "seed004.json") // a Danish–English agreement
	if p := schemaPointers(t, s, seed); p != nil {
		t.Fatalf("seed004.json rejected at %v", p)
	}
	if p := schemaPointers(t, s, schemaExample(t, "reference.json")); p == nil {
		t.Error("reference.json, in four languages, is valid against a Danish–English schema")
	}
	sv := schemaPatch(t, seed, []schemaPatchOp{{Op: "replace", Path: "/title", Value: json.RawMessage(`{"en": "DPA", "sv": "PUB-avtal"}`)}})
	if got := schemaPointers(t, s, sv); !slices.Equal(got, []string{"/title/sv"}) {
		t.Errorf("a Swedish title in a Danish–English schema: rejected at %v, want [/title/sv]", got)
	}
	for _, bad := range [][]i18n.Lang{{"fi"}, {i18n.EN, "no"}} {
		_, err := dpa.Schema(dpa.SchemaTextLangs(bad...))
		if ue := new(i18n.UnsupportedError); !errors.As(err, &ue) || ue.Tag != string(bad[len(bad)-1]) {
			t.Errorf("text in %v: %v, want an UnsupportedError for %s", bad, err, bad[len(bad)-1])
		}
	}
}
