package i18n

import "github.com/dpakit/dpakit/internal/visible"

// Text is free text that the parties write, in one or more of the supported
// languages. Each language is optional; the agreement's main language is the
// one that must be filled in.
type Text struct {
	EN string `json:"en,omitzero"` // English
	SV string `json:"sv,omitzero"` // Swedish
	NB string `json:"nb,omitzero"` // Norwegian Bokmål
	DA string `json:"da,omitzero"` // Danish
}

// T returns a Text with the same string in every language, for names and
// other strings that are not translated.
func T(s string) Text { return Text{EN: s, SV: s, NB: s, DA: s} }

// IsZero reports whether no language has text.
func (t Text) IsZero() bool { return t == Text{} }

// In returns the text in language l, or "" when it has none.
func (t Text) In(l Lang) string {
	switch l {
	case EN:
		return t.EN
	case SV:
		return t.SV
	case NB:
		return t.NB
	case DA:
		return t.DA
	}
	return ""
}

// Get returns the text in l; when l has none it falls back to the language
// fallback, then to the other languages in the order of [Langs]. A text of
// only invisible characters (white space, controls, zero-width or bidi
// characters) counts as none. used is the language the text came from, and
// is "" when no language has visible text.
func (t Text) Get(l, fallback Lang) (s string, used Lang) {
	if s = t.In(l); !visible.Blank(s) {
		return s, l
	}
	if s = t.In(fallback); !visible.Blank(s) {
		return s, fallback
	}
	for _, x := range Langs {
		if s = t.In(x); !visible.Blank(s) {
			return s, x
		}
	}
	return "", ""
}

// Set returns a copy of t with the text in l replaced by s.
func (t Text) Set(l Lang, s string) Text {
	switch l {
	case EN:
		t.EN = s
	case SV:
		t.SV = s
	case NB:
		t.NB = s
	case DA:
		t.DA = s
	}
	return t
}

// Each calls f for every language that has text, in the order of [Langs].
// A nil f is not called.
func (t Text) Each(f func(Lang, string)) {
	if f == nil {
		return
	}
	for _, l := range Langs {
		if s := t.In(l); s != "" {
			f(l, s)
		}
	}
}
