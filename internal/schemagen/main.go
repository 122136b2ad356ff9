// Command schemagen writes the committed JSON Schemas of an agreement,
// dpa/schema/agreement.<lang>.json, by reflecting the Go types with
// invopop/jsonschema and completing them from the term catalogue. It is
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
	out := flag.String("out", "schema", "the directory to write agreement.<lang>.json into")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}

// write generates the schema in every language into the directory dir.
func write(dir string) error {
	for _, l := range i18n.Langs {
		b, err := generate(l)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fileName(l)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// fileName is the name of the committed schema in language l.
func fileName(l i18n.Lang) string { return "agreement." + string(l) + ".json" }
