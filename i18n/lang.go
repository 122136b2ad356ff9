package i18n

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Lang is one of the languages dpakit writes agreements in, as a BCP 47 tag.
type Lang string

// The supported languages.
const (
	EN Lang = "en" // English
	SV Lang = "sv" // Swedish
	NB Lang = "nb" // Norwegian Bokmål (also reached as "no", and "nn" falls back to it)
	DA Lang = "da" // Danish
)

// Langs lists the supported languages in a fixed order: English first, as the
// default, then the Nordic languages.
var Langs = []Lang{EN, SV, NB, DA}

// tags are the language tags of [Langs], in the same order.
var tags = []language.Tag{language.English, language.Swedish, language.MustParse("nb"), language.Danish}

// bases maps the base language of a tag to the Lang that renders it: each
// Lang's own, and the two other Norwegian codes for Bokmål.
var bases = map[string]Lang{
	"en": EN,
	"sv": SV,
	"da": DA,
	"nb": NB,
	"no": NB, // the macrolanguage Norwegian, written as Bokmål
	"nn": NB, // Nynorsk: its readers read Bokmål, as CLDR's matching data says
}

// Valid reports whether l is one of [Langs].
func (l Lang) Valid() bool {
	switch l {
	case EN, SV, NB, DA:
		return true
	}
	return false
}

// Tag returns the language tag of l.
func (l Lang) Tag() language.Tag {
	for i, x := range Langs {
		if x == l {
			return tags[i]
		}
	}
	return language.Und
}

// Name returns the language's name in its own language ("svenska").
func (l Lang) Name() string {
	switch l {
	case EN:
		return "English"
	case SV:
		return "svenska"
	case NB:
		return "norsk bokmål"
	case DA:
		return "dansk"
	}
	return string(l)
}

// UnsupportedError reports a language dpakit does not write.
type UnsupportedError struct {
	Tag string // the tag that was asked for
}

// Error names the tag and lists the supported languages; a nil e names no
// tag.
func (e *UnsupportedError) Error() string {
	tag := ""
	if e != nil {
		tag = e.Tag
	}
	names := make([]string, len(Langs))
	for i, l := range Langs {
		names[i] = string(l)
	}
	return fmt.Sprintf("i18n: unsupported language %q (supported: %s)", tag, strings.Join(names, ", "))
}

// Match returns the supported language for a BCP 47 tag such as "sv-SE",
// "en-GB", "no", "nn" or "da-DK": the language the tag names, whatever its
// region, script or extensions. Norwegian ("no") and Nynorsk ("nn") give
// Bokmål, [NB]. Any other language is an [*UnsupportedError] that lists the
// supported ones, and so are the empty tag, "und" and a tag that is not
// well-formed.
//
// Match reads the base language of the tag rather than asking x/text's
// [language.Matcher]: the matcher falls back from some languages to one
// the reader did not ask for, with high confidence (Icelandic and Klingon
// to English, Faroese to Danish), where an agreement needs the language
// asked for or a clear error.
func Match(tag string) (Lang, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", &UnsupportedError{Tag: tag}
	}
	base, conf := t.Base()
	if conf != language.Exact {
		return "", &UnsupportedError{Tag: tag} // "und" or no language at all; Base guesses English
	}
	l, ok := bases[base.String()]
	if !ok {
		return "", &UnsupportedError{Tag: tag}
	}
	return l, nil
}
