// Command catalogen compiles the catalogues of a package,
// locales/{en,sv,nb,da}/messages.gotext.json, into catalog_gen.go. It runs
// by go generate in the package's directory, with the name of one of
// catalog.Targets (render by default):
//
//	go run ../internal/catalog/catalogen
//	go run ../catalog/catalogen -target terms
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dpakit/dpakit/internal/catalog"
)

func main() {
	name := flag.String("target", "render", "the catalogue to compile: one of catalog.Targets")
	flag.Parse()
	t, ok := catalog.Targets[*name]
	if !ok {
		fmt.Fprintf(os.Stderr, "catalogen: no target %q\n", *name)
		os.Exit(2)
	}
	src, err := t.GenerateDir(os.DirFS("locales"), catalog.Langs)
	if err == nil {
		err = os.WriteFile(catalog.GenFile, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "catalogen:", err)
		os.Exit(1)
	}
}
