package render

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/catalog"
)

// TestCatalogueGenerated fails when catalog_gen.go is not what go generate
// makes of locales/*/messages.gotext.json now: a file was edited without
// go generate ./render.
func TestCatalogueGenerated(t *testing.T) {
	generated, err := catalog.GenerateDir(os.DirFS("locales"), catalog.Langs)
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := os.ReadFile("catalog_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(onDisk) != string(generated) {
		t.Errorf("catalog_gen.go is stale; run go generate ./render\n%s", firstLineDiff(string(onDisk), string(generated)))
	}
}

// firstLineDiff names the first line where a and b differ.
func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n  committed: " + x + "\n  generated: " + y
		}
	}
	return ""
}

// TestCatalogueLangs checks that the generated table has the languages of
// i18n.Langs in their order, as langIndex assumes.
func TestCatalogueLangs(t *testing.T) {
	var got []i18n.Lang
	for _, l := range catalogueLangs {
		got = append(got, i18n.Lang(l))
	}
	if !slices.Equal(got, i18n.Langs) {
		t.Errorf("catalogue languages %v, want i18n.Langs %v", got, i18n.Langs)
	}
	for i, l := range i18n.Langs {
		if langIndex(l) != i {
			t.Errorf("langIndex(%s) = %d, want %d", l, langIndex(l), i)
		}
	}
}

// TestTranslationsCurrent fails for a translation made from an English
// text that has changed since, unless it is on locales/known-gaps.json,
// and for a listed translation that is current again: the list may only
// shrink.
func TestTranslationsCurrent(t *testing.T) {
	files, err := catalog.ReadDir(os.DirFS("locales"), catalog.Langs)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("locales", "known-gaps.json"))
	if err != nil {
		t.Fatal(err)
	}
	gaps, err := catalog.DecodeGaps(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := catalog.CheckStale(files, gaps); err != nil {
		t.Error(err)
	}
}
