package annex_test

import (
	"testing"

	"github.com/dpakit/dpakit/annex"
)

// TestAuthorisationFor checks review 39 (en R2, nb R1): an entry's own
// authorisation wins; without one, the Engages of the nearest entry up the
// chain that sets one applies, and else the default; a broken or cyclic
// chain falls back to the default.
func TestAuthorisationFor(t *testing.T) {
	b := annex.SubProcessors{
		Authorisation: annex.Specific,
		Entries: []annex.SubProcessor{
			{ID: "inera", Engages: annex.General},                       // specific itself, general below it
			{ID: "drift", EngagedBy: "inera"},                           // general, from inera
			{ID: "lager", EngagedBy: "drift"},                           // general, two levels down
			{ID: "egen", EngagedBy: "inera", Authorisation: "specific"}, // its own wins
			{ID: "direct"},                                       // the default
			{ID: "lost", EngagedBy: "nobody"},                    // a broken link: the default
			{ID: "a", EngagedBy: "b"}, {ID: "b", EngagedBy: "a"}, // a cycle: the default
		},
	}
	want := map[string]annex.Authorisation{
		"inera": annex.Specific, "drift": annex.General, "lager": annex.General, "egen": annex.Specific,
		"direct": annex.Specific, "lost": annex.Specific, "a": annex.Specific, "b": annex.Specific,
	}
	for _, e := range b.Entries {
		if got := b.AuthorisationFor(e); got != want[e.ID] {
			t.Errorf("%s: %q, want %q", e.ID, got, want[e.ID])
		}
	}
	if !b.EngagesGeneral() {
		t.Error("EngagesGeneral is false with inera's general authorisation below it")
	}
	if !b.AnyGeneral() {
		t.Error("AnyGeneral is false with inera's general authorisation below it")
	}
	b.Entries[0].Engages = ""
	if b.EngagesGeneral() || b.AnyGeneral() {
		t.Error("EngagesGeneral or AnyGeneral is true without any")
	}
	b.Entries[4].Authorisation = annex.General
	if !b.AnyGeneral() || b.EngagesGeneral() {
		t.Error("an entry's own general authorisation: AnyGeneral false or EngagesGeneral true")
	}
	b.Entries[4].Authorisation = ""
	b.Authorisation = annex.General
	if !b.AnyGeneral() {
		t.Error("a general default: AnyGeneral is false")
	}
	b.Authorisation = annex.Specific
	if got := b.AuthorisationFor(b.Entries[1]); got != annex.Specific {
		t.Errorf("drift without inera's Engages: %q, want the default", got)
	}
}
