package dpa

import (
	"encoding"
	"encoding/binary"
	"math/bits"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/internal/bytescan"
)

// The fast path of Decode.
//
// fastDecode reads a well-formed agreement without go-json-experiment's
// reflection-driven unmarshalling: a plan per Go type (its fields by JSON
// name and offset, built once by reflection), a scanner over the bytes,
// and every string of the document copied into one buffer instead of one
// allocation each. It accepts only what the strict decoder accepts and
// gives the same agreement (TestFastDecodeSame, FuzzFastDecode compare
// the two on every example and on every fuzzed input). It does not
// report errors: at anything it is not sure of — any error, a null, an
// unusual number, a lone surrogate, a type it has no plan for — it gives
// up, and Decode runs the strict decoder from the start, so every error
// keeps its pointer, line, column and wording.
//
// Measured (BENCHMARKS.md, "Speed round 2026-12-01"; thread CPU time,
// both decoders interleaved in one process, TestSpeedAB): seed004 52–58 →
// 39–43 µs (−24 to −26 %), reference 58–65 → 41–50 µs (−24 to −30 %);
// allocations 132 → 55 for seed004.

// fastKind is how a Go type is read.
type fastKind uint8

const (
	fastUnsupported fastKind = iota // give up
	fastString                      // a string kind
	fastBool                        // a bool
	fastInt                         // an int: a JSON integer
	fastStruct                      // an object with the struct's fields
	fastSlice                       // an array
	fastPointer                     // a pointer to a value read by elem
	fastText                        // a string passed to UnmarshalText
	fastDate                        // a civil.Date, read by its UnmarshalText without reflect
	fastMoney                       // a Money object, read as moneyJSON and checked as UnmarshalJSON does
)

// fastType is the plan for one Go type.
type fastType struct {
	kind   fastKind
	rt     reflect.Type
	size   uintptr     // the size of a slice's element
	elem   *fastType   // the element of a slice or pointer
	fields []fastField // the fields of a struct, by JSON name
}

// field returns the index of the field named name, or -1. (A hash of
// the name was tried: it saved 3 % or less, within the noise.)
func (t *fastType) field(name []byte) int {
	for k := range t.fields {
		if t.fields[k].name == string(name) {
			return k
		}
	}
	return -1
}

// fastField is one field of a struct plan.
type fastField struct {
	name string
	off  uintptr
	t    *fastType
}

var (
	fastOnce  sync.Once
	fastRoot  *fastType // the plan for Agreement
	moneyPlan *fastType // the plan for moneyJSON
)

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()
	moneyType       = reflect.TypeFor[Money]()
	dateType        = reflect.TypeFor[civil.Date]()
)

// fastPlans builds the plans once.
func fastPlans() *fastType {
	fastOnce.Do(func() {
		seen := map[reflect.Type]*fastType{}
		fastRoot = fastPlanFor(reflect.TypeFor[Agreement](), seen)
		moneyPlan = fastPlanFor(reflect.TypeFor[moneyJSON](), seen)
	})
	return fastRoot
}

// fastPlanFor returns the plan for rt. A type whose decoding go-json-experiment
// could change by a method or a tag option the fast path does not know
// gets fastUnsupported, so that a document holding it gives up.
func fastPlanFor(rt reflect.Type, seen map[reflect.Type]*fastType) *fastType {
	if t, ok := seen[rt]; ok {
		return t
	}
	t := &fastType{rt: rt}
	seen[rt] = t
	pt := reflect.PointerTo(rt)
	if _, ok := pt.MethodByName("UnmarshalJSONFrom"); ok {
		return t
	}
	switch {
	case rt == moneyType:
		t.kind = fastMoney
		return t
	case rt == dateType:
		t.kind = fastDate
		return t
	case pt.Implements(jsonUnmarshaler):
		return t
	case pt.Implements(textUnmarshaler):
		t.kind = fastText
		return t
	}
	switch rt.Kind() {
	case reflect.String:
		t.kind = fastString
	case reflect.Bool:
		t.kind = fastBool
	case reflect.Int:
		t.kind = fastInt
	case reflect.Slice:
		t.kind = fastSlice
		t.elem = fastPlanFor(rt.Elem(), seen)
		t.size = rt.Elem().Size()
	case reflect.Pointer:
		t.kind = fastPointer
		t.elem = fastPlanFor(rt.Elem(), seen)
	case reflect.Struct:
		if rt.NumField() > 64 {
			return t
		}
		for i := range rt.NumField() {
			f := rt.Field(i)
			if f.Anonymous {
				return t
			}
			if !f.IsExported() {
				continue
			}
			tag, hasTag := f.Tag.Lookup("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			for o := range strings.SplitSeq(opts, ",") {
				if o != "" && o != "omitzero" && o != "omitempty" {
					return t
				}
			}
			if !hasTag || name == "" {
				name = f.Name
			}
			if strings.ContainsAny(name, `"\'`) {
				return t // a quoted or escaped name: leave it to the strict decoder
			}
			t.fields = append(t.fields, fastField{name: name, off: f.Offset, t: fastPlanFor(f.Type, seen)})
		}
		t.kind = fastStruct
	}
	return t
}

// fastDecoder is the state of one fast decode.
type fastDecoder struct {
	b []byte
	i int
	// arena holds the document's strings, copied: appended to, never
	// overwritten. One buffer for many strings: without it (a string
	// allocated for each value) decoding seed004 took 4.5–9 % longer, with
	// 271 allocations instead of 55.
	arena []byte
}

// arenaChunk is the size of the buffers the strings are copied into: a
// new one is started when a string does not fit in what is left, and
// strings already made keep the old one.
const arenaChunk = 4 << 10

// fastDecode decodes body into a, or reports false, leaving a in any state.
func fastDecode(body []byte, a *Agreement) bool {
	root := fastPlans()
	d := fastDecoder{b: body}
	d.space()
	if !d.value(root, unsafe.Pointer(a)) {
		return false
	}
	d.space()
	return d.i == len(d.b)
}

// space skips JSON white space.
func (d *fastDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ':
			if d.i+8 > len(d.b) {
				d.i++
				continue
			}
			// Indentation: up to eight spaces at a time, the first byte
			// that is not one found from the lowest byte that differs.
			// Without it, decoding indented seed004 took 3.5–9.6 % longer.
			for d.i+8 <= len(d.b) {
				if x := binary.LittleEndian.Uint64(d.b[d.i:]) ^ spaces8; x != 0 {
					d.i += bits.TrailingZeros64(x) >> 3
					break
				}
				d.i += 8
			}
		case '\n', '\t', '\r':
			d.i++
		default:
			return
		}
	}
}

// spaces8 is eight spaces, to skip indentation eight bytes at a time.
const spaces8 = 0x2020202020202020

// value reads one value of plan t into p.
func (d *fastDecoder) value(t *fastType, p unsafe.Pointer) bool {
	if d.i >= len(d.b) {
		return false
	}
	switch t.kind {
	case fastString:
		s, ok := d.stringValue()
		*(*string)(p) = s
		return ok
	case fastDate:
		s, ok := d.str()
		return ok && (*civil.Date)(p).UnmarshalText(s) == nil
	case fastText:
		s, ok := d.str()
		if !ok {
			return false
		}
		u := reflect.NewAt(t.rt, p).Interface().(encoding.TextUnmarshaler)
		return u.UnmarshalText(s) == nil
	case fastBool:
		switch {
		case d.literal("true"):
			*(*bool)(p) = true
		case d.literal("false"):
			*(*bool)(p) = false
		default:
			return false
		}
		return true
	case fastInt:
		return d.integer((*int)(p))
	case fastStruct:
		return d.object(t, p)
	case fastSlice:
		return d.array(t, p)
	case fastPointer:
		if d.b[d.i] == 'n' {
			return false
		}
		v := reflect.New(t.elem.rt).UnsafePointer()
		if !d.value(t.elem, v) {
			return false
		}
		*(*unsafe.Pointer)(p) = v
		return true
	case fastMoney:
		var v moneyJSON
		if !d.value(moneyPlan, unsafe.Pointer(&v)) {
			return false
		}
		m, err := moneyFrom(v)
		if err != nil {
			return false
		}
		*(*Money)(p) = m
		return true
	}
	return false
}

// literal reads word (true or false) if it comes next.
func (d *fastDecoder) literal(word string) bool {
	if len(d.b)-d.i >= len(word) && string(d.b[d.i:d.i+len(word)]) == word {
		d.i += len(word)
		return true
	}
	return false
}

// integer reads -?(0|[1-9][0-9]*) that fits an int; anything else, a
// fraction or an exponent included, gives up.
func (d *fastDecoder) integer(p *int) bool {
	i, neg := d.i, false
	if i < len(d.b) && d.b[i] == '-' {
		neg, i = true, i+1
	}
	start := i
	var n uint64
	for i < len(d.b) && d.b[i] >= '0' && d.b[i] <= '9' {
		if i-start >= 18 {
			return false
		}
		n = n*10 + uint64(d.b[i]-'0')
		i++
	}
	if i == start || (d.b[start] == '0' && i-start > 1) {
		return false
	}
	if i < len(d.b) && (d.b[i] == '.' || d.b[i] == 'e' || d.b[i] == 'E') {
		return false
	}
	v := int(n)
	if neg {
		v = -v
	}
	*p, d.i = v, i
	return true
}

// str reads a string and returns its content unescaped, in d.b when it has
// no escapes and in a new slice when it has. It gives up on bytes that are
// not UTF-8, control characters and escapes of lone surrogates.
func (d *fastDecoder) str() ([]byte, bool) {
	raw, escaped, ok := d.rawString()
	if !ok || !escaped {
		return raw, ok
	}
	return unescape(nil, raw)
}

// stringValue reads a string into the arena.
func (d *fastDecoder) stringValue() (string, bool) {
	raw, escaped, ok := d.rawString()
	if !ok {
		return "", false
	}
	if len(raw) == 0 {
		return "", true
	}
	if cap(d.arena)-len(d.arena) < len(raw) {
		d.arena = make([]byte, 0, max(arenaChunk, len(raw)))
	}
	n := len(d.arena)
	if !escaped {
		d.arena = append(d.arena, raw...)
	} else if d.arena, ok = unescape(d.arena, raw); !ok {
		return "", false
	}
	return unsafe.String(&d.arena[n], len(d.arena)-n), true
}

// rawString reads a string: its bytes between the quotes, and whether
// they hold an escape.
func (d *fastDecoder) rawString() ([]byte, bool, bool) {
	if d.b[d.i] != '"' {
		return nil, false, false
	}
	start := d.i + 1
	var high uint64 // the bytes' high bits, to know whether they are all ASCII
	escaped := false
	j := start
	for j < len(d.b) {
		if len(d.b)-j >= 16 {
			k, h := bytescan.PlainRun(unsafe.String(&d.b[j], len(d.b)-j))
			j += k
			if h {
				high |= bytescan.Highs
			}
		}
		// Eight bytes at a time until one needs a look: without this,
		// decoding seed004 took 16–20 % longer.
		for j+8 <= len(d.b) {
			w := binary.LittleEndian.Uint64(d.b[j:])
			if bytescan.StringStop(w) {
				break
			}
			high |= w
			j += 8
		}
		if j >= len(d.b) {
			break
		}
		c := d.b[j]
		if c == '"' {
			break
		}
		switch {
		case c < 0x20:
			return nil, false, false
		case c == '\\':
			escaped = true
			j += 2 // the escaped byte is not a closing quote
		default:
			high |= uint64(c)
			j++
		}
	}
	if j >= len(d.b) {
		return nil, false, false
	}
	raw := d.b[start:j]
	if high&bytescan.Highs != 0 && !utf8.Valid(raw) {
		return nil, false, false
	}
	d.i = j + 1
	return raw, escaped, true
}

// unescape appends raw with its escapes replaced to out.
func unescape(out, raw []byte) ([]byte, bool) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(raw) {
			return nil, false
		}
		switch raw[i] {
		case '"', '\\', '/':
			out = append(out, raw[i])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(raw[i+1:])
			if !ok {
				return nil, false
			}
			i += 4
			if utf8.RuneLen(r) < 0 { // a surrogate
				if r >= 0xdc00 || len(raw) < i+7 || raw[i+1] != '\\' || raw[i+2] != 'u' {
					return nil, false
				}
				r2, ok := hex4(raw[i+3:])
				if !ok || r2 < 0xdc00 || r2 > 0xdfff {
					return nil, false
				}
				i += 6
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
			}
			out = utf8.AppendRune(out, r)
		default:
			return nil, false
		}
	}
	return out, true
}

// hex4 reads four hexadecimal digits.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// object reads an object into the struct at p. A name the struct does not
// have, or a name given twice, gives up.
func (d *fastDecoder) object(t *fastType, p unsafe.Pointer) bool {
	if d.b[d.i] != '{' {
		return false
	}
	d.i++
	d.space()
	if d.i < len(d.b) && d.b[d.i] == '}' {
		d.i++
		return true
	}
	var seen uint64
	for {
		if d.i >= len(d.b) || d.b[d.i] != '"' {
			return false
		}
		name, ok := d.str()
		if !ok {
			return false
		}
		k := t.field(name)
		if k < 0 || seen&(1<<k) != 0 {
			return false
		}
		seen |= 1 << k
		d.space()
		if d.i >= len(d.b) || d.b[d.i] != ':' {
			return false
		}
		d.i++
		d.space()
		f := &t.fields[k]
		if !d.value(f.t, unsafe.Add(p, f.off)) {
			return false
		}
		d.space()
		if d.i >= len(d.b) {
			return false
		}
		switch d.b[d.i] {
		case ',':
			d.i++
			d.space()
		case '}':
			d.i++
			return true
		default:
			return false
		}
	}
}

// sliceHeader is the memory layout of a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// array reads an array into the slice at p; an empty array gives an empty
// slice that is not nil, as the strict decoder does. Elements are found by
// address arithmetic; only growing the slice goes through reflect.
func (d *fastDecoder) array(t *fastType, p unsafe.Pointer) bool {
	if d.b[d.i] != '[' {
		return false
	}
	d.i++
	d.space()
	h := (*sliceHeader)(p)
	if d.i < len(d.b) && d.b[d.i] == ']' {
		d.i++
		reflect.NewAt(t.rt, p).Elem().Set(reflect.MakeSlice(t.rt, 0, 0))
		return true
	}
	for {
		if h.len == h.cap {
			reflect.NewAt(t.rt, p).Elem().Grow(1) // as append grows
		}
		e := unsafe.Add(h.data, uintptr(h.len)*t.size)
		h.len++
		if !d.value(t.elem, e) {
			return false
		}
		d.space()
		if d.i >= len(d.b) {
			return false
		}
		switch d.b[d.i] {
		case ',':
			d.i++
			d.space()
		case ']':
			d.i++
			return true
		default:
			return false
		}
	}
}
