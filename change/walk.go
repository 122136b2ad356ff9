package change

import (
	"encoding"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"unsafe"

	"github.com/dpakit/dpakit/internal/canonjson"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The typed walk: Diff compares the two versions' Go values field by
// field, as their canonical JSON encodings would compare, without encoding
// them. What it knows of each type (its JSON members, which of them are
// left out when zero, its elements) is worked out once by reflection and
// kept (nodeOf). A value is encoded only where a change is reported, and
// for the elements of a list other than Annex B that differs, which are
// matched by their encodings as before.

// shape says how a type is walked.
type shape uint8

const (
	leafShape   shape = iota // a scalar, or a type with its own JSON encoding: compared whole
	structShape              // a JSON object of the struct's fields
	sliceShape               // a JSON array
	ptrShape                 // the value pointed to, or null
)

// node is what the walk knows of a type.
type node struct {
	shape  shape
	fields []field // for a struct: its JSON members, in order
	elem   *node   // for a slice or a pointer
	// key is the index in fields of the member "id" holding a string, or
	// -1: the key by which a keyed list matches its entries.
	key int
	// isZero says the type has an IsZero method, which omitzero consults.
	isZero bool
	// comparable says that Go compares values of the type with ==, field
	// by field (a struct without slices, maps or pointers), so that equal
	// values are the same.
	comparable bool
	// marshals says the type has an encoding of its own (a JSON or text
	// marshaller), so that even a string of it is encoded by the library.
	marshals bool
}

// field is one JSON member of a struct.
type field struct {
	index    int
	seg      string // "/" and the member's name as a JSON Pointer segment
	omitzero bool
	node     *node
	off      uintptr // the field's offset in the struct
	// same, when not nil, compares the field's values in two structs
	// through their addresses, without reflection: for strings, numbers,
	// booleans and structs of them (a date, a text in four languages, an
	// address). Equal values have equal encodings.
	same func(a, b unsafe.Pointer) bool
}

// prim is a scalar field of a struct that same compares in line: its
// offset and kind.
type prim struct {
	off  uintptr
	kind reflect.Kind
}

// part is a field of a struct that same compares through its own
// comparison: a list, a pointer.
type part struct {
	off  uintptr
	same func(a, b unsafe.Pointer) bool
}

// sliceHeader is the layout of a Go slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// sameFunc returns the comparison of values of t through their addresses,
// or nil when t holds a kind it cannot compare: a float (0 and -0 are
// equal in Go but not in JSON), a map, an interface, a channel or a
// function, or t is recursive. The comparison is Go's deep equality,
// nil-ness of lists and pointers included: equal values have equal
// encodings, whatever their type encodes, so an unchanged part of an
// agreement is passed over at memory speed, without reflection.
func sameFunc(t reflect.Type) func(a, b unsafe.Pointer) bool {
	return sameOf(t, map[reflect.Type]bool{})
}

func sameOf(t reflect.Type, busy map[reflect.Type]bool) func(a, b unsafe.Pointer) bool {
	if busy[t] {
		return nil // recursive
	}
	busy[t] = true
	defer delete(busy, t)
	switch t.Kind() {
	case reflect.String:
		return func(a, b unsafe.Pointer) bool { return *(*string)(a) == *(*string)(b) }
	case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64, reflect.Uintptr:
		if t.Size() != 8 {
			return nil
		}
		return func(a, b unsafe.Pointer) bool { return *(*uint64)(a) == *(*uint64)(b) }
	case reflect.Int32, reflect.Uint32:
		return func(a, b unsafe.Pointer) bool { return *(*uint32)(a) == *(*uint32)(b) }
	case reflect.Int16, reflect.Uint16:
		return func(a, b unsafe.Pointer) bool { return *(*uint16)(a) == *(*uint16)(b) }
	case reflect.Int8, reflect.Uint8, reflect.Bool:
		return func(a, b unsafe.Pointer) bool { return *(*uint8)(a) == *(*uint8)(b) }
	case reflect.Pointer:
		elem := sameOf(t.Elem(), busy)
		if elem == nil {
			return nil
		}
		return func(a, b unsafe.Pointer) bool {
			pa, pb := *(*unsafe.Pointer)(a), *(*unsafe.Pointer)(b)
			if pa == nil || pb == nil {
				return pa == pb
			}
			return pa == pb || elem(pa, pb)
		}
	case reflect.Slice:
		size := t.Elem().Size()
		if k := t.Elem().Kind(); k == reflect.String {
			return func(a, b unsafe.Pointer) bool {
				sa, sb := *(*[]string)(a), *(*[]string)(b)
				return len(sa) == len(sb) && (sa == nil) == (sb == nil) && slicesEqual(sa, sb)
			}
		}
		elem := sameOf(t.Elem(), busy)
		if elem == nil {
			return nil
		}
		return func(a, b unsafe.Pointer) bool {
			sa, sb := (*sliceHeader)(a), (*sliceHeader)(b)
			if sa.len != sb.len || (sa.data == nil) != (sb.data == nil) {
				return false
			}
			for i := range sa.len {
				if !elem(unsafe.Add(sa.data, uintptr(i)*size), unsafe.Add(sb.data, uintptr(i)*size)) {
					return false
				}
			}
			return true
		}
	case reflect.Struct:
		var prims []prim
		var parts []part
		if !structParts(t, 0, &prims, &parts, busy) {
			return nil
		}
		return func(a, b unsafe.Pointer) bool {
			for _, p := range prims {
				pa, pb := unsafe.Add(a, p.off), unsafe.Add(b, p.off)
				switch p.kind {
				case reflect.String:
					if *(*string)(pa) != *(*string)(pb) {
						return false
					}
				case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64, reflect.Uintptr:
					if *(*uint64)(pa) != *(*uint64)(pb) {
						return false
					}
				case reflect.Int32, reflect.Uint32:
					if *(*uint32)(pa) != *(*uint32)(pb) {
						return false
					}
				case reflect.Int16, reflect.Uint16:
					if *(*uint16)(pa) != *(*uint16)(pb) {
						return false
					}
				default:
					if *(*uint8)(pa) != *(*uint8)(pb) {
						return false
					}
				}
			}
			for _, p := range parts {
				if !p.same(unsafe.Add(a, p.off), unsafe.Add(b, p.off)) {
					return false
				}
			}
			return true
		}
	}
	return nil
}

func slicesEqual(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// structParts lists the fields of struct t, exported or not, at any
// depth of embedded structs: scalars in prims, the rest with their
// comparisons in parts; false when a field has no comparison.
func structParts(t reflect.Type, base uintptr, prims *[]prim, parts *[]part, busy map[reflect.Type]bool) bool {
	for i := range t.NumField() {
		f := t.Field(i)
		switch k := f.Type.Kind(); k {
		case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if f.Type.Size() == 8 || k != reflect.Int && k != reflect.Uint && k != reflect.Uintptr {
				*prims = append(*prims, prim{base + f.Offset, k})
				continue
			}
			return false
		case reflect.Struct:
			if busy[f.Type] {
				return false
			}
			busy[f.Type] = true
			ok := structParts(f.Type, base+f.Offset, prims, parts, busy)
			delete(busy, f.Type)
			if !ok {
				return false
			}
		default:
			same := sameOf(f.Type, busy)
			if same == nil {
				return false
			}
			*parts = append(*parts, part{base + f.Offset, same})
		}
	}
	return true
}

var (
	nodes      sync.Map // reflect.Type → *node
	marshalerT = []reflect.Type{
		reflect.TypeFor[json.Marshaler](), reflect.TypeFor[json.MarshalerTo](), reflect.TypeFor[encoding.TextMarshaler](),
	}
	isZeroerT = reflect.TypeFor[interface{ IsZero() bool }]()
)

// nodeOf returns the node of t, worked out once per type.
func nodeOf(t reflect.Type) *node {
	if n, ok := nodes.Load(t); ok {
		return n.(*node)
	}
	n := buildNode(t, map[reflect.Type]*node{})
	actual, _ := nodes.LoadOrStore(t, n)
	return actual.(*node)
}

func buildNode(t reflect.Type, seen map[reflect.Type]*node) *node {
	if n, ok := seen[t]; ok {
		return n // a recursive type: the node being built
	}
	n := &node{key: -1, isZero: t.Implements(isZeroerT), comparable: t.Kind() == reflect.Struct && t.Comparable() && !hasPointers(t)}
	seen[t] = n
	for _, m := range marshalerT {
		if t.Implements(m) || reflect.PointerTo(t).Implements(m) {
			n.marshals = true
			return n // leafShape
		}
	}
	switch t.Kind() {
	case reflect.Struct:
		n.shape = structShape
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts := f.Name, ""
			if tag, ok := f.Tag.Lookup("json"); ok {
				if tag == "-" {
					continue
				}
				name, opts = tag, ""
				if j := indexByte(tag, ','); j >= 0 {
					name, opts = tag[:j], tag[j:]
				}
				if name == "" {
					name = f.Name
				}
			}
			fd := field{index: i, seg: "/" + escape(name), omitzero: contains(opts, ",omitzero"), node: buildNode(f.Type, seen),
				off: f.Offset, same: sameFunc(f.Type)}
			if name == "id" && f.Type.Kind() == reflect.String {
				n.key = len(n.fields)
			}
			n.fields = append(n.fields, fd)
		}
	case reflect.Slice:
		n.shape, n.elem = sliceShape, buildNode(t.Elem(), seen)
	case reflect.Pointer:
		n.shape, n.elem = ptrShape, buildNode(t.Elem(), seen)
	}
	return n
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// contains reports whether the tag options opts (",a,b") hold opt (",a").
func contains(opts, opt string) bool {
	for opts != "" {
		j := indexByte(opts[1:], ',')
		cur := opts
		if j >= 0 {
			cur, opts = opts[:j+1], opts[j+1:]
		} else {
			opts = ""
		}
		if cur == opt {
			return true
		}
	}
	return false
}

// present reports whether the JSON encoding has the member f whose value
// is fv: not when it is omitzero and zero, as Go's zero value or by its
// IsZero.
func present(fv reflect.Value, f *field) bool {
	if !f.omitzero {
		return true
	}
	if fv.IsZero() {
		return false
	}
	if f.node.isZero {
		return !fv.Addr().Interface().(interface{ IsZero() bool }).IsZero()
	}
	return true
}

// scratch holds the buffers encode writes into before it copies the
// encoding out.
var scratch = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// encode returns the compact canonical JSON of the addressable value v.
// The encoder writes compact JSON, the output of a type's own MarshalJSON
// included, which it reformats.
func encode(v reflect.Value) (jsontext.Value, error) {
	if v.Kind() == reflect.String && !nodeOf(v.Type()).marshals {
		// A plain string, quoted as the library would quote it, without
		// its reflection.
		return jsontext.AppendQuote(nil, v.String())
	}
	bp := scratch.Get().(*[]byte)
	defer scratch.Put(bp)
	if b, ok := canonjson.AppendCompact((*bp)[:0], v); ok {
		*bp = b
		return slices.Clone(b), nil // one allocation of the right size, not one per growth
	}
	b, err := json.Marshal(v.Addr().Interface(), json.Deterministic(true))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// equal reports whether two values of one type have the same canonical
// JSON encoding.
func equal(o, n reflect.Value, nd *node) bool {
	switch nd.shape {
	case structShape:
		op, np := o.Addr().UnsafePointer(), n.Addr().UnsafePointer()
		for i := range nd.fields {
			f := &nd.fields[i]
			if f.same != nil {
				if f.same(unsafe.Add(op, f.off), unsafe.Add(np, f.off)) {
					continue
				}
			}
			of, nf := o.Field(f.index), n.Field(f.index)
			po, pn := present(of, f), present(nf, f)
			if po != pn {
				return false
			}
			if po && !equal(of, nf, f.node) {
				return false
			}
		}
		return true
	case sliceShape:
		if o.Len() != n.Len() {
			return false
		}
		for i := range o.Len() {
			if !equal(o.Index(i), n.Index(i), nd.elem) {
				return false
			}
		}
		return true
	case ptrShape:
		if o.IsNil() || n.IsNil() {
			return o.IsNil() == n.IsNil()
		}
		return equal(o.Elem(), n.Elem(), nd.elem)
	}
	return leafEqual(o, n)
}

// leafEqual compares two leaves: by value where Go can, and otherwise, or
// when the values differ, by their encodings, which decide.
func leafEqual(o, n reflect.Value) bool {
	switch o.Kind() {
	case reflect.String:
		return o.String() == n.String()
	case reflect.Bool:
		return o.Bool() == n.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if o.Int() == n.Int() {
			return true
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if o.Uint() == n.Uint() {
			return true
		}
	default:
		if o.Type().Comparable() && o.Equal(n) {
			return true
		}
	}
	ob, err1 := encode(o)
	nb, err2 := encode(n)
	return err1 == nil && err2 == nil && string(ob) == string(nb)
}

// walk compares the values at d.from (old) and d.path (new), of one
// type. The pointers are kept in two buffers that each step extends and
// cuts back, so that a string is made only for a change.
func (d *differ) walk(o, n reflect.Value, nd *node) error {
	switch nd.shape {
	case structShape:
		return d.walkStruct(o, n, nd)
	case sliceShape:
		return d.walkSlice(o, n, nd)
	case ptrShape:
		if !o.IsNil() && !n.IsNil() {
			return d.walk(o.Elem(), n.Elem(), nd.elem)
		}
		if o.IsNil() && n.IsNil() {
			return nil
		}
	default:
		if leafSame(o, n) || o.Type().Comparable() && o.Equal(n) {
			return nil
		}
	}
	ob, err := encode(o)
	if err != nil {
		return err
	}
	nb, err := encode(n)
	if err != nil {
		return err
	}
	if nd.shape == leafShape && string(ob) == string(nb) {
		return nil // different values with one encoding
	}
	// A type with its own encoding may encode as an object or a list,
	// which is compared member by member as JSON.
	return d.value(string(d.from), string(d.path), ob, nb)
}

// push extends both pointers by a segment; pop cuts them back.
func (d *differ) push(oseg, nseg string) (int, int) {
	lf, lp := len(d.from), len(d.path)
	d.from, d.path = append(d.from, oseg...), append(d.path, nseg...)
	return lf, lp
}

func (d *differ) pop(lf, lp int) { d.from, d.path = d.from[:lf], d.path[:lp] }

func (d *differ) walkStruct(o, n reflect.Value, nd *node) error {
	// Removed members first, in order, then the new members in their order.
	// A member whose value is the same in both (a leaf Go compares at
	// once, as most are) is passed over without asking whether JSON has
	// it: the same value has the same encoding.
	const (
		same = iota
		removed
		added
		both
		neither
	)
	var small [32]uint8
	state := small[:0]
	if len(nd.fields) > len(small) {
		state = make([]uint8, 0, len(nd.fields))
	}
	op, np := o.Addr().UnsafePointer(), n.Addr().UnsafePointer()
	for i := range nd.fields {
		f := &nd.fields[i]
		if f.same != nil && f.same(unsafe.Add(op, f.off), unsafe.Add(np, f.off)) {
			state = append(state, same)
			continue
		}
		of, nf := o.Field(f.index), n.Field(f.index)
		if f.node.shape == leafShape && leafSame(of, nf) || f.node.comparable && of.Equal(nf) {
			state = append(state, same)
			continue
		}
		po, pn := present(of, f), present(nf, f)
		switch {
		case po && pn:
			state = append(state, both)
		case po:
			state = append(state, removed)
			v, err := encode(of)
			if err != nil {
				return err
			}
			d.add(Change{Path: string(d.from) + f.seg, Kind: Removed, Old: v})
		case pn:
			state = append(state, added)
		default:
			state = append(state, neither)
		}
	}
	for i := range nd.fields {
		f := &nd.fields[i]
		switch state[i] {
		case added:
			v, err := encode(n.Field(f.index))
			if err != nil {
				return err
			}
			d.add(Change{Path: string(d.path) + f.seg, Kind: Added, New: v})
		case both:
			lf, lp := d.push(f.seg, f.seg)
			err := d.walk(o.Field(f.index), n.Field(f.index), f.node)
			d.pop(lf, lp)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// leafSame reports whether two leaves are the same Go value, for the kinds
// that say so at once; false means "look closer", not "different".
func leafSame(o, n reflect.Value) bool {
	switch o.Kind() {
	case reflect.String:
		return o.String() == n.String()
	case reflect.Bool:
		return o.Bool() == n.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return o.Int() == n.Int()
	}
	return false
}

// hasPointers reports whether values of t hold a pointer, interface or
// channel, which == compares by identity, not content.
func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func, reflect.Map, reflect.Slice, reflect.UnsafePointer:
		return true
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
	case reflect.Array:
		return hasPointers(t.Elem())
	}
	return false
}

// walkSlice matches the entries of two lists as array does: Annex B's by
// id, others by equal encodings and then in order; entries matched at
// positions that break their relative order are moves.
func (d *differ) walkSlice(o, n reflect.Value, nd *node) error {
	ol, nl := o.Len(), n.Len()
	_, keyedList := keyed[string(d.path)]
	keyedList = keyedList && string(d.from) == string(d.path) && nd.elem.shape == structShape && nd.elem.key >= 0
	if !keyedList && ol == nl {
		same := true
		for i := range ol {
			if !equal(o.Index(i), n.Index(i), nd.elem) {
				same = false
				break
			}
		}
		if same {
			return nil
		}
	}
	match := make([]int, nl) // index into the old list, or -1
	used := make([]bool, ol)
	for j := range match {
		match[j] = -1
	}
	if keyedList {
		kf := nd.elem.fields[nd.elem.key].index
		okeys := make(map[string]int, ol)
		for i := range ol {
			if k := o.Index(i).Field(kf).String(); k != "" {
				if _, dup := okeys[k]; !dup {
					okeys[k] = i
				}
			}
		}
		for j := range nl {
			if k := n.Index(j).Field(kf).String(); k != "" {
				if i, ok := okeys[k]; ok && !used[i] {
					match[j], used[i] = i, true
				}
			}
		}
	} else {
		byValue := make(map[string][]int, ol)
		for i := range ol {
			v, err := encode(o.Index(i))
			if err != nil {
				return err
			}
			byValue[string(v)] = append(byValue[string(v)], i)
		}
		for j := range nl {
			v, err := encode(n.Index(j))
			if err != nil {
				return err
			}
			if q := byValue[string(v)]; len(q) > 0 {
				match[j], used[q[0]] = q[0], true
				byValue[string(v)] = q[1:]
			}
		}
		// Pair what is left in order: the k-th unmatched old entry with the
		// k-th unmatched new one, whose differences are then field changes.
		i := 0
		for j := range nl {
			if match[j] >= 0 {
				continue
			}
			for i < ol && used[i] {
				i++
			}
			if i == ol {
				break
			}
			match[j], used[i] = i, true
		}
	}
	stay := inOrder(match)
	for i := range ol {
		if !used[i] {
			v, err := encode(o.Index(i))
			if err != nil {
				return err
			}
			d.add(Change{Path: string(d.from) + "/" + strconv.Itoa(i), Kind: Removed, Old: v})
		}
	}
	for j := range nl {
		i := match[j]
		if i < 0 {
			v, err := encode(n.Index(j))
			if err != nil {
				return err
			}
			d.add(Change{Path: string(d.path) + "/" + strconv.Itoa(j), Kind: Added, New: v})
			continue
		}
		lf, lp := len(d.from), len(d.path)
		d.from = strconv.AppendInt(append(d.from, '/'), int64(i), 10)
		d.path = strconv.AppendInt(append(d.path, '/'), int64(j), 10)
		if !stay[j] {
			ov, err := encode(o.Index(i))
			if err != nil {
				return err
			}
			nv, err := encode(n.Index(j))
			if err != nil {
				return err
			}
			d.add(Change{Path: string(d.path), From: string(d.from), Kind: Moved, Old: ov, New: nv})
		}
		err := d.walk(o.Index(i), n.Index(j), nd.elem)
		d.pop(lf, lp)
		if err != nil {
			return err
		}
	}
	return nil
}
