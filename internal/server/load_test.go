package server

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var load = flag.Bool("load", false, "run TestLoad: 20 000 validate and 5 000 render requests at 64 connections")

// raceEnabled is set by race_test.go under -race, where timings mean nothing.
var raceEnabled bool

// TestLoad drives the server on 127.0.0.1 through its HTTP stack, as a
// client would: 20 000 validations and then 5 000 renders of seed004 at 64
// concurrent connections, bounded to a minute. Every answer must be a 200;
// it logs p50, p99 and throughput per phase and the process's RSS before
// and after, which BENCHMARKS.md quotes. Run it with
//
//	go test ./internal/server -run TestLoad -load -v
//
// It is skipped without -load, under -short and under -race, so CI stays
// fast. The client runs in the same process and shares the CPUs.
func TestLoad(t *testing.T) {
	if !*load || testing.Short() || raceEnabled {
		t.Skip("a load test: run with -load (not under -short or -race)")
	}
	log := slog.New(slog.NewJSONHandler(io.Discard, nil)) // the log lines are made, as in production
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, New(Config{Logger: log}), Limits{}, nil) }()
	defer func() { cancel(); <-done }()
	base := "http://" + ln.Addr().String()
	const conns = 64
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	deadline := time.Now().Add(time.Minute)

	runtime.GC()
	rssBefore := rss(t)
	t.Logf("RSS before: %s", rssBefore)
	for _, phase := range []struct {
		name, target, example string
		n, conns              int
	}{
		{"validate seed004", "/v1/validate?lang=sv", "seed004", 20000, conns},
		{"validate seed003", "/v1/validate?lang=nb", "seed003", 20000, conns},
		{"render seed004 da html", "/v1/render?lang=da&format=html", "seed004", 5000, conns},
		// The same renders without the queue that 64 clients on two CPUs
		// make: the service's own latency.
		{"render seed004 da html", "/v1/render?lang=da&format=html", "seed004", 5000, 4},
	} {
		body := example(t, phase.example)
		var next, failures atomic.Int64
		lat := make([][]time.Duration, phase.conns)
		var firstErr atomic.Value
		var wg sync.WaitGroup
		cpu0 := cpuTime()
		start := time.Now()
		for w := range phase.conns {
			wg.Go(func() {
				for next.Add(1) <= int64(phase.n) && time.Now().Before(deadline) {
					t0 := time.Now()
					resp, err := client.Post(base+phase.target, "application/json", bytes.NewReader(body))
					if err == nil {
						_, err = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if err == nil && resp.StatusCode != 200 {
							err = fmt.Errorf("status %d", resp.StatusCode)
						}
					}
					lat[w] = append(lat[w], time.Since(t0))
					if err != nil {
						failures.Add(1)
						firstErr.CompareAndSwap(nil, err)
					}
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		cpu := cpuTime() - cpu0
		all := slices.Concat(lat...)
		slices.Sort(all)
		if len(all) < phase.n {
			t.Errorf("%s: %d of %d requests within the time bound", phase.name, len(all), phase.n)
		}
		if f := failures.Load(); f > 0 {
			t.Errorf("%s: %d errors, the first: %v", phase.name, f, firstErr.Load())
		}
		q := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
		// Requests per CPU-second of the whole process, client included:
		// what the machine gives when nothing else runs on it, which a
		// shared machine's wall-clock throughput does not show.
		t.Logf("| %s | %d | %d | %d | %.0f req/s | %.0f | %v | %v | %v |", phase.name, phase.conns, len(all), failures.Load(),
			float64(len(all))/elapsed.Seconds(), float64(len(all))/cpu.Seconds(),
			q(0.50).Round(time.Microsecond), q(0.99).Round(time.Microsecond), all[len(all)-1].Round(time.Microsecond))
	}
	runtime.GC()
	after := rss(t)
	t.Logf("RSS after: %s (GOMAXPROCS %d)", after, runtime.GOMAXPROCS(0))
	var kb int
	if _, err := fmt.Sscanf(after, "%d kB", &kb); err == nil && kb > 256<<10 {
		t.Errorf("RSS after the load is %s, more than 256 MiB", after)
	}
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rss reads the resident set size of the process from /proc.
func rss(t *testing.T) string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
