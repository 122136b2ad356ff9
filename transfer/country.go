package transfer

import (
	"slices"
	"strings"

	"github.com/dpakit/dpakit/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is a country or territory as an ISO 3166-1 alpha-2 code in upper
// case, such as "SE", "NO" or "DK". Call [Country.Normalize] on input before
// [Country.Valid], [Country.EEA] and [Country.In], which take the code as it
// is.
type Country string

// isoCodes lists every officially assigned ISO 3166-1 alpha-2 code (249 codes),
// sorted. Source: ISO 3166-1 as published by the ISO 3166 Maintenance Agency
// (Online Browsing Platform, www.iso.org/obp), unchanged since 2011 (SS South
// Sudan added; BQ, CW and SX added and AN deleted in 2010). DOMAIN.md does not
// carry this list: it was written out by hand, and TestISOCodes checks it
// against the CLDR region data in golang.org/x/text/language. Exceptionally
// reserved codes (EL, UK, EU, ...) and user-assigned codes (XK, used for
// Kosovo) are not assigned codes and are not listed.
var isoCodes = []Country{
	"AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
	"BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ",
	"CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ",
	"DE", "DJ", "DK", "DM", "DO", "DZ",
	"EC", "EE", "EG", "EH", "ER", "ES", "ET",
	"FI", "FJ", "FK", "FM", "FO", "FR",
	"GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY",
	"HK", "HM", "HN", "HR", "HT", "HU",
	"ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
	"JE", "JM", "JO", "JP",
	"KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ",
	"LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
	"MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
	"NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
	"OM",
	"PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY",
	"QA",
	"RE", "RO", "RS", "RU", "RW",
	"SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ",
	"TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ",
	"UA", "UG", "UM", "US", "UY", "UZ",
	"VA", "VC", "VE", "VG", "VI", "VN", "VU",
	"WF", "WS",
	"YE", "YT",
	"ZA", "ZM", "ZW",
}

// alias returns the ISO code for a code that is not ISO 3166-1 but is used
// for a country: "EL", the EU protocol code for Greece (DOMAIN.md §2.6), and
// "UK", exceptionally reserved in ISO 3166-1 for the United Kingdom, whose
// code is GB.
func alias(b [2]byte) Country {
	switch b {
	case [2]byte{'E', 'L'}:
		return "GR"
	case [2]byte{'U', 'K'}:
		return "GB"
	}
	return ""
}

// eea lists the states of the European Economic Area by ISO code: the 27 EU
// Member States, then the EEA EFTA states. Source: DOMAIN.md §2.6 (its EU-27
// table and the EEA Agreement for IS, LI, NO). The territories with their own ISO code
// that are part of the EU (DOMAIN.md §2.6, edge cases) follow: Åland (AX,
// Finland) and the French outermost regions French Guiana (GF), Guadeloupe
// (GP), Martinique (MQ), Réunion (RE), Mayotte (YT) and Saint Martin (MF).
// Greenland (GL) and the Faroe Islands (FO) are outside the EU. Svalbard and
// Jan Mayen (SJ) is left out: the EEA Agreement does not apply to Svalbard.
var eea = []Country{
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
	"IS", "LI", "NO",
	"AX", "GF", "GP", "MQ", "RE", "YT", "MF",
}

// eeaEFTA lists the EEA states outside the EU, which apply Commission
// decisions only once they are incorporated into the EEA Agreement. Source:
// DOMAIN.md §2.5 (EEA EFTA caveat) and §2.6.
var eeaEFTA = []Country{"IS", "LI", "NO"}

// A code index is the position of a two-letter code among all 26×26 pairs
// of letters A to Z.
const numPairs = 26 * 26

func pairIndex(b [2]byte) (int, bool) {
	if b[0] < 'A' || b[0] > 'Z' || b[1] < 'A' || b[1] > 'Z' {
		return 0, false
	}
	return int(b[0]-'A')*26 + int(b[1]-'A'), true
}

// byPair holds the codes of isoCodes and eea by code index, so that looking a
// code up costs no search and no allocation. It is derived from the tables.
var byPair = func() (t struct {
	iso [numPairs]Country
	eea [numPairs]bool
}) {
	for _, c := range isoCodes {
		i, _ := pairIndex([2]byte{c[0], c[1]})
		t.iso[i] = c
	}
	for _, c := range eea {
		i, _ := pairIndex([2]byte{c[0], c[1]})
		t.eea[i] = true
	}
	return t
}()

// canonical returns the ISO code c stands for, ignoring surrounding space and
// case and mapping the aliases EL and UK. The result is an element of
// isoCodes, so canonical never allocates.
func canonical(c Country) (Country, bool) {
	s := strings.TrimSpace(string(c))
	if len(s) != 2 {
		return "", false
	}
	b := [2]byte{upper(s[0]), upper(s[1])}
	if a := alias(b); a != "" {
		return a, true
	}
	i, ok := pairIndex(b)
	if !ok || byPair.iso[i] == "" {
		return "", false
	}
	return byPair.iso[i], true
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// Normalize returns c with surrounding spaces removed and in upper case. The
// EU protocol code "EL" becomes "GR" (Greece) and "UK" becomes "GB" (United
// Kingdom).
func (c Country) Normalize() Country {
	if c.Valid() {
		return c // an assigned code in upper case: the common case, without the trimming
	}
	if n, ok := canonical(c); ok {
		return n
	}
	return Country(strings.ToUpper(strings.TrimSpace(string(c))))
}

// Valid reports whether c is an assigned ISO 3166-1 alpha-2 code, exactly as
// written: "se" and "EL" are not valid until normalized.
func (c Country) Valid() bool {
	// Equal to canonical(c) == c, without the trimming and case folding:
	// an assigned code in upper case is its own canonical form, and the
	// aliases EL and UK are not in the table.
	if len(c) != 2 {
		return false
	}
	i, ok := pairIndex([2]byte{c[0], c[1]})
	return ok && byPair.iso[i] != ""
}

// EEA reports whether c is a state of the European Economic Area, or a
// territory with its own code that is part of the EU (Åland, the French
// outermost regions), so that processing there is no transfer under Chapter V
// of the GDPR. Greenland and the Faroe Islands are outside.
func (c Country) EEA() bool {
	if len(c) != 2 {
		return false
	}
	i, ok := pairIndex([2]byte{c[0], c[1]})
	return ok && byPair.eea[i]
}

// eeaEFTAState reports whether c is Iceland, Liechtenstein or Norway.
func (c Country) eeaEFTAState() bool { return slices.Contains(eeaEFTA, c) }

// In returns the country's name in language l from the CLDR data in
// golang.org/x/text/language/display ("Sverige" in Swedish), or in English
// when l is not supported. An invalid code is returned as it is.
func (c Country) In(l i18n.Lang) string {
	if !c.Valid() {
		return string(c)
	}
	r, err := language.ParseRegion(string(c))
	if err != nil {
		return string(c)
	}
	return regionNamer(l).Name(r)
}

var (
	namesEN = display.Regions(language.English)
	namesSV = display.Regions(language.Swedish)
	namesNB = display.Regions(language.Norwegian)
	namesDA = display.Regions(language.Danish)
)

// regionNamer returns the namer for l. Norwegian Bokmål is asked for as "no":
// the display package matches "nb" to Danish names ("Grækenland" for Greece
// instead of "Hellas").
func regionNamer(l i18n.Lang) display.Namer {
	switch l {
	case i18n.SV:
		return namesSV
	case i18n.NB:
		return namesNB
	case i18n.DA:
		return namesDA
	}
	return namesEN
}
