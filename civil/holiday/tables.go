package holiday

import "time"

// The calendars. Each rule names the statute it comes from; the sources
// are the official texts. The tables describe the law in force on
// 1 December 2026, with the changes since 2005 dated (Sweden's national
// day and annandag pingst; Denmark's store bededag); older history is
// not modelled.

// sweden: the public holidays (allmänna helgdagar) of lag (1989:253) om
// allmänna helgdagar, 1 and 2 §§, as amended by lag (2004:1320) from 2005,
// and the days that lag (1930:173) om beräkning av lagstadgad tid, 2 §,
// treats as them for time limits: midsommarafton, julafton and
// nyårsafton. Those three are not public holidays in law, but the
// Swedish rule on time limits lists them beside the public holidays, and
// so do most Swedish agreements; clause 1.3 names them as days "which
// that law treats as a public holiday when it counts time limits".
var sweden = Calendar{
	country: "SE",
	sources: []Source{
		{Title: "Lag (1989:253) om allmänna helgdagar", URL: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-1989253-om-allmanna-helgdagar_sfs-1989-253/"},
		{Title: "Lag (1930:173) om beräkning av lagstadgad tid", URL: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-1930173-om-berakning-av-lagstadgad-tid_sfs-1930-173/"},
	},
	rules: []rule{
		{name: "nyårsdagen", english: "New Year's Day", kind: PublicHoliday, month: time.January, day: 1},
		{name: "trettondedag jul", english: "Epiphany", kind: PublicHoliday, month: time.January, day: 6},
		{name: "långfredagen", english: "Good Friday", kind: PublicHoliday, easter: -2},
		{name: "påskdagen", english: "Easter Sunday", kind: PublicHoliday, easter: 0},
		{name: "annandag påsk", english: "Easter Monday", kind: PublicHoliday, easter: 1},
		{name: "första maj", english: "May Day", kind: PublicHoliday, month: time.May, day: 1},
		{name: "Kristi himmelsfärdsdag", english: "Ascension Day", kind: PublicHoliday, easter: 39},
		{name: "pingstdagen", english: "Whit Sunday", kind: PublicHoliday, easter: 49},
		// Annandag pingst was a public holiday until 2004 and was
		// replaced by the national day from 2005 (SFS 2004:1320).
		{name: "annandag pingst", english: "Whit Monday", kind: PublicHoliday, easter: 50, until: 2004},
		{name: "nationaldagen", english: "National Day", kind: PublicHoliday, month: time.June, day: 6, from: 2005},
		{name: "midsommarafton", english: "Midsummer Eve", kind: TreatedAsHoliday, month: time.June, day: 19, weekday: time.Friday, onOrAfter: true},
		{name: "midsommardagen", english: "Midsummer Day", kind: PublicHoliday, month: time.June, day: 20, weekday: time.Saturday, onOrAfter: true},
		{name: "alla helgons dag", english: "All Saints' Day", kind: PublicHoliday, month: time.October, day: 31, weekday: time.Saturday, onOrAfter: true},
		{name: "julafton", english: "Christmas Eve", kind: TreatedAsHoliday, month: time.December, day: 24},
		{name: "juldagen", english: "Christmas Day", kind: PublicHoliday, month: time.December, day: 25},
		{name: "annandag jul", english: "Boxing Day", kind: PublicHoliday, month: time.December, day: 26},
		{name: "nyårsafton", english: "New Year's Eve", kind: TreatedAsHoliday, month: time.December, day: 31},
	},
}

// norway: the public holidays (helligdager) of lov om helligdager og
// helligdagsfred § 2, and the public high days (offentlige høytidsdager)
// 1 and 17 May of lov om 1. og 17. mai som offentlige høytidsdager, which
// domstolloven § 149 treats as helligdager when a time limit ends. Christmas
// Eve and New Year's Eve are ordinary working days in Norwegian law.
var norway = Calendar{
	country: "NO",
	sources: []Source{
		{Title: "Lov om helligdager og helligdagsfred (helligdagsfredloven), LOV-1995-02-24-12", URL: "https://lovdata.no/dokument/NL/lov/1995-02-24-12"},
		{Title: "Lov om 1. og 17. mai som offentlige høytidsdager, LOV-1947-04-26-1", URL: "https://lovdata.no/dokument/NL/lov/1947-04-26-1"},
		{Title: "Lov om domstolene (domstolloven) § 149, LOV-1915-08-13-5", URL: "https://lovdata.no/dokument/NL/lov/1915-08-13-5/KAPITTEL_10"},
	},
	rules: []rule{
		{name: "nyttårsdag", english: "New Year's Day", kind: PublicHoliday, month: time.January, day: 1},
		{name: "skjærtorsdag", english: "Maundy Thursday", kind: PublicHoliday, easter: -3},
		{name: "langfredag", english: "Good Friday", kind: PublicHoliday, easter: -2},
		{name: "første påskedag", english: "Easter Sunday", kind: PublicHoliday, easter: 0},
		{name: "annen påskedag", english: "Easter Monday", kind: PublicHoliday, easter: 1},
		{name: "1. mai", english: "May Day", kind: TreatedAsHoliday, month: time.May, day: 1},
		{name: "17. mai", english: "Constitution Day", kind: TreatedAsHoliday, month: time.May, day: 17},
		{name: "Kristi himmelfartsdag", english: "Ascension Day", kind: PublicHoliday, easter: 39},
		{name: "første pinsedag", english: "Whit Sunday", kind: PublicHoliday, easter: 49},
		{name: "annen pinsedag", english: "Whit Monday", kind: PublicHoliday, easter: 50},
		{name: "første juledag", english: "Christmas Day", kind: PublicHoliday, month: time.December, day: 25},
		{name: "annen juledag", english: "Boxing Day", kind: PublicHoliday, month: time.December, day: 26},
	},
}

// denmark: the Danish national church's public holidays (folkekirkens
// helligdage), as the shop-closing act lists them after the abolition of
// store bededag from 2024, and the days that forældelsesloven § 27,
// stk. 2, treats as them when a time limit ends: grundlovsdag, 24 and
// 31 December.
var denmark = Calendar{
	country: "DK",
	sources: []Source{
		{Title: "Lov om konsekvenser ved afskaffelsen af store bededag som helligdag (L 13, 2022-23, 2. samling)", URL: "https://www.ft.dk/samling/20222/lovforslag/l13/index.htm"},
		{Title: "Bekendtgørelse af lov om forældelse af fordringer (forældelsesloven), LBK nr. 1238 af 9. november 2015, § 27, stk. 2", URL: "https://www.retsinformation.dk/eli/lta/2015/1238"},
	},
	rules: []rule{
		{name: "nytårsdag", english: "New Year's Day", kind: PublicHoliday, month: time.January, day: 1},
		{name: "skærtorsdag", english: "Maundy Thursday", kind: PublicHoliday, easter: -3},
		{name: "langfredag", english: "Good Friday", kind: PublicHoliday, easter: -2},
		{name: "påskedag", english: "Easter Sunday", kind: PublicHoliday, easter: 0},
		{name: "2. påskedag", english: "Easter Monday", kind: PublicHoliday, easter: 1},
		// Store bededag, the fourth Friday after Easter, is no public
		// holiday from 2024.
		{name: "store bededag", english: "General Prayer Day", kind: PublicHoliday, easter: 26, until: 2023},
		{name: "Kristi himmelfartsdag", english: "Ascension Day", kind: PublicHoliday, easter: 39},
		{name: "pinsedag", english: "Whit Sunday", kind: PublicHoliday, easter: 49},
		{name: "2. pinsedag", english: "Whit Monday", kind: PublicHoliday, easter: 50},
		{name: "grundlovsdag", english: "Constitution Day", kind: TreatedAsHoliday, month: time.June, day: 5},
		{name: "juleaftensdag", english: "Christmas Eve", kind: TreatedAsHoliday, month: time.December, day: 24},
		{name: "juledag", english: "Christmas Day", kind: PublicHoliday, month: time.December, day: 25},
		{name: "2. juledag", english: "Boxing Day", kind: PublicHoliday, month: time.December, day: 26},
		{name: "nytårsaftensdag", english: "New Year's Eve", kind: TreatedAsHoliday, month: time.December, day: 31},
	},
}
