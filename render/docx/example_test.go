package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/render/docx"
)

// A Word document of an agreement in Norwegian: build the document tree,
// then write it.
func ExampleWrite() {
	d, err := render.Build(examples.Seed003(), i18n.NB, render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := docx.Write(&buf, d); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(zr.File[5].Name, docx.Lang(d.Lang), d.PageOf("1", "9"))
	// Output: word/document.xml nb-NO Side 1 av 9
}

// Two languages side by side, as agreements with a foreign party are often
// negotiated.
func ExampleWriteParallel() {
	a := examples.Seed004()
	da, err := render.Build(a, i18n.DA, render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	sv, err := render.Build(a, i18n.SV, render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := docx.WriteParallel(&buf, da, sv); err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("PK")))
	// Output: true
}
