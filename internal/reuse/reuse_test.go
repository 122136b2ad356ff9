package reuse

import (
	"sync"
	"testing"
)

// TestList: values put back are given out again, at most n are kept, and
// the list works from many goroutines at once.
func TestList(t *testing.T) {
	made := 0
	l := New(2, func() *int { made++; v := made; return &v })
	a, b, c := l.Get(), l.Get(), l.Get()
	if made != 3 {
		t.Fatalf("three Gets from an empty list made %d values, want 3", made)
	}
	l.Put(a)
	l.Put(b)
	l.Put(c) // dropped: the list keeps two
	if got := l.Get(); got != a {
		t.Errorf("Get after Put gave %d, want the first value kept (%d)", *got, *a)
	}
	if got := l.Get(); got != b {
		t.Errorf("second Get gave %d, want %d", *got, *b)
	}
	if l.Get(); made != 4 {
		t.Errorf("a Get beyond the two kept made %d values in all, want 4", made)
	}

	var zero List[*int]
	if v := zero.Get(); v != nil {
		t.Errorf("the zero List gave %v, want nil", v)
	}
	zero.Put(a) // keeps nothing, does not block

	shared := New(4, func() []byte { return make([]byte, 8) })
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				b := shared.Get()
				b[0]++
				shared.Put(b)
			}
		})
	}
	wg.Wait()
}
