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
// stream: every offset must point at its object, every stream's /Length
// must end it at endstream, every compressed stream must decompress, and
// every object in an object stream must be where its stream says.
func readFile(t *testing.T, b []byte) map[int]object {
	t.Helper()
	if !bytes.HasPrefix(b, []byte(header)) || !bytes.HasSuffix(b, []byte("%%EOF\n")) {
		t.Fatal("no PDF 1.7 header with a binary comment, or no end-of-file marker")
	}
	sx := bytes.LastIndex(b, []byte("startxref\n"))
	at, err := strconv.Atoi(string(bytes.Fields(b[sx+10:])[0]))
	if err != nil {
		t.Fatal(err)
	}
	read := func(off, num int) object {
		m := objHead.FindSubmatch(b[off:])
		if m == nil || string(m[1]) != strconv.Itoa(num) {
			t.Fatalf("object %d: the cross-reference points at %q", num, b[off:min(off+20, len(b))])
		}
		body := b[off+len(m[0]):]
		s := bytes.Index(body, []byte(">>\nstream\n"))
		if s < 0 {
			t.Fatalf("object %d: not a stream, and not in an object stream", num)
		}
		dict := string(body[:s+2])
		lm := regexp.MustCompile(`/Length (\d+)`).FindStringSubmatch(dict)
		if lm == nil {
			t.Fatalf("object %d: a stream without /Length", num)
		}
		ln, _ := strconv.Atoi(lm[1])
		data := body[s+10 : s+10+ln]
		if !bytes.HasPrefix(body[s+10+ln:], []byte("\nendstream\nendobj\n")) {
			t.Fatalf("object %d: /Length %d does not end the stream", num, ln)
		}
		if strings.Contains(dict, "/FlateDecode") {
			zr, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("object %d: %v", num, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatalf("object %d: %v", num, err)
			}
		}
		return object{dict, data}
	}
	m := objHead.FindSubmatch(b[at:])
	if m == nil {
		t.Fatalf("startxref %d does not point at an object", at)
	}
	xn, _ := strconv.Atoi(string(m[1]))
	xref := read(at, xn)
	if !strings.Contains(xref.dict, "/Type/XRef") || !strings.Contains(xref.dict, "/W[1 4 2]") || !strings.Contains(xref.dict, "/ID[<") {
		t.Fatalf("not a cross-reference stream with /W[1 4 2] and /ID: %s", xref.dict)
	}
	rows := xref.stream
	objs := map[int]object{}
	inStream := map[int][2]int{}
	for n := 1; 7*n+7 <= len(rows); n++ {
		r := rows[7*n:]
		f2 := int(binary.BigEndian.Uint32(r[1:])) // offset, or the object stream
		f3 := int(binary.BigEndian.Uint16(r[5:]))
		switch r[0] {
		case 1:
			objs[n] = read(f2, n)
		case 2:
			inStream[n] = [2]int{f2, f3}
		default:
			t.Fatalf("object %d: cross-reference type %d", n, r[0])
		}
	}
	for n, at := range inStream {
		os, ok := objs[at[0]]
		if !ok || !strings.Contains(os.dict, "/Type/ObjStm") {
			t.Fatalf("object %d: in %d, which is no object stream", n, at[0])
		}
		first, _ := strconv.Atoi(regexp.MustCompile(`/First (\d+)`).FindStringSubmatch(os.dict)[1])
		head := strings.Fields(string(os.stream[:first]))
		if 2*at[1]+1 >= len(head) || head[2*at[1]] != strconv.Itoa(n) {
			t.Fatalf("object %d: not at place %d of stream %d", n, at[1], at[0])
		}
		from, _ := strconv.Atoi(head[2*at[1]+1])
		to := len(os.stream) - first
		if 2*at[1]+3 < len(head) {
			to, _ = strconv.Atoi(head[2*at[1]+3])
		}
		objs[n] = object{dict: strings.TrimSpace(string(os.stream[first+from : first+to]))}
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
		"<xmp:CreateDate>2025-04-22T00:00:00Z</xmp:CreateDate>", "<xmp:ModifyDate>2025-04-22T00:00:00Z</xmp:ModifyDate>",
		"<pdf:Producer>dpakit</pdf:Producer>", "<xmp:CreatorTool>dpakit</xmp:CreatorTool>",
		`<rdf:li xml:lang="x-default">` + d.Title + "</rdf:li>",
	} {
		if !strings.Contains(meta, want) {
			t.Errorf("the XMP lacks %s", want)
		}
	}
	for _, want := range []string{"/CreationDate(D:20250422000000Z)", "/ModDate(D:20250422000000Z)", "/Producer(dpakit)", "/Creator(dpakit)",
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

// TestStructure reads the structure tree of every example (in Danish)
// and of a parallel file back from the file: every marked-content id on a
// page belongs to exactly one element, which the parent tree names for
// it; read in the tree's order, the elements' text holds every clause
// whole and in order (in the parallel file, each language's paragraph
// after the other's, where the page alternates their lines); the footer
// is an artifact only.
func TestStructure(t *testing.T) {
	type job struct {
		name string
		l, r *render.Document
	}
	var jobs []job
	for _, ex := range examples.All() {
		jobs = append(jobs, job{ex.Name, build(t, ex, i18n.DA), nil})
	}
	ex := examples.All()[len(examples.All())-1]
	jobs = append(jobs, job{ex.Name + " da+sv", build(t, ex, i18n.DA), build(t, ex, i18n.SV)})
	num := regexp.MustCompile(`(\d+) 0 R`)
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	for _, j := range jobs {
		buf := writeJob(t, j.l, j.r)
		objs := readFile(t, buf.Bytes())
		var cat, kids string
		for _, o := range objs {
			if strings.HasPrefix(o.dict, "<</Type/Catalog") {
				cat = o.dict
			}
		}
		if !strings.Contains(cat, "/MarkInfo<</Marked true>>") {
			t.Fatalf("%s: the catalogue does not say the file is tagged: %s", j.name, cat)
		}
		root := objs[atoi(regexp.MustCompile(`/StructTreeRoot (\d+) 0 R`).FindStringSubmatch(cat)[1])].dict
		pagesDict := objs[atoi(regexp.MustCompile(`/Pages (\d+) 0 R`).FindStringSubmatch(cat)[1])].dict
		kids = regexp.MustCompile(`/Kids\[([^\]]*)\]`).FindStringSubmatch(pagesDict)[1]
		pageOf := map[int]int{} // page object → index
		var texts []map[int]string
		artifacts := ""
		fonts := map[string]map[uint16]rune{}
		for st := range numStyles {
			res := "F" + strconv.Itoa(int(st))
			fonts[res], _ = fontMaps(t, objs, res)
		}
		tok := regexp.MustCompile(`(?s)/(F\d) [\d.]+ Tf |\(((?:[^\\()]|\\.)*)\) Tj|/(\w+)<</MCID (\d+)>>BDC\n|/Artifact BMC\n|EMC\n`)
		for i, m := range num.FindAllStringSubmatch(kids, -1) {
			pageOf[atoi(m[1])] = i
			pg := objs[atoi(m[1])].dict
			if sp := regexp.MustCompile(`/StructParents (\d+)`).FindStringSubmatch(pg); sp == nil || atoi(sp[1]) != i {
				t.Fatalf("%s: page %d: /StructParents is not %d: %s", j.name, i, i, pg)
			}
			content := objs[atoi(regexp.MustCompile(`/Contents (\d+) 0 R`).FindStringSubmatch(pg)[1])].stream
			font, mc, inArt := "", -1, false
			page := map[int]string{}
			for _, tm := range tok.FindAllSubmatch(content, -1) {
				switch {
				case tm[1] != nil:
					font = string(tm[1])
				case tm[2] != nil:
					codes := unescape(tm[2])
					var s strings.Builder
					for k := 0; k+1 < len(codes); k += 2 {
						s.WriteRune(fonts[font][binary.BigEndian.Uint16(codes[k:])])
					}
					switch {
					case mc >= 0:
						page[mc] += s.String()
					case inArt:
						artifacts += s.String()
					default:
						t.Fatalf("%s: page %d: text %q neither marked nor an artifact", j.name, i, s.String())
					}
				case tm[4] != nil:
					if _, dup := page[atoi(string(tm[4]))]; dup || mc >= 0 || inArt {
						t.Fatalf("%s: page %d: MCID %s repeated or nested", j.name, i, tm[4])
					}
					mc = atoi(string(tm[4]))
					page[mc] = ""
				case string(tm[0]) == "/Artifact BMC\n":
					inArt = true
				default: // EMC
					mc, inArt = -1, false
				}
			}
			texts = append(texts, page)
		}
		// The parent tree: page → the element of each MCID.
		tree := objs[atoi(regexp.MustCompile(`/ParentTree (\d+) 0 R`).FindStringSubmatch(root)[1])].dict
		parent := map[[2]int]int{}
		for _, m := range regexp.MustCompile(`(\d+)\[([^\]]*)\]`).FindAllStringSubmatch(tree, -1) {
			for k, r := range num.FindAllStringSubmatch(m[2], -1) {
				parent[[2]int{atoi(m[1]), k}] = atoi(r[1])
			}
		}
		// Walk the tree in order.
		var text strings.Builder
		seen := map[[2]int]bool{}
		kid := regexp.MustCompile(`<</Type/MCR/Pg (\d+) 0 R/MCID (\d+)>>|(\d+) 0 R|(\d+)`)
		var walk func(n int)
		walk = func(n int) {
			d := objs[n].dict
			if !regexp.MustCompile(`^<</S/(Document|H[1-6]|P|L|LI|Lbl|LBody|Table|TR|TH|TD|Caption|TOC|TOCI|Div|Span)/P \d+ 0 R`).MatchString(d) {
				t.Fatalf("%s: object %d is no standard structure element: %s", j.name, n, d)
			}
			pg := -1
			if m := regexp.MustCompile(`/Pg (\d+) 0 R/K`).FindStringSubmatch(d); m != nil {
				pg = pageOf[atoi(m[1])]
			}
			k := d[strings.Index(d, "/K[")+3 : strings.LastIndex(d, "]")]
			for _, m := range kid.FindAllStringSubmatch(k, -1) {
				var at [2]int
				switch {
				case m[3] != "":
					walk(atoi(m[3]))
					continue
				case m[1] != "":
					at = [2]int{pageOf[atoi(m[1])], atoi(m[2])}
				default:
					at = [2]int{pg, atoi(m[4])}
				}
				if seen[at] || parent[at] != n {
					t.Fatalf("%s: MCID %v of element %d seen twice, or the parent tree names %d", j.name, at, n, parent[at])
				}
				seen[at] = true
				text.WriteString(texts[at[0]][at[1]])
			}
		}
		walk(atoi(regexp.MustCompile(`/K (\d+) 0 R`).FindStringSubmatch(root)[1]))
		for p, page := range texts {
			for mc := range page {
				if !seen[[2]int{p, mc}] {
					t.Errorf("%s: page %d: MCID %d belongs to no element", j.name, p, mc)
				}
			}
		}
		if miss, ok := inOrder(squeeze(text.String()), clauses(j.l)); !ok {
			t.Errorf("%s: the structure tree lacks %q (or has it out of order)", j.name, miss)
		}
		if j.r != nil {
			if miss, ok := inOrder(squeeze(text.String()), clauses(j.r)); !ok {
				t.Errorf("%s: the structure tree lacks the right column's %q (or has it out of order)", j.name, miss)
			}
		}
		if strings.Contains(text.String(), j.l.Reference()) || !strings.Contains(artifacts, j.l.Reference()) {
			t.Errorf("%s: the footer is not an artifact only", j.name)
		}
	}
}

// TestFallbackSpan checks that text in another language than the
// document's is a Span of its paragraph that names the language, between
// the paragraph's own text before and after it.
func TestFallbackSpan(t *testing.T) {
	d := &render.Document{Lang: i18n.DA, Title: "Aftale", Sections: []*render.Section{{ID: "s", Number: "1", Heading: "Vilkår", Blocks: []render.Block{
		&render.Paragraph{Spans: []render.Span{{Text: "Før "}, {Kind: render.Fallback, Lang: i18n.SV, Text: "svensk text"}, {Text: " efter."}}},
	}}}}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	objs := readFile(t, buf.Bytes())
	var spans []string
	for n, o := range objs {
		if strings.HasPrefix(o.dict, "<</S/Span") {
			spans = append(spans, strconv.Itoa(n))
			if !strings.Contains(o.dict, "/Lang(sv-SE)") {
				t.Errorf("the Span does not name Swedish: %s", o.dict)
			}
			p := objs[atoiT(regexp.MustCompile(`/P (\d+) 0 R`).FindStringSubmatch(o.dict)[1])].dict
			// The paragraph: its number and "(sv) " and "Før ", the Span,
			// then " efter.".
			mc := `(\d+|<</Type/MCR/Pg \d+ 0 R/MCID \d+>>)`
			if !regexp.MustCompile(`^<</S/P/P \d+ 0 R(/Pg \d+ 0 R)?/K\[` + mc + ` ` + strconv.Itoa(n) + ` 0 R ` + mc + `\]>>$`).MatchString(p) {
				t.Errorf("the Span is not between the paragraph's own text: %s", p)
			}
		}
	}
	if len(spans) != 1 {
		t.Errorf("%d Spans, want 1", len(spans))
	}
}

func atoiT(s string) int { n, _ := strconv.Atoi(s); return n }

// writeJob writes d as a PDF, or d and r side by side when r is not nil.
func writeJob(t *testing.T, d, r *render.Document) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	var err error
	if r != nil {
		err = WriteParallel(&buf, d, r)
	} else {
		err = Write(&buf, d)
	}
	if err != nil {
		t.Fatal(err)
	}
	return &buf
}
