package dpa

import (
	"bytes"
	_ "embed" // the committed schemas
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/i18n"
	"github.com/go-json-experiment/json/jsontext"
)

//go:generate go run ../internal/schemagen -out schema

// SchemaVersion is the major version of the agreement's JSON Schema and part
// of its $id. It changes only when a document that one version accepts is
// rejected by the next, or the other way round; new titles, descriptions and
// looser rules keep the version.
const SchemaVersion = "v1"

// SchemaID returns the $id of the schema in language l, such as
// "https://github.com/dpakit/dpakit/dpa/schema/v1/agreement.sv.json". The
// four languages are four documents with the same rules and different texts.
func SchemaID(l i18n.Lang) string {
	return "https://github.com/dpakit/dpakit/dpa/schema/" + SchemaVersion + "/agreement." + string(l) + ".json"
}

// Variant is a form of the agreement's JSON Schema, for the tools that read
// JSON Schema their own way; [SchemaVariant] chooses one. Every variant has
// the same rules, so a validator gives the same verdicts at the same places
// with each; they differ in how they are put together. Each is a committed
// file per language: dpa/schema/agreement.<lang>.json, form.<lang>.json and
// openapi.<lang>.json.
type Variant uint8

// The variants of the schema.
const (
	// StandardVariant is the JSON Schema (draft 2020-12) with a $id
	// ([SchemaID]) and every type in $defs, titled by the type, with each
	// field's own title and description beside its $ref. It is the default,
	// for validators (ajv's Ajv2020, santhosh-tekuri/jsonschema,
	// @hyperjump/json-schema) and react-jsonschema-form.
	StandardVariant Variant = iota
	// FormVariant is the standard schema with every $ref replaced by the
	// definition it names, carrying the field's own title and description,
	// and no $defs: for form libraries that ignore the keywords beside a
	// $ref, such as JSON Forms, and for generating types. It is about four
	// times the size of the standard schema before compression and twice
	// after.
	FormVariant
	// OpenAPIVariant is an OpenAPI 3.1 document whose components.schemas
	// hold the agreement, as Agreement, and every type under its $defs name,
	// with each $ref written as "#/components/schemas/<name>" and no $id or
	// $schema: copy its components into an API description.
	OpenAPIVariant
)

// The committed schemas, generated from the Go types by internal/schemagen
// (go generate) and kept current by its test: each variant in each language.
var (
	//go:embed schema/agreement.en.json
	schemaEN string
	//go:embed schema/agreement.sv.json
	schemaSV string
	//go:embed schema/agreement.nb.json
	schemaNB string
	//go:embed schema/agreement.da.json
	schemaDA string
	//go:embed schema/form.en.json
	formEN string
	//go:embed schema/form.sv.json
	formSV string
	//go:embed schema/form.nb.json
	formNB string
	//go:embed schema/form.da.json
	formDA string
	//go:embed schema/openapi.en.json
	openapiEN string
	//go:embed schema/openapi.sv.json
	openapiSV string
	//go:embed schema/openapi.nb.json
	openapiNB string
	//go:embed schema/openapi.da.json
	openapiDA string
)

// schemaFiles holds the committed schemas by variant, in the order of
// [i18n.Langs].
var schemaFiles = map[Variant][4]*string{
	StandardVariant: {&schemaEN, &schemaSV, &schemaNB, &schemaDA},
	FormVariant:     {&formEN, &formSV, &formNB, &formDA},
	OpenAPIVariant:  {&openapiEN, &openapiSV, &openapiNB, &openapiDA},
}

// SchemaOption configures [Schema].
type SchemaOption func(*schemaConfig)

type schemaConfig struct {
	lang    i18n.Lang
	variant Variant
	text    []i18n.Lang // nil for every language
}

// SchemaLang chooses the language of the titles and descriptions: [i18n.EN]
// (the default), [i18n.SV], [i18n.NB] or [i18n.DA]. Use [i18n.Match] to turn
// a tag such as "no" or "sv-SE" into one of them.
func SchemaLang(l i18n.Lang) SchemaOption { return func(c *schemaConfig) { c.lang = l } }

// SchemaVariant chooses the variant of the schema: [StandardVariant] (the
// default), [FormVariant] or [OpenAPIVariant].
func SchemaVariant(v Variant) SchemaOption { return func(c *schemaConfig) { c.variant = v } }

// SchemaTextLangs restricts every free text (the Text type) to the
// languages given, such as the agreement's [Agreement.Languages], so that a
// form for a Danish–English agreement offers a Danish and an English input
// and no others. Without languages, or without the option, a free text
// offers all four. Nothing else in the schema changes: a text in another
// language is then rejected as an unknown property, which is also what a
// form should do with it.
func SchemaTextLangs(langs ...i18n.Lang) SchemaOption {
	langs = slices.Clone(langs)
	return func(c *schemaConfig) { c.text = langs }
}

// Schema returns the JSON Schema (draft 2020-12) of an [Agreement] as
// indented JSON, with titles and descriptions in the language chosen by
// [SchemaLang] (English by default), in the variant chosen by
// [SchemaVariant] (the standard one by default), and with free texts in the
// languages chosen by [SchemaTextLangs] (all four by default). Form
// libraries such as react-jsonschema-form and validators such as ajv
// (Ajv2020 with ajv-formats, strict mode) accept the standard variant as it
// is; JSON Forms takes the form variant, with Ajv2020.
//
// The standard schema has a versioned $id ([SchemaID]) and keeps every
// type in $defs. Enums are a oneOf of const values, each with a title in the
// chosen language and a description where one helps; dates are strings
// with format "date"; amounts are decimal strings with a pattern that also
// limits their digits to [MaxAmountDigits] and [MaxAmountDecimals], as
// [Decode] does; periods are objects with a value and a unit; organisation
// numbers have a pattern per scheme, in one if/then/else chain.
// Unknown properties are rejected, as [Decode] rejects unknown fields, and a
// value that the schema rejects is reported at the same JSON Pointer that
// [Decode] or [Validate] reports.
//
// The schema requires what every agreement needs, drafts included: a
// status, a language, the role of each contact, the kind of each breach
// deadline, both parts of an organisation number, a period and an amount,
// a unit for a fee, and countries for an instruction that lists them. A
// draft may leave the rest blank. A choice that a draft has not made yet is
// written as "", the value titled "not decided yet"; where a blank is fine
// in a final agreement too, the blank value is titled for what it means
// there ("not stated", "as the main rule"). What only a final agreement
// needs – every blank filled in, no placeholders, check digits, dates in
// order – and the rules that weigh one part of an agreement against another
// – transfers allowed on the agreement's date, measures and audit matching
// the security level – are left to [Validate]; the schema's description
// says so to the user.
//
// Schema serves the committed schema embedded in the package, without
// copying it: it is a string, so write it with [io.WriteString] (an
// http.ResponseWriter takes it as it is). The schema is generated from the
// Go types by reflection ahead of time (go generate ./dpa runs the
// generator internal/schemagen), never at run time, so importing dpa does
// not link the reflection library. A schema restricted by
// [SchemaTextLangs] is derived from the embedded one on the first call and
// kept for the next. A nil option is ignored. The errors are an
// [*i18n.UnsupportedError] for a language other than the four, in
// [SchemaLang] or [SchemaTextLangs], and an error for an unknown variant.
func Schema(opts ...SchemaOption) (string, error) {
	c := schemaConfig{lang: i18n.EN, variant: StandardVariant}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if !c.lang.Valid() {
		return "", &i18n.UnsupportedError{Tag: string(c.lang)}
	}
	files, ok := schemaFiles[c.variant]
	if !ok {
		return "", fmt.Errorf("dpa: no schema variant %d", c.variant)
	}
	s := *files[slices.Index(i18n.Langs, c.lang)]
	if len(c.text) == 0 {
		return s, nil
	}
	var keep schemaLangSet
	for _, l := range c.text {
		i := slices.Index(i18n.Langs, l)
		if i < 0 {
			return "", &i18n.UnsupportedError{Tag: string(l)}
		}
		keep |= 1 << i
	}
	if keep == 1<<len(i18n.Langs)-1 {
		return s, nil
	}
	key := schemaKey{c.variant, c.lang, keep}
	if r, ok := restrictedSchemas.Load(key); ok {
		return r.(string), nil
	}
	r, err := restrictText(s, keep)
	if err != nil {
		return "", err
	}
	r2, _ := restrictedSchemas.LoadOrStore(key, r)
	return r2.(string), nil
}

// schemaLangSet is a set of languages, bit i for i18n.Langs[i].
type schemaLangSet uint8

func (s schemaLangSet) has(l string) bool {
	i := slices.Index(i18n.Langs, i18n.Lang(l))
	return i >= 0 && s&(1<<i) != 0
}

type schemaKey struct {
	variant Variant
	lang    i18n.Lang
	text    schemaLangSet
}

// restrictedSchemas caches the schemas restricted by SchemaTextLangs, at
// most 3 variants × 4 languages × 14 sets of text languages.
var restrictedSchemas sync.Map

// restrictText returns the schema src with every free text restricted to
// the languages in keep: every "properties" object whose members are the
// four languages, the Text definition and, in the form variant, each copy
// of it, keeps only those members. Everything else is copied as it is,
// indented as the committed file.
func restrictText(src string, keep schemaLangSet) (string, error) {
	var buf bytes.Buffer
	buf.Grow(len(src))
	dec := jsontext.NewDecoder(strings.NewReader(src))
	enc := jsontext.NewEncoder(&buf, jsontext.WithIndent("  "), jsontext.EscapeForHTML(false))
	if err := copyRestricted(dec, enc, keep); err != nil {
		return "", fmt.Errorf("dpa: restricting the schema's texts: %w", err)
	}
	return buf.String(), nil
}

func copyRestricted(dec *jsontext.Decoder, enc *jsontext.Encoder, keep schemaLangSet) error {
	switch dec.PeekKind() {
	case '{', '[':
		open, err := dec.ReadToken()
		if err != nil {
			return err
		}
		if err := enc.WriteToken(open); err != nil {
			return err
		}
		isObject := open.Kind() == '{'
		for dec.PeekKind() != '}' && dec.PeekKind() != ']' {
			if isObject {
				tok, err := dec.ReadToken()
				if err != nil {
					return err
				}
				name := tok.String() // before the next read voids tok
				if err := enc.WriteToken(tok); err != nil {
					return err
				}
				if name == "properties" && dec.PeekKind() == '{' {
					raw, err := dec.ReadValue()
					if err != nil {
						return err
					}
					if err := copyProperties(bytes.Clone(raw), enc, keep); err != nil {
						return err
					}
					continue
				}
			}
			if err := copyRestricted(dec, enc, keep); err != nil {
				return err
			}
		}
		end, err := dec.ReadToken()
		if err != nil {
			return err
		}
		return enc.WriteToken(end)
	}
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	return enc.WriteValue(v)
}

// copyProperties copies a "properties" object: the Text type's, whose
// members are the four languages, without the languages not kept, any
// other as it is but for the texts within.
func copyProperties(raw []byte, enc *jsontext.Encoder, keep schemaLangSet) error {
	var names []string
	d := jsontext.NewDecoder(bytes.NewReader(raw))
	if _, err := d.ReadToken(); err != nil {
		return err
	}
	for d.PeekKind() == '"' {
		name, err := d.ReadToken()
		if err != nil {
			return err
		}
		names = append(names, name.String())
		if err := d.SkipValue(); err != nil {
			return err
		}
	}
	sorted := slices.Sorted(slices.Values(names))
	langs := make([]string, len(i18n.Langs))
	for i, l := range i18n.Langs {
		langs[i] = string(l)
	}
	slices.Sort(langs)
	d = jsontext.NewDecoder(bytes.NewReader(raw))
	if !slices.Equal(sorted, langs) {
		return copyRestricted(d, enc, keep)
	}
	open, _ := d.ReadToken()
	if err := enc.WriteToken(open); err != nil {
		return err
	}
	for d.PeekKind() == '"' {
		tok, err := d.ReadToken()
		if err != nil {
			return err
		}
		name := tok.String() // before the next read voids tok
		v, err := d.ReadValue()
		if err != nil {
			return err
		}
		if !keep.has(name) {
			continue
		}
		if err := enc.WriteToken(jsontext.String(name)); err != nil {
			return err
		}
		if err := enc.WriteValue(v); err != nil {
			return err
		}
	}
	end, err := d.ReadToken()
	if err != nil {
		return err
	}
	return enc.WriteToken(end)
}
