package annex_test

import (
	"fmt"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/google/go-cmp/cmp"
)

func entries(links ...[2]string) annex.SubProcessors {
	var b annex.SubProcessors
	for _, l := range links {
		b.Entries = append(b.Entries, annex.SubProcessor{ID: l[0], EngagedBy: l[1]})
	}
	return b
}

func TestChain(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reason string
		b      annex.SubProcessors
		parent []int
		depth  []int
		cycle  []bool
	}{
		{"flat", "entries without engaged-by belong to the processor",
			entries([2]string{"a", ""}, [2]string{"b", ""}), []int{-1, -1}, []int{1, 1}, []bool{false, false}},
		{"five-levels", "seed 004 Bilag E: at least five levels",
			entries([2]string{"e", "d"}, [2]string{"d", "c"}, [2]string{"c", "b"}, [2]string{"b", "a"}, [2]string{"a", ""}),
			[]int{1, 2, 3, 4, -1}, []int{5, 4, 3, 2, 1}, []bool{false, false, false, false, false}},
		{"unknown", "a link to nobody breaks the entry and what hangs below it",
			entries([2]string{"a", "ghost"}, [2]string{"b", "a"}), []int{-2, 0}, []int{0, 0}, []bool{false, false}},
		{"cycle", "a ring is marked, its descendants are broken",
			entries([2]string{"a", "b"}, [2]string{"b", "a"}, [2]string{"c", "a"}, [2]string{"d", ""}),
			[]int{-2, -2, 0, -1}, []int{0, 0, 0, 1}, []bool{true, true, false, false}},
		{"self", "an entry engaged by itself is a cycle", entries([2]string{"a", "a"}), []int{-2}, []int{0}, []bool{true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.b.Chain()
			if diff := cmp.Diff(tc.parent, c.Parent); diff != "" {
				t.Errorf("%s: parent (-want +got):\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(tc.depth, c.Depth); diff != "" {
				t.Errorf("%s: depth (-want +got):\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(tc.cycle, c.Cycle); diff != "" {
				t.Errorf("%s: cycle (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestChainLargeUsesIndex(t *testing.T) {
	// Above 64 entries the chain switches from linear look-ups to a map; the
	// answers must not change.
	var b annex.SubProcessors
	for i := range 200 {
		e := annex.SubProcessor{ID: fmt.Sprint(i)}
		if i > 0 {
			e.EngagedBy = fmt.Sprint(i - 1)
		}
		b.Entries = append(b.Entries, e)
	}
	c := b.Chain()
	for i, d := range c.Depth {
		if d != i+1 {
			t.Fatalf("entry %d has depth %d, want %d", i, d, i+1)
		}
	}
}

// The chain of Annex E, built from the engaged-by links.
func ExampleSubProcessors_Chain() {
	b := annex.SubProcessors{Entries: []annex.SubProcessor{
		{ID: "hosting", Name: "Hosting A/S"},
		{ID: "dc", Name: "Datacenter ApS", EngagedBy: "hosting"},
		{ID: "backup", Name: "Backup AB", EngagedBy: "dc"},
	}}
	c := b.Chain()
	for i, e := range b.Entries {
		fmt.Println(c.Depth[i], e.Name)
	}
	// Output:
	// 1 Hosting A/S
	// 2 Datacenter ApS
	// 3 Backup AB
}
