package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"unicode/utf16"

	"github.com/dpakit/dpakit/internal/reuse"
	"github.com/klauspost/compress/zlib"
)

// file is a PDF file being written (ISO 32000-1, 7.5): the objects one
// after the other, each at an offset the cross-reference stream gives.
// Object numbers are handed out by alloc before the object is written, so
// that objects can point to ones written later. Streams are written as
// they come; dictionaries (pages, fonts, outline entries, structure
// elements) are gathered in object streams (7.5.7), compressed, so that
// the hundreds of small objects of a tagged file take little room.
type file struct {
	b []byte
	// off[n] is where object n starts, or for an object in an object
	// stream, -1 - the stream's object number; idx[n] is then its place
	// in the stream. off[0] is unused.
	off []int
	idx []int
	z   bytes.Buffer
	// The object stream being filled: the objects' numbers, where each
	// starts in body, and body.
	osNums, osAt []int
	osBody       []byte
}

// objStmSize is how many objects an object stream holds at most, so
// that a reader need not decompress a huge one for one object.
const objStmSize = 500

// header is the PDF 1.7 header, the version PDF/A-2 is based on, followed
// by a comment of four bytes above 127 that marks the file as binary
// (ISO 19005-2, 6.1.2).
const header = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"

// newFile starts a file of about size bytes and objects objects.
func newFile(size, objects int) *file {
	f := &file{b: make([]byte, 0, size), off: make([]int, 1, objects), idx: make([]int, 1, objects)}
	f.b = append(f.b, header...)
	return f
}

// alloc returns the number of a new object.
func (f *file) alloc() int {
	f.off = append(f.off, 0)
	f.idx = append(f.idx, 0)
	return len(f.off) - 1
}

// begin starts object n.
func (f *file) begin(n int) {
	f.off[n] = len(f.b)
	f.b = strconv.AppendInt(f.b, int64(n), 10)
	f.b = append(f.b, " 0 obj\n"...)
}

// end ends the object begun.
func (f *file) end() { f.b = append(f.b, "\nendobj\n"...) }

// str appends s as it is.
func (f *file) str(s string) { f.b = append(f.b, s...) }

// int appends i.
func (f *file) int(i int) { f.b = strconv.AppendInt(f.b, int64(i), 10) }

// ref appends a reference to object n.
func (f *file) ref(n int) {
	f.b = strconv.AppendInt(f.b, int64(n), 10)
	f.b = append(f.b, " 0 R"...)
}

// dict writes object n as a dictionary into the object stream; body is
// what goes between << and >>, written by the function.
func (f *file) dict(n int, body func()) {
	file := f.b
	f.b = f.osBody
	f.osNums = append(f.osNums, n)
	f.osAt = append(f.osAt, len(f.b))
	f.str("<<")
	body()
	f.str(">>\n")
	f.osBody, f.b = f.b, file
	if len(f.osNums) == objStmSize {
		f.flushObjStm()
	}
}

// flushObjStm writes the object stream being filled, if any.
func (f *file) flushObjStm() {
	if len(f.osNums) == 0 {
		return
	}
	n := f.alloc()
	var head []byte
	for i, num := range f.osNums {
		head = strconv.AppendInt(head, int64(num), 10)
		head = append(head, ' ')
		head = strconv.AppendInt(head, int64(f.osAt[i]), 10)
		head = append(head, ' ')
		f.off[num], f.idx[num] = -1-n, i
	}
	data := append(head, f.osBody...)
	f.stream(n, "/Type/ObjStm/N "+strconv.Itoa(len(f.osNums))+"/First "+strconv.Itoa(len(head)), data, true)
	f.osNums, f.osAt, f.osBody = f.osNums[:0], f.osAt[:0], f.osBody[:0]
}

// zlibs keeps compressors for reuse: a new one costs about a megabyte.
var zlibs = reuse.New(keptCompressors, func() *zlib.Writer {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
})

// keptCompressors is how many compressors of each kind are kept between
// files: enough for the files a machine writes at once.
const keptCompressors = 4

// deflate returns data compressed with zlib (FlateDecode), through a
// kept compressor.
func deflate(dst *bytes.Buffer, data []byte) {
	zw := zlibs.Get()
	zw.Reset(dst)
	zw.Write(data)
	zw.Close()
	zw.Reset(nil) // keep no reference to the file's buffer
	zlibs.Put(zw)
}

// stream writes object n as a stream of data, compressed when flate is
// set; dict holds the dictionary's entries besides /Length and /Filter.
func (f *file) stream(n int, dict string, data []byte, flate bool) {
	if flate {
		f.z.Reset()
		deflate(&f.z, data)
		data = f.z.Bytes()
	}
	f.streamRaw(n, dict, data, flate)
}

// streamRaw writes object n as a stream of data that is already in its
// final form, compressed with zlib when flate is set.
func (f *file) streamRaw(n int, dict string, data []byte, flate bool) {
	f.begin(n)
	f.str("<<")
	f.str(dict)
	if flate {
		f.str("/Filter/FlateDecode")
	}
	f.str("/Length ")
	f.int(len(data))
	f.str(">>\nstream\n")
	f.b = append(f.b, data...)
	f.str("\nendstream")
	f.end()
}

// text appends s as a PDF text string (7.9.2.2): UTF-16BE with its byte
// order mark, in hexadecimal, so that no character of s can end the
// string or be read as anything but text.
func (f *file) text(s string) { f.b = appendText(f.b, s) }

func appendText(b []byte, s string) []byte {
	b = append(b, "<FEFF"...)
	var u [2]uint16
	for _, r := range s {
		n := 1
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			u[0], u[1] = uint16(r1), uint16(r2)
			n = 2
		} else {
			u[0] = uint16(r)
		}
		for _, c := range u[:n] {
			b = appendHex4(b, c)
		}
	}
	return append(b, '>')
}

const hexDigits = "0123456789ABCDEF"

// appendHex4 appends c as four hexadecimal digits.
func appendHex4(b []byte, c uint16) []byte {
	return append(b, hexDigits[c>>12], hexDigits[c>>8&15], hexDigits[c>>4&15], hexDigits[c&15])
}

// finish writes the last object stream, then the cross-reference stream
// (7.5.8), whose dictionary is the trailer. The file identifier (6.1.3 of
// ISO 19005-2 asks for one) is a hash of the file so far, so that the
// same document still gives the same bytes.
func (f *file) finish(root, info int) []byte {
	f.flushObjStm()
	sum := sha256.Sum256(f.b)
	id := hex.EncodeToString(sum[:16])
	x := f.alloc()
	f.off[x] = len(f.b)
	// Rows of 1 + 4 + 2 bytes: type, then offset and 0 (type 1, in the
	// file) or the object stream and the place in it (type 2).
	rows := make([]byte, 0, 7*len(f.off))
	rows = append(rows, 0, 0, 0, 0, 0, 0xFF, 0xFF)
	for n := 1; n < len(f.off); n++ {
		o := f.off[n]
		if o >= 0 {
			rows = append(rows, 1, byte(o>>24), byte(o>>16), byte(o>>8), byte(o), 0, 0)
		} else {
			s, i := -1-o, f.idx[n]
			rows = append(rows, 2, byte(s>>24), byte(s>>16), byte(s>>8), byte(s), byte(i>>8), byte(i))
		}
	}
	xref := len(f.b)
	f.stream(x, "/Type/XRef/Size "+strconv.Itoa(len(f.off))+"/W[1 4 2]/Root "+strconv.Itoa(root)+" 0 R/Info "+
		strconv.Itoa(info)+" 0 R/ID[<"+id+"><"+id+">]", rows, true)
	f.str("startxref\n")
	f.int(xref)
	f.str("\n%%EOF\n")
	return f.b
}

// appendNum appends v, with at most two decimals.
func appendNum(b []byte, v float64) []byte {
	n := int64(v*100 + 0.5)
	if v < 0 {
		n = int64(v*100 - 0.5)
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	if c := n % 100; c != 0 {
		b = append(b, '.', byte('0'+c/10))
		if c%10 != 0 {
			b = append(b, byte('0'+c%10))
		}
	}
	return b
}
