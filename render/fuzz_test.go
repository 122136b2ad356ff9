package render

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
)

// FuzzRender runs the whole path a contract system runs on every save:
// decode, validate (the built-in rules, and a Validator with every
// profile), render in every language and format, and side by side. For
// any input that decodes, nothing panics, no rule panics (which a Validator
// would report as a finding), and rendering fails only with a
// *BlanksError, only for a final agreement, naming its blanks by JSON
// Pointer; with AllowBlanks it does not fail at all. Every HTML page passes
// safeHTML, every Markdown text safeMarkdown, and no output carries a
// control, bidi or private-use character. It is seeded from the example
// JSON files and from seed 004 with each string of the injection corpus
// (TestInjections) under 1 KB in every field.
func FuzzRender(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "json", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no example JSON files: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	addEncoded := func(a *dpa.Agreement) {
		b, err := dpa.Encode(a)
		if err != nil {
			f.Fatalf("encode a seed: %v", err)
		}
		f.Add(b)
	}
	for _, in := range injections {
		if len(in.s) > 1<<10 {
			continue
		}
		a := examples.Seed004()
		fill(a, strings.ToValidUTF8(in.s, "\ufffd")) // JSON holds only UTF-8
		a.Clauses.Assistance.Fee.Currency = "DKK"
		addEncoded(a)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"status":"final"}`))
	f.Add([]byte(`{"status":"draft","languages":["xx"],"annexes":{"b":{"entries":[{"id":"a","engagedBy":"a"},{"id":"b","engagedBy":"a"}]}}}`))
	v, err := dpa.NewValidator(dpa.WithProfiles(profile.All()...))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpa.Decode(data)
		if err != nil {
			return
		}
		dpa.Validate(a)
		for _, fd := range v.Validate(a) {
			if fd.Code == dpa.CodeRulePanicked {
				t.Errorf("a rule panicked: %s at %s: %v", fd.Code, fd.Path, fd.Message(i18n.EN))
			}
		}
		var buf bytes.Buffer
		for _, l := range i18n.Langs {
			for _, f := range Formats {
				buf.Reset()
				err := Render(&buf, a, l, f, Options{})
				if err != nil {
					var be *BlanksError
					switch {
					case !errors.As(err, &be):
						t.Fatalf("%s/%s: %v; a decoded agreement may only be refused for its blanks", l, f, err)
					case a.Status != dpa.Final:
						t.Fatalf("%s/%s: a %q agreement refused for its blanks; only a final one may be", l, f, a.Status)
					case len(be.Paths) == 0:
						t.Fatalf("%s/%s: a BlanksError without blanks", l, f)
					}
					for _, p := range be.Paths {
						if !strings.HasPrefix(p, "/") {
							t.Errorf("%s/%s: blank %q is not a JSON Pointer", l, f, p)
						}
					}
					buf.Reset()
					if err := Render(&buf, a, l, f, Options{AllowBlanks: true}); err != nil {
						t.Fatalf("%s/%s with AllowBlanks: %v", l, f, err)
					}
				}
				checkOutput(t, string(l)+"/"+string(f), f, buf.String())
			}
		}
		buf.Reset()
		if err := Parallel(&buf, a, i18n.SV, i18n.EN, Options{AllowBlanks: true, TOC: true}); err != nil {
			t.Fatalf("parallel: %v", err)
		}
		checkOutput(t, "parallel", HTML, buf.String())
	})
}

// checkOutput applies the safety checks of format f to out.
func checkOutput(t *testing.T, where string, f Format, out string) {
	t.Helper()
	if r, ok := unsafeChar(out); ok {
		t.Errorf("%s: %+q reached the output", where, r)
	}
	switch f {
	case HTML:
		if err := safeHTML(out); err != nil {
			t.Errorf("%s: %v", where, err)
		}
	case Markdown:
		if err := safeMarkdown(out); err != nil {
			t.Errorf("%s: %v", where, err)
		}
	}
}
