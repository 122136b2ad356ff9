package change_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/change"
)

// TestRulesDoc: the classification table in docs/lifecycle.md lists every
// rule of change.Rules, in order, with its pointer, kinds, authorisation,
// class and legal reference, so the documented table cannot drift from
// the one Diff applies.
func TestRulesDoc(t *testing.T) {
	b, err := os.ReadFile("../docs/lifecycle.md")
	if err != nil {
		t.Fatal(err)
	}
	// The rows of the table under "| rule | pointer |", up to its end.
	var rows []string
	in := false
	for line := range strings.SplitSeq(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "| rule | pointer |"):
			in = true
		case in && strings.HasPrefix(line, "| `"):
			rows = append(rows, line)
		case in && !strings.HasPrefix(line, "|"):
			in = false
		}
	}
	want := make([]string, len(change.Rules))
	for i, r := range change.Rules {
		kinds := "all"
		if len(r.Kinds) > 0 {
			var k []string
			for _, x := range r.Kinds {
				k = append(k, string(x))
			}
			kinds = strings.Join(k, ", ")
		}
		auth := "any"
		if r.Authorisation != "" {
			auth = string(r.Authorisation)
		}
		ref := r.Ref
		if ref == "" {
			ref = "—"
		}
		want[i] = "| `" + r.ID + "` | `" + r.Pattern + "` | " + kinds + " | " + auth + " | " + string(r.Class) + " | " + ref + " |"
	}
	if len(rows) != len(want) {
		t.Fatalf("docs/lifecycle.md lists %d rules, change.Rules has %d", len(rows), len(want))
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("rule %d:\n docs: %s\n code: %s", i, rows[i], want[i])
		}
	}
}
