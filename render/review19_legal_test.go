package render

import (
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestPublicAccessCitesRequests checks review 19 da R10: the paragraph on
// a processor that is a public authority cites the paragraph on requests
// from others by its computed number, and names it by its place when the
// document is not numbered.
func TestPublicAccessCitesRequests(t *testing.T) {
	// The reference's processors are companies (Clauses.NoPublicAccess);
	// as if one were a public body, the paragraph is there.
	public := func() *dpa.Agreement {
		a := examples.Reference()
		a.Clauses.NoPublicAccess = false
		return a
	}
	for _, l := range i18n.Langs {
		for _, ex := range []struct {
			name string
			d    *Document
		}{
			{"reference", build(t, public(), l)},
			{"seed000", build(t, examples.Seed000(), l)},
		} {
			texts, numbers := sectionParagraphs(t, ex.d, "confidentiality")
			req := indexOf(texts, lookup(l, kConfidentialityRequests, nil))
			if req < 0 || numbers[req] == "" {
				t.Fatalf("%s, %s: no numbered %s in %q", ex.name, l, keyIDs[kConfidentialityRequests], texts)
			}
			if indexOf(texts, lookup(l, kConfidentialityRequestsPublic, []string{clean(numbers[req])})) < 0 {
				t.Errorf("%s, %s: no %s citing %q", ex.name, l, keyIDs[kConfidentialityRequestsPublic], numbers[req])
			}
		}
		d, err := Build(public(), l, Options{AllowBlanks: true, NoNumbering: true})
		if err != nil {
			t.Fatal(err)
		}
		texts, _ := sectionParagraphs(t, d, "confidentiality")
		if indexOf(texts, lookup(l, kConfidentialityRequestsPublicUnnumbered, nil)) < 0 {
			t.Errorf("%s, unnumbered: no %s", l, keyIDs[kConfidentialityRequestsPublicUnnumbered])
		}
		// Review 25 en R15, da R13: without a public body, no paragraph.
		texts, numbers := sectionParagraphs(t, build(t, examples.Reference(), l), "confidentiality")
		req := indexOf(texts, lookup(l, kConfidentialityRequests, nil))
		if req < 0 || indexOf(texts, lookup(l, kConfidentialityRequestsPublic, []string{clean(numbers[req])})) >= 0 {
			t.Errorf("%s: the paragraph on public access stands although no processor is a public body", l)
		}
	}
}
