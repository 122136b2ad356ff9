package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// FuzzWrite decodes any input, lays it out in every language and writes it
// as a Word document: nothing panics, and every part of the package is
// well-formed XML. Seeded from the example JSON files.
func FuzzWrite(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "json", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no example JSON files: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"\u0000\ufffe<&>","version":"]]>","title":{"en":"\u0001"},"status":"draft"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpa.Decode(data)
		if err != nil {
			return
		}
		for _, l := range i18n.Langs {
			d, err := render.Build(a, l, render.Options{AllowBlanks: true, TOC: true})
			if err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			var buf bytes.Buffer
			if err := Write(&buf, d); err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			unpack(t, buf.Bytes())
		}
	})
}
