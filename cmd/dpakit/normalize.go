package main

import (
	"io"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

const normalizeSynopsis = "[-schema] [-lang en] [-o FILE] FILE\n\n" +
	"Writes the agreement in canonical form, as dpa.Encode does: trimmed text, canonical organisation\n" +
	"numbers and country codes, members in the model's order, two-space indentation. -schema names\n" +
	"the agreement's JSON Schema in the member $schema (its $id in the language of -lang), so that an\n" +
	"editor checks the file as it is typed; without it $schema is kept as the file has it. Exits 0,\n" +
	"or 2 when the file cannot be used."

func normalizeCmd(args []string, in *inputs, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("normalize")
	withSchema := fs.Bool("schema", false, "name the JSON Schema in $schema")
	langTag := fs.String("lang", "en", "language of the schema named: en, sv, nb (no) or da")
	out := fs.String("o", "", "write to this file instead of standard output")
	files, err := parseArgs(fs, args)
	if code, ok := parsed(err, fs, normalizeSynopsis, stdout, stderr); !ok {
		return code
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	if len(files) != 1 {
		linef(stderr, "dpakit normalize: want one file\n")
		return exitUnusable
	}
	a, err := in.read(files[0])
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	if *withSchema {
		a.Schema = dpa.SchemaID(lang)
	}
	b, err := dpa.Encode(a)
	if err != nil {
		linef(stderr, "dpakit normalize: %v\n", err)
		return exitUnusable
	}
	return emit(b, *out, stdout, stderr)
}
