package dpa_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
)

// nest returns depth arrays nested in each other around inner.
func nest(depth int, inner string) string {
	return strings.Repeat("[", depth) + inner + strings.Repeat("]", depth)
}

// nestObjects returns depth objects nested in each other under the key "a"
// around inner.
func nestObjects(depth int, inner string) string {
	return strings.Repeat(`{"a":`, depth) + inner + strings.Repeat("}", depth)
}

// TestDecodeLimits checks the decoder's two limits at and beyond their
// edges. A document over the limit is refused with ErrTooLarge before it is
// read, and one that nests too deep with ErrTooDeep before it is parsed,
// naming the offset, line and column of the first byte too deep, however
// deep it goes and whatever else is wrong with it; a document at a limit is
// not refused for that limit (it may still be wrong for other reasons).
func TestDecodeLimits(t *testing.T) {
	agreementWith := func(field string) string { return `{"id":"x","annexes":{"d":{` + field + `}}}` }
	for _, tc := range []struct {
		name   string
		reason string
		doc    string
		is     error // the limit it must break, nil if none
		offset int64 // with ErrTooDeep: offset of the first byte too deep
		line   int   // with ErrTooDeep: its line
		column int   // with ErrTooDeep: its column
		notIs  error // with is == nil: the limit it must not break
	}{
		{"depth-at-limit", "exactly MaxDepth levels are allowed", nest(dpa.MaxDepth, ""), nil, 0, 0, 0, dpa.ErrTooDeep},
		{"depth-over-limit", "one level more is refused at the first byte beyond it",
			nest(dpa.MaxDepth+1, ""), dpa.ErrTooDeep, dpa.MaxDepth, 1, dpa.MaxDepth + 1, nil},
		{"objects-over-limit", "objects count as arrays do",
			nestObjects(dpa.MaxDepth+1, "1"), dpa.ErrTooDeep, 5 * dpa.MaxDepth, 1, 5*dpa.MaxDepth + 1, nil},
		{"deep-100000", "100 000 levels are refused without a stack overflow",
			nest(100000, ""), dpa.ErrTooDeep, dpa.MaxDepth, 1, dpa.MaxDepth + 1, nil},
		{"deep-objects-100000", "and so are 100 000 levels of objects",
			nestObjects(100000, "null"), dpa.ErrTooDeep, 5 * dpa.MaxDepth, 1, 5*dpa.MaxDepth + 1, nil},
		{"deep-unclosed", "nesting that is never closed is refused for its depth, not read to the end",
			strings.Repeat("[{\"a\":", 50000), dpa.ErrTooDeep, dpa.MaxDepth / 2 * 6, 1, dpa.MaxDepth/2*6 + 1, nil},
		{"deep-in-agreement", "deep nesting inside a real field of a real agreement, on its third line",
			"{\"id\":\"x\",\n\"annexes\":{\"d\":\n{\"other\":" + nest(100000, "") + "}}}", dpa.ErrTooDeep,
			int64(len("{\"id\":\"x\",\n\"annexes\":{\"d\":\n{\"other\":") + dpa.MaxDepth - 3), 3, len("{\"other\":") + dpa.MaxDepth - 3 + 1, nil},
		{"brackets-in-strings", "brackets inside strings are text, not nesting",
			agreementWith(`"other":{"en":"` + strings.Repeat("[{", 100000) + `"}`), nil, 0, 0, 0, dpa.ErrTooDeep},
		{"escaped-quote-in-string", "an escaped quote does not end the string, so the brackets after it are still text",
			agreementWith(`"other":{"en":"\"` + strings.Repeat("[", 1000) + `"}`), nil, 0, 0, 0, dpa.ErrTooDeep},
		{"escaped-backslash", "an escaped backslash before the closing quote does end the string; the brackets after it nest",
			`["\\",` + nest(dpa.MaxDepth, "") + `]`, dpa.ErrTooDeep, int64(len(`["\\",`) + dpa.MaxDepth - 1), 1, len(`["\\",`) + dpa.MaxDepth, nil},
		{"size-at-limit", "a document of exactly MaxDocumentSize bytes is read",
			"{}" + strings.Repeat(" ", dpa.MaxDocumentSize-2), nil, 0, 0, 0, dpa.ErrTooLarge},
		{"size-over-limit", "one byte more is refused before it is read",
			"{}" + strings.Repeat(" ", dpa.MaxDocumentSize-1), dpa.ErrTooLarge, 0, 0, 0, nil},
		{"size-over-limit-and-deep", "the size is checked first",
			nest(100000, "") + strings.Repeat(" ", dpa.MaxDocumentSize), dpa.ErrTooLarge, 0, 0, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := []byte(tc.doc)
			_, err := dpa.Decode(doc)
			if tc.is == nil {
				if errors.Is(err, tc.notIs) {
					t.Errorf("%s: %v; want no %v", tc.reason, err, tc.notIs)
				}
				return
			}
			var de *dpa.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, tc.is) {
				t.Fatalf("%s: %v; want a *DecodeError wrapping %v", tc.reason, err, tc.is)
			}
			if de.Pointer != "" {
				t.Errorf("%s: pointer %q; a limit applies to the whole document", tc.reason, de.Pointer)
			}
			if tc.is == dpa.ErrTooDeep {
				if de.Offset != tc.offset || de.Line != tc.line || de.Column != tc.column {
					t.Errorf("%s: at offset %d, line %d, column %d; want %d, %d, %d (byte %q)", tc.reason,
						de.Offset, de.Line, de.Column, tc.offset, tc.line, tc.column, doc[min(int(tc.offset), len(doc)-1)])
				}
				if c := doc[de.Offset]; c != '[' && c != '{' {
					t.Errorf("%s: the offset names %q, not an opening bracket", tc.reason, c)
				}
			}
		})
	}
}

// TestDecodeDepthOfAgreements checks that MaxDepth leaves room for every
// agreement: the deepest real document nests far less than the limit.
func TestDecodeDepthOfAgreements(t *testing.T) {
	for name, data := range exampleJSON(t) {
		depth, deepest := 0, 0
		inString, escaped := false, false
		for _, c := range data {
			switch {
			case inString:
				switch {
				case escaped:
					escaped = false
				case c == '\\':
					escaped = true
				case c == '"':
					inString = false
				}
			case c == '"':
				inString = true
			case c == '{' || c == '[':
				depth++
				deepest = max(deepest, depth)
			case c == '}' || c == ']':
				depth--
			}
		}
		if deepest*2 > dpa.MaxDepth {
			t.Errorf("%s nests %d levels deep; MaxDepth %d should leave at least twice that", name, deepest, dpa.MaxDepth)
		}
		if _, err := dpa.Decode(bytes.TrimSpace(data)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
