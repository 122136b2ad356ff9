package render

import (
	"io"
	"sync"
)

// sink collects a writer's output and passes it on in chunks. The writers
// append to buf directly; after each piece, more than flushAt bytes are
// written out. It does what a bufio.Writer would, without a call and an
// error check for every piece of markup.
type sink struct {
	buf []byte
	dst io.Writer
	err error // the first write error; later output is dropped
}

// flushAt is the size of the chunks passed to the destination.
const flushAt = 16 << 10

// str appends s.
func (k *sink) str(s string) {
	k.buf = append(k.buf, s...)
	if len(k.buf) >= flushAt {
		k.flush()
	}
}

// flush passes the buffered output on.
func (k *sink) flush() {
	if k.err == nil && len(k.buf) > 0 {
		_, k.err = k.dst.Write(k.buf)
	}
	k.buf = k.buf[:0]
}

// sinks pools the sinks of the three writers.
var sinks = sync.Pool{New: func() any { return &sink{buf: make([]byte, 0, flushAt+4<<10)} }}

// getSink returns a pooled sink that writes to w.
func getSink(w io.Writer) *sink {
	k := sinks.Get().(*sink)
	k.dst, k.err = w, nil
	return k
}

// putSink flushes k, returns it to the pool and reports the first write
// error.
func putSink(k *sink) error {
	k.flush()
	err := k.err
	k.dst, k.err = nil, nil
	if cap(k.buf) <= 4*flushAt { // an enormous piece of text is not kept
		sinks.Put(k)
	}
	return err
}
