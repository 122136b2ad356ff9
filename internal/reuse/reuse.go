// Package reuse keeps a few costly values, such as compressors, for reuse
// across calls. Unlike sync.Pool it keeps them through garbage collection:
// a deflate compressor costs some hundreds of kilobytes to make, and the
// PDF writer allocates enough per file that collections came often and a
// sync.Pool was empty again on most calls (BENCHMARKS.md, issue 14).
package reuse

// List holds up to a fixed number of values of T for reuse. It is safe
// for concurrent use. The zero List keeps nothing, and its Get returns the
// zero T; use [New].
type List[T any] struct {
	free     chan T
	newValue func() T
}

// New returns a list that keeps at most n values and calls newValue when
// it has none to give.
func New[T any](n int, newValue func() T) *List[T] {
	return &List[T]{free: make(chan T, max(n, 0)), newValue: newValue}
}

// Get returns a kept value, or a new one when none is kept.
func (l *List[T]) Get() T {
	select {
	case v := <-l.free:
		return v
	default:
		if l.newValue == nil {
			var zero T
			return zero
		}
		return l.newValue()
	}
}

// Put keeps v for a later Get, or drops it when the list is full. The
// caller must not use v afterwards.
func (l *List[T]) Put(v T) {
	select {
	case l.free <- v:
	default:
	}
}
