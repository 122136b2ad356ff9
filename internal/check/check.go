// Package check holds the checks that the built-in rules of packages annex
// and dpa share: free text, periods, organisation numbers and country codes,
// reported with the common codes of package finding.
package check

import (
	"fmt"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/bytescan"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// The common definitions, copied once from [finding.Defs]: package finding
// does not export them.
var (
	TextMainLanguage = def(finding.CodeTextMainLanguage)
	TextPlaceholder  = def(finding.CodeTextPlaceholder)
	ClauseReference  = def(finding.CodeTextClauseReference)
	PeriodInvalid    = def(finding.CodePeriodInvalid)
	EnumInvalid      = def(finding.CodeEnumInvalid)
	NotNormalised    = def(finding.CodeNotNormalised)
	OrgIDInvalid     = def(finding.CodeOrgIDInvalid)
	CountryInvalid   = def(finding.CodeCountryInvalid)
)

// def returns the common definition of c; it panics, when the package is
// initialised, for a code finding does not define.
func def(c finding.Code) *finding.Def {
	for _, d := range finding.Defs() {
		if d.Code == c {
			return &d
		}
	}
	panic("check: finding defines no code " + string(c))
}

// Text checks free text that must be given: text that is empty, or only
// invisible characters (white space, controls, zero-width and bidi
// characters) in every language, is reported as a blank of d; text that
// lacks the main language is reported as [TextMainLanguage]; in a final
// agreement, text with a bracketed placeholder such as "[time]" is reported
// as [TextPlaceholder]. path is built only when a finding is reported; a
// nil path stands for "", the whole agreement.
func Text(r finding.Reporter, d *finding.Def, t i18n.Text, path func() string) {
	path = orRoot(path)
	if Blank(t) {
		r.Blank(d, path())
	} else if l := r.Lang(); l != "" && visible.Blank(t.In(l)) {
		r.Add(TextMainLanguage, path(), string(l))
	}
	FreeText(r, t, path)
}

// FreeText checks what free text says of itself, in each language:
// [ClauseReference] when it refers to a clause or annex by a number typed
// by hand ("punkt 11.1 a"), and, in a final agreement, [TextPlaceholder]
// when it still holds a bracketed blank such as "[time]" or "[beskriv
// hvilke]". A nil path stands for "".
func FreeText(r finding.Reporter, t i18n.Text, path func() string) {
	path = orRoot(path)
	// The languages by field, in the order of i18n.Langs: looking each up
	// by its code cost a fifth of this function's time.
	// A language left empty, as most are, costs no call.
	if t.EN != "" {
		freeText(r, t.EN, i18n.EN, path)
	}
	if t.SV != "" {
		freeText(r, t.SV, i18n.SV, path)
	}
	if t.NB != "" {
		freeText(r, t.NB, i18n.NB, path)
	}
	if t.DA != "" {
		freeText(r, t.DA, i18n.DA, path)
	}
}

// freeText checks the text s of language l for FreeText.
func freeText(r finding.Reporter, s string, l i18n.Lang, path func() string) {
	if ref, ok := ClauseRef(s); ok {
		r.Add(ClauseReference, path()+"/"+string(l), ref)
	}
	if r.Final() && hasPlaceholder(s) {
		r.Add(TextPlaceholder, path()+"/"+string(l))
	}
}

// Blank reports whether t has no text a reader can see in any language: it
// is empty, or holds only white space, control, zero-width or bidi
// characters. Rules treat such text as not filled in.
func Blank(t i18n.Text) bool {
	return visible.Blank(t.EN) && visible.Blank(t.SV) && visible.Blank(t.NB) && visible.Blank(t.DA)
}

// Trimmed reports [NotNormalised] at path when s has white space around
// visible text, which Normalize would trim. path is built only when a
// finding is reported; a nil path stands for "".
func Trimmed(r finding.Reporter, s string, path func() string) {
	if s == "" || asciiVisible(s[0]) && asciiVisible(s[len(s)-1]) {
		return // nothing to trim: the common case, without a call
	}
	if t := strings.TrimSpace(s); t != s && !visible.Blank(t) {
		r.Add(NotNormalised, orRoot(path)(), s, t)
	}
}

// asciiVisible reports whether c is a printable ASCII character other than
// the space, which strings.TrimSpace never trims.
func asciiVisible(c byte) bool { return c > ' ' && c < 0x7f }

// Period reports [PeriodInvalid] at path when p is given but invalid. A nil
// path stands for "".
func Period(r finding.Reporter, p civil.Period, path func() string) {
	if p.IsZero() {
		return
	}
	if !p.Valid() {
		r.Add(PeriodInvalid, orRoot(path)(), PeriodProblem(p))
	}
}

// PeriodProblem is a message argument that says, in the finding's
// language, what is wrong with an invalid period.
type PeriodProblem civil.Period

// In describes the problem in language l.
func (p PeriodProblem) In(l i18n.Lang) string {
	v := civil.Period(p)
	if !v.Unit.Valid() {
		t := i18n.Text{EN: "unknown unit %q", SV: "okänd enhet %q", NB: "ukjent enhet %q", DA: "ukendt enhed %q"}
		return fmt.Sprintf(t.In(l), string(v.Unit))
	}
	t := i18n.Text{EN: "the value %d is negative", SV: "värdet %d är negativt", NB: "verdien %d er negativ", DA: "værdien %d er negativ"}
	return fmt.Sprintf(t.In(l), v.Value)
}

// OrgID reports [OrgIDInvalid] at path when id is given but fails its
// scheme's check (the error, one of org's, writes itself in the message's
// language), and [NotNormalised] with the canonical number when only its
// form is off ("212000-0142" for "2120000142"). A nil path stands for "".
func OrgID(r finding.Reporter, id org.ID, path func() string) {
	if id.IsZero() || id.Check() == nil {
		return // canonical ids pass Check without the cost of normalising
	}
	n := id.Normalize()
	switch err := n.Check(); {
	case err != nil:
		r.Add(OrgIDInvalid, orRoot(path)(), id.Value, err)
	case n != id:
		r.Add(NotNormalised, orRoot(path)(), id.Value, n.Value)
	}
}

// Country reports a country code at path that is given but is not an ISO
// 3166-1 alpha-2 code ([CountryInvalid]), or is one only once normalised,
// such as "se" or "EL" ([NotNormalised]). It reports nothing for "" or a
// valid code. A nil path stands for "".
func Country(r finding.Reporter, c transfer.Country, path func() string) {
	if c == "" || c.Valid() {
		return
	}
	if n := c.Normalize(); n.Valid() {
		r.Add(NotNormalised, orRoot(path)(), string(c), string(n))
		return
	}
	r.Add(CountryInvalid, orRoot(path)(), string(c))
}

// orRoot returns path, or a function that returns "" when path is nil.
func orRoot(path func() string) func() string {
	if path == nil {
		return root
	}
	return path
}

func root() string { return "" }

func hasPlaceholder(s string) bool {
	i := strings.IndexByte(s, '[')
	return i >= 0 && strings.IndexByte(s[i:], ']') > 0
}

// clauseWords are the words that, followed by a number, refer to a part of
// a document in one of our languages: "clause 10.3", "punkt 11.1 a",
// "Bestemmelse 10.3", "vedlegg 1", "bilag 2". Words of a statute's
// structure ("artikel", "stk.", "§", "kapitel") are not here: free text may
// cite the law, which keeps its numbers.
var clauseWords = []string{
	"annex", "appendix", "clause", "paragraph", "point", "schedule", "section",
	"afsnit", "avsnitt", "bestemmelse", "bestemmelsen", "bestämmelse", "bilag", "bilaga", "bilagan",
	"bilaget", "klausul", "pkt", "punkt", "punkten", "punktet", "vedlegg", "vedlegget",
}

// ClauseRef returns the first reference in s to a clause or annex by
// number ("punkt 11.1 a"), as written, and whether there is one: one of
// [clauseWords], any case, then white space and a number. It looks only at
// the words before each run of digits, so text without digits costs one
// pass of [bytescan.IndexDigit].
func ClauseRef(s string) (string, bool) {
	for i := 0; i < len(s); {
		j := bytescan.IndexDigit(s[i:])
		if j < 0 {
			return "", false
		}
		d := i + j
		end := d
		for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' && end+1 < len(s) && s[end+1] >= '0' && s[end+1] <= '9') {
			end++
		}
		if start, ok := clauseWordBefore(s, d); ok && !statuteSection(s, start, end) {
			return s[start:end], true
		}
		i = end
	}
	return "", false
}

// statuteSection reports whether s[start:end], a "section" and its number,
// cites a statute the English way rather than a clause of a document:
// "Chapter 21, section 1", "the Act, section 7", "section 7 of the Public
// Administration Act".
func statuteSection(s string, start, end int) bool {
	if n := start + len("section"); n >= end || !strings.EqualFold(s[start:n], "section") || s[n] > ' ' {
		return false
	}
	before := strings.TrimRight(s[:start], " \t")
	if b, ok := strings.CutSuffix(before, ","); ok {
		b = strings.TrimRight(b, " \t")
		if strings.HasSuffix(b, "Act") || strings.HasSuffix(b, "Regulation") {
			return true
		}
		w := b[strings.LastIndexAny(b, " \t(")+1:]
		if w != "" && strings.Trim(w, "0123456789") == "" {
			b = strings.TrimRight(b[:len(b)-len(w)], " \t")
			return strings.HasSuffix(b, "Chapter") || strings.HasSuffix(b, "chapter")
		}
		return false
	}
	rest, ok := strings.CutPrefix(s[end:], " of the ")
	if !ok {
		return false
	}
	// The act is named within the next few words: "of the Norwegian
	// Public Administration Act".
	for n, w := range strings.Fields(rest) {
		if n == 8 {
			break
		}
		if w = strings.TrimRight(w, ",.;:)"); w == "Act" || w == "Regulation" {
			return true
		}
	}
	return false
}

// clauseWordBefore reports whether one of [clauseWords] ends, followed by
// white space (and a full stop after "pkt"), just before s[d], and where it
// starts.
func clauseWordBefore(s string, d int) (int, bool) {
	e := d
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	if e == d && (e == 0 || s[e-1] != '.') {
		return 0, false // a digit straight after a letter ("A1"), or the text's start
	}
	if e > 0 && s[e-1] == '.' {
		e-- // "pkt. 3"
	}
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\t' && s[b-1] != '(' && s[b-1] != '\n' && s[b-1] != '"' {
		b--
	}
	word := s[b:e]
	for _, w := range clauseWords {
		if strings.EqualFold(word, w) {
			return b, true
		}
	}
	return 0, false
}
