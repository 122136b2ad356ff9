package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// object is one indirect object of a file: its dictionary, and its stream
// decompressed when it has one.
type object struct {
	dict   string
	stream []byte
}

var objHead = regexp.MustCompile(`^(\d+) 0 obj\n`)

// readFile reads a file this package wrote, by its cross-reference
// table: every offset must point at its object, every stream's /Length
// must end it at endstream, and every compressed stream must decompress.
func readFile(t *testing.T, b []byte) map[int]object {
	t.Helper()
	if !bytes.HasPrefix(b, []byte(header)) || !bytes.HasSuffix(b, []byte("%%EOF\n")) {
		t.Fatal("no PDF 1.7 header with a binary comment, or no end-of-file marker")
	}
	sx := bytes.LastIndex(b, []byte("startxref\n"))
	at, err := strconv.Atoi(string(bytes.Fields(b[sx+10:])[0]))
	if err != nil || !bytes.HasPrefix(b[at:], []byte("xref\n0 ")) {
		t.Fatalf("startxref %d does not point at the table", at)
	}
	rest := b[at+7:]
	nl := bytes.IndexByte(rest, '\n')
	n, _ := strconv.Atoi(string(rest[:nl]))
	rest = rest[nl+1:]
	objs := map[int]object{}
	for i := 1; i < n; i++ {
		e := rest[20*i : 20*i+20]
		off, _ := strconv.Atoi(string(e[:10]))
		m := objHead.FindSubmatch(b[off:])
		if m == nil || string(m[1]) != strconv.Itoa(i) {
			t.Fatalf("object %d: the table points at %q", i, b[off:min(off+20, len(b))])
		}
		body := b[off+len(m[0]):]
		end := bytes.Index(body, []byte("\nendobj\n"))
		if s := bytes.Index(body[:max(end, 0)], []byte(">>\nstream\n")); s >= 0 {
			dict := string(body[:s+2])
			lm := regexp.MustCompile(`/Length (\d+)`).FindStringSubmatch(dict)
			if lm == nil {
				t.Fatalf("object %d: a stream without /Length", i)
			}
			ln, _ := strconv.Atoi(lm[1])
			data := body[s+10 : s+10+ln]
			if !bytes.HasPrefix(body[s+10+ln:], []byte("\nendstream\nendobj\n")) {
				t.Fatalf("object %d: /Length %d does not end the stream", i, ln)
			}
			if strings.Contains(dict, "/FlateDecode") {
				zr, err := zlib.NewReader(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("object %d: %v", i, err)
				}
				if data, err = io.ReadAll(zr); err != nil {
					t.Fatalf("object %d: %v", i, err)
				}
			}
			objs[i] = object{dict, data}
			continue
		}
		objs[i] = object{dict: string(body[:end])}
	}
	return objs
}

// TestFileStructure reads seed 004's file back: the catalogue names the
// language, the metadata, the outline and an sRGB output intent; the
// information dictionary and the XMP packet agree on title, dates and
// producer; the XMP declares PDF/A-2b; no text shows code 0; and each
// font's ToUnicode map and widths cover exactly the codes it shows.
func TestFileStructure(t *testing.T) {
	d, err := render.Build(examples.Seed004(), i18n.DA, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	objs := readFile(t, buf.Bytes())
	var cat, info, meta string
	for _, o := range objs {
		switch {
		case strings.HasPrefix(o.dict, "<</Type/Catalog"):
			cat = o.dict
		case strings.Contains(o.dict, "/CreationDate"):
			info = o.dict
		case strings.Contains(o.dict, "/Type/Metadata"):
			meta = string(o.stream)
			if strings.Contains(o.dict, "/Filter") {
				t.Error("the metadata stream is compressed")
			}
		}
	}
	for _, want := range []string{"/Lang(da-DK)", "/Metadata ", "/Outlines ", "/S/GTS_PDFA1", "/DestOutputProfile "} {
		if !strings.Contains(cat, want) {
			t.Errorf("the catalogue lacks %s: %s", want, cat)
		}
	}
	for _, want := range []string{
		"<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
		"<xmp:CreateDate>2025-06-02T00:00:00Z</xmp:CreateDate>", "<xmp:ModifyDate>2025-06-02T00:00:00Z</xmp:ModifyDate>",
		"<pdf:Producer>dpakit</pdf:Producer>", "<xmp:CreatorTool>dpakit</xmp:CreatorTool>",
		`<rdf:li xml:lang="x-default">` + d.Title + "</rdf:li>",
	} {
		if !strings.Contains(meta, want) {
			t.Errorf("the XMP lacks %s", want)
		}
	}
	for _, want := range []string{"/CreationDate(D:20250602000000Z)", "/ModDate(D:20250602000000Z)", "/Producer(dpakit)", "/Creator(dpakit)",
		"/Title" + string(appendText(nil, d.Title))} {
		if !strings.Contains(info, want) {
			t.Errorf("the information dictionary lacks %s: %s", want, info)
		}
	}
	// Codes shown, by font resource; then each font's maps.
	shown := map[string]map[uint16]bool{}
	tj := regexp.MustCompile(`(?s)/(F\d) [\d.]+ Tf |\(((?:[^\\()]|\\.)*)\) Tj`)
	for _, o := range objs {
		if !bytes.Contains(o.stream, []byte(" Tj ET")) {
			continue
		}
		cur := ""
		for _, m := range tj.FindAllSubmatch(o.stream, -1) {
			if m[1] != nil {
				cur = string(m[1])
				continue
			}
			codes := unescape(m[2])
			if len(codes)%2 != 0 {
				t.Fatalf("an odd number of bytes in a string of two-byte codes: %q", m[2])
			}
			for i := 0; i < len(codes); i += 2 {
				c := binary.BigEndian.Uint16(codes[i:])
				if c == 0 {
					t.Errorf("text shows code 0 (.notdef)")
				}
				if shown[cur] == nil {
					shown[cur] = map[uint16]bool{}
				}
				shown[cur][c] = true
			}
		}
	}
	if len(shown) != 3 {
		t.Fatalf("text in %d fonts, want 3", len(shown))
	}
	for st := range numStyles {
		res := "F" + strconv.Itoa(int(st))
		u, w := fontMaps(t, objs, res)
		for c := range shown[res] {
			if u[c] == 0 {
				t.Errorf("%s: code %d has no ToUnicode entry", res, c)
			}
			if w[c] <= 0 {
				t.Errorf("%s: code %d has no width", res, c)
			}
		}
		if len(u) != len(shown[res]) || len(w) != len(shown[res]) {
			t.Errorf("%s: %d codes shown, %d in ToUnicode, %d widths", res, len(shown[res]), len(u), len(w))
		}
	}
}

// unescape reads a literal string as a PDF reader does: escapes undone,
// and an unescaped carriage return (with a line feed after it) read as a
// line feed.
func unescape(s []byte) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			out = append(out, '\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'r' {
				out = append(out, '\r')
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

// fontMaps returns the ToUnicode map and the widths of the font a
// resource name stands for.
func fontMaps(t *testing.T, objs map[int]object, res string) (map[uint16]rune, map[uint16]int) {
	t.Helper()
	ref := func(dict, key string) object {
		m := regexp.MustCompile(key + ` ?(\d+) 0 R`).FindStringSubmatch(dict)
		if m == nil {
			t.Fatalf("no %s in %s", key, dict)
		}
		n, _ := strconv.Atoi(m[1])
		return objs[n]
	}
	var resources string
	for _, o := range objs {
		if strings.HasPrefix(o.dict, "<</Font<<") {
			resources = o.dict
		}
	}
	type0 := ref(resources, "/"+res)
	uni := map[uint16]rune{}
	for _, m := range regexp.MustCompile(`<([0-9A-F]{4})><([0-9A-F]{4})>`).FindAllStringSubmatch(string(ref(type0.dict, "/ToUnicode").stream), -1) {
		c, _ := strconv.ParseUint(m[1], 16, 16)
		r, _ := strconv.ParseUint(m[2], 16, 16)
		if c != 0 { // <0000><FFFF> is the code space
			uni[uint16(c)] = rune(r)
		}
	}
	cid := ref(type0.dict, `/DescendantFonts\[`)
	widths := map[uint16]int{}
	wm := regexp.MustCompile(`/W\[1\[([\d ]*)\]\]`).FindStringSubmatch(cid.dict)
	if wm == nil {
		t.Fatalf("%s: no /W: %s", res, cid.dict)
	}
	for i, f := range strings.Fields(wm[1]) {
		widths[uint16(i+1)], _ = strconv.Atoi(f)
	}
	return uni, widths
}

// TestSubset checks a subset font program: x/image's sfnt reads it; each
// character the document printed has the glyph and the advance it has in
// the whole font; a glyph not printed is empty; the file checksum is
// right.
func TestSubset(t *testing.T) {
	m := fonts()[regular]
	u := newFontUse(m)
	var buf sfnt.Buffer
	text := "Å Ä Ö Æ Ø „“ ” – − § a\u00a0b é"
	for _, r := range text {
		if u.cid(&buf, r) == 0 {
			t.Fatalf("no code for %q", r)
		}
	}
	gids := u.used()
	prog := append(u.program(gids), m.static.raw...)
	var zb bytes.Buffer
	if n := u.programStream(&zb, u.program(gids)); n != len(prog) {
		t.Errorf("programStream says %d bytes, the program has %d", n, len(prog))
	}
	zr, err := zlib.NewReader(&zb)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, prog) {
		t.Errorf("the compressed program does not give the program back (%v)", err)
	}
	if sum := checksum(prog); len(prog)%4 != 0 || sum != 0xB1B0AFBA {
		t.Errorf("file checksum %#x, want 0xB1B0AFBA", sum)
	}
	f, err := sfnt.Parse(prog)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	whole, err := sfnt.Parse(ttf[regular])
	if err != nil {
		t.Fatal(err)
	}
	ppem := fixed.Int26_6(whole.UnitsPerEm()) << 6
	for i, r := range u.runes {
		g := sfnt.GlyphIndex(u.gids[i])
		want, err := whole.LoadGlyph(&buf, g, ppem, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.LoadGlyph(&buf, g, ppem, nil)
		if err != nil {
			t.Errorf("%q: glyph %d: %v", r, g, err)
			continue
		}
		if len(got) != len(want) {
			t.Errorf("%q: glyph %d has %d segments, want %d", r, g, len(got), len(want))
		}
		if a, _ := f.GlyphAdvance(&buf, g, ppem, font.HintingNone); a != func() fixed.Int26_6 { a, _ := whole.GlyphAdvance(&buf, g, ppem, font.HintingNone); return a }() {
			t.Errorf("%q: advance differs", r)
		}
	}
	// A glyph that was not printed ('Z' is not in the text) is empty.
	z := sfnt.GlyphIndex(m.glyph['Z'])
	if segs, err := f.LoadGlyph(&buf, z, ppem, nil); err != nil || len(segs) != 0 {
		t.Errorf("glyph of Z: %d segments, %v; want an empty glyph", len(segs), err)
	}
	// Two characters of one glyph keep their codes apart.
	if m.glyph[' '] == m.glyph['\u00a0'] && u.cid(&buf, ' ') == u.cid(&buf, '\u00a0') {
		t.Error("space and no-break space share a code")
	}
	if tg := tag(regular, gids); !regexp.MustCompile(`^[A-Z]{6}\+$`).MatchString(tg) {
		t.Errorf("subset tag %q", tg)
	}
}

// TestICCProfile checks the sRGB profile built here against the ICC v2
// layout: its size in the header, the signature, every tag inside the
// file and aligned; and against sRGB itself: the three colorants add up
// to the D50 white of the connection space (the Bradford-adapted primaries
// do), and the tone curve rises from 0 to 1 through sRGB's value at the
// middle grey.
func TestICCProfile(t *testing.T) {
	p := buildSRGB()
	be := binary.BigEndian
	if int(be.Uint32(p)) != len(p) || string(p[36:40]) != "acsp" || string(p[12:24]) != "mntrRGB XYZ " || be.Uint32(p[8:]) != 0x02100000 {
		t.Fatalf("bad header % x", p[:40])
	}
	s15 := func(b []byte) float64 { return float64(int32(be.Uint32(b))) / 65536 }
	tags := map[string][]byte{}
	n := int(be.Uint32(p[128:]))
	for i := range n {
		e := p[132+12*i:]
		off, size := int(be.Uint32(e[4:])), int(be.Uint32(e[8:]))
		if off%4 != 0 || off+size > len(p) {
			t.Fatalf("tag %s at %d, %d bytes: outside the file or unaligned", e[:4], off, size)
		}
		tags[string(e[:4])] = p[off : off+size]
	}
	for _, sig := range []string{"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"} {
		if tags[sig] == nil {
			t.Errorf("no %s tag", sig)
		}
	}
	for i := range 3 {
		sum := s15(tags["rXYZ"][8+4*i:]) + s15(tags["gXYZ"][8+4*i:]) + s15(tags["bXYZ"][8+4*i:])
		if d50 := s15(p[68+4*i:]); math.Abs(sum-d50) > 0.0005 {
			t.Errorf("colorants add up to %.4f in component %d, the D50 white is %.4f", sum, i, d50)
		}
	}
	c := tags["rTRC"]
	count := int(be.Uint32(c[8:]))
	at := func(i int) float64 { return float64(be.Uint16(c[12+2*i:])) / 65535 }
	prev := -1.0
	for i := range count {
		if v := at(i); v < prev {
			t.Fatalf("the tone curve falls at %d", i)
		} else {
			prev = v
		}
	}
	if at(0) != 0 || at(count-1) != 1 || math.Abs(at(count/2)-0.2140) > 0.002 {
		t.Errorf("curve: %.4f at 0, %.4f at the middle (sRGB: 0.2140), %.4f at 1", at(0), at(count/2), at(count-1))
	}
}

// TestToolsText writes the characters the Nordic texts need and wants
// pdftotext to give each one back through the ToUnicode maps. poppler
// gives a no-break space as a space, so that one is checked in the map
// itself.
func TestToolsText(t *testing.T) {
	skipUnderRace(t)
	pdftotext := tool(t, "pdftotext")
	want := "Åsa Ärlig Öberg Æble Ørsted „citat“ ”svenska” 1–2 −3 § 4\u00a0000 kr"
	d := &render.Document{Lang: i18n.SV, Title: "Tecken", Sections: []*render.Section{{ID: "s", Number: "1", Heading: "Tecken", Blocks: []render.Block{
		&render.Paragraph{Spans: []render.Span{{Text: want}}},
		&render.Paragraph{Spans: []render.Span{{Kind: render.Strong, Text: want}}},
		&render.Paragraph{Spans: []render.Span{{Kind: render.Blank, Text: want}}},
	}}}}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "chars.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for st := range numStyles {
		u, _ := fontMaps(t, readFile(t, buf.Bytes()), "F"+strconv.Itoa(int(st)))
		nbsp := false
		for _, r := range u {
			nbsp = nbsp || r == '\u00a0'
		}
		if !nbsp {
			t.Errorf("font %d: no code maps to U+00A0", st)
		}
	}
	if got := strings.Count(string(out), strings.ReplaceAll(want, "\u00a0", " ")); got != 3 {
		t.Errorf("pdftotext gives the text %d times, want 3 (regular, bold, italic):\n%s", got, out)
	}
}

// TestUsedComposite checks that a composite glyph brings its components
// into the subset (the Go fonts have none, so the font here is made up):
// glyph 1 is made of glyph 2 (word arguments) and glyph 3 (byte
// arguments and a scale); glyph 4 is not used.
func TestUsedComposite(t *testing.T) {
	simple := []byte{0, 1, 0, 0, 0, 0, 0, 0, 0, 0}
	comp := []byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0,
		0, argWords | moreComps, 0, 2, 0, 0, 0, 0,
		0, hasScale, 0, 3, 0, 0, 0x40, 0}
	m := &metrics{adv: make([]int16, 5)}
	for _, g := range [][]byte{nil, comp, simple, simple, simple} {
		m.loca = append(m.loca, uint32(len(m.glyf)))
		m.glyf = append(m.glyf, g...)
	}
	m.loca = append(m.loca, uint32(len(m.glyf)))
	u := &fontUse{m: m, gids: []uint16{1}}
	if diff := cmp.Diff([]uint16{0, 1, 2, 3}, u.used()); diff != "" {
		t.Errorf("glyphs in the subset (-want +got):\n%s", diff)
	}
}

// TestCodes writes more characters than one byte of codes holds, so that
// codes take every byte value a literal string must escape (parentheses,
// backslash, carriage return) and a high byte above zero, then reads the
// text back through the content streams and the ToUnicode map.
func TestCodes(t *testing.T) {
	var want strings.Builder
	n := 0
	for r := rune(0x21); r < 0x250; r++ {
		if fonts()[regular].has(nil, r) {
			want.WriteRune(r)
			if n++; n%20 == 0 { // words that fit a line, so none is cut
				want.WriteByte(' ')
			}
		}
	}
	d := &render.Document{Lang: i18n.SV, Title: "T", Sections: []*render.Section{{ID: "s", Number: "1", Heading: "T", Blocks: []render.Block{
		&render.Paragraph{Spans: []render.Span{{Text: want.String()}}},
	}}}}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	objs := readFile(t, buf.Bytes())
	uni, _ := fontMaps(t, objs, "F0")
	if len(uni) < 300 {
		t.Fatalf("%d codes, want more than 300", len(uni))
	}
	var got strings.Builder
	tj := regexp.MustCompile(`(?s)/(F\d) [\d.]+ Tf |\(((?:[^\\()]|\\.)*)\) Tj`)
	for i := 1; i <= len(objs); i++ {
		cur := ""
		for _, m := range tj.FindAllSubmatch(objs[i].stream, -1) {
			if m[1] != nil {
				cur = string(m[1])
				continue
			}
			if cur != "F0" {
				continue
			}
			codes := unescape(m[2])
			for j := 0; j+1 < len(codes); j += 2 {
				got.WriteRune(uni[binary.BigEndian.Uint16(codes[j:])])
			}
		}
	}
	if !strings.Contains(squeeze(got.String()), squeeze(want.String())) {
		t.Errorf("the text read back differs:\n got %q\nwant %q", got.String(), want.String())
	}
}
