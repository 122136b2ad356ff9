package dpa

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/internal/bytescan"
	"github.com/dpakit/dpakit/internal/canonjson"
)

// The fast path of Encode, and so of Digest.
//
// fastEncode writes the agreement as go-json-experiment's Marshal does
// with Deterministic and an indent of two spaces, byte for byte, from a
// plan per Go type built once by reflection (the fields in struct order,
// their JSON names, whether they are left out when zero and how zero is
// decided, as the library decides it: by an IsZero method when the type
// has one). Whatever it is not sure of — a value that would not encode
// (invalid UTF-8, an invalid date), a method or tag option it does not
// know — makes it give up, and Encode marshals the usual way, so errors
// are unchanged. TestFastEncodeSame and FuzzFastEncode compare the two
// on every example and every fuzzed agreement; a digest is an encoding,
// so digests are unchanged too.
//
// Measured (BENCHMARKS.md, "Speed round 2026-12-01"; thread CPU time,
// both encoders interleaved in one process, TestSpeedAB): Encode seed004
// 51–67 → 25–33 µs (−50 %), Digest seed004 64–78 → 27 µs (−59 to −65 %);
// allocations 96 → 2.

// encKind is how a Go type is written.
type encKind uint8

const (
	encUnsupported encKind = iota // give up
	encString
	encBool
	encInt
	encStruct
	encSlice
	encPointer
	encMoney // Money, as its MarshalJSON writes it
	encDate  // civil.Date, as its MarshalText writes it
	encText  // another encoding.TextMarshaler, through an interface
)

// encType is the plan for writing one Go type.
type encType struct {
	kind   encKind
	rt     reflect.Type
	size   uintptr // the size of a slice's element
	elem   *encType
	fields []encField
}

// encField is one field of a struct plan.
type encField struct {
	key      string // `"name": ` as written
	off      uintptr
	t        *encType
	omitzero bool
	zero     zeroKind
}

// zeroKind says how omitzero decides that a field is zero, as
// go-json-experiment decides it.
type zeroKind uint8

const (
	zeroValue       zeroKind = iota // reflect's zero value
	zeroMethod                      // the type's IsZero, with a value receiver
	zeroNilOrMethod                 // a pointer: nil or its IsZero
	zeroAddrMethod                  // IsZero with a pointer receiver
)

type isZeroer interface{ IsZero() bool }

var (
	encOnce sync.Once
	encRoot *encType
	encAll  map[reflect.Type]*encType // every plan, by type: the agreement's parts

	isZeroerType  = reflect.TypeFor[isZeroer]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[interface{ MarshalJSON() ([]byte, error) }]()
	textAppender  = reflect.TypeFor[interface{ AppendText([]byte) ([]byte, error) }]()
)

func encPlans() *encType {
	encOnce.Do(func() {
		encAll = map[reflect.Type]*encType{}
		encRoot = encPlanFor(reflect.TypeFor[Agreement](), encAll)
	})
	return encRoot
}

func init() { canonjson.AppendCompact = appendCompact }

// appendCompact appends the addressable value v, a part of an agreement, to
// dst as compact JSON, as go-json-experiment's Marshal with Deterministic
// writes it; false when it gives up (a type that is no part of an
// agreement, or one the plans leave to the library), and the caller then
// marshals. Package change encodes each changed value with it
// (canonjson.AppendCompact): Marshal's reflection was a quarter of Diff.
func appendCompact(dst []byte, v reflect.Value) ([]byte, bool) {
	encPlans()
	t := encAll[v.Type()]
	if t == nil || t.kind == encUnsupported || !v.CanAddr() {
		return dst, false
	}
	e := encoder{b: dst, compact: true}
	if !e.value(t, v.Addr().UnsafePointer()) {
		return dst, false
	}
	return e.b, true
}

// encPlanFor returns the plan for writing rt.
func encPlanFor(rt reflect.Type, seen map[reflect.Type]*encType) *encType {
	if t, ok := seen[rt]; ok {
		return t
	}
	t := &encType{rt: rt}
	seen[rt] = t
	if _, ok := rt.MethodByName("MarshalJSONTo"); ok {
		return t
	}
	if _, ok := reflect.PointerTo(rt).MethodByName("MarshalJSONTo"); ok {
		return t
	}
	implements := func(it reflect.Type) bool { return rt.Implements(it) || reflect.PointerTo(rt).Implements(it) }
	switch {
	case rt == moneyType:
		t.kind = encMoney
		return t
	case implements(jsonMarshaler), implements(textAppender) && rt != dateType:
		return t
	case rt == dateType:
		t.kind = encDate
		return t
	case implements(textMarshaler):
		if rt.Implements(textMarshaler) {
			t.kind = encText
		}
		return t
	}
	switch rt.Kind() {
	case reflect.String:
		t.kind = encString
	case reflect.Bool:
		t.kind = encBool
	case reflect.Int:
		t.kind = encInt
	case reflect.Slice:
		t.kind = encSlice
		t.elem = encPlanFor(rt.Elem(), seen)
		t.size = rt.Elem().Size()
	case reflect.Pointer:
		t.kind = encPointer
		t.elem = encPlanFor(rt.Elem(), seen)
	case reflect.Struct:
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
			ef := encField{off: f.Offset, t: encPlanFor(f.Type, seen)}
			for o := range strings.SplitSeq(opts, ",") {
				switch o {
				case "":
				case "omitzero":
					ef.omitzero = true
				default:
					return t
				}
			}
			if !hasTag || name == "" {
				name = f.Name
			}
			q, ok := appendQuoted(nil, name)
			if !ok || string(q) != strconv.Quote(name) {
				return t // a name that needs escaping: leave it to the library
			}
			ef.key = string(q) + ": "
			switch ft := f.Type; {
			case ft.Kind() == reflect.Pointer && ft.Implements(isZeroerType):
				ef.zero = zeroNilOrMethod
			case ft.Kind() == reflect.Interface:
				return t
			case ft.Implements(isZeroerType):
				ef.zero = zeroMethod
			case reflect.PointerTo(ft).Implements(isZeroerType):
				ef.zero = zeroAddrMethod
			}
			t.fields = append(t.fields, ef)
		}
		t.kind = encStruct
	}
	return t
}

// fastEncode appends a, which must be normalised, to dst as Encode writes
// it, without the final line feed; false when it gives up.
func fastEncode(dst []byte, a *Agreement) ([]byte, bool) {
	e := encoder{b: dst}
	if !e.value(encPlans(), unsafe.Pointer(a)) {
		return dst, false
	}
	return e.b, true
}

// encoder is the state of one fast encoding.
type encoder struct {
	b       []byte
	depth   int
	compact bool // no line breaks, no indentation, no space after a colon
}

// newline starts a line at the current depth, unless the encoding is
// compact.
func (e *encoder) newline() {
	if e.compact {
		return
	}
	e.b = append(e.b, '\n')
	for range e.depth {
		e.b = append(e.b, ' ', ' ')
	}
}

// isZero reports whether field f of the struct at p is left out.
func (f *encField) isZero(p unsafe.Pointer) bool {
	switch f.zero {
	case zeroMethod, zeroAddrMethod:
		// Through a pointer, which holds a value method too, so that
		// the value is not copied into an interface.
		return reflect.NewAt(f.t.rt, p).Interface().(isZeroer).IsZero()
	case zeroNilOrMethod:
		return *(*unsafe.Pointer)(p) == nil || reflect.NewAt(f.t.rt, p).Elem().Interface().(isZeroer).IsZero()
	}
	switch f.t.kind {
	case encString:
		return *(*string)(p) == ""
	case encBool:
		return !*(*bool)(p)
	case encInt:
		return *(*int)(p) == 0
	case encSlice, encPointer:
		return *(*unsafe.Pointer)(p) == nil
	}
	return reflect.NewAt(f.t.rt, p).Elem().IsZero()
}

// value writes the value of plan t at p.
func (e *encoder) value(t *encType, p unsafe.Pointer) bool {
	switch t.kind {
	case encString:
		var ok bool
		e.b, ok = appendQuoted(e.b, *(*string)(p))
		return ok
	case encBool:
		e.b = strconv.AppendBool(e.b, *(*bool)(p))
		return true
	case encInt:
		e.b = strconv.AppendInt(e.b, int64(*(*int)(p)), 10)
		return true
	case encStruct:
		return e.object(t, p)
	case encSlice:
		h := (*sliceHeader)(p)
		if h.len == 0 {
			e.b = append(e.b, '[', ']')
			return true
		}
		e.b = append(e.b, '[')
		e.depth++
		for i := range h.len {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.newline()
			if !e.value(t.elem, unsafe.Add(h.data, uintptr(i)*t.size)) {
				return false
			}
		}
		e.depth--
		e.newline()
		e.b = append(e.b, ']')
		return true
	case encPointer:
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			e.b = append(e.b, "null"...)
			return true
		}
		return e.value(t.elem, q)
	case encMoney:
		m := (*Money)(p)
		var ok1, ok2 bool
		e.b = append(e.b, '{')
		e.depth++
		e.newline()
		e.b = e.key(`"amount": `)
		e.b, ok1 = appendQuoted(e.b, m.AmountString())
		e.b = append(e.b, ',')
		e.newline()
		e.b = e.key(`"currency": `)
		e.b, ok2 = appendQuoted(e.b, m.Currency)
		e.depth--
		e.newline()
		e.b = append(e.b, '}')
		return ok1 && ok2
	case encDate:
		s, err := (*civil.Date)(p).MarshalText()
		if err != nil {
			return false
		}
		var ok bool
		e.b, ok = appendQuoted(e.b, string(s))
		return ok
	case encText:
		s, err := reflect.NewAt(t.rt, p).Elem().Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return false
		}
		var ok bool
		e.b, ok = appendQuoted(e.b, string(s))
		return ok
	}
	return false
}

// key appends k, a member name with its colon and a space, without the
// space when the encoding is compact.
func (e *encoder) key(k string) []byte {
	if e.compact {
		k = k[:len(k)-1]
	}
	return append(e.b, k...)
}

// object writes the struct at p as an object of its fields that are not
// left out.
func (e *encoder) object(t *encType, p unsafe.Pointer) bool {
	e.b = append(e.b, '{')
	e.depth++
	first := true
	for i := range t.fields {
		f := &t.fields[i]
		fp := unsafe.Add(p, f.off)
		if f.omitzero && f.isZero(fp) {
			continue
		}
		if !first {
			e.b = append(e.b, ',')
		}
		first = false
		e.newline()
		e.b = e.key(f.key)
		if !e.value(f.t, fp) {
			return false
		}
	}
	e.depth--
	if !first {
		e.newline()
	}
	e.b = append(e.b, '}')
	return true
}

// appendQuoted appends s as a JSON string as go-json-experiment writes it
// by default: quote, backslash and control characters escaped (\b, \f,
// \n, \r, \t or \u00xx), everything else as it is. Invalid UTF-8 is
// false: the library refuses it.
func appendQuoted(dst []byte, s string) ([]byte, bool) {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	i, n := 0, 0
	var high uint64
	for n < len(s) {
		if len(s)-n >= 16 {
			k, h := bytescan.PlainRun(s[n:])
			n += k
			if h {
				high |= bytescan.Highs
			}
		}
		// Eight bytes at a time until one needs a look: without this,
		// encoding seed004 took 20–29 % longer.
		for n+8 <= len(s) {
			b := s[n : n+8] // a slice of constant length: one load, no bounds checks
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if bytescan.StringStop(w) {
				break
			}
			high |= w
			n += 8
		}
		if n >= len(s) {
			break
		}
		c := s[n]
		if c >= 0x20 && c != '"' && c != '\\' {
			high |= uint64(c)
			n++
			continue
		}
		dst = append(dst, s[i:n]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\b':
			dst = append(dst, '\\', 'b')
		case '\f':
			dst = append(dst, '\\', 'f')
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		n++
		i = n
	}
	if high&bytescan.Highs != 0 && !utf8.ValidString(s) {
		return dst, false
	}
	dst = append(dst, s[i:]...)
	return append(dst, '"'), true
}
