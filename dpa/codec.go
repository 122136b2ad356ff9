package dpa

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// MaxDocumentSize is the largest JSON document [Decode] accepts: 64 MiB,
// room for tens of thousands of sub-processors.
const MaxDocumentSize = 64 << 20

// MaxDepth is the deepest nesting [Decode] accepts. An agreement nests at
// most seven levels, so a deeper document never decodes; Decode then
// reports [ErrTooDeep] at the first byte beyond the limit.
const MaxDepth = 64

var (
	decimalPattern  = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

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

// DecodeError is the error [Decode] returns: where in the document the
// problem is, as a JSON Pointer and as a line and column, and what it is.
type DecodeError struct {
	Pointer string // JSON Pointer to the value, such as "/annexes/b/entries/0/name"; "" for the whole document
	Line    int    // 1-based line of the offending byte, 0 when unknown
	Column  int    // 1-based column (in bytes), 0 when unknown
	Offset  int64  // byte offset
	Err     error  // what is wrong
}

// Error returns "line 12, column 5, at /annexes/b: unknown field".
func (e *DecodeError) Error() string {
	var b bytes.Buffer
	b.WriteString("dpa: decode")
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d, column %d", e.Line, e.Column)
	}
	if e.Pointer != "" {
		fmt.Fprintf(&b, ", at %s", e.Pointer)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// The kinds of decoding problem, wrapped by [DecodeError.Err].
var (
	ErrTooLarge     = errors.New("document is larger than the limit")
	ErrTooDeep      = errors.New("document nests deeper than the limit")
	ErrUnknownField = errors.New("unknown field")
	ErrSyntax       = errors.New("invalid JSON")
	ErrType         = errors.New("wrong type")
)

// Decode reads an agreement from JSON strictly: unknown fields, duplicate
// names, wrong types, malformed dates, periods and amounts are errors that
// name the field by JSON Pointer and the place by line and column. Nothing
// is rounded: amounts keep their decimals. Country codes and organisation
// numbers are normalised (see [Agreement.Normalize]). Decode does not
// validate the agreement; call [Validate] for that.
func Decode(data []byte) (*Agreement, error) {
	if len(data) > MaxDocumentSize {
		return nil, &DecodeError{Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), MaxDocumentSize)}
	}
	a := new(Agreement)
	if err := unmarshal(data, a); err != nil {
		// A document nested deeper than the agreement's own structure
		// never decodes (TestModelDepth keeps that true, and the decoder
		// itself stops at 10 000 levels without recursion), so its depth
		// is measured only now, to report the clearer error.
		if off, ok := tooDeep(data); !ok {
			line, col := position(data, off)
			return nil, &DecodeError{Line: line, Column: col, Offset: off, Err: fmt.Errorf("%w of %d", ErrTooDeep, MaxDepth)}
		}
		return nil, decodeError(data, err)
	}
	a.Normalize()
	return a, nil
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

func decodeError(data []byte, err error) error {
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

// position turns a byte offset into a 1-based line and column.
func position(data []byte, off int64) (line, col int) {
	if off < 0 || off > int64(len(data)) {
		return 0, 0
	}
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
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
	if !a.normalized() {
		a = a.Clone()
		a.Normalize()
	}
	b, err := json.Marshal(a, json.Deterministic(true), jsontext.WithIndent("  "))
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
