package cite

import (
	"testing"

	"github.com/dpakit/dpakit/i18n"
)

// TestFormat writes the built-in rules' kinds of reference in each
// language (review 41 sv S1, nb S3, da S3: English citations in Swedish,
// Norwegian and Danish findings).
func TestFormat(t *testing.T) {
	for _, tc := range []struct{ ref, sv, nb, da string }{
		{"GDPR Art. 28(3)(f), Art. 33(2)",
			"artikel 28.3 f och artikel 33.2 i dataskyddsförordningen",
			"personvernforordningen artikkel 28 nr. 3 bokstav f og artikkel 33 nr. 2",
			"databeskyttelsesforordningens artikel 28, stk. 3, litra f, og artikel 33, stk. 2"},
		{"GDPR Art. 28(3)(g) and (h)",
			"artikel 28.3 g och h i dataskyddsförordningen",
			"personvernforordningen artikkel 28 nr. 3 bokstav g og bokstav h",
			"databeskyttelsesforordningens artikel 28, stk. 3, litra g, og litra h"},
		{"GDPR Art. 32, Arts. 9, 10 and 87",
			"artikel 32, artiklarna 9, 10 och 87 i dataskyddsförordningen",
			"personvernforordningen artikkel 32, artikkel 9, 10 og 87",
			"databeskyttelsesforordningens artikel 32, artikel 9, 10 og 87"},
		{"GDPR Art. 28(2), 28(3)(g), 28(4)",
			"artikel 28.2, 28.3 g och 28.4 i dataskyddsförordningen",
			"personvernforordningen artikkel 28 nr. 2, nr. 3 bokstav g og nr. 4",
			"databeskyttelsesforordningens artikel 28, stk. 2, stk. 3, litra g, og stk. 4"},
		{"GDPR Art. 28(2), (9)",
			"artikel 28.2 och 28.9 i dataskyddsförordningen",
			"personvernforordningen artikkel 28 nr. 2 og nr. 9",
			"databeskyttelsesforordningens artikel 28, stk. 2, og stk. 9"},
		{"GDPR Art. 28(2), first sentence",
			"artikel 28.2 första meningen i dataskyddsförordningen",
			"personvernforordningen artikkel 28 nr. 2 første punktum",
			"databeskyttelsesforordningens artikel 28, stk. 2, 1. pkt."},
		{"GDPR Art. 28(3)(a), Chapter V; Art. 49(1), second subparagraph",
			"artikel 28.3 a och kapitel V i dataskyddsförordningen; artikel 49.1 andra stycket i dataskyddsförordningen",
			"personvernforordningen artikkel 28 nr. 3 bokstav a og kapittel V; personvernforordningen artikkel 49 nr. 1 annet ledd",
			"databeskyttelsesforordningens artikel 28, stk. 3, litra a, og kapitel V; databeskyttelsesforordningens artikel 49, stk. 1, 2. afsnit"},
		{"GDPR Arts. 44–49, Art. 28(3)(a)",
			"artiklarna 44–49 och artikel 28.3 a i dataskyddsförordningen",
			"personvernforordningen artikkel 44–49 og artikkel 28 nr. 3 bokstav a",
			"databeskyttelsesforordningens artikel 44–49 og artikel 28, stk. 3, litra a"},
		{"GDPR Art. 33(1)–(2)",
			"artikel 33.1–33.2 i dataskyddsförordningen",
			"personvernforordningen artikkel 33 nr. 1–2",
			"databeskyttelsesforordningens artikel 33, stk. 1–2"},
		{"GDPR Art. 49(1)(a)–(g)",
			"artikel 49.1 a–g i dataskyddsförordningen",
			"personvernforordningen artikkel 49 nr. 1 bokstav a–g",
			"databeskyttelsesforordningens artikel 49, stk. 1, litra a–g"},
		{"GDPR Art. 45; Implementing Decision (EU) 2023/1795",
			"artikel 45 i dataskyddsförordningen; kommissionens genomförandebeslut (EU) 2023/1795",
			"personvernforordningen artikkel 45; kommisjonens gjennomføringsbeslutning (EU) 2023/1795",
			"databeskyttelsesforordningens artikel 45; Kommissionens gennemførelsesafgørelse (EU) 2023/1795"},
		{"GDPR Art. 44, 46(1)",
			"artikel 44 och artikel 46.1 i dataskyddsförordningen",
			"personvernforordningen artikkel 44 og artikkel 46 nr. 1",
			"databeskyttelsesforordningens artikel 44 og artikel 46, stk. 1"},
		// Not in the grammar: returned as written.
		{"ACME policy §4.2", "ACME policy §4.2", "ACME policy §4.2", "ACME policy §4.2"},
		{"GDPR Art. 28(3) or so", "GDPR Art. 28(3) or so", "GDPR Art. 28(3) or so", "GDPR Art. 28(3) or so"},
		{"GDPR Art. (3)", "GDPR Art. (3)", "GDPR Art. (3)", "GDPR Art. (3)"},
		{"", "", "", ""},
	} {
		for l, want := range map[i18n.Lang]string{i18n.SV: tc.sv, i18n.NB: tc.nb, i18n.DA: tc.da, i18n.EN: tc.ref} {
			if got := Format(tc.ref, l); got != want {
				t.Errorf("Format(%q, %s) = %q, want %q", tc.ref, l, got, want)
			}
		}
	}
}
