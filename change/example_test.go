package change_test

import (
	"fmt"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/dpa"
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

// DiffWithDigest is Diff for a contract system that stored the old
// version's digest with it: the digest the new version names is checked
// against the stored one, without encoding and hashing the old version.
func ExampleDiffWithDigest() {
	old := examples.Seed004()
	stored, err := dpa.Digest(old) // computed once, when the version was stored
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := change.DiffWithDigest(old, stored, examples.Seed004V2())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("changes:", len(r.Changes), "problems:", len(r.Problems), "needs:", r.Needs)
	// Output:
	// changes: 6 problems: 0 needs: notice
}
