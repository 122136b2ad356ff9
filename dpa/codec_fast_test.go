package dpa

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// fastSame checks the fast path against the strict decoder on data: when
// the fast path accepts it, the strict decoder accepts it too and gives an
// equal agreement. It reports whether the fast path accepted data.
func fastSame(t *testing.T, data []byte) bool {
	t.Helper()
	var fast, strict Agreement
	if !fastDecode(data, &fast) {
		return false
	}
	if err := unmarshal(data, &strict); err != nil {
		t.Fatalf("the fast path accepts what the strict decoder refuses (%v):\n%q", err, data)
	}
	if !reflect.DeepEqual(&fast, &strict) {
		t.Fatalf("the fast path and the strict decoder differ on\n%q\nfast:   %+v\nstrict: %+v", data, fast, strict)
	}
	return true
}

func exampleFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "examples", "json", "*.json"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no example JSON files: %v", err)
	}
	out := map[string][]byte{}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(name)] = b
	}
	return out
}

// TestFastDecodeSame: every example takes the fast path and decodes to
// what the strict decoder gives; small documents that exercise escapes,
// empty lists, pointers, numbers and money agree too, and documents the
// strict decoder refuses are left to it.
func TestFastDecodeSame(t *testing.T) {
	for name, b := range exampleFiles(t) {
		if !fastSame(t, b) {
			t.Errorf("%s: the fast path gave up on an example", name)
		}
	}
	accepted := []string{
		`{}`,
		` {"id":"a\"b\\c\/d\b\f\n\r\t\u00e9\u20ac\ud83d\ude00 é"} `,
		`{"languages":[],"controllers":[]}`,
		`{"languages":["da","en"],"status":"final","term":{"kind":"fixed-date","endDate":"2027-01-31","replaceable":true}}`,
		`{"annexes":{"b":{"authorisation":"general","noticePeriod":{"value":-1,"unit":"days"},"objectionWindow":{"value":0,"unit":"days"}}}}`,
		`{"clauses":{"assistance":{"fee":{"amount":"1250.50","currency":"SEK"},"per":"hours"}}}`,
		`{"annexes":{"c":{"security":{"measures":{"logging":{"retention":{"value":13,"unit":"months"},"lockoutAfterFailures":5}}}}}}`,
		"{\r\n\t\"id\" : \"x\" ,\n\"version\":\"1\"\n}\n",
	}
	for _, doc := range accepted {
		if !fastSame(t, []byte(doc)) {
			t.Errorf("the fast path gave up on %s", doc)
		}
	}
	refused := []string{
		``, `{`, `{"id":"x"`, `{"id":"x",}`, `{"id":"x"}x`, `{"id":"x"} {}`, `{"id":null}`, `{"nope":1}`,
		`{"id":"a","id":"b"}`, `{"i\u0064":"a","id":"b"}`, `{"ID":"a"}`, `{"id":1}`, `{"id":"\ud800"}`, `{"id":"\udc00\ud800"}`,
		"{\"id\":\"\x01\"}", "{\"id\":\"\xff\"}", `{"id":"\x"}`, `{"id":"\u12"}`, `{"replaceable":tru}`,
		`{"annexes":{"b":{"noticePeriod":{"value":1.0,"unit":"days"}}}}`,
		`{"annexes":{"b":{"noticePeriod":{"value":01,"unit":"days"}}}}`,
		`{"annexes":{"b":{"noticePeriod":{"value":1e3,"unit":"days"}}}}`,
		`{"annexes":{"b":{"noticePeriod":{"value":-,"unit":"days"}}}}`,
		`{"annexes":{"b":{"noticePeriod":{"value":99999999999999999999,"unit":"days"}}}}`,
		`{"date":"2026-02-30"}`, `{"date":5}`, `{"clauses":{"assistance":{"fee":{"amount":"1e3","currency":"SEK"}}}}`,
		`{"clauses":{"assistance":{"fee":"12 SEK"}}}`, `{"languages":["da",]}`, `{"languages":{}}`,
	}
	for _, doc := range refused {
		if fastSame(t, []byte(doc)) {
			t.Errorf("the fast path accepted %s", doc)
		}
	}
}

// FuzzFastDecode checks on any input that what the fast path accepts the
// strict decoder accepts too, with the same result.
func FuzzFastDecode(f *testing.F) {
	for _, b := range exampleFiles(f) {
		f.Add(b)
	}
	f.Add([]byte(`{"id":"a\u00e9\ud83d\ude00","languages":[],"annexes":{"b":{"noticePeriod":{"value":-1,"unit":"days"}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fastSame(t, data)
	})
}
