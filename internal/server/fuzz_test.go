package server

import (
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
	h := New(Config{MaxBody: 1 << 20})
	f.Fuzz(func(t *testing.T, isRender bool, query string, body []byte) {
		target := "/v1/validate"
		if isRender {
			target = "/v1/render"
		}
		if strings.ContainsAny(query, " #\r\n\t\x00") || strings.ContainsFunc(query, func(r rune) bool { return r < 0x20 || r > 0x7e }) {
			t.Skip() // not a request line
		}
		req := httptest.NewRequest("POST", target+"?"+query, strings.NewReader(string(body)))
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
