package i18n_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tag    string
		want   i18n.Lang
		reason string
	}{
		{"sv", "sv", i18n.SV, "Swedish as such"},
		{"sv-SE", "sv-SE", i18n.SV, "Swedish as spoken in Sweden"},
		{"sv-FI", "sv-FI", i18n.SV, "Finland Swedish is still Swedish"},
		{"upper-case", "SV", i18n.SV, "BCP 47 tags are case-insensitive"},
		{"no", "no", i18n.NB, "the macrolanguage Norwegian is written as Bokmål"},
		{"no-NO", "no-NO", i18n.NB, "Norwegian in Norway"},
		{"nb", "nb", i18n.NB, "Bokmål as such"},
		{"nb-NO", "nb-NO", i18n.NB, "Bokmål in Norway"},
		{"nn", "nn", i18n.NB, "Nynorsk readers read Bokmål; CLDR gives a high-confidence match"},
		{"nn-NO", "nn-NO", i18n.NB, "Nynorsk in Norway"},
		{"da", "da", i18n.DA, "Danish as such"},
		{"da-DK", "da-DK", i18n.DA, "Danish in Denmark"},
		{"en", "en", i18n.EN, "English as such"},
		{"en-GB", "en-GB", i18n.EN, "British English"},
		{"en-US", "en-US", i18n.EN, "American English"},
		{"unicode-extension", "sv-u-nu-latn", i18n.SV, "extensions do not change the language"},
		{"en-AU", "en-AU", i18n.EN, "any region of English is English, whatever the matcher's confidence"},
		{"script", "sv-Latn-SE", i18n.SV, "an explicit script does not change the language"},
		{"private-use-suffix", "da-x-legal", i18n.DA, "a private-use suffix does not change the language"},
		{"grandfathered-bokmal", "no-bok", i18n.NB, "the grandfathered tag for Bokmål is canonicalised to nb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := i18n.Match(tc.tag)
			if err != nil {
				t.Fatalf("Match(%q) error = %v; want %q (%s)", tc.tag, err, tc.want, tc.reason)
			}
			if got != tc.want {
				t.Errorf("Match(%q) = %q; want %q (%s)", tc.tag, got, tc.want, tc.reason)
			}
		})
	}
}

func TestMatchUnsupported(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tag    string
		reason string
	}{
		{"fi", "fi", "Finnish is not written, and CLDR maps it to none of the four"},
		{"is", "is", "Icelandic is not written; x/text's matcher falls back to English with high confidence, which Match must not follow"},
		{"i-klingon", "i-klingon", "a grandfathered tag (tlh) that the matcher also sends to English with high confidence"},
		{"tlh", "tlh", "Klingon under its own code"},
		{"fo", "fo", "Faroese is not written; the matcher falls back to Danish with high confidence, but only nn has a designed fallback"},
		{"zh", "zh", "Chinese is not written"},
		{"is-IS", "is-IS", "a region does not make Icelandic supported"},
		{"de", "de", "German is not written"},
		{"se", "se", "se is Northern Sami, not Swedish; the country code SE must not be read as a language"},
		{"smj", "smj", "Lule Sami is not written either"},
		{"empty", "", "an empty tag is not well-formed"},
		{"und", "und", "the undetermined language matches nothing with confidence"},
		{"garbage", "garbage!!", "not a BCP 47 tag"},
		{"unknown-subtag", "zz", "well-formed but unknown"},
		{"private-use", "x-foo", "a private-use tag names no language"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := i18n.Match(tc.tag)
			if got != "" {
				t.Errorf("Match(%q) = %q; want \"\" with an error (%s)", tc.tag, got, tc.reason)
			}
			var ue *i18n.UnsupportedError
			if !errors.As(err, &ue) {
				t.Fatalf("Match(%q) error = %v (%T); want *UnsupportedError (%s)", tc.tag, err, err, tc.reason)
			}
			if ue.Tag != tc.tag {
				t.Errorf("UnsupportedError.Tag = %q; want the tag asked for, %q", ue.Tag, tc.tag)
			}
			msg := err.Error()
			for _, l := range []string{"en", "sv", "nb", "da"} {
				if !strings.Contains(msg, l) {
					t.Errorf("Match(%q) error %q does not list the supported language %s", tc.tag, msg, l)
				}
			}
		})
	}
}

func TestUnsupportedErrorMessage(t *testing.T) {
	err := &i18n.UnsupportedError{Tag: "fi"}
	want := `i18n: unsupported language "fi" (supported: en, sv, nb, da)`
	if got := err.Error(); got != want {
		t.Errorf("Error() = %q; want %q: the supported languages in the order of Langs", got, want)
	}
}

func TestLangs(t *testing.T) {
	want := []i18n.Lang{i18n.EN, i18n.SV, i18n.NB, i18n.DA}
	if diff := cmp.Diff(want, i18n.Langs); diff != "" {
		t.Errorf("Langs: English first, then the Nordic languages (-want +got):\n%s", diff)
	}
}

func TestLang(t *testing.T) {
	for _, tc := range []struct {
		lang   i18n.Lang
		valid  bool
		tag    language.Tag
		name   string
		reason string
	}{
		{i18n.EN, true, language.English, "English", "English"},
		{i18n.SV, true, language.Swedish, "svenska", "names are in the language itself, lower-case as Swedish writes them"},
		{i18n.NB, true, language.MustParse("nb"), "norsk bokmål", "x/text has no NorwegianBokmål constant; nb is parsed"},
		{i18n.DA, true, language.Danish, "dansk", "Danish"},
		{"no", false, language.Und, "no", "no is matched to nb by Match, but is not itself a Lang"},
		{"se", false, language.Und, "se", "Northern Sami is not supported"},
		{"", false, language.Und, "", "the empty Lang"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			if got := tc.lang.Valid(); got != tc.valid {
				t.Errorf("%q.Valid() = %v; want %v (%s)", tc.lang, got, tc.valid, tc.reason)
			}
			if got := tc.lang.Tag(); got != tc.tag {
				t.Errorf("%q.Tag() = %v; want %v (%s)", tc.lang, got, tc.tag, tc.reason)
			}
			if got := tc.lang.Name(); got != tc.name {
				t.Errorf("%q.Name() = %q; want %q (%s)", tc.lang, got, tc.name, tc.reason)
			}
		})
	}
}

// Every supported language's tag reads back as the Lang, and Match of it is
// the Lang itself.
func TestLangTagRoundTrip(t *testing.T) {
	for _, l := range i18n.Langs {
		if got := l.Tag().String(); got != string(l) {
			t.Errorf("%q.Tag().String() = %q; want %q", l, got, l)
		}
		if got, err := i18n.Match(string(l)); err != nil || got != l {
			t.Errorf("Match(%q) = %q, %v; want %q", l, got, err, l)
		}
	}
}

func TestUnsupportedErrorNil(t *testing.T) {
	var err *i18n.UnsupportedError
	want := `i18n: unsupported language "" (supported: en, sv, nb, da)`
	if got := err.Error(); got != want {
		t.Errorf("Error() of a nil *UnsupportedError = %q; want %q, not a panic", got, want)
	}
}
