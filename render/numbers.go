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
// "Retskrivningsordbogen", https://dsn.dk/), and plain English drafting
// does the same. x/text has no spell-out, so the words are written here
// (review 6 da R14). Index 1 is the form for a unit of common gender.
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
