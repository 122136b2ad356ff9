// Command schemagen writes the committed JSON Schemas of an agreement,
// dpa/schema/agreement.<lang>.json, by reflecting the Go types with
// invopop/jsonschema and completing them from the term catalogue, and the
// variants for form libraries and OpenAPI, dpa/schema/form.<lang>.json and
// dpa/schema/openapi.<lang>.json, by rewriting those, and the UI schemas of
// the agreement's form for react-jsonschema-form and JSON Forms,
// dpa/schema/ui.rjsf.<lang>.json and ui.jsonforms.<lang>.json. It is
// the only place that links the reflection library: package dpa serves the
// files it writes, embedded. go generate runs it:
//
//	go generate ./dpa
//
// Its test fails while the committed files differ from what it generates.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dpakit/dpakit/i18n"
)

func main() {
	out := flag.String("out", "schema", "the directory to write the <variant>.<lang>.json files into")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}

// write generates every variant of the schema and every UI schema in every
// language into the directory dir.
func write(dir string) error {
	for _, v := range variants {
		for _, l := range i18n.Langs {
			b, err := generateVariant(v.v, l)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, fileName(v.v, l)), b, 0o644); err != nil {
				return err
			}
		}
	}
	for _, t := range uiTools {
		for _, l := range i18n.Langs {
			b, err := generateUI(t.tool, l)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, uiFileName(t.tool, l)), b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
