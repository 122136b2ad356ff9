package dpa

import (
	"encoding"
	"reflect"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/transfer"
)

func TestTooDeep(t *testing.T) {
	deep := strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1)
	for _, tc := range []struct {
		name   string
		doc    string
		ok     bool
		reason string
	}{
		{"flat", `{"id":"x"}`, true, "one level"},
		{"at-limit", strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth), true, "exactly the limit is allowed"},
		{"beyond", deep, false, "one more than the limit is refused"},
		{"brackets-in-string", `{"id":"` + strings.Repeat("[{", 200) + `"}`, true, "brackets inside a string are text"},
		{"escaped-quote", `{"id":"a\"` + strings.Repeat("[", 100) + `"}`, true, `an escaped quote does not end the string`},
		{"escaped-backslash", `{"id":"a\\", "x":` + deep + `}`, false, `"\\" ends with an escaped backslash, so the string closes and the nesting counts`},
		{"unterminated", `{"id":"` + strings.Repeat("[", 100), true, "left to the decoder, which reports the syntax error"},
	} {
		if _, ok := tooDeep([]byte(tc.doc)); ok != tc.ok {
			t.Errorf("%s: tooDeep ok = %v, want %v (%s)", tc.name, ok, tc.ok, tc.reason)
		}
	}
}

// TestTooDeepOffsets places brackets and strings holding brackets at every
// offset within runs of other bytes: the depth limit must trip at the
// bracket one level too deep, and not before.
func TestTooDeepOffsets(t *testing.T) {
	for _, filler := range []string{" ", "\n  ", "1", "y", "_", "Y", "\u00e5", "\x7f", "null,"} {
		for pad := range 17 {
			var b strings.Builder
			want := int64(-1)
			for d := 0; d <= MaxDepth; d++ {
				b.WriteString(strings.Repeat(filler, pad))
				if d%3 == 0 {
					b.WriteString(`"s[{` + strings.Repeat(filler, pad%5) + `",`)
				}
				if d == MaxDepth {
					want = int64(b.Len())
				}
				if d%2 == 0 {
					b.WriteByte('[')
				} else {
					b.WriteByte('{')
				}
			}
			off, ok := tooDeep([]byte(b.String()))
			if ok || off != want {
				t.Errorf("filler %q, pad %d: tooDeep = %d, %v; want %d, false", filler, pad, off, ok, want)
			}
			// One level less is within the limit.
			if _, ok := tooDeep([]byte(b.String()[:want])); !ok {
				t.Errorf("filler %q, pad %d: refused at the limit", filler, pad)
			}
		}
	}
}

// TestModelDepth keeps true what Decode relies on to measure the depth of
// a document only when it fails to decode: every JSON value the agreement
// accepts nests less deeply than MaxDepth, and none is free-form (an
// interface or raw JSON), which could take nesting of any depth.
func TestModelDepth(t *testing.T) {
	// Types that decode themselves from JSON, with the depth of the JSON
	// they accept.
	custom := map[reflect.Type]int{
		reflect.TypeFor[Money]():            1, // {"amount": "950.00", "currency": "NOK"}
		reflect.TypeFor[transfer.Reasons](): 1, // ["adequacy", …]
	}
	type unmarshalerJSON interface{ UnmarshalJSON([]byte) error }
	onPath := map[reflect.Type]bool{}
	var depth func(ty reflect.Type, path string) int
	depth = func(ty reflect.Type, path string) int {
		if d, ok := custom[ty]; ok {
			return d
		}
		if reflect.PointerTo(ty).Implements(reflect.TypeFor[unmarshalerJSON]()) {
			t.Fatalf("%s: %s decodes itself; add the depth of its JSON to the table", path, ty)
		}
		if reflect.PointerTo(ty).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
			return 0 // a string
		}
		if onPath[ty] {
			t.Fatalf("%s: %s contains itself, so its JSON can nest without end", path, ty)
		}
		onPath[ty] = true
		defer delete(onPath, ty)
		switch ty.Kind() {
		case reflect.Pointer:
			return depth(ty.Elem(), path)
		case reflect.Slice, reflect.Array, reflect.Map:
			return 1 + depth(ty.Elem(), path+"/*")
		case reflect.Struct:
			most := 0
			for f := range ty.Fields() {
				if !f.IsExported() || f.Tag.Get("json") == "-" {
					continue
				}
				if f.Anonymous && f.Type.Kind() == reflect.Struct {
					most = max(most, depth(f.Type, path)-1)
					continue
				}
				most = max(most, depth(f.Type, path+"/"+f.Name))
			}
			return 1 + most
		case reflect.Interface:
			t.Fatalf("%s: %s is free-form, so its JSON can nest to any depth", path, ty)
		}
		return 0
	}
	d := depth(reflect.TypeFor[Agreement](), "")
	t.Logf("an agreement nests %d levels deep", d)
	if d >= MaxDepth {
		t.Errorf("an agreement nests %d levels deep; MaxDepth is %d", d, MaxDepth)
	}
}
