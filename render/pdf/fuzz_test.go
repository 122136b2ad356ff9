package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// FuzzWrite decodes any input, lays it out in English and Swedish and writes it
// as a PDF: nothing panics, no line leaves the page, and the file reads back
// whole (readFile: the cross-reference stream, every object and stream where
// it says). Seeded from the example JSON files.
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
		for _, l := range i18n.Langs[:2] {
			d, err := render.Build(a, l, render.Options{AllowBlanks: true, TOC: true})
			if err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			b, lines := traced(t, d, nil)
			if !bytes.HasPrefix(b, []byte("%PDF-1.7")) || !bytes.HasSuffix(b, []byte("%%EOF\n")) {
				t.Fatalf("%s: not a whole PDF", l)
			}
			readFile(t, b)
			for _, dr := range lines {
				for _, s := range dr.l.segs {
					if dr.x+s.x+s.w > pageW-marginR+0.01 || dr.y+dr.l.h > bottom+0.01 {
						t.Fatalf("%s: %q leaves the text area", l, s.s)
					}
				}
			}
		}
	})
}
