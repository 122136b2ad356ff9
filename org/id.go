package org

import (
	"strings"
	"unicode"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/checksum"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/internal/visible"
)

// Scheme is the kind of organisation number.
type Scheme string

// The schemes. Only the Nordic ones have a check digit that is verified.
const (
	SEOrgNr   Scheme = "se-orgnr"   // Swedish organisationsnummer (Bolagsverket)
	NOOrgNr   Scheme = "no-orgnr"   // Norwegian organisasjonsnummer (Brønnøysundregistrene)
	DKCVR     Scheme = "dk-cvr"     // Danish CVR-nummer (Erhvervsstyrelsen)
	FIYTunnus Scheme = "fi-ytunnus" // Finnish Y-tunnus, the business ID (PRH and the Tax Administration)
	Other     Scheme = "other"      // any other register, kept as written
)

// SchemeDef describes a scheme: its name in each language, the JSON Schema
// pattern of a normalised number and an example.
type SchemeDef struct {
	ID      Scheme    // the scheme
	Name    i18n.Text // the kind of number, as a message or a form names it
	Pattern string    // regular expression for the normalised value
	Example string    // a valid number
	Source  string    // the register and the check, with where they are described
}

// Schemes lists every scheme. Source: DOMAIN.md §4.3; the Finnish one, which
// DOMAIN.md does not cover, as its Source says.
var Schemes = []SchemeDef{
	{SEOrgNr, i18n.Text{EN: "Swedish organisation number", SV: "organisationsnummer", NB: "svensk organisasjonsnummer", DA: "svensk organisationsnummer"},
		`^[0-9]{10}$`, "5560360793", "Bolagsverket; Luhn check, DOMAIN.md §4.3"},
	{NOOrgNr, i18n.Text{EN: "Norwegian organisation number", SV: "norskt organisationsnummer", NB: "organisasjonsnummer", DA: "norsk organisationsnummer"},
		`^[0-9]{9}$`, "123456785", "Brønnøysundregistrene; mod 11, DOMAIN.md §4.3"},
	{DKCVR, i18n.Text{EN: "Danish CVR number", SV: "danskt CVR-nummer", NB: "dansk CVR-nummer", DA: "CVR-nummer"},
		`^[1-9][0-9]{7}$`, "13748136", "Erhvervsstyrelsen; mod 11, DOMAIN.md §4.3"},
	{FIYTunnus, i18n.Text{EN: "Finnish business ID", SV: "finskt FO-nummer", NB: "finsk foretaks-ID (Y-tunnus)", DA: "finsk virksomheds-ID (Y-tunnus)"},
		`^[0-9]{7}-[0-9]$`, "1234567-1", "the Finnish business ID, Y-tunnus (sv FO-nummer), seven digits, a hyphen and a mod-11 check digit with weights 7, 9, 10, 5, 8, 4, 2 (\"Y-tunnus – firmojen koodaaja\", https://www.tuomas.salste.net/doc/tunnus/y-tunnus.html; standard SFS 5748)"},
	{Other, i18n.Text{EN: "organisation identifier", SV: "organisationsidentitet", NB: "organisasjonsidentifikator", DA: "virksomhedsidentifikator"},
		`^\S.*$`, "HRB 86891", "free text"},
}

// schemes reads [Schemes].
var schemes = enum.New(Schemes, func(d *SchemeDef) Scheme { return d.ID }, func(d *SchemeDef) i18n.Text { return d.Name })

// Def returns the definition of s from [Schemes], and false when s is not a
// known scheme.
func (s Scheme) Def() (SchemeDef, bool) { return schemes.Def(s) }

// Valid reports whether s is one of [Schemes].
func (s Scheme) Valid() bool { return schemes.Valid(s) }

// In returns the scheme's name in language l ("organisationsnummer" in
// Swedish), falling back to English, or the value as written when it is
// not a known scheme.
func (s Scheme) In(l i18n.Lang) string { return schemes.In(s, l) }

// ID is an organisation number in a register.
type ID struct {
	// Scheme is the register: se-orgnr, no-orgnr, dk-cvr, fi-ytunnus or other.
	Scheme Scheme `json:"scheme"`
	// Value is the number. For the Nordic schemes it is normalised to digits
	// only (see Normalize); for other schemes it is kept as written.
	Value string `json:"value"`
}

// IsZero reports whether no organisation number was given.
func (id ID) IsZero() bool { return id == ID{} }

// The errors [ID.Check] returns. Each also writes itself in a language
// with an In(i18n.Lang) string method, so that a finding message that
// quotes it reads "har fel längd eller fel tecken" in Swedish.
var (
	ErrScheme = newError("org: unknown organisation-number scheme", i18n.Text{
		EN: "the register is not one of se-orgnr, no-orgnr, dk-cvr, fi-ytunnus or other",
		SV: "registret är inte något av se-orgnr, no-orgnr, dk-cvr, fi-ytunnus eller other",
		NB: "registeret er ikke et av se-orgnr, no-orgnr, dk-cvr, fi-ytunnus eller other",
		DA: "registret er ikke et af se-orgnr, no-orgnr, dk-cvr, fi-ytunnus eller other"})
	ErrFormat = newError("org: organisation number has the wrong length or characters", i18n.Text{
		EN: "the number has the wrong length or characters",
		SV: "numret har fel längd eller innehåller fel tecken",
		NB: "nummeret har feil lengde eller inneholder feil tegn",
		DA: "nummeret har forkert længde eller indeholder forkerte tegn"})
	ErrChecksum = newError("org: organisation number fails its check digit", i18n.Text{
		EN: "the check digit does not match",
		SV: "kontrollsiffran stämmer inte",
		NB: "kontrollsifferet stemmer ikke",
		DA: "kontrolcifferet passer ikke"})
	ErrEmpty = newError("org: organisation number is empty", i18n.Text{
		EN: "no number is given",
		SV: "inget nummer har angetts",
		NB: "det er ikke oppgitt noe nummer",
		DA: "der er ikke angivet noget nummer"})
)

// checkError is an error of [ID.Check]: English for logs, and its
// explanation in each language for finding messages.
type checkError struct {
	msg  string
	text i18n.Text
}

func newError(msg string, t i18n.Text) error { return &checkError{msg, t} }

func (e *checkError) Error() string { return e.msg }

// In explains the error in language l, falling back to English.
func (e *checkError) In(l i18n.Lang) string { s, _ := e.text.Get(l, i18n.EN); return s }

// separators are the characters people put between digit groups: space,
// hyphen, full stop, no-break and narrow no-break space, en dash. Any other
// white space is a separator too (see isSeparator).
const separators = " -.\u00a0\u202f\u2013"

// isSeparator reports whether Normalize drops r from a Nordic number: one
// of separators or any white space, so that no white space is left inside
// or around the number once the separators are gone.
func isSeparator(r rune) bool { return strings.ContainsRune(separators, r) || unicode.IsSpace(r) }

// Normalize returns id with separators, VAT affixes and the Swedish "16"
// century prefix removed from Nordic numbers, and surrounding space trimmed
// from others. It allocates only when it changes something.
func (id ID) Normalize() ID {
	v := strings.TrimSpace(id.Value)
	switch id.Scheme {
	case SEOrgNr, NOOrgNr, DKCVR, FIYTunnus:
	default:
		id.Value = v
		return id
	}
	if id.Scheme == FIYTunnus && len(v) == 9 && v[7] == '-' && checksum.AllDigits(v[:7]) && checksum.AllDigits(v[8:]) {
		id.Value = v // already as the register writes it
		return id
	}
	if id.Scheme != FIYTunnus && checksum.AllDigits(v) && (id.Scheme != SEOrgNr || len(v) != 12 || !strings.HasPrefix(v, "16")) {
		id.Value = v // already canonical: the common case, without a scan for separators
		return id
	}
	if strings.IndexFunc(v, isSeparator) >= 0 {
		v = strings.Map(func(r rune) rune {
			if isSeparator(r) {
				return -1
			}
			return r
		}, v)
	}
	u := strings.ToUpper(v)
	switch id.Scheme {
	case SEOrgNr:
		// Tested on v, not u: upper-casing can change the length in bytes.
		if len(v) == 14 && strings.EqualFold(v[:2], "SE") && strings.HasSuffix(v, "01") {
			v = v[2:12]
		}
		if len(v) == 12 && strings.HasPrefix(v, "16") {
			v = v[2:]
		}
	case NOOrgNr:
		u = strings.TrimPrefix(u, "NO")
		u = strings.TrimSuffix(u, "MVA")
		if checksum.AllDigits(u) {
			v = u
		}
	case DKCVR:
		if strings.HasPrefix(u, "DK") && checksum.AllDigits(u[2:]) {
			v = u[2:]
		}
	case FIYTunnus:
		// "FI12345671", the VAT form, and "1234567-1" without its hyphen
		// come back as the register writes it.
		u = strings.TrimPrefix(u, "FI")
		if len(u) == 8 && checksum.AllDigits(u) {
			v = u[:7] + "-" + u[7:]
		}
	}
	id.Value = v
	return id
}

// SE returns a Swedish organisation number in canonical form:
// SE("556016-0680") is {se-orgnr 5560160680}. Like every constructor here
// it normalises and does not check; [ID.Check] and validation do.
func SE(number string) ID { return ID{Scheme: SEOrgNr, Value: number}.Normalize() }

// NO returns a Norwegian organisation number in canonical form:
// NO("988 077 917 MVA") is {no-orgnr 988077917}.
func NO(number string) ID { return ID{Scheme: NOOrgNr, Value: number}.Normalize() }

// DK returns a Danish CVR number in canonical form: DK("DK 13 74 81 36")
// is {dk-cvr 13748136}.
func DK(number string) ID { return ID{Scheme: DKCVR, Value: number}.Normalize() }

// OtherID returns an identifier in another register, with surrounding
// space trimmed: OtherID(" HRB 86891 ") is {other "HRB 86891"}.
func OtherID(id string) ID { return ID{Scheme: Other, Value: id}.Normalize() }

var (
	noWeights = []int{3, 2, 7, 6, 5, 4, 3, 2}
	dkWeights = []int{2, 7, 6, 5, 4, 3, 2, 1}
	fiWeights = []int{7, 9, 10, 5, 8, 4, 2}
)

// Check verifies the number's form and check digit for the Nordic schemes,
// and that other schemes have a value. It expects a normalised ID and does
// not allocate.
func (id ID) Check() error {
	v := id.Value
	if visible.Blank(v) && id.Scheme.Valid() {
		return ErrEmpty
	}
	switch id.Scheme {
	case SEOrgNr:
		// Groups 1–9 (DOMAIN.md §4.3); the third digit is at least 2, so the
		// number never reads as a birth date.
		if len(v) != 10 || !checksum.AllDigits(v) || v[2] < '2' {
			return ErrFormat
		}
		if !checksum.Luhn(v) {
			return ErrChecksum
		}
	case NOOrgNr:
		if len(v) != 9 || !checksum.AllDigits(v) {
			return ErrFormat
		}
		if c, ok := checksum.Mod11(v[:8], noWeights); !ok || c != int(v[8]-'0') {
			return ErrChecksum
		}
	case DKCVR:
		if len(v) != 8 || !checksum.AllDigits(v) || v[0] == '0' {
			return ErrFormat
		}
		if !checksum.Mod11Zero(v, dkWeights) {
			return ErrChecksum
		}
	case FIYTunnus:
		if len(v) != 9 || v[7] != '-' || !checksum.AllDigits(v[:7]) || !checksum.AllDigits(v[8:]) {
			return ErrFormat
		}
		if c, ok := checksum.Mod11(v[:7], fiWeights); !ok || c != int(v[8]-'0') {
			return ErrChecksum
		}
	case Other:
		if visible.Blank(v) {
			return ErrEmpty
		}
	default:
		return ErrScheme
	}
	return nil
}

// String returns the number as people write it: "556036-0793",
// "988 077 917", "13748136"; other schemes as stored.
func (id ID) String() string {
	v := id.Value
	switch {
	case id.Scheme == SEOrgNr && len(v) == 10:
		return v[:6] + "-" + v[6:]
	case id.Scheme == NOOrgNr && len(v) == 9:
		return v[:3] + " " + v[3:6] + " " + v[6:]
	}
	return v
}

// In returns the number as people write it ([ID.String]), which is the same
// in every language, so that an ID is an argument of finding messages.
func (id ID) In(i18n.Lang) string { return id.String() }
