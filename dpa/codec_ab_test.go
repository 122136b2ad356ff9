package dpa

import (
	"crypto/sha256"
	"os"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// threadCPU is the CPU time the calling thread has used.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// abCompare runs a and b in alternating bursts of n calls on one locked
// thread and returns the median thread CPU time per call of each. Bursts
// this short and interleaved see the same machine: on a shared machine
// whose load drifts, separate runs of two binaries minutes apart do not.
func abCompare(rounds, n int, a, b func()) (time.Duration, time.Duration) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var as, bs []time.Duration
	for range rounds {
		for k, f := range []func(){a, b} {
			t0 := threadCPU()
			for range n {
				f()
			}
			d := (threadCPU() - t0) / time.Duration(n)
			if k == 0 {
				as = append(as, d)
			} else {
				bs = append(bs, d)
			}
		}
	}
	slices.Sort(as)
	slices.Sort(bs)
	return as[len(as)/2], bs[len(bs)/2]
}

// TestSpeedAB compares the fast paths of Decode and Encode with the
// library's decoder and encoder they stand in for, in one process, as
// BENCHMARKS.md quotes it. It runs only with DPAKIT_AB=1:
//
//	DPAKIT_AB=1 go test ./dpa -run TestSpeedAB -v
func TestSpeedAB(t *testing.T) {
	if os.Getenv("DPAKIT_AB") == "" {
		t.Skip("set DPAKIT_AB=1 to compare the fast paths with the library's")
	}
	for _, name := range []string{"seed004", "reference"} {
		data, err := os.ReadFile("../examples/json/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		strict, fast := abCompare(30, 300, func() {
			var a Agreement
			if err := unmarshal(data, &a); err != nil {
				t.Fatal(err)
			}
			a.Normalize()
		}, func() {
			var a Agreement
			if !fastDecode(data, &a) {
				t.Fatal("the fast path gave up")
			}
			a.Normalize()
		})
		t.Logf("decode %s: library %v, fast %v per call (%.0f %%)", name, strict, fast, 100*(float64(fast)/float64(strict)-1))
		a, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		lib, fastE := abCompare(30, 300, func() {
			if _, err := json.Marshal(a.Normalized(), json.Deterministic(true), jsontext.WithIndent("  ")); err != nil {
				t.Fatal(err)
			}
		}, func() {
			if _, err := encodeTo(nil, a); err != nil {
				t.Fatal(err)
			}
		})
		t.Logf("encode %s: library %v, fast %v per call (%.0f %%)", name, lib, fastE, 100*(float64(fastE)/float64(lib)-1))
		libD, fastD := abCompare(30, 300, func() {
			b, err := json.Marshal(a.Normalized(), json.Deterministic(true), jsontext.WithIndent("  "))
			if err != nil {
				t.Fatal(err)
			}
			sha256.Sum256(append(b, '\n'))
		}, func() {
			if _, err := Digest(a); err != nil {
				t.Fatal(err)
			}
		})
		t.Logf("digest %s: library %v, fast %v per call (%.0f %%)", name, libD, fastD, 100*(float64(fastD)/float64(libD)-1))
	}
}
