package main

import (
	"io"
	"strings"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

const schemaSynopsis = "[-lang en|sv|nb|da] [-variant standard|form|openapi] [-text LANGS] [-o FILE]\n\n" +
	"Writes the agreement's JSON Schema (draft 2020-12). Exits 0, or 2 for bad usage or output that cannot be written."

// schemaVariants are the names of -variant.
var schemaVariants = map[string]dpa.Variant{"standard": dpa.StandardVariant, "form": dpa.FormVariant, "openapi": dpa.OpenAPIVariant}

// schemaCmd implements
//
//	dpakit schema [-lang en|sv|nb|da] [-variant standard|form|openapi] [-text LANGS] [-o FILE]
//
// which writes the agreement's JSON Schema (draft 2020-12) with titles and
// descriptions in the chosen language, in the chosen variant and with free
// texts in the comma-separated languages LANGS (all four by default), as
// dpa.Schema serves it, to standard output or to FILE. It exits 0, or 2 for
// bad usage or a file that cannot be written.
func schemaCmd(args []string, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("schema")
	langTag := fs.String("lang", "en", "language of the titles and descriptions: en, sv, nb (no) or da")
	variant := fs.String("variant", "standard", "standard (validators, react-jsonschema-form), form (every $ref inlined: JSON Forms, code generators) or openapi (an OpenAPI 3.1 document)")
	text := fs.String("text", "", "the languages of free texts, comma-separated, such as da,en; all four when empty")
	out := fs.String("o", "", "write the schema to `FILE` instead of standard output")
	rest, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, schemaSynopsis, stdout, stderr); !ok {
		return code
	}
	if len(rest) > 0 {
		linef(stderr, "dpakit schema: unexpected argument %q\n", rest[0])
		return exitUnusable
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	v, ok := schemaVariants[*variant]
	if !ok {
		linef(stderr, "dpakit schema: unknown variant %q; use standard, form or openapi\n", *variant)
		return exitUnusable
	}
	var textLangs []i18n.Lang
	for _, tag := range strings.Split(*text, ",") {
		if tag = strings.TrimSpace(tag); tag == "" {
			continue
		}
		l, err := i18n.Match(tag)
		if err != nil {
			linef(stderr, "dpakit: %v\n", err)
			return exitUnusable
		}
		textLangs = append(textLangs, l)
	}
	s, err := dpa.Schema(dpa.SchemaLang(lang), dpa.SchemaVariant(v), dpa.SchemaTextLangs(textLangs...))
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	return emit([]byte(s), *out, stdout, stderr)
}
