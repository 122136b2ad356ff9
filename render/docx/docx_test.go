package docx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/google/go-cmp/cmp"
)

// parts are the parts every document has.
var parts = []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
	"word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
	"word/numbering.xml", "word/footer1.xml"}

// unpack opens a DOCX, checks that it holds exactly the parts above, each
// well-formed XML, and returns them by name.
func unpack(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip file: %v", err)
	}
	out := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if err := wellFormed(data); err != nil {
			t.Errorf("%s is not well-formed XML: %v", f.Name, err)
		}
		out[f.Name] = data
		names = append(names, f.Name)
	}
	if !slices.Equal(names, parts) {
		t.Errorf("parts %v, want %v", names, parts)
	}
	return out
}

// wellFormed reads every token with the standard library's strict decoder,
// which refuses characters XML 1.0 forbids, unbalanced tags and undefined
// entities.
func wellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// docText returns the text of each paragraph of document.xml, tabs as
// spaces, with the paragraph's style and the bookmarks it opens.
type para struct {
	style, text string
	marks       []string
	header      bool // in a table's header row
}

const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

func paragraphs(t *testing.T, data []byte) []para {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []para
	var cur *para
	inText, header := false, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != wNS {
				t.Fatalf("element %s:%s outside WordprocessingML", tok.Name.Space, tok.Name.Local)
			}
			attr := func(name string) string {
				for _, a := range tok.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch tok.Name.Local {
			case "p":
				out = append(out, para{header: header})
				cur = &out[len(out)-1]
			case "pStyle":
				cur.style = attr("val")
			case "t":
				inText = true
			case "tab":
				if cur != nil {
					cur.text += " "
				}
			case "bookmarkStart":
				cur.marks = append(cur.marks, attr("name"))
			case "tblHeader":
				header = true
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inText = false
			case "tr":
				header = false
			}
		case xml.CharData:
			if inText {
				cur.text += string(tok)
			}
		}
	}
}

// flat is a paragraph's text as every writer spells it out.
func flat(sp []render.Span) string {
	var b strings.Builder
	for _, s := range sp {
		switch s.Kind {
		case render.Blank:
			b.WriteString("[_____ " + s.Text + "]")
		case render.Fallback:
			b.WriteString("(" + string(s.Lang) + ") " + s.Text)
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func norm(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// clauses lists the text of every numbered or plain paragraph of the
// document, in order, with its number, and the ids of its sections,
// paragraphs and tables.
func clauses(d *render.Document) (texts, ids []string) {
	var walk func(ss []*render.Section)
	walk = func(ss []*render.Section) {
		for _, s := range ss {
			ids = append(ids, s.ID)
			for _, b := range s.Blocks {
				switch b := b.(type) {
				case *render.Paragraph:
					texts = append(texts, norm(strings.TrimSpace(b.Number+" "+flat(b.Spans))))
					if b.ID != "" {
						ids = append(ids, b.ID)
					}
				case *render.Table:
					if b.ID != "" {
						ids = append(ids, b.ID)
					}
				case *render.Signatures:
					if b.ID != "" {
						ids = append(ids, b.ID)
					}
				}
			}
			walk(s.Sections)
		}
	}
	walk(d.Sections)
	return texts, ids
}

// inOrder reports the first of want not found in got after the one before.
func inOrder(got string, want []string) (string, bool) {
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			return w, false
		}
		at += i + len(w)
	}
	return "", true
}

func build(t testing.TB, ex examples.Example, l i18n.Lang) *render.Document {
	t.Helper()
	d, err := render.Build(ex.Build(), l, render.Options{AllowBlanks: true, TOC: true})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestStructure writes every example in every language and checks the
// package: its parts are well-formed, every clause's text is in a
// paragraph of its own in order, with its number, the headings have the
// heading styles, every section, paragraph and table has its bookmark under
// its HTML id, every table repeats its header row, the language is on the
// defaults and on every run, the core properties carry the title, the
// language and the date, and the footer numbers the pages.
func TestStructure(t *testing.T) {
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			d := build(t, ex, l)
			var buf bytes.Buffer
			if err := Write(&buf, d); err != nil {
				t.Fatal(err)
			}
			p := unpack(t, buf.Bytes())
			ps := paragraphs(t, p["word/document.xml"])
			var all []string
			marks := map[string]bool{}
			headings := 0
			for _, x := range ps {
				all = append(all, norm(x.text))
				for _, m := range x.marks {
					marks[m] = true
				}
				if strings.HasPrefix(x.style, "Heading") {
					headings++
				}
			}
			texts, ids := clauses(d)
			for _, w := range texts {
				if !slices.Contains(all, w) {
					t.Errorf("%s/%s: no paragraph reads %q", ex.Name, l, w)
					break
				}
			}
			if miss, ok := inOrder(strings.Join(all, "\n"), texts); !ok {
				t.Errorf("%s/%s: clause out of order: %q", ex.Name, l, miss)
			}
			for _, id := range ids {
				if !marks[id] {
					t.Errorf("%s/%s: no bookmark %q", ex.Name, l, id)
				}
			}
			if want := countSections(d.Sections); headings != want {
				t.Errorf("%s/%s: %d heading paragraphs, want %d", ex.Name, l, headings, want)
			}
			doc := string(p["word/document.xml"])
			if n, want := strings.Count(doc, "<w:tblHeader/>"), countTables(d.Sections); n != want {
				t.Errorf("%s/%s: %d header rows, want %d", ex.Name, l, n, want)
			}
			tag := `<w:lang w:val="` + Lang(l) + `"/>`
			if strings.Count(doc, "<w:r><w:t>")+strings.Count(doc, "<w:r><w:t ") > 0 || strings.Count(doc, "<w:rPr>") != strings.Count(doc, "<w:lang ") || !strings.Contains(doc, tag) {
				t.Errorf("%s/%s: a run without its language", ex.Name, l)
			}
			if !strings.Contains(string(p["word/styles.xml"]), tag) {
				t.Errorf("%s/%s: the defaults lack %s", ex.Name, l, tag)
			}
			if !strings.Contains(doc, `<w:pgSz w:w="11906" w:h="16838"/>`) {
				t.Errorf("%s/%s: not A4", ex.Name, l)
			}
			core := string(p["docProps/core.xml"])
			for _, want := range []string{"<dc:language>" + Lang(l) + "</dc:language>", "<dc:title>"} {
				if !strings.Contains(core, want) {
					t.Errorf("%s/%s: core properties lack %s", ex.Name, l, want)
				}
			}
			if d.Date.Valid() && !strings.Contains(core, `<dcterms:created xsi:type="dcterms:W3CDTF">`+d.Date.String()+`T00:00:00Z`) {
				t.Errorf("%s/%s: core properties lack the created date %s", ex.Name, l, d.Date)
			}
			foot := string(p["word/footer1.xml"])
			if !strings.Contains(foot, `w:instr=" PAGE "`) || !strings.Contains(foot, `w:instr=" NUMPAGES "`) || (d.ID != "" && !strings.Contains(foot, d.ID)) {
				t.Errorf("%s/%s: footer lacks the page fields or the id: %s", ex.Name, l, foot)
			}
		}
	}
}

func countSections(ss []*render.Section) int {
	n := 0
	for _, s := range ss {
		n += 1 + countSections(s.Sections)
	}
	return n
}

func countTables(ss []*render.Section) int {
	n := 0
	for _, s := range ss {
		for _, b := range s.Blocks {
			if tb, ok := b.(*render.Table); ok && (len(tb.Header) > 0 || len(tb.Rows) > 0) {
				n++
			}
		}
		n += countTables(s.Sections)
	}
	return n
}

// TestBlanksHighlighted checks that a draft's blanks are runs in the Blank
// style, which highlights them.
func TestBlanksHighlighted(t *testing.T) {
	d, err := render.Build(examples.Seed001(), i18n.SV, render.Options{AllowBlanks: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blanks) == 0 {
		t.Skip("seed001 has no blanks any more")
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	doc := string(unpack(t, buf.Bytes())["word/document.xml"])
	if !strings.Contains(doc, `<w:rStyle w:val="Blank"/>`) {
		t.Error("no run in the Blank style")
	}
	if !strings.Contains(string(unpack(t, buf.Bytes())["word/styles.xml"]), `w:styleId="Blank"><w:name w:val="Blank"/><w:rPr><w:i/><w:iCs/><w:highlight w:val="yellow"/>`) {
		t.Error("the Blank style does not highlight")
	}
}

// TestDeterministic writes the same document twice, and the same agreement
// built twice, and wants the same bytes.
func TestDeterministic(t *testing.T) {
	ex := examples.All()[len(examples.All())-1]
	var a, b bytes.Buffer
	if err := Write(&a, build(t, ex, i18n.DA)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, build(t, ex, i18n.DA)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one agreement differ")
	}
}

// TestParallel writes two languages side by side: both texts are there, in
// order, each in its language, and the right column's bookmarks carry its
// language.
func TestParallel(t *testing.T) {
	ex := examples.All()[len(examples.All())-1]
	l, r := build(t, ex, i18n.DA), build(t, ex, i18n.SV)
	var buf bytes.Buffer
	if err := WriteParallel(&buf, l, r); err != nil {
		t.Fatal(err)
	}
	p := unpack(t, buf.Bytes())
	var all []string
	marks := map[string]bool{}
	for _, x := range paragraphs(t, p["word/document.xml"]) {
		all = append(all, norm(x.text))
		for _, m := range x.marks {
			marks[m] = true
		}
	}
	for _, d := range []*render.Document{l, r} {
		texts, _ := clauses(d)
		for _, w := range texts {
			if !slices.Contains(all, w) {
				t.Errorf("%s: no paragraph reads %q", d.Lang, w)
				break
			}
		}
	}
	if !marks["breach"] || !marks["breach-sv"] {
		t.Errorf("bookmarks breach and breach-sv missing")
	}
	doc := string(p["word/document.xml"])
	if !strings.Contains(doc, `<w:lang w:val="da-DK"/>`) || !strings.Contains(doc, `<w:lang w:val="sv-SE"/>`) {
		t.Error("the columns lack their languages")
	}
}

// TestNil checks the errors for nil arguments.
func TestNil(t *testing.T) {
	d := &render.Document{}
	for _, c := range []struct {
		name string
		err  error
		want error
	}{
		{"nil writer", Write(nil, d), render.ErrNilWriter},
		{"nil document", Write(io.Discard, nil), render.ErrNilDocument},
		{"parallel nil writer", WriteParallel(nil, d, d), render.ErrNilWriter},
		{"parallel nil right", WriteParallel(io.Discard, d, nil), render.ErrNilDocument},
	} {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.err, c.want)
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	unpack(t, buf.Bytes())
}

// TestEscape checks the escaper on what XML 1.0 forbids.
func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, want, reason string }{
		{`<a href="x">&amp;'`, "&lt;a href=&#34;x&#34;&gt;&amp;amp;&#39;", "markup and references"},
		{"nul\x00bell\x07tab\tlf\n", "nul bell tab lf ", "controls become spaces"},
		{"\uFFFE\uFFFF", "\uFFFD\uFFFD", "noncharacters XML forbids"},
		{"bad \xff\xfe utf-8", "bad \uFFFD\uFFFD utf-8", "bytes that are not UTF-8"},
		{"Å Ä Ö Æ Ø „“” – − § \u00a0", "Å Ä Ö Æ Ø „“” – − § \u00a0", "unchanged"},
	} {
		var b bytes.Buffer
		w := bufs.Get().(*bufio.Writer)
		w.Reset(&b)
		xw{w}.esc(c.in)
		w.Flush()
		bufs.Put(w)
		if b.String() != c.want {
			t.Errorf("%s: esc(%q) = %q, want %q", c.reason, c.in, b.String(), c.want)
		}
		if err := wellFormed([]byte("<a>" + b.String() + "</a>")); err != nil {
			t.Errorf("%s: %v", c.reason, err)
		}
	}
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

func squeezeAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = squeeze(s)
	}
	return out
}

// noFooters removes the page footers from the text of a PDF, which fall
// between the two halves of a paragraph that runs onto the next page.
func noFooters(text string, d *render.Document) string {
	page := regexp.QuoteMeta(d.PageOf("\x00", "\x01"))
	page = strings.NewReplacer("\x00", `\d+`, "\x01", `\d+`).Replace(page)
	re := regexp.MustCompile(` ?(` + regexp.QuoteMeta(d.Reference()) + `|` + page + `)`)
	return re.ReplaceAllString(text, "")
}

// tool returns the path of an external program for the checks by real
// tools, which run when DPAKIT_TOOLS is set (.ci/run sets it and installs
// them; a missing tool then fails the test) and are skipped otherwise, so
// that go test ./... stays quick.
func tool(t *testing.T, name string) string {
	t.Helper()
	if os.Getenv("DPAKIT_TOOLS") == "" {
		t.Skip("set DPAKIT_TOOLS=1 to check with the real tools (.ci/run does)")
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed; .ci/run installs it", name)
	}
	return p
}

// TestPandoc has pandoc read every example's DOCX in every language: its
// text holds every clause's text of the plain-text rendering in order.
func TestPandoc(t *testing.T) {
	skipUnderRace(t)
	pandoc := tool(t, "pandoc")
	dir := t.TempDir()
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			d := build(t, ex, l)
			var buf bytes.Buffer
			if err := Write(&buf, d); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, ex.Name+"-"+string(l)+".docx")
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(pandoc, "-f", "docx", "-t", "plain", "--wrap=none", file).Output()
			if err != nil {
				t.Fatalf("%s/%s: pandoc: %v", ex.Name, l, err)
			}
			texts, _ := clauses(d)
			if miss, ok := inOrder(norm(string(out)), texts); !ok {
				t.Errorf("%s/%s: pandoc's text lacks %q (or has it out of order)", ex.Name, l, miss)
			}
		}
	}
}

// TestLibreOffice has LibreOffice headless convert every example's DOCX in
// every language to PDF, in one start of LibreOffice (it takes seconds to
// start): every file opens and converts, and the text of each PDF holds
// every clause in order.
func TestLibreOffice(t *testing.T) {
	skipUnderRace(t)
	soffice := tool(t, "soffice")
	pdftotext := tool(t, "pdftotext")
	dir := t.TempDir()
	docs := map[string]*render.Document{}
	args := []string{"-env:UserInstallation=file://" + dir + "/profile", "--headless", "--convert-to", "pdf", "--outdir", dir}
	var names []string
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			name := ex.Name + "-" + string(l)
			d := build(t, ex, l)
			var buf bytes.Buffer
			if err := Write(&buf, d); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, name+".docx")
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			docs[name] = d
			names = append(names, name)
			args = append(args, file)
		}
	}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, name := range names {
		out, err := exec.Command(pdftotext, "-raw", filepath.Join(dir, name+".pdf"), "-").Output()
		if err != nil {
			t.Errorf("%s: LibreOffice made no PDF: %v", name, err)
			continue
		}
		d := docs[name]
		texts, _ := clauses(d)
		// A line may break after a hyphen ("27001-" / "certifikat"), so the
		// texts are compared without their white space.
		if miss, ok := inOrder(squeeze(noFooters(norm(string(out)), d)), squeezeAll(texts)); !ok {
			t.Errorf("%s: LibreOffice's PDF lacks %q (or has it out of order)", name, miss)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the paragraphs of seed 004's document in Danish —
// each paragraph's style, bookmarks and text — with testdata; run with
// -update and read the diff after a change. The raw bytes are not compared
// (TestDeterministic checks they repeat): a golden of zipped XML could not be
// read in review.
func TestGolden(t *testing.T) {
	d, err := render.Build(examples.Seed004(), i18n.DA, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	p := unpack(t, buf.Bytes())
	var b strings.Builder
	for _, x := range paragraphs(t, p["word/document.xml"]) {
		b.WriteString(x.style)
		if x.header {
			b.WriteString(" (header row)")
		}
		if len(x.marks) > 0 {
			b.WriteString(" #" + strings.Join(x.marks, " #"))
		}
		b.WriteString(" | " + x.text + "\n")
	}
	b.WriteString("-- core.xml\n" + string(p["docProps/core.xml"]) + "\n-- footer1.xml\n" + string(p["word/footer1.xml"]) + "\n")
	file := filepath.Join("testdata", "seed004-da.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("seed004-da differs from %s (-want +got):\n%s", file, diff)
	}
}

// skipUnderRace skips a test that mostly waits for external programs: the
// race detector can find nothing in it, and .ci/run runs it without.
func skipUnderRace(t *testing.T) {
	if raceEnabled {
		t.Skip("runs external tools; .ci/run runs it without -race")
	}
}
