package profile

import (
	"testing"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/internal/catalog"
)

// TestMessagesGenerated fails when catalog_gen.go is not what go generate
// makes of locales/*/messages.gotext.json now: a message was edited
// without go generate ./profile.
func TestMessagesGenerated(t *testing.T) {
	if err := catalog.Targets["profile"].CheckGenerated("."); err != nil {
		t.Error(err)
	}
}

// TestMessageTranslationsCurrent fails for a translation made from an
// English message that has changed since, unless it is on
// locales/known-gaps.json, and for a listed one that is current again.
func TestMessageTranslationsCurrent(t *testing.T) {
	if err := catalog.CheckCurrent("locales"); err != nil {
		t.Error(err)
	}
}

// TestMessagesByCode checks that the catalogue's ids are the codes this
// package defines, each once, and that each definition's message is the
// catalogue's text under its own code, so that no definition points at
// another code's message.
func TestMessagesByCode(t *testing.T) {
	defs := profileDefs()
	codes := make([]string, len(defs))
	for i, d := range defs {
		codes[i] = string(d.Code)
	}
	for _, err := range catalog.CheckCodes(keyIDs[:], codes, func(i, k int) bool { return defs[i].Message == message(key(k)) }) {
		t.Error(err)
	}
}

// profileDefs returns the definitions of every profile's rules.
func profileDefs() []*finding.Def {
	var out []*finding.Def
	for _, p := range All() {
		for i := range p.Rules {
			out = append(out, &p.Rules[i].Def)
		}
	}
	return out
}
