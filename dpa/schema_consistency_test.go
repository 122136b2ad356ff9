package dpa_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
)

// contentRules are the findings that weigh one part of an agreement
// against another or against the law on a date. The schema leaves them to
// Validate on purpose, so the consistency tests below do not expect the
// schema to reject what only they report.
var contentRules = map[dpa.Code]string{
	"security.measure-missing-for-level": "the measures a level calls for are dpakit's default policy, not structure",
	"transfer.not-allowed":               "whether a transfer is allowed depends on the country, the date and the instruction",
}

// schemaDraftBases are clean example agreements made drafts: Validate finds
// no error in them, and the schema accepts them.
func schemaDraftBases(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range []string{"reference.json", "seed004.json"} {
		doc := schemaPatch(t, schemaExample(t, name), []schemaPatchOp{{Op: "replace", Path: "/status", Value: json.RawMessage(`"draft"`)}})
		a, err := dpa.Decode(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range dpa.Validate(a) {
			if f.Severity == finding.Error {
				t.Fatalf("%s as a draft has error %s at %s", name, f.Code, f.Path)
			}
		}
		out[name] = doc
	}
	return out
}

// libraryRejects reports whether Decode rejects doc, or Validate finds an
// error near path: at it, below it, or elsewhere in the object that holds
// it (a missing scheme is reported at the organisation number's value).
// Content rules do not count.
func libraryRejects(doc []byte, path string) (bool, string) {
	a, err := dpa.Decode(doc)
	if err != nil {
		var de *dpa.DecodeError
		if errors.As(err, &de) {
			return true, "decode: " + de.Pointer
		}
		return true, err.Error()
	}
	parent := path[:strings.LastIndexByte(path, '/')]
	for _, f := range dpa.Validate(a) {
		if f.Severity != finding.Error || contentRules[f.Code] != "" {
			continue
		}
		if f.Path == parent || strings.HasPrefix(f.Path, parent+"/") {
			return true, string(f.Code) + " at " + f.Path
		}
	}
	return false, ""
}

// members lists the JSON Pointer of every object member in v, at every
// depth, and strings lists the pointer of every string.
func members(v any, at string, objects, strs *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := schemaJoin(append(schemaSplit(at), k))
			*objects = append(*objects, p)
			members(x[k], p, objects, strs)
		}
	case []any:
		for i, e := range x {
			members(e, at+"/"+strconv.Itoa(i), objects, strs)
		}
	case string:
		*strs = append(*strs, at)
	}
}

func decodeJSON(t *testing.T, doc []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestSchemaRequiredMatchesValidation leaves out, one at a time, every
// member of clean draft agreements. The schema must reject the result
// exactly when Decode or Validate report an error there even in a draft:
// required means what every agreement needs, drafts included.
func TestSchemaRequiredMatchesValidation(t *testing.T) {
	t.Parallel()
	s := schemaCompiled(t)["agreement.en"]
	for name, base := range schemaDraftBases(t) {
		var objects, strs []string
		members(decodeJSON(t, base), "", &objects, &strs)
		for _, p := range objects {
			doc := schemaPatch(t, base, []schemaPatchOp{{Op: "remove", Path: p}})
			schemaSays := schemaPointers(t, s, doc)
			libRejects, why := libraryRejects(doc, p)
			if (schemaSays != nil) != libRejects {
				t.Errorf("%s without %s: schema rejects at %v, but the library %s", name, p, schemaSays, verdict(libRejects, why))
			}
		}
	}
}

// TestSchemaBlanksMatchValidation empties, one at a time, every string of
// clean draft agreements that Encode writes even when empty. The schema must
// reject the blank exactly when Decode or Validate report an error there in
// a draft: an open choice ("not decided yet") is allowed where validation
// only warns, and rejected where validation says the value is invalid.
// Blanks that Encode leaves out (omitzero) are written by leaving the member
// out, which TestSchemaRequiredMatchesValidation covers.
func TestSchemaBlanksMatchValidation(t *testing.T) {
	t.Parallel()
	s := schemaCompiled(t)["agreement.en"]
	checked := 0
	for name, base := range schemaDraftBases(t) {
		var objects, strs []string
		members(decodeJSON(t, base), "", &objects, &strs)
		for _, p := range strs {
			doc := schemaPatch(t, base, []schemaPatchOp{{Op: "replace", Path: p, Value: json.RawMessage(`""`)}})
			if a, err := dpa.Decode(doc); err == nil {
				enc, err := dpa.Encode(a)
				if err != nil {
					t.Fatal(err)
				}
				if schemaAt(decodeJSON(t, enc), p) == nil {
					continue // Encode leaves this blank out
				}
			}
			checked++
			schemaSays := schemaPointers(t, s, doc)
			libRejects, why := libraryRejects(doc, p)
			if (schemaSays != nil) != libRejects {
				t.Errorf("%s with %s blank: schema rejects at %v, but the library %s", name, p, schemaSays, verdict(libRejects, why))
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d blanks checked", checked)
	}
}

func verdict(rejects bool, why string) string {
	if rejects {
		return "rejects it (" + why + ")"
	}
	return "accepts it"
}
