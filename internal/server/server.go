package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
)

// Config shapes a [Handler]. The zero Config is ready to use.
type Config struct {
	// Logger receives one line per request: method, path, status, bytes
	// written and duration, never a body or a query's values beyond the
	// parameters' names. Nil discards the lines.
	Logger *slog.Logger
	// MaxBody is the largest request body in bytes; 0 (or more than
	// dpa.MaxDocumentSize) is dpa.MaxDocumentSize, 64 MiB.
	MaxBody int64
	// Renders bounds the renders that run at once; 0 is twice GOMAXPROCS.
	// A render request beyond the bound waits for a slot.
	Renders int
	// RenderWait is how long a render request waits for a slot before it
	// is answered 503 render.busy; 0 is five seconds.
	RenderWait time.Duration
}

// Handler is dpakit's HTTP service: validate, render, schema, examples,
// health and its own OpenAPI description. It keeps nothing from one
// request to the next; what it holds (the validators for each set of
// profiles, the render slots, buffers to reuse) is the same for every
// request, so any number of copies behind a load balancer answer alike.
// A Handler is safe for concurrent use.
type Handler struct {
	mux        *http.ServeMux
	log        *slog.Logger
	maxBody    int64
	slots      chan struct{}
	renderWait time.Duration
	validators map[string]*dpa.Validator // by the canonical list of profile names
}

// New returns the service's handler.
func New(cfg Config) *Handler {
	h := &Handler{mux: http.NewServeMux(), log: cfg.Logger, maxBody: cfg.MaxBody, renderWait: cfg.RenderWait}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	if h.maxBody <= 0 || h.maxBody > dpa.MaxDocumentSize {
		h.maxBody = dpa.MaxDocumentSize
	}
	n := cfg.Renders
	if n <= 0 {
		n = 2 * runtime.GOMAXPROCS(0)
	}
	h.slots = make(chan struct{}, n)
	if h.renderWait <= 0 {
		h.renderWait = 5 * time.Second
	}
	h.validators = validators()
	for _, r := range routes {
		h.mux.HandleFunc(r.pattern, func(w http.ResponseWriter, req *http.Request) {
			q, e := parseQuery(req, r.params)
			if e != nil {
				writeError(w, e, q.lang)
				return
			}
			r.handle(h, w, req, q)
		})
	}
	return h
}

// route is one operation of the service. routes feeds both the mux and
// the test that compares the OpenAPI document's paths with the service.
type route struct {
	pattern string
	params  []string // the query parameters the operation takes
	handle  func(h *Handler, w http.ResponseWriter, r *http.Request, q query)
}

var routes = []route{
	{"POST /v1/validate", []string{"lang", "profile", "asOf"}, (*Handler).validate},
	{"POST /v1/render", []string{"lang", "format", "parallel", "toc", "numbering", "annexes", "allowBlanks"}, (*Handler).render},
	{"GET /v1/schema", []string{"lang", "variant", "text"}, (*Handler).schema},
	{"GET /v1/examples", []string{}, (*Handler).exampleList},
	{"GET /v1/examples/{name}", []string{}, (*Handler).example},
	{"GET /healthz", []string{}, (*Handler).healthz},
	{"GET /openapi.json", []string{}, (*Handler).openapi},
}

// ServeHTTP answers the request, logs it and turns the mux's own 404 and
// 405 answers, and a panic, into JSON errors.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{w: w}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			// The panic's value may quote the request; only its type is logged.
			h.log.LogAttrs(r.Context(), slog.LevelError, "panic", slog.String("method", r.Method),
				slog.String("path", r.URL.Path), slog.String("type", fmt.Sprintf("%T", p)))
			if rec.status == 0 {
				writeError(rec, &apiError{Code: CodeInternal}, requestLang(r))
			}
		}
		h.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.code()), slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)))
	}()
	rec.Header().Set("X-Content-Type-Options", "nosniff")
	if _, pattern := h.mux.Handler(r); pattern == "" {
		h.unrouted(rec, r)
		return
	}
	h.mux.ServeHTTP(rec, r)
}

// unrouted answers a request no route takes: 405 with Allow when the path
// exists with other methods, else 404.
func (h *Handler) unrouted(w http.ResponseWriter, r *http.Request) {
	probe := &headerProbe{header: http.Header{}}
	mh, _ := h.mux.Handler(r)
	mh.ServeHTTP(probe, r)
	lang := requestLang(r)
	if probe.status == http.StatusMethodNotAllowed {
		allow := probe.header.Get("Allow")
		w.Header().Set("Allow", allow)
		writeError(w, &apiError{Code: CodeMethodNotAllowed, args: []any{clip(r.Method), allow}}, lang)
		return
	}
	writeError(w, &apiError{Code: CodePathUnknown}, lang)
}

// headerProbe records what the mux would answer, without writing it.
type headerProbe struct {
	header http.Header
	status int
}

func (p *headerProbe) Header() http.Header         { return p.header }
func (p *headerProbe) Write(b []byte) (int, error) { return len(b), nil }
func (p *headerProbe) WriteHeader(status int)      { p.status = status }

// recorder passes writes through and counts them for the log.
type recorder struct {
	w      http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) Header() http.Header { return r.w.Header() }

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.w.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.w.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.w }

func (r *recorder) code() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

// apiError is an error answer before it is written in a language.
type apiError struct {
	Code   Code
	args   []any
	decode *dpa.DecodeError
	detail string
	blanks []string
}

// errorBody is the JSON of every error answer: {"error": {...}}.
type errorBody struct {
	Error errorJSON `json:"error"`
}

type errorJSON struct {
	Code    Code     `json:"code"`
	Status  int      `json:"status"`
	Message string   `json:"message"`
	Pointer *string  `json:"pointer,omitzero"`
	Line    int      `json:"line,omitzero"`
	Column  int      `json:"column,omitzero"`
	Detail  string   `json:"detail,omitzero"`
	Blanks  []string `json:"blanks,omitzero"`
}

// writeError writes e in language l with its status.
func writeError(w http.ResponseWriter, e *apiError, l i18n.Lang) {
	body := errorJSON{Code: e.Code, Status: e.Code.status(), Message: e.Code.text(l, e.args...), Detail: e.detail, Blanks: e.blanks}
	if d := e.decode; d != nil {
		// The decoder refuses bytes that are not UTF-8 before it names a
		// place, but what an error quotes from the input must be valid JSON
		// whatever the decoder becomes.
		p := strings.ToValidUTF8(d.Pointer, "\uFFFD")
		body.Pointer, body.Line, body.Column = &p, d.Line, d.Column
		if body.Detail == "" && d.Err != nil {
			body.Detail = strings.ToValidUTF8(d.Err.Error(), "\uFFFD")
		}
	}
	if body.Status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, body.Status, errorBody{body})
}

// clip shortens a value from the request that an error quotes back, and
// replaces bytes that are not UTF-8, which JSON cannot carry.
func clip(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	const max = 64
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// requestLang is the language of error messages when ?lang= is not
// usable: the first supported language of Accept-Language, else English.
func requestLang(r *http.Request) i18n.Lang { return langOf(r, r.URL.Query().Get("lang")) }

// langOf is the language tag names, else the first supported language of
// the request's Accept-Language, else English.
func langOf(r *http.Request, tag string) i18n.Lang {
	if l, err := i18n.Match(tag); err == nil {
		return l
	}
	for part := range strings.SplitSeq(r.Header.Get("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(part, ";")
		if l, err := i18n.Match(strings.TrimSpace(tag)); err == nil {
			return l
		}
	}
	return i18n.EN
}

// query holds a request's query parameters once checked against the ones
// its route takes.
type query struct {
	values url.Values
	lang   i18n.Lang // the language of error messages
}

// parseQuery refuses unknown and repeated parameters and reads lang (the
// language of messages and, where it applies, of the output).
func parseQuery(r *http.Request, known []string) (query, *apiError) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	q := query{lang: langOf(r, values.Get("lang"))}
	if err != nil {
		return q, &apiError{Code: CodeParamUnknown, args: []any{clip(r.URL.RawQuery), knownList(known)}}
	}
	for name, vs := range values {
		if !slices.Contains(known, name) {
			return q, &apiError{Code: CodeParamUnknown, args: []any{clip(name), knownList(known)}}
		}
		if len(vs) > 1 {
			return q, &apiError{Code: CodeParamRepeated, args: []any{name}}
		}
	}
	q.values = values
	if tag := values.Get("lang"); tag != "" || values.Has("lang") {
		l, err := i18n.Match(tag)
		if err != nil {
			return q, &apiError{Code: CodeParamLang, args: []any{clip(tag)}}
		}
		q.lang = l
	}
	return q, nil
}

func knownList(known []string) string {
	if len(known) == 0 {
		return "-"
	}
	return strings.Join(known, ", ")
}

// flag reads a true/false parameter; absent is def.
func (q query) flag(name string, def bool) (bool, *apiError) {
	if !q.values.Has(name) {
		return def, nil
	}
	switch q.values.Get(name) {
	case "true", "1", "":
		return true, nil
	case "false", "0":
		return false, nil
	}
	return false, &apiError{Code: CodeParamBool, args: []any{name}}
}

// buffers are reused for request bodies and rendered output; one that
// grew beyond maxPooled is left to the collector, so a single large
// request does not keep its memory.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooled = 1 << 20

func getBuffer() *bytes.Buffer { b := buffers.Get().(*bytes.Buffer); b.Reset(); return b }

func putBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		buffers.Put(b)
	}
}

// jsonMedia reports whether a Content-Type names JSON; an absent one is
// taken as JSON.
func jsonMedia(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	return mt == "application/json" || strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json")
}

// decode reads the request body as an agreement, strictly, within the
// size limit. With slot set it takes a render slot once the body is read
// and before decoding it, so that the slots bound all of a render's work,
// decoding included, and the requests waiting for one queue in order; the
// caller releases the slot when decode returns no error.
func (h *Handler) decode(w http.ResponseWriter, r *http.Request, slot bool) (*dpa.Agreement, *apiError) {
	if ct := r.Header.Get("Content-Type"); !jsonMedia(ct) {
		return nil, &apiError{Code: CodeMediaType, args: []any{clip(ct)}}
	}
	if r.ContentLength > h.maxBody {
		return nil, &apiError{Code: CodeTooLarge, args: []any{h.maxBody}}
	}
	buf := getBuffer()
	defer putBuffer(buf)
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength) + 1)
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, &apiError{Code: CodeTooLarge, args: []any{h.maxBody}}
		}
		return nil, &apiError{Code: CodeUnreadable}
	}
	if slot && !h.acquire(r.Context()) {
		return nil, &apiError{Code: CodeBusy}
	}
	a, err := dpa.Decode(buf.Bytes())
	if err == nil {
		return a, nil
	}
	if slot {
		h.release()
	}
	de, ok := errors.AsType[*dpa.DecodeError](err)
	if !ok {
		return nil, &apiError{Code: CodeInternal}
	}
	e := &apiError{decode: de}
	switch {
	case errors.Is(err, dpa.ErrTooLarge):
		e.Code, e.args, e.decode = CodeTooLarge, []any{h.maxBody}, nil
	case errors.Is(err, dpa.ErrTooDeep):
		e.Code, e.args = CodeTooDeep, []any{dpa.MaxDepth}
	case errors.Is(err, dpa.ErrNotObject):
		e.Code = CodeNotObject
	case errors.Is(err, dpa.ErrUnknownField):
		e.Code = CodeUnknownField
	case errors.Is(err, dpa.ErrSyntax):
		e.Code = CodeSyntax
	case errors.Is(err, dpa.ErrType):
		e.Code = CodeWrongType
	default:
		e.Code = CodeInvalidValue
	}
	return nil, e
}

// acquire takes a render slot, waiting at most the configured time or
// until the client goes away.
func (h *Handler) acquire(ctx context.Context) bool {
	select {
	case h.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(h.renderWait)
	defer t.Stop()
	select {
	case h.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

func (h *Handler) release() { <-h.slots }

// validators builds one validator for every set of built-in profiles,
// keyed by their names in the order of profile.All joined by commas ("" is
// the built-in rules alone).
func validators() map[string]*dpa.Validator {
	all := profile.All()
	out := make(map[string]*dpa.Validator, 1<<len(all))
	for set := 0; set < 1<<len(all); set++ {
		var names []string
		var ps []dpa.Profile
		for i, p := range all {
			if set&(1<<i) != 0 {
				names = append(names, p.Name)
				ps = append(ps, p)
			}
		}
		v, err := dpa.NewValidator(dpa.WithProfiles(ps...))
		if err != nil {
			panic(fmt.Sprintf("server: built-in profiles %v: %v", names, err)) // the tests build every set
		}
		out[strings.Join(names, ",")] = v
	}
	return out
}

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := marshalWrite(buf, v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":{"code":"server.internal","status":500,"message":"` + CodeInternal.text(i18n.EN) + `"}}`)
	}
	buf.WriteByte('\n')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// writeBody writes b with the content type and status 200.
func writeBody(w http.ResponseWriter, contentType string, b []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}
