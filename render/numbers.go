package render

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
)

// smallNumbers spells out the numbers one to twelve, by language: Swedish,
// Norwegian and Danish drafting write a small number in running text in
// letters ("to dage", "én måned"; Språkrådet, "Svenska skrivregler",
// https://www.isof.se/; Språkrådet, "Tal og tall",
// https://www.sprakradet.no/sprakhjelp/Skriveregler/Tal/; Dansk Sprognævn,
// "Retskrivningsordbogen", https://dsn.dk/), and the GDPR's English text
// does the same ("within one month", "by two further months", Art. 12(3),
// beside "72 hours", Art. 33(1); review 18 en R14 stands on it). x/text has
// no spell-out, so the words are written here (review 6 da R14). Index 1
// is the form for a unit of common gender.
var smallNumbers = map[i18n.Lang][13]string{
	i18n.EN: {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
	i18n.SV: {"", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"},
	i18n.NB: {"", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"},
	i18n.DA: {"", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"},
}

// oneNeuter is "one" before a neuter unit ("år"): Swedish "ett år",
// Norwegian "ett år", Danish "ét år".
var oneNeuter = map[i18n.Lang]string{i18n.EN: "one", i18n.SV: "ett", i18n.NB: "ett", i18n.DA: "ét"}

// spelled writes period p for running text in the builder's language: a
// value from one to twelve in words ("two days", "én måned", "ett år"),
// any other as [civil.Period.In] writes it, in digits. Tables keep the
// digits. p must be valid and not zero.
func (b *builder) spelled(p civil.Period) string {
	words, ok := smallNumbers[b.l]
	if !ok || p.Value < 1 || p.Value > 12 {
		return p.In(b.l)
	}
	n := words[p.Value]
	if p.Value == 1 && p.Unit == civil.Years {
		n = oneNeuter[b.l]
	}
	return n + "\u00a0" + civil.UnitName(p.Unit, p.Value, b.l)
}

// counted writes a count n of a thing in running text, by the rule
// spelled follows for periods: two to twelve in words ("efter fem
// mislykkede forsøg", "after five consecutive failed log-ins"), any other
// count in digits (review 18 da R14). One stays in digits, since its word
// takes the gender of a noun the phrase names.
func (b *builder) counted(n int) string {
	words, ok := smallNumbers[b.l]
	if !ok || n < 2 || n > 12 {
		return b.count(n)
	}
	return words[n]
}
