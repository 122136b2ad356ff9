package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// schemaCmd implements
//
//	dpakit schema [-lang en|sv|nb|da] [-o FILE]
//
// which writes the agreement's JSON Schema (draft 2020-12) with titles and
// descriptions in the chosen language, as dpa.Schema serves it, to standard
// output or to FILE. It exits 0, or 2 for bad usage or a file that cannot be
// written.
func schemaCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langTag := fs.String("lang", "en", "language of the titles and descriptions: en, sv, nb (no) or da")
	out := fs.String("o", "", "write the schema to `FILE` instead of standard output")
	if err := fs.Parse(args); err != nil {
		return exitUnusable
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "dpakit schema: unexpected argument %q\n", fs.Arg(0))
		return exitUnusable
	}
	lang, err := i18n.Match(*langTag)
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	s, err := dpa.Schema(dpa.SchemaLang(lang))
	if err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	if *out == "" {
		if _, err := io.WriteString(stdout, s); err != nil {
			fmt.Fprintln(stderr, "dpakit:", err)
			return exitUnusable
		}
		return exitOK
	}
	if err := os.WriteFile(*out, []byte(s), 0o644); err != nil {
		fmt.Fprintln(stderr, "dpakit:", err)
		return exitUnusable
	}
	return exitOK
}
