package render

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// wordingFS returns a company wording of the files given by language,
// each a JSON object's body after "language"; a language absent from
// files has no file.
func wordingFS(files map[i18n.Lang]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for l, body := range files {
		fsys[string(l)+"/messages.gotext.json"] = &fstest.MapFile{Data: []byte(`{"language": "` + string(l) + `", ` + body + `}`)}
	}
	return fsys
}

// twoClauses replaces the heading of the breach clause and, with its
// placeholder, the breach deadline, in every language.
func twoClauses() map[i18n.Lang]string {
	return map[i18n.Lang]string{
		i18n.EN: `"messages": [{"id": "h.breach", "translation": "ACME breaches"}, {"id": "breach.deadline.breach", "translation": "ACME within {Deadline}."}]`,
		i18n.SV: `"messages": [{"id": "h.breach", "translation": "ACME incidenter"}, {"id": "breach.deadline.breach", "translation": "ACME inom {Deadline}."}]`,
		i18n.NB: `"messages": [{"id": "h.breach", "translation": "ACME brudd"}, {"id": "breach.deadline.breach", "translation": "ACME innen {Deadline}."}]`,
		i18n.DA: `"messages": [{"id": "h.breach", "translation": "ACME brud"}, {"id": "breach.deadline.breach", "translation": "ACME inden {Deadline}."}]`,
	}
}

func TestWordingOverrides(t *testing.T) {
	w, err := LoadWording(wordingFS(twoClauses()))
	if err != nil {
		t.Fatal(err)
	}
	a := examples.Reference()
	for _, l := range i18n.Langs {
		plain := build(t, a, l)
		d, err := Build(a, l, Options{Wording: w, AllowBlanks: true})
		if err != nil {
			t.Fatal(err)
		}
		got := findSection(d.Sections, "breach")
		if !strings.HasPrefix(got.Heading, "ACME ") {
			t.Errorf("%s: breach heading %q, want the company's", l, got.Heading)
		}
		// The breach deadline is the section's first paragraph: it is the
		// one sentence of the duty to notify ("without undue delay and at
		// the latest within").
		text := plainText(got.Blocks[0].(*Paragraph).Spans)
		want := plainText(findSection(plain.Sections, "breach").Blocks[0].(*Paragraph).Spans)
		if !strings.HasPrefix(text, "ACME ") || text == want {
			t.Errorf("%s: breach deadline %q, want the company's", l, text)
		}
		// The deadline still fills its placeholder: the period of the
		// built-in text appears in the company's.
		if p := spelledIn(a.Clauses.BreachNotification[0].Within, l); !strings.Contains(text, p) {
			t.Errorf("%s: breach deadline %q lacks the period %q", l, text, p)
		}
		// Every other clause is dpakit's.
		if g, p := plainText(findSection(d.Sections, "confidentiality").Blocks[0].(*Paragraph).Spans),
			plainText(findSection(plain.Sections, "confidentiality").Blocks[0].(*Paragraph).Spans); g != p {
			t.Errorf("%s: a clause the wording does not replace changed: %q, want %q", l, g, p)
		}
	}
	// Loading a wording does not change dpakit's own text.
	if d := build(t, a, i18n.EN); strings.HasPrefix(findSection(d.Sections, "breach").Heading, "ACME") {
		t.Error("loading a wording changed the built-in catalogue")
	}
}

// TestWordingTOC checks that the table of contents' heading, which the
// writers print, follows the wording too.
func TestWordingTOC(t *testing.T) {
	files := map[i18n.Lang]string{}
	for _, l := range i18n.Langs {
		files[l] = `"messages": [{"id": "toc", "translation": "ACME index"}]`
	}
	w, err := LoadWording(wordingFS(files))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, examples.Reference(), i18n.SV, f, Options{Wording: w, TOC: true}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "ACME index") {
			t.Errorf("%s: the table of contents does not have the wording's heading", f)
		}
	}
}

func TestWordingFallback(t *testing.T) {
	files := twoClauses()
	files[i18n.DA] = `"fallback": "builtin", "messages": [{"id": "h.breach", "translation": "ACME brud"}]`
	w, err := LoadWording(wordingFS(files))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Build(examples.Reference(), i18n.DA, Options{Wording: w, AllowBlanks: true})
	if err != nil {
		t.Fatal(err)
	}
	s := findSection(d.Sections, "breach")
	if got, want := plainText(s.Blocks[1].(*Paragraph).Spans), plainText(findSection(build(t, examples.Reference(), i18n.DA).Sections, "breach").Blocks[1].(*Paragraph).Spans); got != want {
		t.Errorf("da with fallback builtin: breach deadline %q, want dpakit's %q", got, want)
	}
	if s.Heading != "ACME brud" {
		t.Errorf("da with fallback builtin: heading %q, want the company's", s.Heading)
	}
}

// TestWordingRejects breaks a valid wording in one way each.
func TestWordingRejects(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(map[i18n.Lang]string)
		want   string
		reason string
	}{
		{"no file", func(f map[i18n.Lang]string) { delete(f, i18n.NB) }, "nb/messages.gotext.json", "every language present"},
		{"lacks an id", func(f map[i18n.Lang]string) {
			f[i18n.SV] = `"messages": [{"id": "h.breach", "translation": "ACME incidenter"}]`
		}, "lacks breach.deadline.breach", "an id replaced in one language is replaced in all, or the fallback is explicit"},
		{"unknown fallback", func(f map[i18n.Lang]string) { f[i18n.SV] = `"fallback": "en", ` + f[i18n.SV] }, `fallback "en"`, "the only fallback is dpakit's own text"},
		{"unknown id", func(f map[i18n.Lang]string) { f[i18n.EN] = strings.Replace(f[i18n.EN], `"h.breach"`, `"h.braech"`, 1) }, `"h.braech" is not in dpakit's catalogue`, "a misspelt id is not silently ignored"},
		{"twice", func(f map[i18n.Lang]string) {
			f[i18n.EN] = strings.Replace(f[i18n.EN], `"breach.deadline.breach"`, `"h.breach"`, 1)
		}, "twice", "one text per id"},
		{"undeclared placeholder", func(f map[i18n.Lang]string) { f[i18n.SV] = strings.Replace(f[i18n.SV], "{Deadline}", "{Tid}", 1) }, "{Tid} is not a declared placeholder", "placeholders are dpakit's"},
		{"dropped placeholder", func(f map[i18n.Lang]string) { f[i18n.SV] = strings.Replace(f[i18n.SV], "{Deadline}", "72 timmar", 1) }, "{Deadline} is declared but not used", "the agreement's value must appear"},
		{"other placeholders", func(f map[i18n.Lang]string) {
			f[i18n.EN] = strings.Replace(f[i18n.EN], `"translation": "ACME within {Deadline}."`, `"translation": "ACME within {Deadline}.", "placeholders": [{"id": "Period", "string": "%[1]s", "type": "string", "underlyingType": "string", "argNum": 1}]`, 1)
		}, "want those of English", "declared placeholders are dpakit's English ones"},
		{"mark", func(f map[i18n.Lang]string) {
			f[i18n.DA] = strings.Replace(f[i18n.DA], "ACME brud", "ACME \uE001brud", 1)
		}, "private-use", "the builder's marks cannot come from a wording"},
		{"new line", func(f map[i18n.Lang]string) { f[i18n.DA] = strings.Replace(f[i18n.DA], "ACME brud", `ACME\nbrud`, 1) }, "control", "a company's text is one line, as the parties' is"},
		{"unknown field", func(f map[i18n.Lang]string) { f[i18n.NB] = `"lang": "nb", ` + f[i18n.NB] }, "unknown field", "strict JSON"},
		{"wrong language", func(f map[i18n.Lang]string) { f[i18n.NB] += `, "language": "da"` }, `language "da", want "nb"`, "a file's language is its directory's"},
	}
	for _, tt := range tests {
		files := twoClauses()
		tt.edit(files)
		w, err := LoadWording(wordingFS(files))
		if err == nil || w != nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s (%s): LoadWording = (wording %t), %v; want an error containing %q", tt.name, tt.reason, w != nil, err, tt.want)
		}
	}
	if w, err := LoadWording(nil); err == nil || w != nil {
		t.Errorf("LoadWording(nil) = (wording %t), %v; want an error", w != nil, err)
	}
}

// TestWordingZero checks that a zero Wording, not loaded, is dpakit's text
// rather than empty text.
func TestWordingZero(t *testing.T) {
	d, err := Build(examples.Reference(), i18n.SV, Options{Wording: &Wording{}, AllowBlanks: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := findSection(d.Sections, "breach").Heading, lookup(i18n.SV, kHBreach, nil); got != want {
		t.Errorf("zero Wording: breach heading %q, want dpakit's %q", got, want)
	}
}
