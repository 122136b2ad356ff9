package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"sync"
)

// family is the name the fonts are registered under in fpdf, which names
// a font "utf8" + family + style. It is chosen so that the name has the
// length of a subset font's name with its tag ("DPKTAA+Go", "DPKTAB+GoB"),
// which fixup writes in its place.
const family = "dpkgo"

var fontName = regexp.MustCompile(`/utf8` + family + `(B|I)?([\s/>])`)

// subsetNames are the PDF names of the four subsets: a six-letter tag, a
// different one for each subset as the PDF specification asks, then the
// font.
var subsetNames = map[string]string{"": "/DPKTAA+Go", "B": "/DPKTAB+GoB", "I": "/DPKTAC+GoI"}

var zlibs = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
}}

var infoDate = regexp.MustCompile(`\(D:(\d{14})\)`)

var plainHead = regexp.MustCompile(`^\d+ 0 obj\n<</Length (\d+)>>\nstream\n`)

// plainStream returns the data of an object that is an uncompressed stream
// with nothing but its length in its dictionary, as fpdf writes a page's
// content.
func plainStream(obj []byte) ([]byte, bool) {
	m := plainHead.FindSubmatch(obj)
	if m == nil {
		return nil, false
	}
	n, err := strconv.Atoi(string(m[1]))
	rest := obj[len(m[0]):]
	if err != nil || n > len(rest) || !bytes.HasPrefix(rest[n:], []byte("\nendstream\nendobj\n")) {
		return nil, false
	}
	return rest[:n], true
}

// fixup finishes the file fpdf wrote, towards PDF/A-2b (ISO 19005-2):
//
//   - the header says PDF 1.7, the version PDF/A-2 is based on, and is
//     followed by a comment of four bytes above 127, which marks the file
//     as binary (6.1.2);
//   - the fonts' names carry a subset tag (ISO 32000-1, 9.6.4), since fpdf
//     embeds subsets without one;
//   - the catalogue points to the XMP metadata stream, which fpdf writes
//     but does not link (6.6.2.1);
//   - the information dictionary's dates carry a time zone, as the XMP
//     packet's do, so that the two agree (6.6.3);
//   - the trailer has a file identifier (6.1.3), a hash of the content, so
//     the same document still gives the same bytes.
//
// It also compresses the pages' content, and rewrites the cross-reference
// table for the new offsets. A file it
// cannot follow is an error, not a broken PDF.
func fixup(b []byte) ([]byte, error) {
	errShape := errors.New("pdf: unexpected file structure from fpdf")
	if !bytes.HasPrefix(b, []byte("%PDF-1.")) {
		return nil, errShape
	}
	// The cross-reference table fpdf writes last: "xref", "0 N", N entries
	// of 20 bytes, "trailer", the dictionary, "startxref", its offset.
	sx := bytes.LastIndex(b, []byte("\nstartxref\n"))
	if sx < 0 {
		return nil, errShape
	}
	xrefAt, err := strconv.Atoi(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(b[sx+len("\nstartxref\n"):]), []byte("%%EOF")))))
	if err != nil || xrefAt <= 0 || xrefAt >= sx {
		return nil, errShape
	}
	table := b[xrefAt:sx]
	var n int
	rest, ok := bytes.CutPrefix(table, []byte("xref\n0 "))
	if !ok {
		return nil, errShape
	}
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, errShape
	}
	if n, err = strconv.Atoi(string(rest[:nl])); err != nil || n < 2 {
		return nil, errShape
	}
	rest = rest[nl+1:]
	if len(rest) < 20*n {
		return nil, errShape
	}
	offsets := make([]int, n)
	for i := 1; i < n; i++ {
		if offsets[i], err = strconv.Atoi(string(rest[20*i : 20*i+10])); err != nil || offsets[i] >= xrefAt {
			return nil, errShape
		}
	}
	trailer := rest[20*n:]
	root := regexp.MustCompile(`/Root (\d+) 0 R`).FindSubmatch(trailer)
	info := regexp.MustCompile(`/Info (\d+) 0 R`).FindSubmatch(trailer)
	if root == nil || info == nil {
		return nil, errShape
	}
	rootN, _ := strconv.Atoi(string(root[1]))
	if rootN <= 0 || rootN >= n {
		return nil, errShape
	}
	// The catalogue is the last object; its dictionary ends in ">>".
	catAt := offsets[rootN]
	cat := b[catAt:xrefAt]
	end := bytes.LastIndex(cat, []byte(">>\nendobj"))
	if end < 0 {
		return nil, errShape
	}
	meta := regexp.MustCompile(`\n(\d+) 0 obj\n<< /Type /Metadata /Subtype /XML`).FindSubmatch(b[:catAt])

	// The objects in the order of the file; each runs to the next.
	order := make([]int, 0, n)
	for i := 1; i < n; i++ {
		if i != rootN {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(x, y int) int { return offsets[x] - offsets[y] })
	var out bytes.Buffer
	out.Grow(len(b) / 2)
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	moved := make([]int, n)
	zw := zlibs.Get().(*zlib.Writer)
	defer zlibs.Put(zw)
	for k, i := range order {
		next := catAt
		if k+1 < len(order) {
			next = offsets[order[k+1]]
		}
		if offsets[i] > next {
			return nil, errShape
		}
		moved[i] = out.Len()
		obj := b[offsets[i]:next]
		if data, ok := plainStream(obj); ok {
			// A page's content, which fpdf was told to leave uncompressed
			// (it makes a new compressor of a megabyte for each page):
			// compressed here with one pooled compressor.
			head := obj[:bytes.Index(obj, []byte("<<"))]
			out.Write(head)
			var z bytes.Buffer
			zw.Reset(&z)
			zw.Write(data)
			if err := zw.Close(); err != nil {
				return nil, err
			}
			out.WriteString("<</Filter /FlateDecode /Length " + strconv.Itoa(z.Len()) + ">>\nstream\n")
			out.Write(z.Bytes())
			out.WriteString("\nendstream\nendobj\n")
			continue
		}
		if strconv.Itoa(i) == string(info[1]) {
			// The information dictionary's dates get the time zone the
			// XMP packet's have (6.6.3: the two must agree).
			obj = infoDate.ReplaceAll(obj, []byte("(D:${1}Z)"))
		}
		out.Write(fontName.ReplaceAllFunc(obj, func(m []byte) []byte {
			sm := fontName.FindSubmatch(m)
			return append([]byte(subsetNames[string(sm[1])]), sm[2]...)
		}))
	}
	moved[rootN] = out.Len()
	out.Write(cat[:end])
	if meta != nil {
		out.WriteString("/Metadata " + string(meta[1]) + " 0 R\n")
	}
	out.Write(cat[end:])
	xref := out.Len()
	out.WriteString("xref\n0 " + strconv.Itoa(n) + "\n0000000000 65535 f \n")
	for i := 1; i < n; i++ {
		o := strconv.Itoa(moved[i])
		out.WriteString("0000000000"[len(o):] + o + " 00000 n \n")
	}
	sum := sha256.Sum256(b)
	id := hex.EncodeToString(sum[:16])
	out.WriteString("trailer\n<<\n/Size " + strconv.Itoa(n) + "\n/Root " + string(root[1]) + " 0 R\n/Info " + string(info[1]) +
		" 0 R\n/ID [<" + id + "> <" + id + ">]\n>>\nstartxref\n" + strconv.Itoa(xref) + "\n%%EOF\n")
	return out.Bytes(), nil
}
