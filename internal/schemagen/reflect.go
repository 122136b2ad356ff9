package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/terms"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/invopop/jsonschema"
	"golang.org/x/text/collate"
)

// errSchema is wrapped by the errors of generating the schema. They mean
// a type of the model has no term or no schema name.
var errSchema = errors.New("schemagen: cannot generate the JSON Schema")

// schemaRequired lists, by Go field name, the fields every agreement needs,
// drafts included: leaving one of them out is an error that [Decode] or
// [Validate] reports even in a draft. Every other field may be left out of a
// draft; TestSchemaRequiredMatchesValidation holds the two in step.
var schemaRequired = map[reflect.Type][]string{
	reflect.TypeFor[dpa.Agreement]():      {"Status", "Languages"},
	reflect.TypeFor[dpa.BreachDeadline](): {"Kind"},
	reflect.TypeFor[org.Contact]():        {"Role"},
	reflect.TypeFor[org.ID]():             {"Scheme", "Value"},
	reflect.TypeFor[civil.Period]():       {"Unit"},
	reflect.TypeFor[dpa.Money]():          {"Amount", "Currency"},
}

// schemaNames renames the types whose Go names would collide in $defs or
// say too little there.
var schemaNames = map[reflect.Type]string{
	reflect.TypeFor[org.ID]():     "OrganisationID",
	reflect.TypeFor[annex.Term](): "OtherTerm",
}

// blankFields gives the blank choice of the enum fields where leaving the
// choice open means something other than the rule of walkSchemaTypes says,
// keyed by the field's term key; "" means no blank choice.
var blankFields = map[terms.Key]terms.Key{
	// An entry's own authorisation overrides the main rule of Annex B;
	// left blank, the main rule applies.
	terms.FieldOf[annex.SubProcessor]("Authorisation"): terms.BlankMainRule,
	// So does the authorisation for the sub-processors an entry engages.
	terms.FieldOf[annex.SubProcessor]("Engages"): terms.BlankMainRule,
	// A recipient inside the EEA needs no transfer tool, in a final
	// agreement too.
	terms.FieldOf[transfer.Basis]("Mechanism"): terms.BlankNoTransferTool,
	// A location without a country is allowed in a draft only.
	terms.FieldOf[transfer.Location]("Country"): terms.Blank,
}

// enumDefNames names the definitions of an enum with a blank choice other
// than its main one, by the field's term key.
var enumDefNames = map[terms.Key]string{
	terms.FieldOf[annex.SubProcessor]("Authorisation"): "AuthorisationOverride",
	terms.FieldOf[annex.SubProcessor]("Engages"):       "AuthorisationOverride",
	terms.FieldOf[dpa.AssistanceTerms]("Per"):          "UnitOptional",
}

// enumUse is an enum with the blank choice a field offers ("" for none).
type enumUse struct {
	t     reflect.Type
	blank terms.Key
}

// schemaTypes is what a walk over the agreement's types finds.
type schemaTypes struct {
	names map[reflect.Type]string // name in $defs of every named type
	kinds map[string]reflect.Type // the other way round
	enums map[reflect.Type]bool   // the enums, true when the main definition has a blank choice
	// defs names every definition of an enum: its main one under the
	// type's name, and one per other blank choice.
	defs map[enumUse]string
	// fields gives the definition of each enum field, by term key, whose
	// definition is not the enum's main one.
	fields map[terms.Key]string
	// enumFields are the term keys of every field of an enum type.
	enumFields map[terms.Key]bool
}

// fieldBlank is the blank choice of the enum field f of struct t: none
// when the field is required; for an optional field (omitzero), one that
// says nothing is stated; for the other fields, "not decided yet", allowed
// in a draft only; blankFields overrides the rule.
func fieldBlank(t reflect.Type, f schemaField) terms.Key {
	if b, ok := blankFields[terms.FieldKey(t, f.Name)]; ok {
		return b
	}
	switch {
	case slices.Contains(schemaRequired[t], f.Name):
		return ""
	case f.omitzero:
		return terms.BlankOptional
	}
	return terms.Blank
}

// walkSchemaTypes visits every type an Agreement holds, without recursion,
// names it for $defs and finds the enums: named string types that the term
// catalogue knows. Each enum field offers the blank choice fieldBlank gives
// it; an enum whose fields offer different blanks has a definition per
// blank.
func walkSchemaTypes() (schemaTypes, error) {
	st := schemaTypes{names: map[reflect.Type]string{}, kinds: map[string]reflect.Type{}, enums: map[reflect.Type]bool{}, defs: map[enumUse]string{}, fields: map[terms.Key]string{}, enumFields: map[terms.Key]bool{}}
	uses := map[reflect.Type][]terms.Key{} // the blank choice of each scalar use of an enum
	useFields := map[enumUse][]terms.Key{} // the fields of each

	name := func(t reflect.Type) error {
		if _, done := st.names[t]; done || t.Name() == "" {
			return nil
		}
		n, ok := schemaNames[t]
		if !ok {
			n = t.Name()
		}
		if other, clash := st.kinds[n]; clash {
			return fmt.Errorf("%w: %s and %s are both named %q in $defs", errSchema, other, t, n)
		}
		st.names[t], st.kinds[n] = n, t
		return nil
	}
	queue := []reflect.Type{reflect.TypeFor[dpa.Agreement]()}
	seen := map[reflect.Type]bool{}
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		if seen[t] {
			continue
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer:
			queue = append(queue, t.Elem())
			continue
		case reflect.Slice:
			if err := name(t); err != nil {
				return st, err
			}
			queue = append(queue, t.Elem())
			continue
		case reflect.String:
			if t.PkgPath() == "" {
				continue
			}
			if !terms.IsEnum(terms.TypeKey(t)) {
				return st, fmt.Errorf("%w: %s is a named string type that the term catalogue has no values for", errSchema, t)
			}
			if _, known := st.enums[t]; !known {
				st.enums[t] = false
			}
			if err := name(t); err != nil {
				return st, err
			}
			continue
		case reflect.Struct:
		default:
			continue
		}
		if err := name(t); err != nil {
			return st, err
		}
		if _, ok := customSchemas[t]; ok {
			continue // a value type with a schema of its own: its fields are not JSON properties
		}
		for f := range schemaFields(t) {
			queue = append(queue, f.Type)
			if f.Type.Kind() == reflect.String && f.Type.PkgPath() != "" {
				b := fieldBlank(t, f)
				u := enumUse{f.Type, b}
				if !slices.Contains(uses[f.Type], b) {
					uses[f.Type] = append(uses[f.Type], b)
				}
				useFields[u] = append(useFields[u], terms.FieldKey(t, f.Name))
				st.enumFields[terms.FieldKey(t, f.Name)] = true
			}
		}
	}
	// The main definition of an enum is the one without a blank or with
	// "not decided yet"; an enum used only with another blank has that as
	// its main one. Every other blank gets a definition of its own, named
	// in enumDefNames.
	for t := range st.enums {
		main := terms.Key("")
		others := []terms.Key{}
		for _, b := range uses[t] {
			switch b {
			case "", terms.Blank:
				if b == terms.Blank {
					main = terms.Blank
				}
			default:
				others = append(others, b)
			}
		}
		if !slices.Contains(uses[t], "") && !slices.Contains(uses[t], terms.Blank) && len(others) > 0 {
			main, others = others[0], others[1:]
		}
		st.enums[t] = main != ""
		st.defs[enumUse{t, main}] = st.names[t]
		for _, b := range others {
			u := enumUse{t, b}
			var name string
			for _, k := range useFields[u] {
				n, ok := enumDefNames[k]
				if !ok {
					return st, fmt.Errorf("%w: %s needs a definition of its own for its blank %s; name it in enumDefNames", errSchema, k, b)
				}
				if name != "" && n != name {
					return st, fmt.Errorf("%w: the fields with %s's blank %s have different names in enumDefNames", errSchema, t, b)
				}
				name = n
				st.fields[k] = n
			}
			if other, clash := st.kinds[name]; clash {
				return st, fmt.Errorf("%w: %s and %s are both named %q in $defs", errSchema, other, t, name)
			}
			st.kinds[name] = t
			st.defs[u] = name
		}
	}
	return st, nil
}

// schemaField is an exported struct field with its JSON name.
type schemaField struct {
	reflect.StructField
	json     string // JSON name
	omitzero bool   // left out when zero
}

// schemaFields yields the fields of struct t that appear in JSON. A struct
// without json tags (a value type with its own JSON form, such as Money)
// names its fields by their Go names in lower camel case.
func schemaFields(t reflect.Type) func(yield func(schemaField) bool) {
	return func(yield func(schemaField) bool) {
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if name == "" {
				name = strings.ToLower(f.Name[:1]) + f.Name[1:]
			}
			if !yield(schemaField{StructField: f, json: name, omitzero: strings.Contains(","+opts+",", ",omitzero,")}) {
				return
			}
		}
	}
}

// generate returns the schema in language l, reflected from the Go types,
// as the indented JSON of the committed file.
func generate(l i18n.Lang) ([]byte, error) {
	if !l.Valid() {
		return nil, &i18n.UnsupportedError{Tag: string(l)}
	}
	s, err := buildSchema(l)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errSchema, err)
	}
	// Re-encode with jsontext to indent and to keep "&", "<" and ">" as
	// they are: encoding/json escapes them for HTML, which a schema file
	// does not need.
	out, err := jsontext.AppendFormat(nil, b, jsontext.WithIndent("  "), jsontext.EscapeForHTML(false))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errSchema, err)
	}
	return append(out, '\n'), nil
}

// buildSchema reflects the Agreement with invopop/jsonschema and completes
// the result with the term catalogue: titles and descriptions in language l,
// the required fields, and the enums as oneOf of const.
func buildSchema(l i18n.Lang) (*jsonschema.Schema, error) {
	st, err := walkSchemaTypes()
	if err != nil {
		return nil, err
	}
	r := &jsonschema.Reflector{
		ExpandedStruct:             true,
		RequiredFromJSONSchemaTags: true, // required comes from schemaRequired
		Namer:                      func(t reflect.Type) string { return st.names[t] },
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			_, enum := st.enums[t]
			_, custom := customSchemas[t]
			if enum || custom {
				return &jsonschema.Schema{Ref: "#/$defs/" + st.names[t]}
			}
			return nil
		},
	}
	root := r.ReflectFromType(reflect.TypeFor[dpa.Agreement]())
	root.ID = jsonschema.ID(dpa.SchemaID(l))

	for u, name := range st.defs {
		root.Definitions[name] = enumSchema(u.t, l, u.blank)
	}
	for t, schema := range customSchemas {
		if _, reached := st.names[t]; reached {
			root.Definitions[st.names[t]] = schema()
		}
	}
	for t, extend := range extensions {
		if t == reflect.TypeFor[dpa.Agreement]() {
			extend(root) // the root, expanded in place
			continue
		}
		if def, ok := root.Definitions[st.names[t]]; ok {
			extend(def)
		}
	}
	for n, def := range root.Definitions {
		t := st.kinds[n]
		if t == nil {
			return nil, fmt.Errorf("%w: $defs/%s has no Go type", errSchema, n)
		}
		if err := decorate(def, t, l, st); err != nil {
			return nil, err
		}
	}
	if err := decorate(root, reflect.TypeFor[dpa.Agreement](), l, st); err != nil {
		return nil, err
	}
	return root, nil
}

// text returns t in language l, falling back to English.
func text(t i18n.Text, l i18n.Lang) string {
	s, _ := t.Get(l, i18n.EN)
	return s
}

// decorate gives the schema of type t its title and description, the title
// and description of each property, and the required properties. An array
// of an enum that a draft may leave blank rejects the blank in its items,
// since validation reports an empty list entry as invalid.
func decorate(s *jsonschema.Schema, t reflect.Type, l i18n.Lang, st schemaTypes) error {
	tt, ok := terms.Lookup(terms.TypeKey(t))
	if !ok {
		return fmt.Errorf("%w: no term for type %s", errSchema, terms.TypeKey(t))
	}
	s.Title, s.Description = text(tt.Title, l), text(tt.Description, l)
	if t.Kind() != reflect.Struct || s.Properties == nil {
		return nil
	}
	s.Required = nil
	for f := range schemaFields(t) {
		p, ok := s.Properties.Get(f.json)
		if !ok {
			return fmt.Errorf("%w: %s has no property %q", errSchema, t, f.json)
		}
		k := terms.FieldKey(t, f.Name)
		ft, ok := terms.Lookup(k)
		if !ok {
			return fmt.Errorf("%w: no term for field %s", errSchema, k)
		}
		p.Title, p.Description = text(ft.Title, l), text(ft.Description, l)
		if def, ok := st.fields[k]; ok {
			p.Ref = "#/$defs/" + def
		}
		if slices.Contains(schemaRequired[t], f.Name) {
			s.Required = append(s.Required, f.json)
		}
		if f.Type.Kind() == reflect.Slice && st.enums[f.Type.Elem()] && p.Items != nil {
			p.Items.Type = "string"
			one := uint64(1)
			p.Items.MinLength = &one
		}
	}
	return nil
}

// enumSchema is the schema of the enum t in language l: a string that is
// one of the values, each a const with its title and description. With a
// blank key, the empty string is a value too, first, titled by that term:
// "not decided yet" for a draft, or what a blank means in a field where it
// is fine in a final agreement. Countries are sorted by their names in l,
// with l's collation; other enums keep the order of their definitions table.
func enumSchema(t reflect.Type, l i18n.Lang, blank terms.Key) *jsonschema.Schema {
	values := terms.Values(terms.TypeKey(t))
	if t == reflect.TypeFor[transfer.Country]() {
		c := collate.New(l.Tag())
		slices.SortStableFunc(values, func(a, b terms.Value) int {
			return c.CompareString(text(a.Title, l), text(b.Title, l))
		})
	}
	s := &jsonschema.Schema{Type: "string"}
	if blank != "" {
		b, _ := terms.Lookup(blank)
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: "", Title: text(b.Title, l), Description: text(b.Description, l)})
	}
	for _, v := range values {
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: v.ID, Title: text(terms.ChoiceTitle(terms.ValueKey(t, v.ID)), l), Description: text(v.Description, l)})
	}
	return s
}
