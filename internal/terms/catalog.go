package terms

//go:generate go run ../catalog/catalogen -target terms

import (
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// The titles and help texts of types and fields are data:
// locales/{en,sv,nb,da}/messages.gotext.json, in the shape of x/text's
// gotext catalogues, which go generate compiles into catalog_gen.go with
// internal/catalog, the generator of render's clause catalogue. A term's
// key with ".title" is the id of its title, with ".help" the id of its
// description: "annex.SubProcessor.Name.title". Enum names are not here:
// they stay in the definitions tables beside their constants.
// locales/README.md tells translators how to edit the files.

// key names a text of the catalogue; noKey (0) is no text.
type key uint16

// template is a compiled text. Term texts have no placeholders, so a
// template is one literal piece; the type is the generator's shape, shared
// with render.
type template []piece

type piece struct {
	lit string // literal text, or
	arg int    // 1-based argument number (none in this catalogue)
}

// text returns the template's literal text. A term text has no
// placeholders: one that declares some panics when the package is
// initialised, so that any test run finds it.
func (t template) text() string {
	var b strings.Builder
	for _, p := range t {
		if p.arg != 0 {
			panic("terms: a title or help text with a placeholder")
		}
		b.WriteString(p.lit)
	}
	return b.String()
}

// dataTerms returns the terms of the compiled catalogue by key: each id
// "<key>.title" sets the key's title in every language, "<key>.help" its
// description, and "<key>.choice" the fuller title of an enum value as a
// choice in a form (see [ChoiceTitle]), returned in choices.
func dataTerms() (terms map[Key]Term, choices map[Key]i18n.Text) {
	out := map[Key]Term{}
	choices = map[Key]i18n.Text{}
	for k := key(1); k < numKeys; k++ {
		id := keyIDs[k]
		base, part, _ := cutLast(id, ".")
		t := out[Key(base)]
		for li, l := range catalogueLangs {
			s := builtin[li][k].text()
			switch part {
			case "title":
				t.Title = t.Title.Set(i18n.Lang(l), s)
			case "help":
				t.Description = t.Description.Set(i18n.Lang(l), s)
			case "choice":
				choices[Key(base)] = choices[Key(base)].Set(i18n.Lang(l), s)
			default:
				panic("terms: catalogue id " + id + " ends in none of .title, .help and .choice")
			}
		}
		if part != "choice" {
			out[Key(base)] = t
		}
	}
	return out, choices
}

// cutLast slices s around the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}
