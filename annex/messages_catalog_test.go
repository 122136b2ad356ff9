package annex

import (
	"testing"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/internal/catalog"
)

// TestMessagesGenerated fails when catalog_gen.go is not what go generate
// makes of locales/*/messages.gotext.json now: a message was edited
// without go generate ./annex.
func TestMessagesGenerated(t *testing.T) {
	if err := catalog.Targets["annex"].CheckGenerated("."); err != nil {
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
	ids := map[finding.Code]key{}
	for k := key(1); k < numKeys; k++ {
		ids[finding.Code(keyIDs[k])] = k
	}
	for _, d := range defs {
		k, ok := ids[d.Code]
		if !ok {
			t.Errorf("%s: no message with the code as its id in locales/", d.Code)
			continue
		}
		if d.Message != message(k) {
			t.Errorf("%s: the message is not the catalogue's text for %s", d.Code, keyIDs[k])
		}
		delete(ids, d.Code)
	}
	for id := range ids {
		t.Errorf("locales/ has message %s, which is the code of no definition of this package", id)
	}
}
