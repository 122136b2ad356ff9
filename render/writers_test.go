package render_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/dpakit/dpakit/render/docx"
	"github.com/dpakit/dpakit/render/pdf"
)

// The hostile-string and injection corpora through the paged writers: every
// DOCX is a zip of well-formed XML parts holding only WordprocessingML,
// package and property elements, with the input as text; every PDF is whole
// and, with DPAKIT_TOOLS set, passes qpdf --check.

const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// checkDOCX opens the package and reads every part with the strict XML
// decoder; in the document and footer every element must be
// WordprocessingML. It returns the document's text.
func checkDOCX(b []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", err
	}
	var text strings.Builder
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return "", err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return "", err
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		d.Strict = true
		body := f.Name == "word/document.xml" || f.Name == "word/footer1.xml"
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return "", errors.New(f.Name + ": " + err.Error())
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if body && tok.Name.Space != wNS {
					return "", errors.New(f.Name + ": element " + tok.Name.Local + " outside WordprocessingML")
				}
			case xml.ProcInst:
				if tok.Target != "xml" {
					return "", errors.New(f.Name + ": processing instruction " + tok.Target)
				}
			case xml.Directive:
				return "", errors.New(f.Name + ": directive <!" + string(tok) + ">")
			case xml.CharData:
				if f.Name == "word/document.xml" {
					text.Write(tok)
				}
			}
		}
	}
	return text.String(), nil
}

type qpdfCheck struct {
	path string
	dir  string
	n    int
}

// newQPDF returns the qpdf check when DPAKIT_TOOLS is set (.ci/run sets it
// and installs qpdf), else nil, which checks the frame of the file only.
func newQPDF(t *testing.T) *qpdfCheck {
	if !full {
		return nil
	}
	p, err := exec.LookPath("qpdf")
	if err != nil {
		t.Fatal("qpdf is not installed; .ci/run installs it")
	}
	return &qpdfCheck{path: p, dir: t.TempDir()}
}

// full is set by DPAKIT_TOOLS: the whole corpora through both writers and
// qpdf, as .ci/run runs them. Without it, and under the race detector, a
// share of them, so that go test ./... stays quick.
var full = os.Getenv("DPAKIT_TOOLS") != "" && !render.RaceEnabled

// check runs qpdf --check on b; without qpdf it checks the frame only.
func (q *qpdfCheck) check(b []byte) error {
	if !bytes.HasPrefix(b, []byte("%PDF-1.7\n")) || !bytes.HasSuffix(b, []byte("%%EOF\n")) {
		return errors.New("not a whole PDF file")
	}
	if q == nil {
		return nil
	}
	q.n++
	file := filepath.Join(q.dir, "x.pdf")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		return err
	}
	if out, err := exec.Command(q.path, "--check", file).CombinedOutput(); err != nil {
		return errors.New("qpdf --check: " + err.Error() + "\n" + string(out))
	}
	return nil
}

func writeBoth(t *testing.T, a *dpa.Agreement, l i18n.Lang) (docxOut, pdfOut []byte) {
	t.Helper()
	d, err := render.Build(a, l, render.Options{AllowBlanks: true, TOC: true})
	if err != nil {
		t.Fatal(err)
	}
	var x, p bytes.Buffer
	if err := docx.Write(&x, d); err != nil {
		t.Fatalf("docx: %v", err)
	}
	if err := pdf.Write(&p, d); err != nil {
		t.Fatalf("pdf: %v", err)
	}
	return x.Bytes(), p.Bytes()
}

func TestHostileStringsPaged(t *testing.T) {
	t.Parallel()
	q := newQPDF(t)
	for n, ex := range examples.All() {
		if !full && n%2 == 1 {
			continue // with DPAKIT_TOOLS (.ci/run) every example
		}
		a := ex.Build()
		long := render.Poison(a)
		langs := i18n.Langs
		if render.RaceEnabled {
			langs = langs[:1]
		}
		// A different language first for each example.
		i := n % len(langs)
		langs = append(slices.Clone(langs[i:]), langs[:i]...)
		for k, l := range langs {
			if k > 0 || (!full && n > 0) {
				// The PDF of a 100 KB name has some hundred pages; one
				// language per example is enough for it (under -race one
				// example), and for the DOCX the others are cheap.
				d, err := render.Build(a, l, render.Options{AllowBlanks: true, TOC: true})
				if err != nil {
					t.Fatal(err)
				}
				var x bytes.Buffer
				if err := docx.Write(&x, d); err != nil {
					t.Fatal(err)
				}
				if _, err := checkDOCX(x.Bytes()); err != nil {
					t.Errorf("%s/%s/docx: %v", ex.Name, l, err)
				}
				continue
			}
			x, p := writeBoth(t, a, l)
			text, err := checkDOCX(x)
			if err != nil {
				t.Errorf("%s/%s/docx: %v", ex.Name, l, err)
			}
			if !strings.Contains(text, strings.TrimSpace(long)[:1000]) {
				t.Errorf("%s/%s/docx: the 100 KB name was cut", ex.Name, l)
			}
			for _, h := range render.Hostile {
				if s := strings.TrimSpace(render.Clean(h)); s != "" && strings.ContainsAny(s, "<&") && !strings.Contains(text, s) {
					t.Errorf("%s/%s/docx: %q is not in the text as written", ex.Name, l, s)
				}
			}
			if err := q.check(p); err != nil {
				t.Errorf("%s/%s/pdf: %v", ex.Name, l, err)
			}
		}
	}
}

func TestInjectionsPaged(t *testing.T) {
	t.Parallel()
	q := newQPDF(t)
	for i, s := range render.InjectionStrings() {
		a := examples.Reference()
		render.Fill(a, s)
		if !full && i%8 != 0 {
			// Without DPAKIT_TOOLS, or under the race detector (which can
			// find nothing in these single-goroutine writers and makes them
			// ten times slower), an eighth of the corpus.
			continue
		}
		l := i18n.Langs[i%len(i18n.Langs)]
		x, p := writeBoth(t, a, l)
		if _, err := checkDOCX(x); err != nil {
			t.Errorf("injection %d (%.40q)/docx: %v", i, s, err)
		}
		if err := q.check(p); err != nil {
			t.Errorf("injection %d (%.40q)/pdf: %v", i, s, err)
		}
		if i%8 == 0 {
			// Side by side, for a share of the corpus.
			dl, err := render.Build(a, i18n.SV, render.Options{AllowBlanks: true})
			if err != nil {
				t.Fatal(err)
			}
			dr, err := render.Build(a, i18n.EN, render.Options{AllowBlanks: true})
			if err != nil {
				t.Fatal(err)
			}
			var xb, pb bytes.Buffer
			if err := docx.WriteParallel(&xb, dl, dr); err != nil {
				t.Fatal(err)
			}
			if _, err := checkDOCX(xb.Bytes()); err != nil {
				t.Errorf("injection %d/docx parallel: %v", i, err)
			}
			if err := pdf.WriteParallel(&pb, dl, dr); err != nil {
				t.Fatal(err)
			}
			if err := q.check(pb.Bytes()); err != nil {
				t.Errorf("injection %d/pdf parallel: %v", i, err)
			}
		}
	}
}

// TestForbiddenXMLCharacters builds a document by hand, as a contract
// system walking its own tree might, with characters XML 1.0 forbids and
// bytes that are not UTF-8 in every string: the DOCX must still be
// well-formed and the PDF whole.
func TestForbiddenXMLCharacters(t *testing.T) {
	bad := "x\x00\x01\x08\x0b\x0c\x1f\ufffe\uffff\xff\xc0\xaf\ud7ff\U0001F600</w:t><w:r>\u2028]]>"
	sp := []render.Span{{Text: bad}, {Kind: render.Blank, Text: bad}, {Kind: render.Fallback, Text: bad, Lang: i18n.Lang(bad)}, {Kind: render.Strong, Text: bad}}
	d := &render.Document{Lang: i18n.Lang(bad), Title: bad, Subtitle: bad, ID: bad, Version: bad, TitleLang: i18n.Lang(bad), TOC: true,
		Sections: []*render.Section{{ID: bad, Number: bad, Heading: bad, Annex: true, Blocks: []render.Block{
			&render.Paragraph{ID: bad, Number: bad, Spans: sp},
			&render.List{ID: bad, Ordered: true, Items: []render.ListItem{{Spans: sp, Children: &render.List{Items: []render.ListItem{{Spans: sp}}}}}},
			&render.Table{ID: bad, Caption: bad, Header: []string{bad, bad}, Rows: [][]render.Cell{{sp, sp, sp}}},
			&render.Signatures{ID: bad, Blocks: []render.SignatureBlock{{On: bad, Party: bad, Name: bad, Title: bad, NameLabel: bad}, {}, {}}},
			nil,
		}, Sections: []*render.Section{{ID: bad, Heading: bad}}}}}
	var x bytes.Buffer
	if err := docx.Write(&x, d); err != nil {
		t.Fatal(err)
	}
	if _, err := checkDOCX(x.Bytes()); err != nil {
		t.Errorf("docx: %v", err)
	}
	x.Reset()
	if err := docx.WriteParallel(&x, d, d); err != nil {
		t.Fatal(err)
	}
	if _, err := checkDOCX(x.Bytes()); err != nil {
		t.Errorf("docx parallel: %v", err)
	}
	q := newQPDF(t)
	var p bytes.Buffer
	if err := pdf.Write(&p, d); err != nil {
		t.Fatal(err)
	}
	if err := q.check(p.Bytes()); err != nil {
		t.Errorf("pdf: %v", err)
	}
	p.Reset()
	if err := pdf.WriteParallel(&p, d, d); err != nil {
		t.Fatal(err)
	}
	if err := q.check(p.Bytes()); err != nil {
		t.Errorf("pdf parallel: %v", err)
	}
}
