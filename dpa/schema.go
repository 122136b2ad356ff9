package dpa

import (
	_ "embed" // the committed schemas

	"github.com/dpakit/dpakit/i18n"
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

// The committed schemas, generated from the Go types by internal/schemagen
// (go generate) and kept current by its test.
var (
	//go:embed schema/agreement.en.json
	schemaEN string
	//go:embed schema/agreement.sv.json
	schemaSV string
	//go:embed schema/agreement.nb.json
	schemaNB string
	//go:embed schema/agreement.da.json
	schemaDA string
)

// SchemaOption configures [Schema].
type SchemaOption func(*schemaConfig)

type schemaConfig struct {
	lang i18n.Lang
}

// SchemaLang chooses the language of the titles and descriptions: [i18n.EN]
// (the default), [i18n.SV], [i18n.NB] or [i18n.DA]. Use [i18n.Match] to turn
// a tag such as "no" or "sv-SE" into one of them.
func SchemaLang(l i18n.Lang) SchemaOption { return func(c *schemaConfig) { c.lang = l } }

// Schema returns the JSON Schema (draft 2020-12) of an [Agreement] as
// indented JSON, with titles and descriptions in the language chosen by
// [SchemaLang] (English by default). Form libraries such as
// react-jsonschema-form and validators such as ajv (Ajv2020 with
// ajv-formats, strict mode) accept it as it is.
//
// The schema has a versioned $id ([SchemaID]) and keeps every type in
// $defs. Enums are a oneOf of const values, each with a title in the chosen
// language and a description where one helps; dates are strings with format
// "date"; amounts are decimal strings with a pattern that also limits
// their digits to [MaxAmountDigits] and [MaxAmountDecimals], as [Decode]
// does; periods are objects with a value and a unit; organisation numbers
// have a pattern per scheme.
// Unknown properties are rejected, as [Decode] rejects unknown fields, and a
// value that the schema rejects is reported at the same JSON Pointer that
// [Decode] or [Validate] reports.
//
// The schema requires what every agreement needs, drafts included: a
// status, a language, the role of each contact, the kind of each breach
// deadline, both parts of an organisation number, a period and an amount,
// a unit for a fee, and countries for an instruction that lists them. A
// draft may leave the rest blank, and a choice that a draft has not made
// yet is written as "", the value titled "not decided yet". What only a
// final agreement needs – every blank filled in, no placeholders, check
// digits, dates in order – and the rules that weigh one part of an
// agreement against another – transfers allowed on the agreement's date,
// measures and audit matching the security level – are left to
// [Validate]; the schema's description says so to the user.
//
// Schema serves the committed schema embedded in the package, without
// copying it: it is a string, so write it with [io.WriteString] (an
// http.ResponseWriter takes it as it is). The schema is generated from the
// Go types by reflection ahead of time (go generate ./dpa runs the
// generator internal/schemagen), never at run time, so importing dpa does
// not link the reflection library. A nil option is ignored. The only
// error is an [*i18n.UnsupportedError] for a language other than the four.
func Schema(opts ...SchemaOption) (string, error) {
	c := schemaConfig{lang: i18n.EN}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if !c.lang.Valid() {
		return "", &i18n.UnsupportedError{Tag: string(c.lang)}
	}
	switch c.lang {
	case i18n.SV:
		return schemaSV, nil
	case i18n.NB:
		return schemaNB, nil
	case i18n.DA:
		return schemaDA, nil
	}
	return schemaEN, nil
}
