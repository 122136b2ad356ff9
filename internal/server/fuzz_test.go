package server

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
)

// FuzzHandler sends arbitrary bodies and queries to validate and render:
// whatever comes in, the answer is never a 500, and an error is a JSON
// error body with its own status. Seeded from the examples and the hostile
// bodies of TestErrors.
func FuzzHandler(f *testing.F) {
	for _, name := range []string{"seed000", "seed003", "seed004"} {
		f.Add(false, "lang=sv", example(f, name))
		f.Add(true, "lang=nb&format=text", example(f, name))
	}
	for _, s := range []string{"", "{", "[1]", "null", `{"x":1}`, "{\"id\":\"\xff\"}", strings.Repeat("[", 70),
		`{"status":"final"}`, `{"date":"2026-02-30"}`, `{"clauses":{"breachNotification":[{"kind":"breach","within":{"value":-1,"unit":"x"}}]}}`} {
		f.Add(false, "", []byte(s))
		f.Add(true, "allowBlanks=true&toc=1&annexes=E", []byte(s))
	}
	f.Add(true, "parallel=da&lang=%zz", []byte(`{}`))
	f.Add(false, "profile=dk-public,%20se-healthcare&asOf=2026-01-01", []byte(`{}`))
	f.Add(false, "lang=\xff&profile=\xfe", []byte(`{}`))
	h := New(Config{MaxBody: 1 << 20})
	f.Fuzz(func(t *testing.T, isRender bool, query string, body []byte) {
		target := "/v1/validate"
		if isRender {
			target = "/v1/render"
		}
		// Bytes a request line cannot hold arrive percent-encoded.
		var q strings.Builder
		for _, b := range []byte(query) {
			if b <= ' ' || b >= 0x7f || b == '#' {
				fmt.Fprintf(&q, "%%%02x", b)
			} else {
				q.WriteByte(b)
			}
		}
		req := httptest.NewRequest("POST", target+"?"+q.String(), strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 && w.Code != 503 {
			t.Fatalf("%s?%s: %d %s", target, query, w.Code, w.Body)
		}
		if w.Code != 200 {
			var e errorBody
			if err := json.Unmarshal(w.Body.Bytes(), &e, json.RejectUnknownMembers(true)); err != nil || e.Error.Status != w.Code {
				t.Fatalf("error answer %d is not an error body: %v %s", w.Code, err, w.Body)
			}
		}
	})
}
