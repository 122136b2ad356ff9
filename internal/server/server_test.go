package server

import (
	"bytes"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/catalog"
	"github.com/dpakit/dpakit/internal/paged"
	"github.com/dpakit/dpakit/render"
	"github.com/go-json-experiment/json"
)

var update = flag.Bool("update", false, "rewrite testdata/openapi.json")

func example(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "json", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// do sends one request to h and returns the answer.
func do(t testing.TB, h http.Handler, method, target string, body []byte, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// errorOf decodes an error answer, failing the test when the body is not
// one.
func errorOf(t testing.TB, w *httptest.ResponseRecorder) errorJSON {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Fatalf("error answer %d has Content-Type %q: %.200s", w.Code, ct, w.Body.String())
	}
	var b errorBody
	if err := json.Unmarshal(w.Body.Bytes(), &b, json.RejectUnknownMembers(true)); err != nil {
		t.Fatalf("error answer %d is not an error body: %v: %.200s", w.Code, err, w.Body.String())
	}
	if b.Error.Status != w.Code {
		t.Errorf("body says status %d, answer is %d", b.Error.Status, w.Code)
	}
	if b.Error.Message == "" || b.Error.Message == string(b.Error.Code) {
		t.Errorf("%s has no message", b.Error.Code)
	}
	return b.Error
}

// ukDraft is a draft with one sub-processor in the United Kingdom on the
// adequacy decision, which ends on 2031-12-27.
const ukDraft = `{"status":"draft","languages":["en"],"date":"2026-12-01","annexes":{"b":{"entries":[{"id":"uk","name":"Example UK Ltd","locations":[{"country":"GB"}],"transfer":{"mechanism":"adequacy"}}]},"c":{"transfers":{"kind":"listed-countries","countries":["GB"]}}}}`

func TestValidate(t *testing.T) {
	h := New(Config{})
	tests := []struct {
		name, target string
		body         string // an example's name, or JSON
		codes        []string
		paths        []string
	}{
		{"a valid agreement has no findings", "/v1/validate", "reference", nil, nil},
		{"seed000's blank breach hours", "/v1/validate?lang=sv", "seed000", []string{"breach.deadline-missing"}, []string{"/clauses/breachNotification/1/within"}},
		{"a profile adds its rules", "/v1/validate?profile=dk-public", "seed001", []string{"dk-public.risk-scoring-missing"}, []string{"/annexes/c/security/risk"}},
		{"96 hours", "/v1/validate?lang=nb", `{"status":"draft","languages":["nb"],"clauses":{"breachNotification":[{"kind":"breach","within":{"value":96,"unit":"hours"}}]}}`,
			[]string{"breach.deadline-over-72h"}, []string{"/clauses/breachNotification/0/within"}},
		// The UK adequacy decision ends on 2031-12-27: warned of within the lead time, refused after.
		{"asOf within the lead time of an ending decision", "/v1/validate?asOf=2031-11-01", ukDraft,
			[]string{"transfer.adequacy-ending"}, []string{"/annexes/b/entries/0/locations/0"}},
		{"asOf after the decision ended", "/v1/validate?asOf=2032-01-01&profile=dk-public", ukDraft,
			[]string{"transfer.not-allowed"}, []string{"/annexes/b/entries/0/locations/0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			if !strings.HasPrefix(tt.body, "{") {
				body = example(t, tt.body)
			}
			w := do(t, h, "POST", tt.target, body)
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			var rep report
			if err := json.Unmarshal(w.Body.Bytes(), &rep, json.RejectUnknownMembers(true)); err != nil {
				t.Fatal(err)
			}
			if tt.codes == nil && len(rep.Findings) != 0 {
				t.Errorf("findings %v", rep.Findings)
			}
			for i, c := range tt.codes {
				if !slices.ContainsFunc(rep.Findings, func(f findingJSON) bool { return string(f.Code) == c && f.Path == tt.paths[i] }) {
					t.Errorf("no %s at %s in %v", c, tt.paths[i], rep.Findings)
				}
			}
			errs := 0
			for _, f := range rep.Findings {
				if f.Message == "" || f.Message == string(f.Code) {
					t.Errorf("%s has no message", f.Code)
				}
				if f.Severity == "error" {
					errs++
				}
			}
			if errs != rep.Errors {
				t.Errorf("errors = %d, counted %d", rep.Errors, errs)
			}
		})
	}
}

// TestValidateLanguage checks that the messages follow ?lang= and, without
// it, Accept-Language.
func TestValidateLanguage(t *testing.T) {
	h := New(Config{})
	body := example(t, "seed000")
	var msgs []string
	for _, c := range []struct{ target, accept string }{
		{"/v1/validate?lang=en", ""}, {"/v1/validate?lang=sv", ""}, {"/v1/validate?lang=no", ""},
		{"/v1/validate", "fi, da;q=0.8"}, {"/v1/validate?lang=da", "sv"},
	} {
		w := do(t, h, "POST", c.target, body, "Accept-Language", c.accept)
		var rep report
		if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil || len(rep.Findings) == 0 {
			t.Fatalf("%s: %v %s", c.target, err, w.Body)
		}
		msgs = append(msgs, string(rep.Lang)+":"+rep.Findings[0].Message)
	}
	if msgs[3] != msgs[4] || !strings.HasPrefix(msgs[3], "da:") || !strings.HasPrefix(msgs[2], "nb:") {
		t.Errorf("languages: %q", msgs)
	}
	if len(slices.Compact(slices.Sorted(slices.Values(msgs[:4])))) != 4 {
		t.Errorf("the messages do not differ by language: %q", msgs)
	}
}

// TestErrors is the table of answers to requests the service cannot use:
// each has its status, its code and, for the body, the decoder's place.
func TestErrors(t *testing.T) {
	h := New(Config{MaxBody: 1 << 16})
	big := append(append([]byte(`{"id":"`), bytes.Repeat([]byte("x"), 1<<16)...), `"}`...)
	tests := []struct {
		name, method, target, body string
		header                     []string
		status                     int
		code                       Code
		pointer                    string
		line, column               int
	}{
		{"unknown path", "GET", "/v2/validate", "", nil, 404, CodePathUnknown, "-", 0, 0},
		{"root", "GET", "/", "", nil, 404, CodePathUnknown, "-", 0, 0},
		{"wrong method", "GET", "/v1/validate", "", nil, 405, CodeMethodNotAllowed, "-", 0, 0},
		{"wrong method on a GET path", "DELETE", "/v1/schema", "", nil, 405, CodeMethodNotAllowed, "-", 0, 0},
		{"unknown example", "GET", "/v1/examples/seed999", "", nil, 404, CodeExampleUnknown, "-", 0, 0},
		{"empty body", "POST", "/v1/validate", "", nil, 400, CodeSyntax, "", 1, 1},
		{"not JSON", "POST", "/v1/validate", "{\n  \"id\": x}", nil, 400, CodeSyntax, "/id", 2, 9},
		{"invalid UTF-8", "POST", "/v1/validate", "{\"id\": \"\xff\"}", nil, 400, CodeSyntax, "/id", 1, 9},
		{"not an object", "POST", "/v1/render", `[1]`, nil, 400, CodeNotObject, "", 1, 1},
		{"unknown field", "POST", "/v1/validate", "{\n\"status\": \"draft\",\n  \"colour\": 1}", nil, 400, CodeUnknownField, "/colour", 3, 3},
		{"wrong type", "POST", "/v1/validate", `{"languages": "sv"}`, nil, 400, CodeWrongType, "/languages", 1, 15},
		{"malformed date", "POST", "/v1/render", `{"date": "2026-02-30"}`, nil, 400, CodeInvalidValue, "/date", 1, 10},
		{"too deep", "POST", "/v1/validate", strings.Repeat("[", 100) + strings.Repeat("]", 100), nil, 400, CodeTooDeep, "", 1, 65},
		{"too large", "POST", "/v1/validate", string(big), nil, 413, CodeTooLarge, "-", 0, 0},
		{"text body", "POST", "/v1/validate", `{}`, []string{"Content-Type", "text/plain"}, 415, CodeMediaType, "-", 0, 0},
		{"form body", "POST", "/v1/render", `a=b`, []string{"Content-Type", "application/x-www-form-urlencoded"}, 415, CodeMediaType, "-", 0, 0},
		{"bad media type", "POST", "/v1/render", `{}`, []string{"Content-Type", ";;"}, 415, CodeMediaType, "-", 0, 0},
		{"unknown parameter", "POST", "/v1/validate?langg=sv", `{}`, nil, 400, CodeParamUnknown, "-", 0, 0},
		{"repeated parameter", "POST", "/v1/validate?lang=sv&lang=da", `{}`, nil, 400, CodeParamRepeated, "-", 0, 0},
		{"bad escape", "GET", "/v1/schema?lang=%zz", "", nil, 400, CodeParamUnknown, "-", 0, 0},
		{"unknown language", "POST", "/v1/validate?lang=fi", `{}`, nil, 400, CodeParamLang, "-", 0, 0},
		{"language not UTF-8", "POST", "/v1/validate?lang=%ff", `{}`, nil, 400, CodeParamLang, "-", 0, 0},
		{"parameter not UTF-8", "POST", "/v1/validate?%ff%fe=1", `{}`, nil, 400, CodeParamUnknown, "-", 0, 0},
		{"example not UTF-8", "GET", "/v1/examples/%ff", "", nil, 404, CodeExampleUnknown, "-", 0, 0},
		{"content type not UTF-8", "POST", "/v1/validate", `{}`, []string{"Content-Type", "text/\xff"}, 415, CodeMediaType, "-", 0, 0},
		{"empty language", "GET", "/v1/schema?lang=", "", nil, 400, CodeParamLang, "-", 0, 0},
		{"unknown profile", "POST", "/v1/validate?profile=dk-public,se-bank", `{}`, nil, 400, CodeParamProfile, "-", 0, 0},
		{"malformed asOf", "POST", "/v1/validate?asOf=2026-13-01", `{}`, nil, 400, CodeParamAsOf, "-", 0, 0},
		{"unknown format", "POST", "/v1/render?format=odt", `{}`, nil, 400, CodeParamFormat, "-", 0, 0},
		{"parallel as Markdown", "POST", "/v1/render?format=md&parallel=en", `{}`, nil, 400, CodeParallelFormat, "-", 0, 0},
		{"unknown parallel language", "POST", "/v1/render?parallel=xx", `{}`, nil, 400, CodeParamLang, "-", 0, 0},
		{"bad annexes", "POST", "/v1/render?annexes=ABX", `{}`, nil, 400, CodeParamAnnexes, "-", 0, 0},
		{"bad switch", "POST", "/v1/render?toc=yes", `{}`, nil, 400, CodeParamBool, "-", 0, 0},
		{"final with blanks", "POST", "/v1/render", `{"status":"final","languages":["en"]}`, nil, 422, CodeBlanks, "-", 0, 0},
		{"unknown variant", "GET", "/v1/schema?variant=yaml", "", nil, 400, CodeParamVariant, "-", 0, 0},
		{"unknown text language", "GET", "/v1/schema?text=da,fi", "", nil, 400, CodeParamLang, "-", 0, 0},
		{"parameter on examples", "GET", "/v1/examples/seed004?lang=sv", "", nil, 400, CodeParamUnknown, "-", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			if tt.method == "POST" {
				req.Header.Set("Content-Type", "application/json")
			}
			for i := 0; i+1 < len(tt.header); i += 2 {
				req.Header.Set(tt.header[i], tt.header[i+1])
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			e := errorOf(t, w)
			if e.Code != tt.code {
				t.Errorf("code %s, want %s", e.Code, tt.code)
			}
			switch {
			case tt.pointer == "-" && e.Pointer != nil:
				t.Errorf("pointer %q, want none", *e.Pointer)
			case tt.pointer != "-" && (e.Pointer == nil || *e.Pointer != tt.pointer):
				t.Errorf("pointer %v, want %q", e.Pointer, tt.pointer)
			}
			if e.Line != tt.line || e.Column != tt.column {
				t.Errorf("line %d column %d, want %d %d", e.Line, e.Column, tt.line, tt.column)
			}
			if tt.status == 405 && w.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
			if tt.code == CodeBlanks && len(e.Blanks) == 0 {
				t.Error("render.blanks without the blanks")
			}
			if len(h.slots) != 0 {
				t.Errorf("%d render slots left taken", len(h.slots))
			}
		})
	}
}

// TestErrorLanguage checks that an error is in the language asked for.
func TestErrorLanguage(t *testing.T) {
	h := New(Config{})
	seen := map[string]bool{}
	for _, l := range i18n.Langs {
		e := errorOf(t, do(t, h, "POST", "/v1/validate?lang="+string(l), []byte(`{"x":1}`)))
		if e.Code != CodeUnknownField || e.Message != CodeUnknownField.text(l) {
			t.Errorf("%s: %s %q", l, e.Code, e.Message)
		}
		seen[e.Message] = true
	}
	// A bad ?lang= is answered in Accept-Language.
	e := errorOf(t, do(t, h, "GET", "/v1/schema?lang=fi", nil, "Accept-Language", "sv-SE"))
	if e.Message != CodeParamLang.text(i18n.SV, "fi") {
		t.Errorf("param.lang in %q", e.Message)
	}
	if len(seen) != 4 {
		t.Errorf("messages repeat across languages: %v", seen)
	}
}

// TestRender checks every format render has: its content type and output.
func TestRender(t *testing.T) {
	h := New(Config{})
	body := example(t, "seed004")
	for _, f := range render.Formats {
		for _, l := range i18n.Langs {
			w := do(t, h, "POST", "/v1/render?lang="+string(l)+"&format="+string(f), body)
			if w.Code != 200 {
				t.Fatalf("%s/%s: %d %s", l, f, w.Code, w.Body)
			}
			if got := w.Header().Get("Content-Type"); got != contentType(f) {
				t.Errorf("%s/%s: Content-Type %q, want %q", l, f, got, contentType(f))
			}
			var want bytes.Buffer
			a, _ := dpa.Decode(body)
			if err := render.Render(&want, a, l, f, render.Options{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(w.Body.Bytes(), want.Bytes()) {
				t.Errorf("%s/%s: the answer is not what render writes", l, f)
			}
			if w.Header().Get("Content-Language") != string(l) {
				t.Errorf("%s/%s: Content-Language %q", l, f, w.Header().Get("Content-Language"))
			}
		}
	}
	// The paged formats: what render/docx and render/pdf write, in one
	// language and side by side.
	for _, c := range []struct{ target, magic string }{
		{"/v1/render?lang=da&format=docx", "PK\x03\x04"},
		{"/v1/render?lang=sv&format=pdf", "%PDF-"},
		{"/v1/render?lang=sv&format=pdf&parallel=da", "%PDF-"},
		{"/v1/render?lang=da&format=word&parallel=en", "PK\x03\x04"},
	} {
		w := do(t, h, "POST", c.target, body)
		f, _ := paged.ParseFormat(strings.SplitN(strings.SplitN(c.target, "format=", 2)[1], "&", 2)[0])
		if w.Code != 200 || !strings.HasPrefix(w.Body.String(), c.magic) || w.Header().Get("Content-Type") != contentType(f) {
			t.Errorf("%s: %d %q %.8q", c.target, w.Code, w.Header().Get("Content-Type"), w.Body.String())
		}
	}
	w := do(t, h, "POST", "/v1/render?lang=sv&parallel=en&toc=true&annexes=AB&numbering=false", body)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "<html") || w.Header().Get("Content-Security-Policy") == "" {
		t.Errorf("parallel: %d %.200s", w.Code, w.Body)
	}
	if w := do(t, h, "POST", "/v1/render?allowBlanks=true", []byte(`{"status":"final","languages":["en"]}`)); w.Code != 200 {
		t.Errorf("allowBlanks: %d", w.Code)
	}
}

// TestContentTypes fails for a format of render's without its media type:
// a new writer in render shows up in the service by itself, with this test
// asking for its row in contentTypes.
func TestContentTypes(t *testing.T) {
	for _, f := range paged.Formats {
		if _, ok := contentTypes[f]; !ok {
			t.Errorf("render.Format %q has no content type in contentTypes", f)
		}
		if p, err := paged.ParseFormat(string(f)); err != nil || p != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, p, err)
		}
	}
}

func TestSchema(t *testing.T) {
	h := New(Config{})
	for _, c := range []struct {
		target string
		opts   []dpa.SchemaOption
		ct     string
	}{
		{"/v1/schema", nil, "application/schema+json"},
		{"/v1/schema?lang=nb&variant=form", []dpa.SchemaOption{dpa.SchemaLang(i18n.NB), dpa.SchemaVariant(dpa.FormVariant)}, "application/schema+json"},
		{"/v1/schema?lang=da&text=da,en", []dpa.SchemaOption{dpa.SchemaLang(i18n.DA), dpa.SchemaTextLangs(i18n.DA, i18n.EN)}, "application/schema+json"},
		{"/v1/schema?variant=openapi&lang=sv", []dpa.SchemaOption{dpa.SchemaLang(i18n.SV), dpa.SchemaVariant(dpa.OpenAPIVariant)}, "application/json"},
	} {
		w := do(t, h, "GET", c.target, nil)
		want, err := dpa.Schema(c.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if w.Code != 200 || w.Body.String() != want || w.Header().Get("Content-Type") != c.ct {
			t.Errorf("%s: %d %q, not dpa.Schema's", c.target, w.Code, w.Header().Get("Content-Type"))
		}
	}
}

func TestExamples(t *testing.T) {
	h := New(Config{})
	w := do(t, h, "GET", "/v1/examples", nil)
	var list []exampleInfo
	if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil || len(list) == 0 {
		t.Fatalf("%v %s", err, w.Body)
	}
	for _, x := range list {
		w := do(t, h, "GET", "/v1/examples/"+x.Name, nil)
		if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), example(t, x.Name)) {
			t.Errorf("%s: %d, not examples/json/%s.json", x.Name, w.Code, x.Name)
		}
	}
	if w := do(t, h, "GET", "/healthz", nil); w.Code != 200 || w.Body.String() != "{\"status\":\"ok\"}\n" {
		t.Errorf("healthz: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "HEAD", "/healthz", nil); w.Code != 200 {
		t.Errorf("HEAD healthz: %d", w.Code)
	}
}

// TestOpenAPI keeps testdata/openapi.json (which .ci/frontend lints with
// Redocly) the document the service serves, and the document in step with
// the routes, their parameters and the error codes.
func TestOpenAPI(t *testing.T) {
	w := do(t, New(Config{}), "GET", "/openapi.json", nil)
	if w.Code != 200 {
		t.Fatal(w.Code)
	}
	golden := filepath.Join("testdata", "openapi.json")
	if *update {
		if err := os.WriteFile(golden, w.Body.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(w.Body.Bytes(), want) {
		t.Errorf("/openapi.json differs from %s; run go test ./internal/server -run TestOpenAPI -update", golden)
	}
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name string `json:"name"`
				In   string `json:"in"`
			} `json:"parameters"`
		} `json:"paths"`
		Components struct {
			Schemas struct {
				ErrorDetail struct {
					Properties struct {
						Code struct {
							Enum []Code `json:"enum"`
						} `json:"code"`
					} `json:"properties"`
				} `json:"ErrorDetail"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	described := 0
	for _, r := range routes {
		method, path, _ := strings.Cut(r.pattern, " ")
		op, ok := doc.Paths[path][strings.ToLower(method)]
		if !ok {
			t.Errorf("%s is not in the document", r.pattern)
			continue
		}
		described++
		var query []string
		for _, p := range op.Parameters {
			if p.In == "query" {
				query = append(query, p.Name)
			}
		}
		if !slices.Equal(query, r.params) && !(len(query) == 0 && len(r.params) == 0) {
			t.Errorf("%s: the document has parameters %v, the route %v", r.pattern, query, r.params)
		}
	}
	ops := 0
	for _, p := range doc.Paths {
		ops += len(p)
	}
	if ops != described {
		t.Errorf("the document has %d operations, the service %d", ops, described)
	}
	var codes []Code
	for _, s := range statuses {
		codes = append(codes, s.Code)
	}
	if !slices.Equal(doc.Components.Schemas.ErrorDetail.Properties.Code.Enum, codes) {
		t.Errorf("the document's error codes %v are not the service's %v", doc.Components.Schemas.ErrorDetail.Properties.Code.Enum, codes)
	}
}

// TestMessagesGenerated fails when catalog_gen.go is not what go generate
// makes of locales/*/messages.gotext.json now.
func TestMessagesGenerated(t *testing.T) {
	if err := catalog.Targets["server"].CheckGenerated("."); err != nil {
		t.Error(err)
	}
}

// TestMessageTranslationsCurrent fails for a translation made from an
// English message that has changed since.
func TestMessageTranslationsCurrent(t *testing.T) {
	if err := catalog.CheckCurrent("locales"); err != nil {
		t.Error(err)
	}
}

// TestMessagesByCode checks that the catalogue's ids are exactly the
// service's codes, each with its own message.
func TestMessagesByCode(t *testing.T) {
	codes := make([]string, len(statuses))
	for i, s := range statuses {
		codes[i] = string(s.Code)
	}
	for _, err := range catalog.CheckCodes(keyIDs[:], codes, func(i, k int) bool { return keyIDs[k] == codes[i] }) {
		t.Error(err)
	}
}

// TestLogs checks that each request is one log line with method, path,
// status, bytes and duration, and that no agreement content reaches the
// log, not even from a request that fails.
func TestLogs(t *testing.T) {
	var mu sync.Mutex
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(lockedWriter{&mu, &buf}, nil))
	h := New(Config{Logger: log})
	secret := "Hemlig Kund AB 4711"
	doc := bytes.Replace(example(t, "seed004"), []byte(`"Viborg Kommune"`), []byte(`"`+secret+`"`), 1)
	if !bytes.Contains(doc, []byte(secret)) {
		t.Fatal("the example has no Viborg Kommune")
	}
	do(t, h, "POST", "/v1/validate", doc)
	do(t, h, "POST", "/v1/render?format=text", doc)
	do(t, h, "POST", "/v1/validate", []byte(`{"`+secret+`": 1}`))
	do(t, h, "POST", "/v1/validate", []byte(`{"id": "`+secret+`" x}`))
	do(t, h, "POST", "/v1/render", []byte(`{"status":"final","title":{"en":"`+secret+`"}}`))
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d log lines: %s", len(lines), buf.String())
	}
	wantStatus := []float64{200, 200, 400, 400, 422}
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"method", "path", "status", "bytes", "duration"} {
			if _, ok := rec[k]; !ok {
				t.Errorf("line %d has no %s: %s", i, k, line)
			}
		}
		if rec["status"] != wantStatus[i] {
			t.Errorf("line %d: status %v, want %v", i, rec["status"], wantStatus[i])
		}
	}
	if strings.Contains(buf.String(), "Hemlig") || strings.Contains(buf.String(), "Viborg") {
		t.Errorf("agreement content in the log: %s", buf.String())
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// TestRenderSlots checks the bound on concurrent renders: with every slot
// taken, a render waits and is answered 503 render.busy, while validation
// goes on; a freed slot serves the next render.
func TestRenderSlots(t *testing.T) {
	h := New(Config{Renders: 1, RenderWait: 20e6})
	h.slots <- struct{}{} // a render in progress
	body := example(t, "seed004")
	w := do(t, h, "POST", "/v1/render", body)
	if w.Code != 503 || errorOf(t, w).Code != CodeBusy || w.Header().Get("Retry-After") == "" {
		t.Fatalf("busy render: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "POST", "/v1/validate", body); w.Code != 200 {
		t.Errorf("validate while renders are busy: %d", w.Code)
	}
	<-h.slots
	if w := do(t, h, "POST", "/v1/render", body); w.Code != 200 {
		t.Errorf("render after the slot is free: %d", w.Code)
	}
	if len(h.slots) != 0 {
		t.Errorf("%d slots still taken", len(h.slots))
	}
}

// TestPanic checks that a panic in a handler is a JSON 500, logged without
// its value.
func TestPanic(t *testing.T) {
	var buf bytes.Buffer
	h := New(Config{Logger: slog.New(slog.NewTextHandler(&buf, nil))})
	h.mux.HandleFunc("GET /panic", func(http.ResponseWriter, *http.Request) { panic("Hemlig") })
	w := do(t, h, "GET", "/panic", nil)
	if w.Code != 500 || errorOf(t, w).Code != CodeInternal {
		t.Errorf("%d %s", w.Code, w.Body)
	}
	if strings.Contains(buf.String(), "Hemlig") || !strings.Contains(buf.String(), "status=500") {
		t.Errorf("log: %s", buf.String())
	}
}
