package dpa_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/google/go-cmp/cmp"
)

type pointerStringer string

func (s pointerStringer) String() string { return string(s) }

var pointerCases = []struct {
	name   string
	parts  []any
	want   string
	reason string
}{
	{"root", nil, "", "no parts is the whole document"},
	{"path", []any{"annexes", "b", "entries", 2, "locations"}, "/annexes/b/entries/2/locations", "keys and an index, as in the doc comment"},
	{"index-0", []any{"clauses", "breachNotification", 0, "within"}, "/clauses/breachNotification/0/within", "index 0 is written, not dropped"},
	{"index-large", []any{"entries", 1234}, "/entries/1234", "indexes are decimal without grouping"},
	{"tilde", []any{"a~b"}, "/a~0b", "RFC 6901: ~ is written ~0"},
	{"slash", []any{"a/b"}, "/a~1b", "RFC 6901: / is written ~1"},
	{"tilde-one", []any{"~1"}, "/~01", "~ is escaped first, so a literal ~1 does not read back as /"},
	{"both", []any{"/~"}, "/~1~0", "each character escaped on its own"},
	{"empty-key", []any{""}, "/", "an empty key is a valid reference token"},
	{"unicode", []any{"ändamål"}, "/ändamål", "non-ASCII keys are kept as they are"},
	{"stringer", []any{pointerStringer("x/y")}, "/x~1y", "a fmt.Stringer is written through String and escaped"},
	{"date", []any{"dates", civil.D(2026, 11, 22)}, "/dates/2026-11-22", "civil.Date is a Stringer"},
}

func TestPointer(t *testing.T) {
	for _, tc := range pointerCases {
		if got := dpa.Pointer(tc.parts...); got != tc.want {
			t.Errorf("%s: Pointer(%#v) = %q; want %q (%s)", tc.name, tc.parts, got, tc.want, tc.reason)
		}
	}
}

func TestPointerOtherParts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		part   any
		want   string
		reason string
	}{
		{"int64", int64(3), "/a/3", "any integer type is an index"},
		{"float", 1.5, "/a/1.5", "other values are written as fmt formats them, never a panic"},
		{"nil", nil, "/a/<nil>", "even nil gives a pointer rather than a panic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dpa.Pointer("a", tc.part); got != tc.want {
				t.Errorf("Pointer(a, %#v) = %q, want %q (%s)", tc.part, got, tc.want, tc.reason)
			}
		})
	}
}

// decode splits a JSON Pointer into its reference tokens (RFC 6901 §4).
func decodePointer(p string) []string {
	if p == "" {
		return nil
	}
	toks := strings.Split(p[1:], "/")
	for i, s := range toks {
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
	}
	return toks
}

func TestPointerDecodes(t *testing.T) {
	for _, tc := range pointerCases {
		var want []string
		for _, p := range tc.parts {
			switch v := p.(type) {
			case string:
				want = append(want, v)
			case int:
				want = append(want, strconv.Itoa(v))
			case interface{ String() string }:
				want = append(want, v.String())
			}
		}
		if diff := cmp.Diff(want, decodePointer(dpa.Pointer(tc.parts...))); diff != "" {
			t.Errorf("%s: the pointer does not decode to its parts (-want +got):\n%s", tc.name, diff)
		}
	}
}

func FuzzPointer(f *testing.F) {
	for _, tc := range pointerCases {
		if len(tc.parts) >= 2 {
			a, _ := tc.parts[0].(string)
			b, _ := tc.parts[1].(string)
			f.Add(a, b)
		}
	}
	f.Add("~0", "~1/")
	f.Fuzz(func(t *testing.T, a, b string) {
		got := decodePointer(dpa.Pointer(a, b))
		if diff := cmp.Diff([]string{a, b}, got); diff != "" {
			t.Errorf("Pointer(%q, %q) does not decode to its keys (-want +got):\n%s", a, b, diff)
		}
	})
}
