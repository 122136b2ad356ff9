package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestFinalBlanksMarked checks review 34 nb R4 and review 35 nb R1: a
// final agreement laid out with blanks left (AllowBlanks) says in its title
// block that it holds fields the parties have not agreed; one without
// blanks, and a draft (which says it is a draft), do not.
func TestFinalBlanksMarked(t *testing.T) {
	seen := map[bool]bool{}
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			a := ex.Build()
			d := build(t, a, l)
			// The mark is what the template adds after the edition.
			mark := strings.TrimPrefix(lookup(l, kEditionBlanks, []string{"\x00"}), "\x00")
			marked := strings.HasSuffix(d.Edition, mark)
			want := a.Status == dpa.Final && len(d.Blanks) > 0
			if marked != want {
				t.Errorf("%s %s: final %v, %d blanks, edition %q", ex.Name, l, a.Status == dpa.Final, len(d.Blanks), d.Edition)
			}
			seen[want] = true
		}
	}
	if !seen[true] || !seen[false] {
		t.Errorf("the examples lack a final agreement with blanks or one without (%v)", seen)
	}
}
