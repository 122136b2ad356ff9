package org_test

import (
	"errors"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
)

// TestZeroID: the zero ID and empty constructors give errors, never a
// panic, and every error of Check writes itself in each language.
func TestZeroID(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		id           org.ID
		want         error
	}{
		{"zero", "no scheme is not a known scheme", org.ID{}, org.ErrScheme},
		{"se-empty", "a constructor of nothing is an empty number", org.SE(""), org.ErrEmpty},
		{"no-blank", "white space only is empty", org.NO(" \u00a0"), org.ErrEmpty},
		{"se-invisible", "a zero-width space is as empty as nothing", org.SE("\u200b"), org.ErrEmpty},
		{"dk-letters", "letters are the wrong characters", org.DK("abc"), org.ErrFormat},
		{"other-invisible", "invisible characters are empty", org.OtherID("\u200b"), org.ErrEmpty},
	} {
		err := tc.id.Check()
		if !errors.Is(err, tc.want) {
			t.Errorf("%s (%s): Check = %v, want %v", tc.name, tc.reason, err, tc.want)
		}
		for _, l := range i18n.Langs {
			if loc, ok := err.(interface{ In(i18n.Lang) string }); !ok || loc.In(l) == "" {
				t.Errorf("%s: the error does not write itself in %s", tc.name, l)
			}
		}
	}
	if got := (org.ID{}).In(i18n.SV); got != "" {
		t.Errorf("the zero ID writes %q", got)
	}
}
