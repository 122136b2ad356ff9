// Command catalogen compiles the clause catalogues of package render,
// locales/{en,sv,nb,da}/messages.gotext.json, into catalog_gen.go. It runs
// by go generate in render:
//
//	go run ../internal/catalog/catalogen
package main

import (
	"fmt"
	"os"

	"github.com/dpakit/dpakit/internal/catalog"
)

func main() {
	src, err := catalog.GenerateDir(os.DirFS("locales"), catalog.Langs)
	if err == nil {
		err = os.WriteFile("catalog_gen.go", src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "catalogen:", err)
		os.Exit(1)
	}
}
