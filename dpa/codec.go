package dpa

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sync/atomic"

	"github.com/dpakit/dpakit/i18n"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// MaxDocumentSize is the largest JSON document [Decode] and
// [DecodeReader] accept: 64 MiB, room for tens of thousands of
// sub-processors.
const MaxDocumentSize = 64 << 20

// MaxDepth is the deepest nesting [Decode] accepts. An agreement nests at
// most seven levels, so a deeper document never decodes; Decode then
// reports [ErrTooDeep] at the first byte beyond the limit.
const MaxDepth = 64

// currencyPattern is what a [Money]'s currency must match.
var currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)

// strict is the option set of every decode: unknown members and duplicate
// names are errors, and names match exactly.
var strict = json.JoinOptions(
	json.RejectUnknownMembers(true),
	jsontext.AllowDuplicateNames(false),
	jsontext.AllowInvalidUTF8(false),
	json.MatchCaseInsensitiveNames(false),
)

func unmarshal(b []byte, v any) error { return json.Unmarshal(b, v, strict) }

func marshal(v any) ([]byte, error) { return json.Marshal(v, json.Deterministic(true)) }

// DecodeError is the error [Decode] and [DecodeReader] return: where in
// the document the problem is, as a JSON Pointer and as a line and column,
// and what it is.
//
// Offset counts bytes from the start of the data, a byte-order mark
// included; Line and Column count from the first byte after the mark, as an
// editor shows them. A line ends at LF, CR LF or a lone CR.
type DecodeError struct {
	Pointer string // JSON Pointer to the value, such as "/annexes/b/entries/0/name"; "" for the whole document
	Line    int    // 1-based line of the offending byte, 0 when unknown
	Column  int    // 1-based column (in bytes), 0 when unknown
	Offset  int64  // byte offset
	Err     error  // what is wrong
}

// Error returns "dpa: decode: line 12, column 5, at /annexes/b: unknown
// field"; the line and column are left out when unknown and the pointer
// when it is empty (the problem is the whole document). A nil e, like a
// zero one, says only "dpa: decode: unusable document".
func (e *DecodeError) Error() string {
	if e == nil {
		return "dpa: decode: unusable document"
	}
	var b bytes.Buffer
	b.WriteString("dpa: decode")
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d, column %d", e.Line, e.Column)
	}
	if e.Pointer != "" {
		fmt.Fprintf(&b, ", at %s", e.Pointer)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	} else {
		b.WriteString(": unusable document")
	}
	return b.String()
}

// Unwrap returns the underlying error; nil for a nil e.
func (e *DecodeError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// The kinds of decoding problem, wrapped by [DecodeError.Err].
var (
	// ErrTooLarge: the document has more than MaxDocumentSize bytes.
	ErrTooLarge = errors.New("document is larger than 64 MiB")
	// ErrTooDeep: the document nests deeper than MaxDepth.
	ErrTooDeep = errors.New("document nests deeper than the limit")
	// ErrUnknownField: a member the agreement does not have.
	ErrUnknownField = errors.New("unknown field")
	// ErrSyntax: the data is not JSON (or not one JSON value).
	ErrSyntax = errors.New("invalid JSON")
	// ErrType: a value of the wrong JSON type.
	ErrType = errors.New("wrong type")
	// ErrNotObject: the document is valid JSON but not an object (null, a
	// number, a string, a boolean or an array), so it holds no agreement.
	// An error wrapping ErrNotObject wraps ErrType too.
	ErrNotObject = errors.New("document is not a JSON object")
)

// bom is the UTF-8 encoding of U+FEFF, which editors on Windows put at the
// start of a file.
var bom = []byte{0xef, 0xbb, 0xbf}

// Decode reads an agreement from JSON strictly: unknown fields, duplicate
// names, wrong types, malformed dates, periods and amounts are errors that
// name the field by JSON Pointer and the place by line and column. The
// document must be a JSON object: null, a number, a string, a boolean or an
// array is refused with [ErrNotObject]. White space around it and a UTF-8
// byte-order mark before it are allowed. Nothing is rounded: amounts keep
// their decimals. Country codes and organisation numbers are normalised
// (see [Agreement.Normalize]). Decode does not validate the agreement; call
// [Validate] for that. Every error is a [*DecodeError]. To read from a file
// or a stream, use [DecodeReader], which never reads more than the limit.
func Decode(data []byte) (*Agreement, error) {
	if len(data) > MaxDocumentSize {
		return nil, &DecodeError{Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), MaxDocumentSize)}
	}
	skip := 0
	if bytes.HasPrefix(data, bom) {
		skip = len(bom)
	}
	body := data[skip:]
	if err := objectOnly(body); err != nil {
		err.Offset += int64(skip)
		return nil, err
	}
	a := new(Agreement)
	if !fastDecode(body, a) {
		if err := strictDecode(body, a); err != nil {
			err.Offset += int64(skip)
			return nil, err
		}
	}
	if a.Schema != "" && !knownSchema(a.Schema) {
		line, col := position(body, schemaOffset(body))
		return nil, &DecodeError{Pointer: "/$schema", Line: line, Column: col, Offset: schemaOffset(body) + int64(skip),
			Err: fmt.Errorf("%w: %q is not the $id of dpakit's agreement schema (%s)", ErrUnknownSchema, a.Schema, SchemaID(i18n.EN))}
	}
	a.Normalize()
	return a, nil
}

// strictDecode decodes body into a, which must be zero, with
// go-json-experiment's strict decoder, and turns its error into a
// [*DecodeError] with offsets counted in body.
func strictDecode(body []byte, a *Agreement) *DecodeError {
	*a = Agreement{}
	err := unmarshal(body, a)
	if err == nil {
		return nil
	}
	// A document nested deeper than the agreement's own structure
	// never decodes (TestModelDepth keeps that true, and the decoder
	// itself stops at 10 000 levels without recursion), so its depth
	// is measured only now, to report the clearer error.
	if off, ok := tooDeep(body); !ok {
		line, col := position(body, off)
		return &DecodeError{Line: line, Column: col, Offset: off, Err: fmt.Errorf("%w of %d", ErrTooDeep, MaxDepth)}
	}
	return decodeError(body, err)
}

// ErrUnknownSchema: the document's $schema names another schema than
// the agreement's, in one of its languages ([SchemaID]).
var ErrUnknownSchema = errors.New("unknown $schema")

// knownSchema reports whether s is the $id of the agreement's schema in a
// language.
func knownSchema(s string) bool {
	for _, l := range i18n.Langs {
		if s == SchemaID(l) {
			return true
		}
	}
	return false
}

// schemaOffset returns the offset of the value of the top-level member
// "$schema", or 0 when it cannot be found.
func schemaOffset(body []byte) int64 {
	dec := jsontext.NewDecoder(bytes.NewReader(body))
	if _, err := dec.ReadToken(); err != nil {
		return 0
	}
	for dec.PeekKind() != '}' {
		name, err := dec.ReadToken()
		if err != nil {
			return 0
		}
		if name.String() == "$schema" {
			return dec.InputOffset()
		}
		if err := dec.SkipValue(); err != nil {
			return 0
		}
	}
	return 0
}

// DecodeReader reads one document from r and decodes it as [Decode] does.
// It reads at most MaxDocumentSize+1 bytes, so a stream without end (such
// as /dev/zero) is refused with [ErrTooLarge] as soon as the limit is
// passed, holding little more than the limit in memory; a regular file
// known to be larger is refused before it is read. An error reading r is
// returned wrapped, and is not a [*DecodeError]; every other error is.
// A nil r reads as an empty stream: DecodeReader(nil) returns what
// Decode(nil) does, a [*DecodeError] wrapping [ErrSyntax].
func DecodeReader(r io.Reader) (*Agreement, error) {
	if r == nil {
		return Decode(nil)
	}
	size := -1
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			if fi.Size() > MaxDocumentSize {
				return nil, &DecodeError{Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), MaxDocumentSize)}
			}
			size = int(fi.Size())
		}
	}
	data, err := readLimited(io.LimitReader(r, MaxDocumentSize+1), size)
	if err != nil && err != ErrTooLarge {
		return nil, fmt.Errorf("dpa: read: %w", err)
	}
	if err != nil || len(data) > MaxDocumentSize {
		return nil, &DecodeError{Err: ErrTooLarge}
	}
	return Decode(data)
}

// readLimited reads r to its end. With a size hint it reads into one
// buffer of that size (and grows it if the file grew); without, into
// chunks of growing size that are joined once at the end, so that memory
// never holds more than twice the data. Beyond MaxDocumentSize it stops
// with ErrTooLarge, holding only the chunks.
func readLimited(r io.Reader, size int) ([]byte, error) {
	if size >= 0 {
		buf := bytes.NewBuffer(make([]byte, 0, size+1))
		_, err := buf.ReadFrom(r)
		return buf.Bytes(), err
	}
	var chunks [][]byte
	total, n := 0, 32<<10
	for {
		c := make([]byte, n)
		k, err := io.ReadFull(r, c)
		total += k
		chunks = append(chunks, c[:k])
		if total > MaxDocumentSize {
			return nil, ErrTooLarge
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		n = min(2*n, 4<<20)
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	return bytes.Join(chunks, nil), nil
}

// objectOnly refuses a document that is valid JSON but not an object. A
// document that is not valid JSON, or nests too deep, is left to the
// decoder and to tooDeep to report. Only a document that does not start
// with '{' costs the extra scans.
func objectOnly(data []byte) *DecodeError {
	i := 0
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	if i == len(data) || data[i] == '{' {
		return nil
	}
	if _, ok := tooDeep(data); !ok || !jsontext.Value(data).IsValid() {
		return nil
	}
	line, col := position(data, int64(i))
	return &DecodeError{Line: line, Column: col, Offset: int64(i),
		Err: fmt.Errorf("%w (%w): it is %s", ErrNotObject, ErrType, kindName(jsontext.Value(data[i:]).Kind()))}
}

// tooDeep scans for nesting beyond MaxDepth without parsing. It jumps over
// strings with IndexByte. It
// returns the offset of the first byte too deep; malformed JSON is left to
// the decoder to report.
func tooDeep(data []byte) (int64, bool) {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			end, ok := stringEnd(data, i)
			if !ok {
				return 0, true
			}
			i = end
		case '{', '[':
			depth++
			if depth > MaxDepth {
				return int64(i), false
			}
		case '}', ']':
			depth--
		}
	}
	return 0, true
}

// stringEnd returns the index of the quote that closes the string opening
// at data[open].
func stringEnd(data []byte, open int) (int, bool) {
	j := open + 1
	for {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return 0, false
		}
		j += k
		backslashes := 0
		for p := j - 1; p > open && data[p] == '\\'; p-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return j, true
		}
		j++
	}
}

func decodeError(data []byte, err error) *DecodeError {
	de := &DecodeError{Err: err}
	var sem *json.SemanticError
	var syn *jsontext.SyntacticError
	switch {
	case errors.As(err, &syn):
		de.Pointer, de.Offset = string(syn.JSONPointer), syn.ByteOffset
		de.Err = fmt.Errorf("%w: %v", ErrSyntax, syn.Err)
	case errors.As(err, &sem):
		de.Pointer, de.Offset = string(sem.JSONPointer), sem.ByteOffset
		switch {
		case errors.Is(sem.Err, json.ErrUnknownName):
			de.Err = ErrUnknownField
		case sem.Err != nil:
			de.Err = sem.Err
		case sem.GoType != nil:
			de.Err = fmt.Errorf("%w: cannot use JSON %s as %s", ErrType, kindName(sem.JSONKind), sem.GoType)
		}
	}
	de.Line, de.Column = position(data, de.Offset)
	return de
}

func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "boolean"
	case '"':
		return "string"
	case '0':
		return "number"
	case '{':
		return "object"
	case '[':
		return "array"
	}
	return "value"
}

// position turns a byte offset into a 1-based line and column. A line ends
// at LF, at CR LF or at a CR not followed by LF (old Mac files); the LF of
// a CR LF pair belongs to the line it ends.
func position(data []byte, off int64) (line, col int) {
	if off < 0 || off > int64(len(data)) {
		return 0, 0
	}
	line, start := 1, 0
	for i := 0; i < int(off); {
		k := bytes.IndexAny(data[i:off], "\r\n")
		if k < 0 {
			break
		}
		i += k
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++ // the LF ends this line
			if i >= int(off) {
				break // the offset names the LF itself
			}
		}
		i++
		line, start = line+1, i
	}
	return line, int(off) - start + 1
}

// Encode writes the agreement as indented JSON with camelCase keys, dates
// and amounts as strings; optional fields are left out when blank and
// required ones written empty. It writes the agreement in canonical form
// (see [Agreement.Normalize]) without changing a: an organisation number
// typed as "556036-0793" is written "5560360793", as the schema wants.
// So Decode(Encode(a)) equals a when a is normalised, and encoding a
// decoded agreement gives the same bytes again. Encode of nil fails with
// [ErrNil].
func Encode(a *Agreement) ([]byte, error) {
	if a == nil {
		return nil, ErrNil
	}
	return encodeTo(nil, a)
}

// lastEncoded is the length of the last encoding, at most 1 MiB.
var lastEncoded atomic.Int64

// encodeTo appends what Encode writes for a, which is not nil, to dst.
func encodeTo(dst []byte, a *Agreement) ([]byte, error) {
	n := a.Normalized()
	if dst == nil {
		// Room for what the last encoding wrote, so that the buffer is
		// not grown (and copied) four or five times over.
		dst = make([]byte, 0, lastEncoded.Load()+512)
	}
	if b, ok := fastEncode(dst, n); ok {
		lastEncoded.Store(int64(min(len(b), 1<<20)))
		return append(b, '\n'), nil
	}
	b, err := json.Marshal(n, json.Deterministic(true), jsontext.WithIndent("  "))
	if err != nil {
		return nil, err
	}
	return append(append(dst, b...), '\n'), nil
}
