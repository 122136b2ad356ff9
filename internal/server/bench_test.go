package server

import (
	"bytes"
	"net/http/httptest"
	"testing"
)

// BenchmarkHandler measures the handler in process, without the network:
// what the service adds to dpa.Decode, Validate and render.Render.
func BenchmarkHandler(b *testing.B) {
	h := New(Config{})
	for _, c := range []struct{ name, target, example string }{
		{"validate/seed004", "/v1/validate?lang=sv", "seed004"},
		{"validate/seed003", "/v1/validate?lang=nb", "seed003"},
		{"validate/seed000-findings", "/v1/validate?lang=da", "seed000"},
		{"render/seed004-da-html", "/v1/render?lang=da&format=html", "seed004"},
	} {
		body := example(b, c.example)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				req := httptest.NewRequest("POST", c.target, bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != 200 {
					b.Fatal(w.Code, w.Body)
				}
			}
		})
	}
}
