package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// committedDir is where go generate ./dpa writes the schemas.
var committedDir = filepath.Join("..", "..", "dpa", "schema")

// TestSchemaFilesCurrent fails when a committed schema differs from what
// reflection generates now: a field, a rule or a term changed without
// go generate ./dpa. It also holds the copy that package dpa embeds and
// serves to the file, for every variant.
func TestSchemaFilesCurrent(t *testing.T) {
	for _, v := range variants {
		for _, l := range i18n.Langs {
			name := fileName(v.v, l)
			generated, err := generateVariant(v.v, l)
			if err != nil {
				t.Fatal(err)
			}
			onDisk, err := os.ReadFile(filepath.Join(committedDir, name))
			if err != nil {
				t.Fatal(err)
			}
			if string(onDisk) != string(generated) {
				t.Errorf("dpa/schema/%s is stale; run go generate ./dpa\nfirst difference at %s", name, firstDiff(string(onDisk), string(generated)))
			}
			served, err := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaVariant(v.v))
			if err != nil {
				t.Fatal(err)
			}
			if served != string(onDisk) {
				t.Errorf("dpa serves a %s schema that differs from dpa/schema/%s; rebuild", l, name)
			}
		}
	}
	if _, err := generateVariant(99, i18n.EN); err == nil {
		t.Error("an unknown variant generates")
	}
}

// firstDiff names the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  committed: %s\n  generated: %s", i+1, x, y)
		}
	}
	return "the end"
}

// TestWrite runs what go generate runs, into a temporary directory, and
// compares each file with generateVariant's result.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	if err := write(dir); err != nil {
		t.Fatal(err)
	}
	for _, v := range variants {
		for _, l := range i18n.Langs {
			got, err := os.ReadFile(filepath.Join(dir, fileName(v.v, l)))
			if err != nil {
				t.Fatal(err)
			}
			want, _ := generateVariant(v.v, l)
			if string(got) != string(want) {
				t.Errorf("%s: write wrote something other than generateVariant gives", fileName(v.v, l))
			}
		}
	}
	if err := write(filepath.Join(dir, "missing")); err == nil {
		t.Error("write into a directory that does not exist: no error")
	}
}

func TestGenerateUnsupported(t *testing.T) {
	for _, tc := range []struct {
		lang   i18n.Lang
		reason string
	}{
		{"fi", "Finnish is not written"},
		{"", "the empty Lang"},
		{"no", "no is matched to nb by i18n.Match, but is not itself a Lang"},
	} {
		b, err := generate(tc.lang)
		var ue *i18n.UnsupportedError
		if !errors.As(err, &ue) || ue.Tag != string(tc.lang) || b != nil {
			t.Errorf("generate(%q) = %d bytes, %v; want nothing and an *i18n.UnsupportedError for %q (%s)", tc.lang, len(b), err, tc.lang, tc.reason)
		}
	}
}

// TestTablesReached checks that every type with a schema or an extension
// of its own is one the walk over the Agreement reaches, and every field
// with a blank or a definition of its own an enum field it reaches: an entry
// for a type or a field the model no longer holds would silently do
// nothing.
func TestTablesReached(t *testing.T) {
	st, err := walkSchemaTypes()
	if err != nil {
		t.Fatal(err)
	}
	var types []reflect.Type
	for typ := range customSchemas {
		types = append(types, typ)
	}
	for typ := range extensions {
		if _, custom := customSchemas[typ]; custom {
			t.Errorf("%s has both a schema of its own and an extension; the extension would be lost", typ)
		}
		types = append(types, typ)
	}
	for typ := range schemaRequired {
		types = append(types, typ)
	}
	for typ := range schemaNames {
		types = append(types, typ)
	}
	for _, typ := range types {
		if _, ok := st.names[typ]; !ok {
			t.Errorf("%s is in a table of the generator, but an Agreement holds no %s", typ, typ)
		}
	}
	for k := range blankFields {
		if !st.enumFields[k] {
			t.Errorf("blankFields has %s, which is not an enum field an Agreement holds", k)
		}
	}
	for k, name := range enumDefNames {
		if st.fields[k] != name {
			t.Errorf("enumDefNames names %s's definition %s, but the field refers to %q", k, name, st.fields[k])
		}
	}
}

// BenchmarkGenerate measures generating one language's schema by
// reflection, which go generate and the staleness test do.
func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := generate(i18n.SV); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVariantsRefuse checks that the variants refuse what they cannot
// rewrite faithfully: a definition that refers to itself (it cannot be
// inlined), a keyword beside a $ref that contradicts the definition, a $ref
// to nothing, and for OpenAPI a $ref outside $defs and a definition named
// Agreement.
func TestVariantsRefuse(t *testing.T) {
	for _, tc := range []struct {
		name, schema string
		build        func(any, i18n.Lang) (any, error)
	}{
		{"form: itself", `{"$defs": {"A": {"properties": {"a": {"$ref": "#/$defs/A"}}}}, "properties": {"x": {"$ref": "#/$defs/A"}}}`, formVariant},
		{"form: contradiction", `{"$defs": {"A": {"type": "string"}}, "properties": {"x": {"$ref": "#/$defs/A", "type": "object"}}}`, formVariant},
		{"form: no such definition", `{"$defs": {}, "properties": {"x": {"$ref": "#/$defs/B"}}}`, formVariant},
		{"openapi: outside $defs", `{"$defs": {}, "properties": {"x": {"$ref": "other.json#/A"}}}`, openAPIVariant},
		{"openapi: Agreement", `{"$defs": {"Agreement": {}}, "properties": {}}`, openAPIVariant},
	} {
		tree, err := parse([]byte(tc.schema))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tc.build(tree, i18n.EN); !errors.Is(err, errSchema) {
			t.Errorf("%s: %v, want an errSchema", tc.name, err)
		}
	}
	// A title beside a $ref is the field's own; a keyword that adds to the
	// definition is kept.
	tree, _ := parse([]byte(`{"$defs": {"A": {"type": "string", "title": "A"}}, "properties": {"x": {"$ref": "#/$defs/A", "title": "X", "minLength": 1}}}`))
	out, err := formVariant(tree, i18n.EN)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := encode(out)
	for _, want := range []string{`"title": "X"`, `"minLength": 1`, `"type": "string"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("form variant of a titled $ref: no %s in %s", want, b)
		}
	}
	if strings.Contains(string(b), `"title": "A"`) || strings.Contains(string(b), "$ref") {
		t.Errorf("form variant keeps the definition's title or the $ref: %s", b)
	}
}
