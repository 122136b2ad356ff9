package render

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/catalog"
)

// Wording is a company's own text for some clauses of the catalogue, in
// place of dpakit's, loaded by [LoadWording] and used through
// [Options.Wording]. A nil or zero Wording is dpakit's own text.
//
// A Wording holds a complete table of every language, dpakit's text with
// the company's in place, so that rendering with it costs what rendering
// without it does. It is read-only and safe for concurrent use.
type Wording struct {
	tables [numLangs]table
	loaded bool // false in a zero Wording, whose tables are empty
}

// LoadWording reads a company's wording from fsys: one file per language,
// {lang}/messages.gotext.json for each of [i18n.Langs], in the shape of
// render/locales (see its README.md), each message replacing the text of
// its id. It checks, and reports together, that:
//
//   - every language has a file, whose "language" names its directory;
//   - every id exists in dpakit's catalogue, once per file;
//   - each text uses exactly the placeholders of dpakit's English message,
//     by name (a file may declare them, and must then declare the same),
//     and holds no undeclared {Name}, no unmatched brace, and no
//     private-use, control or bidi-control character;
//   - an id replaced in one language is replaced in every language,
//     unless a language's file says "fallback": "builtin", which keeps
//     dpakit's own text in that language for the ids its file lacks;
//   - the files are strict JSON: unknown fields are errors.
//
// The "message" of a file, the English text a translation was made from,
// is kept for the company's own review and not compared. Whether the
// wording still carries every clause Art. 28(3) GDPR requires is for the
// test kit to check: see dpatest.CoversArt28.
func LoadWording(fsys fs.FS) (*Wording, error) {
	if fsys == nil {
		return nil, errors.New("render: wording: nil file system")
	}
	ids := make(map[string]key, numKeys)
	for k := key(1); k < numKeys; k++ {
		ids[keyIDs[k]] = k
	}
	w := &Wording{tables: builtin, loaded: true}
	var errs []error
	replaced := make([]map[key]bool, len(i18n.Langs))
	var all []key
	for li, l := range i18n.Langs {
		name := path.Join(string(l), catalog.FileName)
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w (every language needs a file; to keep dpakit's text in a language, give it one with \"fallback\": \"builtin\")", name, err))
			continue
		}
		f, err := catalog.Decode(data)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		if f.Language != string(l) {
			errs = append(errs, fmt.Errorf("%s: language %q, want %q", name, f.Language, l))
		}
		switch f.Fallback {
		case "":
			replaced[li] = map[key]bool{}
		case "builtin":
		default:
			errs = append(errs, fmt.Errorf("%s: fallback %q: want \"builtin\" or none", name, f.Fallback))
		}
		seen := map[key]bool{}
		for i := range f.Messages {
			m := &f.Messages[i]
			k, ok := ids[m.ID]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: id %q is not in dpakit's catalogue", name, m.ID))
				continue
			}
			if seen[k] {
				errs = append(errs, fmt.Errorf("%s: id %q twice", name, m.ID))
				continue
			}
			seen[k] = true
			if !slices.Contains(all, k) {
				all = append(all, k)
			}
			pieces, err := catalog.CompileFor(m, keyArgs[k])
			if err != nil {
				errs = append(errs, fmt.Errorf("%s %s: %w", name, m.ID, err))
				continue
			}
			w.tables[langIndex(l)][k] = compiled(pieces)
		}
		if replaced[li] != nil {
			replaced[li] = seen
		}
	}
	for li, l := range i18n.Langs {
		if replaced[li] == nil {
			continue
		}
		var missing []string
		for _, k := range all {
			if !replaced[li][k] {
				missing = append(missing, keyIDs[k])
			}
		}
		if len(missing) > 0 {
			errs = append(errs, fmt.Errorf("%s: lacks %s, which another language replaces; replace it here too or say \"fallback\": \"builtin\"", path.Join(string(l), catalog.FileName), strings.Join(missing, ", ")))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("render: wording: %w", err)
	}
	return w, nil
}

// compiled converts pieces of internal/catalog to a template.
func compiled(pieces []catalog.Piece) template {
	t := make(template, len(pieces))
	for i, p := range pieces {
		t[i] = piece{lit: p.Lit, arg: p.Arg}
	}
	return t
}

// table returns the templates of the language: the wording's, or dpakit's
// for a nil or zero wording.
func (w *Wording) table(d *langData) *table {
	if w == nil || !w.loaded {
		return d.cat
	}
	return &w.tables[langIndex(d.lang)]
}
