package dpa_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/dpa"
	"github.com/google/go-cmp/cmp"
)

// TestDecodeNotObject: a document that is valid JSON but not an object is
// unusable, however it is padded; an object padded with white space or
// preceded by a byte-order mark is not.
func TestDecodeNotObject(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reason string
		doc    string
		want   *dpa.DecodeError // Pointer, Line, Column, Offset; nil if the document decodes
	}{
		{"null", "null used to decode to an empty agreement", "null", &dpa.DecodeError{Line: 1, Column: 1}},
		{"number", "a number holds no agreement", "42", &dpa.DecodeError{Line: 1, Column: 1}},
		{"string", "nor does a string", `"x"`, &dpa.DecodeError{Line: 1, Column: 1}},
		{"true", "nor a boolean", "true", &dpa.DecodeError{Line: 1, Column: 1}},
		{"empty-array", "nor an array", "[]", &dpa.DecodeError{Line: 1, Column: 1}},
		{"array-of-objects", "not even an array of agreements", `[{"id":"x"}]`, &dpa.DecodeError{Line: 1, Column: 1}},
		{"padded-null", "the position is that of the value, after the white space",
			"\r\n \tnull\n", &dpa.DecodeError{Line: 2, Column: 3, Offset: 4}},
		{"bom-null", "after a byte-order mark, columns count from the mark's end, offsets from the start",
			"\ufeff null", &dpa.DecodeError{Line: 1, Column: 2, Offset: 4}},
		{"padded-object", "white space around the object is fine", " \r\n\t{}\n\n ", nil},
		{"bom-object", "a byte-order mark before the object is fine", "\ufeff{}", nil},
		{"bom-padded-object", "and so is white space after the mark", "\ufeff\r\n{\"id\":\"x\"}\r\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dpa.Decode([]byte(tc.doc))
			if tc.want == nil {
				if err != nil {
					t.Errorf("%s: %v", tc.reason, err)
				}
				return
			}
			var de *dpa.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, dpa.ErrNotObject) || !errors.Is(err, dpa.ErrType) {
				t.Fatalf("%s: %v; want a *DecodeError wrapping ErrNotObject and ErrType", tc.reason, err)
			}
			got := dpa.DecodeError{Pointer: de.Pointer, Line: de.Line, Column: de.Column, Offset: de.Offset}
			if diff := cmp.Diff(*tc.want, got); diff != "" {
				t.Errorf("%s: position (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestDecodePositions: lines end at LF, CR LF and a lone CR alike, and a
// byte-order mark moves neither lines nor columns.
func TestDecodePositions(t *testing.T) {
	// The unknown field "x" is on the third line, at the third column.
	lines := []string{"{", `  "id": "a",`, `  "x": 1`, "}"}
	for _, tc := range []struct {
		name   string
		reason string
		eol    string
		bom    bool
	}{
		{"lf", "Unix", "\n", false},
		{"crlf", "Windows: CR LF is one line break, not two", "\r\n", false},
		{"cr", "old Mac: a lone CR ends a line (it used to report line 1)", "\r", false},
		{"crlf-bom", "Windows with a byte-order mark", "\r\n", true},
		{"cr-bom", "a lone CR after a byte-order mark", "\r", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := strings.Join(lines, tc.eol)
			skip := 0
			if tc.bom {
				doc, skip = "\ufeff"+doc, 3
			}
			_, err := dpa.Decode([]byte(doc))
			var de *dpa.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, dpa.ErrUnknownField) {
				t.Fatalf("%s: %v; want an unknown field", tc.reason, err)
			}
			wantOffset := skip + len(lines[0]+tc.eol+lines[1]+tc.eol) + 2
			want := dpa.DecodeError{Pointer: "/x", Line: 3, Column: 3, Offset: int64(wantOffset)}
			got := dpa.DecodeError{Pointer: de.Pointer, Line: de.Line, Column: de.Column, Offset: de.Offset}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestDecodeErrorText: Error never prints "at " without a pointer, nor
// "<nil>".
func TestDecodeErrorText(t *testing.T) {
	docs := []string{"null", "[]", "", "{", "{} {}", `{"id":1}`, `{"bogus":1}`, nest(100000, ""),
		"\ufeff", "\ufeff\ufeff{}", `{"clauses":{"assistance":{"fee":{"amount":"` + strings.Repeat("9", 100) + `","currency":"NOK"}}}}`}
	errs := []error{&dpa.DecodeError{}, &dpa.DecodeError{Line: 1, Column: 1}}
	for _, doc := range docs {
		_, err := dpa.Decode([]byte(doc))
		if err == nil {
			t.Fatalf("%.20q decoded", doc)
		}
		errs = append(errs, err)
	}
	_, err := dpa.DecodeReader(bytes.NewReader(make([]byte, dpa.MaxDocumentSize+1)))
	errs = append(errs, err)
	for _, err := range errs {
		var de *dpa.DecodeError
		if !errors.As(err, &de) {
			t.Errorf("%v: not a *DecodeError", err)
			continue
		}
		msg := err.Error()
		if de.Pointer == "" && strings.Contains(msg, ", at ") {
			t.Errorf("%q: \"at\" with no pointer", msg)
		}
		if strings.Contains(msg, "<nil>") || strings.Contains(msg, "at :") {
			t.Errorf("%q: an empty part is printed", msg)
		}
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// zeros is an endless stream of zero bytes, like /dev/zero.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestDecodeReader: DecodeReader decodes what Decode does and never reads
// more than one byte beyond the limit, whatever the stream.
func TestDecodeReader(t *testing.T) {
	failing := errors.New("disk on fire")
	for _, tc := range []struct {
		name     string
		reason   string
		r        io.Reader
		is       error // nil: decodes
		maxBytes int64 // the most it may read
	}{
		{"small", "an agreement decodes", strings.NewReader(`{"id":"x"}`), nil, 10},
		{"at-limit", "MaxDocumentSize bytes are read and decoded",
			strings.NewReader("{}" + strings.Repeat(" ", dpa.MaxDocumentSize-2)), nil, dpa.MaxDocumentSize},
		{"over-limit", "one byte more is refused",
			strings.NewReader("{}" + strings.Repeat(" ", dpa.MaxDocumentSize-1)), dpa.ErrTooLarge, dpa.MaxDocumentSize + 1},
		{"endless", "an endless stream is refused after the limit and one byte", zeros{}, dpa.ErrTooLarge, dpa.MaxDocumentSize + 1},
		{"null", "the document must be an object here too", strings.NewReader("null"), dpa.ErrNotObject, 4},
		{"read-error", "an error reading is returned", io.MultiReader(strings.NewReader("{"), iotest{failing}), failing, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cr := &countingReader{r: tc.r}
			a, err := dpa.DecodeReader(cr)
			if cr.n > tc.maxBytes {
				t.Errorf("%s: read %d bytes, want at most %d", tc.reason, cr.n, tc.maxBytes)
			}
			if tc.is == nil {
				if err != nil || a == nil {
					t.Errorf("%s: %v", tc.reason, err)
				}
				return
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("%s: %v; want %v", tc.reason, err, tc.is)
			}
			var de *dpa.DecodeError
			if errors.As(err, &de) == (tc.is == failing) {
				t.Errorf("%s: %v: a read error must not be a *DecodeError and every other error must", tc.reason, err)
			}
		})
	}
}

// iotest is a reader that fails.
type iotest struct{ err error }

func (r iotest) Read([]byte) (int, error) { return 0, r.err }

// fee returns an agreement whose assistance fee has the given amount.
func fee(amount string) string {
	return `{"clauses":{"assistance":{"fee":{"amount":"` + amount + `","currency":"NOK"}}}}`
}

// TestAmountLimits checks the length limit of amounts at its edges.
func TestAmountLimits(t *testing.T) {
	digits := func(n int) string { return strings.Repeat("9", n) }
	for _, tc := range []struct {
		name   string
		reason string
		amount string
		ok     bool
	}{
		{"whole-at-limit", "MaxAmountDigits digits are allowed", digits(dpa.MaxAmountDigits), true},
		{"whole-over-limit", "one more is refused", digits(dpa.MaxAmountDigits + 1), false},
		{"negative-at-limit", "the sign is not a digit", "-" + digits(dpa.MaxAmountDigits), true},
		{"leading-zeros", "leading zeros count: they cost the parser as much", strings.Repeat("0", dpa.MaxAmountDigits) + "1", false},
		{"decimals-at-limit", "MaxAmountDecimals decimals are allowed", "1." + digits(dpa.MaxAmountDecimals), true},
		{"decimals-over-limit", "one more is refused", "1." + digits(dpa.MaxAmountDecimals+1), false},
		{"trailing-zeros", "trailing zeros count too: they are kept as the scale", "1." + strings.Repeat("0", dpa.MaxAmountDecimals+1), false},
		{"both-at-limit", "the two limits are separate", digits(dpa.MaxAmountDigits) + "." + digits(dpa.MaxAmountDecimals), true},
		{"million", "a million digits are refused", digits(1_000_000), false},
		{"million-decimals", "and a million decimals", "0." + digits(1_000_000), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := dpa.Decode([]byte(fee(tc.amount)))
			if tc.ok {
				if err != nil {
					t.Fatalf("%s: %v", tc.reason, err)
				}
				if got := a.Clauses.Assistance.Fee.AmountString(); got != tc.amount {
					t.Errorf("%s: amount %q, want %q", tc.reason, got, tc.amount)
				}
				return
			}
			var de *dpa.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, dpa.ErrMoney) {
				t.Fatalf("%s: %.200v; want a *DecodeError wrapping ErrMoney", tc.reason, err)
			}
			if de.Pointer != "/clauses/assistance/fee" {
				t.Errorf("%s: pointer %q, want the fee", tc.reason, de.Pointer)
			}
			if n := len(err.Error()); n > 300 {
				t.Errorf("%s: the message has %d bytes; it must not quote the amount whole", tc.reason, n)
			}
		})
	}
}

// TestAmountScaling: refusing a long amount takes time linear in its
// length. Ten times the digits may take at most 30 times as long (parsing
// the amount, which is quadratic, took 100 times as long). The two sizes
// are timed in turn, seven times each after a collection, and the fastest
// run of each counts, so that a busy machine (the other packages' tests
// run beside this one) slows both and fails neither.
func TestAmountScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("times decoding")
	}
	docs := [2][]byte{[]byte(fee(strings.Repeat("7", 100_000))), []byte(fee(strings.Repeat("7", 1_000_000)))}
	best := [2]time.Duration{1<<63 - 1, 1<<63 - 1}
	for range 7 {
		for i, doc := range docs {
			runtime.GC()
			start := time.Now()
			dpa.Decode(doc) // TestAmountLimits checks the outcome
			best[i] = min(best[i], time.Since(start))
		}
	}
	small, large := best[0], best[1]
	t.Logf("100 000 digits: %v; 1 000 000 digits: %v", small, large)
	if large > 30*small {
		t.Errorf("ten times the digits took %.0f times as long (%v against %v); want linear time", float64(large)/float64(small), large, small)
	}
}

// lines counts the lines of data as DecodeError does: a line ends at LF, at
// CR LF or at a lone CR.
func lines(data []byte) int {
	return bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'}) - bytes.Count(data, []byte("\r\n")) + 1
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestDecodeReaderMemory: refusing an endless stream holds the limit in
// memory, not a copy of it besides (joining the chunks once cost twice the
// limit), and a regular file known to be too large is refused without
// reading it.
func TestDecodeReaderMemory(t *testing.T) {
	if n := allocated(func() {
		if _, err := dpa.DecodeReader(zeros{}); !errors.Is(err, dpa.ErrTooLarge) {
			t.Errorf("endless stream: %v", err)
		}
	}); n > dpa.MaxDocumentSize*5/4 {
		t.Errorf("refusing an endless stream allocated %d MiB; want at most 1.25 times the %d MiB limit", n>>20, dpa.MaxDocumentSize>>20)
	}
	name := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(name, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(name, dpa.MaxDocumentSize+1); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n := allocated(func() {
		if _, err := dpa.DecodeReader(f); !errors.Is(err, dpa.ErrTooLarge) {
			t.Errorf("large file: %v", err)
		}
	}); n > 1<<20 {
		t.Errorf("refusing a file of %d bytes allocated %d bytes; it should not be read", dpa.MaxDocumentSize+1, n)
	}
	if off, _ := f.Seek(0, io.SeekCurrent); off != 0 {
		t.Errorf("the large file was read to offset %d", off)
	}
}
