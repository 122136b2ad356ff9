package server

import (
	"errors"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/paged"
	"github.com/dpakit/dpakit/profile"
	"github.com/dpakit/dpakit/render"
	"github.com/go-json-experiment/json"
)

func marshalWrite(w io.Writer, v any) error { return json.MarshalWrite(w, v, json.Deterministic(true)) }

// report is the answer of POST /v1/validate.
type report struct {
	Lang     i18n.Lang     `json:"lang"`
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Infos    int           `json:"infos"`
	Findings []findingJSON `json:"findings"`
}

// findingJSON is a finding with its message in the requested language.
type findingJSON struct {
	Code      finding.Code     `json:"code"`
	Severity  finding.Severity `json:"severity"`
	Path      string           `json:"path"`
	Reference string           `json:"reference,omitzero"`
	Message   string           `json:"message"`
}

func (h *Handler) validate(w http.ResponseWriter, r *http.Request, q query) {
	v, e := h.validator(q)
	if e != nil {
		writeError(w, e, q.lang)
		return
	}
	a, e := h.decode(w, r, false)
	if e != nil {
		writeError(w, e, q.lang)
		return
	}
	found := v.Validate(a)
	rep := report{Lang: q.lang, Findings: make([]findingJSON, len(found))}
	for i, f := range found {
		rep.Findings[i] = findingJSON{Code: f.Code, Severity: f.Severity, Path: f.Path, Reference: f.Ref, Message: f.Message(q.lang)}
		switch f.Severity {
		case finding.Error:
			rep.Errors++
		case finding.Warning:
			rep.Warnings++
		default:
			rep.Infos++
		}
	}
	writeJSON(w, http.StatusOK, rep)
}

// validator returns the validator for ?profile= and ?asOf=.
func (h *Handler) validator(q query) (*dpa.Validator, *apiError) {
	if !q.values.Has("profile") && !q.values.Has("asOf") {
		return h.validators[""], nil
	}
	var names []string
	for name := range strings.FieldsFuncSeq(q.values.Get("profile"), func(r rune) bool { return r == ',' || r == ' ' }) {
		if !slices.Contains(builtinProfiles(), name) {
			return nil, &apiError{Code: CodeParamProfile, args: []any{clip(name), strings.Join(builtinProfiles(), ", ")}}
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	// The validators are keyed by the names in the order of profile.All.
	var canonical []string
	for _, name := range builtinProfiles() {
		if slices.Contains(names, name) {
			canonical = append(canonical, name)
		}
	}
	v := h.validators[strings.Join(canonical, ",")]
	if !q.values.Has("asOf") {
		return v, nil
	}
	d, err := civil.ParseDate(q.values.Get("asOf"))
	if err != nil || !d.Valid() {
		return nil, &apiError{Code: CodeParamAsOf, args: []any{clip(q.values.Get("asOf"))}}
	}
	opts := []dpa.ValidatorOption{dpa.AsOf(d)}
	for _, name := range canonical {
		p, _ := profile.Lookup(name)
		opts = append(opts, dpa.WithProfiles(p))
	}
	v, err = dpa.NewValidator(opts...)
	if err != nil {
		return nil, &apiError{Code: CodeInternal}
	}
	return v, nil
}

// builtinProfiles are the names of the built-in profiles in the order of
// profile.All.
var builtinProfiles = sync.OnceValue(func() []string {
	var names []string
	for _, p := range profile.All() {
		names = append(names, p.Name)
	}
	return names
})

// contentTypes are the media types of the formats. A format that render
// or internal/paged gains appears in the service by itself
// (paged.ParseFormat and paged.Formats name it); TestContentTypes fails
// until it has its row here.
var contentTypes = map[render.Format]string{
	render.Markdown: "text/markdown; charset=utf-8",
	render.HTML:     "text/html; charset=utf-8",
	render.Text:     "text/plain; charset=utf-8",
	paged.DOCX:      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	paged.PDF:       "application/pdf",
}

// contentType is the media type of format f; a format without a row is
// written as bytes.
func contentType(f render.Format) string {
	if ct, ok := contentTypes[f]; ok {
		return ct
	}
	return "application/octet-stream"
}

// htmlPolicy is the Content-Security-Policy of rendered HTML: the page
// carries its own style sheet and nothing else, so nothing in it can run.
const htmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func formatNames() string {
	names := make([]string, len(paged.Formats))
	for i, f := range paged.Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

func (h *Handler) render(w http.ResponseWriter, r *http.Request, q query) {
	format := render.HTML
	if q.values.Has("format") {
		f, err := paged.ParseFormat(q.values.Get("format"))
		if err != nil {
			writeError(w, &apiError{Code: CodeParamFormat, args: []any{clip(q.values.Get("format")), formatNames()}}, q.lang)
			return
		}
		format = f
	}
	var second i18n.Lang
	if q.values.Has("parallel") {
		l, err := i18n.Match(q.values.Get("parallel"))
		if err != nil {
			writeError(w, &apiError{Code: CodeParamLang, args: []any{clip(q.values.Get("parallel"))}}, q.lang)
			return
		}
		if format != render.HTML && !paged.Is(format) {
			writeError(w, &apiError{Code: CodeParallelFormat, args: []any{string(format)}}, q.lang)
			return
		}
		second = l
	}
	opts := render.Options{}
	var bad *apiError
	if opts.TOC, bad = q.flag("toc", false); bad != nil {
		writeError(w, bad, q.lang)
		return
	}
	numbering, bad := q.flag("numbering", true)
	if bad != nil {
		writeError(w, bad, q.lang)
		return
	}
	opts.NoNumbering = !numbering
	if opts.AllowBlanks, bad = q.flag("allowBlanks", false); bad != nil {
		writeError(w, bad, q.lang)
		return
	}
	if q.values.Has("annexes") {
		v := q.values.Get("annexes")
		opts.Annexes = []render.Annex{}
		for _, c := range strings.ToUpper(v) {
			if c < 'A' || c > 'E' {
				writeError(w, &apiError{Code: CodeParamAnnexes, args: []any{clip(v)}}, q.lang)
				return
			}
			if !slices.Contains(opts.Annexes, render.Annex(string(c))) {
				opts.Annexes = append(opts.Annexes, render.Annex(string(c)))
			}
		}
	}
	a, e := h.decode(w, r, true)
	if e != nil {
		writeError(w, e, q.lang)
		return
	}
	buf := getBuffer()
	defer putBuffer(buf)
	err := func() error {
		defer h.release() // even if the renderer panics
		switch {
		case paged.Is(format):
			return writePaged(buf, a, q.lang, second, format, opts)
		case second != "":
			return render.Parallel(buf, a, q.lang, second, opts)
		}
		return render.Render(buf, a, q.lang, format, opts)
	}()
	if err != nil {
		if be, ok := errors.AsType[*render.BlanksError](err); ok {
			writeError(w, &apiError{Code: CodeBlanks, args: []any{len(be.Paths)}, blanks: be.Paths}, q.lang)
			return
		}
		writeError(w, &apiError{Code: CodeInternal}, q.lang)
		return
	}
	if format == render.HTML {
		w.Header().Set("Content-Security-Policy", htmlPolicy)
	}
	w.Header().Set("Content-Language", string(q.lang))
	writeBody(w, contentType(format), buf.Bytes())
}

// writePaged writes a in the paged format f (DOCX or PDF), in language l,
// or side by side with second when it is set.
func writePaged(w io.Writer, a *dpa.Agreement, l, second i18n.Lang, f render.Format, opts render.Options) error {
	d, err := render.Build(a, l, opts)
	if err != nil {
		return err
	}
	if second == "" {
		return paged.Write(w, d, f)
	}
	r, err := render.Build(a, second, opts)
	if err != nil {
		return err
	}
	return paged.WriteParallel(w, d, r, f)
}

// variants are the names of ?variant=.
var variants = []struct {
	name string
	v    dpa.Variant
}{{"standard", dpa.StandardVariant}, {"form", dpa.FormVariant}, {"openapi", dpa.OpenAPIVariant}}

func (h *Handler) schema(w http.ResponseWriter, r *http.Request, q query) {
	variant, found := dpa.StandardVariant, !q.values.Has("variant")
	name := "standard"
	for _, v := range variants {
		if q.values.Get("variant") == v.name {
			variant, found, name = v.v, true, v.name
		}
	}
	if !found {
		writeError(w, &apiError{Code: CodeParamVariant, args: []any{clip(q.values.Get("variant")), "standard, form, openapi"}}, q.lang)
		return
	}
	var text []i18n.Lang
	for tag := range strings.FieldsFuncSeq(q.values.Get("text"), func(r rune) bool { return r == ',' || r == ' ' }) {
		l, err := i18n.Match(tag)
		if err != nil {
			writeError(w, &apiError{Code: CodeParamLang, args: []any{clip(tag)}}, q.lang)
			return
		}
		text = append(text, l)
	}
	s, err := dpa.Schema(dpa.SchemaLang(q.lang), dpa.SchemaVariant(variant), dpa.SchemaTextLangs(text...))
	if err != nil {
		writeError(w, &apiError{Code: CodeInternal}, q.lang)
		return
	}
	ct := "application/schema+json"
	if name == "openapi" {
		ct = "application/json"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Language", string(q.lang))
	w.Header().Set("Content-Length", strconv.Itoa(len(s)))
	io.WriteString(w, s)
}

// exampleInfo is one entry of GET /v1/examples.
type exampleInfo struct {
	Name string `json:"name"`
	Doc  string `json:"doc"`
}

func (h *Handler) exampleList(w http.ResponseWriter, r *http.Request, q query) {
	var list []exampleInfo
	for _, x := range examples.All() {
		list = append(list, exampleInfo{x.Name, x.Doc})
	}
	writeJSON(w, http.StatusOK, list)
}

func (h *Handler) example(w http.ResponseWriter, r *http.Request, q query) {
	name := r.PathValue("name")
	var names []string
	for _, x := range examples.All() {
		names = append(names, x.Name)
		if x.Name != name {
			continue
		}
		b, err := dpa.Encode(x.Build())
		if err != nil {
			writeError(w, &apiError{Code: CodeInternal}, q.lang)
			return
		}
		writeBody(w, "application/json", b)
		return
	}
	writeError(w, &apiError{Code: CodeExampleUnknown, args: []any{clip(name), strings.Join(names, ", ")}}, q.lang)
}

func (h *Handler) healthz(w http.ResponseWriter, r *http.Request, q query) {
	writeBody(w, "application/json", []byte(`{"status":"ok"}`+"\n"))
}

func (h *Handler) openapi(w http.ResponseWriter, r *http.Request, q query) {
	doc, err := openAPIDocument()
	if err != nil {
		writeError(w, &apiError{Code: CodeInternal}, q.lang)
		return
	}
	writeBody(w, "application/json", doc)
}
