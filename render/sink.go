package render

import (
	"io"
	"sync"
)

// sink collects a writer's output and passes it on in chunks, as a
// bufio.Writer would, without a call and an error check for every piece of
// markup. buf is used up to n; buf itself is never reassigned while a
// document is written, so adding text stores an integer and no pointer
// (which the garbage collector would have to be told about while it runs).
type sink struct {
	buf []byte // the chunk, len(buf) == cap(buf)
	n   int    // bytes of buf in use
	dst io.Writer
	err error // the first write error; later output is dropped
	// tail holds the last bytes passed on, so a writer can look back across
	// a chunk boundary (see tailByte).
	tail [4]byte
}

// chunk is the size of the pieces passed to the destination.
const chunk = 16 << 10

// str appends s.
func (k *sink) str(s string) {
	if len(s) > len(k.buf)-k.n {
		k.spill(s)
		return
	}
	k.n += copy(k.buf[k.n:], s)
}

// byte appends c.
func (k *sink) byte(c byte) {
	if k.n == len(k.buf) {
		k.flush()
	}
	k.buf[k.n] = c
	k.n++
}

// spill passes the buffered output on and then takes s, which did not fit;
// text longer than the whole buffer goes straight to the destination.
func (k *sink) spill(s string) {
	k.flush()
	if len(s) > len(k.buf) {
		if k.err == nil {
			_, k.err = io.WriteString(k.dst, s)
		}
		keepTail(k, s)
		return
	}
	k.n = copy(k.buf, s)
}

// flush passes the buffered output on.
func (k *sink) flush() {
	if k.err == nil && k.n > 0 {
		_, k.err = k.dst.Write(k.buf[:k.n])
	}
	keepTail(k, k.buf[:k.n])
	k.n = 0
}

// keepTail records the last bytes of b, just passed on, in k.tail.
func keepTail[S ~string | ~[]byte](k *sink, b S) {
	n := len(k.tail)
	if len(b) < n {
		copy(k.tail[:], k.tail[len(b):])
		n = len(b)
	}
	for i := range n {
		k.tail[len(k.tail)-n+i] = b[len(b)-n+i]
	}
}

// tailByte returns the byte written back bytes before the end of the
// output so far (1 is the last), or 0 when there is none that far back.
func (k *sink) tailByte(back int) byte {
	if back <= k.n {
		return k.buf[k.n-back]
	}
	if back -= k.n; back <= len(k.tail) {
		return k.tail[len(k.tail)-back]
	}
	return 0
}

// anchorID appends the characters of s that may stand in an anchor id (see
// anchorChar).
func (k *sink) anchorID(s string) {
	i := 0
	for i < len(s) && anchorChar(s[i]) {
		i++
	}
	k.str(s[:i])
	for ; i < len(s); i++ {
		if anchorChar(s[i]) {
			k.byte(s[i])
		}
	}
}

// sinks pools the sinks of the three writers.
var sinks = sync.Pool{New: func() any { return &sink{buf: make([]byte, chunk)} }}

// getSink returns a pooled sink that writes to w.
func getSink(w io.Writer) *sink {
	k := sinks.Get().(*sink)
	k.dst, k.err, k.n, k.tail = w, nil, 0, [4]byte{}
	return k
}

// putSink flushes k, returns it to the pool and reports the first write
// error.
func putSink(k *sink) error {
	k.flush()
	err := k.err
	k.dst, k.err = nil, nil
	sinks.Put(k)
	return err
}
