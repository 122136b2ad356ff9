// Package catalog loads, checks and compiles the module's catalogues of
// translated text: one file per language, {pkg}/locales/{lang}/messages.gotext.json,
// in the shape of x/text's gotext catalogues (an id, the English source,
// the translation, named placeholders and notes for translators). Each
// [Target] is one catalogue: render's clauses ([Render]), the titles and
// help texts of internal/terms ([Terms]), and the messages of the finding
// codes of finding, dpa, annex and profile ([Targets]), which are written
// as Printf formats for the message.Printer that formats a finding.
//
// The same checks serve the built-in files, when go generate compiles them
// into each package's catalog_gen.go, and a company's own wording, when
// render.LoadWording reads it. Each package tests with
// [Target.CheckGenerated] that its generated file is current and with
// [CheckCurrent] that no translation is stale beyond its known-gaps list.
// render/locales/README.md describes the files for translators.
package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FileName is the name of each language's file inside its directory.
const FileName = "messages.gotext.json"

// File is one language's catalogue.
type File struct {
	// Language is the file's language, the name of its directory.
	Language string `json:"language"`
	// Fallback, in a company's wording only, is "builtin": ids this
	// language's file lacks keep dpakit's own text in this language.
	Fallback string `json:"fallback,omitempty"`
	// Messages are the texts, in the order of the English file.
	Messages []Message `json:"messages"`
}

// Message is one text of a catalogue.
type Message struct {
	// ID names the text; the Go key is derived from it.
	ID string `json:"id"`
	// Message is the English source the translation was made from. In the
	// English file it equals Translation.
	Message string `json:"message"`
	// Translation is the text in the file's language, with placeholders
	// written {Name}.
	Translation string `json:"translation"`
	// Comment is the note for lawyers and translators: what the text is
	// and its legal reference.
	Comment string `json:"comment,omitempty"`
	// Placeholders declares each {Name} the text uses.
	Placeholders []Placeholder `json:"placeholders,omitempty"`
}

// Placeholder declares a named argument of a message.
type Placeholder struct {
	// ID is the name written {ID} in the text.
	ID string `json:"id"`
	// String is the argument as a Go verb, as in gotext: %[n]s for a
	// string, %[n]d for an int, and for type any %[n]v, %[n]q, %[n]s or
	// %[n]d, the verb a message.Printer formats it with.
	String string `json:"string"`
	// Type and UnderlyingType are "string", "int" for a count the
	// renderer has already formatted with the language's digits, or "any"
	// in a catalogue whose texts a message.Printer formats (finding
	// messages): any value, numbers written in the language's format.
	Type           string `json:"type"`
	UnderlyingType string `json:"underlyingType"`
	// ArgNum is the argument's 1-based position in the call.
	ArgNum int `json:"argNum"`
	// Comment says what fills the placeholder.
	Comment string `json:"comment,omitempty"`
	// Example is a value it may have.
	Example string `json:"example,omitempty"`
}

// Piece is a part of a compiled text: literal text, or the 1-based
// argument number Arg.
type Piece struct {
	Lit string
	Arg int
}

// Decode reads a catalogue file strictly: unknown fields and trailing
// data are errors.
func Decode(data []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the catalogue")
	}
	return &f, nil
}

// ReadDir reads {lang}/messages.gotext.json of each language from fsys.
// A missing file is an error naming it.
func ReadDir(fsys fs.FS, langs []string) ([]*File, error) {
	var files []*File
	for _, l := range langs {
		name := path.Join(l, FileName)
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		f, err := Decode(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if f.Language != l {
			return nil, fmt.Errorf("%s: language %q, want %q", name, f.Language, l)
		}
		files = append(files, f)
	}
	return files, nil
}

// Names returns the placeholder names of m by argument number, after
// checking the declarations: numbered 1 to n without gaps, unique names,
// and String, Type and UnderlyingType that agree with ArgNum.
func Names(m *Message) ([]string, error) {
	names, _, err := declared(m)
	return names, err
}

// declared returns the placeholder names and verbs (String) of m by
// argument number, checked as [Names] says.
func declared(m *Message) (names, verbs []string, err error) {
	names = make([]string, len(m.Placeholders))
	verbs = make([]string, len(m.Placeholders))
	for _, p := range m.Placeholders {
		if p.ArgNum < 1 || p.ArgNum > len(names) || names[p.ArgNum-1] != "" {
			return nil, nil, fmt.Errorf("placeholder %q: argNum %d: want each of 1 to %d once", p.ID, p.ArgNum, len(names))
		}
		if !validName(p.ID) {
			return nil, nil, fmt.Errorf("placeholder %q: want a name of letters and digits starting with a capital", p.ID)
		}
		var allowed string
		switch p.Type {
		case "string":
			allowed = "s"
		case "int":
			allowed = "d"
		case "any":
			allowed = "vqsd"
		default:
			return nil, nil, fmt.Errorf("placeholder %q: type %q, want string, int or any", p.ID, p.Type)
		}
		prefix := "%[" + strconv.Itoa(p.ArgNum) + "]"
		verb, ok := strings.CutPrefix(p.String, prefix)
		if p.UnderlyingType != p.Type || !ok || len(verb) != 1 || !strings.Contains(allowed, verb) {
			return nil, nil, fmt.Errorf("placeholder %q: string %q and underlyingType %q do not agree with argNum %d and type %q", p.ID, p.String, p.UnderlyingType, p.ArgNum, p.Type)
		}
		for _, n := range names {
			if n == p.ID {
				return nil, nil, fmt.Errorf("placeholder %q declared twice", p.ID)
			}
		}
		names[p.ArgNum-1] = p.ID
		verbs[p.ArgNum-1] = p.String
	}
	return names, verbs, nil
}

func validName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// Compile parses text with placeholders {Name}, one of names (by argument
// number), into pieces. Every name must be used; a brace that does not
// open a declared placeholder, invalid UTF-8, private-use characters (the
// renderer's marks), control characters (a new line among them), line and
// paragraph separators and bidi controls are errors.
func Compile(text string, names []string) ([]Piece, error) {
	if !utf8.ValidString(text) {
		return nil, errors.New("text is not valid UTF-8")
	}
	for i, r := range text {
		switch {
		case r >= 0xE000 && r <= 0xF8FF:
			return nil, fmt.Errorf("private-use character %U at byte %d", r, i)
		case unicode.In(r, unicode.Cc, unicode.Zl, unicode.Zp, unicode.Bidi_Control):
			// A renderer cleans such characters out of the parties' text;
			// a clause must not bring them back: a line break that is no
			// paragraph, or a bidi override that shows the text in another
			// order than it reads.
			return nil, fmt.Errorf("control, line-separator or bidi-control character %U at byte %d", r, i)
		}
	}
	var out []Piece
	used := make([]bool, len(names))
	rest := text
	for rest != "" {
		i := strings.IndexAny(rest, "{}")
		if i < 0 {
			out = append(out, Piece{Lit: rest})
			break
		}
		if rest[i] == '}' {
			return nil, fmt.Errorf("unmatched } in %q", rest)
		}
		if i > 0 {
			out = append(out, Piece{Lit: rest[:i]})
		}
		end := strings.IndexByte(rest[i:], '}')
		if end < 0 {
			return nil, fmt.Errorf("unclosed { in %q", rest[i:])
		}
		name := rest[i+1 : i+end]
		n := -1
		for j, x := range names {
			if x == name {
				n = j
			}
		}
		if n < 0 {
			return nil, fmt.Errorf("{%s} is not a declared placeholder (declared: %v)", name, names)
		}
		used[n] = true
		out = append(out, Piece{Arg: n + 1})
		rest = rest[i+end+1:]
	}
	for j, u := range used {
		if !u {
			return nil, fmt.Errorf("placeholder {%s} is declared but not used", names[j])
		}
	}
	return out, nil
}

// Catalogue is the checked set of built-in files: English first.
type Catalogue struct {
	// Langs are the languages, English first.
	Langs []string
	// IDs are the message ids in the order of the English file.
	IDs []string
	// Names are the placeholder names of each id, by argument number.
	Names [][]string
	// Verbs are English's declarations of them (String, such as %[1]v).
	Verbs [][]string
	// Pieces holds the compiled text of each language and id.
	Pieces [][][]Piece
	// Files are the files as read.
	Files []*File
}

// Check checks the built-in files, English first, and compiles them:
// every id of English exists in every language and no other; each
// translation declares the same placeholders as English and uses each;
// English translates itself. It reports every problem it finds.
func Check(files []*File) (*Catalogue, error) {
	if len(files) == 0 || files[0].Language != "en" {
		return nil, errors.New("the English file comes first")
	}
	en := files[0]
	c := &Catalogue{Files: files}
	var errs []error
	index := map[string]int{}
	for i := range en.Messages {
		m := &en.Messages[i]
		if _, dup := index[m.ID]; dup || m.ID == "" {
			errs = append(errs, fmt.Errorf("en: id %q is empty or not unique", m.ID))
			continue
		}
		if m.Message != m.Translation {
			errs = append(errs, fmt.Errorf("en %s: the translation differs from the message; in English they are the same text", m.ID))
		}
		names, verbs, err := declared(m)
		if err != nil {
			errs = append(errs, fmt.Errorf("en %s: %w", m.ID, err))
		}
		index[m.ID] = len(c.IDs)
		c.IDs = append(c.IDs, m.ID)
		c.Names = append(c.Names, names)
		c.Verbs = append(c.Verbs, verbs)
	}
	for _, f := range files {
		c.Langs = append(c.Langs, f.Language)
		pieces := make([][]Piece, len(c.IDs))
		seen := make([]bool, len(c.IDs))
		for i := range f.Messages {
			m := &f.Messages[i]
			k, ok := index[m.ID]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: id %q is not in the English file", f.Language, m.ID))
				continue
			}
			if seen[k] {
				errs = append(errs, fmt.Errorf("%s: id %q twice", f.Language, m.ID))
				continue
			}
			seen[k] = true
			p, err := CompileFor(m, c.Names[k])
			if err != nil {
				errs = append(errs, fmt.Errorf("%s %s: %w", f.Language, m.ID, err))
			}
			pieces[k] = p
		}
		for k, ok := range seen {
			if !ok {
				errs = append(errs, fmt.Errorf("%s: id %q is missing", f.Language, c.IDs[k]))
			}
		}
		c.Pieces = append(c.Pieces, pieces)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return c, nil
}

// CompileFor checks that m declares exactly the placeholders names (the
// English message's, by argument number) — or declares none, taking
// English's — and compiles its translation.
func CompileFor(m *Message, names []string) ([]Piece, error) {
	if len(m.Placeholders) > 0 {
		got, err := Names(m)
		if err != nil {
			return nil, err
		}
		if strings.Join(got, ",") != strings.Join(names, ",") {
			return nil, fmt.Errorf("placeholders %v, want those of English: %v", got, names)
		}
	}
	return Compile(m.Translation, names)
}

// Pair names a translation: its language and id.
type Pair struct {
	Language string `json:"language"`
	ID       string `json:"id"`
}

// Gap is an entry of the known-gaps list: a stale translation allowed for
// now, and why.
type Gap struct {
	Language string `json:"language"`
	ID       string `json:"id"`
	Reason   string `json:"reason"`
}

// Stale lists the translations whose recorded English source differs from
// the current English message, in file order.
func Stale(files []*File) []Pair {
	if len(files) == 0 {
		return nil
	}
	current := map[string]string{}
	for _, m := range files[0].Messages {
		current[m.ID] = m.Message
	}
	var out []Pair
	for _, f := range files[1:] {
		for _, m := range f.Messages {
			if en, ok := current[m.ID]; ok && en != m.Message {
				out = append(out, Pair{f.Language, m.ID})
			}
		}
	}
	return out
}

// DecodeGaps reads a known-gaps list strictly.
func DecodeGaps(data []byte) ([]Gap, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g []Gap
	if err := dec.Decode(&g); err != nil {
		return nil, err
	}
	for _, x := range g {
		if strings.TrimSpace(x.Reason) == "" {
			return nil, fmt.Errorf("known gap %s %s: no reason", x.Language, x.ID)
		}
	}
	return g, nil
}

// CheckStale compares the stale translations with the known gaps, which
// may only shrink: a stale translation not on the list is an error, and
// so is a listed one that is no longer stale.
func CheckStale(files []*File, gaps []Gap) error {
	listed := map[Pair]bool{}
	for _, g := range gaps {
		listed[Pair{g.Language, g.ID}] = true
	}
	var errs []error
	for _, p := range Stale(files) {
		if !listed[p] {
			errs = append(errs, fmt.Errorf("%s %s is stale: the English text changed since it was translated; review the translation and copy the current English into its \"message\"", p.Language, p.ID))
		}
		delete(listed, p)
	}
	for _, g := range gaps {
		if p := (Pair{g.Language, g.ID}); listed[p] {
			errs = append(errs, fmt.Errorf("%s %s is on the known-gaps list but no longer stale; remove it from the list", p.Language, p.ID))
			delete(listed, p)
		}
	}
	return errors.Join(errs...)
}
