package i18n_test

import (
	"encoding/json"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

func TestTextGet(t *testing.T) {
	full := i18n.Text{EN: "purpose", SV: "ändamål", NB: "formål", DA: "formål (da)"}
	for _, tc := range []struct {
		name     string
		text     i18n.Text
		l, fb    i18n.Lang
		want     string
		wantUsed i18n.Lang
		reason   string
	}{
		{"asked-for", full, i18n.SV, i18n.EN, "ändamål", i18n.SV, "the language asked for comes first"},
		{"fallback", i18n.Text{EN: "purpose", DA: "formål"}, i18n.SV, i18n.DA, "formål", i18n.DA, "then the fallback, even when English is there"},
		{"langs-order", i18n.Text{NB: "formål", DA: "formål (da)"}, i18n.SV, i18n.EN, "formål", i18n.NB, "then the first language of Langs that has text: nb before da"},
		{"english-first", i18n.Text{EN: "purpose", DA: "formål"}, i18n.SV, i18n.NB, "purpose", i18n.EN, "Langs starts with English"},
		{"only-danish", i18n.Text{DA: "formål"}, i18n.EN, i18n.SV, "formål", i18n.DA, "any text is better than none"},
		{"empty", i18n.Text{}, i18n.SV, i18n.EN, "", "", "used is empty when the text is"},
		{"invalid-lang", i18n.Text{NB: "formål"}, "fi", "", "formål", i18n.NB, "an unsupported language has no text, so the search goes on"},
		{"invisible", i18n.Text{SV: "\u200b", EN: " \u0001", DA: "formål"}, i18n.SV, i18n.EN, "formål", i18n.DA, "zero-width, control and space characters are no text"},
		{"all-invisible", i18n.Text{SV: "\u202e"}, i18n.SV, i18n.EN, "", "", "a bidi control alone is as empty as nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, used := tc.text.Get(tc.l, tc.fb)
			if got != tc.want || used != tc.wantUsed {
				t.Errorf("%+v.Get(%q, %q) = %q, %q; want %q, %q (%s)", tc.text, tc.l, tc.fb, got, used, tc.want, tc.wantUsed, tc.reason)
			}
		})
	}
}

func TestTextIn(t *testing.T) {
	text := i18n.Text{EN: "e", SV: "s", NB: "n", DA: "d"}
	for _, tc := range []struct {
		l      i18n.Lang
		want   string
		reason string
	}{
		{i18n.EN, "e", "field EN"},
		{i18n.SV, "s", "field SV"},
		{i18n.NB, "n", "field NB"},
		{i18n.DA, "d", "field DA"},
		{"no", "", "no is not a Lang; Match it first"},
		{"", "", "no language"},
	} {
		if got := text.In(tc.l); got != tc.want {
			t.Errorf("In(%q) = %q; want %q (%s)", tc.l, got, tc.want, tc.reason)
		}
	}
}

func TestTextSet(t *testing.T) {
	var text i18n.Text
	for _, l := range i18n.Langs {
		text = text.Set(l, "x-"+string(l))
	}
	want := i18n.Text{EN: "x-en", SV: "x-sv", NB: "x-nb", DA: "x-da"}
	if diff := cmp.Diff(want, text); diff != "" {
		t.Errorf("Set in every language (-want +got):\n%s", diff)
	}

	orig := i18n.Text{SV: "ändamål"}
	changed := orig.Set(i18n.SV, "syfte")
	if orig.SV != "ändamål" {
		t.Errorf("Set changed its receiver to %+v; it must return a copy", orig)
	}
	if changed.SV != "syfte" {
		t.Errorf("Set(sv, syfte).SV = %q; want syfte", changed.SV)
	}
	if got := orig.Set("fi", "tarkoitus"); got != orig {
		t.Errorf("Set of an unsupported language = %+v; want the text unchanged", got)
	}
	if got := changed.Set(i18n.SV, ""); !got.IsZero() {
		t.Errorf("Set(sv, \"\") = %+v; want the text emptied", got)
	}
}

func TestTextIsZeroAndT(t *testing.T) {
	for _, tc := range []struct {
		name   string
		text   i18n.Text
		want   bool
		reason string
	}{
		{"zero", i18n.Text{}, true, "no language has text"},
		{"one-language", i18n.Text{DA: "x"}, false, "any one language is enough"},
		{"T-empty", i18n.T(""), true, "T of nothing is nothing"},
		{"T", i18n.T("Acme AB"), false, "a name in every language"},
	} {
		if got := tc.text.IsZero(); got != tc.want {
			t.Errorf("%s: %+v.IsZero() = %v; want %v (%s)", tc.name, tc.text, got, tc.want, tc.reason)
		}
	}
	if diff := cmp.Diff(i18n.Text{EN: "Acme AB", SV: "Acme AB", NB: "Acme AB", DA: "Acme AB"}, i18n.T("Acme AB")); diff != "" {
		t.Errorf("T(Acme AB) (-want +got):\n%s", diff)
	}
}

func TestTextEach(t *testing.T) {
	type pair struct {
		L i18n.Lang
		S string
	}
	var got []pair
	i18n.Text{DA: "d", EN: "e", NB: "n"}.Each(func(l i18n.Lang, s string) { got = append(got, pair{l, s}) })
	want := []pair{{i18n.EN, "e"}, {i18n.NB, "n"}, {i18n.DA, "d"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Each visits the languages with text in the order of Langs (-want +got):\n%s", diff)
	}
	called := false
	i18n.Text{}.Each(func(i18n.Lang, string) { called = true })
	if called {
		t.Error("Each on an empty Text called f; want no calls")
	}
	i18n.T("x").Each(nil) // a nil f is not called, so this does not panic
}

func TestTextJSON(t *testing.T) {
	b, err := json.Marshal(i18n.Text{SV: "ändamål", DA: "formål"})
	if err != nil {
		t.Fatal(err)
	}
	// omitzero leaves out the languages without text; keys are BCP 47 tags.
	if got, want := string(b), `{"sv":"ändamål","da":"formål"}`; got != want {
		t.Errorf("json.Marshal = %s; want %s", got, want)
	}
	var back i18n.Text
	if err := json.Unmarshal([]byte(`{"en":"purpose","nb":"formål"}`), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(i18n.Text{EN: "purpose", NB: "formål"}, back); diff != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
	}
}
