package dpatest_test

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpakit/dpakit/dpa/dpatest"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
)

// wording loads a company wording that gives id the text of each
// language.
func wording(t *testing.T, id string, text map[i18n.Lang]string) *render.Wording {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, l := range i18n.Langs {
		data, err := json.Marshal(map[string]any{
			"language": l,
			"messages": []map[string]string{{"id": id, "translation": text[l]}},
		})
		if err != nil {
			t.Fatal(err)
		}
		fsys[string(l)+"/messages.gotext.json"] = &fstest.MapFile{Data: data}
	}
	w, err := render.LoadWording(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestCoversArt28(t *testing.T) {
	same := func(s string) map[i18n.Lang]string {
		return map[i18n.Lang]string{i18n.EN: s, i18n.SV: s, i18n.NB: s, i18n.DA: s}
	}
	for _, tc := range []struct {
		name, reason string
		w            func(t *testing.T) *render.Wording
		fails        []string // what every failure names: the point of Art. 28(3) and the clause
	}{
		{"builtin", "dpakit's own wording covers Art. 28(3)",
			func(*testing.T) *render.Wording { return nil }, nil},
		{"reworded", "a company's sentence in place of dpakit's still covers the clause",
			func(t *testing.T) *render.Wording {
				return wording(t, "confidentiality.survives", map[i18n.Lang]string{
					i18n.EN: "Confidentiality lasts without limit in time.", i18n.SV: "Tystnadsplikten gäller utan tidsgräns.",
					i18n.NB: "Taushetsplikten gjelder uten tidsbegrensning.", i18n.DA: "Tavshedspligten gælder uden tidsbegrænsning."})
			}, nil},
		{"emptied", "a clause of Art. 28(3)(b) emptied in every language",
			func(t *testing.T) *render.Wording { return wording(t, "confidentiality.survives", same("")) },
			[]string{"(b) confidentiality", `"confidentiality"`, "no text"}},
		{"invisible", "text a reader cannot see is as empty as none",
			func(t *testing.T) *render.Wording { return wording(t, "sub.flowdown", same("\u200b ")) },
			[]string{"(d) sub-processors", `"sub-processors"`, "no text"}},
		{"heading", "an emptied heading of an Art. 28(3) clause",
			func(t *testing.T) *render.Wording { return wording(t, "h.audit", same("")) },
			[]string{"(h) audits", `"audit"`, "heading"}},
		{"list item", "an emptied item of the list of rights, Art. 28(3)(e)",
			func(t *testing.T) *render.Wording { return wording(t, "rights.access", same(" ")) },
			[]string{"(e) data subjects' rights", "list item 2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.w(t)
			rec := run(t, func(tb testing.TB) { dpatest.CoversArt28(tb, w) })
			if failed := len(rec.errors) > 0; failed != (tc.fails != nil) {
				t.Fatalf("failed = %v, want %v (%s): %q", failed, tc.fails != nil, tc.reason, rec.errors)
			}
			for _, e := range rec.errors {
				for _, want := range tc.fails {
					if !strings.Contains(e, want) {
						t.Errorf("failure %q does not name %q (%s)", e, want, tc.reason)
					}
				}
			}
		})
	}
}
