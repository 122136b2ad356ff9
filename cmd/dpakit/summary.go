package main

import (
	"slices"
	"strings"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The summary's counts, as catalog keys. Each is translated with CLDR
// plural rules, so that a language with more forms than two, or other
// rules for one, needs no change in the code.
const (
	keyErrors   = "%d errors"
	keyWarnings = "%d warnings"
	keyNotes    = "%d notes"
)

// counted is a noun in its singular and plural form, with the number
// before it.
type counted struct{ one, other string }

// summaryWords are the summary's nouns in each language: findings of
// severity error, warning and info.
var summaryWords = map[i18n.Lang][3]counted{
	i18n.EN: {{"%d error", "%d errors"}, {"%d warning", "%d warnings"}, {"%d note", "%d notes"}},
	i18n.SV: {{"%d fel", "%d fel"}, {"%d varning", "%d varningar"}, {"%d anmärkning", "%d anmärkningar"}},
	i18n.NB: {{"%d feil", "%d feil"}, {"%d advarsel", "%d advarsler"}, {"%d merknad", "%d merknader"}},
	i18n.DA: {{"%d fejl", "%d fejl"}, {"%d advarsel", "%d advarsler"}, {"%d bemærkning", "%d bemærkninger"}},
}

// severityWord returns the word for s in language l, the singular of the
// summary's noun for that severity ("fel", "varning", "anmärkning"), so
// that a finding's line and the summary name it alike (review 44 sv S8:
// "error" in a Swedish report); s itself when it is none of the three.
// JSON keeps the codes error, warning and info.
func severityWord(l i18n.Lang, s finding.Severity) string {
	words, ok := summaryWords[l]
	if !ok {
		words = summaryWords[i18n.EN]
	}
	i := slices.Index([]finding.Severity{finding.Error, finding.Warning, finding.Info}, s)
	if i < 0 {
		return string(s)
	}
	return strings.TrimPrefix(words[i].one, "%d ")
}

// draftNote follows the summary of a draft: its blank fields are counted
// as warnings, where a final agreement's are errors.
var draftNote = map[i18n.Lang]string{
	i18n.EN: "(a draft: its blank fields are warnings here and would be errors in a final agreement)",
	i18n.SV: "(ett utkast: tomma fält redovisas här som varningar men vore fel i ett slutligt avtal)",
	i18n.NB: "(et utkast: åpne felt vises her som advarsler, men ville vært feil i en endelig avtale)",
	i18n.DA: "(et udkast: felter, der ikke er udfyldt, vises her som advarsler, men ville være fejl i en endelig aftale)",
}

// summaryCatalog holds summaryWords as plural messages.
var summaryCatalog = func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for lang, words := range summaryWords {
		tag := language.MustParse(string(lang))
		for i, key := range []string{keyErrors, keyWarnings, keyNotes} {
			w := words[i]
			if err := b.Set(tag, key, plural.Selectf(1, "%d", plural.One, w.one, plural.Other, w.other)); err != nil {
				panic(err)
			}
		}
	}
	return b
}()

// summary returns "1 error, 2 warnings" in the language, with its plural
// forms and its way of writing numbers ("1 234" in Swedish, "1.234" in
// Danish); the count of notes (findings of severity info) follows only
// when there are some.
func summary(lang i18n.Lang, errors, warnings, notes int) string {
	p := message.NewPrinter(language.MustParse(string(lang)), message.Catalog(summaryCatalog))
	parts := []string{p.Sprintf(keyErrors, errors), p.Sprintf(keyWarnings, warnings)}
	if notes > 0 {
		parts = append(parts, p.Sprintf(keyNotes, notes))
	}
	return strings.Join(parts, ", ")
}
