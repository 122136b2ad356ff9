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

var (
	tags    = []language.Tag{language.English, language.Swedish, language.MustParse("nb"), language.Danish}
	matcher = language.NewMatcher(tags)
)

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

func (e *UnsupportedError) Error() string {
	names := make([]string, len(Langs))
	for i, l := range Langs {
		names[i] = string(l)
	}
	return fmt.Sprintf("i18n: unsupported language %q (supported: %s)", e.Tag, strings.Join(names, ", "))
}

// Match returns the supported language for a BCP 47 tag such as "sv-SE",
// "no", "nn" or "da". A tag that matches none of them with at least high
// confidence is an [*UnsupportedError] that lists the supported languages.
func Match(tag string) (Lang, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", &UnsupportedError{Tag: tag}
	}
	_, i, conf := matcher.Match(t)
	if conf < language.High {
		return "", &UnsupportedError{Tag: tag}
	}
	return Langs[i], nil
}
