package catalog

import "testing"

func TestCheckCodes(t *testing.T) {
	ids := []string{"", "a.one", "a.two", "a.orphan"}
	codes := []string{"a.one", "a.two", "a.nomessage"}
	// Definition 1 holds key 1's text (a.one's), not its own.
	holds := func(i, k int) bool { return i == 0 && k == 1 || i == 1 && k == 1 }
	errs := CheckCodes(ids, codes, holds)
	if len(errs) != 3 {
		t.Fatalf("CheckCodes gave %d errors, want 3 (wrong text, no message, orphan message): %v", len(errs), errs)
	}
	if errs := CheckCodes(ids[:3], codes[:2], func(i, k int) bool { return i+1 == k }); errs != nil {
		t.Errorf("a consistent catalogue gave errors: %v", errs)
	}
}
