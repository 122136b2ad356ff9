package dpa

import "reflect"

// Clone returns a deep copy of a: no slice, pointer or map of the copy is
// shared with a, so either can be changed without touching the other.
// Clone of nil is nil. Values that are immutable by design (the decimal of
// a [Money]) are shared.
func (a *Agreement) Clone() *Agreement {
	if a == nil {
		return nil
	}
	c := new(Agreement)
	deepCopy(reflect.ValueOf(c).Elem(), reflect.ValueOf(a).Elem())
	return c
}

// deepCopy sets dst, which is settable and of src's type, to a deep copy of
// src. Unexported fields are copied as they are, with their struct.
func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Struct:
		dst.Set(src)
		t := src.Type()
		for i := range src.NumField() {
			if t.Field(i).IsExported() {
				deepCopy(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			deepCopy(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Array:
		for i := range src.Len() {
			deepCopy(dst.Index(i), src.Index(i))
		}
	case reflect.Pointer:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		p := reflect.New(src.Type().Elem())
		deepCopy(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Map:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		for it := src.MapRange(); it.Next(); {
			v := reflect.New(src.Type().Elem()).Elem()
			deepCopy(v, it.Value())
			m.SetMapIndex(it.Key(), v)
		}
		dst.Set(m)
	default:
		dst.Set(src)
	}
}
