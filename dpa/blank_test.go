package dpa_test

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// TestInvisibleIsBlank: text a reader cannot see (white space, controls,
// zero-width and bidi characters) gives the same findings as empty text,
// with the draft or final severity of a blank (adversarial review F2).
func TestInvisibleIsBlank(t *testing.T) {
	invisible := []string{"\u0001", "\u200b", " \u202e\u2066 ", "\ufeff\u00a0", "\u3164"}
	for _, tc := range []struct {
		name, code, path string
		set              func(a *dpa.Agreement, s string)
	}{
		{"controller-name", "party.name-missing", "/controllers/0/name", func(a *dpa.Agreement, s string) { a.Controllers[0].Name = s }},
		{"processor-name", "party.name-missing", "/processor/name", func(a *dpa.Agreement, s string) { a.Processor.Name = s }},
		{"signatory", "party.signatory-missing", "/processor/signatory/name", func(a *dpa.Agreement, s string) { a.Processor.Signatory.Name = s }},
		{"venue", "law.venue-missing", "/clauses/venue", func(a *dpa.Agreement, s string) { a.Clauses.Venue = s }},
		{"sub-processor-name", "subprocessor.name-missing", "/annexes/b/entries/0/name", func(a *dpa.Agreement, s string) { a.Annexes.B.Entries[0].Name = s }},
		{"purpose", "processing.purpose-missing", "/annexes/a/purpose", func(a *dpa.Agreement, s string) { a.Annexes.A.Purpose = i18n.T(s) }},
		{"group-name", "processing.group-name-missing", "/annexes/a/groups/0/name", func(a *dpa.Agreement, s string) { a.Annexes.A.Groups[0].Name = i18n.T(s) }},
		{"activity", "subprocessor.activity-missing", "/annexes/b/entries/0/activity", func(a *dpa.Agreement, s string) { a.Annexes.B.Entries[0].Activity = i18n.T(s) }},
		{"other-org-id", "org-id.invalid", "/processor/orgId/value", func(a *dpa.Agreement, s string) {
			a.Processor.OrgID.Scheme, a.Processor.OrgID.Value = "other", s
		}},
	} {
		for _, status := range []dpa.Status{dpa.Draft, dpa.Final} {
			build := func(s string) dpa.Findings {
				return dpa.Validate(dpatest.Agreement(t, "reference", dpatest.Status(status),
					dpatest.Edit(func(a *dpa.Agreement) { tc.set(a, s) })))
			}
			empty := build("")
			if status == dpa.Final || tc.code != "party.signatory-missing" { // a draft may leave the signatory open
				dpatest.Has(t, empty, dpa.Code(tc.code), tc.path)
			}
			for _, s := range invisible {
				if d := cmp.Diff(dpatest.Keys(empty), dpatest.Keys(build(s))); d != "" {
					t.Errorf("%s, %s, %+q: findings differ from the empty text's (-empty +invisible):\n%s", tc.name, status, s, d)
				}
			}
		}
	}
}

// TestInvisibleMainLanguage: a main-language version of only invisible
// characters is missing.
func TestInvisibleMainLanguage(t *testing.T) {
	a := dpatest.Agreement(t, "reference", dpatest.Edit(func(a *dpa.Agreement) {
		a.Annexes.A.Purpose = a.Annexes.A.Purpose.Set(a.MainLang(), "\u200b")
	}))
	dpatest.Has(t, dpa.Validate(a), "text.main-language-missing", "/annexes/a/purpose")
}
