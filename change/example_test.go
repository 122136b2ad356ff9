package change_test

import (
	"fmt"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/examples"
)

// Diff of the two versions of seed 004: the sub-processor that geocodes
// addresses is replaced under the general authorisation.
func ExampleDiff() {
	r, err := change.Diff(examples.Seed004(), examples.Seed004V2())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Changes {
		fmt.Println(c.Class, c.Kind, c.Path, c.Ref)
	}
	fmt.Println("needs:", r.Needs)
	// Output:
	// none changed /version —
	// none added /replaces —
	// none changed /date —
	// notice added /annexes/b/entries/0/until GDPR Art. 28(2), 28(3)(g), 28(4)
	// notice added /annexes/b/entries/0/exit GDPR Art. 28(2), 28(3)(g), 28(4)
	// notice added /annexes/b/entries/1 GDPR Art. 28(2), second sentence
	// needs: notice
}
