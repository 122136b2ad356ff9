package dpa

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// encodeSame checks the fast encoder against go-json-experiment on a:
// when the fast path writes a, it writes what the library writes, byte
// for byte. It reports whether the fast path wrote a.
func encodeSame(t *testing.T, a *Agreement) bool {
	t.Helper()
	n := a.Normalized()
	fast, ok := fastEncode(nil, n)
	slow, err := json.Marshal(n, json.Deterministic(true), jsontext.WithIndent("  "))
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("the fast encoder writes what the library refuses (%v):\n%s", err, fast)
	}
	if !bytes.Equal(fast, slow) {
		i := 0
		for i < len(fast) && i < len(slow) && fast[i] == slow[i] {
			i++
		}
		t.Fatalf("the fast encoder and the library differ at byte %d:\nfast: %q\nslow: %q", i, fast[max(0, i-80):min(len(fast), i+80)], slow[max(0, i-80):min(len(slow), i+80)])
	}
	return true
}

// TestFastEncodeSame: every example is written by the fast path exactly
// as the library writes it, and so is an agreement with hostile strings,
// empty and nil lists and pointers; what the library refuses (invalid
// UTF-8, an invalid date) the fast path leaves to it.
func TestFastEncodeSame(t *testing.T) {
	for name, b := range exampleFiles(t) {
		a, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !encodeSame(t, a) {
			t.Errorf("%s: the fast encoder gave up on an example", name)
		}
		enc, err := Encode(a)
		if err != nil || !bytes.Equal(enc, b) {
			t.Errorf("%s: Encode does not give the committed bytes back (%v)", name, err)
		}
	}
	hostile := &Agreement{
		ID:          "a\"b\\c\x00\x01\x1f\x7f\b\f\n\r\t </script> & \u2028\u2029 \ufffd é 😀",
		Title:       i18n.Text{EN: "<b>", DA: "æøå"},
		Languages:   []i18n.Lang{},
		Controllers: []Party{{Name: "x", Contacts: nil}},
		Date:        civil.Date{Year: 2026, Month: 12, Day: 1},
		Annexes:     Annexes{B: annex.SubProcessors{Entries: []annex.SubProcessor{}}},
	}
	if !encodeSame(t, hostile) {
		t.Error("the fast encoder gave up on the hostile agreement")
	}
	if !encodeSame(t, &Agreement{}) {
		t.Error("the fast encoder gave up on the zero agreement")
	}
	for _, bad := range []*Agreement{
		{ID: "\xff"},
		{Title: i18n.Text{EN: "a\xc3"}},
		{Date: civil.Date{Year: 2026, Month: 2, Day: 30}},
	} {
		if encodeSame(t, bad) {
			t.Errorf("the fast encoder wrote %+v, which the library refuses", bad)
		}
	}
}

// FuzzFastEncode checks on every agreement that decodes from the fuzzed
// input that the fast encoder writes what the library writes.
func FuzzFastEncode(f *testing.F) {
	for _, b := range exampleFiles(f) {
		f.Add(b)
	}
	f.Add([]byte(`{"id":"a\u0000\u2028\"","languages":[],"annexes":{"b":{"noticePeriod":{"value":-1,"unit":"days"}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Decode(data)
		if err != nil {
			return
		}
		encodeSame(t, a)
	})
}

// compactSame checks appendCompact against go-json-experiment's compact
// Marshal on v and on every part of it (each field, list entry and
// pointed-to value), as package change encodes them; it returns how many
// parts the fast path wrote.
func compactSame(t *testing.T, v reflect.Value) int {
	t.Helper()
	n := 0
	fast, ok := appendCompact([]byte("prefix"), v)
	slow, err := json.Marshal(v.Addr().Interface(), json.Deterministic(true))
	switch {
	case ok && err != nil:
		t.Fatalf("%s: appendCompact writes what the library refuses (%v): %s", v.Type(), err, fast)
	case ok && !bytes.Equal(fast, append([]byte("prefix"), slow...)):
		t.Fatalf("%s: appendCompact and the library differ:\nfast: %s\nslow: prefix%s", v.Type(), fast, slow)
	case !ok && string(fast) != "prefix":
		t.Fatalf("%s: appendCompact gave up but changed dst: %q", v.Type(), fast)
	case ok:
		n++
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				n += compactSame(t, v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			n += compactSame(t, v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			n += compactSame(t, v.Elem())
		}
	}
	return n
}

// TestAppendCompact: every part of every example, and of an agreement with
// hostile strings, is written by appendCompact exactly as the library
// writes it compactly; what the library refuses, it leaves to the library.
func TestAppendCompact(t *testing.T) {
	parts := 0
	for name, b := range exampleFiles(t) {
		a, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		parts += compactSame(t, reflect.ValueOf(a).Elem())
	}
	hostile := &Agreement{
		ID:      "a\"b\\c\x00\x01\x1f\x7f\b\f\n\r\t </script> & \u2028\u2029 \ufffd é 😀",
		Title:   i18n.Text{EN: "<b>", DA: "æøå"},
		Date:    civil.Date{Year: 2026, Month: 12, Day: 1},
		Annexes: Annexes{B: annex.SubProcessors{Entries: []annex.SubProcessor{{Name: "\u2028"}}}},
	}
	parts += compactSame(t, reflect.ValueOf(hostile).Elem())
	if parts < 1000 {
		t.Errorf("appendCompact wrote only %d parts of the examples", parts)
	}
	for _, bad := range []*Agreement{{ID: "\xff"}, {Date: civil.Date{Year: 2026, Month: 2, Day: 30}}} {
		if _, ok := appendCompact(nil, reflect.ValueOf(bad).Elem()); ok {
			t.Errorf("appendCompact wrote %+v, which the library refuses", bad)
		}
	}
	var x struct{ A int }
	if _, ok := appendCompact(nil, reflect.ValueOf(&x).Elem()); ok {
		t.Error("appendCompact wrote a type that is no part of an agreement")
	}
}
