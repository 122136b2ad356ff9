package pdf_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/render/pdf"
)

// A PDF of an agreement in Danish, for signing: build the document tree,
// then write it. The same agreement always gives the same bytes.
func ExampleWrite() {
	d, err := render.Build(examples.Seed004(), i18n.DA, render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, d); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %s, %s\n", buf.Bytes()[:8], pdf.Lang(d.Lang), d.Reference())
	// Output: %PDF-1.7 da-DK, seed004, version 1.1.0
}

// Two languages side by side in two columns.
func ExampleWriteParallel() {
	a := examples.Reference()
	sv, err := render.Build(a, i18n.SV, render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	en, err := render.Build(a, i18n.EN, render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.WriteParallel(&buf, sv, en); err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasSuffix(buf.Bytes(), []byte("%%EOF\n")))
	// Output: true
}
