//go:build ignore

// schema_gen writes the committed JSON Schemas, schema/agreement.<lang>.json,
// by reflecting the Go types. go generate runs it:
//
//	go generate ./dpa
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

func main() {
	for _, l := range i18n.Langs {
		b, err := dpa.Schema(dpa.SchemaLang(l), dpa.SchemaReflect())
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		name := filepath.Join("schema", "agreement."+string(l)+".json")
		if err := os.WriteFile(name, []byte(b), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
