package examples

import "github.com/dpakit/dpakit/i18n"

// The constructors below build free text in the seed's language and in
// English. Each returns a new value, so nothing is shared between the
// agreements the constructors return.

// sv returns text in Swedish and English.
func sv(sv, en string) i18n.Text { return i18n.Text{SV: sv, EN: en} }

// nb returns text in Norwegian Bokmål and English.
func nb(nb, en string) i18n.Text { return i18n.Text{NB: nb, EN: en} }

// da returns text in Danish and English.
func da(da, en string) i18n.Text { return i18n.Text{DA: da, EN: en} }

// all4 returns text in all four languages, in the order of i18n.Langs.
func all4(en, sv, nb, da string) i18n.Text { return i18n.Text{EN: en, SV: sv, NB: nb, DA: da} }
