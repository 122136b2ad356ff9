package render

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestSinkPieces writes pieces of every size around the chunk size and
// checks that the output arrives whole and in order, in chunks no larger
// than the buffer unless a single piece is larger.
func TestSinkPieces(t *testing.T) {
	for _, size := range []int{0, 1, 7, chunk - 1, chunk, chunk + 1, 3*chunk + 5} {
		var got, want bytes.Buffer
		rec := &recorder{w: &got}
		k := getSink(rec)
		for i := range 5 {
			p := strings.Repeat(string(rune('a'+i)), size)
			k.str(p)
			k.byte('|')
			k.anchorID("x-" + p[:min(len(p), 3)] + "<>")
			want.WriteString(p + "|x-" + p[:min(len(p), 3)])
		}
		if err := putSink(k); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("size %d: output differs (%d bytes, want %d)", size, got.Len(), want.Len())
		}
		for _, n := range rec.writes {
			if n > chunk && n != size {
				t.Errorf("size %d: a write of %d bytes", size, n)
			}
		}
	}
}

type recorder struct {
	w      *bytes.Buffer
	writes []int
}

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, len(p))
	return r.w.Write(p)
}

// TestWriteError checks that every format reports the destination's first
// write error, also when it happens midway.
func TestWriteError(t *testing.T) {
	a := examples.Seed004()
	boom := errors.New("disk full")
	for _, f := range Formats {
		for _, after := range []int{0, chunk} { // every rendering of seed004 is longer than a chunk
			var buf bytes.Buffer
			w := &failAfter{w: &buf, n: after, err: boom}
			if err := Render(w, a, i18n.DA, f, Options{}); !errors.Is(err, boom) {
				t.Errorf("%s, failing after %d bytes: err = %v, want %v", f, after, err, boom)
			}
		}
	}
}

type failAfter struct {
	w   *bytes.Buffer
	n   int
	err error
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.w.Len()+len(p) > f.n {
		return 0, f.err
	}
	return f.w.Write(p)
}
