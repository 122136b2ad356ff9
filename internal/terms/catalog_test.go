package terms_test

import (
	"os"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/catalog"
	"github.com/dpakit/dpakit/internal/terms"
)

// TestCatalogueGenerated fails when catalog_gen.go is not what go generate
// makes of locales/*/messages.gotext.json now: a file was edited without
// go generate ./internal/terms.
func TestCatalogueGenerated(t *testing.T) {
	if err := catalog.Terms.CheckGenerated("."); err != nil {
		t.Error(err)
	}
}

// TestTranslationsCurrent fails for a translation made from an English
// title or help text that has changed since, unless it is on
// locales/known-gaps.json, and for a listed translation that is current
// again: the list may only shrink.
func TestTranslationsCurrent(t *testing.T) {
	if err := catalog.CheckCurrent("locales"); err != nil {
		t.Error(err)
	}
}

// TestStaleTerm edits an English help text of the real catalogue in
// memory: every other language's translation of it becomes stale, and
// CheckStale names each.
func TestStaleTerm(t *testing.T) {
	files, err := catalog.ReadDir(os.DirFS("locales"), catalog.Langs)
	if err != nil {
		t.Fatal(err)
	}
	const id = "annex.SubProcessors.ObjectionWindow.help"
	found := false
	for i := range files[0].Messages {
		if m := &files[0].Messages[i]; m.ID == id {
			m.Message += " (amended)"
			m.Translation = m.Message
			found = true
		}
	}
	if !found {
		t.Fatalf("no id %s in the English file", id)
	}
	stale := catalog.Stale(files)
	if len(stale) != len(catalog.Langs)-1 {
		t.Fatalf("stale %v, want %s in each of %v", stale, id, catalog.Langs[1:])
	}
	for i, p := range stale {
		if p.ID != id || p.Language != catalog.Langs[i+1] {
			t.Errorf("stale %v, want %s in each of %v", stale, id, catalog.Langs[1:])
		}
	}
	if err := catalog.CheckStale(files, nil); err == nil {
		t.Error("CheckStale passed a stale translation")
	}
}

// TestTextsFromFiles checks that Title and Description return, for every
// id of the files, the file's translation in its language: key.title is
// the key's title, key.help its description, key.choice its title as a
// choice in a form, and a value key's help is the enum value's description.
func TestTextsFromFiles(t *testing.T) {
	files, err := catalog.ReadDir(os.DirFS("locales"), catalog.Langs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		l := i18n.Lang(f.Language)
		for _, m := range f.Messages {
			var got string
			switch k, part := cut(m.ID); part {
			case "title":
				got = terms.Title(k, l)
			case "help":
				got = terms.Description(k, l)
			case "choice":
				got = terms.ChoiceTitle(k).In(l)
			default:
				t.Errorf("%s: id ends in none of .title, .help and .choice", m.ID)
				continue
			}
			if got != m.Translation {
				t.Errorf("%s in %s = %q, want the file's %q", m.ID, l, got, m.Translation)
			}
		}
	}
}

// cut splits a catalogue id into the term key and its part.
func cut(id string) (terms.Key, string) {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '.' {
			return terms.Key(id[:i]), id[i+1:]
		}
	}
	return terms.Key(id), ""
}
