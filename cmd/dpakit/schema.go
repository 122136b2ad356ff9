package main

import (
	"io"
	"os"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

const schemaSynopsis = "[-lang en|sv|nb|da] [-o FILE]\n\n" +
	"Writes the agreement's JSON Schema (draft 2020-12). Exits 0, or 2 for bad usage or output that cannot be written."

// schemaCmd implements
//
//	dpakit schema [-lang en|sv|nb|da] [-o FILE]
//
// which writes the agreement's JSON Schema (draft 2020-12) with titles and
// descriptions in the chosen language, as dpa.Schema serves it, to standard
// output or to FILE. It exits 0, or 2 for bad usage or a file that cannot be
// written.
func schemaCmd(args []string, stdout *errWriter, stderr io.Writer) int {
	fs := newFlags("schema")
	langTag := fs.String("lang", "en", "language of the titles and descriptions: en, sv, nb (no) or da")
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
	s, err := dpa.Schema(dpa.SchemaLang(lang))
	if err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	if *out == "" {
		io.WriteString(stdout, s)
		return finish(stdout, stderr, exitOK)
	}
	if err := os.WriteFile(*out, []byte(s), 0o644); err != nil {
		linef(stderr, "dpakit: %v\n", err)
		return exitUnusable
	}
	return exitOK
}
