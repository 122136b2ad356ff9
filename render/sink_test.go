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

// TestWWWAcrossPieces checks that the Markdown writer breaks up a "www."
// address whose "www" was written in an earlier piece, before a chunk
// boundary or a large piece that went straight to the destination.
func TestWWWAcrossPieces(t *testing.T) {
	tests := []struct {
		pieces []string
		want   string
		reason string
	}{
		{[]string{"www.x.example"}, `www\.x.example`, "in one piece"},
		{[]string{"ww", "w.x.example"}, `www\.x.example`, "split in the middle"},
		{[]string{"www", ".x.example"}, `www\.x.example`, "split before the full stop"},
		{[]string{strings.Repeat("a", chunk-2) + "WW", "W", ".x.example"}, strings.Repeat("a", chunk-2) + `WWW\.x.example`, "across a chunk boundary"},
		{[]string{strings.Repeat("a", 2*chunk) + "www", ".x"}, strings.Repeat("a", 2*chunk) + `www\.x`, "after a piece larger than the buffer"},
		{[]string{"aww", ".x", "law.", "w.x"}, `aww.xlaw.w.x`, "only a full stop after three w's"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		m := &mdWriter{getSink(&buf)}
		for _, p := range tt.pieces {
			m.esc(p)
		}
		if err := putSink(m.sink); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != tt.want {
			t.Errorf("%s: got %.40q…, want %.40q…", tt.reason, got[max(0, len(got)-40):], tt.want[max(0, len(tt.want)-40):])
		}
	}
}
