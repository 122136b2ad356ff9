package render

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/profile"
)

// describe returns findings as text that holds everything a caller sees:
// code, severity, path, reference and the message in every language.
func describe(list dpa.Findings) string {
	var b strings.Builder
	for _, f := range list {
		fmt.Fprintf(&b, "%s %s %s %s\n", f.Code, f.Severity, f.Path, f.Ref)
		for _, l := range i18n.Langs {
			b.WriteString("  " + f.Message(l) + "\n")
		}
	}
	return b.String()
}

// outputs are everything the library produces for one agreement: its JSON,
// its findings from Validate and from a Validator with every profile, and
// its rendering in every language and format and side by side.
type outputs map[string]string

// produce computes the outputs of a with one job per output, run by run
// (which calls each job, sequentially or not).
func produce(t *testing.T, a *dpa.Agreement, v *dpa.Validator, run func(func())) outputs {
	t.Helper()
	var mu sync.Mutex
	out := outputs{}
	set := func(key, val string) {
		mu.Lock()
		defer mu.Unlock()
		out[key] = val
	}
	fail := func(key string, err error) {
		t.Errorf("%s: %v", key, err)
	}
	run(func() {
		b, err := dpa.Encode(a)
		if err != nil {
			fail("json", err)
		}
		set("json", string(b))
	})
	run(func() { set("validate", describe(dpa.Validate(a))) })
	run(func() { set("profiles", describe(v.Validate(a))) })
	for _, l := range i18n.Langs {
		for _, f := range Formats {
			run(func() {
				var buf bytes.Buffer
				key := string(l) + "/" + string(f)
				if err := Render(&buf, a, l, f, Options{AllowBlanks: true, TOC: true}); err != nil {
					fail(key, err)
				}
				set(key, buf.String())
			})
		}
	}
	run(func() {
		var buf bytes.Buffer
		if err := Parallel(&buf, a, i18n.SV, i18n.EN, Options{AllowBlanks: true}); err != nil {
			fail("parallel", err)
		}
		set("parallel", buf.String())
	})
	return out
}

func sequentially(f func()) { f() }

// compare reports every output of got that differs from want.
func compare(t *testing.T, where string, want, got outputs) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d outputs, want %d", where, len(got), len(want))
	}
	for key, w := range want {
		if got[key] != w {
			t.Errorf("%s: %s differs (%d bytes, want %d)", where, key, len(got[key]), len(w))
		}
	}
}

// TestConcurrentValidateAndRender validates every example (with
// dpa.Validate and with a Validator holding every profile) and renders it
// in every language and format from many goroutines at once, all reading
// the same agreement values and sharing one Validator, and compares each
// result with the one computed sequentially. Run under -race it shows that
// neither validation nor rendering writes to the agreement or to shared
// state without a lock; that the agreements' JSON is unchanged afterwards
// shows it too, without the race detector.
func TestConcurrentValidateAndRender(t *testing.T) {
	v, err := dpa.NewValidator(dpa.WithProfiles(profile.All()...))
	if err != nil {
		t.Fatal(err)
	}
	type subject struct {
		name string
		a    *dpa.Agreement
		want outputs
	}
	var subjects []subject
	for _, ex := range examples.All() {
		a := ex.Build()
		subjects = append(subjects, subject{ex.Name, a, produce(t, ex.Build(), v, sequentially)})
	}
	const rounds = 8
	results := make([][]outputs, len(subjects))
	var wg sync.WaitGroup
	for i, s := range subjects {
		results[i] = make([]outputs, rounds)
		for r := range rounds {
			wg.Go(func() { results[i][r] = produce(t, s.a, v, func(f func()) { wg.Go(f) }) })
		}
	}
	wg.Wait()
	for i, s := range subjects {
		for r, got := range results[i] {
			compare(t, fmt.Sprintf("%s, concurrent round %d", s.name, r), s.want, got)
		}
		if b, err := dpa.Encode(s.a); err != nil || string(b) != s.want["json"] {
			t.Errorf("%s: validating and rendering changed the agreement (%v)", s.name, err)
		}
	}
}

// TestDeterministic renders, encodes and validates every example 20 times
// with GOMAXPROCS 1 and 20 times with GOMAXPROCS 2, from fresh values and
// from values decoded from their JSON, and requires the same bytes and the
// same findings every time. Map iteration order changes from one range
// loop to the next, so a map whose order reached the output would show
// here; so would a dependence on scheduling.
func TestDeterministic(t *testing.T) {
	t.Parallel() // CPU-bound and independent: runs beside the other heavy tests on a second core
	v, err := dpa.NewValidator(dpa.WithProfiles(profile.All()...))
	if err != nil {
		t.Fatal(err)
	}
	repeats := 20
	if raceEnabled || testing.Short() {
		repeats = 3
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	want := map[string]outputs{}
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		for _, ex := range examples.All() {
			data, err := dpa.Encode(ex.Build())
			if err != nil {
				t.Fatal(err)
			}
			for i := range repeats {
				a := ex.Build()
				if i%2 == 1 {
					if a, err = dpa.Decode(data); err != nil {
						t.Fatal(err)
					}
				}
				got := produce(t, a, v, sequentially)
				if want[ex.Name] == nil {
					want[ex.Name] = got
					continue
				}
				compare(t, fmt.Sprintf("%s, GOMAXPROCS %d, run %d", ex.Name, procs, i), want[ex.Name], got)
			}
		}
	}
}
