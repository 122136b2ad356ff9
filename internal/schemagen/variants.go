package main

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// A variant is the standard schema rewritten for the tools that read JSON
// Schema their own way. Each is a file per language, dpa/schema/<name>.<lang>.json,
// that dpa.Schema serves with dpa.SchemaVariant.
type variant struct {
	v     dpa.Variant
	name  string                                  // the start of the file's name
	build func(std any, l i18n.Lang) (any, error) // nil for the standard schema
}

// variants are the files written for each language, the standard schema
// first.
var variants = []variant{
	{dpa.StandardVariant, "agreement", nil},
	{dpa.FormVariant, "form", formVariant},
	{dpa.OpenAPIVariant, "openapi", openAPIVariant},
}

// fileName is the name of the committed schema of variant v in language l,
// such as form.sv.json; "" for a variant that is not in variants.
func fileName(v dpa.Variant, l i18n.Lang) string {
	for _, x := range variants {
		if x.v == v {
			return x.name + "." + string(l) + ".json"
		}
	}
	return ""
}

// generateVariant returns variant v of the schema in language l, as the
// indented JSON of the committed file.
func generateVariant(v dpa.Variant, l i18n.Lang) ([]byte, error) {
	std, err := generate(l)
	if err != nil {
		return nil, err
	}
	for _, x := range variants {
		if x.v != v {
			continue
		}
		if x.build == nil {
			return std, nil
		}
		tree, err := parse(std)
		if err != nil {
			return nil, err
		}
		out, err := x.build(tree, l)
		if err != nil {
			return nil, err
		}
		return encode(out)
	}
	return nil, fmt.Errorf("%w: no variant %d", errSchema, v)
}

// siteKeywords are the keywords a $ref may have beside it that the inlined
// definition's own replace: the field's title and help text.
var siteKeywords = []string{"title", "description"}

// formVariant inlines every $ref, so that a form library that ignores the
// keywords beside a $ref (JSON Forms) or makes a type of each use
// (json-schema-to-typescript) sees each field's own title and description.
// The definitions go; the rules stay the same, so every validator gives the
// same verdicts at the same places. A keyword beside a $ref other than a
// title or a description must say what the definition says, or add to it.
func formVariant(std any, l i18n.Lang) (any, error) {
	root := std.(object)
	defsV, _ := root.get("$defs")
	defs, _ := defsV.(object)
	var inline func(v any, path []string) (any, error)
	inline = func(v any, path []string) (any, error) {
		switch x := v.(type) {
		case []any:
			out := make([]any, len(x))
			for i, e := range x {
				var err error
				if out[i], err = inline(e, path); err != nil {
					return nil, err
				}
			}
			return out, nil
		case object:
			if ref, ok := x.get("$ref"); ok {
				name, found := strings.CutPrefix(ref.(string), "#/$defs/")
				def, known := defs.get(name)
				if !found || !known {
					return nil, fmt.Errorf("%w: $ref %v names no definition", errSchema, ref)
				}
				if slices.Contains(path, name) {
					return nil, fmt.Errorf("%w: $defs/%s refers to itself through %v; it cannot be inlined", errSchema, name, path)
				}
				merged := clone(def).(object)
				for _, m := range x.without("$ref") {
					if have, ok := merged.get(m.name); ok && !slices.Contains(siteKeywords, m.name) && !reflect.DeepEqual(have, m.value) {
						return nil, fmt.Errorf("%w: the %s beside a $ref to %s differs from the definition's", errSchema, m.name, name)
					}
					merged = merged.set(m.name, m.value)
				}
				return inline(merged, append(slices.Clone(path), name))
			}
			out := make(object, len(x))
			for i, m := range x {
				out[i].name = m.name
				var err error
				if out[i].value, err = inline(m.value, path); err != nil {
					return nil, err
				}
			}
			return out, nil
		}
		return v, nil
	}
	out, err := inline(root.without("$defs"), nil)
	if err != nil {
		return nil, err
	}
	return out.(object).set("$id", variantID("form", l)), nil
}

// variantID is the $id of the variant whose files are named name in
// language l: the standard schema's $id with the variant's file name.
func variantID(name string, l i18n.Lang) string {
	id := dpa.SchemaID(l)
	return id[:strings.LastIndexByte(id, '/')+1] + name + "." + string(l) + ".json"
}

// openAPIVariant is an OpenAPI 3.1 document whose components.schemas hold
// the agreement, as Agreement, and every definition under its name, with
// the $refs pointing there. It has no $id and no $schema: OpenAPI tools
// resolve a $ref against the document, not against a $id, and OpenAPI 3.1's
// dialect is JSON Schema 2020-12. An API description takes the schemas as
// they are.
func openAPIVariant(std any, l i18n.Lang) (any, error) {
	root := std.(object)
	defsV, _ := root.get("$defs")
	defs, _ := defsV.(object)
	schemas := object{{"Agreement", root.without("$schema", "$id", "$defs")}}
	for _, m := range defs {
		if m.name == "Agreement" {
			return nil, fmt.Errorf("%w: $defs/Agreement would clash with the agreement itself", errSchema)
		}
		schemas = append(schemas, m)
	}
	tree, err := rewrite(schemas, func(o object) (object, error) {
		if ref, ok := o.get("$ref"); ok {
			s, _ := ref.(string)
			name, found := strings.CutPrefix(s, "#/$defs/")
			if !found {
				return nil, fmt.Errorf("%w: $ref %v is not into $defs", errSchema, ref)
			}
			o = o.set("$ref", "#/components/schemas/"+name)
		}
		return o, nil
	})
	if err != nil {
		return nil, err
	}
	title, _ := root.get("title")
	description, _ := root.get("description")
	return object{
		{"openapi", "3.1.0"},
		{"info", object{
			{"title", title},
			{"version", dpa.SchemaVersion},
			{"description", description},
		}},
		{"paths", object{}},
		{"components", object{{"schemas", tree}}},
	}, nil
}
